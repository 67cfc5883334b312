/**
 * JSON output. Deterministic: the same value gives byte-identical text. Objects keep the key
 * order they were built with (sim-core and the commands build every object in a fixed order),
 * numbers are printed as JavaScript prints them, and non-finite numbers become `null`.
 */

/** `value` as indented JSON with a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, replacer, 2)}\n`;
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value instanceof Map) return Object.fromEntries(value);
  return value;
}
