/** The journey statechart, its compiled form, and the rules, guards, updates and delays both run. */
export {
  CompiledJourney,
  type CompiledRegion,
  compileJourney,
  type JourneyStateValue,
} from './compile-journey.js';
export { appealsLeftAfterCoproduction, trustLossOnRefusal } from './coproduction.js';
export { COUNCIL_RESPONSE_PARAMETERS, councilParams } from './council-decisions.js';
export { AVERAGE_ADVOCACY, effectiveAdvocacy } from './effective-advocacy.js';
export {
  APPEAL_TYPES,
  type AppealType,
  type ChildAttributes,
  copyJourneyContext,
  createJourneyContext,
  type JourneyContext,
  PRIMARY_NEEDS,
  type PrimaryNeed,
  type Requester,
  resetJourneyContext,
  type Sex,
  type SupportLevel,
} from './journey-context.js';
export { JOURNEY_DELAYS, type JourneyDelay, MEAN_STATUTORY_DAYS } from './journey-delays.js';
export {
  DELAYS,
  type DelayName,
  JOURNEY_EVENT_TYPES,
  type JourneyEffect,
  type JourneyEvent,
  type JourneyEventPayload,
  type JourneyEventType,
  ONE_OFF_COSTS,
  type OneOffCost,
  SERVICE_START_EVENT,
  SERVICES,
  type ServiceName,
  TIMERS,
  type TimerName,
} from './journey-events.js';
export {
  type JourneyGraph,
  type JourneyGraphRegion,
  type JourneyGraphState,
  type JourneyGraphTransition,
  journeyGraph,
} from './journey-graph.js';
export {
  BIRTHDAY_AGES,
  JOURNEY_GUARDS,
  type JourneyGuard,
  type JourneyGuardName,
  POST_PLAN_BIRTHDAY_AGE,
} from './journey-guards.js';
export { JourneyLayout } from './journey-layout.js';
export { createJourneyMachine, type JourneyMachine } from './journey-machine.js';
export {
  appealProbability,
  escalatedSeverity,
  exclusionProbability,
  placementContested,
  preferenceDraw,
  prefersIndependentSchool,
  provisionOf,
  requestProbability,
  senSupportProvision,
  suspensionProbability,
} from './journey-rules.js';
export { JOURNEY_UPDATES, type JourneyUpdate, type JourneyUpdateName } from './journey-updates.js';
export {
  AREA_OF_NEED,
  AREAS_OF_NEED,
  type AreaOfNeed,
  COMPLEX_NEEDS,
  EARLY_ONSET_END,
  isComplexNeed,
  onsetSeverity,
} from './primary-need.js';
export type { SettingName } from './setting-name.js';
export { STATUTORY_DAYS } from './statutory-timelines.js';
