/**
 * Every child of a run in one typed array: a 128-byte row per child holding its journey
 * context, the leaf it is in for each region, its two random streams and its flags.
 *
 * Why one row rather than an object per child or a column per field: a national run holds
 * over four million children and delivers tens of millions of events to them in no order a
 * cache can predict. An object per child costs ~800 bytes and a pointer chase per field; a
 * column per field costs a cache miss per field. A row keeps everything one event touches in
 * two cache lines, at a fixed 128 bytes a child.
 *
 * `ChildContext` reads and writes a row through the `JourneyContext` interface, so the
 * statechart's guards and updates (plain functions of a context) run on it unchanged.
 */
import {
  APPEAL_TYPES,
  type AppealType,
  type ChildAttributes,
  type JourneyContext,
  PRIMARY_NEEDS,
  type PrimaryNeed,
  type Requester,
  type Sex,
  type SupportLevel,
} from '../journey/journey-context.js';

/** Bytes per child. */
export const ROW_BYTES = 128;
const F64 = ROW_BYTES / 8;
const U32 = ROW_BYTES / 4;
const U16 = ROW_BYTES / 2;

// Float64 slots.
const BIRTH_DAY = 0;
const ADVOCACY = 1;
const SEVERITY = 2;
const TRUST = 3;
const REQUESTED_ON = 4;
const PLAN_ISSUED_ON = 5;
// Uint32 slots (bytes 56–87): the event stream and the timing stream, four words each (random-streams.ts).
/** Offset of a child's event stream in `u32`, from the row's first word. */
export const EVENT_STREAM = 14;
/** Offset of a child's timing stream in `u32`. */
export const TIMING_STREAM = 18;
// Uint16 slots (bytes 88–99): counts of milestones.
const REQUESTS = 44;
const REFUSALS = 45;
const APPEALS_COUNT = 46;
const MEDIATIONS = 47;
const CRISES = 48;
const EXCLUSIONS = 49;
// Bytes 100–103: the leaf of each region (a region has far fewer than 256 leaves).
/** Offset of a child's leaves in `u8`. */
export const LEAVES = 100;
/** Regions a row has room for. */
export const MAX_REGIONS = 4;
const SEX = 104;
const NEED = 105;
const SUPPORT = 106;
const REQUESTED_BY = 107;
const APPEAL = 108;
const FLAGS = 109;
const STATUS = 110;
const AGE_BAND = 111;
/** Uint16 slot (bytes 112–113): the child's stock class (metrics/stock-counts.ts). */
const STOCK_CLASS = 56;

const DEPRIVED = 1;
const SPECIALIST = 2;
const DELIVERED = 4;
const SEEKS = 8;
const LATE_DECISION = 16;
const LATE_ISSUE = 32;

/** Status bits: in the model (created and not yet retired); need counted as unmet. */
const ACTIVE = 1;
const UNMET = 2;

const SEXES: readonly Sex[] = ['female', 'male'];
export const SUPPORT_LEVELS: readonly SupportLevel[] = ['universal', 'senSupport', 'earlyHelp', 'plan'];
const REQUESTERS: ReadonlyArray<Requester | 'none'> = ['none', 'family', 'school'];
const APPEALS: ReadonlyArray<AppealType | 'none'> = ['none', ...APPEAL_TYPES];
const MAX_COUNT = 0xffff;

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

  constructor(capacity = 1024) {
    const buffer = new ArrayBuffer(Math.max(16, capacity) * ROW_BYTES);
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

  /** Add child `context.id` (ids must come in order) with its context; it starts active with every leaf 0. */
  add(context: JourneyContext): number {
    const id = context.id;
    if (id !== this.count) throw new Error(`Child ids must be dense: expected ${this.count}, got ${id}`);
    if (id >= this.capacity) this.grow(id + 1);
    this.count++;
    this.u8[id * ROW_BYTES + STATUS] = ACTIVE;
    writeContext(this, this.writer.at(id), context);
    return id;
  }

  isActive(id: number): boolean {
    return (this.u8[id * ROW_BYTES + STATUS]! & ACTIVE) !== 0;
  }

  retire(id: number): void {
    this.u8[id * ROW_BYTES + STATUS] = this.u8[id * ROW_BYTES + STATUS]! & ~ACTIVE;
  }

  leaf(id: number, region: number): number {
    return this.u8[id * ROW_BYTES + LEAVES + region]!;
  }

  setLeaf(id: number, region: number, leaf: number): void {
    this.u8[id * ROW_BYTES + LEAVES + region] = leaf;
  }

  birthDay(id: number): number {
    return this.f64[id * F64 + BIRTH_DAY]!;
  }

  /** Whether the child's need is counted as unmet (by the accounts). */
  unmet(id: number): boolean {
    return (this.u8[id * ROW_BYTES + STATUS]! & UNMET) !== 0;
  }

  setUnmet(id: number, unmet: boolean): void {
    const at = id * ROW_BYTES + STATUS;
    this.u8[at] = unmet ? this.u8[at]! | UNMET : this.u8[at]! & ~UNMET;
  }

  /** The age band the stocks count the child in. */
  ageBand(id: number): number {
    return this.u8[id * ROW_BYTES + AGE_BAND]!;
  }

  setAgeBand(id: number, band: number): void {
    this.u8[id * ROW_BYTES + AGE_BAND] = band;
  }

  /** The stock class the child is counted in. */
  stockClass(id: number): number {
    return this.u16[id * U16 + STOCK_CLASS]!;
  }

  setStockClass(id: number, cls: number): void {
    this.u16[id * U16 + STOCK_CLASS] = cls;
  }

  /** Word offset of a child's stream (`EVENT_STREAM` or `TIMING_STREAM`) in `u32`. */
  streamAt(id: number, stream: number): number {
    return id * U32 + stream;
  }

  /** A plain copy of the child's context (for traces and outcome tables, not the hot loop). */
  contextOf(id: number): JourneyContext {
    const c = new ChildContext(this).at(id);
    return {
      id,
      birthDay: c.birthDay,
      sex: c.sex,
      primaryNeed: c.primaryNeed,
      deprived: c.deprived,
      advocacy: c.advocacy,
      severity: c.severity,
      trust: c.trust,
      supportLevel: c.supportLevel,
      specialistSetting: c.specialistSetting,
      planDelivered: c.planDelivered,
      seeksSpecialist: c.seeksSpecialist,
      requestedBy: c.requestedBy,
      requests: c.requests,
      refusals: c.refusals,
      requestedOn: c.requestedOn,
      planIssuedOn: c.planIssuedOn,
      lateDecision: c.lateDecision,
      lateIssue: c.lateIssue,
      appealType: c.appealType,
      appeals: c.appeals,
      mediations: c.mediations,
      crises: c.crises,
      exclusions: c.exclusions,
    };
  }

  private grow(needed: number): void {
    let rows = this.capacity;
    while (rows < needed) rows = Math.ceil(rows * 1.5);
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
  const id = view.id;
  const attributes: ChildAttributes = c;
  table.f64[id * F64 + BIRTH_DAY] = attributes.birthDay;
  table.f64[id * F64 + ADVOCACY] = attributes.advocacy;
  table.u8[id * ROW_BYTES + SEX] = codeOf(SEXES, attributes.sex, 'sex');
  table.u8[id * ROW_BYTES + NEED] = codeOf(PRIMARY_NEEDS, attributes.primaryNeed, 'primaryNeed');
  view.setFlag(DEPRIVED, attributes.deprived);
  view.severity = c.severity;
  view.trust = c.trust;
  view.supportLevel = c.supportLevel;
  view.specialistSetting = c.specialistSetting;
  view.planDelivered = c.planDelivered;
  view.seeksSpecialist = c.seeksSpecialist;
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
  id = 0;
  private f = 0;
  private b = 0;
  private h = 0;

  constructor(private readonly table: ChildTable) {}

  /** Point the view at child `id`; returns the view. */
  at(id: number): this {
    this.id = id;
    this.f = id * F64;
    this.b = id * ROW_BYTES;
    this.h = id * U16;
    return this;
  }

  get birthDay(): number {
    return this.table.f64[this.f + BIRTH_DAY]!;
  }
  get advocacy(): number {
    return this.table.f64[this.f + ADVOCACY]!;
  }
  get sex(): Sex {
    return SEXES[this.table.u8[this.b + SEX]!]!;
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
    return REQUESTERS[this.table.u8[this.b + REQUESTED_BY]!]!;
  }
  set requestedBy(v: Requester | 'none') {
    this.table.u8[this.b + REQUESTED_BY] = codeOf(REQUESTERS, v, 'requestedBy');
  }
  get appealType(): AppealType | 'none' {
    return APPEALS[this.table.u8[this.b + APPEAL]!]!;
  }
  set appealType(v: AppealType | 'none') {
    this.table.u8[this.b + APPEAL] = codeOf(APPEALS, v, 'appealType');
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

  private count(slot: number): number {
    return this.table.u16[this.h + slot]!;
  }

  private setCount(slot: number, field: string, v: number): void {
    // Counts are whole and small; a count beyond the column's range would be a bug, not a life.
    if (!(Number.isInteger(v) && v >= 0 && v <= MAX_COUNT))
      throw new Error(`ChildTable: ${field} of child ${this.id} cannot be ${v}`);
    this.table.u16[this.h + slot] = v;
  }
}
