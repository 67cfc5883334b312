/**
 * The schema of a scenario file (DESIGN 3.2), in Valibot: the one source of the files' types
 * (`scenario-file.ts`), their validation (`validate-scenario.ts`) and the JSON Schema editors
 * use (`scenarios/scenario.schema.json`, written by `scripts/write-scenario-schema.ts`). Every
 * message is what a valid file has at that place, in words for the person editing it.
 * Parameter records are in `parameter-record-schema.ts`; the rules that tie parameters
 * together in `parameter-rules.ts`.
 */
import * as v from 'valibot';
import { closestName } from './closest-name.js';
import { shownKey } from './field-path.js';
import type { LeverDefinition, LeverSetting } from './levers.js';
import { LEVERS, leverSettingProblem } from './levers.js';
import { PARAMETER_KEYS } from './parameter-catalogue.js';
import {
  AssumptionSchema,
  BaselineParametersSchema,
  PARAMETER_RECORD_FIELDS,
  PARAMETER_RECORDS,
  ParameterNameSchema,
  PriceYearSchema,
  RANK_CORRELATION,
  ReformParametersSchema,
  SourceSchema,
} from './parameter-record-schema.js';
import { parameterGroupProblems } from './parameter-rules.js';
import { boundedNumber, fields, finiteNumber, isObject, step, text, withFound } from './schema-kit.js';

/** Scenario ids: lower-case letters, digits and hyphens (they double as file names). */
export const SCENARIO_ID_PATTERN = /^[a-z0-9-]+$/;
/** The years a run may start in: the published series the model rests on begin in 2015. */
const START_YEARS = [2015, 2100] as const;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const ID = 'an id of lower-case letters, digits and hyphens, such as "early-help-investment"';
const IdSchema = v.pipe(v.string(ID), v.regex(SCENARIO_ID_PATTERN, ID));

const DATE = 'a date written YYYY-MM-DD, such as "2023-01-01"';
const RUN_START = `1 January of a year from ${START_YEARS[0]} to ${START_YEARS[1]}, such as "2023-01-01" (a run starts from the January stocks and counts calendar years)`;
/**
 * A run's start: 1 January of a year from 2015. Runs count calendar years from their start and
 * begin from January snapshots (the published stocks are counted in January), so another day
 * cannot run (it once failed with "time ran backwards").
 */
const StartDateSchema = v.pipe(
  v.string(DATE),
  v.check(isCalendarDate, DATE),
  v.check((date) => !isCalendarDate(date) || isRunStart(date), RUN_START),
  v.metadata({ pattern: '^\\d{4}-01-01$' }),
  v.description(`The run's first day: 1 January of a year from ${START_YEARS[0]}.`),
);

const SchemaPath = v.exactOptional(
  v.pipe(
    v.string('a string (the path of the JSON schema, for editors)'),
    v.description('For editors; ignored.'),
  ),
);

/** One lever's setting: a choice from its list or a number in its range. */
function leverSettingSchema(lever: LeverDefinition) {
  const s = lever.settings;
  const expected = (issue: { input: unknown }) =>
    leverSettingProblem(lever, issue.input) ?? 'a valid setting';
  const setting =
    s.kind === 'number'
      ? v.pipe(
          v.number(expected),
          v.finite(expected),
          v.minValue(s.min, expected),
          v.maxValue(s.max, expected),
        )
      : v.picklist(s.values, expected);
  const about = s.kind === 'number' ? `${lever.description} Setting: ${s.unit}.` : lever.description;
  return v.exactOptional(
    v.pipe(
      setting as v.GenericSchema<LeverSetting>,
      v.title(lever.title),
      v.description(`${about} ${lever.mechanism}`),
      v.metadata({ default: s.default }),
    ),
  );
}

const LEVER_IDS = LEVERS.map((lever) => lever.id);

/** Lever id → setting; levers not named stay at their defaults. */
const LeversSchema = v.pipe(
  fields(
    Object.fromEntries(LEVERS.map((lever) => [lever.id, leverSettingSchema(lever)])) as Record<
      string,
      ReturnType<typeof leverSettingSchema>
    >,
    {
      expected: 'an object of lever settings such as {"tribunalPowers": "noPlacementOrders"} ({} for none)',
      unknown: (key) => {
        const near = closestName(key, LEVER_IDS);
        const hint = near !== undefined ? `did you mean "${near}"? ` : '';
        return withFound(
          `a lever in the registry (${hint}levers: ${LEVER_IDS.join(', ')})`,
          JSON.stringify(shownKey(key)),
        );
      },
    },
  ),
  v.description('Lever id → setting; levers not named stay at their defaults.'),
);

const NON_EMPTY = 'a non-empty text';
const NonEmptyText = v.pipe(v.string(NON_EMPTY), v.minLength(1, NON_EMPTY));

/** An object of finite numbers named `keys`. */
function numbers<const K extends string>(keys: readonly K[]) {
  const entries = Object.fromEntries(keys.map((key) => [key, finiteNumber()])) as {
    [P in K]: ReturnType<typeof finiteNumber>;
  };
  return fields(entries, { expected: `an object with ${keys.join(', ')}` });
}

const CORRELATIONS =
  'a list of { a, b, correlation } with catalogue parameter names and a correlation from -1 to 1';

/**
 * How the baseline's free parameters were fitted to the calibration targets, as `sendsim
 * calibrate --fit --apply` writes it; the model description reads it.
 */
export const CalibrationRecordSchema = v.pipe(
  fields(
    {
      method: NonEmptyText,
      objective: NonEmptyText,
      /** The backtest scenario the fit ran. */
      backtest: NonEmptyText,
      targets: NonEmptyText,
      run: numbers(['seed', 'replications', 'scale', 'years']),
      evaluations: finiteNumber(),
      objectiveBefore: finiteNumber(),
      objectiveAfter: finiteNumber(),
      result: fields(
        {
          targets: finiteNumber(),
          evaluated: finiteNumber(),
          passed: finiteNumber(),
          checkedWith: numbers(['seed', 'replications', 'scale']),
        },
        { expected: 'an object with targets, evaluated, passed' },
      ),
      /**
       * What history matching found: how many sets it evaluated and how many the targets did
       * not rule out (their spread is written as each fitted parameter's range), and the
       * parameter pairs most strongly correlated across those sets.
       */
      plausible: v.exactOptional(
        fields(
          {
            evaluated: finiteNumber(),
            count: finiteNumber(),
            correlations: v.array(
              fields(
                {
                  a: ParameterNameSchema,
                  b: ParameterNameSchema,
                  correlation: boundedNumber(-1, 1, 'a correlation from -1 to 1'),
                },
                { expected: 'a correlation { a, b, correlation }' },
              ),
              CORRELATIONS,
            ),
          },
          { expected: 'an object with evaluated, count, correlations' },
        ),
      ),
      /** The parameters the search was free to move. */
      fitted: v.array(ParameterNameSchema, 'a list of catalogue parameter names'),
      modelVersion: NonEmptyText,
    },
    { expected: 'an object recording how the free parameters were fitted' },
  ),
  v.description(
    'How the free parameters were fitted to the calibration targets (written by sendsim calibrate --fit --apply).',
  ),
);

/**
 * Rank (Spearman) correlations between parameters that evidence says move together, induced on
 * the draws of `sendsim psa` by the Iman–Conover method. Each names two different catalogue
 * parameters, once per pair, with a correlation strictly between −1 and 1 and its evidence.
 * Whether the whole list can hold together (a positive definite matrix) is checked by the
 * analysis (`experiment/psa-sample.ts`), which names the file and field.
 */
const RankCorrelationsSchema = v.pipe(
  v.array(
    v.pipe(
      fields(
        {
          a: ParameterNameSchema,
          b: ParameterNameSchema,
          correlation: v.pipe(
            boundedNumber(-1, 1, 'a rank correlation strictly between -1 and 1'),
            v.check((x) => x > -1 && x < 1, 'a rank correlation strictly between -1 and 1'),
          ),
          source: v.exactOptional(SourceSchema),
          assumption: v.exactOptional(AssumptionSchema),
        },
        { expected: RANK_CORRELATION },
      ),
      v.rawCheck(({ dataset, addIssue }) => {
        const entry = dataset.value;
        if (!isObject(entry)) return;
        if (typeof entry.a === 'string' && entry.a === entry.b) {
          addIssue({ message: 'a parameter other than a', path: [step(entry, 'b')] });
        }
        const source = entry.source !== undefined;
        const assumption = entry.assumption !== undefined;
        if (source === assumption) {
          addIssue({
            message: withFound(
              'either a source or an assumption giving the evidence for the correlation',
              source ? 'both' : 'neither',
            ),
          });
        }
      }),
    ),
    'a list of rank correlations { a, b, correlation, source or assumption } ([] for none)',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    const list = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Map<string, number>();
    list.forEach((entry: unknown, i) => {
      if (!isObject(entry) || typeof entry.a !== 'string' || typeof entry.b !== 'string') return;
      const pair = [entry.a, entry.b].sort().join(' ~ ');
      const first = seen.get(pair);
      if (first === undefined) seen.set(pair, i);
      else {
        addIssue({
          message: withFound(`each pair once (${pair} is already at [${first}])`, `${pair} again`),
          path: [{ type: 'array', origin: 'value', input: list, key: i, value: entry }],
        });
      }
    });
  }),
  v.description(
    'Rank correlations between parameters that evidence says move together, induced on the draws of sendsim psa (Iman–Conover).',
  ),
);

const TOP_LEVEL = 'a JSON object with "kind": "baseline" or "reform"';
const KIND = 'one of "baseline", "reform"';

/** A complete description of the system as it is: every catalogue parameter, no others. */
export const BaselineScenarioSchema = v.pipe(
  fields(
    {
      $schema: SchemaPath,
      kind: v.literal('baseline', KIND),
      id: IdSchema,
      name: text('a non-empty name'),
      description: text('a non-empty description'),
      startDate: StartDateSchema,
      parameters: BaselineParametersSchema,
      calibration: v.exactOptional(CalibrationRecordSchema),
      rankCorrelations: v.exactOptional(RankCorrelationsSchema),
    },
    { expected: TOP_LEVEL },
  ),
  // The rules that tie parameters together, once every record is itself valid.
  v.rawCheck(({ dataset, addIssue }) => {
    const file = dataset.value;
    if (!isObject(file) || dataset.issues?.some((i) => i.path?.[0]?.key === 'parameters')) return;
    const parameters = file.parameters as Record<string, { value: number }>;
    const values = Object.fromEntries(PARAMETER_KEYS.map((key) => [key, parameters[key]!.value]));
    for (const problem of parameterGroupProblems(values as Record<(typeof PARAMETER_KEYS)[number], number>)) {
      addIssue({
        message: withFound(problem.expected, problem.found),
        path: [step(file, 'parameters'), step(parameters, problem.key)],
      });
    }
  }),
  v.description('Every catalogue parameter with its value, range, unit and source or assumption.'),
);

/** A policy change: the baseline it modifies, the levers it moves, and what it is expected to do. */
export const ReformScenarioSchema = v.pipe(
  fields(
    {
      $schema: SchemaPath,
      kind: v.literal('reform', KIND),
      id: IdSchema,
      name: text('a non-empty name'),
      description: text('a non-empty description'),
      baseline: v.pipe(
        IdSchema,
        v.description('Id of the baseline scenario (<baseline>.json in the same folder).'),
      ),
      levers: LeversSchema,
      parameters: v.exactOptional(ReformParametersSchema),
      expectedEffects: v.exactOptional(
        v.pipe(
          v.array(text('a non-empty sentence'), 'a list of plain-English expected effects'),
          v.description('Plain-English expected direction of each effect, stated before running the model.'),
        ),
      ),
      startDate: v.exactOptional(StartDateSchema),
    },
    { expected: TOP_LEVEL },
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    const file = dataset.value;
    if (
      isObject(file) &&
      typeof file.id === 'string' &&
      SCENARIO_ID_PATTERN.test(file.id) &&
      file.baseline === file.id
    ) {
      addIssue({
        message: 'the id of a baseline scenario, not this reform itself',
        path: [step(file, 'baseline')],
      });
    }
  }),
  v.description('A baseline id plus lever settings (and, rarely, sourced parameter overrides).'),
);

/** Either kind of scenario file, told apart by `kind`. */
export const ScenarioFileSchema = v.pipe(
  v.variant('kind', [BaselineScenarioSchema, ReformScenarioSchema], (issue) =>
    issue.path === undefined ? TOP_LEVEL : KIND,
  ),
  v.title('SEND simulator scenario file'),
  v.description(
    'A baseline (every catalogue parameter with its value, range, unit and source or assumption) or a reform (a baseline id plus lever settings). Generated from the Valibot schema in packages/sim-core/src/scenario/scenario-schema.ts, which also checks what JSON Schema cannot (shares sum to 1, keys given once, price years the deflator covers).',
  ),
);

/**
 * Schemas the editor JSON Schema defines once (`$defs`) and refers to wherever they are used:
 * each parameter's record is written once for baselines and reforms alike.
 */
export const SCENARIO_SCHEMA_DEFINITIONS = {
  id: IdSchema,
  startDate: StartDateSchema,
  source: SourceSchema,
  assumption: AssumptionSchema,
  priceYear: PriceYearSchema,
  parameterName: ParameterNameSchema,
  ...PARAMETER_RECORDS,
};

/** The fields every scenario has, checked on their own when `kind` is neither kind. */
export const ScenarioBasicsSchema = v.looseObject({
  id: IdSchema,
  name: text('a non-empty name'),
  description: text('a non-empty description'),
});

/** The fields allowed in each object of a scenario file (from the schema). */
export const SCENARIO_FIELDS = {
  baseline: Object.keys(BaselineScenarioSchema.entries),
  calibration: Object.keys(CalibrationRecordSchema.entries),
  reform: Object.keys(ReformScenarioSchema.entries),
  record: PARAMETER_RECORD_FIELDS,
  source: Object.keys(SourceSchema.entries),
} as const;

function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function isRunStart(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return date.endsWith('-01-01') && year >= START_YEARS[0] && year <= START_YEARS[1];
}
