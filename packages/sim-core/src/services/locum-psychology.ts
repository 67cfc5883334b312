/**
 * Councils buying locum educational psychology when their backlog grows: capacity that
 * responds to a queue within the month, at a higher price per assessment.
 *
 * At the start of each month a group of local areas compares the children waiting for an EP
 * with what its own EPs clear in `ep.locumTriggerWeeks` (the statutory six weeks for advice).
 * Beyond that, it buys enough locum slots to clear the excess within the month, up to
 * `ep.locumMaxShare` of an average group's own capacity (locums are scarce: most principal EPs
 * report recruitment difficulty). The cap is on the average group's capacity, not the group's
 * own, because locum and agency EPs sell to any council: the councils with the fewest EPs of
 * their own are the ones that buy most, and a cap tied to their own small teams would leave
 * their queues growing for ever. Locums alone do not bound the wait when demand outgrows the
 * workforce; the trainees qualifying into it (`ep-workforce.ts`) do the rest.
 *
 * Which assessments are a locum's: an admitted child takes one of the group's own slots while
 * one is free, otherwise a locum slot, and keeps it until it leaves. So the premium is booked
 * once for each assessment a locum actually does, never for an assessment the group's own EPs
 * would have done anyway (a queue that is always full would otherwise book every admission).
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import type { Payer } from '../foundation/payers.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';

/** What a locum adds to the cost of an assessment, and who pays it: the council's own budget. */
export const LOCUM_PREMIUM: { readonly cost: ParameterKey; readonly payer: Payer } = {
  cost: 'cost.epLocumPremium',
  payer: 'laOther',
};

const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/**
 * Locum slots to buy for the coming month, for a group with `inHouse` slots of its own and
 * `waiting` children queued, where an average group has `averageInHouse` slots.
 */
export function locumSlots(inHouse: number, averageInHouse: number, waiting: number, p: Params): number {
  const days = p['ep.assessmentDays'];
  const clearedPerWeek = (inHouse * 7) / days;
  const excess = waiting - clearedPerWeek * p['ep.locumTriggerWeeks'];
  if (!(excess > 0)) return 0;
  // A slot assesses days-per-month ÷ assessment-days children a month.
  const needed = Math.ceil((excess * days) / DAYS_PER_MONTH);
  return Math.max(0, Math.min(needed, Math.floor(p['ep.locumMaxShare'] * averageInHouse)));
}

/** One group's locum slots and the children holding them. */
export class LocumPsychology {
  /** Locum slots bought for the current month. */
  slots = 0;
  /** Rows of the children whose assessment a locum is doing. */
  private readonly held = new Set<number>();

  /** Buy this month's slots (see `locumSlots`). */
  buy(inHouse: number, averageInHouse: number, waiting: number, p: Params): number {
    this.slots = locumSlots(inHouse, averageInHouse, waiting, p);
    return this.slots;
  }

  /**
   * The child in `row` has just taken one of the `holding` slots in use (itself included):
   * true when it is a locum's, because the group's own `inHouse` slots were all in use.
   */
  admits(row: number, holding: number, inHouse: number): boolean {
    if (holding - 1 - this.held.size < inHouse) return false;
    this.held.add(row);
    return true;
  }

  /** The child in `row` leaves the service (assessed, or gone): a locum slot it held is free. */
  releases(row: number): void {
    this.held.delete(row);
  }

  /** Children assessed by locums now. */
  get holding(): number {
    return this.held.size;
  }
}
