/**
 * Numbers for people on the page: sim-core's precision rule (`writeEstimate`) with a true
 * minus sign (−), so a figure on a card, in a table, in the headline and on the briefing is
 * rounded and spelled exactly as `sendsim` writes it. Hand-written rather than `Intl`, so a
 * figure reads the same in every browser and in Node.
 */
import {
  type Estimate,
  type FigureKind,
  formatNumber as formatNumberWith,
  type MetricKind,
  type NumberStyle,
  roundingFor,
  writeEstimate,
  writeFigure,
  writeSideBySide,
  writeWithInterval,
} from '@send-sim/sim-core';

/**
 * On the page a minus is a true minus sign (U+2212), not a hyphen; a sign is joined to the £
 * after it by a word joiner (U+2060, invisible), so "−£59m" never wraps after the "−"; and
 * "pp" follows its figure after a no-break space, so "−8.3 pp" never wraps before the "pp".
 */
export const TYPESET: NumberStyle = {
  minus: '\u2212',
  signJoiner: '\u2060',
  unitSpace: '\u00a0',
  below: 'under ',
};

/** `n` with `decimals` places and comma separators: `1,234.5`, `−56` (for numbers that are not estimates: counts of one run, parameter values). */
export const formatNumber = (n: number, decimals = 0): string => formatNumberWith(n, decimals, TYPESET);

/**
 * A count from one run, with no interval (the trainer's children in each state): to one
 * simulated child, the precision rule's floor (`1,188,000` at scale 0.0025, where each stands for 400).
 */
export function formatCount(n: number, scale: number): string {
  const rounding = roundingFor({ mean: n, lo: n, hi: n }, 'count', scale > 0 ? 1 / scale : 1);
  return writeFigure(n, rounding, {}, TYPESET);
}

/** A lone amount of money, with no interval (one run's spending so far): two significant figures, `£1.2bn`, `+£45m`. */
export function formatMoney(pounds: number, signed = false): string {
  const rounding = roundingFor({ mean: pounds, lo: pounds, hi: pounds }, 'money');
  return writeFigure(pounds, rounding, { change: signed }, TYPESET);
}

/** What a number on the page measures: a metric's kind, or money. */
export type OutcomeKind = MetricKind | 'money';

/** The precision rule's kind of figure for an outcome of `kind` in a run at `scale`. */
export function figureKindOf(kind: OutcomeKind, scale: number): FigureKind {
  const weight = scale > 0 ? 1 / scale : 1;
  switch (kind) {
    case 'money':
      return { quantity: 'money', weight };
    case 'share':
      return { quantity: 'share', weight };
    case 'meanDays':
      return { quantity: 'days', weight };
    default:
      return { quantity: 'count', weight };
  }
}

/** The mean of `e`, rounded as it is with its interval: `882,000`, `47.7%`, with `change` `−10,800`, `+0.8 pp`. */
export function formatEstimate(kind: OutcomeKind, e: Estimate, scale: number, change = false): string {
  return writeEstimate(e, figureKindOf(kind, scale), { change }, TYPESET).mean;
}

/** The size of `e`'s mean, without a sign, rounded as with its interval: `£1.2bn` for a saving of −£1.2bn ("£1.2bn less"). */
export function formatSize(kind: OutcomeKind, e: Estimate, scale: number): string {
  return writeEstimate(e, figureKindOf(kind, scale), { magnitude: true }, TYPESET).mean;
}

/** A baseline's and a reform's means side by side: the coarser rounding of the two, one unit (`£0.81bn` and `£0.77bn`). */
export function formatPair(
  kind: OutcomeKind,
  baseline: Estimate,
  reform: Estimate,
  scale: number,
): [string, string] {
  const [a = '', b = ''] = writeSideBySide([baseline, reform], figureKindOf(kind, scale), TYPESET);
  return [a, b];
}

/** The mean and both ends of `e`, rounded alike (for a table that puts them in separate places). */
export function formatEstimateParts(
  kind: OutcomeKind,
  e: Estimate,
  scale: number,
  change = false,
): { mean: string; lo: string; hi: string } {
  return writeEstimate(e, figureKindOf(kind, scale), { change }, TYPESET);
}

/** A mean with its 95% interval: `882,000 (95% interval 879,700 to 884,300)`; `(no interval)` when there is none. */
export function formatWithInterval(kind: OutcomeKind, e: Estimate, scale: number, change = false): string {
  return writeWithInterval(e, figureKindOf(kind, scale), { change }, TYPESET);
}

/** A change with its 95% interval: `−10,800 (95% interval −13,100 to −8,500)`. */
export function formatChangeWithInterval(kind: OutcomeKind, change: Estimate, scale: number): string {
  return formatWithInterval(kind, change, scale, true);
}
