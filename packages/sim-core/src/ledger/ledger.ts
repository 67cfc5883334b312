/**
 * The ledger: every pound booked to exactly one payer, one month and one child.
 *
 * Amounts are whole pence, so payer totals add up to the grand total exactly, in any order.
 * One-off costs are booked when they happen. Running costs (a place, a top-up, lost earnings)
 * are rates in whole pence per day that the engine sets whenever a child's state changes, and
 * they accrue for each whole day (from the midnight after a change): the ledger adds the
 * change to each payer's daily total, which accrues month by month (`DailyTotals`), so a rate
 * change costs O(1) however long the spell before it.
 *
 * A child's rates are one of few distinct vectors (a state's costs under a scenario's prices),
 * so the ledger keeps each distinct vector once and a child holds its vector's number. What each
 * child has cost so far is kept only when asked for (traces, the "same child, two systems"
 * table, the invariant tests); it is then its rates times its whole days, so the children's
 * totals add up exactly to the months'.
 */
import { DAYS_PER_YEAR, monthOf } from '../foundation/calendar.js';
import { PAYERS, type Payer } from '../foundation/payers.js';
import { DailyTotals } from '../metrics/daily-totals.js';

export const PAYER_COUNT = PAYERS.length;
/**
 * A memo column after the payers: pence of ringfenced SEN money moved from the LA high-needs
 * budget to schools, already within both payers' rows (schools +, LA high needs −). It is no
 * payer's cost; the DSG account reads it to see the high-needs block's spending gross of the
 * move (`Ledger.monthPence(m, MOVED_FROM_HIGH_NEEDS)`).
 */
export const MOVED_FROM_HIGH_NEEDS = PAYER_COUNT;
/**
 * A memo column: pence of home-to-school transport, already within LA other's row (cost-model.ts).
 * It is no payer's cost; the engine reports it as the `home_to_school_transport` metric.
 */
export const HOME_TO_SCHOOL_TRANSPORT = PAYER_COUNT + 1;
/**
 * Memo columns: pence of residential special school placements' cost over the day place, already
 * within children's social care's and health's rows (cost-model.ts); reported as the
 * `residential_placement_social_care` and `residential_placement_health` metrics.
 */
export const RESIDENTIAL_SOCIAL_CARE = PAYER_COUNT + 2;
export const RESIDENTIAL_HEALTH = PAYER_COUNT + 3;
/** Columns a running-cost vector and the ledger's months hold: the payers, then the memos. */
export const LEDGER_COLUMNS = PAYER_COUNT + 4;
export const PAYER_INDEX: Readonly<Record<Payer, number>> = Object.fromEntries(
  PAYERS.map((p, i) => [p, i]),
) as Record<Payer, number>;

/** Rate vectors a ledger can tell apart (a child's vector number is 16 bits). */
const MAX_RATE_VECTORS = 0xffff;

/** Whole pence per day for a cost of `poundsPerYear` (a year of 365.25 days; at most half a penny a day off). */
export function pencePerDay(poundsPerYear: number): number {
  return Math.round((poundsPerYear * 100) / DAYS_PER_YEAR);
}

export interface LedgerOptions {
  /** Keep each child's total by payer (`childPence`); default true. */
  readonly perChild?: boolean;
}

export class Ledger {
  /** First day of each month; month m covers [monthStarts[m], monthStarts[m + 1]). */
  private readonly monthStarts: readonly number[];
  /**
   * Pence by payer: running pence per day, accrued by month, with one-off pence added to their
   * month as they are booked. Every amount is whole pence, so the months are exact sums (far
   * below 2^53) whatever the order the two kinds arrive in.
   */
  private readonly pence: DailyTotals;
  /**
   * Distinct running-rate vectors (whole pence per day by payer: 32-bit integers hold up to £7.8bn
   * a year); vector 0 is all zeros. Prices that move add vectors each year, so the store grows by a
   * quarter, not by doubling: it is a tenth of a 1% run's table bytes otherwise.
   */
  private vectors = new Int32Array(16 * LEDGER_COLUMNS);
  private vectorCount = 1;
  /**
   * Which vector holds which rates: an open-addressing hash table of vector numbers + 1 (0 is an
   * empty slot), probed linearly from a hash of the rates and kept under half full. Numbers in
   * typed arrays, not a Map keyed by the rates joined into a string: each partition asks for a
   * few hundred vectors every price year, and string keys held 60 KB a partition and made a
   * string per question. A vector's number is still the order it was first asked for.
   */
  private vectorSlots = new Int32Array(64);
  /** The rates being looked up (whole pence per day by column), reused for every question. */
  private readonly asked = new Int32Array(LEDGER_COLUMNS);
  /** Per child: its rate vector (kept only by `setRate`, and when each child's totals are). */
  private rateId = new Uint16Array(0);
  /** Per child, when totals are kept: pence by payer, and the day its running costs were last added. */
  private childTotals: Float64Array | undefined;
  private since: Int32Array | undefined;

  constructor(monthStarts: readonly number[], options: LedgerOptions = {}) {
    if (monthStarts.length < 2) throw new Error('Ledger: need at least one month');
    this.monthStarts = monthStarts;
    this.pence = new DailyTotals(monthStarts, LEDGER_COLUMNS);
    this.insertSlot(0);
    if (options.perChild ?? true) {
      this.childTotals = new Float64Array(0);
      this.since = new Int32Array(0);
    }
  }

  get monthCount(): number {
    return this.monthStarts.length - 1;
  }

  /** Whether each child's total is kept. */
  get perChild(): boolean {
    return this.childTotals !== undefined;
  }

  /** Bytes held (for memory accounting). */
  get bytes(): number {
    return (
      this.rateId.byteLength +
      (this.childTotals?.byteLength ?? 0) +
      (this.since?.byteLength ?? 0) +
      this.vectors.byteLength +
      this.vectorSlots.byteLength +
      this.pence.months().byteLength
    );
  }

  /** Book a one-off cost of `pounds` to `payer` for `child` on `day`. */
  book(child: number, payer: number, pounds: number, day: number): void {
    const pence = Math.round(pounds * 100);
    if (pence === 0) return;
    this.pence.add(monthOf(this.monthStarts, day), payer, pence);
    if (this.childTotals !== undefined) {
      this.ensure(child);
      this.childTotals[child * LEDGER_COLUMNS + payer]! += pence;
    }
  }

  /**
   * The number of the rate vector for these running costs (pounds per year by payer, then the
   * memo of money moved from high needs), for `setRate`. Equal costs always get the same number.
   */
  rateVector(poundsPerYear: ArrayLike<number>): number {
    const { asked } = this;
    for (let p = 0; p < LEDGER_COLUMNS; p++) {
      const rate = pencePerDay(poundsPerYear[p] ?? 0);
      // A rate a 32-bit integer cannot hold would be stored wrong (over £7.8bn a year).
      if ((rate | 0) !== rate)
        throw new Error(
          `Ledger: a running cost of ${poundsPerYear[p]} pounds a year (column ${p}) is out of range`,
        );
      asked[p] = rate;
    }
    const mask = this.vectorSlots.length - 1;
    for (let slot = hashRates(asked, 0) & mask; ; slot = (slot + 1) & mask) {
      const held = this.vectorSlots[slot]!;
      if (held === 0) break;
      if (this.holds(held - 1, asked)) return held - 1;
    }
    if (this.vectorCount === MAX_RATE_VECTORS) throw new Error('Ledger: too many distinct running costs');
    const id = this.vectorCount++;
    if (id * LEDGER_COLUMNS >= this.vectors.length) {
      const grown = new Int32Array(Math.ceil((this.vectors.length / LEDGER_COLUMNS) * 1.25) * LEDGER_COLUMNS);
      grown.set(this.vectors);
      this.vectors = grown;
    }
    this.vectors.set(asked, id * LEDGER_COLUMNS);
    this.insertSlot(id);
    return id;
  }

  /** Whether vector `id` holds exactly `rates`. */
  private holds(id: number, rates: Int32Array): boolean {
    const at = id * LEDGER_COLUMNS;
    for (let p = 0; p < LEDGER_COLUMNS; p++) if (this.vectors[at + p] !== rates[p]) return false;
    return true;
  }

  /** File vector `id` (already stored) under its rates' hash, doubling the table past half full. */
  private insertSlot(id: number): void {
    if (2 * this.vectorCount > this.vectorSlots.length) {
      const old = this.vectorSlots;
      this.vectorSlots = new Int32Array(old.length * 2);
      for (const held of old) if (held !== 0) this.place(held - 1);
    }
    this.place(id);
  }

  private place(id: number): void {
    const mask = this.vectorSlots.length - 1;
    let slot = hashRates(this.vectors, id * LEDGER_COLUMNS) & mask;
    while (this.vectorSlots[slot] !== 0) slot = (slot + 1) & mask;
    this.vectorSlots[slot] = id + 1;
  }

  /** Set `child`'s running costs to rate vector `id` from `day` on. */
  setRate(child: number, id: number, day: number): void {
    this.ensure(child);
    const old = this.rateId[child]!;
    if (old === id) return;
    this.changeRate(child, old, id, day);
    this.rateId[child] = id;
  }

  /**
   * `setRate` for a caller that keeps each child's vector number itself (the engine keeps it in
   * the child's row): `child` moves from vector `from` to vector `to` on `day`.
   */
  changeRate(child: number, from: number, to: number, day: number): void {
    const { vectors } = this;
    const a = from * LEDGER_COLUMNS;
    const b = to * LEDGER_COLUMNS;
    for (let p = 0; p < LEDGER_COLUMNS; p++) {
      const delta = vectors[b + p]! - vectors[a + p]!;
      if (delta !== 0) this.pence.change(p, delta, day);
    }
    if (this.childTotals !== undefined) {
      this.ensure(child);
      this.addRunning(child, from, Math.ceil(day));
      this.rateId[child] = to;
    }
  }

  /** Set `child`'s running costs from `day` on (pounds per year by payer). */
  setRunningCosts(child: number, poundsPerYear: ArrayLike<number>, day: number): void {
    this.setRate(child, this.rateVector(poundsPerYear), day);
  }

  /** Stop `child`'s running costs on `day`. */
  close(child: number, day: number): void {
    this.setRate(child, 0, day);
  }

  /** Accrue running costs up to `day` (the end of the run), before months are read. */
  settle(day: number): void {
    this.pence.accrueTo(Math.ceil(day));
  }

  /** Pence booked to `payer` (or a memo: `MOVED_FROM_HIGH_NEEDS`, `HOME_TO_SCHOOL_TRANSPORT`, `RESIDENTIAL_SOCIAL_CARE`, `RESIDENTIAL_HEALTH`) in month `m` (running costs up to the last `settle` or rate change). */
  monthPence(m: number, payer: number): number {
    return this.pence.inMonth(m, payer);
  }

  /** Pence booked for `child`, by payer (the ledger must keep totals per child). */
  childPence(child: number): number[] {
    const totals = this.totals();
    const out: number[] = [];
    for (let p = 0; p < PAYER_COUNT; p++) out.push(totals[child * LEDGER_COLUMNS + p] ?? 0);
    return out;
  }

  /** Pence for `child` by payer as at `day`: what is booked plus running costs since its last change. */
  childPenceAt(child: number, day: number): number[] {
    const booked = this.childPence(child);
    if (child >= this.rateId.length) return booked;
    const days = Math.ceil(day) - this.since![child]!;
    const base = this.rateId[child]! * LEDGER_COLUMNS;
    return days <= 0 ? booked : booked.map((pence, p) => pence + this.vectors[base + p]! * days);
  }

  private totals(): Float64Array {
    if (this.childTotals === undefined) throw new Error('Ledger: this ledger does not keep totals per child');
    return this.childTotals;
  }

  /** Add `child`'s running costs at rate vector `id` for the whole days since its last change, up to `day`. */
  private addRunning(child: number, id: number, day: number): void {
    const since = this.since!;
    const days = day - since[child]!;
    since[child] = day;
    if (id === 0 || days <= 0) return;
    const totals = this.childTotals!;
    for (let p = 0; p < LEDGER_COLUMNS; p++)
      totals[child * LEDGER_COLUMNS + p]! += this.vectors[id * LEDGER_COLUMNS + p]! * days;
  }

  private ensure(child: number): void {
    if (child < this.rateId.length) return;
    let n = Math.max(16, this.rateId.length);
    while (n <= child) n = Math.ceil(n * 1.5);
    const rateId = new Uint16Array(n);
    rateId.set(this.rateId);
    this.rateId = rateId;
    if (this.childTotals !== undefined && this.since !== undefined) {
      const totals = new Float64Array(n * LEDGER_COLUMNS);
      totals.set(this.childTotals);
      this.childTotals = totals;
      const since = new Int32Array(n);
      since.set(this.since);
      this.since = since;
    }
  }
}

/** FNV-1a over a vector's 32-bit words (from `at`): where its lookup starts in the hash table. */
function hashRates(rates: Int32Array, at: number): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < LEDGER_COLUMNS; p++) h = Math.imul(h ^ rates[at + p]!, 0x01000193);
  return h >>> 0;
}
