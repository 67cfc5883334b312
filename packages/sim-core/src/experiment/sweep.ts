/**
 * A sweep (DESIGN 3.3): one parameter set in turn to each of a list of values, every other
 * parameter keeping the baseline file's value, and the scenario run again with the same seed and
 * options, e.g. "how many educational psychologists would bring the share of plans issued within
 * 20 weeks back to 60%?". Without a reform the result at each value is the metric over the run;
 * with a reform it is the paired difference reform − baseline, the reform re-resolved on the
 * changed baseline. It shares its machinery with one-way sensitivity (`one-way.ts`).
 *
 * Split like sensitivity, so the CLI can run every scenario's replications in one pool of worker
 * threads: `planSweep` lists the scenarios to run and `sweepFromResults` reads their results;
 * `runSweep` does both in this thread. Rows keep the order of the values given.
 */
import { isParameterKey, PARAMETER_CATALOGUE, type ParameterKey } from '../scenario/parameter-catalogue.js';
import type { LeverScaling, ResolvedScenario } from '../scenario/resolve-scenario.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { BaselineScenarioFile, ReformScenarioFile } from '../scenario/scenario-file.js';
import type { Estimate, ExperimentResult, Progress, RunMeta, RunOptions } from './experiment-types.js';
import type { RunMeasure } from './metric-over-run.js';
import {
  checkResultCount,
  measureFor,
  parameterEvidence,
  parameterUnit,
  resolveWorld,
  resultAt,
  runPlanned,
  WorldList,
  type WorldPoint,
  withParameterValue,
} from './one-way.js';
import { runMeta } from './run-experiment.js';
import { validateRunOptions } from './run-options.js';

/** What to sweep: the baseline file, an optional reform, the metric, one parameter and its values. */
export interface SweepRequest {
  readonly baseline: BaselineScenarioFile;
  /** Measure reform − baseline instead of the baseline's own level. */
  readonly reform?: ReformScenarioFile;
  /** A metric id (`METRICS`) or a payer's cost (`cost_<payer>`, `cost_total`). */
  readonly metric: string;
  readonly parameter: ParameterKey;
  /** At least two values, each within the parameter's legal bounds (the catalogue's). */
  readonly values: readonly number[];
  /**
   * A local area's lever scaling (`areaBaseline`), when `baseline` is the area's: every changed
   * baseline stays the area's and the reform's levers are scaled to it as a run for the area is.
   */
  readonly scaling?: LeverScaling;
}

/** The scenarios a sweep runs, and which result belongs to which value. */
export interface SweepPlan {
  readonly request: SweepRequest;
  readonly measure: RunMeasure;
  /** Every scenario to run; results go back to `sweepFromResults` in this order. */
  readonly scenarios: readonly ResolvedScenario[];
  /** One point per value given, in that order (a repeated value shares its runs). */
  readonly points: readonly WorldPoint[];
}

/** The parameter swept, as the baseline file records it. */
export interface SweptParameter {
  readonly key: ParameterKey;
  /** The parameter's unit, with the price year of a money value. */
  readonly unit: string;
  readonly evidence: 'source' | 'assumption';
  /** The source's title, or the assumption's text. */
  readonly basis: string;
  /** The baseline file's value and plausible range. */
  readonly value: number;
  readonly range: readonly [number, number];
  /** The legal bounds (the parameter catalogue's). */
  readonly bounds: readonly [number, number];
  /** The reform sets this parameter itself, so only the baseline side of the difference moves. */
  readonly reformOverrides: boolean;
}

/** The result with the parameter at one value. */
export interface SweepRow {
  readonly value: number;
  /** The baseline file's own value. */
  readonly atBaseline: boolean;
  /** Outside the plausible range the baseline file records (still within the legal bounds). */
  readonly outsideRange: boolean;
  readonly result: Estimate;
}

export interface SweepAnalysis {
  readonly measure: RunMeasure;
  /** `level`: the metric in the baseline; `difference`: reform − baseline, paired by replication. */
  readonly result: 'level' | 'difference';
  readonly baseline: RunMeta;
  readonly reform?: RunMeta;
  readonly parameter: SweptParameter;
  /** One row per value given, in that order. */
  readonly rows: readonly SweepRow[];
}

/**
 * Resolve every scenario the sweep needs. Throws a `RangeError` naming the field, what it
 * expects and what it found for an unknown metric or parameter, fewer than two values, a value
 * that is not a finite number or is outside the parameter's legal bounds, and a value that breaks
 * a scenario rule (a sweep of one parameter cannot skip a value silently); a `ScenarioError` when
 * the files themselves do not resolve (e.g. a reform of another baseline).
 */
export function planSweep(request: SweepRequest): SweepPlan {
  const measure = measureFor(request.metric);
  const { baseline, reform, parameter: key, values } = request;
  if (!isParameterKey(key)) {
    throw new RangeError(
      `parameter: expected a parameter key of ${baseline.id}.json, found ${JSON.stringify(key)}`,
    );
  }
  if (values.length < 2) {
    throw new RangeError(`values: expected at least 2 values, found ${values.length}`);
  }
  const spec = PARAMETER_CATALOGUE[key];
  values.forEach((value, i) => {
    if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
      throw new RangeError(
        `values[${i}]: expected a number from ${spec.min} to ${spec.max} (${spec.unit}, the legal bounds of ${key}), found ${value}`,
      );
    }
  });
  // Resolve the files unchanged first, so a problem with the files is reported as theirs.
  resolveWorld(baseline, reform, request.scaling);
  const worlds = new WorldList();
  const byValue = new Map<number, WorldPoint>();
  const points = values.map((value, i) => {
    const known = byValue.get(value);
    if (known !== undefined) return known;
    let point: WorldPoint;
    try {
      point = worlds.add(resolveWorld(withParameterValue(baseline, key, value), reform, request.scaling));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      throw new RangeError(
        `values[${i}]: ${key} = ${value} breaks a scenario rule: ${error.path}: expected ${error.expected}, found ${error.found}`,
      );
    }
    byValue.set(value, point);
    return point;
  });
  return { request, measure, scenarios: worlds.scenarios, points };
}

/** The sweep from the results of `plan.scenarios`, run in that order with the same options. */
export function sweepFromResults(plan: SweepPlan, results: readonly ExperimentResult[]): SweepAnalysis {
  checkResultCount(plan.scenarios.length, results);
  const first = plan.points[0]!;
  return sweepFromRows(
    plan,
    plan.points.map((point) => resultAt(plan.measure.id, results, point)),
    // Every world runs with the same options: the first value's metadata stands for all.
    results[first.baseline]!.meta,
    first.reform === undefined ? undefined : results[first.reform]!.meta,
  );
}

/**
 * The result at one world of the sweep (`plan.points[i]`, shared by a repeated value) from its
 * results: `results[0]` its baseline's, `results[1]` its reform's when there is one. What a
 * resumable sweep keeps per point.
 */
export function sweepPointResult(plan: SweepPlan, results: readonly ExperimentResult[]): Estimate {
  return resultAt(
    plan.measure.id,
    results,
    results.length === 1 ? { baseline: 0 } : { baseline: 0, reform: 1 },
  );
}

/**
 * The sweep from each value's result (`results[i]` for `plan.request.values[i]`), every world
 * run with `options`: the same analysis as `sweepFromResults`, for a run resumed from its points.
 */
export function sweepFromPoints(
  plan: SweepPlan,
  results: readonly Estimate[],
  options: RunOptions,
): SweepAnalysis {
  const first = plan.points[0]!;
  return sweepFromRows(
    plan,
    results,
    runMeta(plan.scenarios[first.baseline]!, options),
    first.reform === undefined ? undefined : runMeta(plan.scenarios[first.reform]!, options),
  );
}

function sweepFromRows(
  plan: SweepPlan,
  results: readonly Estimate[],
  baselineMeta: RunMeta,
  reformMeta: RunMeta | undefined,
): SweepAnalysis {
  const { baseline, reform, parameter: key, values } = plan.request;
  if (results.length !== values.length) {
    throw new RangeError(`results: expected one per value (${values.length}), found ${results.length}`);
  }
  const record = baseline.parameters[key];
  const [low, high] = record.range;
  const spec = PARAMETER_CATALOGUE[key];
  const rows: SweepRow[] = values.map((value, i) => ({
    value,
    atBaseline: value === record.value,
    outsideRange: value < low || value > high,
    result: results[i]!,
  }));
  return {
    measure: plan.measure,
    result: reformMeta === undefined ? 'level' : 'difference',
    baseline: baselineMeta,
    ...(reformMeta === undefined ? {} : { reform: reformMeta }),
    parameter: {
      key,
      unit: parameterUnit(record),
      evidence: parameterEvidence(record),
      basis: record.source?.title ?? record.assumption ?? '',
      value: record.value,
      range: [low, high],
      bounds: [spec.min, spec.max],
      reformOverrides: reform?.parameters?.[key] !== undefined,
    },
    rows,
  };
}

/**
 * Plan, run every scenario (one after another, in this thread) and read the sweep.
 *
 * @example
 * const sweep = runSweep(
 *   { baseline: baselineFile, metric: 'ep_wait_days', parameter: 'ep.workforceFte', values: [3000, 3500, 4000] },
 *   { seed: 1, replications: 2, years: 3, scale: 0.002 },
 * );
 */
export function runSweep(
  request: SweepRequest,
  options: RunOptions,
  onProgress?: (progress: Progress) => void,
): SweepAnalysis {
  validateRunOptions(options);
  const plan = planSweep(request);
  return sweepFromResults(plan, runPlanned(plan.scenarios, options, onProgress));
}
