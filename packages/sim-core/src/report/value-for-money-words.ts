/**
 * Value for money in words, as the CLI's table and CSV and the app's cost table write it: the
 * change in public spending, the change in the cost to families, and public spending per
 * child-year of unmet need avoided, each with its 95% interval, or "not defined" with why
 * (the rule is in `experiment/value-for-money.ts`).
 */
import { type ValueForMoney, VFM_NOT_DEFINED } from '../experiment/value-for-money.js';
import { figureKind, writeWithInterval } from './figures.js';
import { type NumberStyle, PLAIN_NUMBERS } from './number-format.js';

/** The measure id a CSV row of the ratio is filed under. */
export const VFM_MEASURE_ID = 'public_cost_per_unmet_child_year_avoided';

/** The ratio's name, everywhere it is shown. */
export const VFM_LABEL = 'Public spending per child-year of unmet need avoided';

/** The rule in one paragraph, for tables and pages. */
export const VALUE_FOR_MONEY_RULE =
  'Value for money = change in public spending ÷ child-years of unmet need avoided, with a 95% interval ' +
  'from the replication pairs. It is given only when the reform clearly reduces unmet need; a negative ' +
  'figure means public spending falls as well.';

/** Each value-for-money figure written with its interval. */
export interface ValueForMoneyWords {
  readonly publicSpending: string;
  readonly familyCost: string;
  /** The ratio with its interval, or `not defined: … (why)`. */
  readonly perChildYearAvoided: string;
}

/** `vfm` in words (money rounded as its interval allows, by the precision rule). */
export function valueForMoneyWords(
  vfm: ValueForMoney,
  style: NumberStyle = PLAIN_NUMBERS,
): ValueForMoneyWords {
  const money = figureKind('cost_public', 1);
  const ratio = vfm.perChildYearAvoided;
  return {
    publicSpending: writeWithInterval(vfm.publicSpending, money, { change: true }, style),
    familyCost: writeWithInterval(vfm.familyCost, money, { change: true }, style),
    perChildYearAvoided:
      ratio === undefined
        ? `${VFM_NOT_DEFINED} (${vfm.notDefinedBecause ?? 'no replications'})`
        : writeWithInterval(ratio, money, {}, style),
  };
}
