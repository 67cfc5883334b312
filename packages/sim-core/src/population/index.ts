/** The synthetic population at the start date, and new needs arising afterwards. */
export {
  arrivalAttributes,
  arrivalsInYear,
  expectedArrivals,
  LAST_ONSET_AGE,
  onsetRate,
  poisson,
  type YearOfArrivals,
} from './arrivals.js';
export { PLAN_SEVERITY_SHAPE_AT_START, planSeverityAtStart } from './plan-severity-at-start.js';
export { drawArisingNeed, drawPlanHolderNeed, PRIMARY_NEED_SHARES } from './primary-need-draw.js';
export {
  bandShareBelow,
  commissionedEachYearBeforeStart,
  type SettingDraw,
  stateSpecialWeightFactor,
  waitingForPlaceAtStart,
} from './special-places-at-start.js';
export {
  ageWithinBand,
  assessmentsInProgress,
  disputesInProgress,
  requestsInProgress,
} from './start-pipelines.js';
export {
  buildStartingPopulation,
  type ChildSeed,
  drawAttributes,
  forEachStartingChild,
  planDisputesAtStart,
  startingPopulationSize,
} from './synthetic-population.js';
