/**
 * `sendsim compare <baseline> <reform>...`: run the baseline once and each reform with the same
 * options and random numbers, then print each reform's paired differences: every outcome and
 * every payer's cost, baseline and reform means, the change with its 95% interval, and the
 * share of replications in which the reform did better; and who pays more and who pays less.
 * Each reform's table and JSON start with sim-core's plain-English headline (`writeHeadline`),
 * and say which results are fit to quote (`fitToQuote`), with settings that would make the rest
 * so (`settingsToQuote`), and its value for money (`valueForMoney`), as the web app does.
 */
import {
  COST_TABLE_ORDER,
  type Comparison,
  compareExperiments,
  diffScenarios,
  type ExperimentResult,
  FIT_TO_QUOTE_RULE,
  type FigureKind,
  figureKind,
  findRunMeasure,
  fitToQuoteAll,
  METRICS,
  type MetricKind,
  MIN_QUOTE_REPLICATIONS,
  PAYER_LABELS,
  PAYERS,
  type PairedDifference,
  type Payer,
  quoteWords,
  roundingFor,
  settingsToQuote,
  compareCsv as sharedCompareCsv,
  tooFewReplicationsWords,
  VALUE_FOR_MONEY_RULE,
  VFM_LABEL,
  valueForMoneyWords,
  whyNotFit,
  writeEstimate,
  writeHeadline,
  writeSideBySide,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { areaTable, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { payerLabel } from '../format/labels.js';
import { describeRun } from '../format/meta.js';
import { formatShare } from '../format/numbers.js';
import { SUGGESTION_LIMITS, suggestedFlags } from '../format/quote-settings.js';
import { renderTable, type TableRow, wrap } from '../format/table.js';
import {
  type CliIo,
  type CommandOutput,
  checkSameStart,
  type LoadedScenario,
  loadArea,
  loadScenario,
} from './context.js';
import { pricesWords, resultJsonValue, runOptionsOf, runWithProgress } from './run.js';

/** Lines fit a 100-column terminal. */
const LINE_WIDTH = 100;

interface ReformRun {
  readonly scenario: LoadedScenario;
  readonly result: ExperimentResult;
  readonly comparison: Comparison;
}

export async function compareCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  // Load every file before the first (long) run, so a typo in the last argument fails at once.
  const area = options.area === undefined ? undefined : loadArea(options.area, io.cwd);
  const baseline = loadScenario(args[0]!, io.cwd, area);
  const reforms = args.slice(1).map((arg) => loadScenario(arg, io.cwd, area));
  for (const reform of reforms) {
    checkSameStart(baseline, reform);
    if (reform.resolved.baselineId !== baseline.resolved.id) {
      io.stderr.write(
        `sendsim: note: ${reform.resolved.id} modifies baseline "${reform.resolved.baselineId}", but is compared with "${baseline.resolved.id}"\n`,
      );
    }
  }
  const runOptions = runOptionsOf(options);
  // All scenarios' replications share one pool of worker threads.
  const [baseResult, ...reformResults] = await runWithProgress(
    [baseline.resolved, ...reforms.map((r) => r.resolved)],
    runOptions,
    io,
  );
  const runs: ReformRun[] = reforms.map((scenario, i) => {
    const result = reformResults[i]!;
    return { scenario, result, comparison: compareExperiments(baseResult!, result) };
  });
  switch (options.format) {
    case 'json':
      return { text: withAreaJson(compareJson(baseResult!, runs), baseline.area), exitCode: 0 };
    case 'csv':
      return { text: compareCsv(runs), exitCode: 0 };
    case 'table':
      return { text: areaTable(compareTable(baseline, baseResult!, runs), baseline.area), exitCode: 0 };
  }
}

function compareJson(baseline: ExperimentResult, runs: readonly ReformRun[]): string {
  const m = baseline.meta;
  return toJson({
    meta: {
      seed: m.seed,
      reps: m.reps,
      years: m.years,
      scale: m.scale,
      startDate: m.startDate,
      modelVersion: m.modelVersion,
    },
    baseline: resultJsonValue(baseline),
    reforms: runs.map((run) => ({
      ...resultJsonValue(run.result),
      headline: writeHeadline(run.comparison).text,
      comparison: run.comparison.differences,
      valueForMoney: {
        ...run.comparison.valueForMoney,
        words: valueForMoneyWords(run.comparison.valueForMoney),
      },
      fitToQuote: fitToQuoteAll(run.comparison).map((v) => ({ ...v, text: quoteWords(v).text })),
    })),
  });
}

/** One row per reform and metric: sim-core's `compareCsv`, the file the web app downloads too. */
function compareCsv(runs: readonly ReformRun[]): string {
  return sharedCompareCsv(runs.map((run) => run.comparison));
}

function compareTable(
  baseline: LoadedScenario,
  baseResult: ExperimentResult,
  runs: readonly ReformRun[],
): string {
  const sections = runs.map((run) => reformSection(baseline, baseResult, run));
  return sections.join(`\n${'='.repeat(LINE_WIDTH)}\n\n`);
}

function reformSection(baseline: LoadedScenario, baseResult: ExperimentResult, run: ReformRun): string {
  const meta = run.result.meta;
  const first = run.result.years[0];
  const last = run.result.years[run.result.years.length - 1];
  const end = (last ?? 0) + 1;
  const levers = Object.entries(run.scenario.resolved.levers)
    .filter(([id, setting]) => baseline.resolved.levers[id] !== setting)
    .map(([id, setting]) => `${id} = ${setting}`);
  const changed = diffScenarios(baseline.resolved, run.scenario.resolved).length;

  // The plain-English headline first: the same sentence the web app shows for this run.
  const out: string[] = [
    ...wrap(writeHeadline(run.comparison).text, LINE_WIDTH),
    '',
    `Reform:   ${meta.scenarioName} [${meta.scenario}]`,
    `Baseline: ${baseResult.meta.scenarioName} [${baseResult.meta.scenario}]`,
    describeRun(meta),
    `Levers changed: ${levers.length === 0 ? 'none' : levers.join('; ')} (${changed} parameter${changed === 1 ? ' differs' : 's differ'} from the start).`,
    ...run.scenario.resolved.phases.flatMap((phase) =>
      wrap(`From ${phase.startDate}: ${phase.starts.map((s) => s.description).join(' ')}`, LINE_WIDTH),
    ),
    'Change = reform − baseline, paired replication by replication (same children, same chance events),',
    `with its 95% interval. Better = share of the ${meta.reps} replications in which the reform did better.`,
    'Each figure is rounded as its 95% interval allows (and counts to whole simulated children).',
    '',
  ];

  const byMetric = new Map(run.comparison.differences.map((d) => [d.metric, d]));
  const groups: ReadonlyArray<{ kind: MetricKind; heading: string }> = [
    { kind: 'stock', heading: `At the end of the run (January ${end})` },
    { kind: 'flow', heading: `Totals over ${first}–${last}` },
    { kind: 'childYears', heading: `Child-years over ${first}–${last}` },
    { kind: 'share', heading: `Shares over ${first}–${last}` },
    { kind: 'meanDays', heading: 'Mean waits in days (average of the yearly means)' },
  ];
  const rows: TableRow[] = [];
  for (const group of groups) {
    rows.push({ heading: group.heading });
    for (const def of METRICS) {
      if (def.kind !== group.kind) continue;
      const d = byMetric.get(def.id);
      if (d === undefined) continue;
      rows.push(differenceRow(def.label, d, figureKind(def.id, meta.scale)));
    }
  }
  rows.push({ heading: `Cost over ${first}–${last} by payer, ${pricesWords(run.comparison.reform.prices)}` });
  // The public payers, their subtotal (public spending), families, then the two added, so labelled.
  for (const payer of COST_TABLE_ORDER) {
    const d = byMetric.get(`cost_${payer}`);
    if (d === undefined) continue;
    rows.push(differenceRow(payerLabel(payer), d, figureKind(`cost_${payer}`, meta.scale)));
  }
  out.push(
    renderTable(
      [
        { header: 'Outcome', maxWidth: 40 },
        { header: 'Baseline', align: 'right' },
        { header: 'Reform', align: 'right' },
        { header: 'Change', align: 'right' },
        { header: '95% interval of change', align: 'right' },
        { header: 'Better', align: 'right' },
      ],
      rows,
      { lineWidth: LINE_WIDTH },
    ),
  );
  out.push(...transfers(byMetric, `${first}–${last}`));
  out.push('', ...valueForMoneyLines(run.comparison, `${first}–${last}`));
  out.push('', ...fitToQuoteLines(run.comparison));
  return `${out.join('\n')}\n`;
}

/**
 * Which results are fit to quote (sim-core's rule, stated first), each one that is not with
 * why, and settings that would make them all fit within `sendsim`'s limits.
 */
function fitToQuoteLines(comparison: Comparison): string[] {
  const verdicts = fitToQuoteAll(comparison);
  const notFit = verdicts.filter((v) => !v.fit);
  const reps = comparison.reform.reps;
  const lines = [
    ...wrap(
      `Fit to quote: ${verdicts.length - notFit.length} of ${verdicts.length} results. ${FIT_TO_QUOTE_RULE}`,
      LINE_WIDTH,
    ),
  ];
  if (notFit.length === 0) return lines;
  const fewReps = reps < MIN_QUOTE_REPLICATIONS;
  if (fewReps) {
    lines.push(tooFewReplicationsWords(reps));
  }
  // With too few replications every line would repeat that; list only what else is wrong.
  const listed = notFit
    .map((v) => (fewReps ? { ...v, reasons: v.reasons.filter((r) => r !== 'too few replications') } : v))
    .filter((v) => v.reasons.length > 0);
  if (listed.length > 0) lines.push(fewReps ? 'Also not fit to quote:' : 'Not fit to quote:');
  for (const v of listed) {
    const label = findRunMeasure(v.metric)?.label ?? v.metric;
    lines.push(
      ...wrap(`${label}: ${whyNotFit(v)}.`, LINE_WIDTH - 4).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)),
    );
  }
  const ways = suggestedFlags(settingsToQuote(verdicts, SUGGESTION_LIMITS));
  lines.push(
    ...wrap(
      ways !== ''
        ? `Settings that should make every result fit to quote (an estimate from this run's spread): ${ways} (same seed and years).`
        : `No settings up to ${SUGGESTION_LIMITS.reps} replications at scale ${SUGGESTION_LIMITS.scale} would make every result fit to quote.`,
      LINE_WIDTH,
    ),
  );
  return lines;
}

/** One outcome's row: each figure rounded by sim-core's precision rule, as the web app writes it. */
function differenceRow(label: string, d: PairedDifference, kind: FigureKind): string[] {
  const change = writeEstimate(d.difference, kind, { change: true });
  const [baseline = '', reform = ''] = writeSideBySide([d.baseline, d.reform], kind);
  return [
    label,
    baseline,
    reform,
    change.mean,
    d.difference.lo < d.difference.hi ? `${change.lo} to ${change.hi}` : 'no interval',
    d.difference.lo === 0 && d.difference.hi === 0 ? 'same' : formatShare(d.shareReformBetter),
  ];
}

/** Value for money, by sim-core's rule (stated), so the CLI and the app agree. */
function valueForMoneyLines(comparison: Comparison, period: string): string[] {
  const words = valueForMoneyWords(comparison.valueForMoney);
  const item = (text: string) =>
    wrap(text, LINE_WIDTH - 4).map((line, i) => (i === 0 ? `  ${line}` : `    ${line}`));
  return [
    `Value for money over ${period}:`,
    ...item(`change in public spending: ${words.publicSpending}`),
    ...item(`change in the cost to families: ${words.familyCost}`),
    ...item(`${VFM_LABEL.toLowerCase()}: ${words.perChildYearAvoided}`),
    ...wrap(VALUE_FOR_MONEY_RULE, LINE_WIDTH),
  ];
}

/** Who pays more and who pays less under the reform: transfers between payers made visible. */
function transfers(byMetric: ReadonlyMap<string, PairedDifference>, period: string): string[] {
  const NONE = { mean: 0, lo: 0, hi: 0 };
  const money = figureKind('cost_public', 1);
  const estimate = (id: string) => byMetric.get(id)?.difference ?? NONE;
  const change = (payer: Payer) => estimate(`cost_${payer}`).mean;
  // The change as the table writes it (rounded by its interval): a payer whose change rounds to zero moves no money.
  const written = (id: string) => writeEstimate(estimate(id), money, { change: true }).mean;
  const visible = (payer: Payer) => {
    const e = estimate(`cost_${payer}`);
    return Math.abs(e.mean) >= roundingFor(e, 'money').step / 2;
  };
  const describe = (payers: Payer[]) =>
    payers
      .sort((a, b) => Math.abs(change(b)) - Math.abs(change(a)))
      .map((p) => `${PAYER_LABELS[p]} ${written(`cost_${p}`)}`)
      .join('; ') || 'none';
  const more = PAYERS.filter((p) => change(p) > 0 && visible(p));
  const less = PAYERS.filter((p) => change(p) < 0 && visible(p));
  const item = (head: string, text: string) =>
    wrap(`${head}${text}`, LINE_WIDTH - 4).map((line, i) => (i === 0 ? `  ${line}` : `    ${line}`));
  return [
    `Who pays more and who pays less (mean change over ${period}):`,
    ...item('pays more: ', describe(more)),
    ...item('pays less: ', describe(less)),
    `  change in public spending: ${written('cost_public')}; in the cost to families: ${written('cost_family')}`,
  ];
}
