/**
 * The parts of the view a link carries (`URL_FIELDS`), each owning its parameters: how it is
 * written and how it is read back and checked. Lever settings and edited reforms are checked by
 * sim-core (`leverSettingProblem`, `validateScenarioData`), the rules scenario files and the CLI
 * use. To add a field, add a `UrlField` here and its part to `ViewState` (see `url-state.ts`).
 */
import {
  findLever,
  LEVERS,
  type LeverSetting,
  leverSettingProblem,
  parseLocalAreaFile,
  type ReformScenarioFile,
  ScenarioError,
  ScenarioValidationError,
  validateScenarioData,
} from '@send-sim/sim-core';
import {
  type EditedReformState,
  type ParamReader,
  quoted,
  type RunOptionsState,
  type UrlField,
} from './url-state.js';

/** A parameter's text for a problem message: quoted (and cut), or `nothing` when absent. */
const quote = (text: string | undefined) => (text === undefined ? 'nothing' : quoted(text));

/**
 * The bad items of a list parameter, as one problem's "found": the first few quoted, how often
 * each came, and how many more there were (an address may repeat one thousands of times).
 */
function badItems(counts: ReadonlyMap<string, number>): string {
  const shown = [...counts]
    .slice(0, 3)
    .map(([item, n]) => (n === 1 ? quote(item) : `${quote(item)} (${n} times)`));
  const more = counts.size > 3 ? ` and ${counts.size - 3} more` : '';
  return `${shown.join(', ')}${more}`;
}

/** `counts` with one more of `item`. */
function tally(counts: Map<string, number>, item: string): void {
  counts.set(item, (counts.get(item) ?? 0) + 1);
}
const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number written the plain way (no hex, no blanks, no `Infinity`), or undefined. */
function parseNumber(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

const reformsField: UrlField = {
  params: ['reforms'],
  write(state, put) {
    if (state.reforms.length > 0) put('reforms', state.reforms.join(','));
  },
  read(reader, context) {
    const text = reader.get('reforms');
    const ids = text === undefined || text === '' ? [] : text.split(',');
    const expected = `reform ids separated by commas, from: ${context.reformIds.join(', ')}`;
    const seen = new Set<string>();
    const bad = new Map<string, number>();
    for (const id of ids) {
      if (!context.reformIds.includes(id) || seen.has(id)) tally(bad, id);
      seen.add(id);
    }
    if (bad.size === 0) return { reforms: ids };
    reader.problem('reforms', `${expected} (each once)`, badItems(bad));
    return undefined;
  },
};

const EDIT_PARAMS = ['edit', 'edit-id', 'edit-name', 'edit-description'] as const;

const editedField: UrlField = {
  params: EDIT_PARAMS,
  write(state, put) {
    const e = state.edited;
    if (e === undefined) return;
    put(
      'edit',
      Object.entries(e.levers)
        .map(([id, setting]) => `${id}:${setting}`)
        .join(','),
    );
    put('edit-id', e.id);
    put('edit-name', e.name);
    put('edit-description', e.description);
  },
  read(reader, context) {
    const present = EDIT_PARAMS.filter((name) => reader.get(name) !== undefined);
    if (present.length === 0) return {};
    let ok = true;
    for (const name of EDIT_PARAMS) {
      if (reader.get(name) === undefined) {
        reader.problem(
          name,
          `a value, since the link has ${present.map((p) => `"${p}"`).join(', ')}`,
          'nothing',
        );
        ok = false;
      }
    }
    const levers = readLevers(reader, reader.get('edit') ?? '');
    if (!ok || levers === undefined) return undefined;
    const edited: EditedReformState = {
      id: reader.get('edit-id') ?? '',
      name: reader.get('edit-name') ?? '',
      description: reader.get('edit-description') ?? '',
      levers,
    };
    // sim-core's validator has the last word, as it does for files and the CLI.
    const check = validateScenarioData(editedReformFile(edited, context.baselineId), 'the link');
    if (!check.ok) {
      for (const error of check.errors) {
        const param = error.path.startsWith('levers') ? 'edit' : `edit-${error.path}`;
        reader.problem(param, error.expected, error.found);
      }
      return undefined;
    }
    return { edited };
  },
};

/** `lever:setting,…` → settings, each checked against the lever registry. */
function readLevers(reader: ParamReader, text: string): Record<string, LeverSetting> | undefined {
  const levers: Record<string, LeverSetting> = {};
  const named = new Set<string>();
  const bad = new Map<string, number>();
  let ok = true;
  for (const pair of text === '' ? [] : text.split(',')) {
    const colon = pair.indexOf(':');
    const id = colon < 0 ? pair : pair.slice(0, colon);
    const raw = colon < 0 ? undefined : pair.slice(colon + 1);
    const lever = findLever(id);
    if (lever === undefined || named.has(id)) {
      tally(bad, pair);
      continue;
    }
    named.add(id);
    const setting = raw !== undefined && lever.settings.kind === 'number' ? (parseNumber(raw) ?? raw) : raw;
    const problem = leverSettingProblem(lever, setting);
    if (problem !== undefined || setting === undefined) {
      reader.problem('edit', `${id}: ${problem ?? 'a setting after a colon'}`, quote(raw));
      ok = false;
      continue;
    }
    levers[id] = setting;
  }
  if (bad.size > 0) {
    const ids = LEVERS.map((l) => l.id).join(', ');
    reader.problem('edit', `lever:setting pairs with each lever once, levers: ${ids}`, badItems(bad));
    return undefined;
  }
  return ok ? levers : undefined;
}

const OPTION_PARAMS = ['seed', 'replications', 'years', 'scale'] as const;

/**
 * The run options; `prices=cash` shows money in cash, and is left out for real 2025/26 prices
 * (so links made before it still read, and mean the same).
 */
const optionsField: UrlField = {
  params: [...OPTION_PARAMS, 'prices'],
  write(state, put) {
    for (const key of OPTION_PARAMS) put(key, String(state.options[key]));
    if (state.options.prices === 'cash') put('prices', 'cash');
  },
  read(reader, context) {
    const options: Partial<Record<keyof RunOptionsState, number>> = {};
    for (const key of OPTION_PARAMS) {
      const limit = context.limits.find((l) => l.key === key);
      const text = reader.get(key);
      const value = text === undefined ? undefined : parseNumber(text);
      const kind = limit?.whole ? 'a whole number' : 'a number';
      const expected = limit === undefined ? kind : `${kind} from ${limit.min} to ${limit.max}`;
      const fits =
        value !== undefined &&
        (limit === undefined ||
          ((!limit.whole || Number.isInteger(value)) && value >= limit.min && value <= limit.max));
      if (fits) options[key] = value;
      else reader.problem(key, expected, quote(text));
    }
    const prices = reader.get('prices');
    if (prices !== undefined && prices !== 'real' && prices !== 'cash') {
      reader.problem('prices', '"real" (2025/26 prices) or "cash"', quote(prices));
      return undefined;
    }
    const { seed, replications, years, scale } = options;
    if (seed === undefined || replications === undefined || years === undefined || scale === undefined) {
      return undefined;
    }
    return { options: { seed, replications, years, scale, ...(prices === 'cash' ? { prices } : {}) } };
  },
};

const modelField: UrlField = {
  params: ['model'],
  write(state, put) {
    put('model', state.modelVersion);
  },
  read(reader) {
    const version = reader.get('model');
    if (version === undefined || version === '') {
      reader.problem('model', 'the model version the link was made with, such as "0.1.0"', quote(version));
      return undefined;
    }
    return { modelVersion: version };
  },
};

/** Base64url (RFC 4648 §5, unpadded) of a text's UTF-8 bytes, and back; undefined for anything else. */
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Problems a local-area file from a link shows, at most: the rest are counted. */
const AREA_PROBLEMS_SHOWN = 3;

/**
 * A local area the run was for: its whole file (compact JSON, base64url), since an area is the
 * council's own figures and no id could name it. Read back, it is checked as `sendsim validate`
 * and the app's area editor check a file (sim-core's `parseLocalAreaFile`).
 */
const areaField: UrlField = {
  params: ['area'],
  write(state, put) {
    if (state.area !== undefined) put('area', toBase64Url(JSON.stringify(state.area)));
  },
  read(reader) {
    const encoded = reader.get('area');
    if (encoded === undefined) return {};
    const expected = 'a local-area file as compact JSON in base64url (what the app writes)';
    const json = fromBase64Url(encoded);
    if (json === undefined) {
      reader.problem('area', expected, `${quote(encoded)}, which is not base64url of UTF-8 text`);
      return undefined;
    }
    let errors: readonly ScenarioError[];
    try {
      return { area: parseLocalAreaFile(json, 'area') };
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      errors = error instanceof ScenarioValidationError ? error.errors : [error];
    }
    const problems = errors.map((e) => `${e.path}: expected ${e.expected}, found ${e.found}`);
    const more = problems.length - AREA_PROBLEMS_SHOWN;
    reader.problem(
      'area',
      expected,
      `a file with ${problems.length} problem${problems.length === 1 ? '' : 's'} (${problems
        .slice(0, AREA_PROBLEMS_SHOWN)
        .join('; ')}${more > 0 ? `; and ${more} more` : ''})`,
    );
    return undefined;
  },
};

/** Every part of the view a link carries, in the order its parameters are written. */
export const URL_FIELDS: readonly UrlField[] = [
  reformsField,
  editedField,
  optionsField,
  areaField,
  modelField,
];

/** The scenario file an edited reform stands for, against `baselineId`. */
export function editedReformFile(edited: EditedReformState, baselineId: string): ReformScenarioFile {
  return {
    kind: 'reform',
    id: edited.id,
    name: edited.name,
    description: edited.description,
    baseline: baselineId,
    levers: edited.levers,
  };
}
