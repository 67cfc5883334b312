/**
 * `sendsim sweep <baseline> [reform] --metric ID --param KEY --values V1,V2,...`: one parameter
 * set in turn to each value, all others at their baseline values, and the scenario (or the reform
 * against it, paired) run again with the same seed (DESIGN 3.3). Every run's replications share
 * one pool of worker threads; sim-core plans the runs and reads the results.
 */
import {
  checkRunSize,
  closestName,
  type Estimate,
  isParameterKey,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  type ParameterKey,
  planSweep,
  RunSizeError,
  type SweepAnalysis,
  type SweepPlan,
  sweepCsv,
  sweepFromPoints,
  sweepFromResults,
  sweepPointResult,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { InputError, quoted, UsageError } from '../errors.js';
import { areaTable, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { sweepTable } from '../format/sweep-table.js';
import { pointsPathOf } from '../points-file.js';
import type { CliIo, CommandOutput, LoadedScenario } from './context.js';
import {
  areaOption,
  baselineDisplay,
  checkMetric,
  describeCommand,
  loadBaselineAndReform,
  plannedBaseline,
  runPlannedInPool,
} from './one-way.js';
import { areaPointsOption, openPointsFile, runResumablePoints } from './resumable-points.js';
import { runOptionsOf } from './run.js';

export async function sweepCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const metric = checkMetric(options.metric!, 'sweep');
  const parameter = checkParameter(options.param!);
  const values = parseValues(options.values!, parameter);
  const area = areaOption(options, io);
  const { baseline, reform, loadedReform } = loadBaselineAndReform(
    args,
    io,
    'sweep',
    'its parameter is changed',
    area,
  );
  let plan: SweepPlan;
  try {
    // For an area, each changed baseline is the area's, with the reform's levers scaled to it.
    plan = planSweep({
      ...plannedBaseline(baseline),
      ...(reform === undefined ? {} : { reform }),
      metric,
      parameter,
      values,
    });
  } catch (error) {
    // A value that breaks a scenario rule: name the option it came from.
    if (error instanceof RangeError && /^values\[\d+\]: /.test(error.message)) {
      throw new UsageError(error.message.replace(/^values\[\d+\]: /, '--values: '), 'sweep');
    }
    throw error;
  }
  checkSweepSizes(plan, options);
  const sweep =
    options.out === undefined
      ? sweepFromResults(plan, await runPlannedInPool(plan.scenarios, options, io, `sweep of ${parameter}`))
      : await resumableSweep(
          plan,
          [baseline, ...(loadedReform === undefined ? [] : [loadedReform])],
          options,
          io,
        );
  switch (options.format) {
    case 'json':
      return { text: withAreaJson(toJson(sweep), baseline.area), exitCode: 0 };
    case 'csv':
      return { text: sweepCsv(sweep), exitCode: 0 };
    case 'table':
      return {
        text: areaTable(
          sweepTable(sweep, baselineDisplay(baseline, area), describeCommand(baseline, area)),
          baseline.area,
        ),
        exitCode: 0,
      };
  }
}

/**
 * The sweep with `--out FILE`: each value's world (a repeated value shares one) is a point of
 * `FILE.points.jsonl`, written as soon as its runs are done; points already there are not run
 * again. The summary is made from the points as they read back, whatever was resumed.
 */
async function resumableSweep(
  plan: SweepPlan,
  files: readonly LoadedScenario[],
  options: CliOptions,
  io: CliIo,
): Promise<SweepAnalysis> {
  // The distinct worlds, in the order of the values that first name them.
  const worlds: Array<SweepPlan['points'][number]> = [];
  const worldOf = plan.points.map((point) => {
    const known = worlds.indexOf(point);
    return known === -1 ? worlds.push(point) - 1 : known;
  });
  const { metric, parameter, values } = plan.request;
  const file = openPointsFile(
    'sweep',
    files,
    {
      metric,
      param: parameter,
      values: values.join(','),
      seed: options.seed,
      years: options.years,
      scale: options.scale,
      reps: options.reps,
      ...areaPointsOption(options, io),
    },
    worlds.length,
    options.out,
    io,
  )!;
  const display = pointsPathOf(options.out!);
  const estimates = new Map<number, Estimate>();
  for (const [point, value] of file.done) estimates.set(point, decodeEstimate(value, point, display));
  const runs = {
    scenarios: plan.scenarios,
    points: worlds.map((w) => (w.reform === undefined ? [w.baseline] : [w.baseline, w.reform])),
    done: (point: number) => estimates.has(point),
    label: `sweep of ${parameter}`,
  };
  await runResumablePoints(runs, options, io, (point, results) => {
    const encoded: unknown = JSON.parse(JSON.stringify(sweepPointResult(plan, results)));
    file.add(point, encoded);
    estimates.set(point, decodeEstimate(encoded, point, display));
  });
  return sweepFromPoints(
    plan,
    worldOf.map((w) => estimates.get(w)!),
    runOptionsOf(options),
  );
}

/** A points-file value back as an estimate (null, for an undefined value, as NaN); a hand-edited file is refused. */
function decodeEstimate(value: unknown, point: number, display: string): Estimate {
  const v = value as Record<string, unknown> | null;
  const num = (x: unknown) => (x === null ? Number.NaN : typeof x === 'number' ? x : undefined);
  const [mean, lo, hi] = [num(v?.mean), num(v?.lo), num(v?.hi)];
  if (mean === undefined || lo === undefined || hi === undefined) {
    throw new InputError(
      `${display}: point ${point}: expected { mean, lo, hi }, found ${JSON.stringify(value)?.slice(0, 60)}; delete the file to start again`,
    );
  }
  return { mean, lo, hi };
}

/**
 * Refuse, before anything runs, a value that makes a run simulate more children than it may
 * (e.g. a cohort of 20 million for 10 years), naming the value rather than the baseline file.
 */
function checkSweepSizes(plan: SweepPlan, options: CliOptions): void {
  plan.request.values.forEach((value, i) => {
    const point = plan.points[i]!;
    for (const world of [point.baseline, point.reform]) {
      if (world === undefined) continue;
      try {
        checkRunSize(plan.scenarios[world]!, options);
      } catch (error) {
        if (!(error instanceof RunSizeError)) throw error;
        const detail = error.message.slice(error.message.indexOf('expected'));
        throw new UsageError(`--values: ${plan.request.parameter} = ${value}: ${detail}`, 'sweep');
      }
    }
  });
}

/** The parameter key, or a usage error naming --param with the nearest key. */
function checkParameter(text: string): ParameterKey {
  if (isParameterKey(text)) return text;
  const near = closestName(text, PARAMETER_KEYS);
  throw new UsageError(
    `--param: expected one parameter key of the baseline (e.g. ep.workforceFte), found ${quoted(text)}${near === undefined ? '' : `; did you mean "${near}"?`} (sendsim describe baseline lists every parameter)`,
    'sweep',
  );
}

/**
 * Most values one sweep runs: each is a whole run of every replication, so 50 already takes
 * minutes at 1% (10,000 once ran past a minute at 593 MB before its first result).
 */
export const MAX_SWEEP_VALUES = 50;

/** The values `--values` lists: at least 2 numbers, separated by commas, within the parameter's legal bounds. */
export function parseValues(text: string, key: ParameterKey): number[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.length > MAX_SWEEP_VALUES) {
    throw new UsageError(
      `--values: expected at most ${MAX_SWEEP_VALUES} values (each is a full run), found ${items.length}`,
      'sweep',
    );
  }
  const values = items.map((item, i) => {
    const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(item) ? Number(item) : Number.NaN;
    if (!Number.isFinite(value)) {
      throw new UsageError(
        `--values: expected numbers separated by commas (e.g. 3000,4000,5000), found ${quoted(item)} as value ${i + 1} of ${quoted(text)}`,
        'sweep',
      );
    }
    return value;
  });
  if (values.length < 2) {
    throw new UsageError(
      `--values: expected at least 2 values separated by commas (e.g. 3000,4000,5000), found 1: ${quoted(text)}`,
      'sweep',
    );
  }
  const spec = PARAMETER_CATALOGUE[key];
  for (const value of values) {
    if (value < spec.min || value > spec.max) {
      throw new UsageError(
        `--values: expected each value from ${spec.min} to ${spec.max} (${spec.unit}, the legal bounds of ${key}), found ${value}`,
        'sweep',
      );
    }
  }
  return values;
}
