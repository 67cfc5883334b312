/**
 * `sendsim sensitivity <baseline> [reform] --metric ID [--params KEYS]`: one-way sensitivity, a
 * tornado (DESIGN 3.3). Each chosen parameter is set to the low and then the high end of the
 * plausible range the baseline file records, all others at their baseline values, and the
 * scenario (or the reform against it, paired) is run again with the same seed. Every run's
 * replications share one pool of worker threads; sim-core plans the runs and reads the results.
 */
import {
  COUNCIL_RESPONSE_PARAMETERS,
  closestName,
  FREE_PARAMETERS,
  isParameterKey,
  PARAMETER_KEYS,
  type ParameterKey,
  planSensitivity,
  sensitivityCsv,
  sensitivityFromResults,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { quoted, UsageError } from '../errors.js';
import { areaTable, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { tornadoTable } from '../format/tornado.js';
import type { CliIo, CommandOutput } from './context.js';
import {
  areaOption,
  baselineDisplay,
  checkMetric,
  describeCommand,
  loadBaselineAndReform,
  plannedBaseline,
  runPlannedInPool,
} from './one-way.js';

/** The parameters varied when `--params` is not given. */
export const DEFAULT_PARAMS = 'free,councils';

export async function sensitivityCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const metric = checkMetric(options.metric!, 'sensitivity');
  const area = areaOption(options, io);
  const { baseline, reform } = loadBaselineAndReform(
    args,
    io,
    'sensitivity',
    'its parameter ranges are varied',
    area,
  );
  const parameters = selectParameters(options.params ?? DEFAULT_PARAMS);
  // For an area, each changed baseline is the area's, with the reform's levers scaled to it.
  const plan = planSensitivity({
    ...plannedBaseline(baseline),
    ...(reform === undefined ? {} : { reform }),
    metric,
    parameters,
  });

  const results = await runPlannedInPool(plan.scenarios, options, io, `sensitivity of ${metric}`);
  const analysis = sensitivityFromResults(plan, results);
  switch (options.format) {
    case 'json':
      return { text: withAreaJson(toJson(analysis), baseline.area), exitCode: 0 };
    case 'csv':
      return { text: sensitivityCsv(analysis), exitCode: 0 };
    case 'table':
      return {
        text: areaTable(
          tornadoTable(analysis, baselineDisplay(baseline, area), describeCommand(baseline, area)),
          baseline.area,
        ),
        exitCode: 0,
      };
  }
}

/**
 * The parameters `--params` names: keys separated by commas, where `free` stands for the
 * calibration's free parameters, `councils` for the parameters of councils' responses (declared
 * assumptions, not fitted) and `all` for every parameter (those without a range are then listed
 * as skipped). Order is kept and repeats dropped.
 */
export function selectParameters(text: string): ParameterKey[] {
  const keys: ParameterKey[] = [];
  for (const item of text.split(',').map((s) => s.trim())) {
    if (item === '') continue;
    if (item === 'free') keys.push(...FREE_PARAMETERS.map((p) => p.key));
    else if (item === 'councils') keys.push(...COUNCIL_RESPONSE_PARAMETERS);
    else if (item === 'all') keys.push(...PARAMETER_KEYS);
    else if (isParameterKey(item)) keys.push(item);
    else {
      const near = closestName(item, PARAMETER_KEYS);
      throw new UsageError(
        `--params: expected parameter keys of the baseline (e.g. ep.workforceFte), free or all, found ${quoted(item)}${near === undefined ? '' : `; did you mean "${near}"?`}`,
        'sensitivity',
      );
    }
  }
  if (keys.length === 0) {
    throw new UsageError(
      `--params: expected at least one parameter key, free or all, found ${quoted(text)}`,
      'sensitivity',
    );
  }
  return [...new Set(keys)];
}
