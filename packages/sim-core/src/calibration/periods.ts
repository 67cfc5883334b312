/**
 * Statistical periods as months of a run: a January snapshot, a calendar year, an academic
 * year (September to August, as tribunal statistics use) or a financial year (April to
 * March, as spending statistics use). Months count from the first month of the run's start
 * year.
 */

/** A snapshot on the first of month `month`, or the months `[from, to)`. */
export type PeriodSpan =
  | { readonly kind: 'snapshot'; readonly month: number }
  | { readonly kind: 'span'; readonly from: number; readonly to: number };

/**
 * The months a period covers, relative to January of `startYear`, or an error message.
 *
 * @example
 * periodSpan('AY 2022/23', 2019) // { kind: 'span', from: 44, to: 56 } (Sep 2022 – Aug 2023)
 */
export function periodSpan(period: string, startYear: number): PeriodSpan | string {
  const snapshot = /^Jan (\d{4})$/.exec(period);
  if (snapshot !== null) return { kind: 'snapshot', month: (Number(snapshot[1]) - startYear) * 12 };
  const calendar = /^CY (\d{4})$/.exec(period);
  if (calendar !== null) return span((Number(calendar[1]) - startYear) * 12);
  const split = /^(AY|FY) (\d{4})\/(\d{2})$/.exec(period);
  if (split !== null) {
    const year = Number(split[2]);
    if ((year + 1) % 100 !== Number(split[3]))
      return `a period whose second year follows the first, found '${period}'`;
    return span((year - startYear) * 12 + (split[1] === 'AY' ? 8 : 3));
  }
  return `a period 'Jan YYYY', 'CY YYYY', 'AY YYYY/YY' or 'FY YYYY/YY', found '${period}'`;
}

function span(from: number): PeriodSpan {
  return { kind: 'span', from, to: from + 12 };
}

/** The last month index a period needs (for how long a backtest must run). */
export function lastMonth(span: PeriodSpan): number {
  return span.kind === 'snapshot' ? span.month : span.to;
}
