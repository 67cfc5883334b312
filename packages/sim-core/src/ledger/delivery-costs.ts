/**
 * What a reform costs to deliver (issue 11, requirement 2): staff, training, programmes and
 * capital that a lever adds and that no child's journey books. Each lever declares its delivery
 * costs as data (`LeverDefinition.deliveryCosts`); resolution turns them into a schedule
 * (`ScheduledDeliveryCost`, plain data, so it crosses to worker threads); the replication books
 * the schedule month by month to the payer who pays (`deliveryPenceByMonth`).
 *
 * Only costs the model does not already book belong here. A capacity the journey already costs
 * per use (an early help episode, a plan's short breaks, a resourced provision place) declares
 * nothing, or the same pound would be counted twice.
 *
 * Money is national: the replication books it × the run's scale, like the capital for
 * commissioned places, so results weighted back by 1 ÷ scale give the national sum. It is booked
 * once per replication, outside the partitions, so it is the same whatever the number of threads.
 */
import type { Calendar } from '../foundation/calendar.js';
import type { ScheduledDeliveryCost } from '../scenario/delivery-cost.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { PAYER_COUNT, PAYER_INDEX } from './ledger.js';

/** The day number of `date` (YYYY-MM-DD) on `calendar`. */
function dayOfDate(calendar: Calendar, date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendar.dayOf(y, m - 1, d);
}

/**
 * Pence booked by `schedule` to each payer in each month (`[payer][month]`), at `scale`. Each
 * month of a yearly cost is a twelfth of the year's sum, rounded to whole pence once, so a
 * cost's months are equal and their sum is exactly the month count × that twelfth.
 */
export function deliveryPenceByMonth(
  schedule: readonly ScheduledDeliveryCost[],
  params: Params,
  calendar: Calendar,
  monthStarts: readonly number[],
  scale: number,
): number[][] {
  const months = monthStarts.length - 1;
  const out = Array.from({ length: PAYER_COUNT }, () => new Array<number>(months).fill(0));
  for (const item of schedule) {
    const row = out[PAYER_INDEX[item.payer]]!;
    const pounds = params[item.cost] * item.units * scale;
    const fromDay = Math.max(0, item.from === undefined ? 0 : dayOfDate(calendar, item.from));
    if (item.timing === 'oneOff') {
      const pence = Math.round(pounds * 100);
      for (let m = 0; m < months; m++) {
        if (fromDay >= monthStarts[m]! && fromDay < monthStarts[m + 1]!) row[m]! += pence;
      }
      continue;
    }
    const monthly = Math.round((pounds * 100) / 12);
    const startDate = calendar.dateOf(fromDay);
    const untilDay =
      item.years === undefined
        ? Number.POSITIVE_INFINITY
        : dayOfDate(calendar, `${Number(startDate.slice(0, 4)) + item.years}${startDate.slice(4)}`);
    for (let m = 0; m < months; m++) {
      const day = monthStarts[m]!;
      // A month is paid when it starts on or after the first day (or holds it) and before the end.
      const holdsStart = fromDay >= day && fromDay < monthStarts[m + 1]!;
      if ((day >= fromDay || holdsStart) && day < untilDay) row[m]! += monthly;
    }
  }
  return out;
}
