/**
 * The high-needs budget pressure councils feel: how far their high-needs spending has grown
 * beyond what high-needs funding would pay for, the signal behind gatekeeping
 * (`council-decisions.ts`).
 *
 * The model has no funding side yet, so the funded level is a declared proxy: the group's own
 * high-needs spending in the first twelve months of the run, less the excess councils were
 * already carrying at the start date (`la.highNeedsExcessAtStart`: a run that starts in 2023
 * starts in motion, under the pressure a run from 2019 has built up by then), grown at
 * `la.highNeedsFundingGrowth` a year, the real growth of high-needs funding. The excess holds
 * at its starting value until, each 1 April (the start of the financial year, when councils set
 * budgets) from the third on, a group compares its last twelve months' spending with that level;
 * the excess is the share by which spending exceeds it (0 when within it), and it holds for the
 * year. The reported spending above the funded level starts at that first comparison.
 *
 * Each partition (group of areas) reads only its own ledger at the start of a month, so the
 * signal is the same however the partitions are spread over threads.
 */
import { exp, log } from '../foundation/portable-math.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** April, as a 0-based month. */
const APRIL = 3;
const MONTHS_PER_YEAR = 12;

export class HighNeedsPressure {
  /** Spending beyond the funded level, as a share of it (0 when within it). */
  excess = 0;
  /** Spending beyond the funded level over the last twelve months (pence; negative when within it). */
  overFundingPence = 0;

  /**
   * `monthOfYear(m)`: the calendar month (0–11) month `m` of the run starts in.
   */
  constructor(
    private readonly monthOfYear: (m: number) => number,
    private readonly excessAtStart: number,
  ) {
    this.excess = excessAtStart;
  }

  /**
   * At the start of run month `m`: on a 1 April with two years of spending behind it, reset
   * the excess from `spent(k)`, the group's high-needs pence in run month k. True when it did.
   */
  update(m: number, spent: (k: number) => number, p: Params): boolean {
    if (this.monthOfYear(m) !== APRIL || m < 2 * MONTHS_PER_YEAR) return false;
    let base = 0;
    for (let k = 0; k < MONTHS_PER_YEAR; k++) base += spent(k);
    let recent = 0;
    for (let k = m - MONTHS_PER_YEAR; k < m; k++) recent += spent(k);
    if (!(base > 0)) return false;
    const years = (m - MONTHS_PER_YEAR) / MONTHS_PER_YEAR;
    const funded = (base / (1 + this.excessAtStart)) * exp(years * log(1 + p['la.highNeedsFundingGrowth']));
    this.overFundingPence = recent - funded;
    this.excess = Math.max(0, recent / funded - 1);
    return true;
  }
}
