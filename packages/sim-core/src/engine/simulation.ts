/**
 * One replication of one scenario: the event loop.
 *
 * Children are plain records (context, one leaf index per region, timer tokens, two random
 * streams). Each event popped from the queue is stamped with four uniform draws from the
 * child's own event stream, run through the compiled journey, and its effects carried out:
 * timers scheduled or cancelled, service queues joined or left, one-off costs booked. After
 * the step the engine counts metrics, resets running costs and retires children whose
 * support has ended. Month-start snapshots are taken as the clock passes each month.
 *
 * Determinism: the only sources of chance are the seeded streams; ties in time are broken
 * by (priority, insertion order) in the queue; nothing reads the wall clock.
 *
 * Longer than most files here because the loop is one algorithm whose steps share the queue,
 * the clock and the per-child tables; the separable concepts (accounts, services, metrics,
 * population, trace) live in their own files.
 */
import { type CompiledJourney, compileJourney } from '../journey/compile-journey.js';
import { createJourneyContext, type JourneyContext } from '../journey/journey-context.js';
import { JOURNEY_DELAYS } from '../journey/journey-delays.js';
import {
  type JourneyEffect,
  type JourneyEvent,
  type JourneyEventPayload,
  type JourneyEventType,
  SERVICE_START_EVENT,
  SERVICES,
  type ServiceName,
  TIMERS,
} from '../journey/journey-events.js';
import { JourneyLayout } from '../journey/journey-layout.js';
import { createJourneyMachine } from '../journey/journey-machine.js';
import { oneOffCosts } from '../ledger/cost-model.js';
import { Ledger, PAYER_COUNT, PAYER_INDEX } from '../ledger/ledger.js';
import { observeStep, takeSnapshot } from '../metrics/journey-metrics.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { MetricsCollector } from '../metrics/metrics-collector.js';
import { type Arrival, arrivalsInYear } from '../population/arrivals.js';
import { buildStartingPopulation, type ChildSeed } from '../population/synthetic-population.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { Service } from '../services/service.js';
import { createServices, SERVICE_WAIT_METRIC, serviceSlots } from '../services/service-capacity.js';
import { Calendar, DAYS_PER_YEAR } from './calendar.js';
import { ChildAccounts } from './child-accounts.js';
import { EventQueue, type Scheduled } from './event-queue.js';
import { StreamTable } from './random-streams.js';
import { type ChildTrace, TraceRecorder } from './trace.js';

const TIMER_INDEX = new Map<string, number>(TIMERS.map((t, i) => [t, i]));
const TIMER_COUNT = TIMERS.length;
/** Events that follow at once from another (service admissions) run before anything else at the same instant. */
const PRIORITY_IMMEDIATE = 0;
const PRIORITY_NORMAL = 1;

/**
 * A child as the engine holds it. `id` is also its index in the children array, in the
 * engine's timer table and (×2, ×2 + 1) in its stream table, where the child's event and
 * timing streams live.
 */
export interface ChildRecord {
  readonly id: number;
  readonly context: JourneyContext;
  readonly leaves: number[];
  active: boolean;
  /** Day the current spell of unmet need began, or -1. */
  unmetSince: number;
}

interface PendingEvent extends Scheduled {
  readonly time: number;
  readonly priority: number;
  readonly child: number;
  readonly type: JourneyEventType | 'YEAR_OF_ARRIVALS' | 'POLICY_PHASE';
  readonly timer: number;
  /** Timer token; for YEAR_OF_ARRIVALS, the year index; for POLICY_PHASE, the phase index. */
  readonly token: number;
  readonly payload: JourneyEventPayload | undefined;
  readonly arrival: Arrival | undefined;
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
  /** Called now and then with the share of simulated time done (0–1). */
  readonly onProgress?: (done: number) => void;
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
  /** Events popped from the queue, including stale ones (cancelled timers, retired children). */
  readonly eventsProcessed: number;
  /** Of those, events dropped as stale. */
  readonly eventsStale: number;
  readonly trace: ChildTrace | undefined;
  /** Timelines of `traceChildIds` that exist at this scale and seed, in the order asked for (by id for `'all'`). */
  readonly traces: readonly ChildTrace[];
}

export class Simulation {
  readonly journey: CompiledJourney;
  readonly layout: JourneyLayout;
  readonly calendar: Calendar;
  readonly children: ChildRecord[] = [];
  /** Children not yet retired (compacted at each snapshot). */
  private readonly active: ChildRecord[] = [];
  readonly ledger: Ledger;
  readonly metrics: MetricsCollector;
  readonly services: Readonly<Record<ServiceName, Service>>;
  private readonly input: SimulationInput;
  private params: Params;
  private readonly queue = new EventQueue<PendingEvent>();
  private readonly monthStarts: number[];
  private readonly endDay: number;
  private readonly effects: JourneyEffect[] = [];
  /** Every child's event stream (2 × id) and timing stream (2 × id + 1). */
  private readonly streams = new StreamTable();
  /** Token of each child's pending event per timer (`id × TIMER_COUNT + timer`); 0 when none is pending. */
  private timers = new Int32Array(1024 * TIMER_COUNT);
  /** The timing stream that `timing` draws from; set before each delay is sampled. */
  private timingStream = 0;
  private readonly timing = (): number => this.streams.next(this.timingStream);
  private readonly event: { -readonly [K in keyof JourneyEvent]-?: JourneyEvent[K] | undefined } & {
    type: JourneyEventType;
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
  private readonly before: number[] = [0, 0, 0, 0];
  private readonly trace: TraceRecorder | undefined;
  private readonly accounts: ChildAccounts;
  private tokenCounter = 0;
  /** Id the next new child will get. */
  private nextId = 0;
  private childrenAtStart = 0;
  private eventsProcessed = 0;
  private eventsStale = 0;
  private now = 0;

  constructor(input: SimulationInput) {
    if (!(input.scale > 0 && input.scale <= 1))
      throw new Error(`scale must be in (0, 1], found ${input.scale}`);
    if (!(Number.isInteger(input.years) && input.years >= 1))
      throw new Error(`years must be a whole number ≥ 1, found ${input.years}`);
    this.input = input;
    this.params = input.params;
    this.journey = compileJourney(createJourneyMachine(input.params), input.params);
    this.layout = new JourneyLayout(this.journey);
    this.calendar = new Calendar(input.startDate);
    this.monthStarts = this.calendar.monthStarts(input.years);
    this.endDay = this.monthStarts[this.monthStarts.length - 1]!;
    this.ledger = new Ledger(this.monthStarts);
    this.metrics = new MetricsCollector(this.monthStarts);
    this.accounts = new ChildAccounts(this.layout, input.params, this.ledger, this.metrics);
    this.services = createServices(input.params, input.scale);
    const ids = input.traceChildIds ?? [];
    const traced =
      ids === 'all' ? 'all' : [...ids, ...(input.traceChildId === undefined ? [] : [input.traceChildId])];
    // No recorder at all unless asked: ordinary runs pay one undefined check per step.
    this.trace =
      traced.length === 0 ? undefined : new TraceRecorder(traced, this.journey, this.calendar, this.ledger);
  }

  /** The children `traceChildIds` asks for, in its order (`undefined` for an id that does not exist). */
  private tracedChildren(): ReadonlyArray<ChildRecord | undefined> {
    const ids = this.input.traceChildIds ?? [];
    return ids === 'all' ? this.children : ids.map((id) => this.children[id]);
  }

  /** Run to the end and return the replication's output. */
  run(): SimulationOutput {
    const { seed, replication, scale, years } = this.input;
    for (const seedChild of buildStartingPopulation(this.params, scale, seed, replication))
      this.addSeed(seedChild);
    this.nextId = this.children.length;
    this.childrenAtStart = this.children.length;
    (this.input.phases ?? []).forEach((phase, i) => {
      const [y, m, d] = phase.startDate.split('-').map(Number) as [number, number, number];
      const day = Math.max(0, this.calendar.dayOf(y, m - 1, d));
      if (day < this.endDay) this.push(day, PRIORITY_IMMEDIATE, -1, 'POLICY_PHASE', -1, i);
    });
    for (let y = 0; y < years; y++) {
      this.push(
        this.calendar.dayOf(this.calendar.startYear + y),
        PRIORITY_NORMAL,
        -1,
        'YEAR_OF_ARRIVALS',
        -1,
        y,
      );
    }

    let nextMonth = 0;
    const progressEvery = 1 << 15;
    for (;;) {
      const next = this.queue.peek();
      const time = next === undefined || next.time >= this.endDay ? this.endDay : next.time;
      while (nextMonth < this.monthStarts.length && this.monthStarts[nextMonth]! <= time) {
        this.snapshot(nextMonth++);
      }
      if (next === undefined || next.time >= this.endDay) break;
      this.queue.pop();
      // Cheap enough to keep on: a scheduling bug must fail loudly, not bend time.
      if (next.time < this.now)
        throw new Error(`Time ran backwards: event at day ${next.time} after day ${this.now}`);
      this.now = next.time;
      this.dispatch(next);
      if (++this.eventsProcessed % progressEvery === 0) this.input.onProgress?.(this.now / this.endDay);
    }
    this.now = this.endDay;
    for (const child of this.children) if (child.active) this.accounts.close(child, this.now);
    this.input.onProgress?.(1);

    const costsByMonth: number[][] = [];
    for (let p = 0; p < PAYER_COUNT; p++) {
      const row: number[] = [];
      for (let m = 0; m < this.ledger.monthCount; m++) row.push(this.ledger.monthPence(m, p));
      costsByMonth.push(row);
    }
    return {
      yearly: this.metrics.yearly(years),
      monthly: this.metrics.monthly(),
      costsByMonth,
      monthStarts: this.monthStarts,
      childrenAtStart: this.childrenAtStart,
      childrenSimulated: this.children.length,
      eventsProcessed: this.eventsProcessed,
      eventsStale: this.eventsStale,
      trace: this.trace?.result(this.children[this.input.traceChildId ?? -1]),
      traces: this.tracedChildren().flatMap((child) => this.trace?.result(child) ?? []),
    };
  }

  private addSeed(seed: ChildSeed): void {
    const child = this.createChild(seed.context);
    const { need, support, redress, setting } = this.layout;
    child.leaves[need] = this.journey.leafIndex(need, seed.leaves.need);
    child.leaves[support] = this.journey.leafIndex(support, seed.leaves.support);
    child.leaves[redress] = this.journey.leafIndex(redress, seed.leaves.redress);
    child.leaves[setting] = this.journey.leafIndex(setting, seed.leaves.setting);
    for (const t of seed.timers)
      this.scheduleTimer(child, TIMER_INDEX.get(t.timer)!, t.event, t.day, undefined);
    this.applyEffects(child, seed.effects);
    this.startChild(child);
  }

  private createChild(context: JourneyContext): ChildRecord {
    const { seed, replication } = this.input;
    const child: ChildRecord = {
      id: context.id,
      context,
      leaves: this.journey.initialLeaves(),
      active: true,
      unmetSince: -1,
    };
    if (child.id !== this.children.length) {
      throw new Error(`Child ids must be dense: expected ${this.children.length}, got ${child.id}`);
    }
    this.streams.seed(2 * child.id, seed, replication, child.id, 'events');
    this.streams.seed(2 * child.id + 1, seed, replication, child.id, 'timing');
    if ((child.id + 1) * TIMER_COUNT > this.timers.length) {
      const timers = new Int32Array(this.timers.length * 2);
      timers.set(this.timers);
      this.timers = timers;
    }
    this.children.push(child);
    this.active.push(child);
    return child;
  }

  /** Start a new child's clocks: running costs, unmet-need spell and next birthday. */
  private startChild(child: ChildRecord): void {
    this.accounts.update(child, this.now);
    const ageNow = (this.now - child.context.birthDay) / DAYS_PER_YEAR;
    const nextAge = Math.floor(ageNow) + 1;
    this.push(
      child.context.birthDay + nextAge * DAYS_PER_YEAR,
      PRIORITY_NORMAL,
      child.id,
      'BIRTHDAY',
      -1,
      0,
      {
        age: nextAge,
      },
    );
  }

  private dispatch(pending: PendingEvent): void {
    if (pending.type === 'YEAR_OF_ARRIVALS') {
      this.scheduleArrivals(pending.token);
      return;
    }
    if (pending.type === 'POLICY_PHASE') {
      this.startPhase(this.input.phases![pending.token]!.params);
      return;
    }
    let child: ChildRecord;
    if (pending.arrival !== undefined) {
      child = this.createChild(
        createJourneyContext(pending.arrival.attributes, 0, this.params['population.initialTrust']),
      );
      child.leaves[this.layout.setting] = this.journey.leafIndex(
        this.layout.setting,
        (pending.time - pending.arrival.attributes.birthDay) / DAYS_PER_YEAR < 5
          ? 'earlyYears'
          : 'mainstream',
      );
      this.startChild(child);
    } else {
      child = this.children[pending.child]!;
    }
    if (!child.active) {
      this.eventsStale++;
      return;
    }
    if (pending.timer >= 0) {
      const slot = child.id * TIMER_COUNT + pending.timer;
      if (this.timers[slot] !== pending.token) {
        this.eventsStale++; // cancelled or replaced
        return;
      }
      this.timers[slot] = 0;
    }
    if (pending.type === 'BIRTHDAY' && pending.payload?.age !== undefined && pending.payload.age < 26) {
      const age = pending.payload.age + 1;
      this.push(child.context.birthDay + age * DAYS_PER_YEAR, PRIORITY_NORMAL, child.id, 'BIRTHDAY', -1, 0, {
        age,
      });
    }
    const event = this.stamp(child, pending);
    const before = this.before;
    for (let r = 0; r < 4; r++) before[r] = child.leaves[r]!;
    const effects = this.effects;
    effects.length = 0;
    const taken = this.journey.step(child.leaves, child.context, event, effects);
    if (!taken) return;
    this.applyEffects(child, effects);
    observeStep(this.metrics, this.layout, this.params, child, event, before);
    this.accounts.update(child, this.now);
    this.trace?.record(child, event, before, effects);
    if (child.leaves[this.layout.support] === this.layout.supportLeaf.ended) this.retire(child);
  }

  /**
   * The event as the statechart sees it: the scheduled payload plus one uniform draw per
   * region. One object is reused for every event (the step reads it and lets it go), always
   * with the same fields so guards see one shape; absent payload fields are `undefined`.
   */
  private stamp(child: ChildRecord, pending: PendingEvent): JourneyEvent {
    const streams = this.streams;
    const stream = 2 * child.id;
    const event = this.event;
    event.type = pending.type as JourneyEventType;
    event.day = pending.time;
    event.uNeed = streams.next(stream);
    event.uSupport = streams.next(stream);
    event.uRedress = streams.next(stream);
    event.uSetting = streams.next(stream);
    const payload = pending.payload;
    event.age = payload?.age;
    event.by = payload?.by;
    event.appealType = payload?.appealType;
    return event as JourneyEvent;
  }

  private applyEffects(child: ChildRecord, effects: readonly JourneyEffect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'schedule': {
          const { timer, event, delay, payload } = effect.params;
          this.timingStream = 2 * child.id + 1;
          const days = JOURNEY_DELAYS[delay](child.context, this.params, this.timing, this.now);
          if (!(days >= 0)) throw new Error(`Delay '${delay}' gave ${days} days for child ${child.id}`);
          this.scheduleTimer(child, TIMER_INDEX.get(timer)!, event, this.now + days, payload);
          break;
        }
        case 'cancel':
          this.timers[child.id * TIMER_COUNT + TIMER_INDEX.get(effect.params.timer)!] = 0;
          break;
        case 'joinQueue': {
          const service = effect.params.service;
          if (this.services[service].join(child.id, this.now)) this.admitted(service, child.id);
          this.recordWaits(service);
          break;
        }
        case 'leaveService':
          this.leaveService(effect.params.service, child.id);
          break;
        case 'book':
          for (const [payer, pounds] of oneOffCosts(effect.params.cost, this.params)) {
            this.ledger.book(child.id, PAYER_INDEX[payer], pounds, this.now);
          }
          break;
      }
    }
  }

  private leaveService(service: ServiceName, child: number): void {
    this.services[service].leave(child, this.now, (next) => this.admitted(service, next));
    this.recordWaits(service);
  }

  private admitted(service: ServiceName, child: number): void {
    this.push(this.now, PRIORITY_IMMEDIATE, child, SERVICE_START_EVENT[service]);
  }

  private recordWaits(service: ServiceName): void {
    const waits = this.services[service].drainWaits();
    if (waits.length > 0) this.metrics.addWaits(SERVICE_WAIT_METRIC[service], this.now, waits);
  }

  private scheduleTimer(
    child: ChildRecord,
    timer: number,
    type: JourneyEventType,
    time: number,
    payload: JourneyEventPayload | undefined,
  ): void {
    const token = ++this.tokenCounter;
    this.timers[child.id * TIMER_COUNT + timer] = token;
    this.push(
      time,
      time === this.now ? PRIORITY_IMMEDIATE : PRIORITY_NORMAL,
      child.id,
      type,
      timer,
      token,
      payload,
    );
  }

  private push(
    time: number,
    priority: number,
    child: number,
    type: PendingEvent['type'],
    timer = -1,
    token = 0,
    payload?: JourneyEventPayload,
    arrival?: Arrival,
  ): void {
    this.queue.push({ time, priority, child, type, timer, token, payload, arrival });
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
    const slots = serviceSlots(params, this.input.scale);
    for (const service of SERVICES) {
      this.services[service].setCapacity(slots[service], this.now, (next) => this.admitted(service, next));
      this.recordWaits(service);
    }
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
    this.nextId += arrivals.length;
    for (const arrival of arrivals) {
      this.push(
        arrival.day,
        PRIORITY_NORMAL,
        arrival.attributes.id,
        'NEED_ARISES',
        -1,
        0,
        undefined,
        arrival,
      );
    }
  }

  /** A child whose support has ended leaves the model: its places are freed and its accounts closed. */
  private retire(child: ChildRecord): void {
    child.active = false;
    for (const service of SERVICES)
      if (this.services[service].has(child.id)) this.leaveService(service, child.id);
    this.accounts.close(child, this.now);
  }

  private snapshot(month: number): void {
    // Retired children never return: drop them from the list the snapshots walk.
    let kept = 0;
    for (const child of this.active) if (child.active) this.active[kept++] = child;
    this.active.length = kept;
    takeSnapshot(this.metrics, this.layout, this.active, this.services, month, this.monthStarts[month]!);
  }
}
