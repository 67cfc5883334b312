/**
 * Councils commissioning new state special school places: capacity that responds to demand,
 * with a lag and a capital cost, so the independent sector takes what spills over after
 * councils have responded, not every placement beyond a fixed number of places.
 *
 * Each 1 September councils plan for the demand they expect when new places would open, as
 * their sufficiency duty asks (Children and Families Act 2014 s.27; the DfE funds places ahead
 * of need: High Needs Provision Capital Allocations of April 2021 were "intended to provide
 * places needed for September 2022"). Demand now is the children holding or waiting for a
 * state place; it grows at its rate over the last `TREND_YEARS` years (fewer early in a run),
 * the change in those children plus the children who stopped waiting (placed in an independent
 * school after the fallback wait, by a tribunal or a concession, or gone on at 16 or 19: they
 * needed a place as much as those who got one).
 * Councils project that growth to the end of the first year new places would be open
 * (`placement.commissioningLagYears` + 1 years ahead: places open only each September, and a
 * child who needs one later in that year waits at most `placement.independentFallbackDays`
 * before going elsewhere), take off the places they have and those already commissioned, and
 * commission `placement.commissioningShare` of the gap. The places open on 1 September
 * `placement.commissioningLagYears` later; the DfE pays `cost.specialPlaceCapital` a place when
 * they are commissioned (High Needs Provision Capital Allocations are DfE grants).
 *
 * With less than a year of their own counts (the first September of a run), councils go on at
 * the pace of the places commissioned before the start (`placement.commissionedAtStart`): a
 * few months' count, scaled up to a year, would take the start's whole waiting list, which
 * empties within the fallback wait, for a year's unmet demand (the first September of a 2023
 * start then commissioned 18,000 places).
 *
 * Why a forecast rather than only the year's unmet demand (the rule until model 0.16.0): a
 * council that commissions only for the children it failed to place keeps about half of a
 * steady growth in demand spilling into independent schools for ever, and the 2019 backtest
 * then grew state special places by about 2,400 a year against a published 6,270 (2016–2022).
 * Planning for the growth it sees, a council that commissions the whole gap keeps up with a
 * steady growth (places a year = share × (lag + 1) × growth ÷ (1 + share × lag)), and places
 * it built ahead of demand (vacant) hold back the next year's commissioning.
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

/**
 * Years of history a forecast extrapolates (assumption: councils' place planning projects the
 * trend of recent years' SEN2 and census counts; one year's change at 1% scale is a few dozen
 * children, too noisy to multiply by the horizon alone).
 */
export const TREND_YEARS = 3;

/** What councils knew at a decision (or at the start): the day, the demand, and who had stopped waiting by then. */
interface DemandRecord {
  readonly day: number;
  readonly demand: number;
  readonly stoppedWaiting: number;
}

/** What councils count of the state special places, read only on the days they need it. */
export interface PlaceCounts {
  /** Children holding a place. */
  readonly holding: number;
  /** Children waiting for one. */
  readonly waiting: number;
  /** Places open. */
  readonly capacity: number;
}

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
  /** Children who stopped waiting since the start. */
  private stoppedWaiting = 0;
  /** The start's demand (at its first day's end) and each decision's since: the last `TREND_YEARS`. */
  private readonly history: DemandRecord[] = [];

  /**
   * `beforeStart`: places (at the run's scale) commissioned in each September before the start,
   * of which those not yet open when the run starts open as `lagYears` gives (the start in
   * motion: special-places-at-start.ts), and the growth councils forecast from until they have
   * a year of their own counts. Their capital was spent before the run.
   */
  constructor(
    private readonly calendar: Calendar,
    endDay: number,
    private readonly beforeStart = 0,
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
   * what they count of the places now (read at the run's first day's end and on decision days).
   * Returns what was commissioned, or undefined.
   */
  decide(day: number, counts: PlaceCounts, params: Params): Commissioned | undefined {
    const { history } = this;
    if (history.length === 0)
      history.push({ day, demand: counts.holding + counts.waiting, stoppedWaiting: this.stoppedWaiting });
    if (this.nextDecision >= this.decisionDays.length || this.decisionDays[this.nextDecision] !== day)
      return undefined;
    this.nextDecision++;
    const demand = counts.holding + counts.waiting;
    const from = history[0]!;
    const years = (day - from.day) / DAYS_PER_YEAR;
    const growth =
      years < 1
        ? this.beforeStart
        : (demand - from.demand + this.stoppedWaiting - from.stoppedWaiting) / years;
    history.push({ day, demand, stoppedWaiting: this.stoppedWaiting });
    if (history.length > TREND_YEARS) history.shift();
    const lag = Math.round(params['placement.commissioningLagYears']);
    const planned = counts.capacity + this.pending.reduce((sum, p) => sum + p.places, 0);
    const gap = demand + (lag + 1) * growth - planned;
    const places = Math.round(params['placement.commissioningShare'] * Math.max(0, gap));
    if (places === 0) return undefined;
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
