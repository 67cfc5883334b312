/**
 * The services of a run, with capacities from the scenario's parameters at the run's scale.
 *
 * Capacity is in slots a child holds for the length of the service: an EP assessment slot for
 * the weeks of the assessment, a hearing slot from listing to decision, a special school place
 * for as long as the child stays. So yearly throughput (FTE × assessments per FTE, hearings a
 * year) becomes slots = throughput × holding time ÷ 365.25. At least one slot, so tiny test
 * scales still run.
 */
import { DAYS_PER_YEAR } from '../engine/calendar.js';
import type { ServiceName } from '../journey/journey-events.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { ServiceQueue } from './service-queue.js';

/** Slots of each service for `scale`. */
export function serviceSlots(p: Params, scale: number): Record<ServiceName, number> {
  const slots = (national: number) => Math.max(1, national * scale);
  return {
    educationalPsychology: slots(
      (p['ep.workforceFte'] * p['ep.assessmentsPerFtePerYear'] * p['ep.assessmentDays']) / DAYS_PER_YEAR,
    ),
    earlyHelp: slots(p['earlyHelp.capacity']),
    specialSchool: slots(p['placement.specialSchoolPlaces']),
    tribunal: slots((p['tribunal.hearingsPerYear'] * p['tribunal.listingToDecisionDays']) / DAYS_PER_YEAR),
  };
}

/** The run's services, sized for `scale`. */
export function createServices(p: Params, scale: number): Record<ServiceName, ServiceQueue> {
  const slots = serviceSlots(p, scale);
  return {
    educationalPsychology: new ServiceQueue('educationalPsychology', slots.educationalPsychology),
    earlyHelp: new ServiceQueue('earlyHelp', slots.earlyHelp),
    specialSchool: new ServiceQueue('specialSchool', slots.specialSchool),
    tribunal: new ServiceQueue('tribunal', slots.tribunal),
  };
}

/** The metric each service's waits are reported under. */
export const SERVICE_WAIT_METRIC: Readonly<Record<ServiceName, MetricId>> = {
  educationalPsychology: 'ep_wait_days',
  earlyHelp: 'early_help_wait_days',
  specialSchool: 'special_place_wait_days',
  tribunal: 'tribunal_wait_days',
};
