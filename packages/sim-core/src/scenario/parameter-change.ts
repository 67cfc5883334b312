/**
 * A lever's parameter changes as data (DESIGN 3.1 "levers as data"): each change names one
 * parameter and what happens to it (`set`, `multiply` or `add`), then any bounds. Resolution
 * applies them to a draft of the parameters with immer's `produceWithPatches`, so the patches it
 * gets back are exactly what a reform changed (`ResolvedScenario.leverChanges`), and the words
 * for a change (`changeWords`) are written from the same data, so no prose restates a number.
 *
 * Arithmetic is done in the order the fields are listed (the operation, then `atMost`, then
 * `atLeast`, then `neverLower`), each with one IEEE operation, so a lever written as data gives
 * the same bits as the hand-written arithmetic it replaced.
 */
import type { LeverSetting } from './levers.js';
import type { ParameterKey } from './parameter-catalogue.js';

/** The lever's own setting, as a number (a number lever's value, or a choice such as `"18"`). */
export const SETTING = { setting: true } as const;

/**
 * A value a change uses: a number, the current value of another parameter (`{ param }`), one
 * minus it (`{ oneMinus }`), a multiple of it (`{ param, times }`), the lever's setting
 * (`SETTING`), or a formula of the parameters as they are when the change applies (with the
 * words that say what it computes).
 */
export type ChangeValue =
  | number
  | typeof SETTING
  | { readonly param: ParameterKey; readonly times?: number }
  | { readonly oneMinus: ParameterKey }
  | {
      readonly formula: string;
      readonly of: (params: Readonly<Record<ParameterKey, number>>) => number;
    };

/** What happens to a parameter: at most one of `set`, `multiply` and `add`, then its bounds. */
export interface ParameterChange {
  readonly key: ParameterKey;
  readonly set?: ChangeValue;
  readonly multiply?: ChangeValue;
  readonly add?: ChangeValue;
  /** Kept at or below this (a cap). */
  readonly atMost?: ChangeValue;
  /** Kept at or above this (a floor; with no operation, "raised to at least"). */
  readonly atLeast?: ChangeValue;
  /** Never below the value it had before this change (a baseline already past the cap is left alone). */
  readonly neverLower?: true;
  /** Why this size, in words (a source or the arithmetic behind it), shown after the change. */
  readonly why?: string;
}

type Values = Record<ParameterKey, number>;

function amountOf(value: ChangeValue, params: Readonly<Values>, setting: LeverSetting): number {
  if (typeof value === 'number') return value;
  if ('setting' in value) return Number(setting);
  if ('oneMinus' in value) return 1 - params[value.oneMinus];
  if ('formula' in value) return value.of(params);
  return value.times === undefined ? params[value.param] : value.times * params[value.param];
}

/** Apply `changes` in order to `params` (a mutable copy or an immer draft) for `setting`. */
export function applyChanges(
  params: Values,
  changes: readonly ParameterChange[],
  setting: LeverSetting,
): void {
  for (const change of changes) {
    const before = params[change.key];
    let v = before;
    if (change.set !== undefined) v = amountOf(change.set, params, setting);
    else if (change.multiply !== undefined) v = v * amountOf(change.multiply, params, setting);
    else if (change.add !== undefined) v = v + amountOf(change.add, params, setting);
    if (change.atMost !== undefined) v = Math.min(v, amountOf(change.atMost, params, setting));
    if (change.atLeast !== undefined) v = Math.max(v, amountOf(change.atLeast, params, setting));
    if (change.neverLower === true) v = Math.max(before, v);
    params[change.key] = v;
  }
}

/** A number as the words write it: `0.05`, `20,000`, `−0.3`. */
export function numberWords(n: number): string {
  const sign = n < 0 ? '−' : '';
  const [whole, fraction] = String(Math.abs(n)).split('.') as [string, string | undefined];
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function valueWords(value: ChangeValue): string {
  if (typeof value === 'number') return numberWords(value);
  if ('setting' in value) return 'the setting';
  if ('oneMinus' in value) return `1 − ${value.oneMinus}`;
  if ('formula' in value) return value.formula;
  return value.times === undefined ? value.param : `${numberWords(value.times)} × ${value.param}`;
}

/**
 * A change in words, e.g. `provision.senSupport +0.05 (at most provision.earlyHelp; never
 * lowered)` or `placement.resourcedShare ×1.5 (at most 1)`, with its `why` in brackets.
 */
export function changeWords(change: ParameterChange): string {
  const bounds: string[] = [];
  let words: string;
  if (change.set !== undefined) words = `${change.key} becomes ${valueWords(change.set)}`;
  else if (change.multiply !== undefined) {
    const by = change.multiply;
    words = `${change.key} ×${typeof by === 'number' ? '' : ' '}${valueWords(by)}`;
  } else if (change.add !== undefined) {
    const add = change.add;
    words =
      typeof add === 'number'
        ? `${change.key} ${add < 0 ? '' : '+'}${numberWords(add)}`
        : `${change.key} + ${valueWords(add)}`;
  } else words = change.key;
  if (change.atMost !== undefined) bounds.push(`at most ${valueWords(change.atMost)}`);
  if (change.atLeast !== undefined) {
    if (words === change.key) words = `${change.key} at least ${valueWords(change.atLeast)}`;
    else bounds.push(`at least ${valueWords(change.atLeast)}`);
  }
  if (change.neverLower === true) bounds.push('never lowered');
  if (change.why !== undefined) bounds.push(change.why);
  return bounds.length === 0 ? words : `${words} (${bounds.join('; ')})`;
}
