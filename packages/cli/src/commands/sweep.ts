/**
 * `sendsim sweep <baseline> [reform] --metric ID --param KEY --values V1,V2,...`: one parameter
 * set in turn to each value, all others at their baseline values, and the scenario (or the reform
 * against it, paired) run again with the same seed (DESIGN 3.3). Every run's replications share
 * one pool of worker threads; sim-core plans the runs and reads the results.
 */
import {
  checkRunSize,
  closestName,
  isParameterKey,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  type ParameterKey,
  planSweep,
  RunSizeError,
  type SweepPlan,
  sweepCsv,
  sweepFromResults,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { quoted, UsageError } from '../errors.js';
import { toJson } from '../format/json.js';
import { sweepTable } from '../format/sweep-table.js';
import type { CliIo, CommandOutput } from './context.js';
import { checkMetric, loadBaselineAndReform, runPlannedInPool } from './one-way.js';

export async function sweepCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const metric = checkMetric(options.metric!, 'sweep');
  const parameter = checkParameter(options.param!);
  const values = parseValues(options.values!, parameter);
  const { baseline, reform } = loadBaselineAndReform(args, io, 'sweep', 'its parameter is changed');
  let plan: SweepPlan;
  try {
    plan = planSweep({
      baseline: baseline.file,
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
  const results = await runPlannedInPool(plan.scenarios, options, io, `sweep of ${parameter}`);
  const sweep = sweepFromResults(plan, results);
  switch (options.format) {
    case 'json':
      return { text: toJson(sweep), exitCode: 0 };
    case 'csv':
      return { text: sweepCsv(sweep), exitCode: 0 };
    case 'table':
      return { text: sweepTable(sweep, baseline.path.display), exitCode: 0 };
  }
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
