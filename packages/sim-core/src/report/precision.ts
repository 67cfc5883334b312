/**
 * How precisely a result is written: one rule for the headline, the cards, the tables, the
 * CLI, the CSV files' labels and the briefing, so a figure reads the same wherever it appears
 * and never claims more than the run can tell.
 *
 * The rule, for a mean with its 95% interval (`roundingFor`): the mean and both ends are
 * rounded to one step, a power of ten,
 * 1. set by the interval's half-width: the place of its first significant figure, or the next
 *    place down when that figure is 1 or 2 (±4,000 → thousands, ±2,300 → hundreds; £±0.5bn →
 *    £0.1bn). So the step is at most a third of the half-width (rounding moves no figure by more
 *    than a sixth of it) and more than a thirtieth of it (no digit finer than the interval can
 *    support);
 * 2. never finer than one simulated child for a count (children, events, child-years): the
 *    smallest power of ten at least the weight of one simulated child, 1/scale (scale 0.01: 100;
 *    scale 0.005: 200, so thousands);
 * 3. never finer than £1, a tenth of a percentage point or a tenth of a day;
 * 4. with no interval (one replication, or replications that all agree): the weight of one
 *    simulated child for a count, two significant figures for anything else.
 * Both ends and the mean share the step, so the rounded interval always contains the rounded
 * mean. Means read side by side (a baseline and a reform) share the coarser of their steps and
 * one unit (`writeSideBySide`). Money is written in £bn from £1bn, £m from £1m and whole pounds below, one unit for a
 * mean and its interval (that of the largest of the three); shares as percentages.
 *
 * Deterministic: exponents come from `toExponential` and powers of ten from parsing `1eN`, both
 * exact in every engine (`Math.log10` and `**` are not specified to the last bit).
 */
import type { Estimate } from '../experiment/experiment-types.js';
import { findRunMeasure } from '../experiment/metric-over-run.js';

/** What a figure measures, which sets its finest step and how it is written. */
export type Quantity = 'count' | 'money' | 'share' | 'days' | 'number';

/** The unit money is written in: pounds, £m or £bn. */
export type MoneyUnit = 1 | 1e6 | 1e9;

/** How a mean and its interval are rounded: the step (in the figure's own units, a share as 0–1) and, for money, the unit. */
export interface Rounding {
  readonly quantity: Quantity;
  /** A power of ten: every figure is a whole number of steps. */
  readonly step: number;
  readonly moneyUnit: MoneyUnit;
}

/** The finest step for each quantity but counts (whose finest step comes from the scale). */
export const FINEST: Readonly<Record<Exclude<Quantity, 'count'>, number>> = {
  money: 1,
  share: 0.001,
  days: 0.1,
  number: 1e-6,
};

/** The power of ten of `x`'s first significant figure (x > 0 and finite): 2,300 → 3, 0.05 → −2. */
export function decimalExponent(x: number): number {
  return Number(x.toExponential().split('e')[1]);
}

/** 10^k, exactly as the decimal literal `1ek` reads. */
export function powerOfTen(k: number): number {
  return Number(`1e${k}`);
}

/**
 * The finest step a figure of `quantity` is written to. For a count, the smallest power of ten
 * at least `weight`, the number of real children one simulated child stands for (1/scale).
 */
export function finestStep(quantity: Quantity, weight = 1): number {
  if (quantity !== 'count') return FINEST[quantity];
  if (!(weight > 1)) return 1;
  const p = powerOfTen(decimalExponent(weight));
  // 1/0.01 may come out a hair off 100: a step within a billionth of the weight is the weight.
  return p >= weight * (1 - 1e-9) ? p : p * 10;
}

/**
 * The rounding for `e` (a mean and its 95% interval) of `quantity`, by the rule in this file's
 * header; `weight` is what one simulated child stands for (1/scale), used for counts.
 *
 * @example
 * roundingFor({ mean: 4.1e9, lo: 3.6e9, hi: 4.6e9 }, 'money').step; // 1e8: £4.1bn (£3.6bn to £4.6bn)
 * roundingFor({ mean: 266_800, lo: 249_405, hi: 284_195 }, 'count', 200).step; // 1000: 267,000 (249,000 to 284,000)
 */
export function roundingFor(e: Estimate, quantity: Quantity, weight = 1): Rounding {
  const finest = finestStep(quantity, weight);
  // A third of the half-width: its first significant figure's place is the step (rule 1).
  const third = (e.hi - e.lo) / 6;
  const largest = Math.max(Math.abs(e.mean), Math.abs(e.lo), Math.abs(e.hi));
  let step: number;
  if (third > 0 && Number.isFinite(third)) step = powerOfTen(decimalExponent(third));
  else if (quantity === 'count' || !(largest > 0) || !Number.isFinite(largest)) step = finest;
  else step = powerOfTen(decimalExponent(largest) - 1);
  return { quantity, step: Math.max(step, finest), moneyUnit: moneyUnitFor(largest) };
}

/** £bn from £1bn, £m from £1m, pounds below. */
function moneyUnitFor(largest: number): MoneyUnit {
  if (largest >= 1e9) return 1e9;
  if (largest >= 1e6) return 1e6;
  return 1;
}

/** What a measure (a metric id, or `cost_<payer>` / `cost_total`) counts, for its rounding. */
export function quantityOf(measureId: string): Quantity {
  const measure = findRunMeasure(measureId);
  if (measure === undefined) return 'number';
  switch (measure.kind) {
    case 'cost':
      return 'money';
    case 'share':
      return 'share';
    case 'meanDays':
      return 'days';
    default:
      // A signed metric is a balance in pounds (spending above the funded level), not a count;
      // so is a money flow (high-needs income and spending).
      return measure.bounds === 'signed' || measure.money === true ? 'money' : 'count';
  }
}

/**
 * What a calibration target's unit counts: `share…` a share, `GBP…` money, anything else
 * (plans, appeals, pupils, requests) a count of children or events.
 */
export function quantityOfUnit(unit: string): Quantity {
  if (unit.startsWith('share')) return 'share';
  if (unit.startsWith('GBP')) return 'money';
  return 'count';
}

/** What one simulated child stands for in a run at `scale` (the share of England simulated). */
export function childWeight(scale: number): number {
  return scale > 0 ? 1 / scale : 1;
}
