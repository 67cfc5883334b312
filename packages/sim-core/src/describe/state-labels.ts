/**
 * Every leaf state of the journey statechart in plain English, for people who know the SEND
 * system but not the code: the trainer view's statechart, its live summaries and exports.
 * Keyed by region and by the leaf's dotted path, as `journeyGraph` and the compiled journey
 * name them. A test checks every leaf of the machine has a label here, so a new state cannot
 * appear on screen as a code name.
 */

/** Plain-English label of each leaf state, by region. */
export const JOURNEY_STATE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  need: {
    none: 'No additional need',
    emerging: 'Need emerging',
    unmet: 'Need not met',
    met: 'Need met',
    crisis: 'In crisis',
  },
  support: {
    universal: 'Universal (no extra support)',
    senSupport: 'SEN support in school',
    'earlyHelp.waiting': 'Waiting for early help',
    'earlyHelp.receiving': 'Receiving early help',
    'statutory.requested': 'Assessment requested',
    'statutory.refused': 'Assessment refused',
    'statutory.assessing.waitingForEP': 'Waiting for an educational psychologist',
    'statutory.assessing.withEP': 'Being assessed by an educational psychologist',
    'statutory.decidingToIssue': 'LA deciding whether to issue a plan',
    'statutory.notIssued': 'Plan not issued',
    'statutory.drafting': 'Plan being drafted',
    'statutory.plan': 'EHC plan in force',
    'postPlan.starting': 'Plan ended, next step being decided',
    'postPlan.eet': 'After the plan, in education, employment or training',
    'postPlan.neet': 'After the plan, not in education, employment or training (NEET)',
    'postPlan.adultSocialCare': 'After the plan, receiving adult social care',
    ended: 'Left the system',
  },
  redress: {
    idle: 'No dispute',
    mediation: 'In mediation',
    appealLodged: 'Appeal lodged',
    'awaitingHearing.queued': 'Waiting for a tribunal hearing',
    'awaitingHearing.listed': 'Hearing listed',
    conceded: 'LA conceded the appeal',
    withdrawn: 'Appeal withdrawn',
    decided: 'Tribunal decided',
  },
  setting: {
    earlyYears: 'Early years',
    mainstream: 'Mainstream school',
    resourcedProvision: 'Resourced provision',
    alternativeProvision: 'Alternative provision',
    maintainedSpecial: 'State special school',
    independentSpecial: 'Independent special school',
    outOfEducation: 'Out of education',
    furtherEducation: 'Further education',
    adult: 'Adult (left school or college)',
    leftArea: 'Left the area',
  },
};

/** Plain-English label of region names. */
export const JOURNEY_REGION_LABELS: Readonly<Record<string, string>> = {
  need: 'Need',
  support: 'Support and statutory pathway',
  redress: 'Disputes and redress',
  setting: 'Setting',
};

/** The label of `leaf` in `region`; the leaf's own name when none is written (tests forbid that). */
export function stateLabel(region: string, leaf: string): string {
  return JOURNEY_STATE_LABELS[region]?.[leaf] ?? leaf;
}
