/**
 * Reading and checking scenario files (DESIGN 3.2). A hand-written validator rather than a
 * schema library: every check is phrased for the person editing the file (where, what was
 * expected, what was found, and the nearest known name for a typo), and every problem in a file
 * is collected before throwing. `scenarios/scenario.schema.json` mirrors these rules for
 * editors; this file is the authority.
 *
 * Longer than most files because it is one walk over one document: JSON syntax (with line and
 * column, the same in every JS engine), then the top level, parameter records, sources and
 * levers, then the rules that tie parameters together.
 */

import { closestName } from './closest-name.js';
import { hasControlCharacter } from './control-characters.js';
import { at, JsonScanner, jsonSyntaxError, shownKey } from './json-syntax.js';
import type { LeverSetting } from './levers.js';
import { findLever, LEVERS, leverSettingProblem } from './levers.js';
import type { ParameterKey, ParameterSpec } from './parameter-catalogue.js';
import { isParameterKey, PARAMETER_CATALOGUE, PARAMETER_KEYS } from './parameter-catalogue.js';
import { GDP_DEFLATOR, hasDeflator, PRICE_BASE } from './price-base.js';
import { renderFound, ScenarioError, ScenarioValidationError } from './scenario-error.js';
import type {
  BaselineScenarioFile,
  CalibrationRecord,
  ParameterRecord,
  ReformScenarioFile,
  ScenarioFile,
  Source,
  SourceStatus,
} from './scenario-file.js';

/** Scenario ids: lower-case letters, digits and hyphens (they double as file names). */
export const SCENARIO_ID_PATTERN = /^[a-z0-9-]+$/;
/** A price year: a calendar year (`2017`) or a financial/academic year (`2022/23`). */
export const PRICE_YEAR_PATTERN = /^\d{4}(\/\d{2})?$/;
const URL_PATTERN = /^https:\/\/\S+$/;
/** A source's year: a calendar year, a financial or academic year, or "n.d." (no date given). */
const SOURCE_YEAR_PATTERN = /^(\d{4}(\/\d{2})?|n\.d\.)$/;
/** The years a run may start in: the published series the model rests on begin in 2015. */
const START_YEARS = [2015, 2100] as const;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const SOURCE_STATUSES: readonly SourceStatus[] = ['V', 'V2', 'D'];
/** How far a group of shares may stray from summing to 1 (rounding in published figures). */
const SHARE_SUM_TOLERANCE = 0.005;

/** The fields allowed in each object of a scenario file. */
export const SCENARIO_FIELDS = {
  baseline: ['$schema', 'kind', 'id', 'name', 'description', 'startDate', 'parameters', 'calibration'],
  calibration: [
    'method',
    'objective',
    'backtest',
    'targets',
    'run',
    'evaluations',
    'objectiveBefore',
    'objectiveAfter',
    'result',
    'plausible',
    'fitted',
    'modelVersion',
  ],
  reform: [
    '$schema',
    'kind',
    'id',
    'name',
    'description',
    'baseline',
    'levers',
    'parameters',
    'expectedEffects',
    'startDate',
  ],
  record: ['value', 'range', 'unit', 'priceYear', 'source', 'assumption'],
  source: ['title', 'publisher', 'year', 'url', 'status', 'note'],
} as const;

/**
 * How a scenario file is read. `fileId` is the id its file name gives it (`early-help.json` →
 * `early-help`): when given, the file's `id` must equal it. The CLI gives it for every file it
 * reads, because it finds a scenario by id as `<id>.json` and a reform's baseline as
 * `<baseline>.json`, so a file whose id differs from its name is found under one name and
 * reported under another. The app's file picker does not: an uploaded file keeps its id and is
 * saved again as `<id>.json` (a browser may have saved it as `my-reform (1).json`).
 */
export interface ScenarioReadOptions {
  readonly fileId?: string;
}

/** The outcome of checking a parsed document: the typed scenario, or every problem found. */
export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: ScenarioFile }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/**
 * Parse and validate the text of a scenario file. Throws a `ScenarioValidationError` (a
 * `ScenarioError`) listing every problem: JSON syntax with line and column, unknown or missing
 * fields, unknown parameters and levers (with the nearest known name), values out of bounds.
 *
 * @example
 * const reform = parseScenarioFile(readFileSync(path, 'utf8'), path);
 */
export function parseScenarioFile(
  text: string,
  file: string,
  options: ScenarioReadOptions = {},
): ScenarioFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may write a BOM
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    const problem = new JsonScanner(body).scan() ?? {
      offset: 0,
      expected: cause instanceof Error ? cause.message : String(cause),
    };
    throw new ScenarioValidationError([jsonSyntaxError(file, body, problem)]);
  }
  // JSON.parse keeps the last of two equal keys; in a hand-edited file that hides a mistake. The
  // same scan refuses nesting deeper than any scenario needs, before anything walks it.
  const duplicates = new JsonScanner(body);
  const tooDeep = duplicates.scan();
  if (tooDeep !== undefined) throw new ScenarioValidationError([jsonSyntaxError(file, body, tooDeep)]);
  const errors = duplicates.duplicates.map(
    (d) =>
      new ScenarioError(file, d.path, 'each key only once in an object', `${JSON.stringify(d.key)} twice`),
  );
  const check = validateScenarioData(data, file, options);
  if (!check.ok) errors.push(...check.errors);
  if (errors.length > 0 || !check.ok) throw new ScenarioValidationError(errors);
  return check.scenario;
}

/**
 * Validate an already-parsed document (e.g. one built by the scenario editor) and return the
 * typed scenario, stripped of `$schema`, or every problem found.
 */
export function validateScenarioData(
  data: unknown,
  file: string,
  options: ScenarioReadOptions = {},
): ScenarioCheck {
  const p = new Problems(file);
  const scenario = checkScenario(p, data, options.fileId);
  if (scenario !== undefined && p.list.length === 0) return { ok: true, scenario };
  if (p.list.length === 0) {
    // Unreachable while every failed check records a problem; kept so a gap cannot pass silently.
    p.addText('(top level)', 'a valid scenario file', 'a file the validator could not read');
  }
  return { ok: false, errors: p.list };
}

/**
 * Rules that tie parameters together, which no single record can check: groups of shares that
 * must sum to 1, appeals in progress that cannot outnumber the plans in force, and appeal
 * outcomes whose shares cannot exceed 1. Returns one problem per broken rule.
 */
export function parameterGroupProblems(
  values: Readonly<Record<ParameterKey, number>>,
): Array<{ path: string; expected: string; found: string }> {
  const problems: Array<{ path: string; expected: string; found: string }> = [];
  for (const prefix of SHARE_GROUPS) {
    const keys = PARAMETER_KEYS.filter((k) => k.startsWith(prefix));
    const sum = keys.reduce((total, k) => total + values[k], 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      problems.push({
        path: `parameters["${prefix}*"]`,
        expected: `values summing to 1 (±${SHARE_SUM_TOLERANCE}): ${keys.join(', ')}`,
        found: `a sum of ${round(sum)}`,
      });
    }
  }
  // The starting population takes 70% of the appeals in progress from the plans in force
  // (synthetic-population.ts): more appeals than plans would leave fewer than no plans.
  const appeals = values['population.appealsInProgress'];
  const plans = values['population.ehcpStock'];
  if (appeals > plans) {
    problems.push({
      path: 'parameters["population.appealsInProgress"]',
      expected:
        'at most population.ehcpStock: most appeals in progress are against plans in force (the model takes 70%), so they cannot outnumber them',
      found: `${appeals} appeals and ${plans} plans`,
    });
  }
  const ended = values['redress.laConcedes'] + values['redress.familyWithdraws'];
  if (ended > 1) {
    problems.push({
      path: 'parameters["redress.laConcedes"]',
      expected:
        'redress.laConcedes + redress.familyWithdraws at most 1 (shares of the same registered appeals)',
      found: `a sum of ${round(ended)}`,
    });
  }
  return problems;
}

const SHARE_GROUPS = [
  'population.ehcpAgeShare.',
  'population.schoolAgePlanSetting.',
  'population.post16PlanSetting.',
] as const;

// ---------------------------------------------------------------------------------------------
// The document walk.

type JsonObject = Record<string, unknown>;

class Problems {
  readonly list: ScenarioError[] = [];
  constructor(readonly file: string) {}

  /** Record a problem at `path`, rendering the value found there. */
  add(path: string, expected: string, value: unknown): void {
    this.list.push(new ScenarioError(this.file, path, expected, renderFound(value)));
  }

  /** Record a problem whose "found" is a description rather than a value. */
  addText(path: string, expected: string, found: string): void {
    this.list.push(new ScenarioError(this.file, path, expected, found));
  }
}

function checkScenario(p: Problems, data: unknown, fileId: string | undefined): ScenarioFile | undefined {
  if (!isObject(data)) {
    p.add('(top level)', 'a JSON object with "kind": "baseline" or "reform"', data);
    return undefined;
  }
  if (data.$schema !== undefined && typeof data.$schema !== 'string') {
    p.add('$schema', 'a string (the path of the JSON schema, for editors)', data.$schema);
  }
  const kind = data.kind;
  if (kind !== 'baseline' && kind !== 'reform') {
    p.add('kind', 'one of "baseline", "reform"', kind);
  } else {
    checkFields(p, data, '', SCENARIO_FIELDS[kind]);
  }
  const id = checkId(p, data, 'id');
  if (id !== undefined && fileId !== undefined && id !== fileId) {
    p.add(
      'id',
      `the file's name without .json, ${JSON.stringify(shownKey(fileId))} (a scenario is found by id as <id>.json and a reform's baseline as <baseline>.json: rename the file or change the id)`,
      id,
    );
  }
  const name = checkText(p, data, '', 'name', 'a non-empty name');
  const description = checkText(p, data, '', 'description', 'a non-empty description');
  if (kind === 'baseline') {
    const startDate = checkDate(p, data, 'startDate');
    const parameters = checkParameters(p, data.parameters, 'parameters', true);
    const calibration = checkCalibration(p, data.calibration, 'calibration');
    if (parameters !== undefined && isComplete(parameters)) {
      for (const problem of parameterGroupProblems(valuesOf(parameters))) {
        p.addText(problem.path, problem.expected, problem.found);
      }
    }
    if (id === undefined || name === undefined || description === undefined || startDate === undefined) {
      return undefined;
    }
    if (parameters === undefined || !isComplete(parameters)) return undefined;
    const baseline: BaselineScenarioFile = {
      kind,
      id,
      name,
      description,
      startDate,
      parameters,
      ...(calibration !== undefined ? { calibration } : {}),
    };
    return baseline;
  }
  if (kind === 'reform') {
    const baselineId = checkId(p, data, 'baseline');
    if (baselineId !== undefined && baselineId === id) {
      p.add('baseline', 'the id of a baseline scenario, not this reform itself', baselineId);
    }
    const levers = checkLevers(p, data.levers, 'levers');
    const parameters =
      data.parameters === undefined ? undefined : checkParameters(p, data.parameters, 'parameters', false);
    const expectedEffects = checkExpectedEffects(p, data.expectedEffects, 'expectedEffects');
    const startDate = data.startDate === undefined ? undefined : checkDate(p, data, 'startDate');
    if (id === undefined || name === undefined || description === undefined || baselineId === undefined) {
      return undefined;
    }
    if (levers === undefined) return undefined;
    const reform: ReformScenarioFile = {
      kind,
      id,
      name,
      description,
      baseline: baselineId,
      levers,
      ...(parameters !== undefined ? { parameters } : {}),
      ...(expectedEffects !== undefined ? { expectedEffects } : {}),
      ...(startDate !== undefined ? { startDate } : {}),
    };
    return reform;
  }
  return undefined;
}

function checkParameters(
  p: Problems,
  value: unknown,
  path: string,
  requireAll: boolean,
): Partial<Record<ParameterKey, ParameterRecord>> | undefined {
  if (!isObject(value)) {
    const expected = requireAll
      ? 'an object with a record for every catalogue parameter'
      : 'an object of parameter records';
    p.add(path, expected, value);
    return undefined;
  }
  const out: Partial<Record<ParameterKey, ParameterRecord>> = {};
  for (const key of Object.keys(value)) {
    const keyPath = at(path, key);
    if (!isParameterKey(key)) {
      const near = closestName(key, PARAMETER_KEYS);
      const hint = near !== undefined ? ` (did you mean "${near}"?)` : ' (see parameter-catalogue.ts)';
      p.addText(keyPath, `a parameter in the catalogue${hint}`, JSON.stringify(shownKey(key)));
      continue;
    }
    const record = checkRecord(p, value[key], keyPath, key);
    if (record !== undefined) out[key] = record;
  }
  if (requireAll) {
    for (const key of PARAMETER_KEYS) {
      if (!Object.hasOwn(value, key)) {
        p.add(
          at(path, key),
          'a record for this catalogue parameter (a baseline gives every parameter)',
          undefined,
        );
      }
    }
  }
  return out;
}

function checkRecord(
  p: Problems,
  value: unknown,
  path: string,
  key: ParameterKey,
): ParameterRecord | undefined {
  const spec: ParameterSpec = PARAMETER_CATALOGUE[key];
  if (!isObject(value)) {
    p.add(path, 'a parameter record {value, range, unit, source or assumption}', value);
    return undefined;
  }
  const before = p.list.length;
  checkFields(p, value, path, SCENARIO_FIELDS.record);
  const v = value.value;
  const inBounds = (x: unknown): x is number =>
    typeof x === 'number' && Number.isFinite(x) && x >= spec.min && x <= spec.max;
  if (!inBounds(v)) p.add(at(path, 'value'), `a number from ${spec.min} to ${spec.max} (${spec.unit})`, v);
  const range = value.range;
  const lo: unknown = Array.isArray(range) ? range[0] : undefined;
  const hi: unknown = Array.isArray(range) ? range[1] : undefined;
  if (!Array.isArray(range) || range.length !== 2 || !inBounds(lo) || !inBounds(hi) || lo > hi) {
    p.add(at(path, 'range'), `[low, high]: two numbers from ${spec.min} to ${spec.max}, low first`, range);
  } else if (inBounds(v) && (v < lo || v > hi)) {
    p.add(at(path, 'range'), `a range containing the value ${v}`, range);
  }
  if (value.unit !== spec.unit)
    p.add(at(path, 'unit'), `${JSON.stringify(spec.unit)} (the catalogue's unit)`, value.unit);
  const money = spec.unit.startsWith('GBP');
  const priceYear = value.priceYear;
  if (money && (typeof priceYear !== 'string' || !PRICE_YEAR_PATTERN.test(priceYear))) {
    p.add(at(path, 'priceYear'), 'a price year such as "2022/23" or "2017" (required for money)', priceYear);
  } else if (money && !hasDeflator(priceYear as string)) {
    const years = Object.keys(GDP_DEFLATOR);
    p.add(
      at(path, 'priceYear'),
      `a price year the GDP deflator covers, ${years[0]} to ${years[years.length - 1]} (to uprate it to ${PRICE_BASE})`,
      priceYear,
    );
  } else if (!money && priceYear !== undefined) {
    p.add(
      at(path, 'priceYear'),
      `no priceYear (the unit ${JSON.stringify(spec.unit)} is not money)`,
      priceYear,
    );
  }
  let source: Source | undefined;
  let assumption: string | undefined;
  if (value.source !== undefined && value.assumption !== undefined) {
    p.addText(path, 'either a source or an assumption, not both', 'both');
  } else if (value.source === undefined && value.assumption === undefined) {
    p.addText(path, 'a source, or an assumption giving a one-line reason there is none', 'neither');
  } else if (value.source !== undefined) {
    source = checkSource(p, value.source, at(path, 'source'));
  } else {
    const a = value.assumption;
    if (typeof a === 'string' && a.trim() !== '' && !/[\r\n]/.test(a)) assumption = a;
    else p.add(at(path, 'assumption'), 'a one-line reason why the value has no source', a);
  }
  if (p.list.length > before || !inBounds(v) || !inBounds(lo) || !inBounds(hi)) return undefined;
  return {
    value: v,
    range: [lo, hi],
    unit: spec.unit,
    ...(typeof priceYear === 'string' ? { priceYear } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(assumption !== undefined ? { assumption } : {}),
  };
}

function checkSource(p: Problems, value: unknown, path: string): Source | undefined {
  if (!isObject(value)) {
    p.add(path, 'a source object {title, publisher, year, url?, status?, note?}', value);
    return undefined;
  }
  checkFields(p, value, path, SCENARIO_FIELDS.source);
  const title = checkText(p, value, path, 'title', 'a non-empty title');
  const publisher = checkText(p, value, path, 'publisher', 'a non-empty publisher');
  let year = checkText(p, value, path, 'year', 'a year such as "2023" or "2022/23"');
  if (year !== undefined && !SOURCE_YEAR_PATTERN.test(year)) {
    p.add(at(path, 'year'), 'a year such as "2023" or "2022/23", or "n.d." when the source gives none', year);
    year = undefined;
  }
  const { url, status, note } = value;
  let ok = title !== undefined && publisher !== undefined && year !== undefined;
  if (url !== undefined && (typeof url !== 'string' || !URL_PATTERN.test(url))) {
    p.add(at(path, 'url'), 'a web address starting with https://', url);
    ok = false;
  }
  if (status !== undefined && !SOURCE_STATUSES.some((s) => s === status)) {
    p.add(
      at(path, 'status'),
      'one of "V" (seen in the source), "V2" (quoted by a secondary page), "D" (derived)',
      status,
    );
    ok = false;
  }
  if (note !== undefined && (typeof note !== 'string' || note.trim() === '')) {
    p.add(at(path, 'note'), 'a non-empty note', note);
    ok = false;
  } else if (note === undefined && status === 'D') {
    p.add(at(path, 'note'), 'a note giving the arithmetic (required when status is "D")', note);
    ok = false;
  }
  if (!ok || title === undefined || publisher === undefined || year === undefined) return undefined;
  return {
    title,
    publisher,
    year,
    ...(typeof url === 'string' ? { url } : {}),
    ...(status === 'V' || status === 'V2' || status === 'D' ? { status } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

function checkLevers(p: Problems, value: unknown, path: string): Record<string, LeverSetting> | undefined {
  if (!isObject(value)) {
    p.add(
      path,
      'an object of lever settings such as {"tribunalPowers": "noPlacementOrders"} ({} for none)',
      value,
    );
    return undefined;
  }
  const ids = LEVERS.map((l) => l.id);
  const out: Record<string, LeverSetting> = {};
  for (const key of Object.keys(value)) {
    const leverPath = at(path, key);
    const lever = findLever(key);
    if (lever === undefined) {
      const near = closestName(key, ids);
      const hint = near !== undefined ? `did you mean "${near}"? ` : '';
      p.addText(
        leverPath,
        `a lever in the registry (${hint}levers: ${ids.join(', ')})`,
        JSON.stringify(shownKey(key)),
      );
      continue;
    }
    const setting = value[key];
    const problem = leverSettingProblem(lever, setting);
    if (problem !== undefined || (typeof setting !== 'string' && typeof setting !== 'number')) {
      p.add(leverPath, problem ?? 'a string or a number', setting);
      continue;
    }
    out[key] = setting;
  }
  return out;
}

/** The record of how the free parameters were fitted (written by `sendsim calibrate --fit --apply`). */
function checkCalibration(p: Problems, value: unknown, path: string): CalibrationRecord | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    p.add(path, 'an object recording how the free parameters were fitted', value);
    return undefined;
  }
  const record = value as JsonObject;
  checkFields(p, record, path, SCENARIO_FIELDS.calibration);
  for (const key of ['method', 'objective', 'backtest', 'targets', 'modelVersion'] as const) {
    if (typeof record[key] !== 'string' || record[key] === '')
      p.add(at(path, key), 'a non-empty text', record[key]);
  }
  checkNumbers(p, record, path, ['evaluations', 'objectiveBefore', 'objectiveAfter']);
  checkNumbers(p, record.run, at(path, 'run'), ['seed', 'replications', 'scale', 'years']);
  const result = checkNumbers(p, record.result, at(path, 'result'), ['targets', 'evaluated', 'passed']);
  if (result !== undefined) {
    checkNumbers(p, result.checkedWith, at(at(path, 'result'), 'checkedWith'), [
      'seed',
      'replications',
      'scale',
    ]);
  }
  if (record.plausible !== undefined) {
    const plausible = checkNumbers(p, record.plausible, at(path, 'plausible'), ['evaluated', 'count']);
    const correlations = plausible?.correlations;
    if (
      plausible !== undefined &&
      (!Array.isArray(correlations) ||
        correlations.some(
          (c) =>
            typeof c !== 'object' ||
            c === null ||
            !isParameterKey((c as JsonObject).a as string) ||
            !isParameterKey((c as JsonObject).b as string) ||
            typeof (c as JsonObject).correlation !== 'number' ||
            Math.abs((c as JsonObject).correlation as number) > 1,
        ))
    ) {
      p.add(
        at(at(path, 'plausible'), 'correlations'),
        'a list of { a, b, correlation } with catalogue parameter names and a correlation from -1 to 1',
        correlations,
      );
    }
  }
  const fitted = record.fitted;
  if (!Array.isArray(fitted) || fitted.some((k) => typeof k !== 'string' || !isParameterKey(k))) {
    p.add(at(path, 'fitted'), 'a list of catalogue parameter names', fitted);
  }
  return record as unknown as CalibrationRecord;
}

/** An object whose `keys` are all finite numbers (reported one by one); the object, or undefined if it is not one. */
function checkNumbers(
  p: Problems,
  value: unknown,
  path: string,
  keys: readonly string[],
): JsonObject | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    p.add(path, `an object with ${keys.join(', ')}`, value);
    return undefined;
  }
  const object = value as JsonObject;
  for (const key of keys) {
    if (typeof object[key] !== 'number' || !Number.isFinite(object[key]))
      p.add(at(path, key), 'a number', object[key]);
  }
  return object;
}

function checkExpectedEffects(p: Problems, value: unknown, path: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    p.add(path, 'a list of plain-English expected effects', value);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((effect: unknown, i) => {
    if (typeof effect === 'string' && effect.trim() !== '') out.push(effect);
    else p.add(`${path}[${i}]`, 'a non-empty sentence', effect);
  });
  return out;
}

function checkFields(p: Problems, value: JsonObject, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue;
    const near = closestName(key, allowed);
    const hint = near !== undefined ? `did you mean "${near}"? ` : '';
    p.add(at(path, key), `no such field (${hint}allowed: ${allowed.join(', ')})`, value[key]);
  }
}

function checkText(
  p: Problems,
  value: JsonObject,
  path: string,
  key: string,
  expected: string,
): string | undefined {
  const text = value[key];
  if (typeof text === 'string' && hasControlCharacter(text)) {
    // Printed in a terminal, an escape sequence in a name could rewrite the screen.
    p.add(at(path, key), `${expected}, without control characters (line breaks and tabs are fine)`, text);
    return undefined;
  }
  if (typeof text === 'string' && text.trim() !== '') return text;
  p.add(at(path, key), expected, text);
  return undefined;
}

function checkId(p: Problems, value: JsonObject, key: string): string | undefined {
  const id = value[key];
  if (typeof id === 'string' && SCENARIO_ID_PATTERN.test(id)) return id;
  p.add(key, 'an id of lower-case letters, digits and hyphens, such as "early-help-investment"', id);
  return undefined;
}

/**
 * A run's start: 1 January of a year from 2015. Runs count calendar years from their start and
 * begin from January snapshots (the published stocks are counted in January), so another day
 * cannot run (it once failed with "time ran backwards").
 */
function checkDate(p: Problems, value: JsonObject, key: string): string | undefined {
  const date = value[key];
  if (typeof date !== 'string' || !isCalendarDate(date)) {
    p.add(key, 'a date written YYYY-MM-DD, such as "2023-01-01"', date);
    return undefined;
  }
  const year = Number(date.slice(0, 4));
  if (!date.endsWith('-01-01') || year < START_YEARS[0] || year > START_YEARS[1]) {
    p.add(
      key,
      `1 January of a year from ${START_YEARS[0]} to ${START_YEARS[1]}, such as "2023-01-01" (a run starts from the January stocks and counts calendar years)`,
      date,
    );
    return undefined;
  }
  return date;
}

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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isComplete(
  parameters: Partial<Record<ParameterKey, ParameterRecord>>,
): parameters is Record<ParameterKey, ParameterRecord> {
  return PARAMETER_KEYS.every((key) => parameters[key] !== undefined);
}

function valuesOf(parameters: Record<ParameterKey, ParameterRecord>): Record<ParameterKey, number> {
  return Object.fromEntries(PARAMETER_KEYS.map((k) => [k, parameters[k].value])) as Record<
    ParameterKey,
    number
  >;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
