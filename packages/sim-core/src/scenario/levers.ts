/**
 * The lever registry (DESIGN 2.5 and 2.5a): each policy lever a reform scenario can move, the
 * settings it accepts, and the parameters it changes, with the mechanism and evidence written
 * next to the code that applies it. A lever only ever changes the parameters in its `changes`
 * list, and its default setting means "as the baseline file says": resolution skips `apply`
 * for it, so a reform that names no levers has exactly the baseline's parameters.
 */
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

const earlyHelpInvestment: LeverDefinition = {
  id: 'earlyHelpInvestment',
  title: 'Early help investment',
  description:
    'Fund early help (family support alongside SEN support in school) at a multiple of its current capacity.',
  settings: { kind: 'number', min: 1, max: 4, unit: 'x current capacity', default: 1 },
  mechanism:
    'earlyHelp.capacity is multiplied by the setting, so fewer families wait for early help. ' +
    'earlyHelp.referralProbability is multiplied by the same factor (capped at 1): with more capacity, ' +
    'schools refer more of the families whose need is escalating on SEN support. The effect on need ' +
    'then comes from the model: families helped sooner escalate less, so fewer reach crisis or a request for assessment.',
  evidence:
    'Supporting Families evaluation 2015 to 2020 (MHCLG, 2022): about £2,300 per family and a 32% lower ' +
    'likelihood of a child becoming looked after; IFS 2024 (Cattan et al.): Sure Start cut the probability ' +
    'of an EHCP at 16 by 9%. Assumption: that referrals rise in proportion to capacity.',
  changes: ['earlyHelp.capacity', 'earlyHelp.referralProbability'],
  apply(params, setting) {
    const m = Number(setting);
    params['earlyHelp.capacity'] *= m;
    params['earlyHelp.referralProbability'] = Math.min(1, params['earlyHelp.referralProbability'] * m);
  },
};

const tribunalPowers: LeverDefinition = {
  id: 'tribunalPowers',
  title: 'Tribunal powers',
  description:
    'What the route of appeal can decide: the current SEND Tribunal; a tribunal that can no longer order ' +
    'a named placement; or a non-judicial disagreement route instead of the tribunal (Isos 2024, recommendations 4 and 7).',
  settings: {
    kind: 'choice',
    values: ['current', 'noPlacementOrders', 'nonJudicialRoute'],
    default: 'current',
  },
  mechanism:
    'noPlacementOrders: redress.placementOrders becomes 0, so the tribunal can no longer order a named ' +
    'placement and families cannot appeal the placement. nonJudicialRoute: as noPlacementOrders, and ' +
    'redress.familyWins is multiplied by 0.6 (a non-judicial panel upholds fewer appeals), and ' +
    'cost.tribunalLaHearing and cost.familyPerAppeal are halved (less legal representation on both sides).',
  evidence:
    'Isos for LGA and CCN (July 2024), "Towards an effective and financially sustainable approach to SEND ' +
    'in England": proposes new independent, non-judicial mechanisms for disagreements. Assumptions: ' +
    'the 0.6 factor on appeals upheld and the halving of legal costs under a non-judicial route.',
  changes: [
    'redress.placementOrders',
    'redress.familyWins',
    'cost.tribunalLaHearing',
    'cost.familyPerAppeal',
  ],
  apply(params, setting) {
    if (setting === 'current') return;
    params['redress.placementOrders'] = 0;
    if (setting === 'nonJudicialRoute') {
      params['redress.familyWins'] *= 0.6;
      params['cost.tribunalLaHearing'] *= 0.5;
      params['cost.familyPerAppeal'] *= 0.5;
    }
  },
};

const planUpperAge: LeverDefinition = {
  id: 'planUpperAge',
  title: 'EHCP upper age',
  description:
    'The age at which EHC plans end: 25 today, or 20 or 18 (the end of the academic year the young person reaches it).',
  settings: { kind: 'choice', values: ['25', '20', '18'], default: '25' },
  mechanism:
    'plan.upperAge is set to the chosen age, so plans end sooner and young people leave plan-funded ' +
    'provision; their costs move to adult services and families.',
  evidence:
    'Children and Families Act 2014 s.45 (plans may continue to 25); Policy Exchange proposal to end ' +
    'EHCPs at the end of the academic year a young person turns 18 (via Natspec). No costing of an age change exists.',
  changes: ['plan.upperAge'],
  apply(params, setting) {
    params['plan.upperAge'] = Number(setting);
  },
};

/** Every lever, in the order resolution applies them. */
export const LEVERS: readonly LeverDefinition[] = [earlyHelpInvestment, tribunalPowers, planUpperAge];

/** The lever called `id`, or `undefined`. */
export function findLever(id: string): LeverDefinition | undefined {
  return LEVERS.find((lever) => lever.id === id);
}
