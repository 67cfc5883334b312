/**
 * Results as CSV (RFC 4180), one format for `sendsim run/compare --format csv` and the web
 * app's downloads, so a user gets the same file from both. A header row, then one row per
 * record; fields with a comma, quote or line break are quoted; numbers are printed as
 * JavaScript prints them (full precision, so a file reproduces the run's numbers exactly);
 * non-finite numbers and missing values are empty fields. Labels for people (the comparison's
 * `label` and `change_as_written`) follow the numbers, written as the page and the CLI write them
 * (the precision rule, with a hyphen for minus): the numbers stay unrounded, as data. Then
 * whether each change is fit to quote (`fitToQuote`, `yes` or `no`) and, when not, why, in the
 * words the page and the CLI use.
 */
import type { Comparison, ExperimentResult } from '../experiment/experiment-types.js';
import { fitToQuote } from '../experiment/fit-to-quote.js';
import { findRunMeasure } from '../experiment/metric-over-run.js';
import { METRICS } from '../metrics/metric-definitions.js';
import { figureKind, writeWithInterval } from './figures.js';
import { quoteWords } from './fit-to-quote-words.js';
import { VFM_LABEL, VFM_MEASURE_ID, valueForMoneyWords } from './value-for-money-words.js';

/** One CSV field's value. */
export type CsvCell = string | number | boolean | undefined;

/** One CSV field. */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document with a final newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}

/** What a result's CSV needs (a full result, or one without its per-replication values). */
export type ResultSeries = Pick<ExperimentResult, 'years' | 'series' | 'costs' | 'totals'>;

/** The columns of `sendsim run --format csv`. */
export const RUN_CSV_HEADER = ['kind', 'metric', 'year', 'mean', 'lo', 'hi'] as const;

const KIND_BY_ID = new Map<string, string>(METRICS.map((m) => [m.id, m.kind]));

/**
 * One row per (metric, year) and per (payer, year), then each payer's cost over the whole run;
 * `kind` is the metric's kind, `cost` or `cost_whole_run` (whose year is `first-last`).
 */
export function runCsvRows(result: ResultSeries): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const row of result.series) {
    const kind = KIND_BY_ID.get(row.metric);
    if (kind === undefined) throw new Error(`unknown metric ${row.metric}`);
    rows.push([kind, row.metric, row.year, row.value.mean, row.value.lo, row.value.hi]);
  }
  for (const row of result.costs) {
    rows.push(['cost', row.payer, row.year, row.value.mean, row.value.lo, row.value.hi]);
  }
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  for (const row of result.totals) {
    rows.push(['cost_whole_run', row.payer, `${first}-${last}`, row.value.mean, row.value.lo, row.value.hi]);
  }
  return rows;
}

/** One scenario's series and costs: exactly `sendsim run --format csv`. */
export function runCsv(result: ResultSeries): string {
  return toCsv(RUN_CSV_HEADER, runCsvRows(result));
}

/**
 * Several scenarios' series in one file: the `run` columns after a `scenario` column (the
 * scenario's id), so each scenario's rows are its `sendsim run --format csv` rows.
 */
export function scenariosCsv(
  results: ReadonlyArray<ResultSeries & { readonly meta: { readonly scenario: string } }>,
): string {
  const rows = results.flatMap((result) => runCsvRows(result).map((row) => [result.meta.scenario, ...row]));
  return toCsv(['scenario', ...RUN_CSV_HEADER], rows);
}

/** The columns of `sendsim compare --format csv`. */
export const COMPARE_CSV_HEADER = [
  'reform',
  'metric',
  'baseline_mean',
  'reform_mean',
  'diff_mean',
  'diff_lo',
  'diff_hi',
  'share_reform_better',
  'label',
  'change_as_written',
  'fit_to_quote',
  'not_fit_to_quote_because',
] as const;

/**
 * One row per reform and metric (or payer cost): exactly `sendsim compare --format csv`. The
 * last four columns are for people: the measure's name, the change with its 95% interval as
 * the cards and the CLI table write it (`-10,800 (95% interval -13,100 to -8,500)`), whether it
 * is fit to quote and, if not, why. After them, one row per reform for its value for money
 * (`public_cost_per_unmet_child_year_avoided`: the ratio and its interval in the change columns,
 * empty when not defined, and the words in `change_as_written`).
 */
export function compareCsv(comparisons: readonly Comparison[]): string {
  const rows: CsvCell[][] = comparisons.flatMap((comparison) =>
    comparison.differences.map((d) => {
      const quote = fitToQuote(comparison, d.metric);
      return [
        comparison.reform.scenario,
        d.metric,
        d.baseline.mean,
        d.reform.mean,
        d.difference.mean,
        d.difference.lo,
        d.difference.hi,
        d.shareReformBetter,
        findRunMeasure(d.metric)?.label ?? d.metric,
        writeWithInterval(d.difference, figureKind(d.metric, comparison.reform.scale), { change: true }),
        quote.fit ? 'yes' : 'no',
        quote.fit ? '' : quoteWords(quote).text.replace(/^Not fit to quote: /, ''),
      ];
    }),
  );
  // Then each reform's value for money: the ratio (empty numbers when not defined, and why).
  for (const comparison of comparisons) {
    const vfm = comparison.valueForMoney;
    const ratio = vfm.perChildYearAvoided;
    rows.push([
      comparison.reform.scenario,
      VFM_MEASURE_ID,
      undefined,
      undefined,
      ratio?.mean,
      ratio?.lo,
      ratio?.hi,
      undefined,
      VFM_LABEL,
      valueForMoneyWords(vfm).perChildYearAvoided,
      undefined,
      undefined,
    ]);
  }
  return toCsv(COMPARE_CSV_HEADER, rows);
}
