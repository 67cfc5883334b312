/**
 * The child as plain data: fixed attributes drawn once, and the journey context the
 * statechart's actions update. One object per child, mutated in place by the compiled
 * executor and copied by xstate's `assign`; both must end equal (the differential test).
 */

/** Primary type of need, as SEN2 and the school census record it. */
export const PRIMARY_NEEDS = [
  'ASD',
  'SLCN',
  'SEMH',
  'MLD',
  'SpLD',
  'SLD',
  'PMLD',
  'PD',
  'HI',
  'VI',
  'MSI',
  'OTH',
] as const;
export type PrimaryNeed = (typeof PRIMARY_NEEDS)[number];

/** What a family can appeal to the SEND Tribunal about. */
export const APPEAL_TYPES = [
  'refusalToAssess',
  'refusalToIssue',
  'planContents',
  'placement',
  'healthAndSocialCare',
] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

/** Who asked the LA for a statutory assessment. */
export type Requester = 'family' | 'school';

export type Sex = 'female' | 'male';

/**
 * Support a child receives, from ordinary teaching to an EHC plan; after a plan ends before 25
 * (and not because needs are met), the post-plan pathway the young person is on: in education,
 * employment or training, not (NEET), or receiving adult social care.
 */
/** Support levels, in the order the child table codes them. */
export const SUPPORT_LEVELS = [
  'universal',
  'senSupport',
  'earlyHelp',
  'plan',
  'postPlanEET',
  'postPlanNEET',
  'adultSocialCare',
] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** Attributes fixed when the child enters the model; identical in every scenario (common random numbers). */
export interface ChildAttributes {
  /** Stable id: the same child has the same id, and the same attributes, in every scenario. */
  readonly id: number;
  /** Day of birth relative to the run's start date (negative for children already born). */
  readonly birthDay: number;
  readonly sex: Sex;
  readonly primaryNeed: PrimaryNeed;
  /** Eligible for free school meals: the deprivation marker the statistics use. */
  readonly deprived: boolean;
  /** Family capacity to navigate the system (time, money, knowledge), 0–1. */
  readonly advocacy: number;
}

/** Everything the journey statechart reads and writes for one child. */
export interface JourneyContext extends ChildAttributes {
  /** Severity of need, 0–1; rises while unmet, eases while met. */
  severity: number;
  /** Family trust in the system, 0–1; falls with refusals and crises. */
  trust: number;
  /** The level of support the child now receives; with the setting it fixes what need is met. */
  supportLevel: SupportLevel;
  /** Placed in a specialist setting (state or independent special school). */
  specialistSetting: boolean;
  /** Whether the plan's provision is currently delivered in full. */
  planDelivered: boolean;
  /** Whether the plan names (or the family seeks) a specialist setting. */
  seeksSpecialist: boolean;
  /**
   * Left education at 16 or later while holding a plan (not in education, employment or
   * training, or educated elsewhere). The setting region sets it; the support region reads it,
   * because from 18 an LA may cease a plan only for a young person no longer in education.
   */
  outOfEducation: boolean;
  /** Who made the current or last request. */
  requestedBy: Requester | 'none';
  requests: number;
  refusals: number;
  /** Day the current request reached the LA, or -1. */
  requestedOn: number;
  /** Day the current plan was issued, or -1. */
  planIssuedOn: number;
  /** The 6-week decision or 20-week issue deadline passed before the LA acted. */
  lateDecision: boolean;
  lateIssue: boolean;
  /** The appeal now open, or 'none'. */
  appealType: AppealType | 'none';
  appeals: number;
  mediations: number;
  crises: number;
  exclusions: number;
}

/**
 * A fresh context for a child whose attributes are known. Every context is built by this
 * one literal, field by field, so all children share one object shape and the hot loop's
 * property reads stay monomorphic (an object spread here costs ~10× and varies the shape).
 */
export function createJourneyContext(
  attributes: ChildAttributes,
  severity: number,
  trust: number,
): JourneyContext {
  return {
    id: attributes.id,
    birthDay: attributes.birthDay,
    sex: attributes.sex,
    primaryNeed: attributes.primaryNeed,
    deprived: attributes.deprived,
    advocacy: attributes.advocacy,
    severity,
    trust,
    supportLevel: 'universal',
    specialistSetting: false,
    planDelivered: false,
    seeksSpecialist: false,
    outOfEducation: false,
    requestedBy: 'none',
    requests: 0,
    refusals: 0,
    requestedOn: -1,
    planIssuedOn: -1,
    lateDecision: false,
    lateIssue: false,
    appealType: 'none',
    appeals: 0,
    mediations: 0,
    crises: 0,
    exclusions: 0,
  };
}

/**
 * Set every field of `context` as `createJourneyContext(a, severity, trust)` would, so one
 * object can carry child after child into the engine's table without allocating (a test holds
 * the two to the same fields and values).
 */
export function resetJourneyContext(
  context: JourneyContext,
  a: ChildAttributes,
  severity: number,
  trust: number,
): void {
  const c = context as { -readonly [K in keyof JourneyContext]: JourneyContext[K] };
  c.id = a.id;
  c.birthDay = a.birthDay;
  c.sex = a.sex;
  c.primaryNeed = a.primaryNeed;
  c.deprived = a.deprived;
  c.advocacy = a.advocacy;
  c.severity = severity;
  c.trust = trust;
  c.supportLevel = 'universal';
  c.specialistSetting = false;
  c.planDelivered = false;
  c.seeksSpecialist = false;
  c.outOfEducation = false;
  c.requestedBy = 'none';
  c.requests = 0;
  c.refusals = 0;
  c.requestedOn = -1;
  c.planIssuedOn = -1;
  c.lateDecision = false;
  c.lateIssue = false;
  c.appealType = 'none';
  c.appeals = 0;
  c.mediations = 0;
  c.crises = 0;
  c.exclusions = 0;
}

/** A plain copy of every field of `c` (a view over the engine's table, or an object). */
export function copyJourneyContext(c: JourneyContext): JourneyContext {
  return {
    id: c.id,
    birthDay: c.birthDay,
    sex: c.sex,
    primaryNeed: c.primaryNeed,
    deprived: c.deprived,
    advocacy: c.advocacy,
    severity: c.severity,
    trust: c.trust,
    supportLevel: c.supportLevel,
    specialistSetting: c.specialistSetting,
    planDelivered: c.planDelivered,
    seeksSpecialist: c.seeksSpecialist,
    outOfEducation: c.outOfEducation,
    requestedBy: c.requestedBy,
    requests: c.requests,
    refusals: c.refusals,
    requestedOn: c.requestedOn,
    planIssuedOn: c.planIssuedOn,
    lateDecision: c.lateDecision,
    lateIssue: c.lateIssue,
    appealType: c.appealType,
    appeals: c.appeals,
    mediations: c.mediations,
    crises: c.crises,
    exclusions: c.exclusions,
  };
}
