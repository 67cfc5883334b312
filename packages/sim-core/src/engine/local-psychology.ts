/**
 * A partition's own educational psychology service: the group's queue for EP assessments, its
 * in-house slots (from the EP workforce of the day), the locum slots its councils buy each month
 * when the queue has grown (`locum-psychology.ts`), and the bookkeeping of who is admitted.
 *
 * Educational psychology is the one service each group runs itself (the others are shared by
 * every group and settled at the end of each day: `national-services.ts`). A child admitted to a
 * slot starts its assessment at once (a service start at the same instant, before any other
 * event); an assessment in a locum's slot books the locum premium once; every admission adds its
 * wait to the month's EP wait metric.
 *
 * The partition's loop calls `join` and `leave` as it carries out a child's effects, with the
 * time and month of the event being delivered; the slot a leaving child frees goes to the next
 * in the queue through one function (`admit`), not a closure per leave.
 */

import type { Calendar } from '../foundation/calendar.js';
import { eventCode, SERVICE_START_EVENT, SERVICES } from '../journey/journey-events.js';
import { type Ledger, PAYER_INDEX } from '../ledger/ledger.js';
import { METRIC_INDEX } from '../metrics/metric-definitions.js';
import type { MetricsCollector } from '../metrics/metrics-collector.js';
import type { LocalGroupsAtStart } from '../population/ep-queue-at-start.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { epWorkforceFte } from '../services/ep-workforce.js';
import { localAreaOf } from '../services/local-areas.js';
import { LOCUM_PREMIUM, LocumPsychology } from '../services/locum-psychology.js';
import { Service } from '../services/service.js';
import { SERVICE_WAIT_METRIC, serviceSlots } from '../services/service-capacity.js';
import type { FutureEvents } from './future-events.js';
import type { PartitionSettings } from './partition.js';
import type { PartitionMoney } from './partition-money.js';

/**
 * The local area groups as the starting population sees them: each group's own EP slots on the
 * start's day under the world before any policy (`startParams`), and the group of an id (its
 * partition), so the start's queue is where psychologists are short (`ep-queue-at-start.ts`).
 */
export function localGroupsAtStart(
  startParams: Params,
  scale: number,
  calendar: Calendar,
): LocalGroupsAtStart {
  const fte = epWorkforceFte(startParams, calendar, 0);
  const epSlots = serviceSlots(startParams, scale, fte).educationalPsychology;
  return { epSlots, groupOf: (id) => localAreaOf(id, epSlots.length) };
}

/** Index of educational psychology in SERVICES: the one service each partition runs itself. */
export const LOCAL_SERVICE = SERVICES.indexOf('educationalPsychology');
const START_CODE = eventCode(SERVICE_START_EVENT.educationalPsychology);
const WAIT_METRIC = METRIC_INDEX[SERVICE_WAIT_METRIC.educationalPsychology];
/** A service start follows at once from the admission (the loop's PRIORITY_IMMEDIATE). */
const PRIORITY_IMMEDIATE = 0;

export class LocalPsychology {
  /** The group's own educational psychology queue. */
  readonly queue: Service;
  /** Locum EP slots bought for this month, on top of the group's own, and who holds them. */
  private readonly locums = new LocumPsychology();
  /**
   * The group's own EP slots now. `-0` (equal to 0 in every comparison and sum) so that V8 holds
   * the field as a double from the start: a field that first holds a small integer and later a
   * fraction changes the hidden class, and every method compiled against the old one is thrown
   * away and compiled again.
   */
  private inHouseSlots = -0;
  /** The time (days, a double from the start as `inHouseSlots`) and month of the event being delivered. */
  private now = -0;
  private month = 0;

  constructor(
    private readonly settings: PartitionSettings,
    private readonly future: FutureEvents,
    private readonly ledger: Ledger,
    private readonly metrics: MetricsCollector,
    private readonly money: PartitionMoney,
  ) {
    this.inHouseSlots = this.slots(settings.params, 0);
    this.queue = new Service('educationalPsychology', [this.inHouseSlots]);
  }

  /** Children waiting for an assessment. */
  get waiting(): number {
    return this.queue.waiting;
  }

  /** The child in `row` joins the queue at `now` (`heldBeforeStart`: a starting child's, held since before the run). */
  join(row: number, now: number, month: number, heldBeforeStart: boolean): void {
    this.now = now;
    this.month = month;
    if (this.queue.join(row, now, heldBeforeStart)) this.admitted(row);
    this.recordWaits();
  }

  /**
   * The child in `row`, waiting since `since` (before the start), joins the queue as the start is
   * seeded, after every assessment under way has taken its slot (the partition joins them once
   * every seed is in). If a slot is free it starts its assessment at the start (its wait is counted
   * as none): the start puts its queue in the groups short of slots (`ep-queue-at-start.ts`).
   */
  joinWaiting(row: number, since: number): void {
    this.now = 0;
    this.month = 0;
    if (this.queue.join(row, since)) this.admitted(row);
    this.recordWaits();
  }

  /** The child in `row` leaves the queue or its slot at `now`; a freed slot goes to the next child. */
  leave(row: number, now: number, month: number): void {
    this.now = now;
    this.month = month;
    this.locums.releases(row);
    this.queue.leave(row, now, this.admit);
    this.recordWaits();
  }

  /**
   * A policy starts at `now`: the group's own EPs take their capacity under `params` (the
   * locums bought for the month stay).
   */
  startPhase(params: Params, now: number, month: number): void {
    this.now = now;
    this.month = month;
    this.inHouseSlots = this.slots(params, now);
    this.queue.setCapacity([this.inHouseSlots + this.locums.slots], now, this.admit);
    this.recordWaits();
  }

  /**
   * A month starts on `day` (the loop at `now`, in `month`): the group's own EPs take that day's
   * workforce, and councils buy locum time for the month if the queue has grown.
   */
  startMonth(params: Params, day: number, now: number, month: number): void {
    this.now = now;
    this.month = month;
    const groups = this.groupSlots(params, day);
    this.inHouseSlots = groups[this.settings.index]!;
    const average = groups.reduce((a, b) => a + b, 0) / groups.length;
    this.locums.buy(this.inHouseSlots, average, this.queue.waiting, params);
    this.queue.setCapacity([this.inHouseSlots + this.locums.slots], now, this.admit);
    this.recordWaits();
  }

  /** A freed educational psychology slot goes to the child in `row` (one function for every call: no closure per leave). */
  private readonly admit = (row: number): void => this.admitted(row);

  private admitted(row: number): void {
    this.future.push(this.now, PRIORITY_IMMEDIATE, row, START_CODE, -1, 0);
    // An assessment in a locum's slot costs the locum premium more, once.
    if (this.locums.admits(row, this.queue.holding, this.inHouseSlots)) {
      this.ledger.book(row, PAYER_INDEX[LOCUM_PREMIUM.payer], this.money.locumPremium, this.now);
      this.metrics.countAt(METRIC_INDEX.locum_ep_assessments, this.month);
    }
  }

  /** Add the waits of the children admitted since the last call to the month's EP wait metric. */
  private recordWaits(): void {
    const admitted = this.queue.drainWaitTotal();
    if (admitted > 0) this.metrics.addWaitTotal(WAIT_METRIC, this.month, this.queue.drainedSum, admitted);
  }

  /** The group's own EP slots on `day`, with the workforce of that day. */
  private slots(params: Params, day: number): number {
    return this.groupSlots(params, day)[this.settings.index]!;
  }

  /** Every group's own EP slots on `day`. */
  private groupSlots(params: Params, day: number): number[] {
    const fte = epWorkforceFte(params, this.settings.calendar, day);
    return serviceSlots(params, this.settings.scale, fte).educationalPsychology;
  }
}
