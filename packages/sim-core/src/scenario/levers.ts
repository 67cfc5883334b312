/**
 * The lever registry (DESIGN 2.5 and 2.5a): each policy lever a reform scenario can move, the
 * settings it accepts, and the parameters it changes, as data (`effects`: a list of
 * `ParameterChange`s per setting), with the mechanism and evidence written next to them. The
 * mechanism's numbers are not written in its prose: `{key}` in a lever's text stands for the
 * change it makes to `key`, in words written from the data (`defineLever`). A lever's default
 * setting means "as the baseline file says": resolution applies nothing for it, so a reform
 * that names no levers has exactly the baseline's parameters.
 */

import type { DeliveryCost } from './delivery-cost.js';
import { deficitWriteOff } from './levers/deficit-write-off.js';
import { earlyHelpInvestment } from './levers/early-help-investment.js';
import { inclusiveMainstream } from './levers/inclusive-mainstream.js';
import { independentAdvice } from './levers/independent-advice.js';
import { independentSectorReform } from './levers/independent-sector-reform.js';
import { inspectionAccountability } from './levers/inspection-accountability.js';
import { lenehanRecommendations } from './levers/lenehan-recommendations.js';
import { minimumServiceStandards } from './levers/minimum-service-standards.js';
import { placementPreference } from './levers/placement-preference.js';
import { planUpperAge } from './levers/plan-upper-age.js';
import { ringfencedMainstreamFunding } from './levers/ringfenced-mainstream-funding.js';
import { safetyValve } from './levers/safety-valve.js';
import { shortBreaksAndCoproduction } from './levers/short-breaks-and-coproduction.js';
import { singleRouteOfRedress } from './levers/single-route-of-redress.js';
import { statutoryOverride } from './levers/statutory-override.js';
import { transparencyAndCoproduction } from './levers/transparency-and-coproduction.js';
import { tribunalPowers } from './levers/tribunal-powers.js';
import { whitePaper2026 } from './levers/white-paper-2026.js';
import { workforceStrategy } from './levers/workforce-strategy.js';
import type { ParameterKey } from './parameter-catalogue.js';
import type { ParameterChange } from './parameter-change.js';
import type { SeedAskId } from './seed-asks.js';

/** A lever's setting as written in a scenario file: a choice (string) or a number. */
export type LeverSetting = string | number;

/** A lever whose setting is one of a few named options. */
export interface ChoiceLeverSettings {
  readonly kind: 'choice';
  readonly values: readonly string[];
  readonly default: string;
}

/** A lever whose setting is a number in a range. */
export interface NumberLeverSettings {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly default: number;
}

/**
 * What a lever changes: one list of parameter changes for every non-default setting, or a list
 * per setting (a setting not listed changes nothing).
 */
export type LeverEffects = readonly ParameterChange[] | Readonly<Record<string, readonly ParameterChange[]>>;

/** One policy lever. */
export interface LeverDefinition {
  /** The key used in a reform file's `levers`, e.g. `tribunalPowers`. */
  readonly id: string;
  readonly title: string;
  /** What the policy is, in plain English. */
  readonly description: string;
  readonly settings: ChoiceLeverSettings | NumberLeverSettings;
  /** Plain English: which parameters change and why, the changes written from `effects`. */
  readonly mechanism: string;
  /** The source of the mechanism and its numbers, or `assumption: …`. */
  readonly evidence: string;
  /** The parameter changes its non-default settings make from the start of the run, in order. */
  readonly effects: LeverEffects;
  /** Every parameter `effects` may change, in the order they first appear (written from `effects`). */
  readonly changes: readonly ParameterKey[];
  /** Changes that start on a later date (a policy phased in part-way through a run). */
  readonly phases?: readonly LeverPhase[];
  /**
   * What a non-default setting costs to deliver that the model does not already book (staff,
   * training, programmes, capital), each to the payer who pays, phased in time. Absent: nothing
   * to add, and `deliveryCostNote` says why.
   */
  readonly deliveryCosts?: readonly DeliveryCost[];
  /** Why the lever declares no delivery cost, or what its declared costs leave out (audit, issue 11). */
  readonly deliveryCostNote: string;
  /**
   * The asks in the founding documents this lever represents (`scenario/seed-asks.ts`; may be
   * empty): the seed coverage table is written from these (issue 15, requirement 6).
   */
  readonly serves: readonly SeedAskId[];
}

/** Part of a lever that takes effect on a date, on top of what is in force by then. */
export interface LeverPhase {
  /** First day it applies, `YYYY-MM-DD`. */
  readonly from: string;
  /** What starts, in plain English, with its changes written from `effects`. */
  readonly description: string;
  readonly effects: LeverEffects;
  /** Every parameter `effects` may change (written from `effects`). */
  readonly changes: readonly ParameterKey[];
}

/**
 * The changes `lever` makes for `setting`, in the order they apply: nothing for its default
 * setting ("as the baseline says"). `effects` is the lever's own, or one of its phases'.
 */
export function effectsFor(
  lever: LeverDefinition,
  setting: LeverSetting,
  effects: LeverEffects = lever.effects,
): readonly ParameterChange[] {
  if (setting === lever.settings.default) return [];
  if (Array.isArray(effects)) return effects as readonly ParameterChange[];
  const bySetting = effects as Readonly<Record<string, readonly ParameterChange[]>>;
  return Object.hasOwn(bySetting, String(setting)) ? bySetting[String(setting)]! : [];
}

/**
 * Why `setting` is not a valid setting of `lever`, phrased as what was expected; `undefined`
 * when it is valid.
 */
export function leverSettingProblem(lever: LeverDefinition, setting: unknown): string | undefined {
  const s = lever.settings;
  if (s.kind === 'number') {
    const ok =
      typeof setting === 'number' && Number.isFinite(setting) && setting >= s.min && setting <= s.max;
    return ok ? undefined : `a number from ${s.min} to ${s.max} (${s.unit})`;
  }
  if (typeof setting === 'string' && s.values.includes(setting)) return undefined;
  const choices = `one of ${s.values.map((v) => JSON.stringify(v)).join(', ')}`;
  // `"planUpperAge": 18` is an easy slip: say how to write it.
  const asText = typeof setting === 'number' ? String(setting) : undefined;
  return asText !== undefined && s.values.includes(asText) ? `${choices} (in quotes: "${asText}")` : choices;
}

/**
 * Every lever (one file each in `levers/`), in the order resolution applies them. Most reforms
 * have no published effect size (costs-and-effects.md §6), so each lever moves the baseline's
 * values by a stated, assumed amount named in its mechanism and evidence, so a sweep or a
 * sensitivity run can vary them honestly.
 */
export const LEVERS: readonly LeverDefinition[] = [
  earlyHelpInvestment,
  tribunalPowers,
  placementPreference,
  planUpperAge,
  ringfencedMainstreamFunding,
  minimumServiceStandards,
  workforceStrategy,
  inclusiveMainstream,
  inspectionAccountability,
  independentSectorReform,
  lenehanRecommendations,
  shortBreaksAndCoproduction,
  independentAdvice,
  transparencyAndCoproduction,
  singleRouteOfRedress,
  whitePaper2026,
  statutoryOverride,
  deficitWriteOff,
  safetyValve,
];

/** The lever called `id`, or `undefined`. */
export function findLever(id: string): LeverDefinition | undefined {
  return LEVERS.find((lever) => lever.id === id);
}
