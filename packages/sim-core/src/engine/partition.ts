/**
 * One partition of a replication: the children of one group of local areas, and the event
 * loop that moves them through the journey, day by day.
 *
 * Children are rows of a `ChildTable` (context, one leaf index per region, two random
 * streams, timer generations). Each event taken from the partition's `FutureEvents` is stamped
 * with four uniform draws from the child's own event stream, run through the compiled journey,
 * and its effects carried out: timers scheduled or cancelled, service queues joined or left,
 * one-off costs booked. After the step the partition counts flows, updates the child's running
 * costs and stock class, and retires children whose support has ended.
 *
 * Educational psychology is local: the group's own queue (`local-psychology.ts`). The services
 * shared by every group (early help, special school places, tribunal hearings) are not: joining and leaving
 * them is written to the partition's outbox, which the replication settles at the end of each
 * day (`NationalServices`), and a child given a place there starts at the next midnight
 * (`deliver`). So partitions never touch each other's state within a day, and a replication
 * gives the same results whether its partitions run one after another or side by side.
 *
 * Nothing in the loop allocates: events are entries in typed arrays, the event the statechart
 * sees is one reused object, the child's context is one reused view over its row, and effects
 * are the compiled transitions' own ops. Determinism: the only sources of chance are the
 * seeded streams; ties in time are broken by (priority, insertion order); nothing reads the
 * wall clock.
 *
 * Longer than most files here because the loop is one algorithm whose steps share the event
 * list, the clock and the child table; the separable concepts live in their own files: the
 * money side, prices, councils' decisions and the DSG account (`partition-money.ts`), the local
 * EP service (`local-psychology.ts`), and accounts, services, metrics, stocks, population, trace.
 */

import type { Calendar } from '../foundation/calendar.js';
import { DAYS_PER_YEAR, financialYearStartOf } from '../foundation/calendar.js';
import { ReusableStream, seedAlea, stepAlea } from '../foundation/random-streams.js';
import {
  type CompiledJourney,
  compileEffect,
  EFFECT_KIND,
  type EffectOp,
} from '../journey/compile-journey.js';
import {
  createJourneyContext,
  type JourneyContext,
  resetJourneyContext,
} from '../journey/journey-context.js';
import {
  decodePayload,
  eventCode,
  JOURNEY_EVENT_TYPES,
  type JourneyEffect,
  type JourneyEvent,
  type JourneyEventType,
  ONE_OFF_COSTS,
  payloadCode,
  SERVICE_START_EVENT,
  SERVICES,
  TIMERS,
} from '../journey/journey-events.js';
import { nextBirthdayAge, POST_PLAN_BIRTHDAY_AGE } from '../journey/journey-guards.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { Ledger, PAYER_COUNT } from '../ledger/ledger.js';
import { countsForTrust, FamilyTrust } from '../metrics/family-trust.js';
import { observeStep, observeSuspension } from '../metrics/journey-metrics.js';
import { METRICS, type MetricDefinition } from '../metrics/metric-definitions.js';
import { MetricsCollector, type MetricsState } from '../metrics/metrics-collector.js';
import { ageBand, NO_STOCK, StockCounts } from '../metrics/stock-counts.js';
import { arrivalAttributes, type YearOfArrivals } from '../population/arrivals.js';
import { type ChildSeed, forEachStartingChild } from '../population/synthetic-population.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { localAreaOf } from '../services/local-areas.js';
import type { Service } from '../services/service.js';
import { serviceSlots } from '../services/service-capacity.js';
import type { ChildAccounts } from './child-accounts.js';
import { ChildContext, ChildTable, EVENT_STREAM, LEAVES, ROW_BYTES, TIMING_STREAM } from './child-table.js';
import { drawTiming, timingStream } from './delay-timing.js';
import { FutureEvents } from './future-events.js';
import { LOCAL_SERVICE, LocalPsychology, localGroupsAtStart } from './local-psychology.js';
import { nationalMetrics, nationalSlots } from './national-services.js';
import { PartitionMoney } from './partition-money.js';
import {
  JOIN,
  JOIN_AFTER_HOLDERS,
  JOIN_HELD_BEFORE_START,
  LEAVE,
  newRequests,
  type ServiceRequests,
} from './service-requests.js';
import { type ChildTrace, TraceRecorder } from './trace.js';

const TIMER_INDEX = new Map<string, number>(TIMERS.map((t, i) => [t, i]));
/** Events that follow at once from another (a place taken up) run before anything else at the same instant. */
const PRIORITY_IMMEDIATE = 0;
const PRIORITY_NORMAL = 1;

// Event codes: the journey's events, then the engine's own.
const BIRTHDAY = eventCode('BIRTHDAY');
const NEED_ARISES = eventCode('NEED_ARISES');
/** The one-off cost whose booking is a suspension (counted there: it changes no state). */
const SUSPENSION_COST = ONE_OFF_COSTS.indexOf('suspension');
const POLICY_PHASE = JOURNEY_EVENT_TYPES.length;
/** A new child's NEED_ARISES: the child is created when it happens. */
const ARRIVAL = POLICY_PHASE + 1;
/** The child field of the first of a year's arrivals (the k-th is ARRIVING − k). */
const ARRIVING = -2;

export { LOCAL_SERVICE };

const SPECIAL_SCHOOL = SERVICES.indexOf('specialSchool');
const TRIBUNAL = SERVICES.indexOf('tribunal');
const SERVICE_START_CODE = SERVICES.map((s) => eventCode(SERVICE_START_EVENT[s]));
/** The metrics a partition records: every one but the shares (computed from others) and the shared services'. */
const PARTITION_METRICS = (() => {
  const national = new Set(nationalMetrics(LOCAL_SERVICE));
  return METRICS.flatMap((def: MetricDefinition, i) =>
    def.ratio !== undefined || national.has(i) ? [] : [i],
  );
})();

/** What a partition hands back when the run ends: plain data, so it can cross from a worker thread. */
export interface PartitionResult {
  readonly metrics: MetricsState;
  /** Pence by month and payer: `[m * PAYER_COUNT + payer]`. */
  readonly pence: Float64Array;
  readonly childrenAtStart: number;
  readonly children: number;
  readonly delivered: number;
  readonly stale: number;
  readonly bytes: number;
  /** Timelines of the traced children this partition holds, by id. */
  readonly traces: ReadonlyArray<readonly [number, ChildTrace]>;
}

/** What every partition of a replication shares: the run's settings and the compiled journey. */
export interface PartitionSettings {
  readonly params: Params;
  /** The world the starting population is drawn from, before any policy. */
  readonly startParams: Params;
  readonly phases: ReadonlyArray<{ readonly day: number; readonly params: Params }>;
  readonly seed: number;
  readonly replication: number;
  readonly scale: number;
  readonly calendar: Calendar;
  readonly monthStarts: readonly number[];
  readonly journey: CompiledJourney;
  readonly layout: JourneyLayout;
  /** Partitions in the replication, and which this is. */
  readonly partitions: number;
  readonly index: number;
  /** Children to trace (ids), or all. */
  readonly traced: readonly number[] | 'all';
  /** Keep each child's cost by payer. */
  readonly childCosts: boolean;
  /** The partition's children in the starting population. */
  readonly startingChildren: number;
  /** The partition's share of the arrivals expected in each year of the run (not whole numbers). */
  readonly expectedArrivals: readonly number[];
  /**
   * Whether unit costs move with their own price indices relative to the GDP deflator (default
   * true; false prices everything with the GDP deflator, as before issue 11 requirement 4).
   */
  readonly relativePrices?: boolean;
  /** Called with each event the journey is about to act on, before it acts (for tools that replay the engine's stream). */
  readonly onStep?:
    | ((leaves: readonly number[], context: JourneyContext, event: JourneyEvent) => void)
    | undefined;
}

export class Partition {
  readonly table: ChildTable;
  readonly ledger: Ledger;
  readonly metrics: MetricsCollector;
  /** The group's own educational psychology queue (`ep.queue`). */
  readonly psychology: Service;
  /** The group's own educational psychology service: queue, slots, locums (`local-psychology.ts`). */
  private readonly ep: LocalPsychology;
  /** Requests to the shared services since the last `takeRequests`, and the buffer to use after it. */
  private requests: ServiceRequests = newRequests();
  private spare: ServiceRequests = newRequests();
  private readonly settings: PartitionSettings;
  private readonly journey: CompiledJourney;
  private readonly layout: JourneyLayout;
  /** The parameters the journey reads: the current phase's, with councils' responses (`council-decisions.ts`). */
  private params: Params;
  /** The current phase's parameters, as the scenario sets them. */
  private phaseParams: Params;
  /** The calendar year of the day being run (the demand trends read it). */
  private year: number;
  /** The context of the child being stepped (guards, updates and delays read it). */
  private readonly context: ChildContext;
  private readonly stocks: StockCounts;
  /** Families of children on SEN support or a plan: their count and trust (metrics/family-trust.ts). */
  private readonly familyTrust = new FamilyTrust();
  private readonly future: FutureEvents;
  /** Each child's running costs (`money.accounts`, held here too: the loop updates them). */
  private readonly accounts: ChildAccounts;
  /** Prices, councils' decision parameters and the DSG account (`partition-money.ts`). */
  private readonly money: PartitionMoney;
  private readonly trace: TraceRecorder | undefined;
  private readonly initialLeaves: readonly number[];
  /** The leaves of the child being stepped, and a copy from before the step. */
  private readonly leaves: number[];
  private readonly before: number[];
  private readonly event: {
    type: JourneyEventType;
    day: number;
    uNeed: number;
    uSupport: number;
    uRedress: number;
    uSetting: number;
    age: number | undefined;
    by: JourneyEvent['by'];
    appealType: JourneyEvent['appealType'];
  } = {
    type: 'NEED_ARISES',
    day: 0,
    uNeed: 0,
    uSupport: 0,
    uRedress: 0,
    uSetting: 0,
    age: undefined,
    by: undefined,
    appealType: undefined,
  };
  /** The context an arriving child is written from (one object, reused). */
  private readonly arriving = createJourneyContext(
    { id: 0, birthDay: 0.5, sex: 'female', primaryNeed: 'OTH', deprived: false, advocacy: 0.5 },
    0.5,
    0.5,
  );
  private readonly attributeStream = new ReusableStream();
  /** Years whose arrivals were handed out so far. */
  private yearsArrived = 0;
  /** This year's arrivals in this partition: `arrivals.ages[k]` for child `arrivalIds[k]`. */
  private arrivals: YearOfArrivals | undefined;
  private arrivalIds = new Int32Array(0);
  private arrivalAt = new Int32Array(0);
  /**
   * Events the step now running scheduled for this very instant (the statechart's `now` delay):
   * they follow on from it at once, before any other event (like xstate's raised events), so
   * they never go through the event list. Each: type, timer, timer generation, payload.
   */
  private readonly raised = new Int32Array(64 * 4);
  private raisedCount = 0;
  /** What reading ahead the day's rows added up (kept so the reads are not optimised away). */
  private touched = 0;
  /** Events delivered, and events dropped as stale. */
  delivered = 0;
  stale = 0;
  childrenAtStart = 0;
  /**
   * Rows of the start's appeals waiting for a hearing slot (since the start). They join once
   * every seed is in, after every request the start's holders made (a partition's requests go in
   * time order, and a holder's is at the start, theirs just after). Children waiting for a
   * special place need no such list: theirs is the start's last group.
   */
  private readonly waitingForHearing: number[] = [];
  /**
   * Rows of the start's agreed requests waiting for an educational psychologist, and since when
   * (days before the start), in id order: they join the group's queue once every seed is in, so
   * after every assessment under way has taken its slot (both are drawn from the start's one
   * group of agreed requests, in id order).
   */
  private readonly waitingForPsychologist: Array<{ readonly row: number; readonly since: number }> = [];
  /**
   * The time of the event being delivered (days). `-0` (equal to 0 in every comparison and sum)
   * so that V8 holds the field as a double from the start: a field that first holds a small
   * integer and later a fraction changes the hidden class of every partition, and every method
   * compiled against the old one is thrown away and compiled again.
   */
  private now = -0;
  /** The month `now` falls in. */
  private month = 0;

  constructor(settings: PartitionSettings) {
    this.settings = settings;
    this.phaseParams = settings.params;
    this.year = settings.calendar.startYear;
    this.journey = settings.journey;
    this.layout = settings.layout;
    // Room for the starting population and the arrivals expected (`arrive` makes more if needed).
    this.table = new ChildTable(settings.startingChildren + Math.ceil(sum(settings.expectedArrivals)));
    this.context = new ChildContext(this.table);
    this.initialLeaves = this.journey.initialLeaves();
    this.leaves = [...this.initialLeaves];
    this.before = [...this.initialLeaves];
    const endDay = settings.monthStarts[settings.monthStarts.length - 1]!;
    // About two pending events per child at first (the store grows as it needs to).
    this.future = new FutureEvents(endDay, 2 * settings.startingChildren);
    const tracing = settings.traced === 'all' || settings.traced.length > 0;
    this.ledger = new Ledger(settings.monthStarts, { perChild: tracing || settings.childCosts });
    this.metrics = new MetricsCollector(settings.monthStarts, PARTITION_METRICS);
    this.money = new PartitionMoney(settings, this.table, this.context, this.ledger, this.metrics);
    this.params = this.money.decisionParams(this.phaseParams, this.year);
    this.accounts = this.money.accounts;
    this.stocks = new StockCounts(this.layout);
    this.ep = new LocalPsychology(settings, this.future, this.ledger, this.metrics, this.money);
    this.psychology = this.ep.queue;
    // No recorder at all unless asked: ordinary runs pay one undefined check per step.
    this.trace = tracing
      ? new TraceRecorder(settings.traced, this.journey, settings.calendar, this.ledger)
      : undefined;
  }

  /** Whether child `id` belongs to this partition. */
  owns(id: number): boolean {
    return localAreaOf(id, this.settings.partitions) === this.settings.index;
  }

  /** Build the partition's share of the starting population and schedule the policy phases. */
  start(): void {
    const { seed, replication, scale } = this.settings;
    const startParams = this.settings.startParams;
    forEachStartingChild(
      startParams,
      this.settings.calendar.startYear,
      scale,
      seed,
      replication,
      nationalSlots(serviceSlots(startParams, scale).tribunal),
      localGroupsAtStart(startParams, scale, this.settings.calendar),
      (child) => this.addSeed(child),
      (id) => this.owns(id),
    );
    for (const row of this.waitingForHearing) this.joinShared(TRIBUNAL, row, JOIN_AFTER_HOLDERS, 0);
    this.waitingForHearing.length = 0;
    for (const { row, since } of this.waitingForPsychologist) this.ep.joinWaiting(row, since);
    this.waitingForPsychologist.length = 0;
    this.childrenAtStart = this.table.count;
    this.settings.phases.forEach((phase, i) => {
      this.future.push(phase.day, PRIORITY_IMMEDIATE, -1, POLICY_PHASE, -1, i);
    });
  }

  /** This year's new needs (every partition's): schedule the arrival of this partition's own. */
  arrive(year: YearOfArrivals): void {
    const ids: number[] = [];
    const at: number[] = [];
    for (let k = 0; k < year.days.length; k++) {
      const id = year.firstId + k;
      if (!this.owns(id)) continue;
      // The arrival's place in this year's list rides in the child field, below −1 (no child yet).
      this.future.push(year.days[k]!, PRIORITY_NORMAL, ARRIVING - ids.length, ARRIVAL, -1, 0);
      ids.push(id);
      at.push(k);
    }
    this.arrivals = year;
    // Arrivals are random: when this year's outrun the room left, make room for them and for the
    // later years' expected arrivals, exactly. So the table grows once or twice in a run, not
    // every year (each growth leaves the old table to the garbage collector), and ends with
    // little room unused: what the later years' arrivals fell short of their expectation.
    const later = this.settings.expectedArrivals.slice(++this.yearsArrived);
    const needed = this.table.count + ids.length;
    if (needed > this.table.capacity) this.table.reserve(needed + Math.ceil(sum(later)));
    this.arrivalIds = Int32Array.from(ids);
    this.arrivalAt = Int32Array.from(at);
  }

  /** Children given places in the shared services start at `time` (the midnight after the day they were given). */
  deliver(time: number, children: ArrayLike<number>, services: ArrayLike<number>, count: number): void {
    for (let k = 0; k < count; k++) {
      const row = this.table.rowOf(children[k]!);
      if (row < 0)
        throw new Error(`Partition ${this.settings.index}: no child ${children[k]} to give a place to`);
      this.future.push(time, PRIORITY_IMMEDIATE, row, SERVICE_START_CODE[services[k]!]!, -1, 0);
    }
  }

  /**
   * Requests to the shared services made since the last call. The two buffers take turns, so
   * what is returned stays as it is until the call after next.
   */
  takeRequests(): ServiceRequests {
    const taken = this.requests;
    this.requests = this.spare;
    this.requests.count = 0;
    this.spare = taken;
    return taken;
  }

  /**
   * The start of month `month`: record this partition's stocks; close the last month's money
   * (`partition-money.ts`): each April a new year's prices, and the group's councils weigh their
   * high-needs spending against funding (`high-needs-pressure.ts`) and set their decisions for
   * the year (`council-decisions.ts`); then they buy locum EP time for the month if their queue
   * has grown (`local-psychology.ts`).
   */
  startMonth(month: number): void {
    this.stocks.record(this.metrics, month);
    this.familyTrust.record(this.metrics, month);
    this.accounts.recordPlacements(month);
    this.metrics.setStock('waiting_for_ep_assessment', month, this.psychology.waiting);
    const day = this.settings.monthStarts[month]!;
    this.ledger.settle(day);
    const date = this.settings.calendar.dateOf(day);
    const priceYear = financialYearStartOf(date);
    if (priceYear !== this.money.priceYear) this.money.startPriceYear(priceYear, day);
    const year = Number(date.slice(0, 4));
    const last = month >= this.settings.monthStarts.length - 1;
    const pressureChanged = this.money.startMonth(month, this.phaseParams, last);
    if (pressureChanged || year !== this.year) {
      this.year = year;
      this.params = this.money.decisionParams(this.phaseParams, this.year);
    }
    // The last snapshot is the end of the run: no month follows to buy time for.
    if (last) return;
    this.ep.startMonth(this.params, day, this.now, this.month);
  }

  /**
   * Load the next day with events into the event list ahead of `runUntil` (work a thread can
   * do while it waits for the others); changes nothing the run computes.
   */
  prepare(): void {
    this.future.peekTime();
  }

  /** Deliver every event before `day` (a whole day), in (time, priority, insertion) order. */
  runUntil(day: number): void {
    const { future, table, settings } = this;
    const { monthStarts } = settings;
    // Read the day's children's rows now, all at once, just before their events run: the
    // processor fetches them side by side rather than one event at a time, and they are still
    // in its cache when their events come (read when the day was loaded, at the end of the day
    // before, the other partitions' days pushed them out). A loaded day before `day` is one
    // this call runs to its end, so each day is read once.
    if (future.peekTime() < day && future.loadedDay < day)
      this.touched += table.touch(future.dayChildren, future.daySize);
    for (;;) {
      const time = future.peekTime();
      if (!(time < day)) return;
      // Cheap enough to keep on: a scheduling bug must fail loudly, not bend time.
      if (time < this.now) throw new Error(`Time ran backwards: event at day ${time} after day ${this.now}`);
      this.now = time;
      while (this.month + 1 < monthStarts.length - 1 && monthStarts[this.month + 1]! <= time) this.month++;
      future.pop();
      const type = future.type();
      const row = future.childOf();
      const payload = future.payload();
      const timer = future.timer();
      // A timer event whose timer was rescheduled or cancelled since, or an event of a child
      // who has retired, is stale: it was overtaken and never happens.
      if (
        row >= 0 &&
        (!table.isActive(row) || (timer >= 0 && future.generation() !== table.timerGeneration(row, timer)))
      ) {
        this.stale++;
        continue;
      }
      this.delivered++;
      this.dispatch(type, row, payload);
      if (this.raisedCount > 0) this.followOn(this.row);
    }
  }

  /** Deliver the events the last step raised for the child in `row`, and those they raise, in order. */
  private followOn(row: number): void {
    const { raised, table } = this;
    for (let k = 0; k < this.raisedCount; k++) {
      const at = k * 4;
      const timer = raised[at + 1]!;
      if (!table.isActive(row) || raised[at + 2] !== table.timerGeneration(row, timer)) {
        this.stale++;
        continue;
      }
      this.delivered++;
      this.dispatch(raised[at]!, row, raised[at + 3]!);
    }
    this.raisedCount = 0;
  }

  /** End the run on `day`: every child still in the model stops accruing; then settle the accounts. */
  finish(day: number): void {
    this.now = day;
    this.money.restateAccounts(false, day);
    this.ledger.settle(day);
    this.metrics.settle(day);
  }

  /** The partition's part of the replication's output (after `finish`). */
  result(): PartitionResult {
    const months = this.settings.monthStarts.length - 1;
    const pence = new Float64Array(months * PAYER_COUNT);
    for (let m = 0; m < months; m++)
      for (let p = 0; p < PAYER_COUNT; p++) pence[m * PAYER_COUNT + p] = this.ledger.monthPence(m, p);
    const { traced } = this.settings;
    const ids =
      traced === 'all'
        ? Array.from({ length: this.table.count }, (_, row) => this.table.idOf(row))
        : traced.filter((id) => Number.isInteger(id) && id >= 0 && this.owns(id));
    return {
      metrics: this.metrics.state(),
      pence,
      childrenAtStart: this.childrenAtStart,
      children: this.table.count,
      delivered: this.delivered,
      stale: this.stale,
      bytes: this.bytes,
      traces: ids.flatMap((id) => {
        const trace = this.traceOf(id);
        return trace === undefined ? [] : [[id, trace] as const];
      }),
    };
  }

  /** Bytes held in the partition's tables. */
  get bytes(): number {
    return this.table.bytes + this.future.bytes + this.ledger.bytes + this.psychology.bytes;
  }

  /**
   * Whether child `id` (one of this partition's) holds or waits for the service with index
   * `service` in SERVICES, or with `waiting` only waits (the group's own service only).
   */
  inService(id: number, service: number, waiting = false): boolean {
    const row = this.table.rowOf(id);
    if (row < 0) return false;
    if (service !== LOCAL_SERVICE) {
      if (waiting) throw new Error('A shared service knows who waits for it, not a partition');
      return this.table.inSharedService(row, service);
    }
    return waiting ? this.psychology.waits(row) : this.psychology.has(row);
  }

  /** A plain copy of the state of the child in `row`. */
  childAt(row: number): { id: number; active: boolean; leaves: number[]; context: JourneyContext } {
    const leaves = this.journey.regions.map((_, r) => this.table.leaf(row, r));
    return {
      id: this.table.idOf(row),
      active: this.table.isActive(row),
      leaves,
      context: this.table.contextOf(row),
    };
  }

  /** The timeline of traced child `id`, if it is this partition's and exists. */
  traceOf(id: number): ChildTrace | undefined {
    const row = this.table.rowOf(id);
    if (this.trace === undefined || row < 0) return undefined;
    const child = this.childAt(row);
    return this.trace.result({ id, row, leaves: child.leaves, context: child.context });
  }

  /** Cost by payer of child `id` so far (pence), when the ledger keeps them. */
  costsOf(id: number): number[] | undefined {
    const row = this.table.rowOf(id);
    return row < 0 ? undefined : this.ledger.childPence(row);
  }

  /** Whether the effects being applied are a starting child's (its services held before the start). */
  private seeding = false;

  private addSeed(seed: ChildSeed): void {
    const row = this.createChild(seed.context);
    const { need, support, redress, setting } = this.layout;
    this.table.setLeaf(row, need, this.journey.leafIndex(need, seed.leaves.need));
    this.table.setLeaf(row, support, this.journey.leafIndex(support, seed.leaves.support));
    this.table.setLeaf(row, redress, this.journey.leafIndex(redress, seed.leaves.redress));
    this.table.setLeaf(row, setting, this.journey.leafIndex(setting, seed.leaves.setting));
    for (const t of seed.timers)
      this.scheduleTimer(
        row,
        TIMER_INDEX.get(t.timer)!,
        eventCode(t.event),
        t.day,
        payloadCode(t.event, t.payload),
      );
    this.context.at(row);
    this.seeding = true;
    for (const effect of seed.effects) this.applyEffect(row, compileEffect(effect as JourneyEffect));
    this.seeding = false;
    if (seed.waitingForSpecialPlaceSince !== undefined)
      this.joinShared(SPECIAL_SCHOOL, row, JOIN_AFTER_HOLDERS, seed.waitingForSpecialPlaceSince);
    if (seed.waitsForHearing) this.waitingForHearing.push(row);
    const since = seed.waitingForPsychologistSince;
    if (since !== undefined) this.waitingForPsychologist.push({ row, since });
    this.startChild(row);
    if (this.raisedCount > 0) this.followOn(row);
  }

  private createChild(context: JourneyContext): number {
    const { seed, replication } = this.settings;
    const row = this.table.add(context);
    const id = context.id;
    for (let r = 0; r < this.initialLeaves.length; r++) this.table.setLeaf(row, r, this.initialLeaves[r]!);
    seedAlea(this.table.u32, this.table.streamAt(row, EVENT_STREAM), seed, replication, id, 'events');
    seedAlea(this.table.u32, this.table.streamAt(row, TIMING_STREAM), seed, replication, id, 'timing');
    this.table.setAgeBand(row, ageBand(Math.floor((this.now - context.birthDay) / DAYS_PER_YEAR)));
    return row;
  }

  /** Start a new child's clocks: running costs, unmet need, stock class and next birthday. */
  private startChild(row: number): void {
    this.refresh(row);
    const context = this.context.at(row);
    if (countsForTrust(context.supportCode)) this.familyTrust.add(context.trust);
    this.scheduleBirthday(row, Math.floor((this.now - this.table.birthDay(row)) / DAYS_PER_YEAR));
  }

  /**
   * The next birthday after age `age` that the journey reacts to (see `BIRTHDAY_AGES`): for a
   * young person on a post-plan pathway, only the 25th (`POST_PLAN_BIRTHDAY_AGE`).
   */
  private scheduleBirthday(row: number, age: number): void {
    const { layout } = this;
    const next =
      layout.onPathway[this.table.leaf(row, layout.support)] === true && age < POST_PLAN_BIRTHDAY_AGE
        ? POST_PLAN_BIRTHDAY_AGE
        : nextBirthdayAge(age);
    if (next === undefined) return;
    this.future.push(
      this.table.birthDay(row) + next * DAYS_PER_YEAR,
      PRIORITY_NORMAL,
      row,
      BIRTHDAY,
      -1,
      next,
    );
  }

  /** The row the last dispatched event went to (a new child's, for an arrival). */
  private row = 0;

  private dispatch(type: number, row: number, payload: number): void {
    if (type === POLICY_PHASE) {
      this.startPhase(this.settings.phases[payload]!.params);
      return;
    }
    const table = this.table;
    if (type === ARRIVAL) {
      row = this.arrive1(ARRIVING - row);
      type = NEED_ARISES;
    }
    this.row = row;
    if (type === BIRTHDAY) {
      this.scheduleBirthday(row, payload);
      const band = ageBand(payload);
      if (band !== table.ageBand(row)) {
        table.setAgeBand(row, band);
        this.refresh(row);
      }
    }
    const { leaves, before } = this;
    const base = row * ROW_BYTES + LEAVES;
    for (let r = 0; r < leaves.length; r++) {
      leaves[r] = table.u8[base + r]!;
      before[r] = leaves[r]!;
    }
    // An event no region of the child's state handles changes nothing: it draws no numbers.
    if (!this.journey.handles(leaves, type)) return;
    const event = this.stamp(row, type, payload);
    const context = this.context.at(row);
    // What the accounts and stocks read, to refresh them only when one of these changes.
    const supportBefore = context.supportCode;
    const deliveredBefore = context.planDelivered;
    const trustBefore = context.trust;
    this.settings.onStep?.(leaves, context, event);
    if (!this.journey.stepCode(type, leaves, context, event, this.params)) return;
    for (let r = 0; r < leaves.length; r++) table.u8[base + r] = leaves[r]!;
    const taken = this.journey.taken;
    for (let r = 0; r < taken.length; r++) {
      const t = taken[r];
      if (t !== null && t !== undefined) for (const op of t.ops) this.applyEffect(row, op);
    }
    const { layout } = this;
    observeStep(this.metrics, layout, this.params, context, event, before, leaves, this.month);
    if (
      leaves[layout.need] !== before[layout.need] ||
      leaves[layout.setting] !== before[layout.setting] ||
      leaves[layout.support] !== before[layout.support] ||
      context.supportCode !== supportBefore ||
      context.planDelivered !== deliveredBefore
    )
      this.refresh(row);
    if (this.trace !== undefined) {
      const effects = taken.flatMap((t) => t?.effects ?? []);
      this.trace.record({ id: context.id, row, leaves, context }, event, before, effects);
    }
    const ends = leaves[layout.support] === layout.supportLeaf.ended;
    // The family's trust, or whether it is counted, changed: a comparison per step, no walk.
    if (context.trust !== trustBefore || context.supportCode !== supportBefore || ends)
      this.familyTrust.change(
        countsForTrust(supportBefore),
        trustBefore,
        !ends && countsForTrust(context.supportCode),
        context.trust,
      );
    if (ends) this.retire(row);
  }

  /** Create the `k`-th of this year's arrivals in this partition; returns its row. */
  private arrive1(k: number): number {
    const year = this.arrivals!;
    const id = this.arrivalIds[k]!;
    const at = this.arrivalAt[k]!;
    const { seed, replication } = this.settings;
    const attributes = arrivalAttributes(
      this.attributeStream,
      this.settings.startParams,
      seed,
      replication,
      id,
      year,
      at,
    );
    resetJourneyContext(this.arriving, attributes, 0, this.params['population.initialTrust']);
    const row = this.createChild(this.arriving);
    const setting = (this.now - attributes.birthDay) / DAYS_PER_YEAR < 5 ? 'earlyYears' : 'mainstream';
    this.table.setLeaf(row, this.layout.setting, this.journey.leafIndex(this.layout.setting, setting));
    this.startChild(row);
    return row;
  }

  /**
   * The event as the statechart sees it: the scheduled payload plus one uniform draw per
   * region. One object is reused for every event (the step reads it and lets it go), always
   * with the same fields so guards see one shape; absent payload fields are `undefined`.
   */
  private stamp(row: number, type: number, payload: number): JourneyEvent {
    const u32 = this.table.u32;
    const at = this.table.streamAt(row, EVENT_STREAM);
    const event = this.event;
    const name = JOURNEY_EVENT_TYPES[type]!;
    event.type = name;
    event.day = this.now;
    event.uNeed = stepAlea(u32, at);
    event.uSupport = stepAlea(u32, at);
    event.uRedress = stepAlea(u32, at);
    event.uSetting = stepAlea(u32, at);
    decodePayload(name, payload, event);
    return event as JourneyEvent;
  }

  /** Carry out one effect for the child in `row` (the context view points at it). */
  private applyEffect(row: number, op: EffectOp): void {
    switch (op.kind) {
      case EFFECT_KIND.schedule: {
        if (op.now) {
          this.raise(row, op);
          break;
        }
        timingStream.u32 = this.table.u32;
        timingStream.at = this.table.streamAt(row, TIMING_STREAM);
        const days = op.delay!(this.context, this.params, drawTiming, this.now);
        if (!(days >= 0))
          throw new Error(
            `Delay of ${JOURNEY_EVENT_TYPES[op.event]} gave ${days} days for child ${this.table.idOf(row)}`,
          );
        this.scheduleTimer(row, op.timer, op.event, this.now + days, op.payload);
        break;
      }
      case EFFECT_KIND.cancel:
        this.table.nextTimerGeneration(row, op.timer);
        break;
      case EFFECT_KIND.joinQueue:
        this.join(op.service, row);
        break;
      case EFFECT_KIND.leaveService:
        this.leave(op.service, row);
        break;
      case EFFECT_KIND.book: {
        const costs = this.money.oneOff[op.cost]!;
        for (let k = 0; k < costs.length; k++) this.ledger.book(row, costs[k]![0], costs[k]![1], this.now);
        // A suspension changes no state, so it is counted where its cost is booked.
        if (op.cost === SUSPENSION_COST) observeSuspension(this.metrics, this.context, this.month);
        break;
      }
    }
  }

  /** Queue `op`'s event to follow on at once from the step now running (see `raised`). */
  private raise(row: number, op: EffectOp): void {
    const at = this.raisedCount++ * 4;
    if (at + 4 > this.raised.length)
      throw new Error(`Child ${this.table.idOf(row)}: a step raised too many events`);
    this.raised[at] = op.event;
    this.raised[at + 1] = op.timer;
    this.raised[at + 2] = this.table.nextTimerGeneration(row, op.timer);
    this.raised[at + 3] = op.payload;
  }

  private join(service: number, row: number): void {
    if (service === LOCAL_SERVICE) this.ep.join(row, this.now, this.month, this.seeding);
    else this.joinShared(service, row, this.seeding ? JOIN_HELD_BEFORE_START : JOIN, this.now);
  }

  /** Ask to join a shared service (`how`: a `ServiceRequests` join code) at `time`, unless already in it. */
  private joinShared(service: number, row: number, how: number, time: number): void {
    if (this.table.inSharedService(row, service)) return;
    this.table.setInSharedService(row, service, true);
    this.request(service, row, how, time);
  }

  private leave(service: number, row: number): void {
    if (service === LOCAL_SERVICE) this.ep.leave(row, this.now, this.month);
    else if (this.table.inSharedService(row, service)) {
      this.table.setInSharedService(row, service, false);
      this.request(service, row, LEAVE, this.now);
    }
  }

  private request(service: number, row: number, join: number, time: number): void {
    let r = this.requests;
    if (r.count === r.time.length) {
      const grown = newRequests(r.count * 2);
      grown.time.set(r.time);
      grown.child.set(r.child);
      grown.service.set(r.service);
      grown.join.set(r.join);
      grown.count = r.count;
      this.requests = grown;
      r = grown;
    }
    const k = r.count++;
    r.time[k] = time;
    r.child[k] = this.table.idOf(row);
    r.service[k] = service;
    r.join[k] = join;
  }

  /** Schedule `type` for the child in `row` on timer `timer`, replacing the timer's pending event. */
  private scheduleTimer(row: number, timer: number, type: number, time: number, payload: number): void {
    const generation = this.table.nextTimerGeneration(row, timer);
    const priority = time === this.now ? PRIORITY_IMMEDIATE : PRIORITY_NORMAL;
    this.future.push(time, priority, row, type, timer, payload, generation);
  }

  /**
   * Bring the accounts and stock class of the child in `row` up to date after its state changed
   * (a step, a birthday at a band's edge, arriving or retiring).
   */
  private refresh(row: number): void {
    const { table, layout } = this;
    const context = this.context.at(row);
    const active = table.isActive(row);
    const setting = table.leaf(row, layout.setting);
    const unmet = this.accounts.update(
      table,
      context,
      active,
      table.leaf(row, layout.need),
      setting,
      table.unmet(row),
      this.now,
    );
    table.setUnmet(row, unmet);
    const stock = active
      ? this.stocks.classOf(
          table.leaf(row, layout.support) === layout.supportLeaf.plan,
          context.supportCode,
          context.planDelivered,
          setting,
          unmet,
          table.ageBand(row),
        )
      : NO_STOCK;
    this.stocks.move(table.stockClass(row), stock, table.needCode(row));
    table.setStockClass(row, stock);
  }

  /**
   * A policy starts: from now on guards, delays, costs and arrivals read `params`, and the
   * group's educational psychology takes its new capacity (the shared services take theirs at
   * the replication's end of day). Children already placed keep their places; running costs
   * are re-priced as each child next changes state.
   */
  private startPhase(params: Params): void {
    this.phaseParams = params;
    this.params = this.money.decisionParams(params, this.year);
    this.money.startPhase(this.params);
    this.ep.startPhase(this.params, this.now, this.month);
  }

  /** A child whose support has ended leaves the model: its places are freed and its accounts closed (its pending events become stale). */
  private retire(row: number): void {
    this.table.retire(row);
    for (let s = 0; s < SERVICES.length; s++) this.leave(s, row);
    this.refresh(row);
  }
}

/** The sum of `values` (the child table's room for expected arrivals). */
function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
