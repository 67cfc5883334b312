/**
 * The model's behavioural rules as small pure functions of (context, event, parameters):
 * what need a level of support meets, how likely a family is to ask for an assessment or
 * to appeal, how likely the LA is to agree. Guards and updates are built from these, so
 * each mechanism is written once and read in one place.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { exp, log } from '../foundation/portable-math.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';
import { appealsLeftAfterCoproduction } from './coproduction.js';
import { effectiveAdvocacy } from './effective-advocacy.js';
import { type AppealType, type JourneyContext, PRIMARY_NEEDS, type PrimaryNeed } from './journey-context.js';

/** Age in whole years on `day`. */
export function ageOn(context: JourneyContext, day: number): number {
  return Math.floor((day - context.birthDay) / DAYS_PER_YEAR);
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A need after one escalation: it closes a share need.escalationStep of its gap to the most severe. */
export function escalatedSeverity(severity: number, p: Params): number {
  return clamp01(severity + p['need.escalationStep'] * (1 - severity));
}

/** A need after one easing: need.easingStep less severe. */
export function easedSeverity(severity: number, p: Params): number {
  return clamp01(severity - p['need.easingStep']);
}

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

export function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return log(q / (1 - q));
}

/**
 * The parameter that scales SEN support's provision for each need that can arise mild; the
 * complex needs, which arise at a specialist level, take provision.senSupport as it is.
 */
const SEN_SUPPORT_BY_NEED: Readonly<Partial<Record<PrimaryNeed, ParameterKey>>> = {
  ASD: 'provision.senSupportByNeed.ASD',
  SLCN: 'provision.senSupportByNeed.SLCN',
  SEMH: 'provision.senSupportByNeed.SEMH',
  MLD: 'provision.senSupportByNeed.MLD',
  SpLD: 'provision.senSupportByNeed.SpLD',
  OTH: 'provision.senSupportByNeed.OTH',
};

/**
 * Need that SEN support in school meets for a need of this kind: universal provision plus the
 * need's own multiple of what SEN support adds to it. Plans follow some needs far more often than others (autism is 31.5% of
 * plans, SEN2 2025, and 11.7% of pupils with SEN, January 2020; a specific learning difficulty
 * 2.3% and 12.5%), and in the model a plan follows a need SEN support does not meet: it escalates
 * and brings a request, while a met need eases. So the multipliers say how well the support a
 * mainstream school gives without a plan fits each kind of need, estimated so that plans keep
 * SEN2's mix (scenarios/baseline.json says how; `sendsim calibrate` checks it).
 */
export function senSupportProvision(need: PrimaryNeed, p: Params): number {
  const universal = p['provision.universal'];
  return universal + (p['provision.senSupport'] - universal) * senSupportFit(need, p);
}

/** How well SEN support fits a need of this kind (1 for the complex needs). */
function senSupportFit(need: PrimaryNeed, p: Params): number {
  const key = SEN_SUPPORT_BY_NEED[need];
  return key === undefined ? 1 : p[key];
}

/** The need whose escalations bring a request most often: the one SEN support fits least (a complex need if none fits worse). */
export function needMostLikelyToAsk(p: Params): PrimaryNeed {
  let most: PrimaryNeed = 'SLD';
  for (const need of PRIMARY_NEEDS) if (senSupportFit(need, p) < senSupportFit(most, p)) most = need;
  return most;
}

/** Need the child's support and setting can meet, on the severity scale. */
export function provisionOf(context: JourneyContext, p: Params): number {
  let level: number;
  switch (context.supportLevel) {
    case 'universal':
      level = p['provision.universal'];
      break;
    case 'senSupport':
      level = senSupportProvision(context.primaryNeed, p);
      break;
    case 'earlyHelp':
      level = p['provision.earlyHelp'];
      break;
    case 'plan':
      level = context.planDelivered ? p['provision.planDelivered'] : p['provision.planPartlyDelivered'];
      break;
    case 'postPlanEET':
      level = p['provision.postPlanEET'];
      break;
    case 'postPlanNEET':
      level = p['provision.postPlanNEET'];
      break;
    case 'adultSocialCare':
      level = p['provision.adultSocialCare'];
      break;
  }
  return context.specialistSetting ? level + p['provision.specialistSettingBonus'] : level;
}

/**
 * Chance that one escalation leads the family or school to request an assessment: 1 ÷ SEN
 * support's fit of the need times as likely (`senSupportProvision` says why).
 */
export function requestProbability(context: JourneyContext, p: Params): number {
  const advocacy = 1 + p['request.advocacyWeight'] * (effectiveAdvocacy(context.advocacy, p) - 0.5);
  const distrust = 1 + p['request.distrustWeight'] * (0.5 - context.trust);
  const base =
    (p['request.probabilityAtFullSeverity'] * context.severity * context.severity) /
    senSupportFit(context.primaryNeed, p);
  return clamp01(base * Math.max(0, advocacy) * Math.max(0, distrust));
}

/**
 * Chance that a need noticed before school age goes straight to a request for assessment:
 * health services must tell the LA of a child under compulsory school age who probably has SEN
 * (Children and Families Act 2014, s.23), so complex needs found early reach the LA without
 * first escalating through SEN support. Rises with severity squared, like other requests.
 */
export function earlyYearsRequestProbability(context: JourneyContext, p: Params): number {
  return clamp01(p['request.earlyYearsAtFullSeverity'] * context.severity * context.severity);
}

/** Chance that the LA agrees to assess: higher for more severe need. */
export function assessProbability(context: JourneyContext, p: Params): number {
  return logistic(logit(p['la.assessProbability']) + p['la.assessSeverityWeight'] * (context.severity - 0.5));
}

/**
 * Chance that a family appeals a decision of this type: families with more advocacy (after
 * independent advice, `effectiveAdvocacy`) appeal more; a co-produced decision draws fewer appeals.
 */
export function appealProbability(context: JourneyContext, appealType: AppealType, p: Params): number {
  const base = p[`redress.appealProbability.${appealType}`];
  const advocacy = Math.max(
    0,
    1 + p['redress.advocacyWeight'] * (effectiveAdvocacy(context.advocacy, p) - 0.5),
  );
  return clamp01(base * advocacy * appealsLeftAfterCoproduction(p));
}

/**
 * A family's own draw for its school preference, in [0, 1): a fixed integer hash of the child's
 * id (constants unlike `localAreaOf`'s), so it takes no random draw, shifts no stream, and the
 * same families hold the same preference in every scenario (common random numbers).
 */
export function preferenceDraw(id: number): number {
  let h = Math.imul(id ^ (id >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/**
 * Whether the family, if its child's need calls for a specialist setting, would choose an
 * independent special school over the state special school the LA seeks (parental preference:
 * Children and Families Act 2014 s.38–39; the school a family asks for is named unless it is
 * unsuitable or an inefficient use of resources).
 */
export function prefersIndependentSchool(context: JourneyContext, p: Params): boolean {
  return preferenceDraw(context.id) < p['placement.independentPreferenceShare'];
}

/**
 * The LA names the family's preferred independent school in the plan at once, rather than
 * seeking a state special place: the top band of the setting draw, kept clear of the
 * cheaper-placement band at its bottom (which wins where the two would meet).
 */
export function laNamesIndependentPreference(context: JourneyContext, uSetting: number, p: Params): boolean {
  return (
    context.severity >= p['placement.specialistSeverity'] &&
    prefersIndependentSchool(context, p) &&
    uSetting >= 1 - p['la.namesIndependentPreference'] &&
    uSetting >= p['la.cheaperPlacementShare']
  );
}

/**
 * The family seeks a different setting from the one the plan names, so may appeal the placement:
 * a need just below the specialist threshold, where the LA names a mainstream school and the
 * family seeks a special one; a need above it for which the LA names a cheaper placement (the
 * setting draw's lowest band), whatever school the family prefers; or a family preferring an
 * independent school that the LA does not name (it seeks a state special place instead).
 */
export function placementContested(context: JourneyContext, uSetting: number, p: Params): boolean {
  const threshold = p['placement.specialistSeverity'];
  if (context.severity < threshold) return context.severity >= threshold - 0.1;
  if (uSetting < p['la.cheaperPlacementShare']) return true;
  return prefersIndependentSchool(context, p) && !laNamesIndependentPreference(context, uSetting, p);
}

/**
 * Whether a plan holder's need is near enough a specialist setting's for the move to secondary
 * school to reopen where they are taught: within placement.secondaryMoveWindow of
 * placement.specialistSeverity, a window as much wider as SEN support fits the need less well
 * (1 ÷ provision.senSupportByNeed.<need>). A mainstream secondary school (larger, with a change of
 * room and teacher every lesson) suits the needs a mainstream classroom meets poorly less well
 * still, so families of autistic children more often seek a special school at transfer; without
 * this the model's autistic plan holders, who reach a plan at lower severity, would stay in
 * mainstream at secondary age and special schools would hold as many primary pupils as secondary.
 */
export function nearSpecialistAtSecondary(context: JourneyContext, p: Params): boolean {
  const window = p['placement.secondaryMoveWindow'] / senSupportFit(context.primaryNeed, p);
  return context.severity >= p['placement.specialistSeverity'] - window;
}

/**
 * An annual review of a plan held outside a specialist setting finds the need now calls for one
 * (a placement breakdown), unless a specialist place is already being sought.
 */
export function reviewCallsForSpecialist(context: JourneyContext, p: Params): boolean {
  return (
    context.supportLevel === 'plan' &&
    !context.specialistSetting &&
    !context.seeksSpecialist &&
    context.severity >= p['placement.specialistSeverity']
  );
}

/** Chance an escalation at this severity is a crisis, or an exclusion: both rise with severity squared. */
export function crisisProbability(context: JourneyContext, p: Params): number {
  return p['need.crisisProbabilityAtFullSeverity'] * context.severity * context.severity;
}

/**
 * Chance an escalation in mainstream or resourced provision is a permanent exclusion, rising with
 * severity squared; for a pupil with an EHC plan times need.exclusionPlanMultiplier, and where the
 * primary need is SEMH times need.exclusionSemhMultiplier: at the same severity, an escalation of
 * social, emotional and mental health need is more often behaviour a school excludes for
 * (persistent disruptive behaviour is the most common reason given, DfE).
 */
export function exclusionProbability(context: JourneyContext, p: Params): number {
  const plan = context.supportLevel === 'plan' ? p['need.exclusionPlanMultiplier'] : 1;
  const semh = context.primaryNeed === 'SEMH' ? p['need.exclusionSemhMultiplier'] : 1;
  return (
    Math.min(1, p['need.exclusionProbabilityAtFullSeverity'] * plan * semh) *
    context.severity *
    context.severity
  );
}

/**
 * Chance an escalation in school is a suspension (a fixed-period exclusion), rising with severity
 * squared as exclusion does; for a pupil with an EHC plan times need.suspensionPlanMultiplier, and
 * where the primary need is SEMH times need.suspensionSemhMultiplier (as for exclusion).
 * It takes the band of the setting draw just above exclusion's (`suspensionOccurs`), so it is at
 * most what exclusion leaves of the draw, and adding suspensions moves no permanent exclusion.
 */
export function suspensionProbability(context: JourneyContext, p: Params): number {
  const plan = context.supportLevel === 'plan' ? p['need.suspensionPlanMultiplier'] : 1;
  const semh = context.primaryNeed === 'SEMH' ? p['need.suspensionSemhMultiplier'] : 1;
  const chance =
    p['need.suspensionProbabilityAtFullSeverity'] * plan * semh * context.severity * context.severity;
  return Math.min(chance, 1 - exclusionProbability(context, p));
}

/**
 * Rate per year at which a young person leaves their post-plan pathway: EET to NEET; NEET to
 * EET or into adult social care. Adult social care is long-term support: no exit before 25.
 */
export function pathwayExitRatePerYear(context: JourneyContext, p: Params): number {
  switch (context.supportLevel) {
    case 'postPlanEET':
      return p['postPlan.eetToNeetPerYear'];
    case 'postPlanNEET':
      return p['postPlan.neetToEetPerYear'] + p['postPlan.neetToAdultSocialCarePerYear'];
    default:
      return 0;
  }
}
