/**
 * What a reform changes from its baseline, in words, for the short list next to its results:
 * the levers it sets (each setting in words), the parameters it changes from the start of the
 * run (baseline value → reform value, with unit), and the policies that start part-way through
 * (`ResolvedScenario.phases`), each with its date and the parameters that change on it. Which
 * parameters changed is read from the patches resolution recorded when it applied the levers
 * (`leverChanges`, `phases[].starts[].changes`) and from the file's own overrides, so the list is
 * what the code did. Plain data from two resolved scenarios; cheap (no model description is built).
 */
import {
  findLever,
  type LeverSetting,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  type ParameterKey,
  type Params,
  type ResolvedScenario,
} from '@send-sim/sim-core';
import { choiceWords } from './choice-words.js';
import { formatNumber } from './format.js';
import { formatParameterValue } from './parameter-text.js';

/** A lever the reform sets away from today's system. */
export interface LeverSettingWords {
  readonly id: string;
  readonly title: string;
  /** The setting in words, e.g. `2.5 (× current investment)` or `no placement orders`. */
  readonly setting: string;
}

/** One parameter's value before and after, with what it means and its unit. */
export interface ParameterShift {
  readonly key: ParameterKey;
  /** What the model does with it (the catalogue's meaning, without its full stop). */
  readonly meaning: string;
  readonly from: number;
  readonly to: number;
  /** The unit in words, money with its price base (`per pupil per year, 2025/26 prices`); empty for a share. */
  readonly unit: string;
  /** How `valueWords` writes its values. */
  readonly style: ValueStyle;
}

/** A policy that starts part-way through the run. */
export interface PhaseChange {
  /** ISO date, as the scenario gives it. */
  readonly startDate: string;
  /** The levers whose policy starts then (their titles). */
  readonly levers: readonly string[];
  /** Parameters that change on that date, from their values the day before. */
  readonly changes: readonly ParameterShift[];
}

export interface ReformChanges {
  readonly levers: readonly LeverSettingWords[];
  /** Changes in force from the start of the run. */
  readonly changes: readonly ParameterShift[];
  /** In date order. */
  readonly phases: readonly PhaseChange[];
}

/** A lever's setting in words: a number with its unit, or a choice spelled out. */
export function settingWords(leverId: string, setting: LeverSetting): string {
  const lever = findLever(leverId);
  if (lever?.settings.kind === 'number') return `${setting} (${lever.settings.unit})`;
  return typeof setting === 'string' ? choiceWords(setting) : String(setting);
}

/** How a value is written: shares as percentages, money as whole pounds, others as they are. */
type ValueStyle = 'share' | 'money' | 'plain';

function styleOf(unit: string): ValueStyle {
  if (unit === 'share') return 'share';
  return unit.startsWith('GBP') ? 'money' : 'plain';
}

/**
 * The unit as a reader writes it, with nothing a percentage or a £ sign already says:
 * `GBP per crisis` becomes `per crisis, 2025/26 prices`; a share has none.
 */
function unitWords(unit: string, priceBase: string): string {
  const style = styleOf(unit);
  if (style === 'share') return '';
  return style === 'money' ? `${unit.slice('GBP'.length).trim()}, ${priceBase} prices` : unit;
}

/** A value in the shift's own style: `15%`, `£4,370`, `192`. */
export function valueWords(shift: ParameterShift, value: number): string {
  switch (shift.style) {
    case 'share':
      return `${formatParameterValue(Number((value * 100).toPrecision(4)))}%`;
    case 'money':
      return `£${formatNumber(Math.round(value))}`;
    case 'plain':
      return formatParameterValue(value);
  }
}

/**
 * A parameter's meaning for a local area's run, whose values are the area's own: the catalogue
 * calls a count "national" (`(FTE, national)`, `(national)`), which the area's values are not.
 */
function areaMeaning(meaning: string): string {
  return meaning.replace(/, national\)/g, ')').replace(/ \(national\)/g, '');
}

/** The parameters in `keys` whose value differs between `from` and `to`, in catalogue order. */
function shifts(
  keys: ReadonlySet<ParameterKey>,
  from: Params,
  to: Params,
  priceBase: string,
  forArea: boolean,
): ParameterShift[] {
  const out: ParameterShift[] = [];
  for (const key of PARAMETER_KEYS) {
    if (!keys.has(key) || from[key] === to[key]) continue;
    // The catalogue's sentence ends with a full stop; here it leads into the values.
    const meaning = PARAMETER_CATALOGUE[key].meaning.replace(/\.$/, '');
    out.push({
      key,
      meaning: forArea ? areaMeaning(meaning) : meaning,
      from: from[key],
      to: to[key],
      unit: unitWords(PARAMETER_CATALOGUE[key].unit, priceBase),
      style: styleOf(PARAMETER_CATALOGUE[key].unit),
    });
  }
  return out;
}

/**
 * What `reform` changes from `baseline`. Values are those the model reads (money at the
 * reform's price base), so a phase's "before" is the value in force the day before it.
 *
 * @example
 * reformChanges(resolveScenarioById('baseline'), resolveScenarioById('white-paper-2026')).phases[0]?.startDate;
 * // '2026-09-01'
 */
export function reformChanges(
  baseline: ResolvedScenario,
  reform: ResolvedScenario,
  { forArea = false }: { readonly forArea?: boolean } = {},
): ReformChanges {
  const levers = Object.entries(reform.levers).flatMap(([id, setting]): LeverSettingWords[] => {
    const lever = findLever(id);
    if (lever === undefined || setting === lever.settings.default) return [];
    return [{ id, title: lever.title, setting: settingWords(id, setting) }];
  });
  let before = reform.params;
  const phases = reform.phases.map((phase): PhaseChange => {
    const patched = new Set(phase.starts.flatMap((s) => s.changes.map((c) => c.key)));
    const change: PhaseChange = {
      startDate: phase.startDate,
      levers: phase.starts.map((s) => findLever(s.lever)?.title ?? s.lever),
      changes: shifts(patched, before, phase.params, reform.priceBase, forArea),
    };
    before = phase.params;
    return change;
  });
  const changed = new Set<ParameterKey>(reform.leverChanges.flatMap((l) => l.changes.map((c) => c.key)));
  for (const key of PARAMETER_KEYS) if (reform.records[key].changedBy === 'override') changed.add(key);
  return {
    levers,
    changes: shifts(changed, baseline.params, reform.params, reform.priceBase, forArea),
    phases,
  };
}
