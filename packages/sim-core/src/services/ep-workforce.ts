/**
 * The educational psychologist workforce over time: the FTE of the scenario
 * (`ep.workforceFte`) plus the trainees who qualify into it, net of those who leave.
 *
 * The DfE funds doctoral training cohorts of about 200 a year from September 2023 (PQ HL3745);
 * training takes three years, so the first expanded cohort qualifies in September 2026. Each
 * September from `ep.traineeGrowthFromYear` the workforce grows by `ep.traineeNetGrowthFte`:
 * the qualifiers less the leavers and retirements they replace. The step is whole years, so
 * every group of areas sees the same workforce on the same day.
 */
import type { Calendar } from '../foundation/calendar.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** September, as a 0-based month. */
const SEPTEMBER = 8;

/** The EP workforce (FTE, national) on `day`. */
export function epWorkforceFte(p: Params, calendar: Calendar, day: number): number {
  const date = calendar.dateOf(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  // Septembers passed since (and including) the first qualifying one.
  const cohorts = year - p['ep.traineeGrowthFromYear'] + (month >= SEPTEMBER ? 1 : 0);
  return p['ep.workforceFte'] + p['ep.traineeNetGrowthFte'] * Math.max(0, cohorts);
}
