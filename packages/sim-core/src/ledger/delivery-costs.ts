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
import { MONEY_PARAMETERS } from '../scenario/money-indices.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { PAYER_COUNT, PAYER_INDEX } from './ledger.js';

/** The day number of `date` (YYYY-MM-DD) on `calendar`. */
function dayOfDate(calendar: Calendar, date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendar.dayOf(y, m - 1, d);
}

/**
 * Pence booked by `schedule` to each payer in each month (`[payer][month]`), at `scale`. Each
 * month of a yearly cost is a twelfth of the year's sum at that month's relative prices
 * (`priceFactor(k, month)` for the cost's index `k` in `MONEY_PARAMETERS`; default 1), rounded
 * to whole pence, so a cost's months within one financial year are equal.
 */
export function deliveryPenceByMonth(
  schedule: readonly ScheduledDeliveryCost[],
  params: Params,
  calendar: Calendar,
  monthStarts: readonly number[],
  scale: number,
  priceFactor: (k: number, month: number) => number = () => 1,
): number[][] {
  const months = monthStarts.length - 1;
  const out = Array.from({ length: PAYER_COUNT }, () => new Array<number>(months).fill(0));
  for (const item of schedule) {
    const row = out[PAYER_INDEX[item.payer]]!;
    const pounds = params[item.cost] * item.units * scale;
    const k = MONEY_PARAMETERS.indexOf(item.cost);
    const factor = (m: number) => (k < 0 ? 1 : priceFactor(k, m));
    const fromDay = Math.max(0, item.from === undefined ? 0 : dayOfDate(calendar, item.from));
    if (item.timing === 'oneOff') {
      for (let m = 0; m < months; m++) {
        if (fromDay >= monthStarts[m]! && fromDay < monthStarts[m + 1]!)
          row[m]! += Math.round(pounds * factor(m) * 100);
      }
      continue;
    }
    const startDate = calendar.dateOf(fromDay);
    const untilDay =
      item.years === undefined
        ? Number.POSITIVE_INFINITY
        : dayOfDate(calendar, `${Number(startDate.slice(0, 4)) + item.years}${startDate.slice(4)}`);
    for (let m = 0; m < months; m++) {
      const day = monthStarts[m]!;
      // A month is paid when it starts on or after the first day (or holds it) and before the end.
      const holdsStart = fromDay >= day && fromDay < monthStarts[m + 1]!;
      if ((day >= fromDay || holdsStart) && day < untilDay)
        row[m]! += Math.round((pounds * factor(m) * 100) / 12);
    }
  }
  return out;
}
