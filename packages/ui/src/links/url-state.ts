/**
 * The view's state in the page address, so a link reproduces the exact run: the library reforms
 * (by id), an edited reform (its lever settings, compactly), seed, replications, years, scale
 * and the model version. Pure and typed (it and `url-fields.ts` import only sim-core), so Node
 * tests can run it.
 *
 * Format (a query string; `:` and `,` are left unescaped so a link stays readable):
 *
 * ```text
 * ?reforms=early-help-investment,nnpcf-asks
 *  &edit=earlyHelpInvestment:2.5,tribunalPowers:noPlacementOrders
 *  &edit-id=my-reform&edit-name=My%20reform&edit-description=…
 *  &seed=1&replications=3&years=10&scale=0.005&area=eyJsYUNvZGUiOi…&model=0.1.0
 * ```
 *
 * `area` is a local area's whole file (compact JSON in base64url), for a run of that area.
 *
 * `edit`, `edit-id`, `edit-name` and `edit-description` come together or not at all (`edit=`
 * with nothing after it is an edited reform that moves no lever). Decoding is strict: an unknown
 * parameter, a repeated one, an unknown reform or lever, or a value out of range is an error
 * naming the parameter, what was expected and what was found; it is never ignored, because a
 * link that silently ran something else would give different numbers.
 *
 * Adding a field (e.g. a chosen child id, the active tab): add it to `ViewState`, then add one
 * entry to `URL_FIELDS` (in `url-fields.ts`) naming the parameters it owns, how to write it and
 * how to read it back.
 * Keep it optional in `ViewState` if older links lack it, and extend the round-trip property test
 * in `test/ui/url-state.test.ts`. Unknown-parameter checks pick the new names up from the table.
 */
import { type LeverSetting, type LocalAreaFile, printable } from '@send-sim/sim-core';
import { URL_FIELDS } from './url-fields.js';

export { editedReformFile, URL_FIELDS } from './url-fields.js';

/** The run options a link carries (sim-core's `RunOptions`, all required). */
export interface RunOptionsState {
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
  readonly scale: number;
  /** Money in real 2025/26 prices (absent: older links) or in cash (`RunOptions.prices`). */
  readonly prices?: 'real' | 'cash';
}

/** A reform built in the editor: what a link needs to rebuild its scenario file. */
export interface EditedReformState {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Lever id → setting, only the levers it moves. */
  readonly levers: Readonly<Record<string, LeverSetting>>;
}

/** Everything a link reproduces. */
export interface ViewState {
  /** Library reform ids, in the order they are compared. */
  readonly reforms: readonly string[];
  /** Compared after the library reforms, when present. */
  readonly edited?: EditedReformState;
  readonly options: RunOptionsState;
  /** The local area the run was for (its whole file); absent for England. */
  readonly area?: LocalAreaFile;
  /** The model version the link was made with (compare with `MODEL_VERSION`). */
  readonly modelVersion: string;
}

/** A run option's limits, as the run controls enforce them. */
export interface OptionLimit {
  readonly key: keyof RunOptionsState;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

/** What decoding checks against: the app's library and limits (passed in, so this stays pure). */
export interface UrlContext {
  readonly reformIds: readonly string[];
  readonly baselineId: string;
  readonly limits: readonly OptionLimit[];
  /** Most reforms in one run, the edited one included. */
  readonly maxReforms: number;
}

/** Longest parameter name, and longest value, a problem repeats whole; a longer one is cut. */
const NAME_SHOWN = 40;
const VALUE_SHOWN = 60;

/**
 * Text from the address as a problem shows it: quoted, control characters written out as
 * `\xNN`, and cut to its start and its length when long (a link's text is anyone's to write).
 */
export function quoted(text: string): string {
  const json = printable(JSON.stringify(text));
  return json.length <= VALUE_SHOWN ? json : `${json.slice(0, VALUE_SHOWN)}… (${json.length} characters)`;
}

/** One thing wrong with a link, phrased like a scenario file error. */
export class UrlProblem {
  readonly message: string;
  constructor(
    /** The parameter as the address names it (the message shows it cut and printable). */
    readonly parameter: string,
    readonly expected: string,
    readonly found: string,
  ) {
    const name = printable(parameter);
    const shown =
      name.length <= NAME_SHOWN ? name : `${name.slice(0, NAME_SHOWN)}… (${name.length} characters)`;
    this.message = `Link parameter "${shown}": expected ${expected}, found ${printable(found)}.`;
  }
}

/** The outcome of reading a link. */
export type DecodeResult =
  | { readonly ok: true; readonly state: ViewState }
  | { readonly ok: false; readonly problems: readonly UrlProblem[] };

/** Reads parameters and records problems; shared by every field's `read`. */
export interface ParamReader {
  /** The parameter's text, or undefined when absent. */
  get(name: string): string | undefined;
  problem(parameter: string, expected: string, found: string): void;
}

/** One part of the view state: the parameters it owns and how to write and read them. */
export interface UrlField {
  readonly params: readonly string[];
  write(state: ViewState, put: (name: string, value: string) => void): void;
  /** Returns the part of the state it owns (merged into the result), or undefined on a problem. */
  read(reader: ParamReader, context: UrlContext): Partial<ViewState> | undefined;
}

/**
 * The query string (without `?`) for `state`.
 *
 * @example
 * history.replaceState(null, '', `?${encodeViewState(state)}`);
 */
export function encodeViewState(state: ViewState): string {
  const parts: string[] = [];
  const put = (name: string, value: string) =>
    parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  for (const field of URL_FIELDS) field.write(state, put);
  return parts.join('&');
}

/**
 * Read a query string (with or without `?`) back into a view state, or every problem in it.
 *
 * @example
 * const result = decodeViewState(location.search, context);
 * if (!result.ok) showProblems(result.problems);
 */
export function decodeViewState(search: string, context: UrlContext): DecodeResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const problems: UrlProblem[] = [];
  const known = URL_FIELDS.flatMap((f) => f.params);
  // Each bad name once, however often the address repeats it: the list of problems grows with
  // what the app reads, never with the length of the address.
  const seen = new Set<string>();
  const unknown = new Set<string>();
  const repeated = new Set<string>();
  for (const name of params.keys()) {
    if (!known.includes(name)) unknown.add(name);
    else if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  const [first, ...others] = unknown;
  if (first !== undefined) {
    const more =
      others.length === 0
        ? ''
        : `, and ${others.length} other unknown parameter${others.length === 1 ? '' : 's'} (${others
            .slice(0, 3)
            .map(quoted)
            .join(', ')}${others.length > 3 ? ' …' : ''})`;
    problems.push(new UrlProblem(first, `a known parameter (${known.join(', ')})`, `an unknown one${more}`));
  }
  for (const name of repeated) problems.push(new UrlProblem(name, 'the parameter once', 'it more than once'));
  const reader: ParamReader = {
    get: (name) => params.get(name) ?? undefined,
    problem: (parameter, expected, found) => problems.push(new UrlProblem(parameter, expected, found)),
  };
  const parts = URL_FIELDS.map((field) => field.read(reader, context));
  const state = Object.assign({}, ...parts) as Partial<ViewState>;
  const count = (state.reforms?.length ?? 0) + (state.edited === undefined ? 0 : 1);
  if (state.reforms !== undefined && (count === 0 || count > context.maxReforms)) {
    reader.problem(
      'reforms',
      `1 to ${context.maxReforms} reforms in all, the edited one included`,
      `${count} reform${count === 1 ? '' : 's'}`,
    );
  }
  if (state.edited !== undefined && state.reforms?.includes(state.edited.id)) {
    reader.problem(
      'edit-id',
      'an id different from every library reform in "reforms"',
      JSON.stringify(state.edited.id),
    );
  }
  const { reforms, options, modelVersion, edited, area } = state;
  if (problems.length > 0 || reforms === undefined || options === undefined || modelVersion === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    state: {
      reforms,
      options,
      modelVersion,
      ...(edited !== undefined ? { edited } : {}),
      ...(area !== undefined ? { area } : {}),
    },
  };
}
