/**
 * Results written for people by the precision rule (`precision.ts`): a mean and its 95%
 * interval rounded to one step, in the quantity's unit (£bn, £m or £; per cent or percentage
 * points; days; whole counts). The headline, the page's cards and tables, the CLI and the
 * briefing all write estimates through here, so one figure is spelled the same everywhere.
 *
 * Signs follow `NumberStyle`: a hyphen in terminals and files, U+2212 on the page, with a word
 * joiner between a sign and "£" and a no-break space before "pp" there, so neither wraps away
 * from its figure (a minus or plus is already held to a digit by the line-breaking rules).
 */
import type { Estimate } from '../experiment/experiment-types.js';
import { NO_VALUE, type NumberStyle, PLAIN_NUMBERS } from './number-format.js';
import {
  childWeight,
  decimalExponent,
  type MoneyUnit,
  powerOfTen,
  type Quantity,
  quantityOf,
  type Rounding,
  roundingFor,
} from './precision.js';

/** How to write one figure: a level (`12,300`, `47.7%`) or a change with its sign (`−12,300`, `+0.4 pp`). */
export interface FigureOptions {
  /** A change: `+` before a positive figure, and shares in percentage points. */
  readonly change?: boolean;
  /** The size alone, without a sign (for "about 12,300 fewer …"). */
  readonly magnitude?: boolean;
  /** A share without its `%` or `pp`, for a sentence that names the unit in words. */
  readonly bare?: boolean;
}

/** A mean and its interval's ends, written with one rounding. */
export interface WrittenEstimate {
  readonly mean: string;
  readonly lo: string;
  readonly hi: string;
  readonly rounding: Rounding;
}

/**
 * `x` rounded by `rounding` and written: `12,300`, `£1.9bn`, `47.7%`, `13.2`; with
 * `change`, `−12,300`, `+£1.9bn`, `+0.4 pp`. A figure that rounds to zero has no sign.
 */
export function writeFigure(
  x: number,
  rounding: Rounding,
  options: FigureOptions = {},
  style: NumberStyle = PLAIN_NUMBERS,
): string {
  if (!Number.isFinite(x) || !Number.isFinite(rounding.step)) return NO_VALUE;
  const { quantity, step } = rounding;
  // The figure and its step in the unit written: £bn or £m, per cent for a share.
  const unitExponent =
    quantity === 'money' ? decimalExponent(rounding.moneyUnit) : quantity === 'share' ? -2 : 0;
  const scaled = quantity === 'share' ? x * 100 : quantity === 'money' ? x / rounding.moneyUnit : x;
  const digits = roundedDigits(Math.abs(scaled), decimalExponent(step) - unitExponent);
  const zero = /^[0.]*$/.test(digits);
  const sign = options.magnitude || zero ? '' : x < 0 ? style.minus : options.change ? '+' : '';
  switch (quantity) {
    case 'money': {
      const unit = rounding.moneyUnit === 1e9 ? 'bn' : rounding.moneyUnit === 1e6 ? 'm' : '';
      return `${sign}${sign === '' ? '' : (style.signJoiner ?? '')}£${digits}${unit}`;
    }
    case 'share':
      if (options.bare) return `${sign}${digits}`;
      return options.change ? `${sign}${digits}${style.unitSpace ?? ' '}pp` : `${sign}${digits}%`;
    default:
      return `${sign}${digits}`;
  }
}

/**
 * `|x|` rounded to a whole number of 10^k (half away from zero) and written with comma
 * separators and exactly as many decimals as the step has: k = 2 → `12,300`, k = −1 → `13.2`.
 */
function roundedDigits(magnitude: number, k: number): string {
  const fixed =
    k >= 0 ? (Math.round(magnitude / Number(`1e${k}`)) * Number(`1e${k}`)).toFixed(0) : magnitude.toFixed(-k);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** What a figure is and the run it comes from: the measure's quantity and one simulated child's weight. */
export interface FigureKind {
  readonly quantity: Quantity;
  /** Real children one simulated child stands for (1/scale); counts are never written finer. */
  readonly weight: number;
}

/** The kind of figure measure `measureId` gives in a run at `scale`. */
export function figureKind(measureId: string, scale: number): FigureKind {
  return { quantity: quantityOf(measureId), weight: childWeight(scale) };
}

/** The mean and both ends of `e`, rounded alike by the precision rule. */
export function writeEstimate(
  e: Estimate,
  kind: FigureKind,
  options: FigureOptions = {},
  style: NumberStyle = PLAIN_NUMBERS,
): WrittenEstimate {
  const rounding = roundingFor(e, kind.quantity, kind.weight);
  const write = (x: number) => writeFigure(x, rounding, options, style);
  return { mean: write(e.mean), lo: write(e.lo), hi: write(e.hi), rounding };
}

/**
 * Means read side by side, such as a baseline's and a reform's: each rounded by the precision
 * rule, then all to the coarsest of their steps and in the largest of their money units, so the
 * two can be compared digit for digit ("£0.81bn" beside "£770m" could not) and neither is
 * written finer than its own interval supports. A mean above zero that rounds to zero is written
 * as the bound it is under ("<500" in a terminal, "under 500" on the page), not as "0": beside a
 * change of −2,000 a baseline of "0" reads as a contradiction, and the thing did happen.
 *
 * @example
 * writeSideBySide([{ mean: 135.7e9, lo: 135.2e9, hi: 136.2e9 }, { mean: 134.2e9, lo: 132e9, hi: 136.5e9 }], money);
 * // ['£136bn', '£134bn']
 */
export function writeSideBySide(
  estimates: readonly Estimate[],
  kind: FigureKind,
  style: NumberStyle = PLAIN_NUMBERS,
): string[] {
  const roundings = estimates.map((e) => roundingFor(e, kind.quantity, kind.weight));
  const shared: Rounding = {
    quantity: kind.quantity,
    step: Math.max(...roundings.map((r) => r.step)),
    moneyUnit: Math.max(1, ...roundings.map((r) => r.moneyUnit)) as MoneyUnit,
  };
  const zero = writeFigure(0, shared, {}, style);
  return estimates.map((e) => {
    const text = writeFigure(e.mean, shared, {}, style);
    if (text !== zero || !(e.mean > 0)) return text;
    const half = shared.step / 2;
    return `${style.below ?? '<'}${writeFigure(half, { ...shared, step: powerOfTen(decimalExponent(half)) }, {}, style)}`;
  });
}

/**
 * A mean with its 95% interval, as the page, the CLI and the briefing print it:
 * `−10,800 (95% interval −13,100 to −8,500)`; with no interval (one replication, or
 * replications that all agree) `−500 (no interval)`.
 */
export function writeWithInterval(
  e: Estimate,
  kind: FigureKind,
  options: FigureOptions = {},
  style: NumberStyle = PLAIN_NUMBERS,
): string {
  const w = writeEstimate(e, kind, options, style);
  if (w.mean === NO_VALUE) return NO_VALUE;
  if (!(e.lo < e.hi)) return `${w.mean} (no interval)`;
  return `${w.mean} (95% interval ${w.lo} to ${w.hi})`;
}
