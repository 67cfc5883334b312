/**
 * The lever registry (DESIGN 2.5 and 2.5a): each policy lever a reform scenario can move, the
 * settings it accepts, and the parameters it changes, with the mechanism and evidence written
 * next to the code that applies it. A lever only ever changes the parameters in its `changes`
 * list, and its default setting means "as the baseline file says": resolution skips `apply`
 * for it, so a reform that names no levers has exactly the baseline's parameters.
 */
import type { ParameterKey } from './parameter-catalogue.js';
import { singleRouteOfRedress } from './single-route-of-redress.js';
import { whitePaper2026 } from './white-paper-2026.js';

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

// ---------------------------------------------------------------------------------------------
// The reform library (DESIGN 2.5, levers 1, 4, 6, 7, 8, 10 and 11). Most of these reforms have no
// published effect size (costs-and-effects.md §6), so each lever moves the baseline's values by a
// stated, assumed amount; the sizes are written in the mechanism and named as assumptions in the
// evidence, so a sweep or a sensitivity run can vary them honestly.

/**
 * Raise a level or share by `delta`, but never above `cap` (and never below the baseline's own
 * value, so a baseline already above the cap is left alone).
 */
function raiseCapped(params: Record<ParameterKey, number>, key: ParameterKey, delta: number, cap: number) {
  const from = params[key];
  params[key] = Math.max(from, Math.min(cap, from + delta));
}

/** Lift a share to at least `floor` (a baseline already above it is left alone). */
function atLeast(params: Record<ParameterKey, number>, key: ParameterKey, floor: number) {
  params[key] = Math.max(params[key], floor);
}

/**
 * SEN support meets more need, but never more than SEN support with early help does
 * (provision.earlyHelp), so early help keeps its meaning when several levers add to SEN support.
 */
function raiseSenSupport(params: Record<ParameterKey, number>, delta: number) {
  raiseCapped(params, 'provision.senSupport', delta, params['provision.earlyHelp']);
}

const ringfencedMainstreamFunding: LeverDefinition = {
  id: 'ringfencedMainstreamFunding',
  title: 'Ringfenced SEND funding in mainstream',
  description:
    "SEN money follows the child: mainstream schools' SEN funding is ringfenced, spent in co-production with " +
    'families and published, and schools no longer meet the first £6,000 of a child’s extra support from an ' +
    'un-ringfenced notional budget (the parent carer forums’ ask: "make sure there is enough money and spend it ' +
    'well", "align incentives for school and system leaders").',
  settings: { kind: 'choice', values: ['off', 'ringfenced'], default: 'off' },
  mechanism:
    'ringfenced: provision.senSupport rises by 0.05 on the severity scale (capped at provision.earlyHelp): money ' +
    'that reaches the child buys better SEN support. identification.schoolMeanDays is multiplied by 0.75: a school ' +
    'that no longer bears the first £6,000 unfunded notices and records need sooner. Requests for assessment ' +
    'made by schools fall by 30% (the funding incentive to seek a plan to unlock top-up money weakens) while ' +
    "families' requests are unchanged: the model draws one chance of a request and splits it between schools and " +
    'families by request.schoolShare, so request.schoolShare s becomes 0.7s ÷ (1 − 0.3s) and ' +
    'request.probabilityAtFullSeverity is multiplied by (1 − 0.3s) (cutting the share alone would only relabel ' +
    "school requests as families'). cost.senSupportSchool is multiplied by 1.15: the ringfenced money is spent " +
    'on SEN support, so schools book more of it.',
  evidence:
    'IFS (December 2024) analysis of SEND funding (via lasen.co.uk) and DfE answer to PQ 228579: the school ' +
    'meets the first £6,000 of additional SEN cost from its notional SEN budget, a threshold not uprated for ' +
    'over 10 years, an incentive to seek a plan; NNPCF presentation on the SEND review (2021, seeds): ' +
    '"schools aren\'t incentivised to be inclusive", "make sure there is enough money and spend it well"; ' +
    'NNPCF, "NNPCF work to improve accountability in the SEND system" (2021, seeds): "more transparency on how ' +
    'money is spent". No effect size exists (costs-and-effects.md §6). Assumptions: +0.05 SEN support, ×0.75 ' +
    'identification time, −30% school requests, ×1.15 school SEN spend.',
  changes: [
    'provision.senSupport',
    'identification.schoolMeanDays',
    'request.schoolShare',
    'request.probabilityAtFullSeverity',
    'cost.senSupportSchool',
  ],
  apply(params, setting) {
    if (setting !== 'ringfenced') return;
    raiseSenSupport(params, 0.05);
    params['identification.schoolMeanDays'] *= 0.75;
    const s = params['request.schoolShare'];
    const remaining = 1 - 0.3 * s;
    params['request.schoolShare'] = (0.7 * s) / remaining;
    params['request.probabilityAtFullSeverity'] *= remaining;
    params['cost.senSupportSchool'] *= 1.15;
  },
};

const minimumServiceStandards: LeverDefinition = {
  id: 'minimumServiceStandards',
  title: 'National minimum service standards',
  description:
    'National minimum standards for SEND services with time limits for delivery, enforced; optionally with ' +
    'national guidance on who pays for what across education, health and social care, so joint commissioning ' +
    'stops stalling on disputes between bodies (NNPCF accountability asks).',
  settings: { kind: 'choice', values: ['none', 'standards', 'standardsAndClarity'], default: 'none' },
  mechanism:
    'standards: la.decisionCompliance rises to at least 0.98 (decisions whether to assess within 6 weeks ' +
    'become the rule); la.draftingMeanDays is multiplied by 0.7 (a time limit on drafting, so more plans are ' +
    'issued within 20 weeks); tribunal.orderCompliance rises to at least 0.95 (orders carried out by their ' +
    'deadline). standardsAndClarity: as standards, and provision.planDeliveryProbability rises by 0.15 (capped ' +
    'at 0.98): the health and social care parts of plans stop stalling when bodies no longer dispute who pays, ' +
    'so more plans are delivered in full. A baseline value already above a floor is left as it is.',
  evidence:
    'NNPCF, "NNPCF work to improve accountability in the SEND system" (2021, seeds): a consistent national ' +
    'definition of services with minimum standards, time limits for delivery, guidance on who pays for what. ' +
    'Calibration targets (DfE, Education, health and care plans statistics): 20-week compliance about 60% in ' +
    '2015–2021, falling after. There is no evidence on the effect of standards (costs-and-effects.md §6). ' +
    'Assumptions: the 0.98 and 0.95 floors, the 0.7 factor on drafting time and +0.15 on delivery.',
  changes: [
    'la.decisionCompliance',
    'la.draftingMeanDays',
    'tribunal.orderCompliance',
    'provision.planDeliveryProbability',
  ],
  apply(params, setting) {
    if (setting !== 'standards' && setting !== 'standardsAndClarity') return;
    atLeast(params, 'la.decisionCompliance', 0.98);
    params['la.draftingMeanDays'] *= 0.7;
    atLeast(params, 'tribunal.orderCompliance', 0.95);
    if (setting === 'standardsAndClarity')
      raiseCapped(params, 'provision.planDeliveryProbability', 0.15, 0.98);
  },
};

const workforceStrategy: LeverDefinition = {
  id: 'workforceStrategy',
  title: 'SEND workforce strategy',
  description:
    'A national workforce strategy: the right people, with the right knowledge and skills: more educational ' +
    'psychologists, teachers trained to recognise and meet SEND, and trained teaching assistants delivering ' +
    'structured interventions (NNPCF; Isos 2024 recommendation 8).',
  settings: { kind: 'choice', values: ['current', 'expanded'], default: 'current' },
  mechanism:
    'expanded: ep.workforceFte rises by 400 FTE (the trainee cohort funded from 2024 once qualified), so more ' +
    'statutory assessments run at once and the wait for an educational psychologist falls; ' +
    'identification.schoolMeanDays is multiplied by 0.8 (teachers trained in SEND notice need sooner); ' +
    'provision.senSupport rises by 0.03 on the severity scale (capped at provision.earlyHelp): trained staff ' +
    'and structured interventions meet more need in school.',
  evidence:
    'DfE answer to PQ HL3745 (2024): £21m to train 400 educational psychologists from 2024 ' +
    '(costs-and-effects.md §1c); DfE, "Every child achieving and thriving" (Schools White Paper, February ' +
    '2026): £200m for teacher SEND training; EEF (2015), teaching-assistant-led structured interventions: all ' +
    'six trials positive, typically +3–4 months’ progress. Assumptions: the 0.8 factor on identification time ' +
    'and +0.03 on SEN support (beyond the +400 FTE no effect size exists).',
  changes: ['ep.workforceFte', 'identification.schoolMeanDays', 'provision.senSupport'],
  apply(params, setting) {
    if (setting !== 'expanded') return;
    params['ep.workforceFte'] += 400;
    params['identification.schoolMeanDays'] *= 0.8;
    raiseSenSupport(params, 0.03);
  },
};

const inclusiveMainstream: LeverDefinition = {
  id: 'inclusiveMainstream',
  title: 'Inclusive mainstream and place planning',
  description:
    'An inclusive mainstream offer (inclusion funding, inclusion bases and resourced provision in mainstream ' +
    'schools) with robust local planning of specialist places, so more children’s needs are met in a local ' +
    'mainstream school and those who need a special school find a state place (Isos 2024 recommendation 3; ' +
    'the 2026 White Paper’s Inclusive Mainstream Fund and capital).',
  settings: { kind: 'choice', values: ['current', 'inclusive'], default: 'current' },
  mechanism:
    'inclusive: provision.senSupport rises by 0.05 (capped at provision.earlyHelp) and ' +
    'provision.planPartlyDelivered by 0.05 (capped at provision.planDelivered): better mainstream provision ' +
    'meets more need with or without a plan. placement.specialistSeverity rises by 0.05 (capped at 0.95): ' +
    'needs that today go to special schools are met in mainstream. placement.resourcedShare is multiplied by ' +
    '1.5 (capped at 1): more inclusion bases. placement.specialSchoolPlaces is multiplied by 1.1: place ' +
    'planning adds state special places, so fewer children fall back to independent schools.',
  evidence:
    'DfE, "Every child achieving and thriving" (Schools White Paper, February 2026): £1.6bn Inclusive ' +
    'Mainstream Fund over 3 years and £3.7bn capital for inclusion bases and 60,000 specialist places over ' +
    'time; EPI (2021): the school attended explains more than half of the variation in SEN identification, ' +
    'so schools can change it. No effect sizes exist (costs-and-effects.md §6). Assumptions: +0.05 on SEN ' +
    'support, partly delivered plans and the specialist threshold; ×1.5 resourced share; ×1.1 special places.',
  changes: [
    'provision.senSupport',
    'provision.planPartlyDelivered',
    'placement.specialistSeverity',
    'placement.resourcedShare',
    'placement.specialSchoolPlaces',
  ],
  apply(params, setting) {
    if (setting !== 'inclusive') return;
    raiseSenSupport(params, 0.05);
    raiseCapped(params, 'provision.planPartlyDelivered', 0.05, params['provision.planDelivered']);
    raiseCapped(params, 'placement.specialistSeverity', 0.05, 0.95);
    params['placement.resourcedShare'] = Math.min(1, params['placement.resourcedShare'] * 1.5);
    params['placement.specialSchoolPlaces'] *= 1.1;
  },
};

const inspectionAccountability: LeverDefinition = {
  id: 'inspectionAccountability',
  title: 'Local area inspection and accountability',
  description:
    'Stronger Ofsted/CQC local area SEND inspection with consequences for failure: LAs that refuse lawful ' +
    'requests, miss statutory deadlines or ignore tribunal orders are found out and must improve (NNPCF ' +
    'accountability asks).',
  settings: { kind: 'choice', values: ['current', 'strong'], default: 'current' },
  mechanism:
    'strong: la.decisionCompliance rises to at least 0.97 (late decisions are found out); la.assessProbability ' +
    'rises by 0.05 (capped at 0.98): fewer unlawful refusals to assess; tribunal.orderCompliance rises to at ' +
    'least 0.95; redress.laConcedes is multiplied by 1.2 (capped so that redress.laConcedes plus ' +
    'redress.familyWithdraws stays at most 1): LAs concede weak cases before a hearing. A baseline value ' +
    'already above a floor is left as it is.',
  evidence:
    'Special Needs Jungle, analysis of local area SEND inspections: 59 of 116 areas inspected in 2016–21 needed a Written Statement of ' +
    'Action, about two-thirds in 2021–22; NAO (2024): systemic failings in 31% of 35 areas inspected under the ' +
    '2023 framework; NNPCF, "NNPCF working to improve accountability in the SEND system" (2020, seeds): local ' +
    'area inspections "have been a force for good". There is no causal evidence that inspection improves ' +
    'outcomes (costs-and-effects.md §6). Assumptions: every size here (the 0.97 and 0.95 floors, +0.05 on ' +
    'agreeing to assess, ×1.2 on concessions).',
  changes: [
    'la.decisionCompliance',
    'la.assessProbability',
    'tribunal.orderCompliance',
    'redress.laConcedes',
  ],
  apply(params, setting) {
    if (setting !== 'strong') return;
    atLeast(params, 'la.decisionCompliance', 0.97);
    raiseCapped(params, 'la.assessProbability', 0.05, 0.98);
    atLeast(params, 'tribunal.orderCompliance', 0.95);
    const concedes = params['redress.laConcedes'];
    params['redress.laConcedes'] = Math.max(
      concedes,
      Math.min(concedes * 1.2, 1 - params['redress.familyWithdraws']),
    );
  },
};

const independentSectorReform: LeverDefinition = {
  id: 'independentSectorReform',
  title: 'Independent sector reform',
  description:
    'A new relationship with independent special schools: a cap on fees, or independent provision run on a ' +
    'not-for-profit basis with LAs looking longer for a state place before placing independently (Isos 2024 ' +
    'recommendation 7; the NNPCF supports the end of profit from SEND provision).',
  settings: { kind: 'choice', values: ['current', 'feeCap', 'notForProfit'], default: 'current' },
  mechanism:
    'feeCap: cost.independentSpecial is multiplied by 0.85 (the same placements at lower fees). ' +
    'notForProfit: cost.independentSpecial is multiplied by 0.8 (no profit margin), and ' +
    'placement.independentFallbackDays is multiplied by 1.5 (LAs look longer for a state special place ' +
    'before placing independently, so fewer independent placements and longer waits for a place).',
  evidence:
    'Schools Week, "Soaring cost of private provision revealed as ministers plan curbs" (March 2026) and its ' +
    'earlier investigation: a place costs about £61,500 independent vs £23,900 state special; CCN/Isos ' +
    '(November 2025): independent places £60,800 rising to £72,000 by 2029; Isos for LGA and CCN (July 2024), ' +
    'recommendation 7. Assumptions: the 0.85 and 0.8 fee factors and the 1.5 factor on the fallback wait.',
  changes: ['cost.independentSpecial', 'placement.independentFallbackDays'],
  apply(params, setting) {
    if (setting === 'feeCap') {
      params['cost.independentSpecial'] *= 0.85;
    } else if (setting === 'notForProfit') {
      params['cost.independentSpecial'] *= 0.8;
      params['placement.independentFallbackDays'] *= 1.5;
    }
  },
};

const shortBreaksAndCoproduction: LeverDefinition = {
  id: 'shortBreaksAndCoproduction',
  title: 'Short breaks and co-production',
  description:
    'Sufficient short breaks (respite) for families of disabled children, and decisions about support made ' +
    'in co-production with families, so trust is kept and fewer disputes arise (Lenehan review; NNPCF: ' +
    '"coproduction not confrontation").',
  settings: { kind: 'choice', values: ['current', 'expanded'], default: 'current' },
  mechanism:
    'expanded: need.crisisProbabilityAtFullSeverity is multiplied by 0.8 (respite prevents family breakdown); ' +
    'trust.lossOnRefusal and request.distrustWeight are multiplied by 0.7 (a decision made with the family ' +
    'loses less trust, and fewer requests are sought as a legal guarantee because trust was lost); ' +
    'cost.planSocialCareProvision rises by £1,000 a year per plan at the price base (short breaks paid by ' +
    'social care; the model books this cost on plans only).',
  evidence:
    'Contact, "Counting the Costs 2021": 61% of parent carers gave up paid work to care, average family ' +
    'income loss £21,270; Lenehan, "Good intentions, good enough?" (DfE, 2017, seeds): LAs should offer ' +
    'sufficient short breaks; NNPCF (seeds): "coproduction not confrontation", families lose trust and seek ' +
    'EHCPs and tribunals. Assumptions: the 0.8 factor on crises, the 0.7 factors on trust lost and on the ' +
    'distrust weight, and £1,000 a year per plan.',
  changes: [
    'need.crisisProbabilityAtFullSeverity',
    'trust.lossOnRefusal',
    'request.distrustWeight',
    'cost.planSocialCareProvision',
  ],
  apply(params, setting) {
    if (setting !== 'expanded') return;
    params['need.crisisProbabilityAtFullSeverity'] *= 0.8;
    params['trust.lossOnRefusal'] *= 0.7;
    params['request.distrustWeight'] *= 0.7;
    params['cost.planSocialCareProvision'] += 1000;
  },
};

/** Every lever, in the order resolution applies them. */
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
];

/** The lever called `id`, or `undefined`. */
export function findLever(id: string): LeverDefinition | undefined {
  return LEVERS.find((lever) => lever.id === id);
}
