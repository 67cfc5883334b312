/**
 * `sendsim calibrate [scenario]`: the backtest. Runs the backtest scenario (default
 * backtest-2019: the baseline from the January 2019 stocks) and judges the model against every
 * published target: period, published value, model value with its interval, tolerance, pass or
 * miss. With `--fit`, first searches the free parameters (a documented, deterministic coordinate
 * search); with `--apply`, writes the fitted values and how they were obtained into the baseline
 * scenario file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  backtestYears,
  type CalibrationReport,
  type CalibrationTarget,
  calibrationReport,
  FIT_METHOD,
  FIT_OBJECTIVE,
  FIT_RUN,
  FIT_SEARCH,
  FREE_PARAMETERS,
  fitCalibration,
  MODEL_VERSION,
  parseCalibrationTargets,
  type RunOptions,
  roundFitted,
  type SearchResult,
  withParameters,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { InputError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { formatNumber } from '../format/numbers.js';
import { renderTable, type TableRow } from '../format/table.js';
import { ReplicationPool } from '../parallel/replication-pool.js';
import { workerCount } from '../parallel/worker-count.js';
import { displayPath, findRepoRoot } from '../scenario-path.js';
import { type CliIo, type CommandOutput, type LoadedScenario, loadScenario } from './context.js';
import { runWithProgress } from './run.js';

const DEFAULT_SCENARIO = 'backtest-2019';

export async function calibrateCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const scenario = loadScenario(args[0] ?? DEFAULT_SCENARIO, io.cwd);
  const targetsPath = targetsFile(options, io.cwd);
  const targetsDisplay = displayPath(targetsPath, io.cwd);
  const targets = parseCalibrationTargets(readFileSync(targetsPath, 'utf8'), targetsDisplay);
  const years = backtestYears(targets, Number(scenario.resolved.startDate.slice(0, 4)));

  let resolved = scenario.resolved;
  let fit: SearchResult | undefined;
  if (options.fit) {
    fit = await runFit(scenario, targets, years, io);
    resolved = withParameters(resolved, fit.values);
  }
  const runOptions: RunOptions = {
    seed: options.seed,
    replications: options.reps,
    years,
    scale: options.scale,
  };
  const result = (await runWithProgress([resolved], runOptions, io))[0]!;
  const report = calibrationReport(resolved, runOptions, targets, result.replications, targetsDisplay);
  if (fit !== undefined && options.apply) {
    io.stderr.write(`${applyFit(scenario, fit, report, years)}\n`);
  }
  switch (options.format) {
    case 'json':
      return { text: toJson(fit === undefined ? report : { ...report, fit: fitJson(fit) }), exitCode: 0 };
    case 'csv':
      return { text: reportCsv(report), exitCode: 0 };
    case 'table':
      return { text: (fit === undefined ? '' : fitTable(fit)) + reportTable(report), exitCode: 0 };
  }
}

/** The targets file: `--targets`, else the shared reference folder beside the repository. */
function targetsFile(options: CliOptions, cwd: string): string {
  if (options.targets !== undefined) {
    const path = resolve(cwd, options.targets);
    if (!existsSync(path)) throw new InputError(`--targets: cannot read ${options.targets} (no such file)`);
    return path;
  }
  const root = findRepoRoot() ?? cwd;
  const path = join(root, '..', 'shared', 'data', 'calibration-targets.json');
  if (!existsSync(path)) {
    throw new InputError(
      `calibration targets not found at ${displayPath(path, cwd)} (the project's shared reference folder); pass --targets FILE`,
    );
  }
  return path;
}

async function runFit(
  scenario: LoadedScenario,
  targets: readonly CalibrationTarget[],
  years: number,
  io: CliIo,
): Promise<SearchResult> {
  const options: RunOptions = { ...FIT_RUN, years };
  const total = FIT_SEARCH.stages.reduce(
    (n, stage) => n + stage.passes * stage.steps.length * FREE_PARAMETERS.length,
    1,
  );
  io.stderr.write(`Fitting ${FREE_PARAMETERS.length} free parameters: up to ${total} backtest runs.\n`);
  // One set of worker threads for every candidate run, warm after the first.
  const pool = new ReplicationPool(workerCount(total * options.replications, options));
  try {
    return await fitCalibration(
      scenario.resolved,
      targets,
      options,
      FIT_SEARCH,
      async (s, o) => (await pool.run([s], o))[0]!.replications,
      (step) => {
        if (step.accepted) {
          io.stderr.write(
            `  run ${step.evaluation}: ${step.key} = ${roundFitted(step.value)} lowers the objective to ${step.objective.toFixed(1)}\n`,
          );
        }
      },
    );
  } finally {
    pool.close();
  }
}

/** Write the fitted values, and how they were found, into the baseline scenario file. */
function applyFit(
  scenario: LoadedScenario,
  fit: SearchResult,
  report: CalibrationReport,
  years: number,
): string {
  const path = scenario.baselinePath ?? scenario.path;
  const data = JSON.parse(readFileSync(path.path, 'utf8')) as {
    parameters: Record<string, Record<string, unknown>>;
    calibration?: unknown;
  };
  const fitted: string[] = [];
  for (const free of FREE_PARAMETERS) {
    const value = roundFitted(fit.values[free.key]!);
    const record = data.parameters[free.key]!;
    if (record.value === value) continue;
    fitted.push(free.key);
    const before = record.source as { title?: string } | undefined;
    const was =
      typeof record.assumption === 'string'
        ? (record.assumption as string).replace(/ Fitted by the calibration[\s\S]*$/, '')
        : `Previously ${record.value} from ${before?.title ?? 'its source'}.`;
    record.value = value;
    record.range = [free.min, free.max];
    delete record.source;
    record.assumption = `${was} Fitted by the calibration (see "calibration"), searched within ${free.min}–${free.max}; informed by ${free.informedBy}.`;
  }
  data.calibration = {
    method: FIT_METHOD,
    objective: FIT_OBJECTIVE,
    backtest: scenario.resolved.id,
    targets: 'calibration-targets.json (the project’s shared reference data)',
    run: { ...FIT_RUN, years },
    evaluations: fit.evaluations,
    objectiveBefore: roundFitted(fit.startObjective),
    objectiveAfter: roundFitted(fit.objective),
    result: {
      targets: report.summary.targets,
      evaluated: report.summary.evaluated,
      passed: report.summary.passed,
      checkedWith: { seed: report.meta.seed, replications: report.meta.reps, scale: report.meta.scale },
    },
    fitted: FREE_PARAMETERS.map((p) => p.key),
    modelVersion: MODEL_VERSION,
  };
  writeFileSync(
    path.path,
    `${JSON.stringify(data, null, 2).replace(/\[\s*([-\d.e]+),\s*([-\d.e]+)\s*\]/g, '[$1, $2]')}\n`,
  );
  return `wrote the fit into ${path.display} (${fitted.length} values changed)`;
}

function fitJson(fit: SearchResult) {
  return {
    method: FIT_METHOD,
    objective: FIT_OBJECTIVE,
    objectiveBefore: fit.startObjective,
    objectiveAfter: fit.objective,
    evaluations: fit.evaluations,
    values: fit.values,
  };
}

function fitTable(fit: SearchResult): string {
  const lines = [
    'Fit',
    `Method: ${FIT_METHOD}`,
    `Objective: ${FIT_OBJECTIVE}`,
    `Objective ${fit.startObjective.toFixed(1)} → ${fit.objective.toFixed(1)} after ${fit.evaluations} backtest runs.`,
    '',
  ];
  const rows: TableRow[] = FREE_PARAMETERS.map((p) => [
    p.key,
    `${p.min} to ${p.max}`,
    String(roundFitted(fit.values[p.key]!)),
  ]);
  lines.push(
    renderTable(
      [{ header: 'Free parameter' }, { header: 'Bounds' }, { header: 'Fitted', align: 'right' }],
      rows,
    ),
    '',
  );
  return `${lines.join('\n')}\n`;
}

function reportTable(report: CalibrationReport): string {
  const { meta, summary } = report;
  const lines = [
    `Calibration backtest: ${meta.scenarioName} [${meta.scenario}], from ${meta.startDate} for ${meta.years} years`,
    `seed ${meta.seed}, ${meta.reps} replications, scale ${meta.scale}, model ${meta.modelVersion}; targets from ${meta.targetsFile}`,
    'Model: mean over replications with its 95% interval. Pass: |model − published| within the tolerance.',
    '',
  ];
  const rows: TableRow[] = report.rows.map((row) => {
    const t = row.target;
    const fmt = (x: number) => formatValue(x, t.unit);
    const tolerance =
      t.toleranceIsAbsolute === true ? `±${fmt(t.tolerance)}` : `±${Math.round(t.tolerance * 100)}%`;
    const model =
      row.model === null
        ? '–'
        : meta.reps > 1
          ? `${fmt(row.model.mean)} (${fmt(row.model.lo)} to ${fmt(row.model.hi)})`
          : fmt(row.model.mean);
    return [
      t.metric,
      t.period,
      fmt(t.value),
      model,
      tolerance,
      row.status === 'not evaluated' ? `– ${row.note}` : row.status,
    ];
  });
  lines.push(
    renderTable(
      [
        { header: 'Target' },
        { header: 'Period' },
        { header: 'Published', align: 'right' },
        { header: 'Model (95% interval)', align: 'right' },
        { header: 'Tolerance', align: 'right' },
        { header: 'Result' },
      ],
      rows,
    ),
    '',
    `Passed ${summary.passed} of ${summary.targets} targets (${pct(summary.shareOfAll)}); ${summary.passed} of the ${summary.evaluated} the backtest can evaluate (${pct(summary.shareOfEvaluated)}).`,
    `EHCP stock targets: ${summary.ehcpStocksAllPass ? 'all pass' : 'not all pass'}.`,
  );
  const notes = report.rows.filter((r) => r.status !== 'not evaluated' && r.note !== '');
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const r of notes) lines.push(`  ${r.target.metric} ${r.target.period}: ${r.note}`);
  }
  return `${lines.join('\n')}\n`;
}

function reportCsv(report: CalibrationReport): string {
  return toCsv(
    [
      'metric',
      'period',
      'published',
      'model_mean',
      'model_lo',
      'model_hi',
      'tolerance',
      'tolerance_is_absolute',
      'status',
      'note',
    ],
    report.rows.map((r) => [
      r.target.metric,
      r.target.period,
      r.target.value,
      r.model?.mean ?? '',
      r.model?.lo ?? '',
      r.model?.hi ?? '',
      r.target.tolerance,
      r.target.toleranceIsAbsolute === true,
      r.status,
      r.note,
    ]),
  );
}

/** Shares as percentages, money and counts with separators. */
function formatValue(x: number, unit: string): string {
  if (unit.startsWith('share')) return `${(x * 100).toFixed(1)}%`;
  return formatNumber(x, Math.abs(x) < 100 && !Number.isInteger(x) ? 1 : 0);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}
