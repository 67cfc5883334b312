/**
 * Value for money of a reform (issue 11, requirement 2): the change in public spending per
 * child-year of unmet need avoided, with the change in public spending and in the cost to
 * families beside it. The CLI and the app both ask `valueForMoney`, so they always agree.
 *
 * The rule, for replication pairs r (reform − baseline, common random numbers):
 * 1. ΔP_r = change in public spending (the nine public payers, summed over the run) and
 *    A_r = child-years of unmet need avoided = −(change in unmet_need_child_years).
 * 2. The ratio is defined only when the reform clearly reduces unmet need: the change in
 *    unmet-need child-years must be clearly down by `judgeChange` (at least 3 replications, an
 *    interval with width that lies wholly below zero, resting on enough simulated children).
 *    Otherwise it is "not defined: the reform does not clearly reduce unmet need": a ratio whose
 *    denominator may be zero, or negative, has no meaning and is never printed.
 * 3. When defined: R = ΣΔP_r ÷ ΣA_r (the ratio of the means), and its 95% interval is paired, by
 *    the delta method on the replication pairs: d_r = ΔP_r − R·A_r, half-width
 *    t(n−1) × sd(d) ÷ √n ÷ mean(A). A negative R means public spending falls while unmet need
 *    falls too (the reform saves money and helps).
 */

import { type ChangeVerdict, judgeChange, UNCLEAR_WORDS } from './clear-direction.js';
import type { Estimate, RunMeta } from './experiment-types.js';
import { estimate, tQuantile975 } from './statistics.js';

/** The metric whose avoided child-years are the denominator. */
export const UNMET_NEED_METRIC = 'unmet_need_child_years';

/** What "not defined" says, everywhere it is shown. */
export const VFM_NOT_DEFINED = 'not defined: the reform does not clearly reduce unmet need';

/** Value for money of one reform against its baseline, over the whole run. */
export interface ValueForMoney {
  /** Change in public spending, £ (reform − baseline, paired). */
  readonly publicSpending: Estimate;
  /** Change in the cost to families, £. */
  readonly familyCost: Estimate;
  /** Child-years of unmet need avoided (baseline − reform; positive is fewer). */
  readonly unmetNeedAvoided: Estimate;
  /** £ of public spending per child-year of unmet need avoided; absent when not defined. */
  readonly perChildYearAvoided?: Estimate;
  /** Why the ratio is not defined (after `VFM_NOT_DEFINED`); absent when it is. */
  readonly notDefinedBecause?: string;
}

/**
 * The value-for-money rule (this file's header) from paired per-replication changes:
 * `publicChange[r]`, `familyChange[r]` (£) and `unmetChange[r]` (child-years, reform − baseline).
 *
 * @example
 * valueForMoney([10, 12, 11], [0, 0, 0], [-2, -2.2, -1.9], { reps: 3, scale: 1 });
 * // perChildYearAvoided ≈ { mean: 5.5, … }: £5.5 more public spending per child-year avoided
 */
export function valueForMoney(
  publicChange: readonly number[],
  familyChange: readonly number[],
  unmetChange: readonly number[],
  run: Pick<RunMeta, 'reps' | 'scale'>,
): ValueForMoney {
  const avoided = unmetChange.map((u) => -u);
  const base = {
    publicSpending: estimate(publicChange),
    familyCost: estimate(familyChange),
    unmetNeedAvoided: estimate(avoided),
  };
  const verdict: ChangeVerdict = judgeChange(estimate(unmetChange), UNMET_NEED_METRIC, run);
  if (verdict.direction !== 'down') {
    const why =
      verdict.direction === 'up'
        ? 'unmet need clearly rises'
        : `the change in unmet need is not clear (${UNCLEAR_WORDS[verdict.reason ?? 'interval includes zero']})`;
    return { ...base, notDefinedBecause: why };
  }
  const n = publicChange.length;
  const meanP = base.publicSpending.mean;
  const meanA = base.unmetNeedAvoided.mean;
  const ratio = meanP / meanA;
  let ss = 0;
  for (let r = 0; r < n; r++) {
    const d = publicChange[r]! - ratio * avoided[r]!;
    ss += d * d;
  }
  // The residuals' mean is exactly zero by construction of the ratio of means.
  const half = (tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n)) / meanA;
  return { ...base, perChildYearAvoided: { mean: ratio, lo: ratio - half, hi: ratio + half } };
}
