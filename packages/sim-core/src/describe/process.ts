/**
 * The model's process in words: what each event means, each step of a child's journey with
 * the rule it follows and the parameters it reads, the design concepts, and the statutory
 * clocks. Kept next to the code and typed against it (every event and every clock needs a
 * line; every parameter named must be in the catalogue), so `sendsim describe` and the UI's
 * assumptions page describe the model the engine runs. When a rule in `journey/` changes,
 * change its step here.
 *
 * Over 400 lines because it is prose, one record per step and event: splitting the steps from
 * the events and clocks they name would only move the text apart from what checks it.
 */

import { COUNCIL_RESPONSE_PARAMETERS } from '../journey/council-decisions.js';
import type { JourneyEventType } from '../journey/journey-events.js';
import type { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import type { ParameterKey } from '../scenario/parameter-catalogue.js';

/** One event of the journey statechart, in plain English. */
export const EVENT_DOCS: Readonly<Record<JourneyEventType, string>> = {
  NEED_ARISES: 'A child without SEN develops a need, and enters the model.',
  NEED_ESCALATES: 'Unmet (or not yet identified) need gets worse: severity rises by one escalation step.',
  NEED_EASES: 'Met need eases: severity falls by one easing step.',
  NEED_REVIEW: "The child's need is compared with what their support and setting can meet.",
  CRISIS: 'A crisis: exclusion, placement or family breakdown, or a mental-health crisis.',
  CRISIS_RESOLVES: 'The crisis episode ends and need is reassessed.',
  EXCLUSION: 'The child is excluded from school to alternative provision.',
  SCHOOL_NOTICES: 'The school identifies the need and starts SEN support.',
  PARENT_RAISES_CONCERN: 'The family raises a concern and the school starts SEN support.',
  EARLY_HELP_STARTS: 'An early help slot becomes free and the family starts receiving early help.',
  EARLY_HELP_ENDS: 'The early help episode ends; the child returns to SEN support.',
  REQUEST_ASSESSMENT: 'A request for statutory assessment (by the family or the school) reaches the LA.',
  DECISION_DEADLINE: 'The 6-week limit to decide whether to assess passes.',
  LA_DECIDES: 'The LA decides whether to assess.',
  EP_ASSESSMENT_STARTS: 'An educational psychologist becomes free and starts the assessment.',
  ASSESSMENT_COMPLETE: "The educational psychologist's advice is complete.",
  ISSUE_DECISION: 'The LA decides whether to issue a plan.',
  ISSUE_DEADLINE: 'The 20-week limit to issue the final plan passes.',
  FINAL_PLAN: 'The final plan is issued, naming a placement.',
  ANNUAL_REVIEW: 'The annual review of a plan: it continues (delivery re-drawn) or ceases.',
  SPECIAL_PLACE_OFFERED: 'A state special school place becomes free and is taken up.',
  PLACEMENT_FALLBACK:
    'No state special place came in time: the LA places the child in an independent special school.',
  APPEAL_WINDOW_CLOSES: 'The 2-month window to appeal a decision closes.',
  APPEAL: 'The family disputes a decision: mediation first, or an appeal to the tribunal.',
  MEDIATION_OUTCOME: 'Mediation ends: agreement, an appeal, or the dispute dropped.',
  APPEAL_REGISTERED: 'The tribunal registers the appeal; it waits for a hearing slot.',
  HEARING_LISTED: 'A hearing slot becomes free and the appeal is listed.',
  HEARING_OUTCOME: 'The tribunal decides the appeal.',
  LA_CONCEDES: 'The LA concedes the appeal before a hearing.',
  APPEAL_WITHDRAWN: 'The family withdraws the appeal.',
  ORDER_COMPLIED: "The LA complies with the tribunal's order and the plan is delivered.",
  BIRTHDAY: 'A birthday: phase transfer at 5, 16 and 19, and plans end at the upper age.',
  LEAVES_AREA:
    'The child leaves the area (in the vocabulary of the statechart; the engine does not yet send it).',
  PATHWAY_STARTS:
    'A plan has ended before 25: the young person starts a pathway (education, employment or training; NEET; adult social care).',
  PATHWAY_CHANGES:
    'A young person after their plan moves between pathways: into or out of NEET, or into adult social care.',
};

/** One step of the process: a one-line summary, the rule in detail, and the parameters it reads. */
export interface ProcessStepDoc {
  readonly id: string;
  readonly title: string;
  /** One sentence for the process overview. */
  readonly summary: string;
  /** The rule as the code applies it, for the submodels section. */
  readonly rule: string;
  readonly parameters: readonly ParameterKey[];
}

export const PROCESS_STEPS: readonly ProcessStepDoc[] = [
  {
    id: 'needArising',
    title: 'Need arising',
    summary: 'New needs arise among children aged 0–15 by age-specific hazards, each with a severity.',
    rule: 'Each simulated year, for each single year of age 0–15, the number of new needs is Poisson with mean population.cohortSize × scale × the onset rate of that age band (the rates of 2023, × (1 + need.onsetGrowthPerYear) for each year after 2023 up to need.growthUntilYear, and divided by it for each year before, back to need.growthFromYear, whose level earlier years keep: only the start’s replayed need histories read years before the start); arrival times are uniform over the year. Each new need has a primary need: before age 5 a complex one (SLD, PMLD, MSI, PD, VI, HI) with chance need.earlyComplexShare × (1 + need.complexOnsetGrowthPerYear)^(year − 2023) ÷ the year’s onset trend, so that complex needs arise per child at their own trend (none, an assumption) while the others carry the growth, otherwise (and always from 5) one of the others (ASD, SLCN, SEMH, MLD, SpLD, OTH) in the shares need.arisingShare.* (estimated, with how well SEN support meets each, so that pupils with SEN come out in the school census’s mix); complex needs in SEN2’s proportions. Severity at onset is uniform from placement.specialistSeverity to 1 for a complex need (a need that calls for a specialist setting); uniform with width need.onsetSeveritySpread around need.severeOnsetSeverityMean for a need severe from onset (of the others but a specific learning difficulty, which never starts severe, a share need.severeOnsetShareEarly of those arising before age 5 and need.severeOnsetShare of later ones); else around need.onsetSeverityMean (need.earlyOnsetSeverityMean before age 5).',
    parameters: [
      'population.cohortSize',
      'need.onsetRate.age0to4',
      'need.onsetRate.age5to10',
      'need.onsetRate.age11to15',
      'need.onsetGrowthPerYear',
      'need.growthFromYear',
      'need.growthUntilYear',
      'need.onsetSeverityMean',
      'need.earlyOnsetSeverityMean',
      'need.onsetSeveritySpread',
      'need.earlyComplexShare',
      'need.complexOnsetGrowthPerYear',
      'need.severeOnsetSeverityMean',
      'need.severeOnsetShare',
      'need.severeOnsetShareEarly',
      'need.arisingShare.ASD',
      'need.arisingShare.SLCN',
      'need.arisingShare.SEMH',
      'need.arisingShare.MLD',
      'need.arisingShare.SpLD',
      'need.arisingShare.OTH',
      'placement.specialistSeverity',
    ],
  },
  {
    id: 'needEscalation',
    title: 'Unmet need escalates',
    summary:
      'Need not yet met (including while waiting for early help, an assessment or a place) escalates, and can reach crisis, suspension or exclusion.',
    rule: 'While need is emerging or unmet, escalations come at need.escalationRatePerYear (exponential gaps); each adds need.escalationStep × (1 − severity). An escalation of unmet need is a crisis with chance need.crisisProbabilityAtFullSeverity × severity² (a crisis lasts about need.crisisDurationDays and costs trust.lossOnCrisis), and for a child in mainstream or resourced provision a permanent exclusion to alternative provision with chance need.exclusionProbabilityAtFullSeverity × severity² (times need.exclusionPlanMultiplier for a plan holder, and need.exclusionSemhMultiplier where the primary need is social, emotional and mental health: behaviour is how that need shows, and schools exclude for it). An escalation in school (mainstream, resourced or special) that is not a permanent exclusion is a suspension with chance need.suspensionProbabilityAtFullSeverity × severity² (times need.suspensionPlanMultiplier for a plan holder and need.suspensionSemhMultiplier for SEMH; at most what exclusion leaves), from the same draw as exclusion so that suspensions move no exclusion: the child stays put, the family loses trust.lossOnSuspension and a parent’s earnings (cost.familyPerSuspension).',
    parameters: [
      'need.escalationRatePerYear',
      'need.escalationStep',
      'need.crisisProbabilityAtFullSeverity',
      'need.crisisDurationDays',
      'need.exclusionProbabilityAtFullSeverity',
      'need.suspensionProbabilityAtFullSeverity',
      'need.exclusionPlanMultiplier',
      'need.suspensionPlanMultiplier',
      'need.exclusionSemhMultiplier',
      'need.suspensionSemhMultiplier',
      'trust.lossOnCrisis',
      'trust.lossOnSuspension',
    ],
  },
  {
    id: 'needEasing',
    title: 'Met need eases',
    summary: "Need is met when the child's support and setting can meet its severity; met need eases.",
    rule: 'Need is met when the provision of the support level (provision.universal, provision.senSupport times provision.senSupportByNeed.<need> for a need other than complex (estimated so that plans keep SEN2’s mix of needs: SEN support fits autism less well than dyslexia), provision.earlyHelp, or provision.planDelivered / provision.planPartlyDelivered for a plan, plus provision.specialistSettingBonus in a specialist setting) is at least the severity; each time need is found met, trust rises by trust.gainWhenMet. Met need eases at need.easingRatePerYear by need.easingStep; below provision.universal it resolves, and a child on SEN support returns to universal provision.',
    parameters: [
      'provision.universal',
      'provision.senSupport',
      'provision.senSupportByNeed.ASD',
      'provision.senSupportByNeed.SLCN',
      'provision.senSupportByNeed.SEMH',
      'provision.senSupportByNeed.MLD',
      'provision.senSupportByNeed.SpLD',
      'provision.senSupportByNeed.OTH',
      'provision.earlyHelp',
      'provision.planDelivered',
      'provision.planPartlyDelivered',
      'provision.specialistSettingBonus',
      'need.easingRatePerYear',
      'need.easingStep',
      'trust.gainWhenMet',
    ],
  },
  {
    id: 'identification',
    title: 'Identification',
    summary: 'The school notices the need, or the family raises a concern, and SEN support starts.',
    rule: 'After a need arises the school notices it after an exponential delay with mean identification.schoolMeanDays, and the family raises a concern after one with mean identification.parentMeanDays ÷ (0.5 + advocacy); whichever comes first starts SEN support. Before age 5 it may also go straight to a request for assessment, with chance request.earlyYearsAtFullSeverity × severity² (health services must tell the LA of young children who probably have SEN, Children and Families Act 2014 s.23).',
    parameters: [
      'identification.schoolMeanDays',
      'identification.parentMeanDays',
      'request.earlyYearsAtFullSeverity',
    ],
  },
  {
    id: 'earlyHelp',
    title: 'Early help',
    summary: 'Escalating need on SEN support can lead to a referral to early help, which has a queue.',
    rule: 'On SEN support, an escalation that leads to no request leads to an early help referral with chance earlyHelp.referralProbability. Referred families queue for early help (earlyHelp.capacity families at once); an episode lasts earlyHelp.episodeDays × (0.5 to 1.5), meets need up to provision.earlyHelp, and at its end eases severity by earlyHelp.lastingEffect.',
    parameters: [
      'earlyHelp.referralProbability',
      'earlyHelp.capacity',
      'earlyHelp.episodeDays',
      'earlyHelp.lastingEffect',
    ],
  },
  {
    id: 'requests',
    title: 'Requests for assessment',
    summary:
      'Escalations on SEN support or early help can lead the family or the school to request a statutory assessment.',
    rule: 'Each escalation leads to a request with chance request.probabilityAtFullSeverity (its 2023 value, grown or shrunk by request.growthPerYear a year as need onsets are, up to need.growthUntilYear) × severity² × (1 + request.advocacyWeight × (advocacy − 0.5)) × (1 + request.distrustWeight × (0.5 − trust)), capped at 1, where advocacy is the family’s effective advocacy (see independent advice and co-production); a share request.schoolShare of them come from schools. The request reaches the LA after an exponential delay with mean request.preparationDays, which starts the 6- and 20-week clocks.',
    parameters: [
      'request.probabilityAtFullSeverity',
      'request.growthPerYear',
      'request.advocacyWeight',
      'request.distrustWeight',
      'request.schoolShare',
      'request.preparationDays',
    ],
  },
  {
    id: 'laDecisions',
    title: 'LA decisions',
    summary: 'The LA decides whether to assess, and after the assessment whether to issue a plan.',
    rule: 'The decision to assess is made within 6 weeks with probability la.decisionCompliance (uniformly over 30–100% of the limit), else late by an exponential overrun with mean 28 days. By then a share request.withdrawnBeforeDecision of requests have ended without a decision (withdrawn, the child moved away, lapsed: the child stays on SEN support, with no appeal right); on the rest the LA agrees with chance logistic(logit(la.assessProbability) + la.assessSeverityWeight × (severity − 0.5)). One to three weeks after the assessment it issues a plan with chance la.issueProbability. A refusal to assess or to issue costs trust.lossOnRefusal × (1 − coproduction.decisionShare × coproduction.trustLossAvoided) and opens the 2-month appeal window.',
    parameters: [
      'la.decisionCompliance',
      'request.withdrawnBeforeDecision',
      'la.assessProbability',
      'la.assessSeverityWeight',
      'la.issueProbability',
      'trust.lossOnRefusal',
    ],
  },
  {
    id: 'epQueue',
    title: 'Educational psychologist queue',
    summary: 'Agreed assessments wait for an educational psychologist; waiting is unmet need.',
    rule: 'An agreed assessment joins the first-come-first-served queue for an educational psychologist in the child’s local area group; the assessment takes ep.assessmentDays × (0.75 to 1.25). The number of slots follows from ep.workforceFte and ep.assessmentsPerFtePerYear, shared unevenly across the groups (ep.localCapacitySpread), so compliance with the 20-week limit emerges from capacity and demand, area by area. Councils respond to a backlog: each month a group whose queue is longer than ep.locumTriggerWeeks of its own EPs’ work buys locum slots to clear the excess within the month, up to ep.locumMaxShare of an average group’s own slots, and each assessment a locum does costs cost.epLocumPremium more (LA other); the workforce grows by ep.traineeNetGrowthFte each September from ep.traineeGrowthFromYear as the expanded trainee cohorts qualify.',
    parameters: [
      'ep.workforceFte',
      'ep.assessmentsPerFtePerYear',
      'ep.assessmentDays',
      'ep.localCapacitySpread',
      'ep.traineeNetGrowthFte',
      'ep.traineeGrowthFromYear',
      'ep.locumTriggerWeeks',
      'ep.locumMaxShare',
    ],
  },
  {
    id: 'drafting',
    title: 'Drafting, plans and reviews',
    summary: 'The LA drafts the plan; its provision is delivered or not, and it is reviewed every year.',
    rule: 'Drafting takes la.draftingMeanDays × (0.5 to 1.5). A final plan is delivered in full with chance provision.planDeliveryProbability, re-drawn at each annual review (every plan.annualReviewDays). At a review the plan ceases with chance plan.ceaseNeedsMetProbability if need is met (back to SEN support), or from age 18 with chance plan.ceaseNotInEducationProbability if the young person has left education or training (CFA 2014 s.45, reg 29): the young person leaves first, at 16 or at a birthday from 18 in further education, and holds the plan out of education until a review ceases it (from model 0.18.0; until then a plan ended the day its holder left). A plan also ends at a birthday from 18 when a young person in further education moves on to higher education or paid employment (placement.movesOnProbability; SEN2’s third and fourth reasons for ceasing, from model 0.19.0). Moves between LAs are not simulated (a plan transfers with the family); plan.transfersBetweenLAsPerPlanYear only adds them to plans ceased when the model is compared with SEN2, which counts a transfer as a plan ceased.',
    parameters: [
      'la.draftingMeanDays',
      'provision.planDeliveryProbability',
      'plan.annualReviewDays',
      'plan.ceaseNeedsMetProbability',
      'plan.ceaseNotInEducationProbability',
      'plan.transfersBetweenLAsPerPlanYear',
    ],
  },
  {
    id: 'placement',
    title: 'Placement',
    summary:
      'A plan names a specialist place for the most severe needs (state special if one is free in time, else independent), otherwise mainstream or resourced provision.',
    rule: 'With severity at least placement.specialistSeverity, a family that prefers an independent special school (a fixed share placement.independentPreferenceShare of families, by an integer hash of the child’s id) has it named at once with chance la.namesIndependentPreference (× the tribunal’s deterrence); otherwise the child queues for a state special school place (placement.specialSchoolPlaces at the start, all held: the start places plan holders in state special schools in that number, with placement.waitingAtStart × places already waiting, the longest first, and placement.commissionedAtStart × places commissioned in each of the Septembers before the start whose places have yet to open), a preferring family loses trust as for a refusal when one is offered and may appeal the placement, and the child is placed in an independent special school if no place is offered within placement.independentFallbackDays. Each 1 September councils plan for the demand they expect when new places would open: the children holding or waiting for a state place now, growing for placement.commissioningLagYears years at last year’s rate (the change in those children plus those who stopped waiting for a place), less the places open and those already commissioned; they commission a share placement.commissioningShare of that gap, which opens on 1 September placement.commissioningLagYears later, and the DfE pays cost.specialPlaceCapital a place when they are commissioned; an annual review that finds such need in a non-specialist setting starts the same search, and at the move to secondary school (age 11) a mainstream pupil with need within placement.secondaryMoveWindow of the threshold (a window divided by provision.senSupportByNeed.<need> for a need other than complex: a mainstream secondary school suits the needs SEN support fits poorly less well still, so nearly every autistic plan holder is within it) does so with chance placement.specialistMoveAtSecondary. Otherwise a mainstream pupil moves to resourced provision with chance placement.resourcedShare. At 16 a young person with a plan moves to further education, or out of education with chance placement.neetAt16Probability; from 18 a young person in further education leaves it at each birthday with chance placement.leavesEducationProbability, keeping the plan until a review ceases it, or moves on to higher education or paid employment with chance placement.movesOnProbability, when the plan ends and the young person is on the education, employment or training pathway (from model 0.19.0).',
    parameters: [
      'placement.specialistSeverity',
      'placement.independentPreferenceShare',
      'la.namesIndependentPreference',
      'placement.specialSchoolPlaces',
      'placement.waitingAtStart',
      'population.stateSpecialSecondaryToPrimary',
      'placement.commissionedAtStart',
      'placement.commissioningShare',
      'placement.commissioningLagYears',
      'cost.specialPlaceCapital',
      'placement.independentFallbackDays',
      'placement.resourcedShare',
      'placement.specialistMoveAtSecondary',
      'placement.secondaryMoveWindow',
      'placement.neetAt16Probability',
      'placement.leavesEducationProbability',
      'placement.movesOnProbability',
    ],
  },
  {
    id: 'redress',
    title: 'Redress: mediation and appeals',
    summary:
      'After a refusal, or over a plan’s contents or placement, families may go to mediation and appeal to the tribunal, whose hearings are capacity-limited.',
    rule: 'A family appeals with chance redress.appealProbability.<type> × (1 + redress.advocacyWeight × (advocacy − 0.5)) × (1 − coproduction.decisionShare × coproduction.appealsAvoided), advocacy being effective advocacy (see independent advice and co-production), within the 2-month window after redress.preparationDays × (0.5 to 1.5); placement appeals need redress.placementOrders = 1 (a dispute about the school named that is still being prepared, or in mediation, when placement orders go cannot become an appeal; from model 0.17.0) and a severity within 0.1 below the specialist threshold (the LA names a mainstream school), a need at or above it for which the LA names a cheaper placement (whatever school the family prefers; from model 0.16.0), or a family preferring an independent school the LA did not name (at the plan, or at the review that finds a specialist need); a placement won, conceded or agreed names the school the family asked for: the independent school it prefers, or else a state special school the LA then looks for, as for a plan that names one (until model 0.16.0 always an independent school). A share redress.mediationTakeUp goes to mediation first (30 days): it ends in agreement (redress.mediationAgreement), an appeal (redress.mediationFollowedByAppeal) or the dispute dropped. A registered appeal is conceded by the LA (redress.laConcedes) or withdrawn (redress.familyWithdraws) after an exponential delay with mean redress.concessionMeanDays, or else waits for a hearing slot; a decided appeal goes to the family with chance redress.familyWins, and an order on a plan’s contents is complied with within 5 weeks with chance tribunal.orderCompliance. Single route of redress: at an annual review of a plan not delivered in full, the family may appeal over its health and social care parts (redress.appealProbability.healthAndSocialCare); a recommendation won, conceded or agreed is carried out with chance redress.healthAndSocialCareFollowed, and the plan is then delivered. Of the disputes and appeals against plans in progress at the start, a share redress.placementShareAtStart are about the school named.',
    parameters: [
      'redress.appealProbability.refusalToAssess',
      'redress.appealProbability.refusalToIssue',
      'redress.appealProbability.planContents',
      'redress.appealProbability.placement',
      'redress.appealProbability.healthAndSocialCare',
      'redress.healthAndSocialCareFollowed',
      'redress.placementShareAtStart',
      'redress.advocacyWeight',
      'redress.preparationDays',
      'redress.placementOrders',
      'redress.mediationTakeUp',
      'redress.mediationAgreement',
      'redress.mediationFollowedByAppeal',
      'redress.laConcedes',
      'redress.familyWithdraws',
      'redress.concessionMeanDays',
      'redress.familyWins',
      'tribunal.hearingsPerYear',
      'tribunal.listingToDecisionDays',
      'tribunal.orderCompliance',
    ],
  },
  {
    id: 'councilsRespond',
    title: 'Councils respond: tribunal deterrence and budget pressure',
    summary:
      'Councils concede less and name cheaper placements when the tribunal deters less, and refuse more, issue less and name cheaper placements when high-needs spending outgrows funding.',
    rule: 'Councils’ decision parameters are those of the scenario, adjusted for what councils face (journey/council-decisions.ts). Tribunal deterrence: la.tribunalDeterrence is 1 under today’s powers; the tribunal powers lever sets it to la.deterrenceNoPlacementOrders or la.deterrenceNonJudicialRoute. Concessions become redress.laConcedes × deterrence, and a plan or review that finds need calling for a specialist place names a non-specialist one instead with chance la.cheaperPlacementShare + la.cheaperPlacementWithoutDeterrence × (1 − deterrence) (then resourced provision with chance placement.resourcedShare, else mainstream; the next review asks again). Budget pressure: councils start at an excess of la.highNeedsExcessAtStart; each 1 April from the run’s third, each group of areas compares its last twelve months’ high-needs spending with a funded level, its first twelve months’ spending ÷ (1 + la.highNeedsExcessAtStart) grown at la.highNeedsFundingGrowth a year (a declared proxy: the model has no funding side); the excess, spending beyond that level as a share of it, lowers the log-odds of agreeing to assess by la.pressureRefusalToAssess × excess, multiplies la.issueProbability by 1 − la.pressureRefusalToIssue × excess, and adds la.pressureCheaperPlacement × excess to the chance of a cheaper placement named.',
    // The councils' own response parameters (the locum and trainee ones belong to the EP step).
    parameters: COUNCIL_RESPONSE_PARAMETERS.filter((key) => key.startsWith('la.')),
  },
  {
    id: 'highNeedsMoney',
    title: 'High-needs money: income, spending and the DSG deficit',
    summary:
      'Each group of areas sets its high-needs spending against a share of the published high-needs block, and the gap builds a cumulative DSG deficit; councils feel it only if the statutory override ends or they sign a Safety Valve agreement.',
    rule: 'Spending is what the ledger books to LA high needs (top-ups and places for plan holders, alternative provision); school notional budgets, transport, assessment and tribunal costs are not high-needs block spending. Income is the high-needs block (published DfE allocations 2018/19–2023/24, uprated to the price base, then grown at dsg.highNeedsBlockGrowth a year) × dsg.modelledShareOfBlock, the share that pays for what the model books, shared equally across the ten groups of areas (a tenth of England’s children each) and spread evenly over the financial year’s months. The deficit starts at dsg.deficitAtStart and each month moves by spending − income. On 1 April of dsg.writeOffYear the DfE writes off dsg.writeOffShare of a group’s deficit. If dsg.safetyValve is 1, on 1 April of dsg.safetyValveFromYear every group in deficit signs an agreement: the DfE pays dsg.safetyValveSupportShare of that deficit in dsg.safetyValveYears yearly instalments, and while they run councils act as if spending were dsg.safetyValveExtraExcess further above funding. While dsg.statutoryOverride is 1 the deficit changes nothing councils do; once it is 0, dsg.deficitPressure × (deficit ÷ the coming year’s income), fixed each 1 April, is added to the excess the budget-pressure responses read. Payments by the DfE towards the deficit are transfers, reported apart and not added to the cost totals.',
    parameters: [
      'dsg.deficitAtStart',
      'dsg.modelledShareOfBlock',
      'dsg.highNeedsBlockGrowth',
      'dsg.statutoryOverride',
      'dsg.deficitPressure',
      'dsg.writeOffShare',
      'dsg.writeOffYear',
      'dsg.safetyValve',
      'dsg.safetyValveFromYear',
      'dsg.safetyValveYears',
      'dsg.safetyValveSupportShare',
      'dsg.safetyValveExtraExcess',
    ],
  },
  {
    id: 'ageingOut',
    title: 'Ageing and ageing out',
    summary: 'Birthdays move children between phases, and plans end at the upper age.',
    rule: 'Phase transfer happens on the birthday: early years to mainstream at 5; at 16 a young person with a plan moves to further education (or out of education) and one without a plan leaves the model; special school pupils move to further education at 19; plans end on the birthday at plan.upperAge. A young person whose plan ends at 25 leaves the model; one whose plan ends earlier (at the upper age, or at a review on leaving education) stays on a post-plan pathway until 25.',
    parameters: ['plan.upperAge'],
  },
  {
    id: 'postPlan',
    title: 'Life after the plan',
    summary:
      'A young person whose plan ends before 25 (not because needs are met) stays in the model until 25 on a pathway: education, employment or training (EET), NEET, or adult social care; their need, crises and costs go on being counted.',
    rule: 'When the plan ends, the young person leaves any school or college place; one who moved on to higher education or paid employment (placement.movesOnProbability, from model 0.19.0) is in education, employment or training, and any other starts adult social care with chance postPlan.adultSocialCareShare, is NEET with chance postPlan.neetShare, and otherwise is in education, employment or training. EET becomes NEET at rate postPlan.eetToNeetPerYear; NEET becomes EET at rate postPlan.neetToEetPerYear or adult social care at postPlan.neetToAdultSocialCarePerYear; adult social care lasts to 25. The pathway meets need up to provision.postPlanEET, provision.postPlanNEET or provision.adultSocialCare on the severity scale, so need is met or unmet, escalates and reaches crisis as before. NEET young people and those in adult social care cost the DWP cost.dwpOutOfWorkBenefits a year, and adult social care costs councils cost.adultSocialCare a year; families lose earnings while need is unmet, as for children. At 25 the young person leaves the model and their pathway is their outcome at 25 (one still on a plan at 25 counts as in education, or as NEET if out of education).',
    parameters: [
      'placement.movesOnProbability',
      'population.postPlanAtStart',
      'postPlan.adultSocialCareShare',
      'postPlan.neetShare',
      'postPlan.eetToNeetPerYear',
      'postPlan.neetToEetPerYear',
      'postPlan.neetToAdultSocialCarePerYear',
      'provision.postPlanEET',
      'provision.postPlanNEET',
      'provision.adultSocialCare',
      'cost.dwpOutOfWorkBenefits',
      'cost.adultSocialCare',
    ],
  },
  {
    id: 'costs',
    title: 'Costs by payer',
    summary:
      "Running costs follow from each child's state and one-off costs from events, each booked to one payer.",
    rule: "Running costs (a place, a top-up, transport, plan provision from health and social care, out-of-work benefits and adult social care after a plan, family earnings lost while need is unmet) accrue at yearly rates from the child's support level, setting, how far from home a special school placement is and whether need is met; plan provision from health and social care is paid in full when delivered and half when not. One-off costs are booked on events (request casework, EP assessment, early help episode, crisis, mediation, appeal with or without a hearing). The ledger holds whole pence, so payer totals add up exactly. Results report public spending (the nine public payers) and the cost to families apart; where their sum is shown it is called public spending plus cost to families. Ringfenced SEN money (cost.senSupportRingfenced a year per pupil on SEN support in a mainstream school, 0 unless a reform ringfences it) is booked to schools, and the share ringfence.movedFromHighNeeds of it is taken off LA high needs for the same pupil: moving existing money changes public spending by nothing, adding new money (share 0) raises it. The DSG account and councils' budget pressure count the money moved as still spent by the high-needs block, so the move itself changes neither. Distance from home: a plan holder in a state special school is out of area if a fixed hash of its id (no random draw, the same in every scenario) falls below placement.outOfAreaShareMaintained; in an independent special school, below placement.residentialShareIndependent it is residential (52-week if a second hash falls below placement.fiftyTwoWeekShare, weekly otherwise), else below placement.outOfAreaShareIndependent out of area by day, else local; a child keeps the distance it was counted at until it next changes state. Home-to-school transport a year: cost.transportSpecialLocal (local), cost.transportOutOfArea (out of area by day), cost.transportResidential (residential), cost.transportMainstreamPlan (a plan in a mainstream school or resourced provision), booked to LA other and reported as home_to_school_transport; the DSG account and councils' budget pressure do not read it. A residential placement adds cost.residentialWeeklyExtra or cost.residential52WeekExtra a year, of which children's social care pays placement.residentialCareShare and health placement.residentialHealthShare; education's share is already within cost.independentSpecial, so it is not booked again.",
    parameters: [
      'cost.senSupportRingfenced',
      'ringfence.movedFromHighNeeds',
      'placement.outOfAreaShareMaintained',
      'placement.outOfAreaShareIndependent',
      'placement.residentialShareIndependent',
      'placement.fiftyTwoWeekShare',
      'placement.residentialCareShare',
      'placement.residentialHealthShare',
    ],
  },
  {
    id: 'relativePrices',
    title: 'Prices that move',
    summary:
      'Unit costs follow the price index of what they buy (teachers’ pay, educational psychologists’ pay, independent school fees, social care, health), relative to general inflation; results are in 2025/26 prices, or in cash on request.',
    rule: "Each money parameter follows one price index (money-indices.ts; the GDP deflator unless named): school places, top-ups and SEN support follow teachers' pay (STRB awards), EP assessments, locums and extra EP FTE follow Soulbury pay awards, independent special places follow the published cost per pupil (PQ 100030), health costs NHS pay and prices and social care costs social care pay and prices (no series transcribed for these two, so they follow the GDP deflator to 2025/26). A value is uprated from its price year to 2025/26 with its index. In the run, a cost in financial year t is multiplied by (index(t) ÷ GDP deflator(t)) ÷ (index(2025/26) ÷ GDP deflator(2025/26)), worked out once per run; every child is re-priced each 1 April. Beyond an index's last published year it grows at prices.teacherPayRealGrowth, prices.epPayRealGrowth, prices.independentFeesRealGrowth, prices.socialCareRealGrowth or prices.healthRealGrowth a year above the deflator. Results are in real 2025/26 prices; --prices cash (and the app's Prices control) shows each month's money × GDP deflator of its financial year ÷ 2025/26's, converted when results are reported, not in the engine.",
    parameters: [
      'prices.teacherPayRealGrowth',
      'prices.epPayRealGrowth',
      'prices.independentFeesRealGrowth',
      'prices.socialCareRealGrowth',
      'prices.healthRealGrowth',
    ],
  },
  {
    id: 'adviceAndCoproduction',
    title: 'Independent advice and co-production',
    summary:
      'Independent advice (SENDIASS, parent carer forums) raises the advocacy the system sees from families with least capacity; decisions explained and made with the family cost less trust and draw fewer appeals.',
    rule: "Wherever advocacy is read (a parent raising a concern, a request, an appeal), a family below the average (0.5) acts with effective advocacy advocacy + advice.reachBelowAverage × advice.gapClosedWhenAdvised × (0.5 − advocacy); families at or above the average are unchanged, and the equity metrics still group families by their own capacity. A share coproduction.decisionShare of LA decisions is explained and made with the family: a refusal costs trust.lossOnRefusal × (1 − coproduction.decisionShare × coproduction.trustLossAvoided) of trust, so fewer requests follow as a legal guarantee (request.distrustWeight acts on the trust kept), and the chance of any appeal is multiplied by 1 − coproduction.decisionShare × coproduction.appealsAvoided. Both are expected values, not draws, so no random stream moves; at the baseline's reach and share of 0 nothing changes.",
    parameters: [
      'advice.reachBelowAverage',
      'advice.gapClosedWhenAdvised',
      'coproduction.decisionShare',
      'coproduction.trustLossAvoided',
      'coproduction.appealsAvoided',
    ],
  },
  {
    id: 'deliveryCosts',
    title: 'What reforms cost to deliver',
    summary:
      'Each lever set away from its default books what it costs to deliver and the model does not already cost: staff, training, programmes and capital, to the payer who pays, month by month.',
    rule: "A lever declares its delivery costs as data: a payer, a money parameter, the units it is paid for (a fixed count, or the rise the lever makes in a parameter, such as extra FTE or places) and when (a twelfth of a yearly sum each month from a date, for a number of years or to the end of the run; or a one-off sum in one month). The replication books them, national money × the run's scale, outside the groups of areas, so results are the same on any number of threads. Workforce strategy: delivery.epFte a year for each extra educational psychologist (LA other) and delivery.teacherSendTraining a year for 3 years (DfE). Inclusive mainstream: delivery.inclusiveMainstreamFund a year (schools) and cost.specialPlaceCapital for each extra special place (DfE). Minimum service standards: delivery.serviceStandardsCasework a year (LA other). Inspection and accountability: delivery.inspectionProgramme a year (DfE). Lenehan recommendations: delivery.residentialVisits a year (LA other), delivery.residentialQualityStandards a year (DfE) and capital for 5,000 regional places in September 2025 (DfE). 2026 White Paper: delivery.teacherSendTraining and delivery.expertsAtHand a year for 3 years from September 2026 (DfE; LA other), and capital for 20,000 places in September 2027 (DfE). Independent advice: delivery.sendiassFte a year for each of 459 more SENDIASS advisers (LA other) and delivery.parentCarerForumGrant a year for each of 153 forums (DfE). Co-production (transparency, and short breaks and co-production): delivery.coproductionAllDecisions a year × the rise in coproduction.decisionShare (LA other). Early help, short breaks and plan provision are costed per use already, so they declare nothing.",
    parameters: [
      'delivery.epFte',
      'delivery.teacherSendTraining',
      'delivery.inclusiveMainstreamFund',
      'delivery.expertsAtHand',
      'delivery.serviceStandardsCasework',
      'delivery.inspectionProgramme',
      'delivery.sendiassFte',
      'delivery.parentCarerForumGrant',
      'delivery.coproductionAllDecisions',
      'delivery.residentialVisits',
      'delivery.residentialQualityStandards',
    ],
  },
  {
    id: 'commonRandomNumbers',
    title: 'Common random numbers',
    summary:
      'Each child draws from its own random streams, so scenarios see the same children and chance events.',
    rule: "Every child's streams derive from (seed, replication, child id, purpose: attributes, events, timing), and each year's new needs from (seed, replication, year). Every event carries one uniform draw per statechart region, so a reform changes a child's path only where its policy changes the child's circumstances, and paired differences between scenarios have far less noise.",
    parameters: [],
  },
  {
    id: 'scheduling',
    title: 'Scheduling',
    summary:
      'Time advances from event to event, in days from the start date; each of the ten groups of areas runs a day at a time, and national services are settled at the end of each day.',
    rule: 'Within a group of areas, events run in order of time, and events of equal time and priority in the order they were scheduled; an event due at once (a zero-delay follow-up) runs straight after the event that raised it. Scheduling a named timer replaces any pending event of the same timer. Requests for national services (early help, special school places, tribunal hearings) are collected through the day and settled at its end in order of (time, group, order), so an admission starts at the next midnight and a place given to a child who left that day is withdrawn. Birthdays are events only at the ages where something happens (5, 11, and 16 to 26; after a plan, only 25). Running costs and unmet need accrue per whole day, from the midnight after a change. Stocks are counted at the first of each month. Because groups share nothing within a day, a run split across threads gives the same result, to the byte, as one run on one thread.',
    parameters: [],
  },
  {
    id: 'statutoryClocks',
    title: 'Statutory clocks',
    summary:
      'Statutory time limits are scheduled events; how often they are met is a parameter or emerges from queues.',
    rule: 'A request starts the 6-week decision clock and, once the LA agrees to assess, the 20-week clock to issue; decisions open a 2-month appeal window; mediation meets within 30 days; tribunal orders on a plan are due in 5 weeks. The limits are law, not parameters: la.decisionCompliance and tribunal.orderCompliance set how often the first and last are met, and the 20-week limit is met or missed as the queues decide.',
    parameters: ['la.decisionCompliance', 'tribunal.orderCompliance'],
  },
];

/** Each statutory time limit in words (the days come from `STATUTORY_DAYS`). */
export const STATUTORY_CLOCK_DOCS: Readonly<Record<keyof typeof STATUTORY_DAYS, string>> = {
  decideWhetherToAssess:
    'The LA decides whether to assess within 6 weeks of the request (SEND Regulations 2014, reg 4).',
  issueFinalPlan: 'The final plan is issued within 20 weeks of the request (reg 13).',
  appealWindow: 'A family may appeal within 2 months of the decision letter.',
  mediationMeeting: 'Mediation takes place within 30 days of the request for it.',
  amendPlanOrder: 'The LA amends a plan as the tribunal orders within 5 weeks (reg 44).',
};

/** One design concept (ODD section 4). */
export interface DesignConceptDoc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export const DESIGN_CONCEPTS: readonly DesignConceptDoc[] = [
  {
    id: 'emergence',
    title: 'Emergence',
    text: 'Waiting times, compliance with the 20-week limit, the mix of placements, disputes and costs by payer are outputs: they emerge from demand meeting limited capacity, never set as inputs.',
  },
  {
    id: 'commonRandomNumbers',
    title: 'Common random numbers',
    text: 'The same seed gives the same children with the same attributes and chance events in every scenario, so a reform is compared with the baseline child by child and a single child can be followed in both systems (sendsim trace).',
  },
  {
    id: 'stochasticity',
    title: 'Stochasticity',
    text: 'Onset, delays and every decision (requests, LA decisions, appeals, outcomes) are random draws from seeded streams; results are means over replications with a 95% interval, and the same scenario, seed and model version give byte-identical results.',
  },
  {
    id: 'capacity',
    title: 'Capacity and queues',
    text: 'Educational psychologists, early help, state special school places and tribunal hearings have a number of slots and a first-come-first-served queue; a child waiting for any of them keeps its need unmet and keeps escalating. Only special school places respond to their demand, as councils commission more each September for the demand they forecast when the places open (with a lag of years); the others change only when a policy changes them.',
  },
  {
    id: 'adaptation',
    title: 'Adaptation',
    text: 'Families adapt to how the system treats them: refusals and crises lower trust, lower trust and more advocacy capacity raise the chance of a request, and more advocacy capacity raises the chance of an appeal. LAs do not adapt: their decisions do not yet respond to budgets or accountability.',
  },
  {
    id: 'equity',
    title: 'Equity',
    text: 'Advocacy capacity raises requests and appeals, so a lever that weakens redress falls hardest on families with least capacity. The model measures it: unmet need by free school meals, and appeals by advocacy capacity below and above the median.',
  },
];

/** How the model starts (ODD section 5). */
export const INITIALISATION =
  "At the start date the model holds the children and young people with SEN support or an EHC plan, sampled at the run's scale from the national stocks below, with plans spread by age and setting, and requests, assessments and disputes already in progress. The start is in motion, not empty: requests awaiting a decision, assessments under way and disputes being prepared or mediated are as many as the year's flows (population.requestsPerYear times population.requestFlowAtStart, the model's own flow in the months before the start measured on the 2019 backtest, from model 0.27.0, until when the published flow held more requests than the model decides and January's decisions bunched; less the share refused, population.requestsRefusedShare; population.appealsPerYear before mediation) keep in each stage for the model's own mean time there, each part-way through a stage drawn as the statechart draws it but weighted by its length, as a stage in progress on a given day is (a stage twice as long is in progress twice as often; from model 0.22.0, until when too many short stages were part-way and ended in the first weeks), so they fall due all through the first months, and agreed requests already wait for an educational psychologist (population.epWaitingAtStart × the assessments under way, measured on the 2019 backtest four years in; from model 0.20.0, when the start's queue had been empty), in the local area groups whose agreed requests need more assessment slots than their educational psychologists have, in proportion to the queue at which each group's councils buy locums (ep.locumTriggerWeeks of its own psychologists' work, which locums hold it near; from model 0.27.0: until then wherever their ids fell, and those in groups with free slots started at once and finished together in February); in each group the longest waits first, as many days as its queue takes to fill at the rate its agreed requests join it; each child in those stages is a pupil on SEN support, drawn as below, whose need escalated and brought a request, kept in proportion to the chance an escalation brings one (so the requests the LA receives now come from the pupils on SEN support as the statechart makes them, a quarter of them from children under 5, in early years settings), and in proportion to the chance the LA agreed (an assessment under way or waiting, a refusal to issue) or refused (a refusal to assess) at that need (from model 0.20.0; until then each was replayed to a first agreed request at any time in the past, at an age even over 5–15, which held too few needs just below the specialist threshold); of the appeals already registered (population.appealsInProgress), as many as the tribunal has hearing slots are listed, part-way through the time to their decision, and the rest wait for a slot (from model 0.17.1; until then all waited), and which the LA will concede or the family withdraw is drawn in the shares of appeals still in progress (an appeal to be decided stays longer than one the LA's response ends); of the disputes and appeals in progress, 27.9% are against a refusal to assess and 8.5% against a refusal to issue (the tribunal's shares in 2022/23), the rest against a plan. State special schools are full: plan holders are placed in them in the number of places (placement.specialSchoolPlaces; the school census counts pupils, and most special schools are full; those with no dispute in progress are drawn as a group of exactly the expected size, so a small-scale run fills the places exactly): plan holders under 5 in their nursery and reception classes at the share a run four years in holds (population.under5PlanSetting.maintainedSpecial, and population.under5PlanSetting.independentSpecial in independent special schools, both measured on the 2019 backtest; from model 0.21.0, until when every plan holder under 5 started in an early years setting and the cohorts reached primary age with too few in special schools), and the school-age places with the census's profile over ages (the share of plan holders in state schools who are in special schools at 11–15 population.stateSpecialSecondaryToPrimary times the share at 5–10) and, at 16–18, as many a year of age as at 11–15 less those who leave education at 16 (placement.neetAt16Probability), as the model keeps special-school pupils to 19, evenly over 16, 17 and 18 (from model 0.27.0, until when they thinned from 18 with the other plan holders); the other settings keep their published proportions at school age and at 16 and 17 (population.post16PlanSetting.*), and from 18 each year of age holds the settings the journey's own steps leave a cohort in: at each birthday from 18 those in further education leave it (placement.leavesEducationProbability) or move on (placement.movesOnProbability), those out of education keep the plan until a review from 18 ceases it (plan.ceaseNotInEducationProbability), and at 19 special schools' sixth-formers move to further education (from model 0.27.0; until then every age from 16 to 18 took the same shares, and the start held half the share out of education at 18 that a run four years in holds, and twice it at 19); a plan holder out of education from 18 has its next annual review nearer than an even draw, a third of a year away on average, as no review since it left has ceased its plan (from model 0.27.0; drawn evenly, the first year's plans ceased rose from 1,600 in January to 3,500 in December); a queue is already waiting (placement.waitingAtStart, measured on the 2019 backtest four years in) and places commissioned before the start are still to open (placement.commissionedAtStart a year: for the 2023 start, what the 2019 backtest's councils commissioned in 2021 and 2022; for the 2019 start, the school census's growth in state special pupils 2016–2022). Plan holders from 18 thin out with age at the hazard with the mean time to a plan's end that leaving further education (placement.leavesEducationProbability a birthday) and then a review ceasing the plan (plan.ceaseNotInEducationProbability), or moving on to higher education or work (placement.movesOnProbability), give, as a run reaching the start from an earlier one leaves them on average; plan holders out of education at the start (population.post16PlanSetting.outOfEducation) have left it, and the young people the hazard took are on a post-plan pathway (at each age the holders times exp(h·(age − 18)) − 1, to 25, times population.postPlanAtStart: that count overstates what a run four years in holds, as it assumes cohorts of equal size, so from model 0.19.0 the multiple is measured on the 2019 backtest), each on the pathway its years since the plan ended leave it on under the statechart's own entry shares and moves (postPlan.*; those who moved on, in their share of the two routes, entered education or work); each pupil on SEN support replays a need history under the model's own onset, noticing, easing, escalation, crisis, early help, request and refusal rules (early years requests on noticing included; each past year at its own onset level and propensity to ask, their growth, need.onsetGrowthPerYear and request.growthPerYear a year, undone for each year before the start back to need.growthFromYear and earlier years at that year's level, as a run started then would have lived them) and keeps one in which the need neither resolved nor led to an assessment, starting part-way through the early help episode or crisis it was in (a pupil in early help is on SEN support in the census), its age drawn with the history (an age holds pupils in proportion to the onset hazard lived through and the histories that survive, so fewer 5-year-olds than 10-year-olds) (a request decided on but not yet sent reaches the LA after the start); children under 5 on SEN support in early years settings, and needs that have arisen but nobody has noticed yet, which no published stock counts, are added at the numbers the same rules imply. So the first year asks for assessments at about the rate a run started years earlier reaches. The start is drawn from the scenario's parameters before any lever acts, so every reform starts from the same children. Severity of plan holders takes the shape the model's own dynamics give, measured on the 2019 backtest four years in (to a fixed point, as the backtest starts from it too): in specialist settings 43% above placement.specialistSeverity and the rest just below it, eased by the setting's provision (from model 0.20.0; until then spread evenly above the threshold); outside them below the threshold, and above it in a share that rises with age: 0.7% under 16, 3.5% at 16–18, 24% from 19, mostly young people who left a special school at 19 for college, as does the severity of young people on a post-plan pathway; a plan holder, or a child with a request or dispute in progress, whose need is unmet starts in a crisis with the share of time crises take at that severity (need.escalationRatePerYear × the crisis chance × need.crisisDurationDays, h·D / (1 + h·D)); trust and advocacy are spread around their means. New needs arise at age-specific hazards that grew at need.onsetGrowthPerYear a year, and families and schools asked for assessments more readily by request.growthPerYear a year, up to need.growthUntilYear. Children without SEN are not simulated: they enter when a need arises.";

/** Where the inputs come from (ODD section 6). */
export const INPUT_DATA =
  "A scenario is a JSON file validated at load against one schema. The baseline gives every parameter a value, a plausible range, a unit, a price year for money, and a source or a one-line assumption; a reform names its baseline and only the levers it changes (and, rarely, a parameter with its own source). The model reads no time series during a run: the evidence enters through the baseline's parameters, and the calibration targets are used only to check the results.";
