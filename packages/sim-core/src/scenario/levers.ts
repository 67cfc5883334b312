/**
 * The lever registry (DESIGN 2.5 and 2.5a): each policy lever a reform scenario can move, the
 * settings it accepts, and the parameters it changes, with the mechanism and evidence written
 * next to the code that applies it. A lever only ever changes the parameters in its `changes`
 * list, and its default setting means "as the baseline file says": resolution skips `apply`
 * for it, so a reform that names no levers has exactly the baseline's parameters.
 */

import type { DeliveryCost } from './delivery-cost.js';
import { deficitWriteOff } from './levers/deficit-write-off.js';
import { earlyHelpInvestment } from './levers/early-help-investment.js';
import { inclusiveMainstream } from './levers/inclusive-mainstream.js';
import { independentSectorReform } from './levers/independent-sector-reform.js';
import { inspectionAccountability } from './levers/inspection-accountability.js';
import { minimumServiceStandards } from './levers/minimum-service-standards.js';
import { planUpperAge } from './levers/plan-upper-age.js';
import { ringfencedMainstreamFunding } from './levers/ringfenced-mainstream-funding.js';
import { safetyValve } from './levers/safety-valve.js';
import { shortBreaksAndCoproduction } from './levers/short-breaks-and-coproduction.js';
import { singleRouteOfRedress } from './levers/single-route-of-redress.js';
import { statutoryOverride } from './levers/statutory-override.js';
import { tribunalPowers } from './levers/tribunal-powers.js';
import { whitePaper2026 } from './levers/white-paper-2026.js';
import { workforceStrategy } from './levers/workforce-strategy.js';
import type { ParameterKey } from './parameter-catalogue.js';

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

/** One policy lever. */
export interface LeverDefinition {
  /** The key used in a reform file's `levers`, e.g. `tribunalPowers`. */
  readonly id: string;
  readonly title: string;
  /** What the policy is, in plain English. */
  readonly description: string;
  readonly settings: ChoiceLeverSettings | NumberLeverSettings;
  /** Plain English: which parameters change and why. Names every key in `changes`. */
  readonly mechanism: string;
  /** The source of the mechanism and its numbers, or `assumption: …`. */
  readonly evidence: string;
  /** Every parameter `apply` may change. */
  readonly changes: readonly ParameterKey[];
  /**
   * Change `params` (a mutable copy of the baseline's values) for `setting`. Called only with a
   * valid, non-default setting; reads the setting's type from `settings.kind`.
   */
  apply(params: Record<ParameterKey, number>, setting: LeverSetting): void;
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
}

/** Part of a lever that takes effect on a date, on top of what is in force by then. */
export interface LeverPhase {
  /** First day it applies, `YYYY-MM-DD`. */
  readonly from: string;
  /** What starts, in plain English. */
  readonly description: string;
  /** Every parameter `apply` may change. */
  readonly changes: readonly ParameterKey[];
  apply(params: Record<ParameterKey, number>, setting: LeverSetting): void;
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
  planUpperAge,
  ringfencedMainstreamFunding,
  minimumServiceStandards,
  workforceStrategy,
  inclusiveMainstream,
  inspectionAccountability,
  independentSectorReform,
  shortBreaksAndCoproduction,
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
