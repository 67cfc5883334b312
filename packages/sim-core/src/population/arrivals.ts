/**
 * New needs arising among children not yet in the model, by age-specific hazards.
 *
 * Each simulated year, for each single year of age 0–15, the number of new needs is
 * Poisson with mean cohortSize × scale × onset rate for that age. Arrival times are uniform
 * over the year. Ids continue after the starting population in a fixed order, and the
 * arrivals stream depends only on (seed, replication, year), so every scenario sees the
 * same new children at the same times.
 */
import { type Calendar, DAYS_PER_YEAR } from '../foundation/calendar.js';
import { cos, exp, log } from '../foundation/portable-math.js';
import { type RandomStream, type ReusableStream, randomStream } from '../foundation/random-streams.js';
import type { ChildAttributes } from '../journey/journey-context.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { earlyComplexChance, onsetTrend } from './demand-trends.js';
import { drawAttributes } from './synthetic-population.js';

/** Needs arising after 15 are not modelled as new entries (young people reach the model through school). */
export const LAST_ONSET_AGE = 15;

/**
 * A year's new needs, sorted by day: child `firstId + k` arrives on `days[k]` aged `ages[k]` whole
 * years; one arising before school is complex with chance `earlyComplexChance`.
 */
export interface YearOfArrivals {
  readonly firstId: number;
  readonly days: Float64Array;
  readonly ages: Uint8Array;
  readonly earlyComplexChance: number;
}

/** Onset hazard per year at `age` (whole years), in the trends' reference year (`demand-trends.ts`). */
export function onsetRate(age: number, p: Params): number {
  if (age < 5) return p['need.onsetRate.age0to4'];
  if (age <= 10) return p['need.onsetRate.age5to10'];
  if (age <= LAST_ONSET_AGE) return p['need.onsetRate.age11to15'];
  return 0;
}

/**
 * The children whose needs arise in year `yearIndex` of the run (its calendar year on
 * `calendar`), with ids from `firstId`, sorted by arrival day. Their attributes are drawn when
 * each arrives (`arrivalAttributes`), from the child's own stream.
 */
export function arrivalsInYear(
  p: Params,
  scale: number,
  seed: number,
  replication: number,
  calendar: Calendar,
  yearIndex: number,
  firstId: number,
): YearOfArrivals {
  const r = randomStream(seed, replication, yearIndex, 'arrivals');
  const calendarYear = calendar.startYear + yearIndex;
  const yearStart = calendar.dayOf(calendarYear);
  const length = calendar.dayOf(calendarYear + 1) - yearStart;
  const trend = onsetTrend(calendarYear, p);
  // Each age's arrival days, sorted; then merged by day (ties: the younger first).
  const byAge: Float64Array[] = [];
  for (let age = 0; age <= LAST_ONSET_AGE; age++) {
    const count = poisson(
      r,
      (p['population.cohortSize'] * scale * onsetRate(age, p) * trend * length) / DAYS_PER_YEAR,
    );
    const days = new Float64Array(count);
    for (let k = 0; k < count; k++) days[k] = yearStart + r() * length;
    byAge.push(days.sort());
  }
  const total = byAge.reduce((n, days) => n + days.length, 0);
  const days = new Float64Array(total);
  const ages = new Uint8Array(total);
  const next = new Array<number>(byAge.length).fill(0);
  for (let k = 0; k < total; k++) {
    let age = -1;
    for (let a = 0; a < byAge.length; a++) {
      if (next[a]! < byAge[a]!.length && (age < 0 || byAge[a]![next[a]!]! < byAge[age]![next[age]!]!))
        age = a;
    }
    days[k] = byAge[age]![next[age]!++]!;
    ages[k] = age;
  }
  return { firstId, days, ages, earlyComplexChance: earlyComplexChance(calendarYear, p) };
}

/**
 * The attributes of child `id`, the `k`-th of `year`'s arrivals (its need arises on `year.days[k]`
 * aged `year.ages[k]`), drawn from its own stream.
 */
export function arrivalAttributes(
  stream: ReusableStream,
  p: Params,
  seed: number,
  replication: number,
  id: number,
  year: YearOfArrivals,
  k: number,
): ChildAttributes {
  const r = stream.reseed(seed, replication, id, 'attributes');
  const onsetAge = year.ages[k]! + r();
  const birthDay = year.days[k]! - onsetAge * DAYS_PER_YEAR;
  return drawAttributes(id, birthDay, 'senSupport', p, r, onsetAge, year.earlyComplexChance);
}

/** How many children are expected to arrive over `years` years from `startYear` at `scale` (the mean of the draws). */
export function expectedArrivals(p: Params, scale: number, startYear: number, years: number): number {
  let perYear = 0;
  for (let age = 0; age <= LAST_ONSET_AGE; age++)
    perYear += p['population.cohortSize'] * scale * onsetRate(age, p);
  let trend = 0;
  for (let y = 0; y < years; y++) trend += onsetTrend(startYear + y, p);
  return perYear * trend;
}

/**
 * Poisson draw: by inversion for small means, normal approximation (rounded, Box–Muller) for large
 * ones. `log`, `cos` and `exp` are the portable ones, so the counts are the same on every engine.
 */
export function poisson(r: RandomStream, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) {
    const u1 = 1 - r();
    const u2 = r();
    const z = Math.sqrt(-2 * log(u1)) * cos(2 * Math.PI * u2);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = exp(-mean);
  let k = 0;
  let prod = r();
  while (prod > limit) {
    k++;
    prod *= r();
  }
  return k;
}
