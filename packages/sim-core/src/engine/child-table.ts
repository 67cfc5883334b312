/**
 * Every child of a run in one typed array: a 128-byte row per child holding its id, its
 * journey context, the leaf it is in for each region, its two random streams, its flags and
 * the generation of each of its timers.
 *
 * Why one row rather than an object per child or a column per field: a national run holds
 * over four million children and delivers tens of millions of events to them in no order a
 * cache can predict. An object per child costs ~800 bytes and a pointer chase per field; a
 * column per field costs a cache miss per field. A row keeps everything one event touches in
 * two cache lines, at a fixed 128 bytes a child. Fields are packed as tightly as their ranges
 * allow without changing any value: the doubles the model computes stay doubles, counts of
 * milestones take a byte (a count past 255 throws), and fields of a few values share a byte.
 *
 * `ChildContext` reads and writes a row through the `JourneyContext` interface, so the
 * statechart's guards and updates (plain functions of a context) run on it unchanged.
 *
 * Longer than most files because the layout (the byte offsets) and every accessor that reads
 * it must sit together: splitting them would let a field's offset and its reader drift apart.
 */
import {
  APPEAL_TYPES,
  type AppealType,
  type ChildAttributes,
  copyJourneyContext,
  type JourneyContext,
  PRIMARY_NEEDS,
  type PrimaryNeed,
  type Requester,
  type Sex,
  SUPPORT_LEVELS,
  type SupportLevel,
} from '../journey/journey-context.js';

/** Bytes per child. */
export const ROW_BYTES = 128;
const F64 = ROW_BYTES / 8;
const U32 = ROW_BYTES / 4;
const U16 = ROW_BYTES / 2;

// Float64 slots (bytes 0–47).
const BIRTH_DAY = 0;
const ADVOCACY = 1;
const SEVERITY = 2;
const TRUST = 3;
const REQUESTED_ON = 4;
const PLAN_ISSUED_ON = 5;
// Uint32 slots (bytes 48–79): the event stream and the timing stream, four words each (random-streams.ts).
/** Offset of a child's event stream in `u32`, from the row's first word. */
export const EVENT_STREAM = 12;
/** Offset of a child's timing stream in `u32`. */
export const TIMING_STREAM = 16;
/** Uint32 slot (bytes 80–83): the child's id (the same in every scenario). */
const ID = 20;
/** Uint16 slot (bytes 84–85): the child's stock class (metrics/stock-counts.ts). */
const STOCK_CLASS = 42;
/** Uint16 slot (bytes 86–87): the ledger's number for the child's running costs (ledger.ts). */
const RATE = 43;
// Bytes 88–93: counts of milestones, a byte each (the most a 1% run's child reaches is 5).
const REQUESTS = 88;
const REFUSALS = 89;
const APPEALS_COUNT = 90;
const MEDIATIONS = 91;
const CRISES = 92;
const EXCLUSIONS = 93;
// Bytes 94–97: the leaf of each region (a region has far fewer than 256 leaves).
/** Offset of a child's leaves in `u8`. */
export const LEAVES = 94;
/** Regions a row has room for. */
export const MAX_REGIONS = 4;
const NEED = 98;
const SUPPORT = 99;
/** Byte 100: who requested an assessment (bits 0–1) and the appeal type (bits 2–4). */
const REQUEST_AND_APPEAL = 100;
const APPEAL_SHIFT = 2;
const REQUESTED_BY_MASK = 3;
/** Byte 101: the flags (DEPRIVED … OUT_OF_EDUCATION below). */
const FLAGS = 101;
/** Byte 102: the status bits (ACTIVE, UNMET), then a bit per shared service the child holds or waits for a place in. */
const STATUS = 102;
/**
 * Byte 103: the age band the stocks count the child in (bits 0–2) and the distance code of its
 * specialist placement as its costs and the placement stocks count it (bits 3–4; ledger/
 * placement-distance.ts). The distance is kept, not recomputed, because the shares it follows
 * can change with a policy while a child stays where it is placed: the count must take off what
 * it added.
 */
const AGE_BAND = 103;
const AGE_BAND_MASK = 0x07;
const DISTANCE_SHIFT = 3;
const DISTANCE_MASK = 0x18;
/**
 * Bytes 104–127: a generation per timer. Scheduling or cancelling a timer moves its generation
 * on; an event carries the generation it was scheduled with, so an event whose timer has moved
 * on since is stale and is dropped when reached. The first two timers (need changes and need
 * reviews: rescheduled at every escalation and change of support, about 100 times in the
 * busiest child's 26 years) have 12 bits each, packed in bytes 104–106; the others, scheduled
 * a few dozen times at most, have a byte each (107–127).
 */
const TIMER_GENERATIONS = 104;
const BUSY_TIMERS = 2;
/** Timers a row has room for. */
export const MAX_TIMERS = BUSY_TIMERS + 21;

/** How many generations timer `timer` can go through in one run. */
export function timerGenerationLimit(timer: number): number {
  return timer < BUSY_TIMERS ? 4096 : 256;
}

const DEPRIVED = 1;
const SPECIALIST = 2;
const DELIVERED = 4;
const SEEKS = 8;
const LATE_DECISION = 16;
const LATE_ISSUE = 32;
/** The sex flag: set for 'male'. */
const MALE = 64;
const OUT_OF_EDUCATION = 128;

/** Status bits: in the model (created and not yet retired); need counted as unmet. */
const ACTIVE = 1;
const UNMET = 2;
/** The bit of shared service 0 in the status byte (service s: `SHARED_SERVICE << s`). */
const SHARED_SERVICE = 4;
/** Shared services the status byte has room for. */
const MAX_SHARED_SERVICES = 6;

const REQUESTERS: ReadonlyArray<Requester | 'none'> = ['none', 'family', 'school'];
const APPEALS: ReadonlyArray<AppealType | 'none'> = ['none', ...APPEAL_TYPES];
const MAX_COUNT = 0xff;

function codeOf<T>(values: readonly T[], value: T, field: string): number {
  const i = values.indexOf(value);
  if (i < 0) throw new Error(`ChildTable: ${field} cannot be ${String(value)}`);
  return i;
}

export class ChildTable {
  /** Children created so far; ids are 0 … count − 1. */
  count = 0;
  /** The view `add` writes through. */
  private readonly writer = new ChildContext(this);
  f64: Float64Array;
  u32: Uint32Array;
  u16: Uint16Array;
  u8: Uint8Array;

  /** A table with room for `capacity` children (more are made room for as they come: `reserve`, `add`). */
  constructor(capacity = 1024) {
    const buffer = new ArrayBuffer(Math.max(1, capacity) * ROW_BYTES);
    this.f64 = new Float64Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u8 = new Uint8Array(buffer);
  }

  get capacity(): number {
    return this.u8.length / ROW_BYTES;
  }

  /** Bytes held, rows not yet used included. */
  get bytes(): number {
    return this.u8.byteLength;
  }

  /**
   * Make room for exactly `rows` children in all (when there is less): the engine knows how
   * many children each year brings before they come, so its table holds no rows it never uses.
   */
  reserve(rows: number): void {
    if (rows > this.capacity) this.resize(rows);
  }

  /**
   * Add child `context.id` with its context in the next row, and return the row; it starts
   * active with every leaf 0. Ids must come in ascending order (rows are in id order).
   */
  add(context: JourneyContext): number {
    const id = context.id;
    if (!(Number.isInteger(id) && id >= 0 && id <= 0x7fffffff))
      throw new Error(`ChildTable: a child's id cannot be ${id}`);
    if (this.count > 0 && !(id > this.idOf(this.count - 1)))
      throw new Error(`Child ids must come in order: ${id} after ${this.idOf(this.count - 1)}`);
    const row = this.count;
    if (row >= this.capacity) this.grow(row + 1);
    this.count++;
    this.u32[row * U32 + ID] = id;
    this.u8[row * ROW_BYTES + STATUS] = ACTIVE;
    writeContext(this, this.writer.at(row), context);
    return row;
  }

  /** The child's id (the same in every scenario); rows are numbered within the table. */
  idOf(row: number): number {
    return this.u32[row * U32 + ID]!;
  }

  /**
   * The row of child `id`, or −1 when the table does not hold it. Rows are in id order and a
   * partition's ids are spread evenly (a hash picks them), so the search guesses where the id
   * should be from the ids at the ends of the range: a few rows read (each a cache miss) rather
   * than the twenty of a binary search over a national partition. Every other step halves the
   * range, so ids spread unevenly cost no more than twice a binary search.
   */
  rowOf(id: number): number {
    let lo = 0;
    let hi = this.count - 1;
    for (let step = 0; lo <= hi; step++) {
      const low = this.idOf(lo);
      if (id <= low) return id === low ? lo : -1;
      const high = this.idOf(hi);
      if (id >= high) return id === high ? hi : -1;
      // low < id < high: the row, if any, lies strictly between lo and hi.
      if (hi - lo < 2) return -1;
      const guess =
        step % 2 === 0 ? lo + Math.round(((id - low) / (high - low)) * (hi - lo)) : (lo + hi) >> 1;
      const mid = Math.min(hi - 1, Math.max(lo + 1, guess));
      const at = this.idOf(mid);
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  isActive(row: number): boolean {
    return (this.u8[row * ROW_BYTES + STATUS]! & ACTIVE) !== 0;
  }

  retire(row: number): void {
    this.u8[row * ROW_BYTES + STATUS] = this.u8[row * ROW_BYTES + STATUS]! & ~ACTIVE;
  }

  leaf(row: number, region: number): number {
    return this.u8[row * ROW_BYTES + LEAVES + region]!;
  }

  setLeaf(row: number, region: number, leaf: number): void {
    this.u8[row * ROW_BYTES + LEAVES + region] = leaf;
  }

  birthDay(row: number): number {
    return this.f64[row * F64 + BIRTH_DAY]!;
  }

  /**
   * Read a byte of every cache line of these children's rows and return a number made of them
   * (so the reads cannot be left out): rows about to be used, fetched together, arrive in the
   * time of one fetch rather than of all (children < 0 are skipped).
   */
  touch(children: Int32Array, count: number): number {
    const u8 = this.u8;
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const row = children[k]!;
      if (row < 0 || row >= this.count) continue;
      const at = row * ROW_BYTES;
      sum += u8[at]! + u8[at + 64]! + u8[at + ROW_BYTES - 1]!;
    }
    return sum;
  }

  /** Whether the child's need is counted as unmet (by the accounts). */
  unmet(row: number): boolean {
    return (this.u8[row * ROW_BYTES + STATUS]! & UNMET) !== 0;
  }

  setUnmet(row: number, unmet: boolean): void {
    const at = row * ROW_BYTES + STATUS;
    this.u8[at] = unmet ? this.u8[at]! | UNMET : this.u8[at]! & ~UNMET;
  }

  /** The age band the stocks count the child in. */
  ageBand(row: number): number {
    return this.u8[row * ROW_BYTES + AGE_BAND]! & AGE_BAND_MASK;
  }

  setAgeBand(row: number, band: number): void {
    const at = row * ROW_BYTES + AGE_BAND;
    this.u8[at] = (this.u8[at]! & ~AGE_BAND_MASK) | band;
  }

  /** The distance code (0–3) of the child's specialist placement as counted (placement-distance.ts). */
  placementDistance(row: number): number {
    return (this.u8[row * ROW_BYTES + AGE_BAND]! & DISTANCE_MASK) >> DISTANCE_SHIFT;
  }

  setPlacementDistance(row: number, distance: number): void {
    const at = row * ROW_BYTES + AGE_BAND;
    this.u8[at] = (this.u8[at]! & ~DISTANCE_MASK) | (distance << DISTANCE_SHIFT);
  }

  /** The generation of the child's `timer` (see TIMER_GENERATIONS). */
  timerGeneration(row: number, timer: number): number {
    const u8 = this.u8;
    const at = row * ROW_BYTES + TIMER_GENERATIONS;
    if (timer >= BUSY_TIMERS) return u8[at + 1 + timer]!;
    return timer === 0 ? u8[at]! | ((u8[at + 1]! & 0x0f) << 8) : (u8[at + 1]! >> 4) | (u8[at + 2]! << 4);
  }

  /**
   * Move the child's `timer` on to its next generation (its pending event, if any, becomes
   * stale) and return it. A timer that would reuse a generation throws rather than risk
   * delivering a stale event (`timerGenerationLimit`: far beyond what a child's years need).
   */
  nextTimerGeneration(row: number, timer: number): number {
    const next = this.timerGeneration(row, timer) + 1;
    const limit = timerGenerationLimit(timer);
    if (next === limit)
      throw new Error(`Child ${this.idOf(row)}: timer ${timer} was scheduled ${limit} times in one run`);
    const u8 = this.u8;
    const at = row * ROW_BYTES + TIMER_GENERATIONS;
    if (timer >= BUSY_TIMERS) u8[at + 1 + timer] = next;
    else if (timer === 0) {
      u8[at] = next & 0xff;
      u8[at + 1] = (u8[at + 1]! & 0xf0) | (next >> 8);
    } else {
      u8[at + 1] = (u8[at + 1]! & 0x0f) | ((next & 0x0f) << 4);
      u8[at + 2] = next >> 4;
    }
    return next;
  }

  /** Whether the child holds or waits for a place in shared service `service` (0–5). */
  inSharedService(row: number, service: number): boolean {
    return (this.u8[row * ROW_BYTES + STATUS]! & (SHARED_SERVICE << service)) !== 0;
  }

  setInSharedService(row: number, service: number, member: boolean): void {
    if (!(service >= 0 && service < MAX_SHARED_SERVICES))
      throw new Error(`ChildTable: no room for shared service ${service}`);
    const at = row * ROW_BYTES + STATUS;
    const bit = SHARED_SERVICE << service;
    this.u8[at] = member ? this.u8[at]! | bit : this.u8[at]! & ~bit;
  }

  /** The ledger's number for the child's running costs. */
  rate(row: number): number {
    return this.u16[row * U16 + RATE]!;
  }

  setRate(row: number, rate: number): void {
    this.u16[row * U16 + RATE] = rate;
  }

  /** The child's primary need, as its index in PRIMARY_NEEDS. */
  needCode(row: number): number {
    return this.u8[row * ROW_BYTES + NEED]!;
  }

  /** The stock class the child is counted in. */
  stockClass(row: number): number {
    return this.u16[row * U16 + STOCK_CLASS]!;
  }

  setStockClass(row: number, cls: number): void {
    this.u16[row * U16 + STOCK_CLASS] = cls;
  }

  /** Word offset of a child's stream (`EVENT_STREAM` or `TIMING_STREAM`) in `u32`. */
  streamAt(row: number, stream: number): number {
    return row * U32 + stream;
  }

  /** A plain copy of the child's context (for traces and outcome tables, not the hot loop). */
  contextOf(row: number): JourneyContext {
    return copyJourneyContext(new ChildContext(this).at(row));
  }

  /** Room for at least `needed` rows, with a quarter more for those to come (when nobody said how many: `reserve`). */
  private grow(needed: number): void {
    let rows = this.capacity;
    while (rows < needed) rows = Math.ceil(rows * 1.25);
    this.resize(rows);
  }

  private resize(rows: number): void {
    const buffer = new ArrayBuffer(rows * ROW_BYTES);
    const u8 = new Uint8Array(buffer);
    u8.set(this.u8);
    this.f64 = new Float64Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u8 = u8;
  }
}

function writeContext(table: ChildTable, view: ChildContext, c: JourneyContext): void {
  const id = view.row;
  const attributes: ChildAttributes = c;
  table.f64[id * F64 + BIRTH_DAY] = attributes.birthDay;
  table.f64[id * F64 + ADVOCACY] = attributes.advocacy;
  if (attributes.sex !== 'female' && attributes.sex !== 'male')
    throw new Error(`ChildTable: sex cannot be ${String(attributes.sex)}`);
  view.setFlag(MALE, attributes.sex === 'male');
  table.u8[id * ROW_BYTES + NEED] = codeOf(PRIMARY_NEEDS, attributes.primaryNeed, 'primaryNeed');
  view.setFlag(DEPRIVED, attributes.deprived);
  view.severity = c.severity;
  view.trust = c.trust;
  view.supportLevel = c.supportLevel;
  view.specialistSetting = c.specialistSetting;
  view.planDelivered = c.planDelivered;
  view.seeksSpecialist = c.seeksSpecialist;
  view.outOfEducation = c.outOfEducation;
  view.requestedBy = c.requestedBy;
  view.requests = c.requests;
  view.refusals = c.refusals;
  view.requestedOn = c.requestedOn;
  view.planIssuedOn = c.planIssuedOn;
  view.lateDecision = c.lateDecision;
  view.lateIssue = c.lateIssue;
  view.appealType = c.appealType;
  view.appeals = c.appeals;
  view.mediations = c.mediations;
  view.crises = c.crises;
  view.exclusions = c.exclusions;
}

/**
 * A `JourneyContext` over one row of a `ChildTable`: `at(id)` points it at a child, and the
 * statechart's guards and updates read and write that row. One view is reused for every event.
 */
export class ChildContext implements JourneyContext {
  /** The row the view points at. */
  row = 0;
  private f = 0;
  private b = 0;

  constructor(private readonly table: ChildTable) {}

  /** Point the view at row `row`; returns the view. */
  at(row: number): this {
    this.row = row;
    this.f = row * F64;
    this.b = row * ROW_BYTES;
    return this;
  }

  get id(): number {
    return this.table.idOf(this.row);
  }

  get birthDay(): number {
    return this.table.f64[this.f + BIRTH_DAY]!;
  }
  get advocacy(): number {
    return this.table.f64[this.f + ADVOCACY]!;
  }
  get sex(): Sex {
    return this.flag(MALE) ? 'male' : 'female';
  }
  get primaryNeed(): PrimaryNeed {
    return PRIMARY_NEEDS[this.table.u8[this.b + NEED]!]!;
  }
  get deprived(): boolean {
    return this.flag(DEPRIVED);
  }

  get severity(): number {
    return this.table.f64[this.f + SEVERITY]!;
  }
  set severity(v: number) {
    this.table.f64[this.f + SEVERITY] = v;
  }
  get trust(): number {
    return this.table.f64[this.f + TRUST]!;
  }
  set trust(v: number) {
    this.table.f64[this.f + TRUST] = v;
  }
  get requestedOn(): number {
    return this.table.f64[this.f + REQUESTED_ON]!;
  }
  set requestedOn(v: number) {
    this.table.f64[this.f + REQUESTED_ON] = v;
  }
  get planIssuedOn(): number {
    return this.table.f64[this.f + PLAN_ISSUED_ON]!;
  }
  set planIssuedOn(v: number) {
    this.table.f64[this.f + PLAN_ISSUED_ON] = v;
  }

  get supportLevel(): SupportLevel {
    return SUPPORT_LEVELS[this.table.u8[this.b + SUPPORT]!]!;
  }
  set supportLevel(v: SupportLevel) {
    this.table.u8[this.b + SUPPORT] = codeOf(SUPPORT_LEVELS, v, 'supportLevel');
  }
  get requestedBy(): Requester | 'none' {
    return REQUESTERS[this.table.u8[this.b + REQUEST_AND_APPEAL]! & REQUESTED_BY_MASK]!;
  }
  set requestedBy(v: Requester | 'none') {
    const u8 = this.table.u8;
    const at = this.b + REQUEST_AND_APPEAL;
    u8[at] = (u8[at]! & ~REQUESTED_BY_MASK) | codeOf(REQUESTERS, v, 'requestedBy');
  }
  get appealType(): AppealType | 'none' {
    return APPEALS[this.table.u8[this.b + REQUEST_AND_APPEAL]! >> APPEAL_SHIFT]!;
  }
  set appealType(v: AppealType | 'none') {
    const u8 = this.table.u8;
    const at = this.b + REQUEST_AND_APPEAL;
    u8[at] = (u8[at]! & REQUESTED_BY_MASK) | (codeOf(APPEALS, v, 'appealType') << APPEAL_SHIFT);
  }

  get specialistSetting(): boolean {
    return this.flag(SPECIALIST);
  }
  set specialistSetting(v: boolean) {
    this.setFlag(SPECIALIST, v);
  }
  get planDelivered(): boolean {
    return this.flag(DELIVERED);
  }
  set planDelivered(v: boolean) {
    this.setFlag(DELIVERED, v);
  }
  get seeksSpecialist(): boolean {
    return this.flag(SEEKS);
  }
  set seeksSpecialist(v: boolean) {
    this.setFlag(SEEKS, v);
  }
  get outOfEducation(): boolean {
    return this.flag(OUT_OF_EDUCATION);
  }
  set outOfEducation(v: boolean) {
    this.setFlag(OUT_OF_EDUCATION, v);
  }
  get lateDecision(): boolean {
    return this.flag(LATE_DECISION);
  }
  set lateDecision(v: boolean) {
    this.setFlag(LATE_DECISION, v);
  }
  get lateIssue(): boolean {
    return this.flag(LATE_ISSUE);
  }
  set lateIssue(v: boolean) {
    this.setFlag(LATE_ISSUE, v);
  }

  get requests(): number {
    return this.count(REQUESTS);
  }
  set requests(v: number) {
    this.setCount(REQUESTS, 'requests', v);
  }
  get refusals(): number {
    return this.count(REFUSALS);
  }
  set refusals(v: number) {
    this.setCount(REFUSALS, 'refusals', v);
  }
  get appeals(): number {
    return this.count(APPEALS_COUNT);
  }
  set appeals(v: number) {
    this.setCount(APPEALS_COUNT, 'appeals', v);
  }
  get mediations(): number {
    return this.count(MEDIATIONS);
  }
  set mediations(v: number) {
    this.setCount(MEDIATIONS, 'mediations', v);
  }
  get crises(): number {
    return this.count(CRISES);
  }
  set crises(v: number) {
    this.setCount(CRISES, 'crises', v);
  }
  get exclusions(): number {
    return this.count(EXCLUSIONS);
  }
  set exclusions(v: number) {
    this.setCount(EXCLUSIONS, 'exclusions', v);
  }

  /** Support level as its index in `SUPPORT_LEVELS` (for tables indexed by it). */
  get supportCode(): number {
    return this.table.u8[this.b + SUPPORT]!;
  }

  setFlag(bit: number, on: boolean): void {
    const u8 = this.table.u8;
    u8[this.b + FLAGS] = on ? u8[this.b + FLAGS]! | bit : u8[this.b + FLAGS]! & ~bit;
  }

  private flag(bit: number): boolean {
    return (this.table.u8[this.b + FLAGS]! & bit) !== 0;
  }

  private count(at: number): number {
    return this.table.u8[this.b + at]!;
  }

  private setCount(at: number, field: string, v: number): void {
    // Counts are whole and small (a few in a lifetime); one past a byte would be a bug, not a life.
    if (!(Number.isInteger(v) && v >= 0 && v <= MAX_COUNT))
      throw new Error(`ChildTable: ${field} of child ${this.id} cannot be ${v}`);
    this.table.u8[this.b + at] = v;
  }
}
