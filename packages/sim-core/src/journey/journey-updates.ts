/**
 * Named context updates of the journey statechart: each writes the fields that change, in
 * place. The compiled executor calls them on the child's own row; xstate, which keeps
 * contexts immutable, calls them on a copy inside `assign` (journey-machine.ts). Neither may
 * read anything but (context, event, parameters), and no update reads a field another line of
 * the same update has written, so in place and copied give the same context.
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import { trustLossOnRefusal } from './coproduction.js';
import type { JourneyContext } from './journey-context.js';
import type { JourneyEvent } from './journey-events.js';
import {
  ageOn,
  clamp01,
  easedSeverity,
  escalatedSeverity,
  prefersIndependentSchool,
} from './journey-rules.js';
import { onsetSeverity } from './primary-need.js';

export type JourneyUpdate = (context: JourneyContext, event: JourneyEvent, p: Params) => void;

export const JOURNEY_UPDATES = {
  // need
  // The primary need and the age it arises at set how severe it starts (primary-need.ts).
  setOnsetSeverity: (c, e, p) => {
    c.severity = onsetSeverity(c.primaryNeed, ageOn(c, e.day), p, e.uNeed);
  },
  escalate: (c, _e, p) => {
    c.severity = escalatedSeverity(c.severity, p);
  },
  ease: (c, _e, p) => {
    c.severity = easedSeverity(c.severity, p);
  },
  noteCrisis: (c, _e, p) => {
    c.crises = c.crises + 1;
    c.trust = clamp01(c.trust - p['trust.lossOnCrisis']);
  },
  noteExclusion: (c) => {
    c.exclusions = c.exclusions + 1;
  },
  // A suspension sends the child home for a few days; the family trusts the school and the system less.
  noteSuspension: (c, _e, p) => {
    c.trust = clamp01(c.trust - p['trust.lossOnSuspension']);
  },
  gainTrust: (c, _e, p) => {
    c.trust = clamp01(c.trust + p['trust.gainWhenMet']);
  },

  // support level
  provideUniversal: (c) => {
    c.supportLevel = 'universal';
  },
  provideSenSupport: (c) => {
    c.supportLevel = 'senSupport';
  },
  provideEarlyHelp: (c) => {
    c.supportLevel = 'earlyHelp';
  },
  earlyHelpEnds: (c, _e, p) => {
    c.supportLevel = 'senSupport';
    c.severity = clamp01(c.severity - p['earlyHelp.lastingEffect']);
  },

  // statutory assessment and plans
  noteRequest: (c, e) => {
    c.requests = c.requests + 1;
    c.requestedOn = e.day;
    c.requestedBy = e.by ?? 'family';
    c.lateDecision = false;
    c.lateIssue = false;
  },
  noteLateDecision: (c) => {
    c.lateDecision = true;
  },
  noteLateIssue: (c) => {
    c.lateIssue = true;
  },
  noteRefusal: (c, _e, p) => {
    c.refusals = c.refusals + 1;
    c.trust = clamp01(c.trust - trustLossOnRefusal(p));
    c.supportLevel = c.supportLevel === 'universal' ? 'universal' : 'senSupport';
  },
  issuePlan: (c, e, p) => {
    c.supportLevel = 'plan';
    c.planIssuedOn = e.day;
    c.planDelivered = e.uSupport < p['provision.planDeliveryProbability'];
  },
  reviewDelivery: (c, e, p) => {
    c.planDelivered = e.uSupport < p['provision.planDeliveryProbability'];
  },
  deliverPlan: (c) => {
    c.planDelivered = true;
  },
  endPlan: (c) => {
    c.supportLevel = 'senSupport';
    c.planDelivered = false;
    c.seeksSpecialist = false;
  },

  // after the plan: the pathway a young person is on fixes the need it meets and who pays
  startEducationOrWork: (c) => {
    c.supportLevel = 'postPlanEET';
  },
  becomeNeet: (c) => {
    c.supportLevel = 'postPlanNEET';
  },
  startAdultSocialCare: (c) => {
    c.supportLevel = 'adultSocialCare';
  },

  // setting
  seekSpecialist: (c) => {
    c.seeksSpecialist = true;
  },
  placeSpecialist: (c) => {
    c.specialistSetting = true;
    c.seeksSpecialist = false;
  },
  // The LA's choice is not the school the family asked for: trust falls as for a refusal.
  notePlaceAgainstPreference: (c, _e, p) => {
    if (prefersIndependentSchool(c, p)) c.trust = clamp01(c.trust - trustLossOnRefusal(p));
  },
  placeNonSpecialist: (c) => {
    c.specialistSetting = false;
  },
  leaveEducation: (c) => {
    c.outOfEducation = true;
  },

  // redress
  openDispute: (c, e) => {
    c.appealType = e.appealType ?? 'planContents';
  },
  noteMediation: (c) => {
    c.mediations = c.mediations + 1;
  },
  registerAppeal: (c) => {
    c.appeals = c.appeals + 1;
  },
  closeDispute: (c) => {
    c.appealType = 'none';
  },
} satisfies Record<string, JourneyUpdate>;

export type JourneyUpdateName = keyof typeof JOURNEY_UPDATES;
