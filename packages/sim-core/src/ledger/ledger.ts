/**
 * The ledger: every pound booked to exactly one payer, one month and one child.
 *
 * Amounts are whole pence (integers held exactly in doubles up to 2^53, about £90 trillion),
 * so payer totals add up to the grand total exactly, in any order. One-off costs are booked
 * when they happen; running costs (a place, a top-up, lost earnings) are rates per day that
 * the engine sets whenever a child's state changes, and the ledger accrues them month by
 * month between changes.
 */
import { DAYS_PER_YEAR, monthOf } from '../engine/calendar.js';
import { PAYERS, type Payer } from './payers.js';

export const PAYER_COUNT = PAYERS.length;
export const PAYER_INDEX: Readonly<Record<Payer, number>> = Object.fromEntries(
  PAYERS.map((p, i) => [p, i]),
) as Record<Payer, number>;

const PENCE_PER_DAY_PER_POUND_PER_YEAR = 100 / DAYS_PER_YEAR;

export class Ledger {
  /** First day of each month; month m covers [monthStarts[m], monthStarts[m + 1]). */
  private readonly monthStarts: readonly number[];
  /** Pence by month and payer: `months[m * PAYER_COUNT + payer]`. */
  private readonly months: Float64Array;
  /** Pence by child and payer. */
  private childTotals = new Float64Array(1024 * PAYER_COUNT);
  /** Running rates (pence per day) by child and payer, and the day they were last accrued to. */
  private rates = new Float64Array(1024 * PAYER_COUNT);
  private since = new Float64Array(1024);

  constructor(monthStarts: readonly number[]) {
    if (monthStarts.length < 2) throw new Error('Ledger: need at least one month');
    this.monthStarts = monthStarts;
    this.months = new Float64Array((monthStarts.length - 1) * PAYER_COUNT);
  }

  get monthCount(): number {
    return this.monthStarts.length - 1;
  }

  /** Book a one-off cost of `pounds` to `payer` for `child` on `day`. */
  book(child: number, payer: number, pounds: number, day: number): void {
    this.add(child, payer, Math.round(pounds * 100), this.monthOf(day));
  }

  /**
   * Set `child`'s running costs from `day` on (pounds per year by payer). What accrued at the
   * old rates since the last change is booked first.
   */
  setRunningCosts(child: number, poundsPerYear: ArrayLike<number>, day: number): void {
    this.ensure(child);
    const base = child * PAYER_COUNT;
    let same = true;
    for (let p = 0; p < PAYER_COUNT; p++) {
      if (this.rates[base + p] !== (poundsPerYear[p] ?? 0) * PENCE_PER_DAY_PER_POUND_PER_YEAR) same = false;
    }
    // Accrual is lazy: nothing needs booking until the rates change.
    if (same) return;
    this.accrue(child, day);
    for (let p = 0; p < PAYER_COUNT; p++)
      this.rates[base + p] = (poundsPerYear[p] ?? 0) * PENCE_PER_DAY_PER_POUND_PER_YEAR;
  }

  /** Book what `child` has accrued up to `day` and stop its running costs. */
  close(child: number, day: number): void {
    this.ensure(child);
    this.accrue(child, day);
    this.rates.fill(0, child * PAYER_COUNT, (child + 1) * PAYER_COUNT);
  }

  /** Pence booked to `payer` in month `m`. */
  monthPence(m: number, payer: number): number {
    return this.months[m * PAYER_COUNT + payer] ?? 0;
  }

  /** Pence booked for `child`, by payer. */
  childPence(child: number): number[] {
    const out: number[] = [];
    for (let p = 0; p < PAYER_COUNT; p++) out.push(this.childTotals[child * PAYER_COUNT + p] ?? 0);
    return out;
  }

  /**
   * Pence for `child` by payer as at `day`: what is booked plus running costs accrued since
   * the last change of rates (which the ledger books lazily).
   */
  childPenceAt(child: number, day: number): number[] {
    const booked = this.childPence(child);
    const since = this.since[child] ?? day;
    if (day <= since) return booked;
    return booked.map(
      (pence, p) => pence + Math.round((this.rates[child * PAYER_COUNT + p] ?? 0) * (day - since)),
    );
  }

  /** Running rate for `child` and `payer`, pounds per year (for traces). */
  runningPoundsPerYear(child: number, payer: number): number {
    return (this.rates[child * PAYER_COUNT + payer] ?? 0) / PENCE_PER_DAY_PER_POUND_PER_YEAR;
  }

  private accrue(child: number, day: number): void {
    let from = this.since[child]!;
    this.since[child] = day;
    if (day <= from) return;
    const base = child * PAYER_COUNT;
    let active = false;
    for (let p = 0; p < PAYER_COUNT; p++) if (this.rates[base + p] !== 0) active = true;
    if (!active) return;
    // Split [from, day) at month boundaries so each month gets its own share.
    let m = this.monthOf(from);
    while (from < day) {
      const end = Math.min(day, this.monthStarts[m + 1] ?? day);
      const days = end - from;
      for (let p = 0; p < PAYER_COUNT; p++) {
        const rate = this.rates[base + p]!;
        if (rate !== 0) this.add(child, p, Math.round(rate * days), m);
      }
      from = end;
      if (m < this.monthCount - 1) m++;
      else if (end < day) {
        // Past the last month: book the remainder there rather than lose it.
        for (let p = 0; p < PAYER_COUNT; p++) {
          const rate = this.rates[base + p]!;
          if (rate !== 0) this.add(child, p, Math.round(rate * (day - end)), m);
        }
        break;
      }
    }
  }

  private add(child: number, payer: number, pence: number, month: number): void {
    if (pence === 0) return;
    this.ensure(child);
    this.months[month * PAYER_COUNT + payer]! += pence;
    this.childTotals[child * PAYER_COUNT + payer]! += pence;
  }

  private monthOf(day: number): number {
    return monthOf(this.monthStarts, day);
  }

  private ensure(child: number): void {
    if (child < this.since.length) return;
    let n = this.since.length;
    while (n <= child) n *= 2;
    const grow = (a: Float64Array, size: number) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.childTotals = grow(this.childTotals, n * PAYER_COUNT);
    this.rates = grow(this.rates, n * PAYER_COUNT);
    const since = new Float64Array(n);
    since.set(this.since);
    this.since = since;
  }
}
