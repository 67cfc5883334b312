/**
 * Your own local area (issue 11, requirement 6): a council's figures in a small file, checked
 * like a scenario, turned into a baseline for the area that runs one-to-one.
 */
export type { AreaBaseline, AreaScaling, AreaSummary } from './area-baseline.js';
export { areaBaseline, SCHOOL_YEARS } from './area-baseline.js';
export type { LocalAreaFigureName, LocalAreaFigures, LocalAreaFile } from './local-area-schema.js';
export { COUNCILS_OWN_FIGURE, LOCAL_AREA_FIGURES, LocalAreaFileSchema } from './local-area-schema.js';
export type { LocalAreaCheck } from './validate-local-area.js';
export {
  AGE_SPLIT,
  isLocalAreaData,
  parseLocalAreaFile,
  SETTING_SPLIT,
  validateLocalAreaData,
} from './validate-local-area.js';
