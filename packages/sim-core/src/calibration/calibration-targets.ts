/**
 * The calibration targets file (`calibration-targets.json`): published statistics the model
 * must reproduce, each with its period, tolerance and source. Its schema, in Valibot like the
 * scenario schema, gives the `CalibrationTarget` type and the checks, each error naming the
 * file, the field, what was expected and what was found. The file's other fields (`about`,
 * `sources`, `structure`) are for people and are not read.
 */
import * as v from 'valibot';
import { readJson } from '../scenario/read-json.js';
import { ScenarioValidationError } from '../scenario/scenario-error.js';
import { fields, finiteNumber, issueErrors } from '../scenario/schema-kit.js';
import { periodSpan } from './periods.js';

const PERIOD = "a period 'Jan YYYY', 'CY YYYY', 'AY YYYY/YY' or 'FY YYYY/YY'";

/** `Jan YYYY` (snapshot), `CY YYYY` (calendar year), `AY YYYY/YY` (Sep–Aug) or `FY YYYY/YY` (Apr–Mar). */
const PeriodSchema = v.pipe(
  v.string(PERIOD),
  v.check(
    (period) => typeof periodSpan(period, 2000) !== 'string',
    (issue) => {
      const problem = periodSpan(String(issue.input), 2000);
      return typeof problem === 'string' ? problem.replace(/, found.*$/, '') : PERIOD;
    },
  ),
  v.metadata({ pattern: '^(Jan \\d{4}|CY \\d{4}|(AY|FY) \\d{4}/\\d{2})$' }),
);

const STRING = 'a string';

/** One published statistic to reproduce (a row of the file's `targets`). */
export const CalibrationTargetSchema = fields(
  {
    metric: v.string(STRING),
    period: PeriodSchema,
    value: finiteNumber(),
    unit: v.string(STRING),
    tolerance: v.pipe(finiteNumber(), v.gtValue(0, 'a positive number')),
    /** Tolerance in the target's own units (else relative to the value). */
    toleranceIsAbsolute: v.exactOptional(v.boolean('true or false')),
    source: v.string(STRING),
    status: v.string(STRING),
  },
  { expected: 'a target {metric, period, value, unit, tolerance, toleranceIsAbsolute?, source, status}' },
);

/** A calibration targets file. */
export const CalibrationTargetsFileSchema = v.looseObject(
  { targets: v.array(CalibrationTargetSchema, 'an array of targets') },
  (issue) =>
    issue.path === undefined ? 'an object with "targets": an array of targets' : 'an array of targets',
);

/** One published statistic to reproduce (the rows of `calibration-targets.json`). */
export type CalibrationTarget = Readonly<v.InferOutput<typeof CalibrationTargetSchema>>;

/**
 * Read the `targets` of a calibration-targets file. Throws a `ScenarioValidationError` listing
 * every problem: JSON syntax with line and column, keys given twice, and each field that is
 * missing, unknown or wrong.
 *
 * @example
 * const targets = parseCalibrationTargets(readFileSync(path, 'utf8'), path);
 */
export function parseCalibrationTargets(text: string, file: string): CalibrationTarget[] {
  const { data, duplicates } = readJson(text, file);
  const result = v.safeParse(CalibrationTargetsFileSchema, data);
  const errors = [...duplicates, ...(result.success ? [] : issueErrors(file, result.issues))];
  if (errors.length > 0 || !result.success) throw new ScenarioValidationError(errors);
  return result.output.targets;
}
