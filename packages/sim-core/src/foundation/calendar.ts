/**
 * Simulated time: days since the start date, and the calendar boundaries results are
 * reported on. Uses UTC date arithmetic on the fixed start date only; it never reads the
 * wall clock.
 */
const MS_PER_DAY = 86_400_000;

/** Days in an average year: the model's unit for converting yearly rates and ages to days. */
export const DAYS_PER_YEAR = 365.25;

export class Calendar {
  /** Start date as YYYY-MM-DD. */
  readonly startDate: string;
  readonly startYear: number;
  private readonly startMs: number;

  constructor(startDate: string) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startDate);
    if (match === null) throw new Error(`Calendar: start date must be YYYY-MM-DD, found '${startDate}'`);
    this.startDate = startDate;
    this.startYear = Number(match[1]);
    this.startMs = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  }

  /** Day number (since the start date) of the first day of month `month` (0-based) of `year`. */
  dayOf(year: number, month = 0, day = 1): number {
    return (Date.UTC(year, month, day) - this.startMs) / MS_PER_DAY;
  }

  /** Day numbers of the first of each month from the start up to and including `years` later. */
  monthStarts(years: number): number[] {
    const start = new Date(this.startMs);
    const days: number[] = [];
    for (let m = 0; m <= years * 12; m++) {
      days.push(this.dayOf(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
    }
    return days;
  }

  /** The calendar date of a simulated day, as YYYY-MM-DD. */
  dateOf(day: number): string {
    return new Date(this.startMs + Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
  }
}

/** Index of the month containing `day`, given ascending month starts (clamped to the first and last month). */
export function monthOf(monthStarts: readonly number[], day: number): number {
  let lo = 0;
  let hi = monthStarts.length - 2;
  if (day < monthStarts[0]!) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (monthStarts[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first calendar year of the financial year (April to March) that month `month0` (0–11) of `year` falls in. */
export function financialYearOf(year: number, month0: number): number {
  return month0 >= 3 ? year : year - 1;
}

/** The first calendar year of the financial year that date `date` (YYYY-MM-DD) falls in. */
export function financialYearStartOf(date: string): number {
  return financialYearOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1);
}
