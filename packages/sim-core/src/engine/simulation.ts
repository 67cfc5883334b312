/**
 * One replication of one scenario.
 *
 * The children are split into partitions, one per group of local areas (`Partition`), each
 * with its own event list, educational psychology queue, ledger and metrics. The replication
 * runs them a day at a time; at the end of each day it settles what they asked of the services
 * they share (`NationalServices`), takes the month-start snapshots, starts policies due that
 * day, hands out the year's new needs, and tells each partition whose place starts the next
 * day. Partitions never touch each other's state within a day, so running them one after
 * another (here) or side by side on threads (the CLI's `runPartitioned`) gives byte-identical
 * results; `ReplicationDays` is the schedule both follow.
 */

import { Calendar, financialYearStartOf } from '../foundation/calendar.js';
import type { CompiledJourney } from '../journey/compile-journey.js';
import { compileJourney } from '../journey/compile-journey.js';
import { SERVICES, type ServiceName, TIMERS } from '../journey/journey-events.js';
import { JourneyLayout } from '../journey/journey-layout.js';
import { createJourneyMachine } from '../journey/journey-machine.js';
import { deliveryPenceByMonth } from '../ledger/delivery-costs.js';
import { PAYER_COUNT, PAYER_INDEX } from '../ledger/ledger.js';
import { RelativePrices } from '../ledger/relative-prices.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { MetricsCollector } from '../metrics/metrics-collector.js';
import { arrivalsInYear, expectedArrivals, type YearOfArrivals } from '../population/arrivals.js';
import { paramsInYear } from '../population/demand-trends.js';
import { startingPopulationSize } from '../population/synthetic-population.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { LOCAL_AREA_GROUPS, localAreaOf } from '../services/local-areas.js';
import { PLACE_CAPITAL } from '../services/place-commissioning.js';
import type { ChildState } from './child-state.js';
import { MAX_REGIONS, MAX_TIMERS } from './child-table.js';
import { NationalServices, type Places } from './national-services.js';
import { LOCAL_SERVICE, Partition, type PartitionResult, type PartitionSettings } from './partition.js';
import { runSizeFrom, withinLimit } from './run-size.js';
import type { ServiceRequests } from './service-requests.js';
import type { SimulationInput } from './simulation-input.js';
import type { ChildTrace } from './trace.js';

/** One replication's raw output (counts of simulated children, unweighted; money in pence). */
export interface SimulationOutput {
  readonly yearly: Record<MetricId, number[]>;
  readonly monthly: Record<MetricId, number[]>;
  /** Pence by payer (PAYERS order) and month. */
  readonly costsByMonth: number[][];
  /** Capital for new special places by month, in pence (within its payer's `costsByMonth`): carried by no child. */
  readonly capitalByMonth: number[];
  /** Levers' delivery costs by payer (PAYERS order) and month, in pence (within `costsByMonth`): carried by no child. */
  readonly deliveryByMonth: number[][];
  readonly monthStarts: readonly number[];
  /** Children in the starting population (ids 0 … childrenAtStart − 1); the rest arrived later. */
  readonly childrenAtStart: number;
  readonly childrenSimulated: number;
  /** Events delivered (to a child's statechart, or the engine's own: arrivals, policy phases). */
  readonly eventsProcessed: number;
  /** Events overtaken before they fell due (replaced or cancelled timers, retired children), never delivered. */
  readonly eventsStale: number;
  /** Bytes held in the run's tables at the end (children, events, ledgers, services). */
  readonly tableBytes: number;
  readonly trace: ChildTrace | undefined;
  /** Timelines of `traceChildIds` that exist at this scale and seed, in the order asked for (by id for `'all'`). */
  readonly traces: readonly ChildTrace[];
}

/** A service as tests and tools see it, added up over the partitions that run it. */
export interface ServiceState {
  readonly capacity: number;
  readonly waiting: number;
  readonly holding: number;
  /** Slots, slots in use and children queued, group by group (one group for a shared service). */
  readonly byArea: ReadonlyArray<{ capacity: number; holding: number; waiting: number }>;
  /** Whether child `id` waits for or holds a place. */
  has(id: number): boolean;
  /** Whether child `id` waits for a place. */
  waits(id: number): boolean;
}

/**
 * The days of a replication and what happens at the end of each, for any set of partitions
 * (here, or on threads): one schedule, so every way of running partitions follows it exactly.
 */
export class ReplicationDays {
  readonly calendar: Calendar;
  readonly monthStarts: readonly number[];
  readonly endDay: number;
  readonly national: NationalServices;
  /** Policies that start part-way through, by day. */
  readonly phases: ReadonlyArray<{ readonly day: number; readonly params: Params }>;
  private params: Params;
  /** The world the starting population is drawn from: before any policy, as it stood in the start year. */
  private readonly startParams: Params;
  private nextMonth = 0;
  private nextPhase = 0;
  private nextYear = 0;
  /** Id the next new child gets. */
  private nextId: number;

  constructor(private readonly input: SimulationInput) {
    this.calendar = new Calendar(input.startDate);
    this.monthStarts = this.calendar.monthStarts(input.years);
    this.endDay = this.monthStarts[this.monthStarts.length - 1]!;
    this.params = input.params;
    this.startParams = paramsInYear(input.startParams ?? input.params, this.calendar.startYear);
    this.phases = (input.phases ?? []).flatMap((phase) => {
      const [y, m, d] = phase.startDate.split('-').map(Number) as [number, number, number];
      const day = Math.max(0, this.calendar.dayOf(y, m - 1, d));
      return day < this.endDay ? [{ day, params: phase.params }] : [];
    });
    this.national = new NationalServices(
      input.params,
      input.scale,
      this.calendar,
      this.monthStarts,
      LOCAL_SERVICE,
    );
    this.nextId = startingPopulationSize(this.startParams, this.calendar.startYear, input.scale);
    // Before any child is made: a run beyond the children it may simulate is refused (run-size.ts).
    withinLimit(runSizeFrom(this.nextId, input, this.calendar.startYear, input), input);
  }

  /** Settings for partition `index` of `partitions`. */
  partitionSettings(
    journey: CompiledJourney,
    layout: JourneyLayout,
    index: number,
    partitions: number,
  ): PartitionSettings {
    const { input } = this;
    const traced = input.traceChildIds ?? [];
    return {
      params: input.params,
      startParams: this.startParams,
      phases: this.phases,
      seed: input.seed,
      replication: input.replication,
      scale: input.scale,
      calendar: this.calendar,
      monthStarts: this.monthStarts,
      journey,
      layout,
      partitions,
      index,
      traced:
        traced === 'all'
          ? 'all'
          : [...traced, ...(input.traceChildId === undefined ? [] : [input.traceChildId])],
      childCosts: input.childCosts === true,
      relativePrices: input.relativePrices !== false,
      onStep: input.onStep,
      startingChildren: ownedIds(
        startingPopulationSize(this.startParams, this.calendar.startYear, input.scale),
        index,
        partitions,
      ),
      expectedArrivals: Array.from(
        { length: input.years },
        (_, y) => expectedArrivals(input.params, input.scale, this.calendar.startYear + y, 1) / partitions,
      ),
    };
  }

  /**
   * The end of the day before `day` (and, for day 0, the start of the run): settle the day's
   * requests to the shared services, take a month-start snapshot if one falls on `day`, start
   * the policies due, and say what every partition must be told before it runs `day`: its new
   * needs for a year starting on `day`, and the places starting then.
   */
  endOfDay(
    day: number,
    requests: readonly ServiceRequests[],
    recordStocks: (month: number) => void,
  ): { readonly year: YearOfArrivals | undefined; readonly places: Places } {
    const { national, monthStarts } = this;
    national.settle(requests);
    national.commissionPlaces(day);
    if (this.nextMonth < monthStarts.length && monthStarts[this.nextMonth] === day) {
      national.recordStocks(this.nextMonth);
      recordStocks(this.nextMonth);
      this.input.onMonthStart?.(this.nextMonth, day);
      this.nextMonth++;
    }
    while (this.nextPhase < this.phases.length && this.phases[this.nextPhase]!.day === day) {
      this.params = this.phases[this.nextPhase++]!.params;
      national.setCapacity(this.params, day);
    }
    let year: YearOfArrivals | undefined;
    const { calendar } = this;
    if (this.nextYear < this.input.years && calendar.dayOf(calendar.startYear + this.nextYear) === day) {
      const { seed, replication, scale } = this.input;
      year = arrivalsInYear(this.params, scale, seed, replication, calendar, this.nextYear++, this.nextId);
      this.nextId += year.days.length;
    }
    if (day % 32 === 0) this.input.onProgress?.(day / this.endDay);
    return { year, places: national.takePlaces() };
  }

  /** Children simulated: the starting population and every arrival handed out so far. */
  get childrenSoFar(): number {
    return this.nextId;
  }
}

/** How many of the ids 0 … `count` − 1 belong to partition `index` of `partitions`. */
function ownedIds(count: number, index: number, partitions: number): number {
  let owned = 0;
  for (let id = 0; id < count; id++) if (localAreaOf(id, partitions) === index) owned++;
  return owned;
}

/** Partitions per replication: the groups of local areas. */
export const PARTITIONS = LOCAL_AREA_GROUPS;

export class Simulation {
  readonly journey: CompiledJourney;
  readonly layout: JourneyLayout;
  readonly calendar: Calendar;
  private readonly input: SimulationInput;
  private readonly days: ReplicationDays;
  private readonly partitions: readonly Partition[];

  constructor(input: SimulationInput) {
    if (!(input.scale > 0 && input.scale <= 1))
      throw new Error(`scale must be in (0, 1], found ${input.scale}`);
    if (!(Number.isInteger(input.years) && input.years >= 1))
      throw new Error(`years must be a whole number ≥ 1, found ${input.years}`);
    this.input = input;
    this.journey = compileJourney(createJourneyMachine(input.params), input.params);
    if (this.journey.regions.length > MAX_REGIONS) throw new Error('Simulation: too many regions for a row');
    if (TIMERS.length > MAX_TIMERS) throw new Error('Simulation: too many timers for a row');
    this.layout = new JourneyLayout(this.journey);
    this.days = new ReplicationDays(input);
    this.calendar = this.days.calendar;
    this.partitions = Array.from(
      { length: PARTITIONS },
      (_, p) => new Partition(this.days.partitionSettings(this.journey, this.layout, p, PARTITIONS)),
    );
  }

  /** Children created so far (ids 0 … childCount − 1). */
  get childCount(): number {
    return this.partitions.reduce((n, p) => n + p.table.count, 0);
  }

  /** A plain copy of child `id`'s state. */
  child(id: number): ChildState {
    const partition = this.partitionOf(id);
    const row = partition.table.rowOf(id);
    if (!(Number.isInteger(id) && row >= 0)) throw new RangeError(`No child ${id}`);
    return partition.childAt(row);
  }

  /** Plain copies of every child's state, by id. */
  children(): ChildState[] {
    return Array.from({ length: this.childCount }, (_, id) => this.child(id));
  }

  /** Child `id`'s cost so far by payer, in pence (the run must keep `childCosts` or trace). */
  childCosts(id: number): number[] {
    const costs = this.partitionOf(id).costsOf(id);
    if (costs === undefined) throw new RangeError(`No child ${id}`);
    return costs;
  }

  /** A service added up over the partitions that run it. */
  service(name: ServiceName): ServiceState {
    const s = SERVICES.indexOf(name);
    const shared = this.days.national.services[s];
    if (shared !== undefined)
      return {
        capacity: shared.capacity,
        waiting: shared.waiting,
        holding: shared.holding,
        byArea: shared.byArea,
        has: (id) => shared.has(id),
        waits: (id) => shared.waits(id),
      };
    const local = this.partitions.map((p) => p.psychology);
    return {
      capacity: local.reduce((n, q) => n + q.capacity, 0),
      waiting: local.reduce((n, q) => n + q.waiting, 0),
      holding: local.reduce((n, q) => n + q.holding, 0),
      byArea: local.flatMap((q) => q.byArea),
      has: (id) => this.partitionOf(id).inService(id, s),
      waits: (id) => this.partitionOf(id).inService(id, s, true),
    };
  }

  /** Run to the end and return the replication's output. */
  run(): SimulationOutput {
    const { partitions, days } = this;
    for (const p of partitions) p.start();
    for (let day = 0; ; day++) {
      const { year, places } = days.endOfDay(
        day,
        partitions.map((p) => p.takeRequests()),
        (month) => {
          for (const p of partitions) p.startMonth(month);
        },
      );
      if (day === days.endDay) break;
      if (year !== undefined) for (const p of partitions) p.arrive(year);
      deliverPlaces(partitions, day, places);
      for (const p of partitions) p.runUntil(day + 1);
    }
    for (const p of partitions) p.finish(days.endDay);
    this.input.onProgress?.(1);
    return replicationOutput(
      this.input,
      days,
      partitions.map((p) => p.result()),
    );
  }

  private partitionOf(id: number): Partition {
    return this.partitions[localAreaOf(id, PARTITIONS)]!;
  }
}

/**
 * A replication's output from its partitions' results (in partition order) and the shared
 * services. Every part is added in the same order however the partitions were run, so the
 * bytes are the same.
 */
export function replicationOutput(
  input: SimulationInput,
  days: ReplicationDays,
  results: readonly PartitionResult[],
): SimulationOutput {
  const metrics = new MetricsCollector(days.monthStarts);
  for (const r of results) metrics.absorb(r.metrics);
  metrics.absorb(days.national.metrics);
  metrics.settle(days.endDay);
  const months = days.monthStarts.length - 1;
  const costsByMonth: number[][] = [];
  for (let payer = 0; payer < PAYER_COUNT; payer++) {
    const row: number[] = [];
    for (let m = 0; m < months; m++)
      row.push(results.reduce((sum, r) => sum + r.pence[m * PAYER_COUNT + payer]!, 0));
    costsByMonth.push(row);
  }
  // The costs not booked to a child: capital for new special places, and levers' delivery costs.
  const capital = costsByMonth[PAYER_INDEX[PLACE_CAPITAL.payer]]!;
  for (let m = 0; m < months; m++) {
    capital[m] = capital[m]! + days.national.capitalPence[m]!;
  }
  const monthYears = days.monthStarts.slice(0, -1).map((d) => financialYearStartOf(days.calendar.dateOf(d)));
  const prices = new RelativePrices(
    input.params,
    monthYears[0]!,
    monthYears[monthYears.length - 1]!,
    input.relativePrices !== false,
  );
  const delivery = deliveryPenceByMonth(
    input.deliveryCosts ?? [],
    input.params,
    days.calendar,
    days.monthStarts,
    input.scale,
    (k, m) => prices.factorAt(k, monthYears[m]!),
  );
  for (let payer = 0; payer < PAYER_COUNT; payer++) {
    const row = costsByMonth[payer]!;
    for (let m = 0; m < months; m++) row[m] = row[m]! + delivery[payer]![m]!;
  }
  const traces = new Map(results.flatMap((r) => r.traces));
  const children = results.reduce((n, r) => n + r.children, 0);
  const traced = input.traceChildIds ?? [];
  const tracedIds = traced === 'all' ? Array.from({ length: children }, (_, id) => id) : traced;
  const sum = (of: (r: PartitionResult) => number) => results.reduce((n, r) => n + of(r), 0);
  return {
    yearly: metrics.yearly(input.years),
    monthly: metrics.monthly(),
    costsByMonth,
    capitalByMonth: Array.from(days.national.capitalPence),
    deliveryByMonth: delivery,
    monthStarts: days.monthStarts,
    childrenAtStart: sum((r) => r.childrenAtStart),
    childrenSimulated: children,
    eventsProcessed: sum((r) => r.delivered),
    eventsStale: sum((r) => r.stale),
    tableBytes: sum((r) => r.bytes),
    trace: input.traceChildId === undefined ? undefined : traces.get(input.traceChildId),
    traces: tracedIds.flatMap((id) => traces.get(id) ?? []),
  };
}

/** Tell each partition which of its children take up a shared service's place at `time`. */
export function deliverPlaces(partitions: readonly Partition[], time: number, places: Places): void {
  if (places.count === 0) return;
  const byPartition = partitions.map(() => ({ child: [] as number[], service: [] as number[] }));
  for (let k = 0; k < places.count; k++) {
    const mine = byPartition[localAreaOf(places.child[k]!, partitions.length)]!;
    mine.child.push(places.child[k]!);
    mine.service.push(places.service[k]!);
  }
  partitions.forEach((p, i) => {
    const mine = byPartition[i]!;
    p.deliver(time, mine.child, mine.service, mine.child.length);
  });
}
