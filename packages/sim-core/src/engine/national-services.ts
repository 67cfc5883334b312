/**
 * The services every group of local areas shares: early help, special school places and
 * tribunal hearings, each one first-come-first-served national queue.
 *
 * Partitions do not touch these queues while a day runs; they write who joins and who leaves
 * (`ServiceRequests`). At the end of each day the replication hands the day's requests of all
 * partitions to `settle`, which applies them in one fixed order, time first, then partition,
 * then the order each partition made them, at the times they were made. The queues therefore
 * evolve as they would if every partition shared them directly, whatever number of threads
 * ran the partitions; a child given a place starts at the next midnight (`takePlaces`).
 *
 * Special school places grow as councils commission them (`PlaceCommissioning`), decided and
 * opened here at the end of a day; their capital cost is kept here by month (`capitalPence`).
 */

import { type Calendar, monthOf } from '../foundation/calendar.js';
import { SERVICES, type ServiceName } from '../journey/journey-events.js';
import { METRIC_INDEX } from '../metrics/metric-definitions.js';
import { MetricsCollector } from '../metrics/metrics-collector.js';
import { commissionedEachYearBeforeStart } from '../population/special-places-at-start.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { PLACE_CAPITAL, PlaceCommissioning } from '../services/place-commissioning.js';
import { Service } from '../services/service.js';
import { SERVICE_WAIT_METRIC, serviceSlots } from '../services/service-capacity.js';
import { JOIN_HELD_BEFORE_START, LEAVE, type ServiceRequests, settlesAt } from './service-requests.js';

/** Places given at the end of a day: `count` children (ids) and the service (index in SERVICES) of each. */
export interface Places {
  readonly count: number;
  readonly child: Int32Array;
  readonly service: Uint8Array;
}

const NO_PLACES: Places = { count: 0, child: new Int32Array(0), service: new Uint8Array(0) };

/**
 * The metrics the shared services record (every other is a partition's): their waiting lists
 * and places, the places commissioned, and the waits of every service but `local`, the one
 * partitions run themselves.
 */
export function nationalMetrics(local: number): number[] {
  return [
    METRIC_INDEX.waiting_for_early_help,
    METRIC_INDEX.waiting_for_special_place,
    METRIC_INDEX.special_school_places,
    METRIC_INDEX.appeals_awaiting_hearing,
    METRIC_INDEX.special_places_commissioned,
    ...SERVICES.flatMap((name, s) => (s === local ? [] : [METRIC_INDEX[SERVICE_WAIT_METRIC[name]]])),
  ];
}

export class NationalServices {
  /** The shared services by index in SERVICES (undefined for the one each partition runs itself). */
  readonly services: ReadonlyArray<Service | undefined>;
  /** Waits for and stocks of the shared services. */
  readonly metrics: MetricsCollector;
  private readonly monthStarts: readonly number[];
  private readonly scale: number;
  /**
   * Places given since the last `takePlaces`, in order (child and service side by side); a
   * child who leaves in the same day gives its place back.
   */
  private readonly placedChild: number[] = [];
  private readonly placedService: number[] = [];
  /** Admission callbacks, one per service (made once). */
  private readonly admit: ReadonlyArray<(child: number) => void>;
  /** New state special places: decided each September, opened years later. */
  private readonly commissioning: PlaceCommissioning;
  private readonly specialSchool: Service;
  private params: Params;
  /** Capital for commissioned places by month, in pence (paid by `PLACE_CAPITAL.payer`). */
  readonly capitalPence: Float64Array;

  /** `local`: the index in SERVICES of the service partitions run themselves. */
  constructor(
    params: Params,
    scale: number,
    calendar: Calendar,
    monthStarts: readonly number[],
    local: number,
  ) {
    this.monthStarts = monthStarts;
    this.scale = scale;
    this.params = params;
    const slots = serviceSlots(params, scale);
    this.services = SERVICES.map((name, s) =>
      s === local ? undefined : new Service(name, [nationalSlots(slots[name])]),
    );
    this.specialSchool = this.services[SPECIAL_SCHOOL]!;
    this.commissioning = new PlaceCommissioning(
      calendar,
      monthStarts[monthStarts.length - 1]!,
      Math.round(commissionedEachYearBeforeStart(params) * scale),
      Math.round(params['placement.commissioningLagYears']),
    );
    this.capitalPence = new Float64Array(monthStarts.length - 1);
    this.metrics = new MetricsCollector(monthStarts, nationalMetrics(local));
    this.admit = SERVICES.map((_, s) => (child: number) => {
      this.placedChild.push(child);
      this.placedService.push(s);
    });
  }

  /**
   * Apply a day's requests from every partition (`byPartition[p]`), in order of time, then
   * partition, then the order each was made.
   */
  settle(byPartition: readonly ServiceRequests[]): void {
    // Each partition makes its requests in time order (its clock never runs backwards), so
    // merging the lists, taking the earliest head and the lowest partition on a tie, gives
    // (time, partition, order) without sorting or allocating. A join after the holders settles
    // the least bit after the start (a partition makes them last at its start), the longest
    // waiting first.
    const next = new Int32Array(byPartition.length);
    for (;;) {
      let p = -1;
      let earliest = Number.POSITIVE_INFINITY;
      let earliestTime = Number.POSITIVE_INFINITY;
      for (let q = 0; q < byPartition.length; q++) {
        const requests = byPartition[q]!;
        const k = next[q]!;
        if (k >= requests.count) continue;
        const at = settlesAt(requests, k);
        const time = requests.time[k]!;
        if (at < earliest || (at === earliest && time < earliestTime)) {
          p = q;
          earliest = at;
          earliestTime = time;
        }
      }
      if (p < 0) return;
      const k = next[p]!++;
      const requests = byPartition[p]!;
      if (k > 0 && settlesAt(requests, k) < settlesAt(requests, k - 1))
        throw new Error(`Partition ${p} made its requests out of time order`);
      const s = requests.service[k]!;
      const service = this.services[s];
      if (service === undefined) throw new Error(`Service ${SERVICES[s]} is not shared`);
      const child = requests.child[k]!;
      const time = requests.time[k]!;
      if (requests.join[k] !== LEAVE) {
        if (service.join(child, time, requests.join[k] === JOIN_HELD_BEFORE_START)) this.admit[s]!(child);
      } else {
        service.leave(child, time, this.admit[s]!);
        this.withdrawPlace(child, s);
      }
      this.recordWaits(s, Math.max(time, 0));
    }
  }

  /** New capacities from `params` on day `day` (a policy starting part-way through the run). */
  setCapacity(params: Params, day: number): void {
    this.params = params;
    const slots = serviceSlots(params, this.scale);
    SERVICES.forEach((name, s) => {
      const service = this.services[s];
      if (service === undefined) return;
      const added = s === SPECIAL_SCHOOL ? this.commissioning.opened : 0;
      service.setCapacity([nationalSlots(slots[name]) + added], day, this.admit[s]!);
      this.recordWaits(s, day);
    });
  }

  /**
   * At the end of the day before `day`: councils commission special places if they decide on
   * `day` (booking the capital), and places commissioned earlier open (admitting whoever waits).
   */
  commissionPlaces(day: number): void {
    const { commissioning, specialSchool } = this;
    commissioning.noteStoppedWaiting(specialSchool.takeStoppedWaiting());
    const commissioned = commissioning.decide(day, specialSchool, this.params);
    if (commissioned !== undefined) {
      const month = monthOf(this.monthStarts, day);
      this.metrics.countAt(METRIC_INDEX.special_places_commissioned, month, commissioned.places);
      this.capitalPence[month]! += commissioned.places * Math.round(this.params[PLACE_CAPITAL.cost] * 100);
    }
    if (commissioning.open(day) > 0) {
      const base = nationalSlots(serviceSlots(this.params, this.scale).specialSchool);
      specialSchool.setCapacity([base + commissioning.opened], day, this.admit[SPECIAL_SCHOOL]!);
      this.recordWaits(SPECIAL_SCHOOL, day);
    }
  }

  /** The places given since the last call: each child starts at the next midnight. */
  takePlaces(): Places {
    const count = this.placedChild.length;
    if (count === 0) return NO_PLACES;
    const places = {
      count,
      child: Int32Array.from(this.placedChild),
      service: Uint8Array.from(this.placedService),
    };
    this.placedChild.length = 0;
    this.placedService.length = 0;
    return places;
  }

  /** A place given earlier today to `child` in service `s`, who has left since, is not taken up. */
  private withdrawPlace(child: number, s: number): void {
    const { placedChild, placedService } = this;
    let kept = 0;
    for (let i = 0; i < placedChild.length; i++) {
      if (placedChild[i] === child && placedService[i] === s) continue;
      placedChild[kept] = placedChild[i]!;
      placedService[kept] = placedService[i]!;
      kept++;
    }
    placedChild.length = kept;
    placedService.length = kept;
  }

  /** Record the shared services' waiting lists at the start of month `month`. */
  recordStocks(month: number): void {
    const stock = (name: ServiceName) => this.services[SERVICES.indexOf(name)]!;
    this.metrics.setStock('waiting_for_early_help', month, stock('earlyHelp').waiting);
    this.metrics.setStock('waiting_for_special_place', month, stock('specialSchool').waiting);
    this.metrics.setStock('special_school_places', month, stock('specialSchool').capacity);
    this.metrics.setStock(
      'appeals_awaiting_hearing',
      month,
      stock('tribunal').waiting + stock('tribunal').holding,
    );
  }

  private recordWaits(s: number, time: number): void {
    const service = this.services[s]!;
    const admitted = service.drainWaitTotal();
    if (admitted > 0) {
      const metric = METRIC_INDEX[SERVICE_WAIT_METRIC[SERVICES[s]!]];
      this.metrics.addWaitTotal(metric, monthOf(this.monthStarts, time), service.drainedSum, admitted);
    }
  }
}

const SPECIAL_SCHOOL = SERVICES.indexOf('specialSchool');

/** A national service's slots: one group. */
export function nationalSlots(slots: readonly number[]): number {
  if (slots.length !== 1) throw new Error('A shared service must be one national queue');
  return slots[0]!;
}
