/**
 * The journey statechart: one child and family moving through England's SEND system,
 * written once with xstate v5 `setup()`. Four parallel regions (DESIGN 2.2):
 *
 * - need: none → emerging → met / unmet → crisis; unmet need escalates, met need eases.
 * - support: universal → SEN support → early help (waiting / receiving) → statutory
 *   (requested → withdrawn to SEN support | refused | assessing → deciding to issue → not issued |
 *   drafting → plan) → ended;
 *   a plan that ends before 25 (at its upper age, or on leaving education) leads to a post-plan
 *   pathway (in education, employment or training; NEET; adult social care) until 25.
 * - redress: idle → mediation → appeal lodged → awaiting hearing → conceded / withdrawn / decided.
 * - setting: early years, mainstream, resourced provision, state or independent special,
 *   alternative provision, out of education, further education, adult; or left the area.
 *
 * Guards and context updates come from `journey-guards.ts` and `journey-updates.ts`; effects
 * (timers, queues, one-off costs) are data the engine carries out. Statutory clocks are
 * timers (`DECISION_DEADLINE`, `ISSUE_DEADLINE`, `ANNUAL_REVIEW`, `APPEAL_WINDOW_CLOSES`,
 * `ORDER_COMPLIED`); how often the LA meets them is a parameter of the delays, not of this file.
 *
 * The machine uses only what the compiled executor supports (see `compile-journey.ts`):
 * event transitions with named guards and actions, no entry/exit actions, no `always`,
 * `after`, `invoke` or history. The compiler rejects anything else.
 *
 * Long by design: the statechart is one definition and reads best whole.
 */
import { assign, setup } from 'xstate';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { JourneyContext } from './journey-context.js';
import { book, cancel, joinQueue, leaveService, reviewNeed, schedule } from './journey-effects.js';
import type { JourneyEffect, JourneyEvent } from './journey-events.js';
import { JOURNEY_GUARDS, type JourneyGuardName } from './journey-guards.js';
import { JOURNEY_UPDATES, type JourneyUpdateName } from './journey-updates.js';

const escalationTimer = schedule('needChange', 'NEED_ESCALATES', 'escalation');
const easingTimer = schedule('needChange', 'NEED_EASES', 'easing');

/** A request reaches the LA: the 6-week decision clock starts. */
const requestReceived = [
  'noteRequest',
  book('assessmentCasework'),
  schedule('decision', 'LA_DECIDES', 'laDecision'),
  schedule('decisionDeadline', 'DECISION_DEADLINE', 'sixWeeks'),
] as const;

/** Families and schools ask for an assessment after escalations on SEN support or early help. */
const seekingAssessment = [
  {
    guard: 'schoolRequests',
    actions: schedule('request', 'REQUEST_ASSESSMENT', 'requestPreparation', { by: 'school' }),
  },
  {
    guard: 'familyRequests',
    actions: schedule('request', 'REQUEST_ASSESSMENT', 'requestPreparation', { by: 'family' }),
  },
] as const;

/**
 * A need is noticed (by a school or early years setting, or by the parent): SEN support
 * begins, and before school age a complex need may go straight to a request for assessment
 * (health services notify the LA; the family asks).
 */
const noticed = (otherRoute: 'identification' | 'parentConcern') =>
  [
    {
      guard: 'notifiedInEarlyYears',
      target: 'senSupport',
      actions: [
        'provideSenSupport',
        cancel(otherRoute),
        reviewNeed,
        schedule('request', 'REQUEST_ASSESSMENT', 'requestPreparation', { by: 'family' }),
      ],
    },
    { target: 'senSupport', actions: ['provideSenSupport', cancel(otherRoute), reviewNeed] },
  ] as const;

/** The LA agrees to assess, or is ordered to, or concedes: the child joins the EP queue. */
const startAssessment = {
  target: '#journey.support.statutory.assessing',
  actions: [cancel('decisionDeadline'), cancel('appealWindow'), joinQueue('educationalPsychology')],
} as const;

/** Back to SEN support when a refusal stands. */
const refusalStands = {
  target: '#journey.support.senSupport',
  actions: ['provideSenSupport', cancel('appealWindow'), reviewNeed],
} as const;

/** The disputes a refusal can lead to, handled the same way after a refusal to assess or to issue. */
const refusalDisputes = (onWin: typeof startAssessment | typeof issueAfterAll) =>
  ({
    APPEAL_WINDOW_CLOSES: { guard: 'noDisputeOpen', ...refusalStands },
    LA_CONCEDES: onWin,
    MEDIATION_OUTCOME: [
      { guard: 'mediationAgrees', ...onWin },
      { guard: 'mediationEndsDispute', ...refusalStands },
    ],
    HEARING_OUTCOME: [{ guard: 'familyWins', ...onWin }, refusalStands],
    APPEAL_WITHDRAWN: refusalStands,
  }) as const;

/** The LA drafts a plan after all (conceded, agreed at mediation or ordered by the tribunal). */
const issueAfterAll = {
  target: '#journey.support.statutory.drafting',
  actions: [cancel('appealWindow'), schedule('drafting', 'FINAL_PLAN', 'drafting')],
} as const;

/** A new dispute: mediation first, or straight to the tribunal (not about the school named without placement orders). */
const newDispute = {
  APPEAL: [
    { guard: 'appealBarred' },
    {
      guard: 'choosesMediation',
      target: '#journey.redress.mediation',
      actions: [
        'openDispute',
        'noteMediation',
        book('mediation'),
        schedule('mediation', 'MEDIATION_OUTCOME', 'mediation'),
      ],
    },
    {
      target: '#journey.redress.appealLodged',
      actions: ['openDispute', schedule('registration', 'APPEAL_REGISTERED', 'now')],
    },
  ],
} as const;

/** A dispute that ends without a hearing frees the tribunal slot and costs less. */
const endWithoutHearing = [
  leaveService('tribunal'),
  cancel('hearing'),
  cancel('laResponse'),
  book('appealWithoutHearing'),
  'closeDispute',
] as const;

/** The LA looks for a state special place (and, failing one in time, an independent place). */
const seekSpecialistPlace = [
  'seekSpecialist',
  joinQueue('specialSchool'),
  schedule('placementFallback', 'PLACEMENT_FALLBACK', 'placementFallback'),
] as const;

/** The LA names the independent special school the family asked for. */
const namedPreferredIndependent = {
  target: '#journey.setting.independentSpecial',
  actions: ['placeSpecialist', reviewNeed],
} as const;

/**
 * Placement: for the most severe needs the LA names the independent school a family prefers (when
 * it agrees to) or seeks a state special place; otherwise a mainstream or resourced place.
 */
const placementOnPlan = [
  { guard: 'namesPreferredIndependent', ...namedPreferredIndependent },
  { guard: 'needsSpecialist', actions: seekSpecialistPlace },
] as const;

/** An annual review that keeps the plan: delivery is reassessed and the next review scheduled. */
const planReviewed = [
  'reviewDelivery',
  schedule('annualReview', 'ANNUAL_REVIEW', 'annualReview'),
  reviewNeed,
] as const;

/** The final plan is issued: the 20-week clock stops and the annual review clock starts. */
const planIssued = [
  'issuePlan',
  cancel('issueDeadline'),
  schedule('annualReview', 'ANNUAL_REVIEW', 'annualReview'),
  reviewNeed,
] as const;

/**
 * An independent special school place won at the tribunal, conceded by the LA or agreed at
 * mediation, for a family that asked for one; a family that asked for a special school without
 * preferring an independent one has the LA look for a state place instead (seekSpecialistPlace).
 */
const placedIndependentByDispute = {
  target: '#journey.setting.independentSpecial',
  actions: ['placeSpecialist', leaveService('specialSchool'), cancel('placementFallback'), reviewNeed],
} as const;

/** A placement appeal won at the hearing or conceded: the school the family asked for. */
const placementSecured = [
  { guard: 'winsOrConcededPlacement', ...placedIndependentByDispute },
  { guard: 'winsOrConcededStatePlacement', actions: seekSpecialistPlace },
] as const;

/** A specialist place: taken up from any non-specialist school setting. */
const specialistPlacement = {
  // A family that preferred an independent school trusts the system less for the state place.
  SPECIAL_PLACE_OFFERED: {
    target: '#journey.setting.maintainedSpecial',
    actions: ['placeSpecialist', 'notePlaceAgainstPreference', cancel('placementFallback'), reviewNeed],
  },
  PLACEMENT_FALLBACK: {
    target: '#journey.setting.independentSpecial',
    actions: ['placeSpecialist', leaveService('specialSchool'), reviewNeed],
  },
  HEARING_OUTCOME: placementSecured,
  LA_CONCEDES: placementSecured,
  MEDIATION_OUTCOME: [
    { guard: 'mediationAgreesPlacement', ...placedIndependentByDispute },
    { guard: 'mediationAgreesStatePlacement', actions: seekSpecialistPlace },
  ],
  // A review can find a mainstream placement no longer meets the need (a placement breakdown).
  ANNUAL_REVIEW: [
    { guard: 'reviewNamesPreferredIndependent', ...namedPreferredIndependent },
    { guard: 'reviewFindsSpecialistNeed', actions: seekSpecialistPlace },
  ],
  FINAL_PLAN: placementOnPlan,
} as const;

/**
 * A plan ends before 25 without needs being met: the young person stays in the model on a
 * post-plan pathway, chosen at once (`PATHWAY_STARTS`) with a draw of its own. The review clock stops.
 */
const planEndsBefore25 = {
  target: '#journey.support.postPlan',
  actions: ['endPlan', cancel('annualReview'), schedule('pathway', 'PATHWAY_STARTS', 'now')],
} as const;

/** Onto a pathway: the support in place changes, so need is reviewed; EET and NEET can change again. */
const pathwayChange = schedule('pathway', 'PATHWAY_CHANGES', 'pathwayChange');
const toEducationOrWork = {
  target: '#journey.support.postPlan.eet',
  actions: ['startEducationOrWork', pathwayChange, reviewNeed],
} as const;
const toNeet = {
  target: '#journey.support.postPlan.neet',
  actions: ['becomeNeet', pathwayChange, reviewNeed],
} as const;
/** A plan ends as a young person moves on to higher education or paid employment: straight onto that pathway. */
const planEndsMovingOn = {
  target: '#journey.support.postPlan.eet',
  actions: ['endPlan', cancel('annualReview'), 'startEducationOrWork', pathwayChange, reviewNeed],
} as const;
const toAdultSocialCare = {
  target: '#journey.support.postPlan.adultSocialCare',
  actions: ['startAdultSocialCare', cancel('pathway'), reviewNeed],
} as const;

/** A young person whose plan ends before 25 leaves school or college places (not while it lasts). */
const leavesEducationSetting = {
  target: '#journey.setting.adult',
  actions: ['placeNonSpecialist', leaveService('specialSchool')],
} as const;

/** At 16 a young person with a plan moves on to further education (or out of it); without one they leave the model. */
const post16 = {
  BIRTHDAY: [
    {
      guard: 'notInEducationAt16',
      target: '#journey.setting.outOfEducation',
      actions: ['placeNonSpecialist', 'leaveEducation', leaveService('specialSchool')],
    },
    {
      guard: 'reachedSixteen',
      target: '#journey.setting.furtherEducation',
      actions: ['placeNonSpecialist', leaveService('specialSchool')],
    },
  ],
} as const;

/** Birthdays in a mainstream school: the move to secondary at 11 (where some move to a specialist setting) and post-16. */
const schoolBirthday = [
  ...post16.BIRTHDAY,
  { guard: 'movesToSpecialistAtSecondary', actions: seekSpecialistPlace },
] as const;

/** Leaving a specialist school at 19 for further education (unless the plan ends then: see the setting region). */
const leaveSpecialistAt19 = {
  BIRTHDAY: [
    { guard: 'planEndsAtUpperAge', ...leavesEducationSetting },
    {
      guard: 'reachedNineteen',
      target: '#journey.setting.furtherEducation',
      actions: ['placeNonSpecialist', leaveService('specialSchool'), reviewNeed],
    },
  ],
} as const;

/**
 * A suspension (fixed-period exclusion) leaves the child where they are: it is counted, costs the
 * family a parent's lost earnings and costs the family some trust. It raises no event of its own
 * (one would draw four more numbers from the child's event stream and move everything after it).
 */
const suspension = { guard: 'suspensionOccurs', actions: ['noteSuspension', book('suspension')] } as const;

/** Exclusion moves a child to alternative provision; an escalation that does not can be a suspension. */
const exclusion = {
  EXCLUSION: {
    target: '#journey.setting.alternativeProvision',
    actions: ['noteExclusion', 'placeNonSpecialist', reviewNeed],
  },
  NEED_ESCALATES: [
    { guard: 'exclusionOccurs', actions: schedule('exclusion', 'EXCLUSION', 'now') },
    suspension,
  ],
} as const;

type JourneyGuardsForXstate = {
  [K in JourneyGuardName]: (args: { context: JourneyContext; event: JourneyEvent }) => boolean;
};

/**
 * The journey statechart with the guards and updates bound to one scenario's parameters.
 *
 * @example
 * const machine = createJourneyMachine(params);
 * const [next, effects] = transition(machine, snapshot, event);
 */
export function createJourneyMachine(params: Params) {
  const guards = {} as Record<string, (args: { context: JourneyContext; event: JourneyEvent }) => boolean>;
  for (const [name, guard] of Object.entries(JOURNEY_GUARDS)) {
    guards[name] = ({ context, event }) => guard(context, event, params);
  }
  const updates = {} as Record<
    string,
    ReturnType<typeof assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>>
  >;
  for (const [name, update] of Object.entries(JOURNEY_UPDATES)) {
    // xstate keeps contexts immutable: the update writes into a copy, which becomes the new context.
    updates[name] = assign(({ context, event }) => {
      const next = { ...context };
      update(next, event, params);
      return next;
    });
  }
  const effect = (_: unknown, _params: JourneyEffect['params']) => {};

  return setup({
    types: {} as { context: JourneyContext; events: JourneyEvent; input: JourneyContext },
    guards: guards as JourneyGuardsForXstate,
    actions: {
      ...(updates as Record<JourneyUpdateName, (typeof updates)[string]>),
      schedule: effect,
      cancel: effect,
      joinQueue: effect,
      leaveService: effect,
      book: effect,
    },
  }).createMachine({
    id: 'journey',
    type: 'parallel',
    context: ({ input }) => input,
    states: {
      need: {
        initial: 'none',
        states: {
          none: {
            on: { NEED_ARISES: { target: 'emerging', actions: ['setOnsetSeverity', escalationTimer] } },
          },
          emerging: {
            on: {
              NEED_ESCALATES: { actions: ['escalate', escalationTimer] },
              NEED_REVIEW: [
                { guard: 'needMet', target: 'met', actions: ['gainTrust', easingTimer] },
                { target: 'unmet', actions: escalationTimer },
              ],
            },
          },
          unmet: {
            on: {
              NEED_ESCALATES: [
                { guard: 'crisisOccurs', actions: ['escalate', schedule('crisis', 'CRISIS', 'now')] },
                { actions: ['escalate', escalationTimer] },
              ],
              CRISIS: {
                target: 'crisis',
                actions: [
                  'noteCrisis',
                  book('crisis'),
                  cancel('needChange'),
                  schedule('crisis', 'CRISIS_RESOLVES', 'crisisEpisode'),
                ],
              },
              NEED_REVIEW: { guard: 'needMet', target: 'met', actions: ['gainTrust', easingTimer] },
            },
          },
          met: {
            on: {
              NEED_EASES: [
                { guard: 'needResolved', target: 'none', actions: ['ease', cancel('needChange')] },
                { actions: ['ease', easingTimer] },
              ],
              NEED_REVIEW: { guard: 'needUnmet', target: 'unmet', actions: escalationTimer },
            },
          },
          crisis: {
            on: { CRISIS_RESOLVES: { target: 'unmet', actions: [escalationTimer, reviewNeed] } },
          },
        },
      },

      support: {
        initial: 'universal',
        on: {
          LEAVES_AREA: {
            target: '.ended',
            actions: [leaveService('educationalPsychology'), leaveService('earlyHelp')],
          },
        },
        states: {
          universal: {
            on: {
              NEED_ARISES: {
                actions: [
                  schedule('identification', 'SCHOOL_NOTICES', 'identificationBySchool'),
                  schedule('parentConcern', 'PARENT_RAISES_CONCERN', 'concernByParent'),
                ],
              },
              SCHOOL_NOTICES: noticed('parentConcern'),
              PARENT_RAISES_CONCERN: noticed('identification'),
              REQUEST_ASSESSMENT: { target: 'statutory.requested', actions: requestReceived },
              BIRTHDAY: { guard: 'reachedSixteen', target: 'ended' },
            },
          },
          senSupport: {
            on: {
              NEED_ESCALATES: [
                ...seekingAssessment,
                { guard: 'referredToEarlyHelp', target: 'earlyHelp', actions: joinQueue('earlyHelp') },
              ],
              NEED_EASES: { guard: 'needResolved', target: 'universal', actions: 'provideUniversal' },
              REQUEST_ASSESSMENT: { target: 'statutory.requested', actions: requestReceived },
              BIRTHDAY: { guard: 'reachedSixteen', target: 'ended' },
            },
          },
          earlyHelp: {
            initial: 'waiting',
            on: {
              NEED_ESCALATES: seekingAssessment,
              REQUEST_ASSESSMENT: {
                target: 'statutory.requested',
                actions: [
                  leaveService('earlyHelp'),
                  cancel('earlyHelpEnd'),
                  'provideSenSupport',
                  ...requestReceived,
                ],
              },
              BIRTHDAY: { guard: 'reachedSixteen', target: 'ended', actions: leaveService('earlyHelp') },
            },
            states: {
              waiting: {
                on: {
                  EARLY_HELP_STARTS: {
                    target: 'receiving',
                    actions: [
                      'provideEarlyHelp',
                      book('earlyHelpEpisode'),
                      schedule('earlyHelpEnd', 'EARLY_HELP_ENDS', 'earlyHelpEpisode'),
                      reviewNeed,
                    ],
                  },
                },
              },
              receiving: {
                on: {
                  EARLY_HELP_ENDS: {
                    target: '#journey.support.senSupport',
                    actions: ['earlyHelpEnds', leaveService('earlyHelp'), reviewNeed],
                  },
                },
              },
            },
          },
          statutory: {
            initial: 'requested',
            on: { ISSUE_DEADLINE: { actions: 'noteLateIssue' } },
            states: {
              requested: {
                on: {
                  DECISION_DEADLINE: { actions: 'noteLateDecision' },
                  LA_DECIDES: [
                    {
                      // Withdrawn or lapsed before the decision: back to SEN support, no appeal right.
                      guard: 'requestWithdrawn',
                      target: '#journey.support.senSupport',
                      actions: ['provideSenSupport', cancel('decisionDeadline'), reviewNeed],
                    },
                    {
                      guard: 'laAgreesToAssess',
                      target: 'assessing',
                      actions: [
                        ...startAssessment.actions,
                        schedule('issueDeadline', 'ISSUE_DEADLINE', 'twentyWeeks'),
                      ],
                    },
                    {
                      guard: 'appealsRefusalToAssess',
                      target: 'refused',
                      actions: [
                        'noteRefusal',
                        cancel('decisionDeadline'),
                        schedule('appealWindow', 'APPEAL_WINDOW_CLOSES', 'appealWindow'),
                        schedule('appeal', 'APPEAL', 'appealPreparation', { appealType: 'refusalToAssess' }),
                      ],
                    },
                    {
                      target: 'refused',
                      actions: [
                        'noteRefusal',
                        cancel('decisionDeadline'),
                        schedule('appealWindow', 'APPEAL_WINDOW_CLOSES', 'appealWindow'),
                      ],
                    },
                  ],
                },
              },
              refused: { on: refusalDisputes(startAssessment) },
              assessing: {
                initial: 'waitingForEP',
                states: {
                  waitingForEP: {
                    on: {
                      EP_ASSESSMENT_STARTS: {
                        target: 'withEP',
                        actions: schedule('assessment', 'ASSESSMENT_COMPLETE', 'epAssessment'),
                      },
                    },
                  },
                  withEP: {
                    on: {
                      ASSESSMENT_COMPLETE: {
                        target: '#journey.support.statutory.decidingToIssue',
                        actions: [
                          leaveService('educationalPsychology'),
                          book('epAssessment'),
                          schedule('decision', 'ISSUE_DECISION', 'issueDecision'),
                        ],
                      },
                    },
                  },
                },
              },
              decidingToIssue: {
                on: {
                  ISSUE_DECISION: [
                    {
                      guard: 'laIssuesPlan',
                      target: 'drafting',
                      actions: schedule('drafting', 'FINAL_PLAN', 'drafting'),
                    },
                    {
                      guard: 'appealsRefusalToIssue',
                      target: 'notIssued',
                      actions: [
                        cancel('issueDeadline'),
                        'noteRefusal',
                        schedule('appealWindow', 'APPEAL_WINDOW_CLOSES', 'appealWindow'),
                        schedule('appeal', 'APPEAL', 'appealPreparation', { appealType: 'refusalToIssue' }),
                      ],
                    },
                    {
                      target: 'notIssued',
                      actions: [
                        cancel('issueDeadline'),
                        'noteRefusal',
                        schedule('appealWindow', 'APPEAL_WINDOW_CLOSES', 'appealWindow'),
                      ],
                    },
                  ],
                },
              },
              notIssued: { on: refusalDisputes(issueAfterAll) },
              drafting: {
                on: {
                  // One appeal at most per final plan: placement (where the tribunal can order one) or contents.
                  FINAL_PLAN: [
                    {
                      guard: 'appealsPlacement',
                      target: 'plan',
                      actions: [
                        ...planIssued,
                        schedule('appeal', 'APPEAL', 'appealPreparation', { appealType: 'placement' }),
                      ],
                    },
                    {
                      guard: 'appealsPlanContents',
                      target: 'plan',
                      actions: [
                        ...planIssued,
                        schedule('appeal', 'APPEAL', 'appealPreparation', { appealType: 'planContents' }),
                      ],
                    },
                    { target: 'plan', actions: planIssued },
                  ],
                },
              },
              plan: {
                on: {
                  ANNUAL_REVIEW: [
                    {
                      guard: 'planEndsNeedsMet',
                      target: '#journey.support.senSupport',
                      actions: ['endPlan', reviewNeed],
                    },
                    { guard: 'planEndsNotInEducation', ...planEndsBefore25 },
                    {
                      guard: 'appealsPlacementAtReview',
                      actions: [
                        ...planReviewed,
                        schedule('appeal', 'APPEAL', 'appealPreparation', { appealType: 'placement' }),
                      ],
                    },
                    {
                      guard: 'appealsHealthAndSocialCare',
                      actions: [
                        ...planReviewed,
                        schedule('appeal', 'APPEAL', 'appealPreparation', {
                          appealType: 'healthAndSocialCare',
                        }),
                      ],
                    },
                    { actions: planReviewed },
                  ],
                  // At 25 the young person leaves the model (their outcome at 25 is counted); earlier, a pathway.
                  BIRTHDAY: [
                    { guard: 'reachedTwentyFive', target: '#journey.support.ended', actions: 'endPlan' },
                    { guard: 'reachedUpperAge', ...planEndsBefore25 },
                    { guard: 'movesOnFromEducation', ...planEndsMovingOn },
                  ],
                  HEARING_OUTCOME: [
                    {
                      guard: 'winsPlanContents',
                      actions: schedule('order', 'ORDER_COMPLIED', 'orderCompliance'),
                    },
                    { guard: 'winsHealthAndSocialCare', actions: ['deliverPlan', reviewNeed] },
                  ],
                  LA_CONCEDES: { guard: 'concedesHealthAndSocialCare', actions: ['deliverPlan', reviewNeed] },
                  MEDIATION_OUTCOME: {
                    guard: 'mediationAgreesHealthAndSocialCare',
                    actions: ['deliverPlan', reviewNeed],
                  },
                  ORDER_COMPLIED: { actions: ['deliverPlan', reviewNeed] },
                },
              },
            },
          },
          postPlan: {
            initial: 'starting',
            // At 25 the young person leaves the model; the pathway they were on is their outcome at 25.
            on: { BIRTHDAY: { guard: 'reachedTwentyFive', target: 'ended' } },
            states: {
              starting: {
                on: {
                  PATHWAY_STARTS: [
                    { guard: 'entersAdultSocialCare', ...toAdultSocialCare },
                    { guard: 'entersNeet', ...toNeet },
                    toEducationOrWork,
                  ],
                },
              },
              eet: { on: { PATHWAY_CHANGES: toNeet } },
              neet: {
                on: {
                  PATHWAY_CHANGES: [
                    { guard: 'neetEntersAdultSocialCare', ...toAdultSocialCare },
                    toEducationOrWork,
                  ],
                },
              },
              adultSocialCare: {},
            },
          },
          ended: {},
        },
      },

      redress: {
        initial: 'idle',
        states: {
          idle: { on: newDispute },
          mediation: {
            on: {
              MEDIATION_OUTCOME: [
                { guard: 'mediationAgrees', target: 'idle', actions: 'closeDispute' },
                {
                  guard: 'mediationLeadsToAppeal',
                  target: 'appealLodged',
                  actions: schedule('registration', 'APPEAL_REGISTERED', 'now'),
                },
                { target: 'idle', actions: 'closeDispute' },
              ],
            },
          },
          appealLodged: {
            on: {
              APPEAL_REGISTERED: [
                {
                  guard: 'laWillConcede',
                  target: 'awaitingHearing',
                  actions: [
                    'registerAppeal',
                    book('appealLodged'),
                    joinQueue('tribunal'),
                    schedule('laResponse', 'LA_CONCEDES', 'laResponse'),
                  ],
                },
                {
                  guard: 'familyWillWithdraw',
                  target: 'awaitingHearing',
                  actions: [
                    'registerAppeal',
                    book('appealLodged'),
                    joinQueue('tribunal'),
                    schedule('laResponse', 'APPEAL_WITHDRAWN', 'laResponse'),
                  ],
                },
                {
                  target: 'awaitingHearing',
                  actions: ['registerAppeal', book('appealLodged'), joinQueue('tribunal')],
                },
              ],
            },
          },
          awaitingHearing: {
            initial: 'queued',
            on: {
              LA_CONCEDES: { target: 'conceded', actions: endWithoutHearing },
              APPEAL_WITHDRAWN: { target: 'withdrawn', actions: endWithoutHearing },
            },
            states: {
              queued: {
                on: {
                  HEARING_LISTED: {
                    target: 'listed',
                    actions: schedule('hearing', 'HEARING_OUTCOME', 'hearing'),
                  },
                },
              },
              listed: {
                on: {
                  HEARING_OUTCOME: {
                    target: '#journey.redress.decided',
                    actions: [
                      leaveService('tribunal'),
                      cancel('laResponse'),
                      book('appealHearing'),
                      'closeDispute',
                    ],
                  },
                },
              },
            },
          },
          conceded: { on: newDispute },
          withdrawn: { on: newDispute },
          decided: { on: newDispute },
        },
      },

      setting: {
        initial: 'earlyYears',
        on: {
          LEAVES_AREA: {
            target: '.leftArea',
            actions: [leaveService('specialSchool'), leaveService('tribunal')],
          },
          // A plan ending before 25 (the support region's decision, asked again here) ends the place.
          ANNUAL_REVIEW: { guard: 'planEndsLeavingEducation', ...leavesEducationSetting },
          BIRTHDAY: { guard: 'planEndsAtUpperAge', ...leavesEducationSetting },
        },
        states: {
          earlyYears: {
            on: {
              BIRTHDAY: { guard: 'reachedFive', target: 'mainstream' },
              SPECIAL_PLACE_OFFERED: specialistPlacement.SPECIAL_PLACE_OFFERED,
              PLACEMENT_FALLBACK: specialistPlacement.PLACEMENT_FALLBACK,
              FINAL_PLAN: placementOnPlan,
            },
          },
          mainstream: {
            on: {
              ...specialistPlacement,
              ...exclusion,
              BIRTHDAY: schoolBirthday,
              FINAL_PLAN: [...placementOnPlan, { guard: 'placedInResourced', target: 'resourcedProvision' }],
            },
          },
          resourcedProvision: { on: { ...specialistPlacement, ...exclusion, BIRTHDAY: schoolBirthday } },
          alternativeProvision: { on: { ...specialistPlacement, ...post16 } },
          // A placement appeal still open when a state place was taken up can move the child on.
          // Special schools suspend too (DfE counts them in plan-holders' rates); the model has no
          // permanent exclusions from them (their rate was 0.06% in 2018/19).
          maintainedSpecial: {
            on: {
              ...leaveSpecialistAt19,
              HEARING_OUTCOME: specialistPlacement.HEARING_OUTCOME,
              LA_CONCEDES: specialistPlacement.LA_CONCEDES,
              MEDIATION_OUTCOME: specialistPlacement.MEDIATION_OUTCOME,
              NEED_ESCALATES: suspension,
            },
          },
          independentSpecial: { on: { ...leaveSpecialistAt19, NEED_ESCALATES: suspension } },
          outOfEducation: {
            on: { BIRTHDAY: { guard: 'reachedUpperAge', target: 'adult' } },
          },
          furtherEducation: {
            on: {
              BIRTHDAY: [
                { guard: 'reachedUpperAge', target: 'adult' },
                { guard: 'leavesEducation', target: 'outOfEducation', actions: 'leaveEducation' },
                { guard: 'movesOnFromEducation', ...leavesEducationSetting },
              ],
            },
          },
          adult: {},
          leftArea: {},
        },
      },
    },
  });
}

/** The journey statechart type, for tools that draw or replay it. */
export type JourneyMachine = ReturnType<typeof createJourneyMachine>;
