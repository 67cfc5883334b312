/**
 * One-way sensitivity analysis, drawn as a tornado (DESIGN 3.3): which uncertain parameter moves
 * a result most. Each chosen parameter in turn is set to the low and then the high end of the
 * plausible range its baseline file records, every other parameter keeping the file's value,
 * and the scenario is run again with the same seed and options. Without a reform the result is
 * the metric over the run (reduced as `compareExperiments` reduces it); with a reform it is the
 * paired difference reform − baseline (common random numbers), with the reform re-resolved on
 * the changed baseline, so a lever that scales or adds to a parameter acts on the changed value.
 *
 * Split like `runExperiment` and `summarise`, so the CLI can run every scenario's replications
 * in one pool of worker threads: `planSensitivity` lists the scenarios to run and
 * `sensitivityFromResults` reads their results; `runSensitivity` does both in this thread.
 * Rows are sorted by swing, largest first, ties by parameter key: the output is deterministic.
 * A change at the centre is also judged by the fit-to-quote rule (`experiment/fit-to-quote.ts`, the
 * one rule the page and `sendsim compare` use), since a tornado's few replications rarely pass it.
 */

import { isParameterKey, type ParameterKey } from '../scenario/parameter-catalogue.js';
import type { LeverScaling, ResolvedScenario } from '../scenario/resolve-scenario.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { BaselineScenarioFile, ReformScenarioFile } from '../scenario/scenario-file.js';
import { compareExperiments } from './compare-experiments.js';
import type { Estimate, ExperimentResult, Progress, RunMeta, RunOptions } from './experiment-types.js';
import { fitToQuote, type QuoteVerdict } from './fit-to-quote.js';
import type { RunMeasure } from './metric-over-run.js';
import {
  checkResultCount,
  measureFor,
  parameterEvidence,
  parameterUnit,
  resolveWorld,
  resultAt,
  runPlanned,
  type World,
  WorldList,
  type WorldPoint,
  withParameterValue,
} from './one-way.js';
import { validateRunOptions } from './run-options.js';

/** What to analyse: the baseline file whose ranges are used, an optional reform, the metric and the parameters. */
export interface SensitivityRequest {
  readonly baseline: BaselineScenarioFile;
  /** Measure reform − baseline instead of the baseline's own level. */
  readonly reform?: ReformScenarioFile;
  /** A metric id (`METRICS`) or a payer's cost (`cost_<payer>`, `cost_total`). */
  readonly metric: string;
  /** The parameters to vary, one at a time (duplicates are ignored). */
  readonly parameters: readonly ParameterKey[];
  /**
   * A local area's lever scaling (`areaBaseline`), when `baseline` is the area's: every changed
   * baseline stays the area's and the reform's levers are scaled to it as a run for the area is.
   */
  readonly scaling?: LeverScaling;
}

/** One world to run, as indices into `SensitivityPlan.scenarios`. */
export type SensitivityPoint = WorldPoint;

/** A parameter left out, and why (no plausible range, or a change the scenario rules forbid). */
export interface SkippedParameter {
  readonly key: ParameterKey;
  readonly reason: string;
  /** The scenario rule a one-way change breaks (field and what it must hold), shared by every key it stops. */
  readonly rule?: string;
}

/** The scenarios a sensitivity analysis runs, and which result belongs to which row. */
export interface SensitivityPlan {
  readonly request: SensitivityRequest;
  readonly measure: RunMeasure;
  /** Every scenario to run; results go back to `sensitivityFromResults` in this order. */
  readonly scenarios: readonly ResolvedScenario[];
  /** The files' own values. */
  readonly central: SensitivityPoint;
  readonly varied: ReadonlyArray<{
    readonly key: ParameterKey;
    readonly low: number;
    readonly high: number;
    readonly atLow: SensitivityPoint;
    readonly atHigh: SensitivityPoint;
  }>;
  readonly skipped: readonly SkippedParameter[];
}

/** One bar of the tornado: a parameter at both ends of its range, all others at the baseline's values. */
export interface SensitivityRow {
  readonly key: ParameterKey;
  /** The parameter's unit, with the price year of a money value. */
  readonly unit: string;
  /** Whether the baseline value has a cited source or is an assumption. */
  readonly evidence: 'source' | 'assumption';
  /** The baseline file's value and the ends of its plausible range (in the file's units). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** The reform sets this parameter itself, so only the baseline side of the difference moves. */
  readonly reformOverrides: boolean;
  readonly atLow: Estimate;
  readonly atHigh: Estimate;
  /** |atHigh.mean − atLow.mean|: how far this parameter's range moves the result (NaN if either is undefined). */
  readonly swing: number;
}

/** The tornado: the central result and one row per varied parameter, largest swing first. */
export interface SensitivityAnalysis {
  readonly measure: RunMeasure;
  /** `level`: the metric in the baseline; `difference`: reform − baseline, paired by replication. */
  readonly result: 'level' | 'difference';
  readonly baseline: RunMeta;
  readonly reform?: RunMeta;
  /** The result at every parameter's own value: equal to a plain run (or compare) with the same options. */
  readonly central: Estimate;
  /**
   * Whether the central change is fit to quote (`fitToQuote` on the central comparison: the
   * verdict `sendsim compare` gives with the same options). Absent for a level, which the rule,
   * written for a reform's change, does not judge.
   */
  readonly quote?: QuoteVerdict;
  readonly rows: readonly SensitivityRow[];
  readonly skipped: readonly SkippedParameter[];
}

/**
 * Resolve every scenario the analysis needs. Throws a `RangeError` naming the field for an
 * unknown metric or parameter, and a `ScenarioError` when the files themselves do not resolve
 * (e.g. a reform of another baseline). A change that breaks a scenario rule (a share group no
 * longer summing to 1, a lever pushed past a parameter's bounds) skips that parameter instead.
 */
export function planSensitivity(request: SensitivityRequest): SensitivityPlan {
  const measure = measureFor(request.metric);
  const { baseline, reform } = request;
  for (const key of request.parameters) {
    if (!isParameterKey(key)) {
      throw new RangeError(
        `parameters: expected parameter keys of ${baseline.id}.json, found ${JSON.stringify(key)}`,
      );
    }
  }
  const worlds = new WorldList();
  const central = worlds.add(resolveWorld(baseline, reform, request.scaling));
  const varied: Array<SensitivityPlan['varied'][number]> = [];
  const skipped: SkippedParameter[] = [];
  for (const key of new Set(request.parameters)) {
    const record = baseline.parameters[key];
    const [low, high] = record.range;
    if (low === high) {
      skipped.push({ key, reason: `no plausible range recorded (low = high = ${low})` });
      continue;
    }
    const worldAt = (value: number): World | undefined =>
      // A range end equal to the file's value is the central run: reuse it rather than run it again.
      value === record.value
        ? undefined
        : resolveWorld(withParameterValue(baseline, key, value), reform, request.scaling);
    let ends: [World | undefined, World | undefined];
    try {
      // Both ends resolve before either is added, so a skipped parameter leaves no run behind.
      ends = [worldAt(low), worldAt(high)];
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const rule = `${error.path}: expected ${error.expected}`;
      skipped.push({
        key,
        reason: `changing it alone breaks a scenario rule: ${rule}, found ${error.found}`,
        rule,
      });
      continue;
    }
    const [atLow, atHigh] = ends.map((world) => (world === undefined ? central : worlds.add(world)));
    varied.push({ key, low, high, atLow: atLow!, atHigh: atHigh! });
  }
  return { request, measure, scenarios: worlds.scenarios, central, varied, skipped };
}

/** The tornado from the results of `plan.scenarios`, run in that order with the same options. */
export function sensitivityFromResults(
  plan: SensitivityPlan,
  results: readonly ExperimentResult[],
): SensitivityAnalysis {
  checkResultCount(plan.scenarios.length, results);
  const at = (point: SensitivityPoint): Estimate => resultAt(plan.measure.id, results, point);
  const { baseline, reform } = plan.request;
  const rows: SensitivityRow[] = plan.varied.map(({ key, low, high, atLow, atHigh }) => {
    const record = baseline.parameters[key];
    const lo = at(atLow);
    const hi = at(atHigh);
    return {
      key,
      unit: parameterUnit(record),
      evidence: parameterEvidence(record),
      value: record.value,
      low,
      high,
      reformOverrides: reform?.parameters?.[key] !== undefined,
      atLow: lo,
      atHigh: hi,
      swing: Math.abs(hi.mean - lo.mean),
    };
  });
  rows.sort(bySwing);
  const central = plan.central;
  const comparison =
    central.reform === undefined
      ? undefined
      : compareExperiments(results[central.baseline]!, results[central.reform]!);
  return {
    measure: plan.measure,
    result: central.reform === undefined ? 'level' : 'difference',
    baseline: results[central.baseline]!.meta,
    ...(central.reform === undefined ? {} : { reform: results[central.reform]!.meta }),
    central: at(central),
    ...(comparison === undefined ? {} : { quote: fitToQuote(comparison, plan.measure.id) }),
    rows,
    skipped: plan.skipped,
  };
}

/**
 * Plan, run every scenario (one after another, in this thread) and build the tornado.
 *
 * @example
 * const tornado = runSensitivity(
 *   { baseline: baselineFile, metric: 'ep_wait_days', parameters: ['ep.workforceFte'] },
 *   { seed: 1, replications: 2, years: 3, scale: 0.002 },
 * );
 */
export function runSensitivity(
  request: SensitivityRequest,
  options: RunOptions,
  onProgress?: (progress: Progress) => void,
): SensitivityAnalysis {
  validateRunOptions(options);
  const plan = planSensitivity(request);
  const results = runPlanned(plan.scenarios, options, onProgress);
  return sensitivityFromResults(plan, results);
}

/** Largest swing first; an undefined swing (NaN) last; ties by parameter key, so the order never depends on the run. */
function bySwing(a: SensitivityRow, b: SensitivityRow): number {
  const an = Number.isNaN(a.swing);
  const bn = Number.isNaN(b.swing);
  if (an !== bn) return an ? 1 : -1;
  if (!an && a.swing !== b.swing) return b.swing - a.swing;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
