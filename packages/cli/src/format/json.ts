/**
 * JSON output. Deterministic: the same value gives byte-identical text. Objects keep the key
 * order they were built with (sim-core and the commands build every object in a fixed order),
 * numbers are printed as JavaScript prints them, and non-finite numbers become `null`.
 */

/** `value` as indented JSON with a final newline, with no control character left raw. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, replacer, 2).replace(RAW_IN_JSON, escapeInJson)}\n`;
}

/**
 * DEL and the C1 controls, which JSON.stringify leaves raw (it escapes only U+0000 to U+001F).
 * A terminal may obey them, and the CLI's last pass writes them out as `\xNN`, which is not
 * JSON; so they are written `\u00NN` here. They can only stand inside strings.
 */
const RAW_IN_JSON = /[\u007f-\u009f]/g;

function escapeInJson(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value instanceof Map) return Object.fromEntries(value);
  return value;
}
