/**
 * From scenario files to the numbers the model reads. A reform is resolved in a fixed order:
 * the baseline's values, then each lever in registry order, then the reform's explicit
 * overrides; every parameter record remembers what changed it, so the UI and briefings can show
 * exactly what differs from the baseline and why (DESIGN 3.2, 4).
 */
import { type ParameterPatch, produceChanges } from './apply-changes.js';
import type { ScheduledDeliveryCost } from './delivery-cost.js';
import type { LeverDefinition, LeverSetting } from './levers.js';
import { effectsFor, findLever, LEVERS, leverSettingProblem } from './levers.js';
import { isMoneyParameter, priceIndexOf } from './money-indices.js';
import type { ParameterKey, ParameterSpec, Params } from './parameter-catalogue.js';
import { PARAMETER_CATALOGUE, PARAMETER_KEYS } from './parameter-catalogue.js';
import type { ParameterChange } from './parameter-change.js';
import { parameterGroupProblems } from './parameter-rules.js';
import { PRICE_BASE } from './price-base.js';
import { indexUpratingFactor, PRICE_INDEX_DEFINITIONS } from './price-indices.js';
import { renderFound, ScenarioError } from './scenario-error.js';
import type {
  BaselineScenarioFile,
  CalibrationRecord,
  ParameterRecord,
  ReformScenarioFile,
} from './scenario-file.js';

/**
 * How a reform's levers act on a local area's baseline (`local-area/area-baseline.ts`): a
 * lever's `add` of a number to a count the area scaled (special places, EP FTE) is × that
 * count's factor, and a delivery cost paid for a fixed number of units is × `unitFactor`, so
 * England's 20,000 places become the area's share of them. Absent for England.
 */
export interface LeverScaling {
  readonly countFactor: Readonly<Partial<Record<ParameterKey, number>>>;
  readonly unitFactor: number;
}

/** A parameter record as resolved: `changedBy` says whether a lever or an override set it. */
export type ResolvedParameterRecord = ParameterRecord & {
  /** `'lever:<id>'` or `'override'`; absent when the value is the baseline's. */
  readonly changedBy?: string;
};

/** A scenario ready to run: every parameter's value and evidence, and every lever's setting. */
export interface ResolvedScenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'baseline' | 'reform';
  /** The baseline's id (a baseline's own id). */
  readonly baselineId: string;
  /** Price base of every money value in `params` (records keep their sources' cash prices and price years). */
  readonly priceBase: string;
  readonly startDate: string;
  /** Every lever in the registry with its setting, defaults filled in. */
  readonly levers: Readonly<Record<string, LeverSetting>>;
  /** The values the model reads, money uprated to `priceBase`; frozen. */
  readonly params: Params;
  /**
   * The world at the start date, before any lever acts: the baseline's values with the file's
   * own parameter overrides (a backtest's starting stocks). The starting population is drawn
   * from these, so every reform starts from the same children in the same states and a
   * policy cannot change the past (a starting pupil's need history is replayed under them).
   */
  readonly startParams: Params;
  readonly records: Readonly<Record<ParameterKey, ResolvedParameterRecord>>;
  readonly expectedEffects: readonly string[];
  /** How the baseline's free parameters were fitted, when they were (from the baseline file). */
  readonly calibration?: CalibrationRecord;
  /** Policies that start part-way through a run: from `startDate`, the model reads `params`. In date order. */
  readonly phases: readonly ResolvedPhase[];
  /** What the levers set away from their defaults cost to deliver, in registry order (empty for the baseline). */
  readonly deliveryCosts: readonly ScheduledDeliveryCost[];
  /**
   * What each lever set away from its default changed from the start of the run, in registry
   * order: the patches `produceWithPatches` gave when the lever's changes were applied (empty for
   * the baseline). Phased changes are in `phases[].starts[].changes`.
   */
  readonly leverChanges: ReadonlyArray<{
    readonly lever: string;
    readonly changes: readonly ParameterPatch[];
  }>;
}

/** The parameters in force from a date, with what started then. */
export interface ResolvedPhase {
  readonly startDate: string;
  readonly params: Params;
  /** What starts on this date: the lever, in plain English what changes, and the patches it made. */
  readonly starts: ReadonlyArray<{
    readonly lever: string;
    readonly description: string;
    readonly changes: readonly ParameterPatch[];
  }>;
}

/**
 * Resolve a validated scenario file. A reform needs its baseline (`file.baseline` must equal
 * `baseline.id`). Errors name the file as `<id>.json`, the CLI's naming convention.
 *
 * A lever-changed record keeps the baseline's evidence, takes the new value, and has its range
 * scaled by the same factor as the value (keeping its relative uncertainty), within catalogue bounds.
 *
 * @example
 * const reform = resolveScenario(parseScenarioFile(text, path), parseScenarioFile(baselineText, baselinePath) as BaselineScenarioFile);
 */
export function resolveScenario(
  file: BaselineScenarioFile | ReformScenarioFile,
  baseline?: BaselineScenarioFile,
  scaling?: LeverScaling,
): ResolvedScenario {
  const label = `${file.id}.json`;
  const base = file.kind === 'baseline' ? file : requireBaseline(file, baseline, label);
  // An index's growth as the reform overrides it, or as the baseline has it (never money itself).
  const overrides = file.kind === 'reform' ? file.parameters : undefined;
  const growthOf: GrowthOf = (k) => overrides?.[k]?.value ?? base.parameters[k].value;
  let values = Object.fromEntries(
    PARAMETER_KEYS.map((k) => [k, modelValue(k, base.parameters[k], growthOf)]),
  ) as Record<ParameterKey, number>;
  // Copies: the records are frozen below, and the baseline file belongs to the caller.
  const records = Object.fromEntries(
    PARAMETER_KEYS.map((k) => [k, copyRecord(base.parameters[k])]),
  ) as Record<ParameterKey, ResolvedParameterRecord>;

  const chosen = file.kind === 'reform' ? file.levers : {};
  for (const id of Object.keys(chosen)) {
    if (findLever(id) === undefined) {
      const expected = `a lever in the registry (levers: ${LEVERS.map((l) => l.id).join(', ')})`;
      throw new ScenarioError(label, `levers.${id}`, expected, JSON.stringify(id));
    }
  }
  const levers: Record<string, LeverSetting> = {};
  const deliveryCosts: ScheduledDeliveryCost[] = [];
  const leverChanges: Array<{ readonly lever: string; readonly changes: readonly ParameterPatch[] }> = [];
  for (const lever of LEVERS) {
    const setting = chosen[lever.id] ?? lever.settings.default;
    const problem = leverSettingProblem(lever, setting);
    if (problem !== undefined)
      throw new ScenarioError(label, `levers.${lever.id}`, problem, renderFound(setting));
    levers[lever.id] = setting;
    if (setting === lever.settings.default) continue; // the default means "as the baseline says"
    const before = values;
    const applied = produceChanges(before, scaledAdds(effectsFor(lever, setting), scaling), setting);
    values = applied.values;
    deliveryCosts.push(...scheduleDeliveryCosts(lever, setting, before, values, scaling));
    leverChanges.push(Object.freeze({ lever: lever.id, changes: Object.freeze([...applied.patches]) }));
    for (const { key } of inCatalogueOrder(applied.patches)) {
      const spec: ParameterSpec = PARAMETER_CATALOGUE[key];
      if (!(values[key] >= spec.min && values[key] <= spec.max)) {
        const expected = `a setting that keeps ${key} from ${spec.min} to ${spec.max} (${spec.unit})`;
        throw new ScenarioError(
          label,
          `levers.${lever.id}`,
          `${expected}; it gives ${values[key]}`,
          renderFound(setting),
        );
      }
      records[key] = leverRecord(records[key], before[key], values[key], spec, lever.id);
    }
  }

  const startValues = Object.fromEntries(
    PARAMETER_KEYS.map((k) => [k, modelValue(k, base.parameters[k], growthOf)]),
  ) as Record<ParameterKey, number>;
  if (file.kind === 'reform' && file.parameters !== undefined) {
    for (const key of PARAMETER_KEYS) {
      const override = file.parameters[key];
      if (override === undefined) continue;
      values[key] = modelValue(key, override, growthOf);
      startValues[key] = values[key];
      records[key] = { ...copyRecord(override), changedBy: 'override' };
    }
  }
  const broken = parameterGroupProblems(values)[0];
  if (broken !== undefined) throw new ScenarioError(label, broken.path, broken.expected, broken.found);

  for (const key of PARAMETER_KEYS) Object.freeze(records[key]);
  const phases = resolvePhases(values, levers, label, scaling);
  return {
    id: file.id,
    name: file.name,
    description: file.description,
    kind: file.kind,
    baselineId: base.id,
    priceBase: PRICE_BASE,
    startDate: file.kind === 'reform' && file.startDate !== undefined ? file.startDate : base.startDate,
    levers: Object.freeze(levers),
    params: Object.freeze(values),
    startParams: Object.freeze(startValues),
    records: Object.freeze(records),
    expectedEffects: Object.freeze(file.kind === 'reform' ? [...(file.expectedEffects ?? [])] : []),
    phases,
    deliveryCosts: Object.freeze(deliveryCosts),
    leverChanges: Object.freeze(leverChanges),
    ...(base.calibration !== undefined ? { calibration: base.calibration } : {}),
  };
}

/**
 * The phases of every lever set away from its default, grouped by start date: each phase's
 * parameters are those in force just before it with the phase's changes applied.
 */
function resolvePhases(
  start: Readonly<Record<ParameterKey, number>>,
  levers: Readonly<Record<string, LeverSetting>>,
  label: string,
  scaling: LeverScaling | undefined,
): ResolvedPhase[] {
  const steps = LEVERS.flatMap((lever) => {
    const setting = levers[lever.id];
    if (setting === undefined || setting === lever.settings.default) return [];
    return (lever.phases ?? []).map((phase) => ({ lever, phase, setting }));
  }).sort((a, b) => (a.phase.from < b.phase.from ? -1 : a.phase.from > b.phase.from ? 1 : 0));
  const phases: Array<{ startDate: string; params: Params; starts: ResolvedPhase['starts'][number][] }> = [];
  let current: Readonly<Record<ParameterKey, number>> = { ...start };
  for (const { lever, phase, setting } of steps) {
    const last = phases[phases.length - 1];
    const sameDay = last !== undefined && last.startDate === phase.from;
    const applied = produceChanges(
      sameDay ? last.params : current,
      scaledAdds(effectsFor(lever, setting, phase.effects), scaling),
      setting,
    );
    const params = applied.values;
    for (const key of PARAMETER_KEYS) {
      const spec = PARAMETER_CATALOGUE[key];
      if (!(params[key] >= spec.min && params[key] <= spec.max)) {
        throw new ScenarioError(
          label,
          `levers.${lever.id}`,
          `a setting whose phase from ${phase.from} keeps ${key} from ${spec.min} to ${spec.max}; it gives ${params[key]}`,
          renderFound(setting),
        );
      }
    }
    const entry = Object.freeze({
      lever: lever.id,
      description: phase.description,
      changes: Object.freeze([...applied.patches]),
    });
    if (sameDay) {
      last.params = params;
      last.starts.push(entry);
    } else {
      phases.push({ startDate: phase.from, params, starts: [entry] });
    }
    current = params;
  }
  for (const phase of phases) Object.freeze(phase.params);
  return phases;
}

/**
 * A lever's delivery costs for `setting`, with units resolved: a rise in a parameter is the
 * lever's value minus the value before it acted.
 */
function scheduleDeliveryCosts(
  lever: LeverDefinition,
  setting: LeverSetting,
  before: Readonly<Record<ParameterKey, number>>,
  after: Readonly<Record<ParameterKey, number>>,
  scaling: LeverScaling | undefined,
): ScheduledDeliveryCost[] {
  return (lever.deliveryCosts ?? []).flatMap((item) => {
    if (item.settings !== undefined && !item.settings.includes(String(setting))) return [];
    const units =
      item.units === undefined
        ? 1
        : typeof item.units === 'number'
          ? item.units * (scaling?.unitFactor ?? 1)
          : after[item.units.riseIn] - before[item.units.riseIn];
    if (units === 0) return [];
    return [
      Object.freeze({
        lever: lever.id,
        what: item.what,
        payer: item.payer,
        cost: item.cost,
        units,
        timing: item.timing,
        ...(item.from !== undefined ? { from: item.from } : {}),
        ...(item.years !== undefined ? { years: item.years } : {}),
      }),
    ];
  });
}

/** `changes` with each numeric `add` to a count the area scaled × its factor (unchanged for England). */
function scaledAdds(
  changes: readonly ParameterChange[],
  scaling: LeverScaling | undefined,
): readonly ParameterChange[] {
  if (scaling === undefined) return changes;
  return changes.map((change) => {
    const factor = scaling.countFactor[change.key];
    return factor !== undefined && typeof change.add === 'number'
      ? { ...change, add: change.add * factor }
      : change;
  });
}

const CATALOGUE_INDEX = new Map(PARAMETER_KEYS.map((key, i) => [key, i]));

/** Patches sorted by the catalogue's order of their parameters (so errors name the same one first). */
function inCatalogueOrder(patches: readonly ParameterPatch[]): ParameterPatch[] {
  return [...patches].sort((a, b) => CATALOGUE_INDEX.get(a.key)! - CATALOGUE_INDEX.get(b.key)!);
}

/** Parameters whose values differ between two resolved scenarios, in catalogue order. */
export function diffScenarios(
  a: ResolvedScenario,
  b: ResolvedScenario,
): Array<{ key: ParameterKey; from: number; to: number }> {
  const diff: Array<{ key: ParameterKey; from: number; to: number }> = [];
  for (const key of PARAMETER_KEYS) {
    const from = a.params[key];
    const to = b.params[key];
    if (from !== to) diff.push({ key, from, to });
  }
  return diff;
}

function requireBaseline(
  reform: ReformScenarioFile,
  baseline: BaselineScenarioFile | undefined,
  label: string,
): BaselineScenarioFile {
  const expected = `the baseline scenario "${reform.baseline}" (${reform.baseline}.json) to resolve this reform against`;
  if (baseline === undefined) throw new ScenarioError(label, 'baseline', expected, 'nothing');
  if (baseline.id !== reform.baseline) {
    throw new ScenarioError(label, 'baseline', expected, `the baseline "${baseline.id}"`);
  }
  return baseline;
}

function copyRecord(record: ParameterRecord): ParameterRecord {
  return { ...record, range: [record.range[0], record.range[1]] };
}

function leverRecord(
  record: ResolvedParameterRecord,
  from: number,
  to: number,
  spec: ParameterSpec,
  leverId: string,
): ResolvedParameterRecord {
  const clip = (x: number) => Math.min(spec.max, Math.max(spec.min, x));
  let range: [number, number] = [to, to];
  if (from !== 0) {
    const factor = to / from;
    const scaled = [record.range[0] * factor, record.range[1] * factor].sort((x, y) => x - y);
    range = [clip(scaled[0]!), clip(scaled[1]!)];
  }
  // The record stays in its own units (cash of its price year for money): scale it as the lever scaled the value.
  const value = from !== 0 ? record.value * (to / from) : to;
  return { ...record, value, range, changedBy: `lever:${leverId}` };
}

/** Reads the real growth of a price index (`prices.*RealGrowth`) as the scenario sets it. */
type GrowthOf = (key: ParameterKey) => number;

/**
 * The value the model reads: money uprated from the record's price year to the price base with
 * the index it follows (`money-indices.ts`): the GDP deflator times the index's relative change.
 */
function modelValue(key: ParameterKey, record: ParameterRecord, growthOf: GrowthOf): number {
  if (!isMoneyParameter(key) || record.priceYear === undefined) return record.value;
  const index = priceIndexOf(key);
  const growthKey = PRICE_INDEX_DEFINITIONS[index].growth;
  const growth = growthKey === undefined ? 0 : growthOf(growthKey);
  return record.value * indexUpratingFactor(index, record.priceYear, growth);
}
