/**
 * Errors in scenario files, phrased for the person editing the file: which file, where in it,
 * what was expected and what was found (DESIGN 3.2). Validation collects every problem before
 * throwing, so one run of `sendsim validate` lists them all.
 */

const FOUND_MAX_CHARS = 60;

/**
 * Render a value found in a file for an error message: its JSON text, cut to 60 characters,
 * or `nothing` when the value is missing (`undefined`).
 */
export function renderFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON cannot hold these, but validation also accepts objects built in code.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    return `a ${typeof value}`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // a cycle: only possible for objects built in code
  }
  return text.length > FOUND_MAX_CHARS ? `${text.slice(0, FOUND_MAX_CHARS - 1)}…` : text;
}

/**
 * One problem in a scenario file.
 *
 * @example
 * new ScenarioError('baseline.json', 'parameters["ep.workforceFte"].value', 'a number from 0 to 20000000 (FTE)', '"3500"')
 * // message: baseline.json: parameters["ep.workforceFte"].value: expected a number from 0 to 20000000 (FTE), found "3500"
 */
export class ScenarioError extends Error {
  /** The file, as the caller named it (usually its path). */
  readonly file: string;
  /** Where in the file, e.g. `parameters["ep.workforceFte"].value` or `levers.tribunalPowers`. */
  readonly path: string;
  /** What a valid file has there, in plain words. */
  readonly expected: string;
  /** What the file has there, already rendered (see `renderFound`). */
  readonly found: string;

  constructor(file: string, path: string, expected: string, found: string) {
    super(`${file}: ${path}: expected ${expected}, found ${found}`);
    this.name = 'ScenarioError';
    this.file = file;
    this.path = path;
    this.expected = expected;
    this.found = found;
  }
}

/**
 * All the problems found in one file. It is itself a `ScenarioError` (describing the first
 * problem) so callers that catch `ScenarioError` need no second case; `errors` holds them all
 * and the message lists them all.
 */
export class ScenarioValidationError extends ScenarioError {
  readonly errors: readonly ScenarioError[];

  constructor(errors: readonly ScenarioError[]) {
    const first = errors[0];
    if (first === undefined) throw new RangeError('ScenarioValidationError needs at least one error');
    super(first.file, first.path, first.expected, first.found);
    this.name = 'ScenarioValidationError';
    this.errors = errors;
    if (errors.length > 1) {
      const lines = errors.map((e) => `  ${e.path}: expected ${e.expected}, found ${e.found}`);
      this.message = `${first.file}: ${errors.length} problems\n${lines.join('\n')}`;
    }
  }
}
