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
export { earlyComplexChance, onsetTrend, pastTrends } from './demand-trends.js';
export {
  epQueueAtStart,
  type LocalGroupsAtStart,
  NO_LOCAL_GROUPS,
} from './ep-queue-at-start.js';
export {
  ABOVE_THRESHOLD_SHAPE_AT_START,
  ABOVE_THRESHOLD_SHARE_AT_START,
  outsideSpecialistSeverityAtStart,
  PLAN_SEVERITY_SHAPE_AT_START,
  planSeverityAtStart,
  SPECIALIST_ABOVE_SHARE_AT_START,
  specialistSeverityAtStart,
} from './plan-severity-at-start.js';
export {
  movedOnShare,
  type PathwayLeaf,
  type PlanHolderBand,
  POST_PLAN_SEVERITY_SHAPE_AT_START,
  postPlanAge,
  postPlanByBand,
  replayPathway,
  yearsSincePlanEnded,
} from './post-plan-at-start.js';
export {
  POST16_FIRST_AGE,
  POST16_LAST_AGE,
  type Post16Weights,
  post16WeightsByAge,
} from './post16-settings-by-age.js';
export {
  drawArisingNeed,
  drawPlanHolderNeed,
  MAINSTREAM_PLANS_BY_PHASE_2021,
  type PlanHolderPlace,
  PRIMARY_NEED_SHARES,
} from './primary-need-draw.js';
export { needSinceRequest } from './replayed-history.js';
export {
  bandShareBelow,
  commissionedEachYearBeforeStart,
  type SettingDraw,
  type StateSpecialFactors,
  type StateSpecialProfile,
  stateSpecialWeightFactors,
  waitingForPlaceAtStart,
} from './special-places-at-start.js';
export { stageInProgress } from './stage-in-progress.js';
export {
  ageWithinBand,
  appealOutcomesInProgress,
  assessmentsInProgress,
  disputesInProgress,
  epWaitingInProgress,
  requestFlowAtStart,
  requestsInProgress,
} from './start-pipelines.js';
export { planEndingHazard, startStateSpecialShares } from './starting-shares.js';
export {
  buildStartingPopulation,
  type ChildSeed,
  drawAttributes,
  forEachStartingChild,
  planDisputesAtStart,
  startingPopulationSize,
} from './synthetic-population.js';
