/**
 * Reading and checking scenario files (DESIGN 3.2) against the scenario schema
 * (`scenario-schema.ts`): JSON syntax with line and column (`read-json.ts`), then every problem
 * the schema finds, each naming the file, the field, what was expected and what was found.
 */
import * as v from 'valibot';
import { shownKey } from './field-path.js';
import { readJson } from './read-json.js';
import { renderFound, ScenarioError, ScenarioValidationError } from './scenario-error.js';
import type { ScenarioFile } from './scenario-file.js';
import { SCENARIO_ID_PATTERN, ScenarioBasicsSchema, ScenarioFileSchema } from './scenario-schema.js';
import { isObject, issueErrors } from './schema-kit.js';

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
 * `ScenarioError`) listing every problem: JSON syntax with line and column, keys given twice,
 * unknown or missing fields, unknown parameters and levers (with the nearest known name),
 * values out of bounds, parameters that break a rule together.
 *
 * @example
 * const reform = parseScenarioFile(readFileSync(path, 'utf8'), path);
 */
export function parseScenarioFile(
  text: string,
  file: string,
  options: ScenarioReadOptions = {},
): ScenarioFile {
  const { data, duplicates } = readJson(text, file);
  const check = validateScenarioData(data, file, options);
  const errors = [...duplicates, ...(check.ok ? [] : check.errors)];
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
  const result = v.safeParse(ScenarioFileSchema, data);
  const errors = result.success ? [] : issueErrors(file, result.issues);
  if (!result.success && isObject(data) && data.kind !== 'baseline' && data.kind !== 'reform') {
    // Neither kind: still say what is wrong with the fields every scenario has.
    const basics = v.safeParse(ScenarioBasicsSchema, data);
    if (!basics.success) errors.push(...issueErrors(file, basics.issues));
  }
  const id = isObject(data) ? data.id : undefined;
  const fileId = options.fileId;
  if (typeof id === 'string' && SCENARIO_ID_PATTERN.test(id) && fileId !== undefined && id !== fileId) {
    errors.push(
      new ScenarioError(
        file,
        'id',
        `the file's name without .json, ${JSON.stringify(shownKey(fileId))} (a scenario is found by id as <id>.json and a reform's baseline as <baseline>.json: rename the file or change the id)`,
        renderFound(id),
      ),
    );
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };
  const { $schema: _, ...scenario } = result.output;
  if (scenario.kind === 'reform' && isObject(data)) {
    // In the file's order, as the app and `sendsim validate` list them (the schema's is the registry's).
    const { parameters } = scenario;
    return {
      ok: true,
      scenario: {
        ...scenario,
        levers: inOrderOf(data.levers, scenario.levers),
        ...(parameters !== undefined ? { parameters: inOrderOf(data.parameters, parameters) } : {}),
      },
    };
  }
  return { ok: true, scenario: scenario as ScenarioFile };
}

/** `output`'s entries in the order of the keys of `input`. */
function inOrderOf<T>(input: unknown, output: Readonly<Record<string, T | undefined>>): Record<string, T> {
  return Object.fromEntries(Object.keys(input as object).map((key) => [key, output[key] as T]));
}
