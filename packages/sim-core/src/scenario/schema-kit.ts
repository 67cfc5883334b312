/**
 * The pieces the file schemas are built from (scenario files, calibration targets), and the
 * translation of Valibot's issues into errors phrased for the person editing the file (DESIGN
 * 3.2): which file, where in it, what was expected and what was found.
 *
 * The translation rests on three conventions, kept by every schema here:
 * - an issue's message is what was expected there, in plain words;
 * - what was found is the value at the issue's path (`nothing` for a missing field), unless the
 *   message carries its own description of it (`withFound`: "neither", "a sum of 1.02");
 * - objects are `fields`: every unknown key is reported, with the nearest allowed name.
 */
import * as v from 'valibot';
import { closestName } from './closest-name.js';
import { hasControlCharacter } from './control-characters.js';
import { pathOf } from './field-path.js';
import { renderFound, ScenarioError } from './scenario-error.js';

/** Separates what was expected from a description of what was found, inside one message. */
const FOUND_MARK = '\u0000';

/** A message whose "found" is a description rather than the value at the path. */
export function withFound(expected: string, found: string): string {
  return `${expected}${FOUND_MARK}${found}`;
}

/** How `fields` words the problems of an object. */
export interface FieldsWording {
  /** Expected when the value is not an object at all. */
  readonly expected: string;
  /** Expected for a missing field, when its own schema's message will not do. */
  readonly missing?: string;
  /** Expected (and found) for an unknown key; by default "no such field (did you mean …? allowed: …)". */
  readonly unknown?: (key: string) => string;
}

/**
 * An object with exactly these fields: each unknown key is its own problem (Valibot's strict
 * objects stop at the first), and a missing field is reported with what it should hold. The
 * editor JSON Schema says `additionalProperties: false`.
 */
export function fields<const TEntries extends v.ObjectEntries>(entries: TEntries, wording: FieldsWording) {
  const allowed = Object.keys(entries);
  const unknown =
    wording.unknown ??
    ((key: string) => {
      const near = closestName(key, allowed);
      const hint = near !== undefined ? `did you mean "${near}"? ` : '';
      return `no such field (${hint}allowed: ${allowed.join(', ')})`;
    });
  // Loose so the check below sees unknown keys and names each; typed as a plain object, whose
  // output has no index signature (a valid file has no unknown keys).
  const object = v.looseObject(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string') return wording.expected;
    return wording.missing ?? expectedOf(entries[key]);
  }) as unknown as v.ObjectSchema<TEntries, undefined>;
  return v.pipe(
    object,
    v.rawCheck(({ dataset, addIssue }) => {
      const value = dataset.value;
      if (!isObject(value)) return;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(entries, key))
          addIssue({ message: unknown(key), input: value[key], path: [step(value, key)] });
      }
    }),
    v.metadata({ additionalProperties: false }),
  );
}

/** The message a schema reports for a value it refuses: what a missing field should hold. */
function expectedOf(schema: v.ObjectEntries[string] | undefined): string {
  const message = (schema as { message?: unknown } | undefined)?.message;
  if (typeof message === 'function') return String(message({ input: undefined }));
  return typeof message === 'string' ? message : 'a value here';
}

/** A path step to `key` inside `object`, for issues a check adds below the value it checks. */
export function step(object: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'value', input: object, key, value: object[key] };
}

/** Whether `value` is a JSON object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Text a person writes (a name, a description, a source's title): not blank, and without
 * control characters, which a terminal would obey (line breaks and tabs are fine).
 */
export function text(expected: string) {
  return v.pipe(
    v.string(expected),
    v.regex(/\S/, expected),
    v.check(
      (s) => !hasControlCharacter(s),
      `${expected}, without control characters (line breaks and tabs are fine)`,
    ),
  );
}

/** A finite number from `min` to `max`, worded `expected`. */
export function boundedNumber(min: number, max: number, expected: string) {
  return v.pipe(v.number(expected), v.finite(expected), v.minValue(min, expected), v.maxValue(max, expected));
}

/** A finite number (JSON's 1e999 reads as Infinity). */
export function finiteNumber(expected = 'a number') {
  return v.pipe(v.number(expected), v.finite(expected));
}

/** Valibot actions the editor JSON Schema cannot express; each is mirrored by `metadata` where JSON Schema can. */
export const CHECKS_NOT_IN_JSON_SCHEMA = ['check', 'raw_check', 'finite'];

/**
 * Every problem Valibot found, as errors naming `file`, the path, what was expected and what
 * was found. Two problems worded alike at one place are one (1e999 is neither finite nor in range).
 */
export function issueErrors(file: string, issues: readonly v.BaseIssue<unknown>[]): ScenarioError[] {
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  for (const issue of issues) {
    const items = issue.path ?? [];
    const keys = items.map((item) => item.key as string | number);
    const path = keys.length === 0 ? '(top level)' : pathOf(keys);
    const [expected = '', found] = issue.message.split(FOUND_MARK);
    const value = items.length === 0 ? issue.input : items[items.length - 1]!.value;
    const error = new ScenarioError(file, path, expected, found ?? renderFound(value));
    if (seen.has(error.message)) continue;
    seen.add(error.message);
    errors.push(error);
  }
  return errors;
}

/** A type's fields all read-only, all the way down (what validation returns is not to be edited). */
export type DeepReadonly<T> = T extends readonly [infer A, infer B]
  ? readonly [DeepReadonly<A>, DeepReadonly<B>]
  : T extends readonly (infer E)[]
    ? ReadonlyArray<DeepReadonly<E>>
    : T extends object
      ? { readonly [K in keyof T as string extends K ? never : K]: DeepReadonly<T[K]> }
      : T;
