/**
 * Running totals that accrue day by day into monthly bins: the pence per day every child's
 * running costs add up to (by payer), or the number of children whose need is unmet.
 *
 * Each total is a whole number that changes only at events, so instead of splitting every
 * child's spell at month boundaries (millions of small additions in a national run), the
 * totals themselves are accrued: a change costs O(1), and the clock passing a month boundary
 * closes that month. Accrual counts whole days: a day is counted in the month it begins, for
 * the totals in force when it begins (at midnight), so every result is an exact whole number
 * whatever the order of the changes.
 */
export class DailyTotals {
  /** The total in force for each series. */
  private readonly current: Float64Array;
  /** Accrued amount by month and series: `byMonth[m * series + s]`. */
  private readonly byMonth: Float64Array;
  /** Whole days accrued so far (days [0, day) are in `byMonth`). */
  private day = 0;
  private month = 0;

  /** `series` totals, accrued over the months starting on `monthStarts` (whole days, ascending). */
  constructor(
    private readonly monthStarts: readonly number[],
    readonly series: number,
  ) {
    this.current = new Float64Array(series);
    this.byMonth = new Float64Array(Math.max(1, monthStarts.length - 1) * series);
  }

  /** Add `delta` to series `s` from the first midnight at or after `time` on. */
  change(s: number, delta: number, time: number): void {
    this.accrueTo(Math.ceil(time));
    this.current[s]! += delta;
  }

  /** Add `amount` to what series `s` accrued in month `m` (something booked at once, not accrued). */
  add(m: number, s: number, amount: number): void {
    this.byMonth[m * this.series + s]! += amount;
  }

  /** The total of series `s` in force now. */
  total(s: number): number {
    return this.current[s]!;
  }

  /** Accrue every day before `day` (a whole day). Days past the last month count in the last month. */
  accrueTo(day: number): void {
    const { monthStarts, current, byMonth, series } = this;
    const last = monthStarts.length - 2;
    while (this.day < day) {
      const end = this.month < last ? Math.min(day, monthStarts[this.month + 1]!) : day;
      const days = end - this.day;
      const base = this.month * series;
      for (let s = 0; s < series; s++) if (current[s] !== 0) byMonth[base + s]! += current[s]! * days;
      this.day = end;
      if (this.month < last && end === monthStarts[this.month + 1]) this.month++;
    }
  }

  /** Add what another (same months and series) accrued, as `months()` gives it, to what this one did. */
  absorb(months: Float64Array): void {
    for (let i = 0; i < this.byMonth.length; i++) this.byMonth[i]! += months[i]!;
  }

  /** What accrued, by month and series (`[m * series + s]`). */
  months(): Float64Array {
    return this.byMonth;
  }

  /** What series `s` accrued in month `m` (call `accrueTo` the end of the run first). */
  inMonth(m: number, s: number): number {
    return this.byMonth[m * this.series + s] ?? 0;
  }
}
