/**
 * Councils commissioning new state special school places: capacity that responds to unmet
 * demand, with a lag and a capital cost, so the independent sector takes what spills over
 * after councils have responded, not every placement beyond a fixed number of places.
 *
 * Each 1 September councils look at the year's unmet demand for state special places: the
 * children who stopped waiting for one (placed in an independent school after the fallback
 * wait, by a tribunal or a concession, or gone on at 16 or 19) and those still waiting. They
 * commission `placement.commissioningShare` of that as new places, which open on 1 September
 * `placement.commissioningLagYears` later; the DfE pays `cost.specialPlaceCapital` a place when
 * they are commissioned (High Needs Provision Capital Allocations are DfE grants). A count that
 * began less than a year before (the first September of a run) is scaled up to a year.
 *
 * It runs where the special school queue runs, at the end of a day on the replication's
 * schedule, so it is the same however the partitions are spread over threads.
 */
import { type Calendar, DAYS_PER_YEAR } from '../foundation/calendar.js';
import type { Payer } from '../foundation/payers.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';

/** The capital a new place costs, and who pays it: the only cost in the model no child carries. */
export const PLACE_CAPITAL: { readonly cost: ParameterKey; readonly payer: Payer } = {
  cost: 'cost.specialPlaceCapital',
  payer: 'dfe',
};

/** September, as a 0-based month. */
const SEPTEMBER = 8;

export interface Commissioned {
  /** Places commissioned (at the run's scale). */
  readonly places: number;
  /** The day they open. */
  readonly opensOn: number;
}

export class PlaceCommissioning {
  /** Places opened so far (at the run's scale). */
  opened = 0;
  /** Days on which councils decide (each 1 September in the run), in order. */
  private readonly decisionDays: number[] = [];
  private nextDecision = 0;
  /** Commissioned places not yet open, in the order they open. */
  private readonly pending: Commissioned[] = [];
  /** The day the current year's count of children who stopped waiting began. */
  private countedFrom = 0;
  private stoppedWaiting = 0;

  /**
   * `beforeStart`: places (at the run's scale) commissioned in each September before the start,
   * of which those not yet open when the run starts open as `lagYears` gives (the start in
   * motion: special-places-at-start.ts). Their capital was spent before the run.
   */
  constructor(
    private readonly calendar: Calendar,
    endDay: number,
    beforeStart = 0,
    lagYears = 0,
  ) {
    for (let year = calendar.startYear - lagYears; year <= calendar.startYear; year++) {
      const opensOn = calendar.dayOf(year + lagYears, SEPTEMBER, 1);
      if (beforeStart > 0 && calendar.dayOf(year, SEPTEMBER, 1) <= 0 && opensOn > 0)
        this.pending.push({ places: beforeStart, opensOn });
    }
    for (let year = calendar.startYear; ; year++) {
      const day = calendar.dayOf(year, SEPTEMBER, 1);
      if (day >= endDay) break;
      if (day > 0) this.decisionDays.push(day);
    }
  }

  /** Children who stopped waiting for a place since the last call (the queue's count). */
  noteStoppedWaiting(children: number): void {
    this.stoppedWaiting += children;
  }

  /**
   * At the end of the day before `day`: commission places if councils decide on `day`, given
   * the children `waiting` now. Returns what was commissioned, or undefined.
   */
  decide(day: number, waiting: number, params: Params): Commissioned | undefined {
    if (this.nextDecision >= this.decisionDays.length || this.decisionDays[this.nextDecision] !== day)
      return undefined;
    this.nextDecision++;
    const yearShare = Math.min(1, (day - this.countedFrom) / DAYS_PER_YEAR);
    const demand = this.stoppedWaiting / yearShare + waiting;
    this.stoppedWaiting = 0;
    this.countedFrom = day;
    const places = Math.round(params['placement.commissioningShare'] * demand);
    if (places === 0) return undefined;
    const lag = Math.round(params['placement.commissioningLagYears']);
    const year = Number(this.calendar.dateOf(day).slice(0, 4));
    const commissioned = { places, opensOn: this.calendar.dayOf(year + lag, SEPTEMBER, 1) };
    this.pending.push(commissioned);
    return commissioned;
  }

  /** Places that open on `day` (commissioned earlier), added to `opened`. */
  open(day: number): number {
    let places = 0;
    while (this.pending.length > 0 && this.pending[0]!.opensOn <= day) places += this.pending.shift()!.places;
    this.opened += places;
    return places;
  }
}
