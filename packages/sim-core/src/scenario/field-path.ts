/**
 * Paths to a field as error messages write them: `parameters["la.assessProbability"].value`,
 * `levers.tribunalPowers`, `expectedEffects[2]`. A key too long to repeat is cut, so a 20 KB
 * key cannot fill a terminal.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Longest key a message repeats whole: every real key is shorter; a 20 KB one is cut. */
const KEY_SHOWN = 80;

/** The path of `key` inside `parent`: `parent.key`, or `parent["a.b"]` when the key is not a plain name. */
export function at(parent: string, key: string): string {
  if (IDENTIFIER.test(key) && key.length <= KEY_SHOWN) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(shownKey(key))}]`;
}

/** A key as a message shows it: whole, or its start and its length. */
export function shownKey(key: string): string {
  return key.length <= KEY_SHOWN ? key : `${key.slice(0, KEY_SHOWN)}… (${key.length} characters)`;
}

/** The path of a list of keys (strings for fields, numbers for list items). */
export function pathOf(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) path = typeof key === 'number' ? `${path}[${key}]` : at(path, key);
  return path;
}
