/** Capacity-limited services with first-come-first-served queues, shared out across local areas. */

export { DsgAccount, type DsgMonth } from './dsg-account.js';
export { epWorkforceFte } from './ep-workforce.js';
export {
  HIGH_NEEDS_BLOCK,
  type HighNeedsAllocation,
  highNeedsBlockPounds,
} from './high-needs-block.js';
export { HighNeedsPressure } from './high-needs-pressure.js';
export { apportionSlots, LOCAL_AREA_GROUPS, localAreaOf, localCapacityShares } from './local-areas.js';
export { LOCUM_PREMIUM, LocumPsychology, locumSlots } from './locum-psychology.js';
export {
  type Commissioned,
  PLACE_CAPITAL,
  PlaceCommissioning,
  type PlaceCounts,
} from './place-commissioning.js';
export { Service } from './service.js';
export { createServices, SERVICE_WAIT_METRIC, serviceSlots } from './service-capacity.js';
export { ServiceQueue } from './service-queue.js';
