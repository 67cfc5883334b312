/**
 * The events that move a child through the system, and the effects the journey
 * statechart asks the engine to carry out. Effects are data (xstate's pure `transition()`
 * returns them, and so does the compiled executor), so the engine alone touches the clock,
 * the queues and the ledger.
 */
import { APPEAL_TYPES, type AppealType, type Requester } from './journey-context.js';

/** Every event the journey statechart understands (DESIGN 2.2). */
export const JOURNEY_EVENT_TYPES = [
  'NEED_ARISES',
  'NEED_ESCALATES',
  'NEED_EASES',
  'NEED_REVIEW',
  'CRISIS',
  'CRISIS_RESOLVES',
  'EXCLUSION',
  'SCHOOL_NOTICES',
  'PARENT_RAISES_CONCERN',
  'EARLY_HELP_STARTS',
  'EARLY_HELP_ENDS',
  'REQUEST_ASSESSMENT',
  'DECISION_DEADLINE',
  'LA_DECIDES',
  'EP_ASSESSMENT_STARTS',
  'ASSESSMENT_COMPLETE',
  'ISSUE_DECISION',
  'ISSUE_DEADLINE',
  'FINAL_PLAN',
  'ANNUAL_REVIEW',
  'SPECIAL_PLACE_OFFERED',
  'PLACEMENT_FALLBACK',
  'APPEAL_WINDOW_CLOSES',
  'APPEAL',
  'MEDIATION_OUTCOME',
  'APPEAL_REGISTERED',
  'HEARING_LISTED',
  'HEARING_OUTCOME',
  'LA_CONCEDES',
  'APPEAL_WITHDRAWN',
  'ORDER_COMPLIED',
  'BIRTHDAY',
  'LEAVES_AREA',
  'PATHWAY_STARTS',
  'PATHWAY_CHANGES',
] as const;
export type JourneyEventType = (typeof JOURNEY_EVENT_TYPES)[number];

const EVENT_CODES = new Map<string, number>(JOURNEY_EVENT_TYPES.map((type, i) => [type, i]));

/** An event type's index in `JOURNEY_EVENT_TYPES`: how the engine and the compiled tables name it. */
export function eventCode(type: string): number {
  const code = EVENT_CODES.get(type);
  if (code === undefined) throw new Error(`Unknown journey event '${type}'`);
  return code;
}

/** Optional payload some events carry; fixed when the event is scheduled. */
export interface JourneyEventPayload {
  /** BIRTHDAY: the age reached. */
  readonly age?: number;
  /** REQUEST_ASSESSMENT: who asked. */
  readonly by?: Requester;
  /** APPEAL: what the appeal is about. */
  readonly appealType?: AppealType;
}

const REQUESTERS = ['family', 'school'] as const;

/**
 * A payload as one small whole number, for the engine's event store: the age for BIRTHDAY,
 * otherwise 0 for none or 1 + the index of `by` (REQUEST_ASSESSMENT) or `appealType` (APPEAL).
 * A payload field on any other event is an error, so nothing a statechart schedules is lost.
 */
export function payloadCode(type: JourneyEventType, payload: JourneyEventPayload | undefined): number {
  if (payload === undefined) return 0;
  const fields = Object.keys(payload);
  const expected =
    type === 'BIRTHDAY'
      ? 'age'
      : type === 'REQUEST_ASSESSMENT'
        ? 'by'
        : type === 'APPEAL'
          ? 'appealType'
          : '';
  if (fields.some((f) => f !== expected)) {
    throw new Error(`A ${type} event cannot carry ${fields.join(', ')}`);
  }
  if (payload.age !== undefined) return payload.age;
  if (payload.by !== undefined) return 1 + REQUESTERS.indexOf(payload.by);
  if (payload.appealType !== undefined) return 1 + APPEAL_TYPES.indexOf(payload.appealType);
  return 0;
}

/** Write the payload `code` of an event of `type` into `event` (every payload field set, absent ones undefined). */
export function decodePayload(
  type: JourneyEventType,
  code: number,
  event: { age: number | undefined; by: Requester | undefined; appealType: AppealType | undefined },
): void {
  event.age = type === 'BIRTHDAY' ? code : undefined;
  event.by = type === 'REQUEST_ASSESSMENT' && code > 0 ? REQUESTERS[code - 1] : undefined;
  event.appealType = type === 'APPEAL' && code > 0 ? APPEAL_TYPES[code - 1] : undefined;
}

/**
 * One event delivered to one child. `day` is the simulated day it happens. Each region of
 * the statechart owns one uniform draw, so decisions in different regions are independent
 * while every guard that asks the same question of the same event gets the same answer
 * (the hearing outcome seen by the redress, support and setting regions, for example).
 */
export interface JourneyEvent extends JourneyEventPayload {
  readonly type: JourneyEventType;
  readonly day: number;
  readonly uNeed: number;
  readonly uSupport: number;
  readonly uRedress: number;
  readonly uSetting: number;
}

/**
 * Named one-shot timers: scheduling a timer replaces any pending event of the same timer. The
 * two rescheduled most often come first: the engine gives them the widest generation counters.
 */
export const TIMERS = [
  'needChange',
  'needReview',
  'crisis',
  'exclusion',
  'identification',
  'parentConcern',
  'earlyHelpEnd',
  'request',
  'decision',
  'decisionDeadline',
  'assessment',
  'issueDeadline',
  'drafting',
  'annualReview',
  'appealWindow',
  'placementFallback',
  'appeal',
  'mediation',
  'registration',
  'laResponse',
  'hearing',
  'order',
  'pathway',
] as const;
export type TimerName = (typeof TIMERS)[number];

/** Capacity-limited services with queues; waiting time emerges from their capacity. */
export const SERVICES = ['educationalPsychology', 'earlyHelp', 'specialSchool', 'tribunal'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The event a service sends a child when a slot becomes theirs. */
export const SERVICE_START_EVENT: Readonly<Record<ServiceName, JourneyEventType>> = {
  educationalPsychology: 'EP_ASSESSMENT_STARTS',
  earlyHelp: 'EARLY_HELP_STARTS',
  specialSchool: 'SPECIAL_PLACE_OFFERED',
  tribunal: 'HEARING_LISTED',
};

/** Named delay distributions the engine samples when it schedules a timer (see `journey-delays.ts`). */
export const DELAYS = [
  'now',
  'identificationBySchool',
  'concernByParent',
  'escalation',
  'easing',
  'crisisEpisode',
  'earlyHelpEpisode',
  'requestPreparation',
  'laDecision',
  'sixWeeks',
  'twentyWeeks',
  'epAssessment',
  'issueDecision',
  'drafting',
  'annualReview',
  'appealWindow',
  'appealPreparation',
  'mediation',
  'laResponse',
  'hearing',
  'orderCompliance',
  'placementFallback',
  'pathwayChange',
] as const;
export type DelayName = (typeof DELAYS)[number];

/** One-off costs booked when something happens (running costs follow from state). */
export const ONE_OFF_COSTS = [
  'assessmentCasework',
  'epAssessment',
  'earlyHelpEpisode',
  'crisis',
  'mediation',
  'appealLodged',
  'appealWithoutHearing',
  'appealHearing',
  'suspension',
] as const;
export type OneOffCost = (typeof ONE_OFF_COSTS)[number];

/** What the statechart asks the engine to do; returned as data, never executed by the machine. */
export type JourneyEffect =
  | {
      readonly type: 'schedule';
      readonly params: {
        readonly timer: TimerName;
        readonly event: JourneyEventType;
        readonly delay: DelayName;
        readonly payload?: JourneyEventPayload;
      };
    }
  | { readonly type: 'cancel'; readonly params: { readonly timer: TimerName } }
  | { readonly type: 'joinQueue'; readonly params: { readonly service: ServiceName } }
  | { readonly type: 'leaveService'; readonly params: { readonly service: ServiceName } }
  | { readonly type: 'book'; readonly params: { readonly cost: OneOffCost } };

export type JourneyEffectType = JourneyEffect['type'];
