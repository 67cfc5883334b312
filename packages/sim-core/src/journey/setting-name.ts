/**
 * The names of the setting region's states (DESIGN 2.2: where a child is educated, or not),
 * as the cost model, the metrics and the starting population read them. The journey machine
 * defines the states; this type names them for the layers above it.
 */
/** A state of the setting region. */
export type SettingName =
  | 'earlyYears'
  | 'mainstream'
  | 'resourcedProvision'
  | 'maintainedSpecial'
  | 'independentSpecial'
  | 'alternativeProvision'
  | 'outOfEducation'
  | 'furtherEducation'
  | 'adult'
  | 'leftArea';
