/**
 * Scenario files a hostile or careless hand might write: the shipped baseline and reforms with
 * values replaced (wrong types, huge, negative, not-a-number spellings, long or control-character
 * text, deep nesting), fields deleted, unknown keys near real ones, and then the text itself
 * broken (cut short, a byte changed, a key repeated, 1e999). Also files that are legal but
 * extreme: parameters at their legal bounds, lever settings at and past theirs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEVERS, PARAMETER_CATALOGUE, PARAMETER_KEYS, SCENARIO_FIELDS } from '@send-sim/sim-core';
import fc from 'fast-check';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The text of shipped scenario `id`. */
export const shippedText = (id: string): string => readFileSync(`${SCENARIOS}${id}.json`, 'utf8');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A generated file: its text, and how it was made, which is what a failure prints (a
 * counterexample of the whole 80 KB baseline would bury the change that broke it).
 */
export interface FuzzFile {
  readonly text: string;
  readonly made: string;
}

export function fuzzFile(text: string, made: string): FuzzFile {
  return { text, made, [fc.toStringMethod]: () => `${made} (${text.length} characters)` } as FuzzFile;
}

/** A value as a failure prints it: JSON, cut. */
const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…(${text.length})` : text;
};

/** Starting points: the baseline, and reforms of every kind (levers, overrides, a start date, phases). */
const STARTS = [
  'baseline',
  'early-help-investment',
  'white-paper-2026',
  'backtest-2019',
  'nnpcf-asks',
  'ehcp-upper-age-18',
] as const;
const startDocuments = new Map(STARTS.map((id) => [`${id}.json`, JSON.parse(shippedText(id)) as Json]));

/** Every name a scenario file uses: fields, parameter keys, lever ids; unknown keys are made near these. */
const REAL_KEYS = [
  ...new Set([...Object.values(SCENARIO_FIELDS).flat(), ...PARAMETER_KEYS, ...LEVERS.map((l) => l.id)]),
];

/** A key near a real one: a letter dropped, doubled or swapped, the case changed, a space added. */
const nearKey: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...REAL_KEYS),
    fc.nat(),
    fc.constantFrom('drop', 'double', 'swap', 'case', 'space', 'suffix'),
  )
  .map(([key, at, how]) => {
    const i = at % key.length;
    switch (how) {
      case 'drop':
        return key.slice(0, i) + key.slice(i + 1);
      case 'double':
        return key.slice(0, i + 1) + key.slice(i);
      case 'swap':
        return i + 1 < key.length ? key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2) : `${key}s`;
      case 'case':
        return key.slice(0, i) + key.charAt(i).toUpperCase() + key.slice(i + 1);
      case 'space':
        return `${key} `;
      default:
        return `${key}.x`;
    }
  });

/** A key: near a real one, any short text (control characters and all), or very long. */
export const fuzzKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: nearKey },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.nat({ max: 30_000 }).map((n) => `k${'ey'.repeat(n)}`) },
);

/** Text that should never reach a terminal as it is. */
const CONTROL_TEXT = ['\u001b[2J\u001b[H', 'a\u0000b', '\u009b31m red', 'bell\u0007', 'del\u007f', '\r\n\t'];

/** Objects and arrays nested `depth` deep. */
function nested(depth: number, object: boolean): Json {
  let value: Json = 0;
  for (let i = 0; i < depth; i++) value = object ? { a: value } : [value];
  return value;
}

/** A value a field should not hold (or, now and then, one it may). */
export const fuzzValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
    1e21,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '0x10',
    '12',
    [],
    {},
    [1, 2],
    [2, 1],
    '2023-01-01',
    '2023-02-30',
    '0000-01-01',
    'https://example.org',
    'http://example.org',
    'banana',
  ),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...CONTROL_TEXT),
  fc.nat({ max: 200_000 }).map((n) => 'é'.repeat(n)),
  // A legal id (or name) of any length: ids double as file names.
  fc.nat({ max: 20_000 }).map((n) => `a${'-b'.repeat(n)}`),
  fc.tuple(fc.nat({ max: 60 }), fc.boolean()).map(([depth, object]) => nested(depth, object)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** One change to a document: at the node `at` picks (modulo the nodes there are). */
type Edit =
  | { readonly kind: 'replace'; readonly at: number; readonly value: Json }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly kind: 'rename'; readonly at: number; readonly key: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fuzzValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fuzzKey, value: fuzzValue }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: fuzzKey }),
);

/** Every object or array in `doc` with the keys it holds (the top level first). */
function containers(doc: Json): Array<{ node: Json[] | { [key: string]: Json }; keys: string[] }> {
  const out: Array<{ node: Json[] | { [key: string]: Json }; keys: string[] }> = [];
  const visit = (node: Json) => {
    if (node === null || typeof node !== 'object') return;
    out.push({ node, keys: Object.keys(node) });
    for (const child of Object.values(node)) visit(child);
  };
  visit(doc);
  return out;
}

/** `doc` with `e` applied (in place; `doc` is a fresh copy). */
function applyEdit(doc: Json, e: Edit): Json {
  const all = containers(doc);
  if (all.length === 0) return e.kind === 'replace' ? e.value : doc;
  // Half the edits land at the top level or in a parameter record, where the rules are.
  const { node, keys } =
    all[e.at % 2 === 0 ? Math.min(all.length - 1, (e.at >> 1) % 12) : e.at % all.length]!;
  const key = keys.length === 0 ? undefined : keys[(e.at >> 4) % keys.length]!;
  const record = node as Record<string, Json>;
  switch (e.kind) {
    case 'replace':
      if (key !== undefined) record[key] = e.value;
      break;
    case 'delete':
      if (key !== undefined) {
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete record[key];
      }
      break;
    case 'add':
      if (Array.isArray(node)) node.push(e.value);
      else record[e.key] = e.value;
      break;
    case 'rename':
      if (key !== undefined && !Array.isArray(node) && !Object.hasOwn(record, e.key)) {
        record[e.key] = record[key]!;
        delete record[key];
      }
      break;
  }
  return doc;
}

function describeEdit(e: Edit): string {
  switch (e.kind) {
    case 'replace':
      return `replace@${e.at}=${shown(e.value)}`;
    case 'delete':
      return `delete@${e.at}`;
    case 'add':
      return `add@${e.at} ${shown(e.key)}=${shown(e.value)}`;
    case 'rename':
      return `rename@${e.at} to ${shown(e.key)}`;
  }
}

/** A way to break the text of a file after it is written. */
type TextDamage =
  | { readonly kind: 'none' }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'bom' }
  | { readonly kind: 'repeatKey' }
  | { readonly kind: 'hugeNumber' }
  | { readonly kind: 'rawControl' }
  | { readonly kind: 'deep'; readonly depth: number };

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\n', 'x'),
        fc.string(),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'repeatKey' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hugeNumber' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'rawControl' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 20, max: 20_000 }) }),
  },
);

function damage(text: string, d: TextDamage): string {
  switch (d.kind) {
    case 'none':
      return text;
    case 'cut':
      return text.slice(0, d.at % (text.length + 1));
    case 'insert': {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + d.text + text.slice(at);
    }
    case 'bom':
      return `\ufeff${text}`;
    case 'repeatKey':
      return text.replace('{', '{"id": "again", ');
    case 'hugeNumber':
      return text.replace(/(?<=: )-?\d+(\.\d+)?/, '1e999');
    case 'rawControl':
      return text.replace(/"name": "/, '"name": "\u001b[2J');
    case 'deep':
      return `${'['.repeat(d.depth)}${']'.repeat(d.depth)}`;
  }
}

/**
 * A JSON file made from one of `starts` (name → document): edited one to four times, then
 * perhaps broken as text. The scenario files below are made so; so are calibration files.
 */
export function editedJsonFile(starts: ReadonlyMap<string, Json>): fc.Arbitrary<FuzzFile> {
  return fc
    .record({
      start: fc.constantFrom(...starts.keys()),
      edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
      damage: textDamage,
      pretty: fc.boolean(),
    })
    .map(({ start, edits, damage: d, pretty }) => {
      let doc = structuredClone(starts.get(start)!) as Json;
      for (const e of edits) doc = applyEdit(doc, e);
      const text = damage(JSON.stringify(doc, null, pretty ? 2 : undefined) ?? 'null', d);
      return fuzzFile(text, `${start}, ${edits.map(describeEdit).join(', ')}; text ${shown(d)}`);
    });
}

/** A malformed scenario file: a shipped file, edited, then perhaps broken as text. */
export const malformedScenarioFile: fc.Arbitrary<FuzzFile> = editedJsonFile(startDocuments);

/** A legal value for `key` that is extreme: a bound, or anywhere between. */
const legalValue = (key: (typeof PARAMETER_KEYS)[number]): fc.Arbitrary<number> => {
  const { min, max } = PARAMETER_CATALOGUE[key];
  return fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
};

/** Parameters set to legal extremes: `[key, value]` pairs. */
const extremeParameters = fc.array(
  fc.constantFrom(...PARAMETER_KEYS).chain((key) => legalValue(key).map((value) => [key, value] as const)),
  { minLength: 1, maxLength: 12 },
);

/** A setting for a lever: its own settings, the bounds of a number, or something it does not take. */
const leverSetting = fc.constantFrom(...LEVERS).chain((lever) => {
  const s = lever.settings;
  const own: fc.Arbitrary<string | number> =
    s.kind === 'number'
      ? fc.oneof(fc.constantFrom(s.min, s.max), fc.double({ min: s.min, max: s.max, noNaN: true }))
      : fc.constantFrom(...s.values);
  return fc
    .oneof(
      { weight: 4, arbitrary: own },
      { weight: 1, arbitrary: fc.oneof(fc.double(), fc.string({ maxLength: 12 })) },
    )
    .map((setting) => [lever.id, setting] as const);
});

/** A parameter record set to `value`, its range widened to hold it. */
export function widenedTo(record: Record<string, Json>, value: number): Record<string, Json> {
  const [low, high] = record.range as [number, number];
  return { ...record, value, range: [Math.min(low, value), Math.max(high, value)] };
}

/**
 * A legal but extreme file's text: the baseline with parameters at or between their legal
 * bounds (the range widened to hold the value), or a reform setting levers and overriding
 * parameters so. Share groups may no longer sum to 1: those must be refused, clearly.
 */
export const extremeScenarioFile: fc.Arbitrary<FuzzFile> = fc
  .record({
    kind: fc.constantFrom('baseline', 'reform'),
    parameters: extremeParameters,
    levers: fc.array(leverSetting, { maxLength: 4 }),
  })
  .map(({ kind, parameters, levers }) => {
    const baseline = structuredClone(startDocuments.get('baseline.json')!) as {
      parameters: Record<string, Record<string, Json>>;
    };
    const widened = (key: string, value: number) => widenedTo(baseline.parameters[key]!, value);
    const made = `${kind}: ${parameters.map(([k, v]) => `${k}=${v}`).join(', ')}; levers ${shown(levers)}`;
    if (kind === 'baseline') {
      for (const [key, value] of parameters) baseline.parameters[key] = widened(key, value);
      return fuzzFile(JSON.stringify(baseline), made);
    }
    const reform = JSON.stringify({
      kind: 'reform',
      id: 'extreme',
      name: 'Extreme',
      description: 'Parameters and levers at their legal bounds.',
      baseline: 'baseline',
      levers: Object.fromEntries(levers),
      parameters: Object.fromEntries(parameters.map(([key, value]) => [key, widened(key, value)])),
    });
    return fuzzFile(reform, made);
  });

/** Either kind of fuzzed scenario file. */
export const fuzzScenarioFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 3, arbitrary: malformedScenarioFile },
  { weight: 2, arbitrary: extremeScenarioFile },
);
