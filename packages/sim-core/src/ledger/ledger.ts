/**
 * The ledger: every pound booked to exactly one payer, one month and one child.
 *
 * Amounts are whole pence (integers held exactly in doubles up to 2^53, about £90 trillion),
 * so payer totals add up to the grand total exactly, in any order. One-off costs are booked
 * when they happen; running costs (a place, a top-up, lost earnings) are rates per day that
 * the engine sets whenever a child's state changes, and the ledger accrues them month by
 * month between changes.
 *
 * A child's rates are one of few distinct vectors (a state's costs under a scenario's prices),
 * so the ledger keeps each distinct vector once and a child holds its vector's number: 10 bytes
 * a child rather than 120. What each child has cost so far is kept only when asked for
 * (traces, the "same child, two systems" table, the invariant tests).
 */
import { DAYS_PER_YEAR, monthOf } from '../engine/calendar.js';
import { PAYERS, type Payer } from './payers.js';

export const PAYER_COUNT = PAYERS.length;
export const PAYER_INDEX: Readonly<Record<Payer, number>> = Object.fromEntries(
  PAYERS.map((p, i) => [p, i]),
) as Record<Payer, number>;

const PENCE_PER_DAY_PER_POUND_PER_YEAR = 100 / DAYS_PER_YEAR;
/** Rate vectors a ledger can tell apart (a child's vector number is 16 bits). */
const MAX_RATE_VECTORS = 0xffff;

export interface LedgerOptions {
  /** Keep each child's total by payer (`childPence`); default true. */
  readonly perChild?: boolean;
}

export class Ledger {
  /** First day of each month; month m covers [monthStarts[m], monthStarts[m + 1]). */
  private readonly monthStarts: readonly number[];
  /** Pence by month and payer: `months[m * PAYER_COUNT + payer]`. */
  private readonly months: Float64Array;
  /** Distinct running-rate vectors (pence per day by payer); vector 0 is all zeros. */
  private vectors = new Float64Array(16 * PAYER_COUNT);
  private vectorCount = 1;
  private readonly vectorIds = new Map<string, number>([[new Array(PAYER_COUNT).fill(0).join(), 0]]);
  /** Per child: its rate vector and the day it was last accrued to. */
  private rateId = new Uint16Array(1024);
  private since = new Float64Array(1024);
  /** Pence by child and payer, when kept. */
  private childTotals: Float64Array | undefined;

  constructor(monthStarts: readonly number[], options: LedgerOptions = {}) {
    if (monthStarts.length < 2) throw new Error('Ledger: need at least one month');
    this.monthStarts = monthStarts;
    this.months = new Float64Array((monthStarts.length - 1) * PAYER_COUNT);
    if (options.perChild ?? true) this.childTotals = new Float64Array(1024 * PAYER_COUNT);
  }

  get monthCount(): number {
    return this.monthStarts.length - 1;
  }

  /** Whether each child's total is kept. */
  get perChild(): boolean {
    return this.childTotals !== undefined;
  }

  /** Bytes held per child and in the rate vectors (for memory accounting). */
  get bytes(): number {
    return (
      this.rateId.byteLength +
      this.since.byteLength +
      (this.childTotals?.byteLength ?? 0) +
      this.vectors.byteLength +
      this.months.byteLength
    );
  }

  /** Book a one-off cost of `pounds` to `payer` for `child` on `day`. */
  book(child: number, payer: number, pounds: number, day: number): void {
    this.add(child, payer, Math.round(pounds * 100), this.monthOf(day));
  }

  /**
   * The number of the rate vector for these running costs (pounds per year by payer), for
   * `setRate`. Equal costs always get the same number.
   */
  rateVector(poundsPerYear: ArrayLike<number>): number {
    const rates: number[] = [];
    for (let p = 0; p < PAYER_COUNT; p++)
      rates.push((poundsPerYear[p] ?? 0) * PENCE_PER_DAY_PER_POUND_PER_YEAR);
    const key = rates.join();
    let id = this.vectorIds.get(key);
    if (id === undefined) {
      if (this.vectorCount === MAX_RATE_VECTORS) throw new Error('Ledger: too many distinct running costs');
      id = this.vectorCount++;
      if (id * PAYER_COUNT >= this.vectors.length) {
        const grown = new Float64Array(this.vectors.length * 2);
        grown.set(this.vectors);
        this.vectors = grown;
      }
      this.vectors.set(rates, id * PAYER_COUNT);
      this.vectorIds.set(key, id);
    }
    return id;
  }

  /**
   * Set `child`'s running costs from `day` on to rate vector `id`. What accrued at the old
   * rates since the last change is booked first; nothing happens if the rates are the same.
   */
  setRate(child: number, id: number, day: number): void {
    this.ensure(child);
    // Accrual is lazy: nothing needs booking until the rates change.
    if (this.rateId[child] === id) return;
    this.accrue(child, day);
    this.rateId[child] = id;
  }

  /** Set `child`'s running costs from `day` on (pounds per year by payer). */
  setRunningCosts(child: number, poundsPerYear: ArrayLike<number>, day: number): void {
    this.setRate(child, this.rateVector(poundsPerYear), day);
  }

  /** Book what `child` has accrued up to `day` and stop its running costs. */
  close(child: number, day: number): void {
    this.ensure(child);
    this.accrue(child, day);
    this.rateId[child] = 0;
  }

  /** Pence booked to `payer` in month `m`. */
  monthPence(m: number, payer: number): number {
    return this.months[m * PAYER_COUNT + payer] ?? 0;
  }

  /** Pence booked for `child`, by payer (the ledger must keep totals per child). */
  childPence(child: number): number[] {
    const totals = this.childTotals;
    if (totals === undefined) throw new Error('Ledger: this ledger does not keep totals per child');
    const out: number[] = [];
    for (let p = 0; p < PAYER_COUNT; p++) out.push(totals[child * PAYER_COUNT + p] ?? 0);
    return out;
  }

  /**
   * Pence for `child` by payer as at `day`: what is booked plus running costs accrued since
   * the last change of rates (which the ledger books lazily).
   */
  childPenceAt(child: number, day: number): number[] {
    const booked = this.childPence(child);
    const since = child < this.since.length ? this.since[child]! : day;
    if (day <= since) return booked;
    const base = this.rateOf(child) * PAYER_COUNT;
    return booked.map((pence, p) => pence + Math.round(this.vectors[base + p]! * (day - since)));
  }

  /** Running rate for `child` and `payer`, pounds per year (for traces). */
  runningPoundsPerYear(child: number, payer: number): number {
    return this.vectors[this.rateOf(child) * PAYER_COUNT + payer]! / PENCE_PER_DAY_PER_POUND_PER_YEAR;
  }

  private rateOf(child: number): number {
    return child < this.rateId.length ? this.rateId[child]! : 0;
  }

  private accrue(child: number, day: number): void {
    let from = this.since[child]!;
    this.since[child] = day;
    if (day <= from) return;
    const id = this.rateId[child]!;
    if (id === 0) return;
    const base = id * PAYER_COUNT;
    const vectors = this.vectors;
    // Split [from, day) at month boundaries so each month gets its own share.
    let m = this.monthOf(from);
    while (from < day) {
      const end = Math.min(day, this.monthStarts[m + 1] ?? day);
      const days = end - from;
      for (let p = 0; p < PAYER_COUNT; p++) {
        const rate = vectors[base + p]!;
        if (rate !== 0) this.add(child, p, Math.round(rate * days), m);
      }
      from = end;
      if (m < this.monthCount - 1) m++;
      else if (end < day) {
        // Past the last month: book the remainder there rather than lose it.
        for (let p = 0; p < PAYER_COUNT; p++) {
          const rate = vectors[base + p]!;
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
    if (this.childTotals !== undefined) this.childTotals[child * PAYER_COUNT + payer]! += pence;
  }

  private monthOf(day: number): number {
    return monthOf(this.monthStarts, day);
  }

  private ensure(child: number): void {
    if (child < this.since.length) return;
    let n = this.since.length;
    while (n <= child) n = Math.ceil(n * 1.5);
    const rateId = new Uint16Array(n);
    rateId.set(this.rateId);
    this.rateId = rateId;
    const since = new Float64Array(n);
    since.set(this.since);
    this.since = since;
    if (this.childTotals !== undefined) {
      const totals = new Float64Array(n * PAYER_COUNT);
      totals.set(this.childTotals);
      this.childTotals = totals;
    }
  }
}
