/**
 * The synthetic population at the start date: children and young people with SEN support
 * or an EHC plan, with requests, assessments and disputes already in progress, sampled at
 * `scale` from the national stocks in the scenario's `population.*` parameters (the pipelines'
 * sizes in `start-pipelines.ts`). Children without SEN are not simulated; they enter through
 * `arrivals.ts` when a need arises.
 *
 * Over 400 lines because `seedChild` writes each group's state, timers and effects out in one
 * place, beside one another, so they can be read against the statechart's own states; splitting
 * it by group would scatter the shared draws whose order fixes every child's stream. What the
 * children are drawn from (age bands, settings, trends) is worked out in starting-shares.ts.
 *
 * Every child draws its attributes from its own stream (seed, replication, id,
 * 'attributes'), and nothing here depends on policy levers, so the same child has the same
 * attributes in every scenario.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { type RandomStream, ReusableStream } from '../foundation/random-streams.js';
import {
  type AppealType,
  type ChildAttributes,
  createJourneyContext,
  type JourneyContext,
  type Requester,
  resetJourneyContext,
  type Sex,
} from '../journey/journey-context.js';
import { JOURNEY_DELAYS, LONGEST_STATUTORY_DAYS, MEAN_STATUTORY_DAYS } from '../journey/journey-delays.js';
import { joinQueue, schedule } from '../journey/journey-effects.js';
import type {
  JourneyEffect,
  JourneyEventPayload,
  JourneyEventType,
  TimerName,
} from '../journey/journey-events.js';
import { CEASE_NOT_IN_EDUCATION_FROM_AGE } from '../journey/journey-guards.js';
import { assessProbability, clamp01, crisisProbability, provisionOf } from '../journey/journey-rules.js';
import { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { epQueueAtStart, type LocalGroupsAtStart, NO_LOCAL_GROUPS } from './ep-queue-at-start.js';
import {
  drawEarlyYearsPupil,
  drawEmergingChild,
  drawRequester,
  drawSchoolPupil,
  expectedEarlyYearsPupils,
  expectedEmergingChildren,
} from './need-history.js';
import {
  fromShape,
  outsideSpecialistSeverityAtStart,
  specialistSeverityAtStart,
} from './plan-severity-at-start.js';
import {
  POST_PLAN_SEVERITY_SHAPE_AT_START,
  replayPathway,
  yearsSincePlanEnded,
} from './post-plan-at-start.js';
import {
  drawArisingNeed,
  drawPlanHolderNeed,
  type PlanHolderPlace,
  planHolderPlace,
} from './primary-need-draw.js';
import {
  decisionsAtStart,
  EARLY_YEARS_END,
  type EpisodesInProgress,
  needSinceRequest,
} from './replayed-history.js';
import { waitingForPlaceAtStart } from './special-places-at-start.js';
import { stageInProgress } from './stage-in-progress.js';
import {
  assessmentsInProgress,
  disputesInProgress,
  epWaitingInProgress,
  requestsInProgress,
} from './start-pipelines.js';
import {
  planHolderAge,
  planHolderAgeOutsideStateSpecial,
  planSetting,
  postPlanHolderAge,
  type Shares,
  sharesOf,
  stateSpecialPupilAge,
} from './starting-shares.js';

/**
 * Shares of the disputes (and appeals) in progress at the start that are against a refusal: to
 * assess 27.9% and to issue 8.5% of SEND appeals registered in AY 2022/23 (calibration-targets.json:
 * share_appeals_refusal_to_assess and share_appeals_refusal_to_issue, Tribunal Statistics
 * Quarterly); the rest are against a plan. The same shares serve a start in another year
 * (assumption: the targets give them for 2022/23 only). Until model 0.15.0 refusals to issue were
 * counted with plans, so a run's first two months registered no appeal against one.
 */
const REFUSAL_TO_ASSESS_DISPUTE_SHARE = 0.279;
const REFUSAL_TO_ISSUE_DISPUTE_SHARE = 0.085;
const REFUSAL_DISPUTE_SHARE = REFUSAL_TO_ASSESS_DISPUTE_SHARE + REFUSAL_TO_ISSUE_DISPUTE_SHARE;
/** Spread of trust and advocacy around their means (assumption). */
const TRUST_SPREAD = 0.4;
const ADVOCACY_SPREAD = 0.5;

/** How a child stands at the start date: state, context and the timers and queues to set up. */
export interface ChildSeed {
  readonly context: JourneyContext;
  /** Leaf path in each region, e.g. `{ need: 'unmet', support: 'statutory.plan', … }`. */
  readonly leaves: Readonly<Record<'need' | 'support' | 'redress' | 'setting', string>>;
  /** Effects to run at the start, exactly as if the statechart had asked for them. */
  readonly effects: readonly JourneyEffect[];
  /** Timers already running at the start date, due on `day`. */
  readonly timers: ReadonlyArray<{
    readonly timer: TimerName;
    readonly event: JourneyEventType;
    readonly day: number;
    readonly payload?: JourneyEventPayload;
  }>;
  /**
   * For a child waiting for a state special place at the start, the day (before the start) it
   * began to wait; it joins the queue after every child holding a place at the start has taken
   * one (special-places-at-start.ts), whatever partition holds either.
   */
  readonly waitingForSpecialPlaceSince: number | undefined;
  /**
   * An appeal registered before the start and not yet listed for a hearing: it joins the
   * tribunal's queue at the start (no wait before it is counted), after the appeals already listed
   * have taken their slots, whatever partition holds either.
   */
  readonly waitsForHearing: boolean;
  /**
   * For a child whose assessment waits for an educational psychologist at the start, the day
   * (before the start) it began to wait; it joins its group's queue after every assessment under
   * way has taken its slot.
   */
  readonly waitingForPsychologistSince: number | undefined;
}

type Group =
  | 'senSupport'
  | 'earlyYearsSupport'
  | 'emerging'
  | 'requested'
  | 'assessing'
  | 'stateSpecial'
  | 'plan'
  | 'planAppealing'
  | 'refusedAppealing'
  | 'planDisputing'
  | 'refusedDisputing'
  | 'postPlan'
  | 'waitingForPlace';

/**
 * The effects a starting child can begin with. Shared objects, so a national population (1.7
 * million children) does not build millions of copies and the engine compiles each once.
 */
const START = {
  joinSpecialSchool: joinQueue('specialSchool'),
  joinEducationalPsychology: joinQueue('educationalPsychology'),
  joinTribunal: joinQueue('tribunal'),
  joinEarlyHelp: joinQueue('earlyHelp'),
  decisionDeadline: schedule('decisionDeadline', 'DECISION_DEADLINE', 'sixWeeks'),
  issueDeadline: schedule('issueDeadline', 'ISSUE_DEADLINE', 'twentyWeeks'),
  concedes: schedule('laResponse', 'LA_CONCEDES', 'laResponse'),
  withdraws: schedule('laResponse', 'APPEAL_WITHDRAWN', 'laResponse'),
  eases: schedule('needChange', 'NEED_EASES', 'easing'),
  escalates: schedule('needChange', 'NEED_ESCALATES', 'escalation'),
  schoolPreparesRequest: schedule('request', 'REQUEST_ASSESSMENT', 'requestPreparation', { by: 'school' }),
  familyPreparesRequest: schedule('request', 'REQUEST_ASSESSMENT', 'requestPreparation', { by: 'family' }),
  schoolNotices: schedule('identification', 'SCHOOL_NOTICES', 'identificationBySchool'),
  parentConcern: schedule('parentConcern', 'PARENT_RAISES_CONCERN', 'concernByParent'),
} as const satisfies Record<string, JourneyEffect>;

/**
 * Sample the population at the start date, January of `startYear`. Ids run from 0 in a fixed order
 * of groups. `hearingSlots`: the tribunal's hearing slots at this scale, so as many appeals in
 * progress start listed (a run passes its own: `serviceSlots`; none by default). `local`: the
 * local area groups of educational psychology, so the queue for them starts where they are short
 * (a run passes its own: `localGroupsAtStart`; by default one group, the queue first in id order).
 */
export function buildStartingPopulation(
  p: Params,
  startYear: number,
  scale: number,
  seed: number,
  replication: number,
  hearingSlots = 0,
  local: LocalGroupsAtStart = NO_LOCAL_GROUPS,
): ChildSeed[] {
  const seeds: ChildSeed[] = [];
  forEachStartingChild(p, startYear, scale, seed, replication, hearingSlots, local, (child) =>
    seeds.push({
      context: { ...child.context },
      leaves: { ...child.leaves },
      effects: [...child.effects],
      timers: child.timers.map((t) => ({ ...t })),
      waitingForSpecialPlaceSince: child.waitingForSpecialPlaceSince,
      waitsForHearing: child.waitsForHearing,
      waitingForPsychologistSince: child.waitingForPsychologistSince,
    }),
  );
  return seeds;
}

/**
 * `buildStartingPopulation` one child at a time, in id order, so a national run (1.7 million
 * children) builds no object per child: the seed passed to `visit` is reused for the next child,
 * so `visit` must copy whatever it keeps. Only the children `keep` accepts are built (a
 * partition of the run builds its own).
 */
export function forEachStartingChild(
  p: Params,
  startYear: number,
  scale: number,
  seed: number,
  replication: number,
  hearingSlots: number,
  local: LocalGroupsAtStart,
  visit: (child: ChildSeed) => void,
  keep: (id: number) => boolean = () => true,
): void {
  const groups = startingGroups(p, startYear, scale);
  const listed = appealsListedAtStart(groups, hearingSlots);
  const stream = new ReusableStream();
  const shares = sharesOf(p, startYear);
  const child = newSeed();
  let id = 0;
  for (const [group, count] of groups) {
    const epWaited =
      group === 'assessing'
        ? epQueueAtStart(p, scale, local, id, count, epWaitingAtScale(p, scale))
        : undefined;
    for (let k = 0; k < count; k++, id++) {
      // Each child draws from its own stream, so skipping one changes no other.
      if (!keep(id)) continue;
      const position = (k + 0.5) / count;
      const r = stream.reseed(seed, replication, id, 'attributes');
      seedChild(
        child,
        group,
        id,
        p,
        shares,
        r,
        position,
        listed.get(group) ?? 0,
        epWaited?.[k] ?? Number.NaN,
      );
      visit(child);
    }
  }
}

/**
 * For each group of appeals in progress at the start, the share of it (its first children) already
 * listed for a hearing: as many as the tribunal has hearing slots (at the run's scale), in proportion
 * between the groups and rounded down, so they never outnumber the slots; the rest wait for one.
 * Until model 0.17.1 every appeal in progress started unlisted: the first slot-holders were all
 * listed on the start's day and decided together about tribunal.listingToDecisionDays later, so
 * the 2023 start decided no appeal in January and 1,037 in March (the backtest's 2023: 520–680 a
 * month).
 */
function appealsListedAtStart(
  groups: ReadonlyArray<readonly [Group, number]>,
  hearingSlots: number,
): Map<Group, number> {
  const appealing: readonly Group[] = ['planAppealing', 'refusedAppealing'];
  const appeals = groups.reduce((sum, [g, k]) => (appealing.includes(g) ? sum + k : sum), 0);
  const listed = Math.min(appeals, hearingSlots);
  const shares = new Map<Group, number>();
  for (const [g, k] of groups)
    if (appealing.includes(g) && k > 0) shares.set(g, Math.floor((listed * k) / appeals) / k);
  return shares;
}

/** Agreed requests waiting for an educational psychologist at the start, at `scale` (within the 'assessing' group). */
function epWaitingAtScale(p: Params, scale: number): number {
  return Math.round(epWaitingInProgress(p) * scale);
}

/** How many children of each group the starting population in January of `startYear` has at `scale`, in id order. */
function startingGroups(p: Params, startYear: number, scale: number): Array<[Group, number]> {
  const n = (x: number) => Math.round(x * scale);
  const appeals = n(p['population.appealsInProgress']);
  const refusedAppealing = Math.round(appeals * REFUSAL_DISPUTE_SHARE);
  const disputes = n(disputesInProgress(p));
  const refusedDisputing = Math.round(disputes * REFUSAL_DISPUTE_SHARE);
  const planDisputing = disputes - refusedDisputing;
  const waiting = n(waitingForPlaceAtStart(p));
  // Plan holders with no dispute in progress: those the start places in state special schools are
  // drawn as a group of their own, exactly as many as expected, so a run at a small scale starts
  // with its places full, not a few per cent over or under them by chance (until model 0.15.1 each
  // holder's setting was its own draw: at 1%, about ±2.6% in each replication, and a surplus
  // waited at once and fell back to independent schools).
  const settled = n(p['population.ehcpStock']) - (appeals - refusedAppealing) - planDisputing - waiting;
  const shares = sharesOf(p, startYear);
  const expectedSpecial = shares.stateSpecialCumulative.at(-1)!;
  const holders = shares.ageCumulative.at(-1)!;
  const inStateSpecial = holders > 0 ? Math.round((settled * expectedSpecial) / holders) : 0;
  const groups: Array<[Group, number]> = [
    ['stateSpecial', inStateSpecial],
    ['plan', settled - inStateSpecial],
    ['planAppealing', appeals - refusedAppealing],
    ['planDisputing', planDisputing],
    ['requested', n(requestsInProgress(p))],
    // Agreed requests: assessments under way, and those waiting for an educational psychologist
    // (which of them wait: ep-queue-at-start.ts).
    ['assessing', n(assessmentsInProgress(p)) + epWaitingAtScale(p, scale)],
    ['refusedAppealing', refusedAppealing],
    ['refusedDisputing', refusedDisputing],
  ];
  // Pupils with a request, assessment or dispute of a refusal in progress are on SEN support in the census.
  const statutory: readonly Group[] = ['requested', 'assessing', 'refusedAppealing', 'refusedDisputing'];
  const inProgress = groups.reduce((sum, [g, k]) => (statutory.includes(g) ? sum + k : sum), 0);
  groups.push(['senSupport', Math.max(0, n(p['population.senSupportStock']) - inProgress)]);
  const trends = shares.trends;
  groups.push(['earlyYearsSupport', n(expectedEarlyYearsPupils(p, trends))]);
  groups.push(['emerging', n(expectedEmergingChildren(p, trends))]);
  groups.push(['postPlan', n(shares.postPlanCumulative.at(-1)!)]);
  // Last, so the queues see them join after every holder of a place (and ids before stay as they were).
  groups.push(['waitingForPlace', waiting]);

  return groups;
}

/**
 * What the start takes from the plans in force (national counts): disputes and appeals in progress
 * not against a refusal, and children waiting for a special place. More of them than plans would
 * leave fewer than no plan holders without one, so a file with them is refused (`checkRunSize`).
 */
export function planDisputesAtStart(p: Params): {
  readonly disputes: number;
  readonly waiting: number;
  readonly plans: number;
} {
  const inProgress = p['population.appealsInProgress'] + disputesInProgress(p);
  return {
    disputes: inProgress * (1 - REFUSAL_DISPUTE_SHARE),
    waiting: waitingForPlaceAtStart(p),
    plans: p['population.ehcpStock'],
  };
}

/** How many children the starting population in January of `startYear` has at `scale`. */
export function startingPopulationSize(p: Params, startYear: number, scale: number): number {
  return startingGroups(p, startYear, scale).reduce((sum, [, count]) => sum + count, 0);
}

/** A seed to fill again and again (every field set, so it keeps one shape). */
interface MutableSeed {
  readonly context: JourneyContext;
  /** What a replayed history was in the middle of at the start (need-history.ts). */
  readonly episodes: EpisodesInProgress;
  waitingForSpecialPlaceSince: number | undefined;
  waitsForHearing: boolean;
  waitingForPsychologistSince: number | undefined;
  readonly leaves: Record<'need' | 'support' | 'redress' | 'setting', string>;
  readonly effects: JourneyEffect[];
  readonly timers: Array<{
    timer: TimerName;
    event: JourneyEventType;
    day: number;
    payload?: JourneyEventPayload;
  }>;
}

function newSeed(): MutableSeed {
  const attributes = {
    id: 0,
    birthDay: 0.5,
    sex: 'female',
    primaryNeed: 'OTH',
    deprived: false,
    advocacy: 0.5,
  } as const;
  return {
    context: createJourneyContext(attributes, 0.5, 0.5),
    episodes: { earlyHelpLeft: 0, crisisLeft: 0 },
    leaves: { need: 'none', support: 'senSupport', redress: 'idle', setting: 'mainstream' },
    effects: [],
    timers: [],
    waitingForSpecialPlaceSince: undefined,
    waitsForHearing: false,
    waitingForPsychologistSince: undefined,
  };
}

/**
 * Fill `seed` with child `id` of `group`, drawing from `r`. `epWaited`: for an agreed request
 * waiting for an educational psychologist, the days it has waited (NaN for any other child).
 */
function seedChild(
  seed: MutableSeed,
  group: Group,
  id: number,
  p: Params,
  shares: Shares,
  r: RandomStream,
  position: number,
  listedBelow: number,
  epWaited: number,
): void {
  const waitingForPlace = group === 'waitingForPlace';
  const inStateSpecial = group === 'stateSpecial';
  const hasPlan =
    group === 'plan' ||
    inStateSpecial ||
    group === 'planAppealing' ||
    group === 'planDisputing' ||
    waitingForPlace;
  const earlyYears = group === 'earlyYearsSupport';
  let preparing = false;
  const emerging = group === 'emerging';
  const postPlan = group === 'postPlan';
  // Pupils on SEN support, children under 5 and children with a request in progress draw their
  // ages again with their histories below. Children waiting for a special place are of school age,
  // in mainstream schools (assumption).
  const refusedAppeal = group === 'refusedAppealing';
  const refused = refusedAppeal || group === 'refusedDisputing';
  const pipeline = group === 'requested' || group === 'assessing' || refused;
  // What a refusal disputed at the start was: it shapes whose need it is (drawRequester).
  const refusalType = refused ? refusalDisputeType(r) : undefined;
  let age = inStateSpecial
    ? stateSpecialPupilAge(shares, r)
    : group === 'plan'
      ? planHolderAgeOutsideStateSpecial(shares, r)
      : hasPlan && !waitingForPlace
        ? planHolderAge(shares, r)
        : postPlan
          ? postPlanHolderAge(shares, r)
          : 5 + r() * 11;
  let setting = inStateSpecial
    ? 'maintainedSpecial'
    : hasPlan && !waitingForPlace
      ? planSetting(Math.floor(age), shares, r, group === 'plan')
      : earlyYears
        ? 'earlyYears'
        : postPlan
          ? 'adult'
          : 'mainstream';
  // A plan holder's need is drawn for where it is (a pupil waiting for a special place is in a
  // mainstream school); a young person after a plan draws from the mix of all plans.
  const attributes = drawAttributes(
    id,
    -age * DAYS_PER_YEAR,
    hasPlan ? planHolderPlace(setting, Math.floor(age)) : postPlan ? 'anywhere' : 'senSupport',
    p,
    r,
  );
  const specialist = setting === 'maintainedSpecial' || setting === 'independentSpecial';
  const trust = clamp01(p['population.initialTrust'] + TRUST_SPREAD * (r() - 0.5));
  const { context, effects, timers, episodes } = seed;
  episodes.earlyHelpLeft = 0;
  episodes.crisisLeft = 0;
  resetJourneyContext(context, attributes, 0, trust);
  // Plan holders take the shape the model's dynamics give (plan-severity-at-start.ts), in
  // specialist settings and outside them; a child waiting for a special place has a need above the
  // specialist threshold. Pupils on SEN support and requests in progress replay their need history
  // instead (need-history.ts).
  const threshold = p['placement.specialistSeverity'];
  if (hasPlan)
    context.severity = waitingForPlace
      ? between(r, threshold, 1)
      : specialist
        ? specialistSeverityAtStart(r(), threshold)
        : outsideSpecialistSeverityAtStart(age, r(), threshold);
  else if (postPlan) context.severity = fromShape(POST_PLAN_SEVERITY_SHAPE_AT_START, r(), 0, 1);
  else {
    // The age comes with the history (older children have had longer for a need to arise).
    if (emerging) age = drawEmergingChild(context, p, shares.trends, r);
    else if (pipeline)
      age = drawRequester(context, p, shares.trends, r, shares.earlyYearsSupportShare, (c) =>
        decidedAs(group, refusalType, c, p),
      );
    else {
      const [drawn, end] = earlyYears
        ? drawEarlyYearsPupil(context, p, shares.trends, r, episodes)
        : drawSchoolPupil(context, p, shares.trends, r, episodes);
      age = drawn;
      preparing = end === 'preparingRequest';
    }
    // The history decided the age and the need; reset the attributes to them, keeping its refusals.
    const refusals = context.refusals;
    resetJourneyContext(
      context,
      { ...attributes, birthDay: -age * DAYS_PER_YEAR, primaryNeed: context.primaryNeed },
      context.severity,
      context.trust,
    );
    context.refusals = refusals;
  }
  if ((emerging || pipeline) && age < EARLY_YEARS_END) setting = 'earlyYears';
  context.supportLevel = hasPlan ? 'plan' : emerging ? 'universal' : 'senSupport';
  context.specialistSetting = specialist;
  context.outOfEducation = setting === 'outOfEducation';
  context.planDelivered = hasPlan && r() < p['provision.planDeliveryProbability'];
  // A pupil on SEN support keeps the refused requests of its replayed history.
  if (hasPlan || pipeline) context.refusals = refused ? 1 : 0;
  context.requests = hasPlan || pipeline || postPlan ? 1 : context.refusals;
  context.planIssuedOn = hasPlan ? -r() * Math.min(age - 2, 5) * DAYS_PER_YEAR : -1;
  effects.length = 0;
  timers.length = 0;
  let support = hasPlan ? 'statutory.plan' : 'senSupport';
  let redress = 'idle';
  if (postPlan) {
    // On the pathway it would be on now, its plan having ended years ago (post-plan-at-start.ts).
    const yearsAgo = yearsSincePlanEnded(age, shares.leavingHazard, r());
    support = replayPathway(context, yearsAgo * DAYS_PER_YEAR, p, r);
    if (support !== 'postPlan.adultSocialCare') {
      timers.push({
        timer: 'pathway',
        event: 'PATHWAY_CHANGES',
        day: JOURNEY_DELAYS.pathwayChange(context, p, r, 0),
      });
    }
  }

  if (hasPlan) {
    // The next annual review, at an even phase; but a young person out of education from 18 is
    // still a plan holder because no review has come since that could cease the plan, so the
    // next is nearer: the time since leaving (or since 18) and the time to the review are even
    // over the year together, which leaves the time to it with density 2(1 − t)/T (mean a third
    // of the year; assumption: the few whose plan a review kept, 1 − c, would draw it evenly). Drawn
    // evenly (until model 0.27.0) the start's reviews ceased such plans at half the rate, and the
    // first year's plans ceased rose from 1,600 in January to 3,500 in December.
    const year = p['plan.annualReviewDays'];
    const ceasable = setting === 'outOfEducation' && age >= CEASE_NOT_IN_EDUCATION_FROM_AGE;
    const u = r();
    timers.push({
      timer: 'annualReview',
      event: 'ANNUAL_REVIEW',
      day: ceasable ? year * (1 - Math.sqrt(1 - u)) : u * year,
    });
  }
  // A child in a state special school holds one of its places; one placed in an independent
  // school holds none (it left the queue when it was placed there, as in the journey).
  if (setting === 'maintainedSpecial') effects.push(START.joinSpecialSchool);
  // Waiting for a state place (ChildSeed.waitingForSpecialPlaceSince). The first in the group
  // have waited longest: the wait already gone falls evenly from the whole of
  // placement.independentFallbackDays to none along it, so the fallbacks to an independent school
  // fall due all through the first months, not at once.
  context.seeksSpecialist = waitingForPlace;
  const fallback = p['placement.independentFallbackDays'];
  seed.waitingForSpecialPlaceSince = waitingForPlace ? -fallback * (1 - position) : undefined;
  seed.waitsForHearing = false;
  seed.waitingForPsychologistSince = undefined;
  if (waitingForPlace)
    timers.push({ timer: 'placementFallback', event: 'PLACEMENT_FALLBACK', day: fallback * position });
  if (group === 'requested') {
    // Part-way through the LA's decision: its length drawn as the statechart draws it, weighted
    // by length as a decision in progress is (stage-in-progress.ts), the part already gone
    // uniform within it, so decisions fall due all through the first weeks.
    support = 'statutory.requested';
    context.requestedBy = requester(age, p, r);
    const decision = stageInProgress(
      () => JOURNEY_DELAYS.laDecision(context, p, r, 0),
      LONGEST_STATUTORY_DAYS.laDecision(),
      r,
    );
    const gone = r() * decision;
    context.requestedOn = -gone;
    needSinceRequest(context, gone, p, r);
    timers.push({ timer: 'decision', event: 'LA_DECIDES', day: decision - gone });
    effects.push(START.decisionDeadline);
  }
  if (group === 'assessing') {
    // Agreed. Waiting for an educational psychologist in a group short of them, `epWaited` days so
    // far (ep-queue-at-start.ts: the first in each group's queue have waited longest, so they are
    // seen first, as the queue would see them). Otherwise part-way
    // from the LA's agreement to a final plan, in whichever stage the time already gone falls: with
    // an educational psychologist (holding one of the service's slots, as the statechart's children
    // do), the LA deciding to issue, or drafting. Each stage is drawn as the statechart draws it,
    // the three together weighted by their length as a journey in progress is
    // (stage-in-progress.ts), so plans fall due all through the first months.
    context.requestedBy = requester(age, p, r);
    const decided = JOURNEY_DELAYS.laDecision(context, p, r, 0);
    const waiting = !Number.isNaN(epWaited);
    let assessment = 0;
    let deciding = 0;
    let drafting = 0;
    if (!waiting)
      stageInProgress(
        () => {
          assessment = JOURNEY_DELAYS.epAssessment(context, p, r, 0);
          deciding = JOURNEY_DELAYS.issueDecision(context, p, r, 0);
          drafting = JOURNEY_DELAYS.drafting(context, p, r, 0);
          return assessment + deciding + drafting;
        },
        LONGEST_STATUTORY_DAYS.epAssessment(p) +
          LONGEST_STATUTORY_DAYS.issueDecision() +
          LONGEST_STATUTORY_DAYS.drafting(p),
        r,
      );
    // Days since the LA agreed: waited so far, or gone of the stages that follow.
    const gone = waiting ? epWaited : r() * (assessment + deciding + drafting);
    context.requestedOn = -(decided + gone);
    needSinceRequest(context, decided + gone, p, r);
    effects.push(START.issueDeadline);
    if (waiting) {
      support = 'statutory.assessing.waitingForEP';
      seed.waitingForPsychologistSince = -gone;
    } else if (gone < assessment) {
      support = 'statutory.assessing.withEP';
      effects.push(START.joinEducationalPsychology);
      timers.push({ timer: 'assessment', event: 'ASSESSMENT_COMPLETE', day: assessment - gone });
    } else if (gone < assessment + deciding) {
      support = 'statutory.decidingToIssue';
      timers.push({ timer: 'decision', event: 'ISSUE_DECISION', day: assessment + deciding - gone });
    } else {
      support = 'statutory.drafting';
      timers.push({ timer: 'drafting', event: 'FINAL_PLAN', day: assessment + deciding + drafting - gone });
    }
  }
  if (group === 'planAppealing' || group === 'refusedAppealing') {
    // Appeals already registered: the first in the group are listed (appealsListedAtStart),
    // part-way through the time to their hearing's decision (drawn as the statechart draws it),
    // the rest wait for a slot. Whether the LA will concede or the family withdraw is drawn in
    // the shares of appeals still in progress (start-pipelines.ts).
    context.appealType = refusalType ?? planDisputeType(p, r);
    if (refusedAppeal) support = refusalLeaf(context.appealType);
    context.appeals = 1;
    if (position < listedBelow) {
      redress = 'awaitingHearing.listed';
      effects.push(START.joinTribunal);
      const hearing = stageInProgress(
        () => JOURNEY_DELAYS.hearing(context, p, r, 0),
        LONGEST_STATUTORY_DAYS.hearing(p),
        r,
      );
      timers.push({ timer: 'hearing', event: 'HEARING_OUTCOME', day: hearing * (1 - r()) });
    } else {
      redress = 'awaitingHearing.queued';
      seed.waitsForHearing = true;
    }
    const u = r();
    const { concede, withdraw } = shares.appealOutcomes;
    if (u < concede) {
      effects.push(START.concedes);
    } else if (u < concede + withdraw) {
      effects.push(START.withdraws);
    }
  }
  if (group === 'planDisputing' || group === 'refusedDisputing') {
    // A decision a few weeks ago that the family disputes: still preparing its appeal (or asking
    // for mediation), or in mediation now. The preparation is drawn as the statechart draws it
    // (weighted by its length if it is the stage in progress: stage-in-progress.ts) and the part
    // already gone is uniform within it; a mediation meeting likewise.
    const appealType = refusalType ?? planDisputeType(p, r);
    if (refused) support = refusalLeaf(appealType);
    context.appealType = appealType;
    const mediating = r() * shares.disputeDays >= shares.disputePreparingDays;
    const prepare = () => JOURNEY_DELAYS.appealPreparation(context, p, r, 0);
    const preparation = mediating
      ? prepare()
      : stageInProgress(prepare, LONGEST_STATUTORY_DAYS.appealPreparation(p), r);
    let decidedAgo: number;
    if (mediating) {
      const meeting = JOURNEY_DELAYS.mediation(context, p, r, 0);
      const gone = r() * meeting;
      decidedAgo = preparation + gone;
      redress = 'mediation';
      context.mediations = 1;
      timers.push({ timer: 'mediation', event: 'MEDIATION_OUTCOME', day: meeting - gone });
    } else {
      const gone = r() * preparation;
      decidedAgo = gone;
      context.appealType = 'none';
      timers.push({ timer: 'appeal', event: 'APPEAL', day: preparation - gone, payload: { appealType } });
    }
    if (hasPlan) context.planIssuedOn = -decidedAgo;
    else {
      // A refusal to issue came after the assessment, a refusal to assess at the decision.
      const assessed =
        appealType === 'refusalToIssue'
          ? MEAN_STATUTORY_DAYS.epAssessment(p) + MEAN_STATUTORY_DAYS.issueDecision()
          : 0;
      context.requestedOn = -(decidedAgo + assessed + MEAN_STATUTORY_DAYS.laDecision(p));
      needSinceRequest(context, -context.requestedOn, p, r);
      const window = STATUTORY_DAYS.appealWindow - decidedAgo;
      if (window > 0) timers.push({ timer: 'appealWindow', event: 'APPEAL_WINDOW_CLOSES', day: window });
    }
  }
  if (episodes.earlyHelpLeft > 0) {
    // Part-way through an early help episode (need-history.ts), holding one of the service's slots.
    support = 'earlyHelp.receiving';
    context.supportLevel = 'earlyHelp';
    effects.push(START.joinEarlyHelp);
    timers.push({ timer: 'earlyHelpEnd', event: 'EARLY_HELP_ENDS', day: episodes.earlyHelpLeft });
  }
  if (preparing) {
    // The family or the school decided to ask for an assessment and has not yet sent it.
    // Before school the family asks (the statechart's notifiedInEarlyYears); later the school or the family.
    const bySchool = !earlyYears && r() < p['request.schoolShare'];
    effects.push(bySchool ? START.schoolPreparesRequest : START.familyPreparesRequest);
  }
  if (emerging) {
    // Nobody has noticed yet: the school's and the parent's clocks run, and need escalates.
    support = 'universal';
    effects.push(START.schoolNotices, START.parentConcern, START.escalates);
    seed.leaves.need = 'emerging';
  } else {
    const needMet = provisionOf(context, p) >= context.severity;
    // A child whose history was not replayed (a plan holder, a request or dispute in progress)
    // with unmet need is in crisis with the share of time the model's crises take.
    const replayed = earlyYears || group === 'senSupport';
    const crisisLeft = replayed || needMet ? episodes.crisisLeft : crisisInProgress(context, p, r);
    if (crisisLeft > 0) {
      // No need changes until the crisis resolves (the statechart cancels them).
      timers.push({ timer: 'crisis', event: 'CRISIS_RESOLVES', day: crisisLeft });
      seed.leaves.need = 'crisis';
    } else {
      effects.push(needMet ? START.eases : START.escalates);
      seed.leaves.need = needMet ? 'met' : 'unmet';
    }
  }
  seed.leaves.support = support;
  seed.leaves.redress = redress;
  seed.leaves.setting = setting;
}

/**
 * Days left of a crisis under way at the start for a child with unmet need whose history is not
 * replayed, or 0. Escalations come at need.escalationRatePerYear and each brings a crisis with
 * `crisisProbability`; a crisis lasts need.crisisDurationDays on average, with no escalation in
 * it. So the share of its time such a child spends in crisis is h·D / (1 + h·D), h the yearly
 * crisis hazard and D the mean crisis in years (an alternating renewal process, at today's
 * severity); the part already gone is uniform within one drawn as the statechart draws it.
 */
function crisisInProgress(context: JourneyContext, p: Params, r: RandomStream): number {
  const hazardTimesLength =
    p['need.escalationRatePerYear'] *
    crisisProbability(context, p) *
    (p['need.crisisDurationDays'] / DAYS_PER_YEAR);
  if (r() >= hazardTimesLength / (1 + hazardTimesLength)) return 0;
  const length = JOURNEY_DELAYS.crisisEpisode(context, p, r, 0);
  return length * (1 - r());
}

/**
 * Attributes of a child with SEN: sex, free school meals, primary need and family advocacy. A
 * plan holder (or a young person after a plan) is drawn as one, its need for where it is (`group`
 * is that place); a need without a plan is drawn with the age it arose at (`onsetAge`) and the
 * chance that year that a need arising before school is complex (a pupil at the start whose
 * history is replayed draws it again with its replayed onset, need-history.ts).
 */
export function drawAttributes(
  id: number,
  birthDay: number,
  group: PlanHolderPlace | 'senSupport',
  p: Params,
  r: RandomStream,
  onsetAge = Number.POSITIVE_INFINITY,
  earlyComplexChance = 0,
): ChildAttributes {
  const ehcp = group !== 'senSupport';
  const sex: Sex =
    r() < p[ehcp ? 'population.maleShare.ehcp' : 'population.maleShare.senSupport'] ? 'male' : 'female';
  const deprived = r() < p[ehcp ? 'population.fsmShare.ehcp' : 'population.fsmShare.senSupport'];
  const primaryNeed = ehcp
    ? drawPlanHolderNeed(group, r)
    : drawArisingNeed(onsetAge, earlyComplexChance, p, r);
  const mean = deprived ? p['population.advocacyMean.deprived'] : p['population.advocacyMean.notDeprived'];
  const advocacy = clamp01(mean + ADVOCACY_SPREAD * (r() - 0.5));
  return { id, birthDay, sex, primaryNeed, deprived, advocacy };
}

/**
 * The chance that the LA decided a request as it did for a child of `group` (with `refusalType`
 * for a refusal disputed) at the child's need, under the budget pressure its councils start under:
 * none yet for a request awaiting its decision; agreed to assess for an assessment in progress or
 * waiting for an educational psychologist, or for a refusal to issue after one (the decision to issue does not depend on the need); refused to
 * assess for such a refusal. Drawing requests without it gave the refusals disputed at the start
 * the needs of the requests agreed.
 */
function decidedAs(
  group: Group,
  refusalType: AppealType | undefined,
  context: JourneyContext,
  p: Params,
): number {
  if (group === 'requested') return 1;
  const agreed = assessProbability(context, decisionsAtStart(p));
  return refusalType === 'refusalToAssess' ? 1 - agreed : agreed;
}

/** Who asked for an assessment in progress at the start: before school the family (the statechart's notifiedInEarlyYears), later the school or the family. */
function requester(age: number, p: Params, r: RandomStream): Requester {
  return age >= EARLY_YEARS_END && r() < p['request.schoolShare'] ? 'school' : 'family';
}

/** Where a child whose refusal is disputed waits: refused an assessment, or assessed and refused a plan. */
function refusalLeaf(appealType: AppealType): string {
  return appealType === 'refusalToIssue' ? 'statutory.notIssued' : 'statutory.refused';
}

/** A dispute of a refusal in progress at the start: to assess or to issue, in the published proportions. */
function refusalDisputeType(r: RandomStream): 'refusalToAssess' | 'refusalToIssue' {
  return r() * REFUSAL_DISPUTE_SHARE < REFUSAL_TO_ISSUE_DISPUTE_SHARE ? 'refusalToIssue' : 'refusalToAssess';
}

/**
 * What a dispute against a plan in force at the start is about: the school named for
 * redress.placementShareAtStart of them (a start-in-motion value), otherwise the plan's contents.
 * Until model 0.13.0 all were about contents, and the first year registered about half the
 * placement appeals a run four years in does.
 */
function planDisputeType(p: Params, r: RandomStream): 'placement' | 'planContents' {
  return r() < p['redress.placementShareAtStart'] ? 'placement' : 'planContents';
}

function between(r: RandomStream, lo: number, hi: number): number {
  return lo + (hi - lo) * r();
}
