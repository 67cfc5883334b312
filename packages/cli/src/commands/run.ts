/**
 * `sendsim run <scenario>`: run one scenario over replications and print its main outcomes
 * and costs by payer, year by year (table), or every series and cost row (JSON, CSV).
 */
import {
  type CostKey,
  type ExperimentResult,
  FAMILY_COST_LABEL,
  figureKind,
  PRICE_BASE,
  PUBLIC_PAYERS,
  PUBLIC_SPENDING_LABEL,
  type ResolvedScenario,
  type RunOptions,
  runCsv as sharedRunCsv,
  writeEstimate,
  writeWithInterval,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { areaTable, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { MAIN_METRICS, metricDefinition, PAYER_SHORT, payerKey, yearlyKindNote } from '../format/labels.js';
import { describeRun } from '../format/meta.js';
import { ProgressBar } from '../format/progress.js';
import { renderTable, type TableRow, wrap } from '../format/table.js';
import type { ReplicationBackend } from '../parallel/backend.js';
import { runExperiments } from '../parallel/replication-pool.js';
import { type CliIo, type CommandOutput, loadArea, loadScenario } from './context.js';

export async function runCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const area = options.area === undefined ? undefined : loadArea(options.area, io.cwd);
  const scenario = loadScenario(args[0]!, io.cwd, area);
  const result = (await runWithProgress([scenario.resolved], runOptionsOf(options), io))[0]!;
  switch (options.format) {
    case 'json':
      return { text: withAreaJson(runJson(result), scenario.area), exitCode: 0 };
    case 'csv':
      return { text: runCsv(result), exitCode: 0 };
    case 'table':
      return { text: areaTable(runTable(result), scenario.area), exitCode: 0 };
  }
}

/** The sim-core run options for the CLI options. */
/** How results say which prices money is in: `at 2025/26 prices` or `in cash (each financial year's prices)`. */
export function pricesWords(prices: 'real' | 'cash' | undefined): string {
  return prices === 'cash' ? "in cash (each financial year's own prices)" : `at ${PRICE_BASE} prices`;
}

export function runOptionsOf(options: CliOptions): RunOptions {
  return {
    seed: options.seed,
    replications: options.reps,
    years: options.years,
    // A local area runs one-to-one: every child simulated, results are the area's own.
    scale: options.area === undefined ? options.scale : 1,
    ...(options.prices === 'cash' ? { prices: 'cash' as const } : {}),
  };
}

/**
 * Run every scenario's replications (in parallel across worker threads, or on `backend` when
 * given) with a progress bar on standard error (terminals only); one result per scenario, in order.
 */
export async function runWithProgress(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  io: CliIo,
  backend?: ReplicationBackend,
): Promise<ExperimentResult[]> {
  const bar = new ProgressBar(io.stderr, scenarios.map((s) => s.id).join(' + '));
  const progress = (done: number, finished: number, total: number) =>
    bar.update(done, `${finished}/${total} replications`);
  try {
    return await (backend === undefined
      ? runExperiments(scenarios, options, progress)
      : backend.runExperiments(scenarios, options, progress));
  } finally {
    bar.finish();
  }
}

/** `{ meta, series, costs, totals }`: the result without the raw replications. */
export function resultJsonValue(result: ExperimentResult): {
  meta: ExperimentResult['meta'];
  series: ExperimentResult['series'];
  costs: ExperimentResult['costs'];
  totals: ExperimentResult['totals'];
} {
  return { meta: result.meta, series: result.series, costs: result.costs, totals: result.totals };
}

export function runJson(result: ExperimentResult): string {
  return toJson(resultJsonValue(result));
}

/** Every series and cost row: sim-core's `runCsv`, the file the web app downloads too. */
export function runCsv(result: ExperimentResult): string {
  return sharedRunCsv(result);
}

export function runTable(result: ExperimentResult): string {
  const { meta } = result;
  const out: string[] = [
    `Scenario: ${meta.scenarioName} [${meta.scenario}]`,
    describeRun(meta),
    meta.reps === 1
      ? 'National figures (weighted back from the sample), from one replication: no interval.'
      : `National figures (weighted back from the sample): mean of ${meta.reps} replications with its 95% interval,`,
    ...(meta.reps === 1
      ? []
      : ['each rounded as its interval allows (and counts to whole simulated children).']),
    '',
    'Main outcomes by year',
    '',
  ];
  const rows: TableRow[] = [];
  for (const id of MAIN_METRICS) {
    const def = metricDefinition(id);
    rows.push({ heading: `${def.label} — ${yearlyKindNote(def.kind)}` });
    const kind = figureKind(id, meta.scale);
    for (const row of result.series) {
      if (row.metric !== id) continue;
      const w = writeEstimate(row.value, kind);
      const interval = row.value.lo < row.value.hi ? `${w.lo} to ${w.hi}` : '–';
      rows.push([`  ${row.year}`, w.mean, interval]);
    }
  }
  out.push(
    renderTable(
      [{ header: '  Year' }, { header: 'Mean', align: 'right' }, { header: '95% interval', align: 'right' }],
      rows,
    ),
  );

  out.push(
    `Cost by payer and year, ${pricesWords(meta.prices)} (mean over replications, rounded as its interval allows)`,
    '',
  );
  const money = figureKind('cost_public', meta.scale);
  // Public spending and the cost to families first, each its own column; their sum is labelled as one.
  const columns: readonly CostKey[] = ['public', 'family', 'total', ...PUBLIC_PAYERS];
  const costRows: string[][] = result.years.map((year) => [
    String(year),
    ...columns.map((payer) => {
      const row = result.costs.find((c) => c.payer === payer && c.year === year);
      return row === undefined ? '' : writeEstimate(row.value, money).mean;
    }),
  ]);
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  costRows.push([
    `${first}–${last}`,
    ...columns.map((payer) => {
      const row = result.totals.find((c) => c.payer === payer);
      return row === undefined ? '' : writeEstimate(row.value, money).mean;
    }),
  ]);
  // Three tables of columns (the sums and families, then the public payers in two), so lines stay within 100 characters.
  for (const [from, to] of [
    [0, 3],
    [3, 8],
    [8, columns.length],
  ] as const) {
    const header = columns.slice(from, to).map((p) => ({ header: PAYER_SHORT[p], align: 'right' as const }));
    const rowsPart = costRows.map((row) => [row[0]!, ...row.slice(1 + from, 1 + to)]);
    out.push(renderTable([{ header: 'Year' }, ...header], rowsPart));
  }
  const publicSpending = result.totals.find((c) => c.payer === 'public');
  const families = result.totals.find((c) => c.payer === 'family');
  if (publicSpending !== undefined && families !== undefined && meta.reps > 1) {
    out.push(
      ...wrap(
        `Over ${first}–${last}: ${PUBLIC_SPENDING_LABEL.toLowerCase()} ${writeWithInterval(publicSpending.value, money)}; ${FAMILY_COST_LABEL.toLowerCase()} ${writeWithInterval(families.value, money)}.`,
        100,
      ),
    );
  }
  out.push(...wrap(`Payers: ${payerKey(true)}.`, 100));
  out.push(
    `Money is in ${PRICE_BASE} prices: each unit cost uprated from its source's year with the GDP deflator.`,
  );
  return `${out.join('\n')}\n`;
}
