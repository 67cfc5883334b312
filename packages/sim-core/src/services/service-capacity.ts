/**
 * The services of a run, with capacities from the scenario's parameters at the run's scale.
 *
 * Capacity is in slots a child holds for the length of the service: an EP assessment slot for
 * the weeks of the assessment, a hearing slot from listing to decision, a special school place
 * for as long as the child stays. So yearly throughput (FTE × assessments per FTE, hearings a
 * year) becomes slots = throughput × holding time ÷ 365.25. Educational psychology is shared
 * out across local area groups (`local-areas.ts`); the other services are national queues. At
 * least one slot per group, so tiny test scales still run.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import type { ServiceName } from '../journey/journey-events.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { apportionSlots, localCapacityShares } from './local-areas.js';
import { Service } from './service.js';

/**
 * Whole slots of each service's local area groups (one group for a national service) at `scale`,
 * with `epFte` educational psychologists (the scenario's at the start, by default).
 */
export function serviceSlots(
  p: Params,
  scale: number,
  epFte = p['ep.workforceFte'],
): Record<ServiceName, number[]> {
  const national = (slots: number) => [Math.max(1, Math.floor(slots * scale))];
  const epSlots = (epFte * p['ep.assessmentsPerFtePerYear'] * p['ep.assessmentDays']) / DAYS_PER_YEAR;
  return {
    educationalPsychology: apportionSlots(epSlots * scale, localCapacityShares(p['ep.localCapacitySpread'])),
    earlyHelp: national(p['earlyHelp.capacity']),
    specialSchool: national(p['placement.specialSchoolPlaces']),
    tribunal: national((p['tribunal.hearingsPerYear'] * p['tribunal.listingToDecisionDays']) / DAYS_PER_YEAR),
  };
}

/** The run's services, sized for `scale`. */
export function createServices(p: Params, scale: number): Record<ServiceName, Service> {
  const slots = serviceSlots(p, scale);
  return {
    educationalPsychology: new Service('educationalPsychology', slots.educationalPsychology),
    earlyHelp: new Service('earlyHelp', slots.earlyHelp),
    specialSchool: new Service('specialSchool', slots.specialSchool),
    tribunal: new Service('tribunal', slots.tribunal),
  };
}

/** The metric each service's waits are reported under. */
export const SERVICE_WAIT_METRIC: Readonly<Record<ServiceName, MetricId>> = {
  educationalPsychology: 'ep_wait_days',
  earlyHelp: 'early_help_wait_days',
  specialSchool: 'special_place_wait_days',
  tribunal: 'tribunal_wait_days',
};
