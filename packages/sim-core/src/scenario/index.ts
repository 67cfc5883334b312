export { closestName, editDistance } from './closest-name.js';
export { hasControlCharacter, printable } from './control-characters.js';

/**
 * Scenarios: the parameter catalogue, scenario files and their validation, the policy levers,
 * and resolution of a scenario into the parameter values the model reads.
 */

export type { ParameterPatch } from './apply-changes.js';
export type { DeliveryCost, ScheduledDeliveryCost } from './delivery-cost.js';
export type { LeverDefinition, LeverEffects, LeverPhase, LeverSetting } from './levers.js';
export { effectsFor, findLever, LEVERS, leverSettingProblem } from './levers.js';
export { isMoneyParameter, MONEY_INDEX_TABLE, MONEY_PARAMETERS, priceIndexOf } from './money-indices.js';
export type { ParameterKey, ParameterSpec, Params } from './parameter-catalogue.js';
export { isParameterKey, PARAMETER_CATALOGUE, PARAMETER_KEYS } from './parameter-catalogue.js';
export { applyChanges, changeWords, numberWords, type ParameterChange, SETTING } from './parameter-change.js';
export { PRICE_YEAR_PATTERN } from './parameter-record-schema.js';
export type { ParameterProblem } from './parameter-rules.js';
export { parameterGroupProblems, shareGroupOf } from './parameter-rules.js';
export {
  cashPerReal,
  DEFLATOR_GROWTH_BEYOND_FORECAST,
  financialYearOf,
  GDP_DEFLATOR,
  GDP_DEFLATOR_FORECAST,
  GDP_DEFLATOR_SOURCE,
  gdpDeflatorAt,
  hasDeflator,
  PRICE_BASE,
  upratingFactor,
} from './price-base.js';
export {
  cashFactor,
  EP_PAY_AWARDS,
  indexUpratingFactor,
  PRICE_INDEX_DEFINITIONS,
  PRICE_INDICES,
  type PriceIndexDefinition,
  type PriceIndexId,
  relativePriceFactor,
  relativePriceLevel,
  TEACHER_PAY_AWARDS,
} from './price-indices.js';
export { MAX_JSON_DEPTH, readJson } from './read-json.js';
export type {
  LeverScaling,
  ResolvedParameterRecord,
  ResolvedPhase,
  ResolvedScenario,
} from './resolve-scenario.js';
export { diffScenarios, resolveScenario } from './resolve-scenario.js';
export { ScenarioError, ScenarioValidationError } from './scenario-error.js';
export type {
  BaselineScenarioFile,
  CalibrationRecord,
  ParameterRecord,
  ReformScenarioFile,
  ScenarioFile,
  Source,
  SourceStatus,
} from './scenario-file.js';
export { MAX_INPUT_FILE_BYTES } from './scenario-file.js';
export {
  CalibrationRecordSchema,
  SCENARIO_FIELDS,
  SCENARIO_ID_PATTERN,
  SCENARIO_SCHEMA_DEFINITIONS,
  ScenarioFileSchema,
} from './scenario-schema.js';
export { CHECKS_NOT_IN_JSON_SCHEMA } from './schema-kit.js';
export { SEED_ASKS, type SeedAsk, type SeedAskId } from './seed-asks.js';
export {
  SEED_DOCUMENT_IDS,
  SEED_DOCUMENTS,
  type SeedDocument,
  type SeedDocumentId,
} from './seed-documents.js';
export type { ScenarioCheck, ScenarioReadOptions } from './validate-scenario.js';
export { parseScenarioFile, validateScenarioData } from './validate-scenario.js';
