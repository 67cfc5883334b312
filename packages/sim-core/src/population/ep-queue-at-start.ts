/**
 * Where the start's queue for educational psychologists is: in the local area groups whose
 * agreed requests need more slots than their psychologists have.
 *
 * Each of the ten groups runs its own queue (`local-areas.ts`), and its capacity differs from the
 * others' by `ep.localCapacitySpread`, so a run some years in holds its queue only in the groups
 * short of psychologists (the 2019 backtest in January 2023: nine in ten of its waiting children
 * in the three least served groups), while the best served have slots free. Until model 0.27.0
 * the start's waiting children were wherever their ids fell; those in a group with a free slot
 * started their assessment on the start's day and finished together in February (0.089 of the
 * year's assessments completed in February, against the backtest's 0.069 at 20 replications; 0.070
 * with no queue at the start).
 *
 * So among the start's agreed requests (an assessment under way or waiting for one), the first
 * children of each group, in id order, wait: as many as the group's share of the queue. The queue
 * is in the groups short of slots (a tenth of the agreed requests times the mean assessment time,
 * more than the group's own slots on the start's day), and in proportion to the level at which its
 * councils buy locums, its own EPs' work for `ep.locumTriggerWeeks`: each month locums clear what a
 * short group's queue holds beyond that, so that is where a run keeps it (the backtest's two least
 * served groups hold about equal queues in January 2023, 5.1 and 5.1 children at 1% over 8
 * replications, where their shortfalls, 2.5 and 1.0 slots, would put two thirds in the first; their
 * trigger levels, 6.5 and 8 children, add up to about the whole queue the backtest holds). With no
 * group short, the queue is spread in proportion to the children, and its children start at once,
 * as a run would have served them. A group's queue filled at the rate its agreed requests join it
 * (each group has a tenth of them), so its first child has waited its queue's length ÷ that rate,
 * and the last almost none.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { apportionCapped } from '../foundation/largest-remainder.js';
import { MEAN_STATUTORY_DAYS } from '../journey/journey-delays.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { agreedPerYear } from './start-pipelines.js';

/**
 * The local area groups of educational psychology as the start sees them (the engine's: its
 * partitions): each group's own slots on the start's day (at the run's scale), and the group of a
 * child's id. One group with no slots (`NO_LOCAL_GROUPS`) puts the queue first in id order.
 */
export interface LocalGroupsAtStart {
  readonly epSlots: readonly number[];
  readonly groupOf: (id: number) => number;
}

export const NO_LOCAL_GROUPS: LocalGroupsAtStart = { epSlots: [0], groupOf: () => 0 };

/**
 * For each of the `agreed` children with ids from `firstId` (the start's agreed requests, at
 * `scale`), the days it has waited for an educational psychologist at the start, or NaN for one
 * whose assessment is under way; `waiting` of them wait, in `local`'s groups.
 */
export function epQueueAtStart(
  p: Params,
  scale: number,
  local: LocalGroupsAtStart,
  firstId: number,
  agreed: number,
  waiting: number,
): Float64Array {
  const waited = new Float64Array(agreed).fill(Number.NaN);
  if (waiting <= 0) return waited;
  const groups = local.epSlots.length;
  const members = new Array<number>(groups).fill(0);
  for (let k = 0; k < agreed; k++) members[local.groupOf(firstId + k)]!++;
  const joiningPerDay = (agreedPerYear(p) * scale) / groups / DAYS_PER_YEAR;
  const slotsNeeded = joiningPerDay * MEAN_STATUTORY_DAYS.epAssessment(p);
  // A short group's queue sits where its councils buy locums: its own EPs' work for
  // ep.locumTriggerWeeks (locum-psychology.ts), so in proportion to its own slots.
  const weeksOfWork = (7 * p['ep.locumTriggerWeeks']) / p['ep.assessmentDays'];
  const atTrigger = local.epSlots.map((slots) => (slots < slotsNeeded ? slots * weeksOfWork : 0));
  const queue = apportionCapped(
    Math.min(waiting, agreed),
    atTrigger.some((q) => q > 0) ? atTrigger : members,
    members,
  );
  const seen = new Array<number>(groups).fill(0);
  for (let k = 0; k < agreed; k++) {
    const g = local.groupOf(firstId + k);
    const j = seen[g]!++;
    if (j < queue[g]!) waited[k] = (queue[g]! - j - 0.5) / joiningPerDay;
  }
  return waited;
}
