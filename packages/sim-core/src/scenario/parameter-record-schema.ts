/**
 * The schema of a parameter's record in a scenario file (DESIGN 3.2): its value within the
 * catalogue's bounds, a plausible range around it, the catalogue's unit, a price year for money,
 * and either a source or a one-line assumption. One record schema per catalogue parameter, so
 * the editor JSON Schema lists each parameter with its meaning, unit and bounds.
 */
import * as v from 'valibot';
import { closestName } from './closest-name.js';
import { shownKey } from './field-path.js';
import type { ParameterKey } from './parameter-catalogue.js';
import { PARAMETER_CATALOGUE, PARAMETER_KEYS } from './parameter-catalogue.js';
import { GDP_DEFLATOR, hasDeflator, PRICE_BASE } from './price-base.js';
import { boundedNumber, fields, isObject, step, text, withFound } from './schema-kit.js';

/** A price year: a calendar year (`2017`) or a financial/academic year (`2022/23`). */
export const PRICE_YEAR_PATTERN = /^\d{4}(\/\d{2})?$/;
const URL_PATTERN = /^https:\/\/\S+$/;
/** A source's year: a calendar year, a financial or academic year, or "n.d." (no date given). */
const SOURCE_YEAR_PATTERN = /^(\d{4}(\/\d{2})?|n\.d\.)$/;

const YEAR = 'a year such as "2023" or "2022/23", or "n.d." when the source gives none';
const URL = 'a web address starting with https://';
const STATUS = 'one of "V" (seen in the source), "V2" (quoted by a secondary page), "D" (derived)';

/** Where a value comes from: enough for a reader to find the figure again. */
export const SourceSchema = v.pipe(
  fields(
    {
      title: text('a non-empty title'),
      publisher: text('a non-empty publisher'),
      year: v.pipe(v.string(YEAR), v.regex(SOURCE_YEAR_PATTERN, YEAR)),
      url: v.exactOptional(v.pipe(v.string(URL), v.regex(URL_PATTERN, URL))),
      status: v.exactOptional(
        v.pipe(
          v.picklist(['V', 'V2', 'D'], STATUS),
          v.description(
            'V seen in the source; V2 an official statistic quoted by a secondary page; D derived (give the arithmetic in note).',
          ),
        ),
      ),
      note: v.exactOptional(text('a non-empty note')),
    },
    { expected: 'a source object {title, publisher, year, url?, status?, note?}' },
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    const source = dataset.value;
    if (isObject(source) && source.status === 'D' && source.note === undefined) {
      const expected = 'a note giving the arithmetic (required when status is "D")';
      addIssue({ message: expected, input: undefined, path: [step(source, 'note')] });
    }
  }),
  v.metadata({
    if: { required: ['status'], properties: { status: { const: 'D' } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
    then: { required: ['note'] },
  }),
);

const ASSUMPTION = 'a one-line reason why the value has no source';
export const AssumptionSchema = v.pipe(
  v.string(ASSUMPTION),
  v.regex(/^[^\r\n]*\S[^\r\n]*$/, ASSUMPTION),
  v.description('One line: why the value has no source.'),
);

/** The distributions a parameter may be sampled from (probabilistic sensitivity analysis). */
export const PARAMETER_DISTRIBUTIONS = ['uniform', 'triangular'] as const;

const DISTRIBUTION = `one of ${PARAMETER_DISTRIBUTIONS.map((d) => JSON.stringify(d)).join(', ')} (uniform over the range, the default; or triangular with its mode at the value)`;
/**
 * How probabilistic sensitivity analysis (`sendsim psa`) samples the parameter over its plausible
 * range: uniform (the default when absent) or triangular with its mode at the file's value.
 */
export const DistributionSchema = v.pipe(
  v.picklist(PARAMETER_DISTRIBUTIONS, DISTRIBUTION),
  v.description(
    'How sendsim psa samples the value over its range: "uniform" (the default) or "triangular" (mode at the value).',
  ),
);

/** Rank correlations between sampled parameters: the expected text, shared with the baseline schema. */
export const RANK_CORRELATION = 'a rank correlation { a, b, correlation, source or assumption }';

const PRICE_YEAR = 'a price year such as "2022/23" or "2017" (required for money)';
const years = Object.keys(GDP_DEFLATOR);
const COVERED = `a price year the GDP deflator covers, ${years[0]} to ${years[years.length - 1]} (to uprate it to ${PRICE_BASE})`;
export const PriceYearSchema = v.pipe(
  v.string(PRICE_YEAR),
  v.regex(PRICE_YEAR_PATTERN, PRICE_YEAR),
  v.check((year) => !PRICE_YEAR_PATTERN.test(year) || hasDeflator(year), COVERED),
  v.description('The price base of a money value, e.g. "2022/23".'),
);

/** The record schema of one catalogue parameter. */
function parameterRecordSchema(key: ParameterKey) {
  const spec = PARAMETER_CATALOGUE[key];
  const value = boundedNumber(spec.min, spec.max, `a number from ${spec.min} to ${spec.max} (${spec.unit})`);
  const rangeExpected = `[low, high]: two numbers from ${spec.min} to ${spec.max}, low first`;
  const money = spec.unit.startsWith('GBP');
  // Money needs its price year; anything else must not give one. Typed alike: an optional text.
  const priceYear = (money
    ? PriceYearSchema
    : v.exactOptional(
        v.never(`no priceYear (the unit ${JSON.stringify(spec.unit)} is not money)`),
      )) as unknown as v.ExactOptionalSchema<typeof PriceYearSchema, undefined>;
  return v.pipe(
    fields(
      {
        value,
        range: v.pipe(
          v.strictTuple([value, value], rangeExpected),
          v.check(([low, high]) => low <= high, rangeExpected),
          v.description('Plausible low and high values, used by sensitivity analysis.'),
        ),
        unit: v.literal(spec.unit, `${JSON.stringify(spec.unit)} (the catalogue's unit)`),
        priceYear,
        source: v.exactOptional(SourceSchema),
        assumption: v.exactOptional(AssumptionSchema),
        distribution: v.exactOptional(DistributionSchema),
      },
      { expected: 'a parameter record {value, range, unit, source or assumption, distribution?}' },
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      const record = dataset.value;
      if (!isObject(record)) return;
      const inBounds = (x: unknown): x is number =>
        typeof x === 'number' && Number.isFinite(x) && x >= spec.min && x <= spec.max;
      const { value: v0, range } = record;
      if (!inBounds(v0) || !Array.isArray(range) || range.length !== 2) return;
      const [low, high] = range as unknown[];
      if (!inBounds(low) || !inBounds(high) || low > high) return;
      if (v0 < low || v0 > high) {
        addIssue({
          message: `a range containing the value ${v0}`,
          input: range,
          path: [step(record, 'range')],
        });
      }
    }),
    v.rawCheck(({ dataset, addIssue }) => {
      const record = dataset.value;
      if (!isObject(record)) return;
      const source = record.source !== undefined;
      const assumption = record.assumption !== undefined;
      if (source && assumption)
        addIssue({ message: withFound('either a source or an assumption, not both', 'both') });
      if (!source && !assumption) {
        addIssue({
          message: withFound('a source, or an assumption giving a one-line reason there is none', 'neither'),
        });
      }
    }),
    v.metadata({ oneOf: [{ required: ['source'] }, { required: ['assumption'] }] }),
    v.description(spec.meaning),
  );
}

type RecordSchema = ReturnType<typeof parameterRecordSchema>;

/** Every catalogue parameter's record schema, in catalogue order. */
export const PARAMETER_RECORDS = Object.fromEntries(
  PARAMETER_KEYS.map((key) => [key, parameterRecordSchema(key)]),
) as {
  readonly [K in ParameterKey]: RecordSchema;
};

/** The fields a parameter record may have. */
export const PARAMETER_RECORD_FIELDS = Object.keys(PARAMETER_RECORDS['population.cohortSize'].entries);

/** One parameter's record, of any parameter (the type; each parameter checks its own bounds). */
export type ParameterRecordSchema = RecordSchema;

/** What a parameter's name should be, with the nearest catalogue name to `name`. */
function parameterExpected(name: string): string {
  const near = closestName(name, PARAMETER_KEYS);
  return `a parameter in the catalogue${near === undefined ? ' (see parameter-catalogue.ts)' : ` (did you mean "${near}"?)`}`;
}

/** An unknown key among the parameters, found as the key itself (its record follows it). */
const unknownParameter = (key: string) => withFound(parameterExpected(key), JSON.stringify(shownKey(key)));

/** A baseline's parameters: a record for every catalogue parameter, no others. */
export const BaselineParametersSchema = fields(PARAMETER_RECORDS, {
  expected: 'an object with a record for every catalogue parameter',
  missing: 'a record for this catalogue parameter (a baseline gives every parameter)',
  unknown: unknownParameter,
});

/** A reform's explicit, sourced overrides: records for any catalogue parameters. */
export const ReformParametersSchema = v.pipe(
  fields(
    Object.fromEntries(PARAMETER_KEYS.map((key) => [key, v.exactOptional(PARAMETER_RECORDS[key])])) as {
      readonly [K in ParameterKey]: v.ExactOptionalSchema<RecordSchema, undefined>;
    },
    { expected: 'an object of parameter records', unknown: unknownParameter },
  ),
  v.description('Explicit, sourced overrides, applied after the levers.'),
);

/** A catalogue parameter's name, where a file lists parameters (the calibration record). */
export const ParameterNameSchema = v.picklist(PARAMETER_KEYS, (issue) =>
  typeof issue.input === 'string' ? parameterExpected(issue.input) : 'the name of a catalogue parameter',
);
