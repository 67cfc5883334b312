/**
 * A group of areas' dedicated schools grant (DSG) account: high-needs income against the
 * high-needs spending the ledger books, and the cumulative deficit they leave, month by month.
 *
 * - Spending is what the group's ledger books to `laHighNeeds` (top-ups, state, independent
 *   and further education places for plan holders, alternative provision): the high-needs
 *   block's spending in the model. School notional budgets (the schools block), transport,
 *   assessment and tribunal costs (councils' general fund) are not high-needs block spending.
 * - Income is the group's share of the national block (`high-needs-block.ts`): a tenth of
 *   England's children each, so a tenth of the block × `dsg.modelledShareOfBlock` × the run's
 *   scale, spread evenly over the financial year's months.
 * - The deficit starts at the group's share of `dsg.deficitAtStart` and each month moves by
 *   spending − income; on 1 April a write-off (`dsg.writeOffShare` in `dsg.writeOffYear`) or a
 *   Safety Valve instalment paid by the DfE reduces it (`paidByDfe`).
 *
 * Behaviour: while the statutory override holds (`dsg.statutoryOverride` = 1) the deficit is
 * kept off councils' balance sheets and changes nothing they do. Without it, councils feel the
 * deficit as extra budget pressure, `dsg.deficitPressure` × (deficit ÷ a year's income),
 * fixed each 1 April; under a Safety Valve agreement they gatekeep harder by
 * `dsg.safetyValveExtraExcess` while it runs. Both add to the excess `council-decisions.ts`
 * reads; with neither, the excess is exactly the budget-pressure proxy's.
 */

import { financialYearOf } from '../foundation/calendar.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { highNeedsBlockPounds } from './high-needs-block.js';

/** What one month start did to the account. */
export interface DsgMonth {
  /** Pence of income over the month just closed. */
  readonly incomePence: number;
  /** Pence paid by the DfE towards the deficit at this month start (write-off, Safety Valve). */
  readonly paidByDfePence: number;
  /** Whether the extra pressure councils feel changed (their decisions must be re-read). */
  readonly pressureChanged: boolean;
}

export class DsgAccount {
  /** Cumulative deficit (pence; negative is a surplus). */
  deficitPence: number;
  /** The group's share of national money: the run's scale over the number of groups. */
  private readonly share: number;
  /** Max(0, deficit) ÷ the coming financial year's income, fixed each 1 April. */
  private deficitRatio = 0;
  /** Safety Valve: instalments still to pay, their size (pence), and whether an agreement was made. */
  private instalmentsLeft = 0;
  private instalmentPence = 0;
  private agreed = false;
  /** Whether an agreement's instalment was paid this financial year (councils then gatekeep harder). */
  private agreementRuns = false;
  private writtenOff = false;

  /**
   * `dateOf(m)`: the calendar year and month (0–11) run month `m` starts in; `share`: the
   * group's share of national money (scale ÷ groups).
   */
  constructor(
    private readonly dateOf: (m: number) => { readonly year: number; readonly month0: number },
    share: number,
    startParams: Params,
  ) {
    this.share = share;
    this.deficitPence = startParams['dsg.deficitAtStart'] * 100 * share;
  }

  /** The group's income (pence) in one month of the financial year starting in `startYear`. */
  monthIncomePence(startYear: number, p: Params): number {
    const block = highNeedsBlockPounds(startYear, p['dsg.highNeedsBlockGrowth']);
    return (block * p['dsg.modelledShareOfBlock'] * this.share * 100) / 12;
  }

  /**
   * At the start of run month `m` (m ≥ 1): close month m − 1 with `spentPence` of high-needs
   * spending, then, on a 1 April that is not the run's end (`last`), apply any write-off or
   * Safety Valve instalment due and fix the deficit's pressure for the year.
   */
  startMonth(m: number, spentPence: number, p: Params, last: boolean): DsgMonth {
    const closed = this.dateOf(m - 1);
    const incomePence = this.monthIncomePence(financialYearOf(closed.year, closed.month0), p);
    this.deficitPence += spentPence - incomePence;
    const { year, month0 } = this.dateOf(m);
    if (month0 !== 3 || last) return { incomePence, paidByDfePence: 0, pressureChanged: false };
    let paid = 0;
    if (!this.writtenOff && p['dsg.writeOffShare'] > 0 && year === p['dsg.writeOffYear']) {
      this.writtenOff = true;
      if (this.deficitPence > 0) paid += p['dsg.writeOffShare'] * this.deficitPence;
    }
    if (!this.agreed && p['dsg.safetyValve'] > 0 && year === p['dsg.safetyValveFromYear']) {
      // Only a group in deficit signs; the DfE's support is a share of the deficit at signing.
      this.agreed = true;
      const years = Math.max(1, Math.round(p['dsg.safetyValveYears']));
      if (this.deficitPence - paid > 0) {
        this.instalmentsLeft = years;
        this.instalmentPence = (p['dsg.safetyValveSupportShare'] * (this.deficitPence - paid)) / years;
      }
    }
    const before = this.extraExcess(p);
    this.agreementRuns = this.instalmentsLeft > 0;
    if (this.agreementRuns) {
      paid += this.instalmentPence;
      this.instalmentsLeft--;
    }
    this.deficitPence -= paid;
    const income = 12 * this.monthIncomePence(year, p);
    this.deficitRatio = income > 0 ? Math.max(0, this.deficitPence) / income : 0;
    return { incomePence, paidByDfePence: paid, pressureChanged: this.extraExcess(p) !== before };
  }

  /**
   * Budget pressure councils feel from the deficit and any Safety Valve agreement, under `p`:
   * exactly 0 while the override holds and no agreement runs.
   */
  extraExcess(p: Params): number {
    const fromDeficit = p['dsg.statutoryOverride'] >= 1 ? 0 : p['dsg.deficitPressure'] * this.deficitRatio;
    const fromAgreement = this.agreementRuns ? p['dsg.safetyValveExtraExcess'] : 0;
    return fromDeficit + fromAgreement;
  }
}
