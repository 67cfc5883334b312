/** Money: the ledger and who pays for what (the payers themselves are in `foundation/`). */
export { oneOffCosts, runningCosts } from './cost-model.js';
export { deliveryPenceByMonth } from './delivery-costs.js';
export {
  HOME_TO_SCHOOL_TRANSPORT,
  LEDGER_COLUMNS,
  Ledger,
  MOVED_FROM_HIGH_NEEDS,
  PAYER_COUNT,
  PAYER_INDEX,
  RESIDENTIAL_HEALTH,
  RESIDENTIAL_SOCIAL_CARE,
} from './ledger.js';
export {
  type DistanceShares,
  distanceShares,
  isResidential,
  PLACEMENT_DISTANCES,
  type PlacementDistance,
  placementDistanceOf,
} from './placement-distance.js';
export { RelativePrices } from './relative-prices.js';
