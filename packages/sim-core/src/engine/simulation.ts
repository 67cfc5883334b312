/**
 * One replication of one scenario: the event loop.
 *
 * Children are rows of a `ChildTable` (context, one leaf index per region, two random
 * streams). Each event taken from the `FutureEvents` list is stamped with four uniform draws
 * from the child's own event stream, run through the compiled journey, and its effects carried
 * out: timers scheduled or cancelled, service queues joined or left, one-off costs booked.
 * After the step the engine counts metrics, resets running costs and retires children whose
 * support has ended. Month-start snapshots are taken as the clock passes each month.
 *
 * Nothing in the loop allocates: events are slots in typed arrays, the event the statechart
 * sees is one reused object, the child's context is one reused view over its row, and effects
 * are the compiled transitions' own ops.
 *
 * Determinism: the only sources of chance are the seeded streams; ties in time are broken
 * by (priority, insertion order) in the event list; nothing reads the wall clock.
 *
 * Longer than most files here because the loop is one algorithm whose steps share the event
 * list, the clock and the child table; the separable concepts (accounts, services, metrics,
 * population, trace) live in their own files.
 */
import {
  type CompiledJourney,
  compileEffect,
  compileJourney,
  EFFECT_KIND,
} from '../journey/compile-journey.js';
import {
  createJourneyContext,
  type JourneyContext,
  resetJourneyContext,
} from '../journey/journey-context.js';
import type { ServiceName } from '../journey/journey-events.js';
import {
  decodePayload,
  eventCode,
  JOURNEY_EVENT_TYPES,
  type JourneyEffect,
  type JourneyEvent,
  type JourneyEventType,
  ONE_OFF_COSTS,
  SERVICE_START_EVENT,
  SERVICES,
  TIMERS,
} from '../journey/journey-events.js';
import { BIRTHDAY_AGES } from '../journey/journey-guards.js';
import { JourneyLayout } from '../journey/journey-layout.js';
import { createJourneyMachine } from '../journey/journey-machine.js';
import { oneOffCosts } from '../ledger/cost-model.js';
import { Ledger, PAYER_COUNT, PAYER_INDEX } from '../ledger/ledger.js';
import { observeStep } from '../metrics/journey-metrics.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { METRIC_INDEX } from '../metrics/metric-definitions.js';
import { MetricsCollector } from '../metrics/metrics-collector.js';
import { ageBand, NO_STOCK, StockCounts } from '../metrics/stock-counts.js';
import { type Arrival, arrivalsInYear, expectedArrivals } from '../population/arrivals.js';
import {
  type ChildSeed,
  forEachStartingChild,
  startingPopulationSize,
} from '../population/synthetic-population.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { Service } from '../services/service.js';
import { createServices, SERVICE_WAIT_METRIC, serviceSlots } from '../services/service-capacity.js';
import { Calendar, DAYS_PER_YEAR } from './calendar.js';
import { ChildAccounts } from './child-accounts.js';
import {
  ChildContext,
  ChildTable,
  EVENT_STREAM,
  LEAVES,
  MAX_REGIONS,
  MAX_TIMERS,
  ROW_BYTES,
  TIMING_STREAM,
} from './child-table.js';
import { FutureEvents } from './future-events.js';
import { seedAlea, stepAlea } from './random-streams.js';
import { type ChildTrace, TraceRecorder } from './trace.js';

const TIMER_INDEX = new Map<string, number>(TIMERS.map((t, i) => [t, i]));
/** Events that follow at once from another (service admissions) run before anything else at the same instant. */
const PRIORITY_IMMEDIATE = 0;
const PRIORITY_NORMAL = 1;

// Event codes: the journey's events, then the engine's own.
const BIRTHDAY = eventCode('BIRTHDAY');
const NEED_ARISES = eventCode('NEED_ARISES');
const YEAR_OF_ARRIVALS = JOURNEY_EVENT_TYPES.length;
const POLICY_PHASE = YEAR_OF_ARRIVALS + 1;
/** A new child's NEED_ARISES: the child is created when it happens. */
const ARRIVAL = YEAR_OF_ARRIVALS + 2;
/**
 * The timing stream a delay draws from, pointed at the child's stream just before each delay is
 * sampled. One function for every run in the process, so the delays' calls to it always see
 * the same target and stay optimised from one replication to the next.
 */
const timingStream: { u32: Uint32Array; at: number } = { u32: new Uint32Array(4), at: 0 };
const drawTiming = (): number => stepAlea(timingStream.u32, timingStream.at);

/** The birthday after age `age` that the journey reacts to, or undefined (BIRTHDAY_AGES ascending). */
function nextBirthdayAge(age: number): number | undefined {
  for (const a of BIRTHDAY_AGES) if (a > age) return a;
  return undefined;
}

const SERVICE_START_CODE = SERVICES.map((s) => eventCode(SERVICE_START_EVENT[s]));
const SERVICE_WAIT_INDEX = SERVICES.map((s) => METRIC_INDEX[SERVICE_WAIT_METRIC[s]]);

/** A child as results and tools see it: a plain copy of its row. */
export interface ChildState {
  readonly id: number;
  readonly active: boolean;
  /** Leaf index per region. */
  readonly leaves: readonly number[];
  readonly context: JourneyContext;
}

/** What a simulation needs: a scenario's parameters, its start date, and the run options. */
export interface SimulationInput {
  readonly params: Params;
  readonly startDate: string;
  readonly seed: number;
  readonly replication: number;
  readonly years: number;
  readonly scale: number;
  /** Parameters that take over on a later date (policies that start part-way through the run), in date order. */
  readonly phases?: ReadonlyArray<{ readonly startDate: string; readonly params: Params }>;
  /** Record the full timeline of this child (`SimulationOutput.trace`). */
  readonly traceChildId?: number;
  /** Record the full timelines of these children too (`SimulationOutput.traces`, in this order), or of all. */
  readonly traceChildIds?: readonly number[] | 'all';
  /** Keep each child's cost by payer (`ledger.childPence`); implied by tracing. */
  readonly childCosts?: boolean;
  /** Called now and then with the share of simulated time done (0–1). */
  readonly onProgress?: (done: number) => void;
  /** Called at each month start after its stocks are recorded (for tools and tests that look at every child). */
  readonly onMonthStart?: (month: number, day: number) => void;
}

/** One replication's raw output (counts of simulated children, unweighted; money in pence). */
export interface SimulationOutput {
  readonly yearly: Record<MetricId, number[]>;
  readonly monthly: Record<MetricId, number[]>;
  /** Pence by payer (PAYERS order) and month. */
  readonly costsByMonth: number[][];
  readonly monthStarts: readonly number[];
  /** Children in the starting population (ids 0 … childrenAtStart − 1); the rest arrived later. */
  readonly childrenAtStart: number;
  readonly childrenSimulated: number;
  /** Events delivered (to a child's statechart, or the engine's own: arrivals, policy phases). */
  readonly eventsProcessed: number;
  /** Events cancelled before they fell due (replaced timers, retired children), never delivered. */
  readonly eventsStale: number;
  /** Bytes held in the run's tables at the end (children, events, ledger, services). */
  readonly tableBytes: number;
  readonly trace: ChildTrace | undefined;
  /** Timelines of `traceChildIds` that exist at this scale and seed, in the order asked for (by id for `'all'`). */
  readonly traces: readonly ChildTrace[];
}

export class Simulation {
  readonly journey: CompiledJourney;
  readonly layout: JourneyLayout;
  readonly calendar: Calendar;
  readonly ledger: Ledger;
  readonly metrics: MetricsCollector;
  readonly services: Readonly<Record<ServiceName, Service>>;
  private readonly serviceList: readonly Service[];
  /** Per service, what happens to a child a freed slot admits (made once: no closure per leave). */
  private readonly admit: ReadonlyArray<(child: number) => void>;
  /** Every region's initial leaf. */
  private readonly initialLeaves: readonly number[];
  private readonly input: SimulationInput;
  private params: Params;
  private readonly table: ChildTable;
  /** The context of the child being stepped (guards, updates and delays read it). */
  private readonly context: ChildContext;
  /** Children in each stock class, for the month-start snapshots. */
  private readonly stocks: StockCounts;
  private readonly future: FutureEvents;
  private readonly monthStarts: number[];
  private readonly endDay: number;
  /** One-off costs of each `ONE_OFF_COSTS` entry under the current prices: [payer index, pounds] pairs. */
  private oneOff: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
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
  private readonly trace: TraceRecorder | undefined;
  private readonly accounts: ChildAccounts;
  /** The context an arriving child is written from (one object, reused). */
  private readonly arriving = createJourneyContext(
    { id: 0, birthDay: 0.5, sex: 'female', primaryNeed: 'OTH', deprived: false, advocacy: 0.5 },
    0.5,
    0.5,
  );
  /** This year's arrivals (ids from `arrivalsFrom`), created as each falls due. */
  private arrivals: readonly Arrival[] = [];
  private arrivalsFrom = 0;
  /** Id the next new child will get. */
  private nextId = 0;
  private childrenAtStart = 0;
  /** What reading ahead the day's rows added up (kept so the reads are not optimised away). */
  private touched = 0;
  /** Events delivered, and events dropped as stale. */
  private delivered = 0;
  private stale = 0;
  private now = 0;
  /** The month `now` falls in. */
  private month = 0;

  constructor(input: SimulationInput) {
    if (!(input.scale > 0 && input.scale <= 1))
      throw new Error(`scale must be in (0, 1], found ${input.scale}`);
    if (!(Number.isInteger(input.years) && input.years >= 1))
      throw new Error(`years must be a whole number ≥ 1, found ${input.years}`);
    this.input = input;
    this.params = input.params;
    // Room for the children the run is expected to have (a little over: arrivals are random).
    const expected =
      startingPopulationSize(input.params, input.scale) +
      expectedArrivals(input.params, input.scale, input.years);
    this.table = new ChildTable(Math.ceil(expected * 1.02) + 64);
    this.context = new ChildContext(this.table);
    this.journey = compileJourney(createJourneyMachine(input.params), input.params);
    if (this.journey.regions.length > MAX_REGIONS) throw new Error('Simulation: too many regions for a row');
    if (TIMERS.length > MAX_TIMERS) throw new Error('Simulation: too many timers for a row');
    this.layout = new JourneyLayout(this.journey);
    this.initialLeaves = this.journey.initialLeaves();
    this.leaves = [...this.initialLeaves];
    this.before = [...this.leaves];
    this.calendar = new Calendar(input.startDate);
    this.monthStarts = this.calendar.monthStarts(input.years);
    this.endDay = this.monthStarts[this.monthStarts.length - 1]!;
    this.future = new FutureEvents(this.endDay);
    this.future.onDayLoaded = (children, count) => {
      this.touched += this.table.touch(children, count);
    };
    const ids = input.traceChildIds ?? [];
    const traced =
      ids === 'all' ? 'all' : [...ids, ...(input.traceChildId === undefined ? [] : [input.traceChildId])];
    const tracing = traced === 'all' || traced.length > 0;
    this.ledger = new Ledger(this.monthStarts, { perChild: tracing || input.childCosts === true });
    this.metrics = new MetricsCollector(this.monthStarts);
    this.accounts = new ChildAccounts(this.layout, input.params, this.ledger, this.metrics);
    this.stocks = new StockCounts(this.layout);
    this.services = createServices(input.params, input.scale);
    this.serviceList = SERVICES.map((s) => this.services[s]);
    this.admit = SERVICES.map((_, s) => (child: number) => this.admitted(s, child));
    this.oneOff = oneOffTable(input.params);
    // No recorder at all unless asked: ordinary runs pay one undefined check per step.
    this.trace = tracing ? new TraceRecorder(traced, this.journey, this.calendar, this.ledger) : undefined;
  }

  /** Children created so far (ids 0 … childCount − 1). */
  get childCount(): number {
    return this.table.count;
  }

  /** A plain copy of child `id`'s state. */
  child(id: number): ChildState {
    if (!(Number.isInteger(id) && id >= 0 && id < this.table.count)) throw new RangeError(`No child ${id}`);
    const leaves = this.journey.regions.map((_, r) => this.table.leaf(id, r));
    return { id, active: this.table.isActive(id), leaves, context: this.table.contextOf(id) };
  }

  /** Plain copies of every child's state, by id. */
  children(): ChildState[] {
    return Array.from({ length: this.table.count }, (_, id) => this.child(id));
  }

  /** Run to the end and return the replication's output. */
  run(): SimulationOutput {
    const { seed, replication, scale, years } = this.input;
    forEachStartingChild(this.params, scale, seed, replication, (child) => this.addSeed(child));
    this.nextId = this.table.count;
    this.childrenAtStart = this.table.count;
    (this.input.phases ?? []).forEach((phase, i) => {
      const [y, m, d] = phase.startDate.split('-').map(Number) as [number, number, number];
      const day = Math.max(0, this.calendar.dayOf(y, m - 1, d));
      if (day < this.endDay) this.future.push(day, PRIORITY_IMMEDIATE, -1, POLICY_PHASE, -1, i);
    });
    for (let y = 0; y < years; y++) {
      this.future.push(
        this.calendar.dayOf(this.calendar.startYear + y),
        PRIORITY_NORMAL,
        -1,
        YEAR_OF_ARRIVALS,
        -1,
        y,
      );
    }

    let nextMonth = 0;
    const progressEvery = 1 << 15;
    const future = this.future;
    for (;;) {
      const time = Math.min(future.peekTime(), this.endDay);
      while (nextMonth < this.monthStarts.length && this.monthStarts[nextMonth]! <= time) {
        this.snapshot(nextMonth++);
      }
      if (time >= this.endDay) break;
      // Cheap enough to keep on: a scheduling bug must fail loudly, not bend time.
      if (time < this.now) throw new Error(`Time ran backwards: event at day ${time} after day ${this.now}`);
      this.now = time;
      this.month = nextMonth - 1;
      future.pop();
      const type = future.type();
      const child = future.childOf();
      const payload = future.payload();
      const timer = future.timer();
      const generation = future.generation();
      // A timer event whose timer was rescheduled or cancelled since, or an event of a child
      // who has retired, is stale: it was overtaken and never happens.
      if (
        type !== ARRIVAL &&
        child >= 0 &&
        (!this.table.isActive(child) ||
          (timer >= 0 && generation !== this.table.timerGeneration(child, timer)))
      ) {
        this.stale++;
        continue;
      }
      this.delivered++;
      this.dispatch(type, child, payload);
      if (this.delivered % progressEvery === 0) this.input.onProgress?.(this.now / this.endDay);
    }
    this.now = this.endDay;
    // The run ends: every child still in the model stops accruing (the last snapshot is taken).
    const { table, layout } = this;
    for (let id = 0; id < table.count; id++) {
      if (!table.isActive(id)) continue;
      const context = this.context.at(id);
      this.accounts.update(
        context,
        false,
        table.leaf(id, layout.need),
        table.leaf(id, layout.setting),
        table.unmet(id),
        this.now,
      );
    }
    this.ledger.settle(this.endDay);
    this.metrics.settle(this.endDay);
    this.input.onProgress?.(1);

    const costsByMonth: number[][] = [];
    for (let p = 0; p < PAYER_COUNT; p++) {
      const row: number[] = [];
      for (let m = 0; m < this.ledger.monthCount; m++) row.push(this.ledger.monthPence(m, p));
      costsByMonth.push(row);
    }
    const traced = this.input.traceChildIds ?? [];
    const tracedIds = traced === 'all' ? Array.from({ length: this.table.count }, (_, i) => i) : traced;
    return {
      yearly: this.metrics.yearly(years),
      monthly: this.metrics.monthly(),
      costsByMonth,
      monthStarts: this.monthStarts,
      childrenAtStart: this.childrenAtStart,
      childrenSimulated: this.table.count,
      eventsProcessed: this.delivered,
      eventsStale: this.stale,
      tableBytes: this.tableBytes(),
      trace: this.traceOf(this.input.traceChildId),
      traces: tracedIds.flatMap((id) => this.traceOf(id) ?? []),
    };
  }

  private tableBytes(): number {
    return (
      this.table.bytes +
      this.future.bytes +
      this.ledger.bytes +
      this.serviceList.reduce((sum, s) => sum + s.bytes, 0)
    );
  }

  private traceOf(id: number | undefined): ChildTrace | undefined {
    if (this.trace === undefined || id === undefined || !(id >= 0 && id < this.table.count)) return undefined;
    return this.trace.result(this.child(id));
  }

  private addSeed(seed: ChildSeed): void {
    const id = this.createChild(seed.context);
    const { need, support, redress, setting } = this.layout;
    this.table.setLeaf(id, need, this.journey.leafIndex(need, seed.leaves.need));
    this.table.setLeaf(id, support, this.journey.leafIndex(support, seed.leaves.support));
    this.table.setLeaf(id, redress, this.journey.leafIndex(redress, seed.leaves.redress));
    this.table.setLeaf(id, setting, this.journey.leafIndex(setting, seed.leaves.setting));
    for (const t of seed.timers)
      this.scheduleTimer(id, TIMER_INDEX.get(t.timer)!, eventCode(t.event), t.day, 0);
    this.context.at(id);
    for (const effect of seed.effects) this.applyEffect(id, compileEffect(effect as JourneyEffect));
    this.startChild(id);
  }

  private createChild(context: JourneyContext): number {
    const { seed, replication } = this.input;
    const id = this.table.add(context);
    for (let r = 0; r < this.initialLeaves.length; r++) this.table.setLeaf(id, r, this.initialLeaves[r]!);
    seedAlea(this.table.u32, this.table.streamAt(id, EVENT_STREAM), seed, replication, id, 'events');
    seedAlea(this.table.u32, this.table.streamAt(id, TIMING_STREAM), seed, replication, id, 'timing');
    this.table.setAgeBand(id, ageBand(Math.floor((this.now - context.birthDay) / DAYS_PER_YEAR)));
    return id;
  }

  /** Start a new child's clocks: running costs, unmet-need spell and next birthday. */
  private startChild(id: number): void {
    this.refresh(id);
    this.scheduleBirthday(id, Math.floor((this.now - this.table.birthDay(id)) / DAYS_PER_YEAR));
  }

  /** The next birthday after age `age` that the journey reacts to (see `BIRTHDAY_AGES`). */
  private scheduleBirthday(id: number, age: number): void {
    const next = nextBirthdayAge(age);
    if (next === undefined) return;
    this.future.push(this.table.birthDay(id) + next * DAYS_PER_YEAR, PRIORITY_NORMAL, id, BIRTHDAY, -1, next);
  }

  private dispatch(type: number, id: number, payload: number): void {
    if (type === YEAR_OF_ARRIVALS) {
      this.scheduleArrivals(payload);
      return;
    }
    if (type === POLICY_PHASE) {
      this.startPhase(this.input.phases![payload]!.params);
      return;
    }
    const table = this.table;
    if (type === ARRIVAL) {
      const arrival = this.arrivals[id - this.arrivalsFrom]!;
      resetJourneyContext(this.arriving, arrival.attributes, 0, this.params['population.initialTrust']);
      this.createChild(this.arriving);
      table.setLeaf(
        id,
        this.layout.setting,
        this.journey.leafIndex(
          this.layout.setting,
          (this.now - arrival.attributes.birthDay) / DAYS_PER_YEAR < 5 ? 'earlyYears' : 'mainstream',
        ),
      );
      this.startChild(id);
      type = NEED_ARISES;
    }
    if (type === BIRTHDAY) {
      this.scheduleBirthday(id, payload);
      const band = ageBand(payload);
      if (band !== table.ageBand(id)) {
        table.setAgeBand(id, band);
        this.refresh(id);
      }
    }
    const { leaves, before } = this;
    const base = id * ROW_BYTES + LEAVES;
    for (let r = 0; r < leaves.length; r++) {
      leaves[r] = table.u8[base + r]!;
      before[r] = leaves[r]!;
    }
    // An event no region of the child's state handles changes nothing: it draws no numbers.
    if (!this.journey.handles(leaves, type)) return;
    const event = this.stamp(id, type, payload);
    const context = this.context.at(id);
    // What the accounts and stocks read, to refresh them only when one of these changes.
    const supportBefore = context.supportCode;
    const deliveredBefore = context.planDelivered;
    if (!this.journey.stepCode(type, leaves, context, event)) return;
    for (let r = 0; r < leaves.length; r++) table.u8[base + r] = leaves[r]!;
    const taken = this.journey.taken;
    for (let r = 0; r < taken.length; r++) {
      const t = taken[r];
      if (t !== null && t !== undefined) for (const op of t.ops) this.applyEffect(id, op);
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
      this.refresh(id);
    if (this.trace !== undefined) {
      const effects = taken.flatMap((t) => t?.effects ?? []);
      this.trace.record({ id, leaves, context }, event, before, effects);
    }
    if (leaves[layout.support] === layout.supportLeaf.ended) this.retire(id);
  }

  /**
   * The event as the statechart sees it: the scheduled payload plus one uniform draw per
   * region. One object is reused for every event (the step reads it and lets it go), always
   * with the same fields so guards see one shape; absent payload fields are `undefined`.
   */
  private stamp(id: number, type: number, payload: number): JourneyEvent {
    const u32 = this.table.u32;
    const at = this.table.streamAt(id, EVENT_STREAM);
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

  /** Carry out one effect for child `id` (the context view points at it). */
  private applyEffect(id: number, op: ReturnType<typeof compileEffect>): void {
    switch (op.kind) {
      case EFFECT_KIND.schedule: {
        timingStream.u32 = this.table.u32;
        timingStream.at = this.table.streamAt(id, TIMING_STREAM);
        const days = op.delay!(this.context, this.params, drawTiming, this.now);
        if (!(days >= 0))
          throw new Error(`Delay of ${JOURNEY_EVENT_TYPES[op.event]} gave ${days} days for child ${id}`);
        this.scheduleTimer(id, op.timer, op.event, this.now + days, op.payload);
        break;
      }
      case EFFECT_KIND.cancel:
        this.table.nextTimerGeneration(id, op.timer);
        break;
      case EFFECT_KIND.joinQueue: {
        if (this.serviceList[op.service]!.join(id, this.now)) this.admitted(op.service, id);
        this.recordWaits(op.service);
        break;
      }
      case EFFECT_KIND.leaveService:
        this.leaveService(op.service, id);
        break;
      case EFFECT_KIND.book: {
        const costs = this.oneOff[op.cost]!;
        for (let k = 0; k < costs.length; k++) this.ledger.book(id, costs[k]![0], costs[k]![1], this.now);
        break;
      }
    }
  }

  private leaveService(service: number, id: number): void {
    this.serviceList[service]!.leave(id, this.now, this.admit[service]!);
    this.recordWaits(service);
  }

  private admitted(service: number, id: number): void {
    this.future.push(this.now, PRIORITY_IMMEDIATE, id, SERVICE_START_CODE[service]!, -1, 0);
  }

  private recordWaits(service: number): void {
    const s = this.serviceList[service]!;
    const admitted = s.drainWaitTotal();
    if (admitted > 0)
      this.metrics.addWaitTotal(SERVICE_WAIT_INDEX[service]!, this.month, s.drainedSum, admitted);
  }

  /** Schedule `type` for child `id` on timer `timer`, replacing the timer's pending event. */
  private scheduleTimer(id: number, timer: number, type: number, time: number, payload: number): void {
    const generation = this.table.nextTimerGeneration(id, timer);
    const priority = time === this.now ? PRIORITY_IMMEDIATE : PRIORITY_NORMAL;
    this.future.push(time, priority, id, type, timer, payload, generation);
  }

  /**
   * Bring child `id`'s accounts and stock class up to date after its state changed (a step, a
   * birthday at a band's edge, arriving or retiring).
   */
  private refresh(id: number): void {
    const { table, layout } = this;
    const context = this.context.at(id);
    const active = table.isActive(id);
    const setting = table.leaf(id, layout.setting);
    const unmet = this.accounts.update(
      context,
      active,
      table.leaf(id, layout.need),
      setting,
      table.unmet(id),
      this.now,
    );
    table.setUnmet(id, unmet);
    const stock = active
      ? this.stocks.classOf(
          table.leaf(id, layout.support) === layout.supportLeaf.plan,
          context.supportCode,
          context.planDelivered,
          setting,
          unmet,
          table.ageBand(id),
        )
      : NO_STOCK;
    this.stocks.move(table.stockClass(id), stock);
    table.setStockClass(id, stock);
  }

  /**
   * A policy starts: from now on guards, delays, costs and arrivals read `params`, and the
   * services take their new capacities. Children already placed keep their places; running
   * costs are re-priced as each child next changes state.
   */
  private startPhase(params: Params): void {
    this.params = params;
    this.journey.setParams(params);
    this.accounts.setParams(params);
    this.oneOff = oneOffTable(params);
    const slots = serviceSlots(params, this.input.scale);
    SERVICES.forEach((name, s) => {
      this.services[name].setCapacity(slots[name], this.now, this.admit[s]!);
      this.recordWaits(s);
    });
  }

  private scheduleArrivals(yearIndex: number): void {
    const { seed, replication, scale } = this.input;
    const year = this.calendar.startYear + yearIndex;
    const yearStart = this.calendar.dayOf(year);
    const yearEnd = this.calendar.dayOf(year + 1);
    const arrivals = arrivalsInYear(
      this.params,
      scale,
      seed,
      replication,
      yearIndex,
      yearStart,
      yearEnd,
      this.nextId,
    );
    // Arrivals are sorted by day and numbered in that order, and a year's arrivals all come
    // before the next year's, so children are created in id order.
    this.arrivals = arrivals;
    this.arrivalsFrom = this.nextId;
    this.nextId += arrivals.length;
    for (const arrival of arrivals) {
      this.future.push(arrival.day, PRIORITY_NORMAL, arrival.attributes.id, ARRIVAL, -1, 0);
    }
  }

  /** A child whose support has ended leaves the model: its places are freed and its accounts closed (its pending events become stale). */
  private retire(id: number): void {
    this.table.retire(id);
    for (let s = 0; s < this.serviceList.length; s++)
      if (this.serviceList[s]!.has(id)) this.leaveService(s, id);
    this.refresh(id);
  }

  private snapshot(month: number): void {
    this.stocks.record(this.metrics, this.services, month);
    this.input.onMonthStart?.(month, this.monthStarts[month]!);
  }
}

/** Each one-off cost's (payer index, pounds) pairs under `params`. */
function oneOffTable(params: Params): ReadonlyArray<ReadonlyArray<readonly [number, number]>> {
  return ONE_OFF_COSTS.map((cost) =>
    oneOffCosts(cost, params).map(([payer, pounds]) => [PAYER_INDEX[payer], pounds] as const),
  );
}
