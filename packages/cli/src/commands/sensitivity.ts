/**
 * `sendsim sensitivity <baseline> [reform] --metric ID [--params KEYS]`: one-way sensitivity, a
 * tornado (DESIGN 3.3). Each chosen parameter is set to the low and then the high end of the
 * plausible range the baseline file records, all others at their baseline values, and the
 * scenario (or the reform against it, paired) is run again with the same seed. Every run's
 * replications share one pool of worker threads; sim-core plans the runs and reads the results.
 */
import {
  type BaselineScenarioFile,
  closestName,
  FREE_PARAMETERS,
  findRunMeasure,
  isParameterKey,
  PARAMETER_KEYS,
  PAYERS,
  type ParameterKey,
  planSensitivity,
  type ReformScenarioFile,
  RUN_MEASURES,
  type SensitivityAnalysis,
  sensitivityFromResults,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { UsageError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { ProgressBar } from '../format/progress.js';
import { tornadoTable } from '../format/tornado.js';
import { runExperiments } from '../parallel/replication-pool.js';
import { type CliIo, type CommandOutput, type LoadedScenario, loadScenario } from './context.js';
import { runOptionsOf } from './run.js';

export async function sensitivityCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const metric = checkMetric(options.metric!);
  const baseline = loadScenario(args[0]!, io.cwd);
  if (baseline.file.kind !== 'baseline') {
    throw new UsageError(
      `${baseline.path.display}: expected a baseline scenario first (its parameter ranges are varied), found the reform "${baseline.file.id}"; for a reform, give its baseline first: sendsim sensitivity ${baseline.file.baseline} ${args[0]}`,
      'sensitivity',
    );
  }
  const reform = args[1] === undefined ? undefined : reformOf(loadScenario(args[1], io.cwd), baseline);
  const parameters = selectParameters(options.params ?? 'free');
  const plan = planSensitivity({
    baseline: baseline.file,
    ...(reform === undefined ? {} : { reform }),
    metric,
    parameters,
  });

  const bar = new ProgressBar(io.stderr, `sensitivity of ${metric}`);
  let results: Awaited<ReturnType<typeof runExperiments>>;
  try {
    results = await runExperiments(plan.scenarios, runOptionsOf(options), (done, finished, total) =>
      bar.update(done, `${finished}/${total} replications`),
    );
  } finally {
    bar.finish();
  }
  const analysis = sensitivityFromResults(plan, results);
  switch (options.format) {
    case 'json':
      return { text: toJson(analysis), exitCode: 0 };
    case 'csv':
      return { text: sensitivityCsv(analysis), exitCode: 0 };
    case 'table':
      return { text: tornadoTable(analysis, baseline.path.display), exitCode: 0 };
  }
}

/** The metric id, or a usage error naming --metric, what it accepts and the nearest id. */
function checkMetric(metric: string): string {
  if (findRunMeasure(metric) !== undefined) return metric;
  const near = closestName(
    metric,
    RUN_MEASURES.map((m) => m.id),
  );
  throw new UsageError(
    `--metric: expected a metric id such as crisis_events or ep_wait_days, or a payer cost such as cost_total, found ${JSON.stringify(metric)}${near === undefined ? '' : `; did you mean "${near}"?`} (sendsim describe baseline lists every metric id; costs are ${PAYERS.map((p) => `cost_${p}`).join(', ')} and cost_total)`,
    'sensitivity',
  );
}

/** The reform file, checked to be a reform of the baseline given (it is re-resolved on that baseline's changed values). */
function reformOf(reform: LoadedScenario, baseline: LoadedScenario): ReformScenarioFile {
  const file = reform.file;
  if (file.kind !== 'reform') {
    throw new UsageError(
      `${reform.path.display}: expected a reform as the second scenario, found the baseline "${file.id}"`,
      'sensitivity',
    );
  }
  const baselineId = (baseline.file as BaselineScenarioFile).id;
  if (file.baseline !== baselineId) {
    throw new UsageError(
      `${reform.path.display}: baseline: expected a reform of "${baselineId}" (the baseline given), found a reform of "${file.baseline}"`,
      'sensitivity',
    );
  }
  return file;
}

/**
 * The parameters `--params` names: keys separated by commas, where `free` stands for the
 * calibration's free parameters and `all` for every parameter (those without a range are then
 * listed as skipped). Order is kept and repeats dropped.
 */
export function selectParameters(text: string): ParameterKey[] {
  const keys: ParameterKey[] = [];
  for (const item of text.split(',').map((s) => s.trim())) {
    if (item === '') continue;
    if (item === 'free') keys.push(...FREE_PARAMETERS.map((p) => p.key));
    else if (item === 'all') keys.push(...PARAMETER_KEYS);
    else if (isParameterKey(item)) keys.push(item);
    else {
      const near = closestName(item, PARAMETER_KEYS);
      throw new UsageError(
        `--params: expected parameter keys of the baseline (e.g. ep.workforceFte), free or all, found ${JSON.stringify(item)}${near === undefined ? '' : `; did you mean "${near}"?`}`,
        'sensitivity',
      );
    }
  }
  if (keys.length === 0) {
    throw new UsageError(
      `--params: expected at least one parameter key, free or all, found ${JSON.stringify(text)}`,
      'sensitivity',
    );
  }
  return [...new Set(keys)];
}

/** One row per parameter (varied ones by swing, then skipped ones with the reason). */
function sensitivityCsv(a: SensitivityAnalysis): string {
  const header = [
    'metric',
    'result',
    'baseline',
    'reform',
    'parameter',
    'unit',
    'evidence',
    'value',
    'low',
    'high',
    'at_low_mean',
    'at_low_lo',
    'at_low_hi',
    'at_high_mean',
    'at_high_lo',
    'at_high_hi',
    'swing',
    'central_mean',
    'central_lo',
    'central_hi',
    'reform_overrides',
    'skipped_because',
  ];
  const common = [a.measure.id, a.result, a.baseline.scenario, a.reform?.scenario];
  const central = [a.central.mean, a.central.lo, a.central.hi];
  const rows = [
    ...a.rows.map((r) => [
      ...common,
      r.key,
      r.unit,
      r.evidence,
      r.value,
      r.low,
      r.high,
      r.atLow.mean,
      r.atLow.lo,
      r.atLow.hi,
      r.atHigh.mean,
      r.atHigh.lo,
      r.atHigh.hi,
      r.swing,
      ...central,
      r.reformOverrides,
      undefined,
    ]),
    ...a.skipped.map((s) => [
      ...common,
      s.key,
      ...new Array<undefined>(header.length - common.length - 2).fill(undefined),
      s.reason,
    ]),
  ];
  return toCsv(header, rows);
}
