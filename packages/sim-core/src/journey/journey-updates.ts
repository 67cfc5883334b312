/**
 * Named context updates of the journey statechart: pure functions returning the fields
 * that change. xstate applies them through `assign`; the compiled executor writes the same
 * fields in place. Neither may read anything but (context, event, parameters).
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import type { JourneyContext } from './journey-context.js';
import type { JourneyEvent } from './journey-events.js';
import { ageOn, clamp01 } from './journey-rules.js';

export type JourneyUpdate = (
  context: JourneyContext,
  event: JourneyEvent,
  p: Params,
) => Partial<JourneyContext>;

export const JOURNEY_UPDATES = {
  // need
  // Needs noticed before school age are more often complex, so they have their own mean.
  setOnsetSeverity: (c, e, p) => ({
    severity: clamp01(
      p[ageOn(c, e.day) < 5 ? 'need.earlyOnsetSeverityMean' : 'need.onsetSeverityMean'] +
        p['need.onsetSeveritySpread'] * (e.uNeed - 0.5),
    ),
  }),
  escalate: (c, _e, p) => ({ severity: clamp01(c.severity + p['need.escalationStep'] * (1 - c.severity)) }),
  ease: (c, _e, p) => ({ severity: clamp01(c.severity - p['need.easingStep']) }),
  noteCrisis: (c, _e, p) => ({ crises: c.crises + 1, trust: clamp01(c.trust - p['trust.lossOnCrisis']) }),
  noteExclusion: (c) => ({ exclusions: c.exclusions + 1 }),
  gainTrust: (c, _e, p) => ({ trust: clamp01(c.trust + p['trust.gainWhenMet']) }),

  // support level
  provideUniversal: () => ({ supportLevel: 'universal' }),
  provideSenSupport: () => ({ supportLevel: 'senSupport' }),
  provideEarlyHelp: () => ({ supportLevel: 'earlyHelp' }),
  earlyHelpEnds: (c, _e, p) => ({
    supportLevel: 'senSupport',
    severity: clamp01(c.severity - p['earlyHelp.lastingEffect']),
  }),

  // statutory assessment and plans
  noteRequest: (c, e) => ({
    requests: c.requests + 1,
    requestedOn: e.day,
    requestedBy: e.by ?? 'family',
    lateDecision: false,
    lateIssue: false,
  }),
  noteLateDecision: () => ({ lateDecision: true }),
  noteLateIssue: () => ({ lateIssue: true }),
  noteRefusal: (c, _e, p) => ({
    refusals: c.refusals + 1,
    trust: clamp01(c.trust - p['trust.lossOnRefusal']),
    supportLevel: c.supportLevel === 'universal' ? 'universal' : 'senSupport',
  }),
  issuePlan: (_c, e, p) => ({
    supportLevel: 'plan',
    planIssuedOn: e.day,
    planDelivered: e.uSupport < p['provision.planDeliveryProbability'],
  }),
  reviewDelivery: (_c, e, p) => ({ planDelivered: e.uSupport < p['provision.planDeliveryProbability'] }),
  deliverPlan: () => ({ planDelivered: true }),
  endPlan: () => ({ supportLevel: 'senSupport', planDelivered: false, seeksSpecialist: false }),

  // setting
  seekSpecialist: () => ({ seeksSpecialist: true }),
  placeSpecialist: () => ({ specialistSetting: true, seeksSpecialist: false }),
  placeNonSpecialist: () => ({ specialistSetting: false }),

  // redress
  openDispute: (_c, e) => ({ appealType: e.appealType ?? 'planContents' }),
  noteMediation: (c) => ({ mediations: c.mediations + 1 }),
  registerAppeal: (c) => ({ appeals: c.appeals + 1 }),
  closeDispute: () => ({ appealType: 'none' }),
} satisfies Record<string, JourneyUpdate>;

export type JourneyUpdateName = keyof typeof JOURNEY_UPDATES;
