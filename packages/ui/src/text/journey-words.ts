/**
 * A child's journey in plain English, for the "same child, two systems" view: what each
 * statechart state, event, wait, appeal type and primary need means, in the words families
 * and professionals use (EHCP, SEN support, tribunal). Traces carry the model's state ids
 * (`statutory.assessing.waitingForEP`); nobody outside the code should have to read them.
 *
 * Events are typed against sim-core's list, so a new event without words is a compile error;
 * a state id without words falls back to the id itself and is flagged, so a test can see it.
 */
import type {
  AppealType,
  JourneyEventType,
  Payer,
  PrimaryNeed,
  ServiceName,
  TraceStep,
} from '@send-sim/sim-core';

/** The statechart's regions in plain English, in the order the view lists them. */
export const REGION_WORDS: Readonly<Record<string, string>> = {
  need: 'Need',
  support: 'Support',
  redress: 'Disputes',
  setting: 'Setting',
};

const STATE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  need: {
    none: 'no identified need',
    emerging: 'need emerging, not yet identified',
    unmet: 'need not met',
    met: 'need met',
    crisis: 'in crisis',
  },
  support: {
    universal: 'universal provision only',
    senSupport: 'SEN support in school',
    'earlyHelp.waiting': 'waiting for early help',
    'earlyHelp.receiving': 'receiving early help',
    'statutory.requested': 'EHC needs assessment requested',
    'statutory.refused': 'assessment refused',
    'statutory.assessing.waitingForEP': 'assessment agreed; waiting for an educational psychologist',
    'statutory.assessing.withEP': 'being assessed by an educational psychologist',
    'statutory.decidingToIssue': 'LA deciding whether to issue an EHCP',
    'statutory.notIssued': 'assessed; no EHCP issued',
    'statutory.drafting': 'EHCP being drafted',
    'statutory.plan': 'has an EHCP',
    'postPlan.starting': 'EHCP ended; next step being decided',
    'postPlan.eet': 'EHCP ended; in education, employment or training',
    'postPlan.neet': 'EHCP ended; not in education, employment or training',
    'postPlan.adultSocialCare': 'EHCP ended; receiving adult social care',
    ended: 'support ended; left the model',
  },
  redress: {
    idle: 'no dispute',
    mediation: 'in mediation',
    appealLodged: 'appeal lodged',
    'awaitingHearing.queued': 'appeal waiting for a tribunal hearing',
    'awaitingHearing.listed': 'tribunal hearing listed',
    conceded: 'LA conceded the appeal',
    withdrawn: 'appeal withdrawn',
    decided: 'tribunal decided the appeal',
  },
  setting: {
    earlyYears: 'early years setting',
    mainstream: 'mainstream school',
    resourcedProvision: 'resourced provision in a mainstream school',
    alternativeProvision: 'alternative provision',
    maintainedSpecial: 'state special school',
    independentSpecial: 'independent special school',
    outOfEducation: 'not in education',
    furtherEducation: 'further education',
    adult: 'adult, past school age',
    leftArea: 'left the area',
  },
};

/** A state in words, and whether words were found (`known: false` shows the raw id). */
export function stateWords(region: string, state: string): { text: string; known: boolean } {
  const text = STATE_WORDS[region]?.[state];
  return text === undefined ? { text: state, known: false } : { text, known: true };
}

/** What happened, in a few words; `decision` marks an LA, tribunal or family decision. */
const EVENT_WORDS: Readonly<Record<JourneyEventType, { text: string; decision?: true }>> = {
  NEED_ARISES: { text: 'A need arises' },
  NEED_ESCALATES: { text: 'Need escalates' },
  NEED_EASES: { text: 'Need eases' },
  NEED_REVIEW: { text: 'Need reviewed against support' },
  CRISIS: { text: 'Crisis' },
  CRISIS_RESOLVES: { text: 'Crisis resolves' },
  EXCLUSION: { text: 'Excluded from school' },
  SCHOOL_NOTICES: { text: 'School identifies the need' },
  PARENT_RAISES_CONCERN: { text: 'Family raises a concern' },
  EARLY_HELP_STARTS: { text: 'Early help starts' },
  EARLY_HELP_ENDS: { text: 'Early help ends' },
  REQUEST_ASSESSMENT: { text: 'Request for an EHC needs assessment', decision: true },
  DECISION_DEADLINE: { text: '6-week limit to decide whether to assess passes' },
  LA_DECIDES: { text: 'LA decides whether to assess', decision: true },
  EP_ASSESSMENT_STARTS: { text: 'Educational psychologist starts the assessment' },
  ASSESSMENT_COMPLETE: { text: 'Assessment complete' },
  ISSUE_DECISION: { text: 'LA decides whether to issue an EHCP', decision: true },
  ISSUE_DEADLINE: { text: '20-week limit to issue the EHCP passes' },
  FINAL_PLAN: { text: 'Final EHCP issued', decision: true },
  ANNUAL_REVIEW: { text: 'Annual review of the EHCP', decision: true },
  SPECIAL_PLACE_OFFERED: { text: 'State special school place offered' },
  PLACEMENT_FALLBACK: { text: 'No state special place in time: independent special school', decision: true },
  APPEAL_WINDOW_CLOSES: { text: '2-month appeal window closes' },
  APPEAL: { text: 'Family disputes the decision', decision: true },
  MEDIATION_OUTCOME: { text: 'Mediation ends', decision: true },
  APPEAL_REGISTERED: { text: 'Tribunal registers the appeal', decision: true },
  HEARING_LISTED: { text: 'Tribunal hearing listed' },
  HEARING_OUTCOME: { text: 'Tribunal decides the appeal', decision: true },
  LA_CONCEDES: { text: 'LA concedes the appeal', decision: true },
  APPEAL_WITHDRAWN: { text: 'Family withdraws the appeal', decision: true },
  ORDER_COMPLIED: { text: "LA complies with the tribunal's order", decision: true },
  BIRTHDAY: { text: 'Birthday' },
  LEAVES_AREA: { text: 'Leaves the area' },
  PATHWAY_STARTS: { text: 'Life after the EHCP begins' },
  PATHWAY_CHANGES: { text: 'Moves into or out of education, work or care' },
};

/** Decisions whose outcome shows in the support state entered: said as the outcome, not the question. */
const OUTCOME_WORDS: Partial<Record<JourneyEventType, Readonly<Record<string, string>>>> = {
  LA_DECIDES: {
    'statutory.refused': 'LA refuses to assess',
    'statutory.assessing.waitingForEP': 'LA agrees to assess',
    'statutory.assessing.withEP': 'LA agrees to assess',
  },
  ISSUE_DECISION: {
    'statutory.drafting': 'LA decides to issue an EHCP',
    'statutory.notIssued': 'LA decides not to issue an EHCP',
  },
};

const APPEAL_WORDS: Readonly<Record<AppealType, string>> = {
  refusalToAssess: 'refusal to assess',
  refusalToIssue: 'refusal to issue an EHCP',
  planContents: "the EHCP's contents",
  placement: 'the placement named',
  healthAndSocialCare: 'health and social care provision',
};

/** Services in plain words, as the object of "waited … for". */
export const SERVICE_WORDS: Readonly<Record<ServiceName, string>> = {
  educationalPsychology: 'an educational psychologist',
  earlyHelp: 'early help',
  specialSchool: 'a state special school place',
  tribunal: 'a tribunal hearing',
};

/** Primary needs as SEN2 names them. */
export const NEED_WORDS: Readonly<Record<PrimaryNeed, string>> = {
  ASD: 'autistic spectrum disorder',
  SLCN: 'speech, language and communication needs',
  SEMH: 'social, emotional and mental health',
  MLD: 'moderate learning difficulty',
  SpLD: 'specific learning difficulty',
  SLD: 'severe learning difficulty',
  PMLD: 'profound and multiple learning difficulty',
  PD: 'physical disability',
  HI: 'hearing impairment',
  VI: 'visual impairment',
  MSI: 'multi-sensory impairment',
  OTH: 'other difficulty or disability',
};

/** Payers in a few words, for costs listed inline. */
export const PAYER_SHORT_WORDS: Readonly<Record<Payer, string>> = {
  school: 'school',
  laHighNeeds: 'LA high needs',
  laOther: 'LA other',
  health: 'health',
  socialCare: "children's social care",
  adultSocialCare: 'adult social care',
  dwp: 'DWP benefits',
  hmcts: 'tribunal service',
  dfe: 'DfE capital',
  family: 'family',
};

/** A step's event in words: `Family disputes the decision (about the placement named)`, `Turns 11`. */
export function eventWords(step: TraceStep): { text: string; decision: boolean; type: string } {
  // Traces write payloads after the type: `APPEAL (placement)`, `BIRTHDAY (age 11)`.
  const match = /^([A-Z_]+)(?: \(age (\d+)\))?(?: \((\w+)\))?$/.exec(step.event);
  const type = (match?.[1] ?? step.event) as JourneyEventType;
  const words = EVENT_WORDS[type] ?? { text: step.event };
  let text = OUTCOME_WORDS[type]?.[step.to.support ?? ''] ?? words.text;
  if (match?.[2] !== undefined)
    text = type === 'BIRTHDAY' ? `Turns ${match[2]}` : `${text} (age ${match[2]})`;
  const appeal = match?.[3] as AppealType | undefined;
  if (appeal !== undefined) text += ` (about ${APPEAL_WORDS[appeal] ?? appeal})`;
  return { text, decision: words.decision === true, type };
}

/** An event type in words, for the statechart's arrows: `HEARING_LISTED` → `Tribunal hearing listed`. */
export function eventTypeWords(type: string): string {
  return EVENT_WORDS[type as JourneyEventType]?.text ?? type;
}

/** Days as weeks for waits people quote in weeks: `23 weeks`, `4 days`. */
export function waitWords(days: number): string {
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  return `${Math.round(days / 7)} weeks`;
}
