/**
 * The tornado as a terminal table: what was run and measured, the central result and whether it
 * is fit to quote (with settings that should make it so), then one row per parameter (largest
 * swing first) with the result at each end of its range and a text bar on one scale for all
 * rows, so the longest bars are the assumptions that matter most.
 */
import {
  centralQuoteWords,
  centralSettingsToQuote,
  type ParameterKey,
  rowsQuoteWords,
  type SensitivityAnalysis,
  type SensitivityRow,
  type SkippedParameter,
} from '@send-sim/sim-core';
import { LINE_WIDTH, oneWayHeading, parameterValue, resultFormat } from './one-way.js';
import { SUGGESTION_LIMITS, suggestedFlags } from './quote-settings.js';
import { renderTable, type TableRow, wrap } from './table.js';

/** The bar's width; narrower for levels, whose from–to intervals take more room (lines fit 100 columns). */
const BAR_WIDTH = { symmetric: 21, fromTo: 13 };

/**
 * The tornado for `a`; `baselinePath` names the file whose ranges were used, and `describe` is the command that lists each parameter's source or assumption (with `--area` for a
 * local area, whose values come from its file).
 */
export function tornadoTable(a: SensitivityAnalysis, baselinePath: string, describe: string): string {
  const { fmt, withInterval, swing, unit, symmetric } = resultFormat(a.measure, a.baseline, a.result);
  const barWidth = symmetric ? BAR_WIDTH.symmetric : BAR_WIDTH.fromTo;

  const out: string[] = [
    ...oneWayHeading('Sensitivity of', a, unit),
    ...wrap(
      `Each row changes one parameter, to the low and then the high end of its plausible range in ${baselinePath}, with all other parameters at their baseline values and the same seed.`,
      LINE_WIDTH,
    ),
    `Central result (every parameter at its baseline value): ${withInterval(a.central)}`,
    ...quoteLines(a),
    '',
  ];
  if (a.rows.length === 0) {
    out.push('No parameter could be varied.');
  } else {
    const scale = barScale(a);
    // Each parameter under its own heading, so long keys need no wrapping and the bars line up.
    const rows: TableRow[] = a.rows.flatMap((r, i) => [
      {
        heading: `${i + 1}. ${r.key}: baseline ${parameterValue(r.value)} ${r.unit} (${r.evidence})${r.reformOverrides ? '; the reform sets it, so only the baseline side moves' : ''}`,
      },
      [
        `  ${parameterValue(r.low)} to ${parameterValue(r.high)}`,
        withInterval(r.atLow),
        withInterval(r.atHigh),
        swing(r.atLow, r.atHigh, r.swing),
        bar(r, a.central.mean, scale, barWidth),
      ],
    ]);
    out.push(
      renderTable(
        [
          { header: 'Range: low to high' },
          { header: 'Result at low', align: 'right' },
          { header: 'Result at high', align: 'right' },
          { header: 'Swing', align: 'right' },
          { header: 'L = low, H = high' },
        ],
        rows,
      ),
    );
    out.push(
      ...wrap(
        `Bars share one scale, from ${fmt(scale.min, a.central)} (left) to ${fmt(scale.max, a.central)} (right): L = result at the low end of the range, H = at the high end, | = central result, * = both ends at one point. Swing = |result at high − result at low|.`,
        LINE_WIDTH,
      ),
    );
  }
  if (a.skipped.length > 0) out.push('', 'Not varied:', ...skippedLines(a.skipped));
  out.push(
    '',
    ...wrap(
      `One-way: each row moves one parameter alone, so the table does not show what happens when several move together. Each parameter’s source or assumption: ${describe}.`,
      LINE_WIDTH,
    ),
  );
  return `${out.join('\n')}\n`;
}

/**
 * Whether the central result is fit to quote (sim-core's rule and words), settings that should
 * make it so, and what that means for the rows.
 */
function quoteLines(a: SensitivityAnalysis): string[] {
  const words = centralQuoteWords(a);
  const lines = [...wrap(words.text, LINE_WIDTH)];
  if (words.verdict === 'not fit') {
    const ways = suggestedFlags(centralSettingsToQuote(a, SUGGESTION_LIMITS));
    lines.push(
      ...wrap(
        ways === ''
          ? `No settings up to ${SUGGESTION_LIMITS.reps} replications at scale ${SUGGESTION_LIMITS.scale} would make it fit to quote.`
          : `Settings that should make it fit to quote (an estimate from this run's spread): ${ways} (same seed and years).${a.reform === undefined ? '' : ' With them, sendsim compare gives the central result alone, without the tornado’s other runs.'}`,
        LINE_WIDTH,
      ),
    );
  }
  lines.push(...wrap(rowsQuoteWords(a), LINE_WIDTH));
  return lines;
}

/** Skipped parameters, those stopped by the same rule on one line, so a share group reads as one entry. */
function skippedLines(skipped: readonly SkippedParameter[]): string[] {
  const groups = new Map<string, ParameterKey[]>();
  for (const s of skipped) {
    const why = s.rule === undefined ? s.reason : `changing one alone breaks a scenario rule: ${s.rule}`;
    groups.set(why, [...(groups.get(why) ?? []), s.key]);
  }
  return [...groups].flatMap(([why, keys]) => {
    // A share-group rule already names its keys: say it once.
    const text = keys.every((k) => why.includes(k)) ? capitalise(why) : `${keys.join(', ')}: ${why}`;
    return wrap(text, LINE_WIDTH - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`);
  });
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

interface BarScale {
  readonly min: number;
  readonly max: number;
}

/** One scale for every bar: from the lowest to the highest result in the table (and the central result). */
function barScale(a: SensitivityAnalysis): BarScale {
  const values = [a.central.mean, ...a.rows.flatMap((r) => [r.atLow.mean, r.atHigh.mean])].filter((v) =>
    Number.isFinite(v),
  );
  return values.length === 0 ? { min: 0, max: 0 } : { min: Math.min(...values), max: Math.max(...values) };
}

/** `   L-----|---H   `: the span between the two ends, the central result, and which end is which. */
function bar(r: SensitivityRow, central: number, scale: BarScale, width: number): string {
  if (!Number.isFinite(r.atLow.mean) || !Number.isFinite(r.atHigh.mean)) return '';
  const at = (x: number) =>
    scale.max === scale.min
      ? (width - 1) / 2
      : Math.round(((x - scale.min) / (scale.max - scale.min)) * (width - 1));
  const cells = new Array<string>(width).fill(' ');
  const lo = at(r.atLow.mean);
  const hi = at(r.atHigh.mean);
  for (let i = Math.min(lo, hi); i <= Math.max(lo, hi); i++) cells[i] = '-';
  if (Number.isFinite(central)) cells[at(central)] = '|';
  cells[lo] = 'L';
  cells[hi] = lo === hi ? '*' : 'H';
  return `[${cells.join('')}]`;
}
