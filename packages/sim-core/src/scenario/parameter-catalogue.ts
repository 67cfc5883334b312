/**
 * The catalogue of model parameters: every number the model reads, with its unit, its
 * legal range and what it means. Values, plausible ranges and sources live in scenario
 * files (`scenarios/baseline.json`); this file fixes the names and the bounds that
 * validation enforces, so a typo or an impossible value is an error at load time.
 *
 * Long by design: it is one table, and splitting it would scatter the model's vocabulary.
 */

/** How a parameter is measured; shown next to its value everywhere. */
export interface ParameterSpec {
  readonly unit: string;
  /** Smallest legal value (validation rejects anything below). */
  readonly min: number;
  /** Largest legal value (validation rejects anything above). */
  readonly max: number;
  /** One plain-English sentence: what the model does with it. */
  readonly meaning: string;
}

const share = (meaning: string): ParameterSpec => ({ unit: 'share', min: 0, max: 1, meaning });
/** How well SEN support meets a need of one kind (journey/journey-rules.ts, `senSupportProvision`). */
const senSupportByNeed = (need: string): ParameterSpec => ({
  unit: 'ratio',
  min: 0,
  max: 3,
  meaning: `Multiplies the need SEN support can meet (provision.senSupport) for ${need}: below 1, a need of this kind goes unmet on SEN support at a lower severity than another, escalates and brings a request sooner.`,
});
/** How many of the needs that arise other than complex are of one kind (population/primary-need-draw.ts). */
const arisingShare = (need: string): ParameterSpec => ({
  unit: 'share',
  min: 0,
  max: 1,
  meaning: `Share of the needs other than complex ones that arise that are ${need} (the six shares are divided by their sum when a need is drawn).`,
});
const perYear = (meaning: string): ParameterSpec => ({ unit: 'per year', min: 0, max: 50, meaning });
const days = (meaning: string, max = 3650): ParameterSpec => ({ unit: 'days', min: 0, max, meaning });
const pounds = (meaning: string, unit = 'GBP'): ParameterSpec => ({ unit, min: 0, max: 1e7, meaning });
/** A national sum of money a year (delivery costs of levers): up to £10bn. */
const nationalPounds = (meaning: string): ParameterSpec => ({
  unit: 'GBP per year',
  min: 0,
  max: 1e10,
  meaning,
});
/** Real growth a year of a price index over the GDP deflator, beyond its published years. */
const realGrowth = (what: string): ParameterSpec => ({
  unit: 'share per year',
  min: -0.1,
  max: 0.2,
  meaning: `Growth a year of ${what} above the GDP deflator, beyond the index's last published year.`,
});
const count = (meaning: string, unit: string): ParameterSpec => ({ unit, min: 0, max: 2e7, meaning });
const level = (meaning: string): ParameterSpec => ({
  unit: 'need-severity scale (0–1)',
  min: 0,
  max: 1,
  meaning,
});

export const PARAMETER_CATALOGUE = {
  // Population at the start date (national figures; `scale` samples from them).
  'population.cohortSize': count('Children in one year of age in England.', 'children'),
  'population.senSupportStock': count('Pupils on SEN support at the start date.', 'pupils'),
  'population.ehcpStock': count('EHC plans in force at the start date, all ages 0–25.', 'plans'),
  'population.ehcpAgeShare.under5': share('Share of plans held by children under 5.'),
  'population.ehcpAgeShare.age5to10': share('Share of plans held by children aged 5–10.'),
  'population.ehcpAgeShare.age11to15': share('Share of plans held by young people aged 11–15.'),
  'population.ehcpAgeShare.age16to19': share('Share of plans held by young people aged 16–19.'),
  'population.ehcpAgeShare.age20to25': share('Share of plans held by young adults aged 20–25.'),
  'population.stateSpecialSecondaryToPrimary': {
    unit: 'ratio',
    min: 0.5,
    max: 3,
    meaning:
      'At the start date, the share of plan holders aged 11–15 in state schools who are in state special schools, as a multiple of the share at 5–10 (special-places-at-start.ts).',
  },
  'population.schoolAgePlanSetting.mainstream': share(
    'Of school-age plans, the share in mainstream schools.',
  ),
  'population.schoolAgePlanSetting.resourcedProvision': share(
    'Of school-age plans, the share in resourced provision or SEN units.',
  ),
  'population.schoolAgePlanSetting.maintainedSpecial': share(
    'Of school-age plans, the share in state special schools.',
  ),
  'population.schoolAgePlanSetting.independentSpecial': share(
    'Of school-age plans, the share in independent or non-maintained special schools.',
  ),
  'population.schoolAgePlanSetting.alternativeProvision': share(
    'Of school-age plans, the share in alternative provision.',
  ),
  'population.under5PlanSetting.maintainedSpecial': share(
    'Of plans held by children under 5 at the start date, the share in state special schools (nursery or reception places); early years settings hold the rest.',
  ),
  'population.under5PlanSetting.independentSpecial': share(
    'Of plans held by children under 5 at the start date, the share in independent or non-maintained special schools.',
  ),
  'population.post16PlanSetting.furtherEducation': share(
    'Weight of further education among the settings of plan holders aged 16 and 17 at the start (each later year of age follows from the journey’s own steps).',
  ),
  'population.post16PlanSetting.maintainedSpecial': share(
    'Weight of state special school sixth forms among the settings of plan holders aged 16 and 17 at the start (scaled so the start fills the places; pupils stay to 19).',
  ),
  'population.post16PlanSetting.independentSpecial': share(
    'Weight of independent specialist provision among the settings of plan holders aged 16 and 17 at the start (pupils stay to 19).',
  ),
  'population.post16PlanSetting.outOfEducation': share(
    'Weight of being educated elsewhere or not in education among the settings of plan holders aged 16 and 17 at the start (from 18 those who leave college join them until a review ceases the plan).',
  ),
  'population.postPlanAtStart': {
    unit: 'ratio',
    min: 0,
    max: 2,
    meaning:
      'Young people on a post-plan pathway at the start date, as a multiple of the number the start’s thinning of plan holders from 18 implies.',
  },
  'population.maleShare.ehcp': share('Share of plan holders who are male.'),
  'population.maleShare.senSupport': share('Share of pupils on SEN support who are male.'),
  'population.fsmShare.ehcp': share('Share of plan holders eligible for free school meals.'),
  'population.fsmShare.senSupport': share('Share of pupils on SEN support eligible for free school meals.'),
  'population.fsmShare.noSen': share('Share of pupils without SEN eligible for free school meals.'),
  'population.advocacyMean.deprived': share(
    'Mean family advocacy capacity (time, money, knowledge) in deprived families.',
  ),
  'population.advocacyMean.notDeprived': share(
    'Mean family advocacy capacity in families that are not deprived.',
  ),
  'population.initialTrust': share('Mean family trust in the system at the start date.'),
  'population.requestsPerYear': count(
    'Initial requests for assessment a year around the start date: the flow the requests and assessments in progress at the start come from.',
    'requests',
  ),
  'population.requestFlowAtStart': {
    unit: 'ratio',
    min: 0.5,
    max: 1.5,
    meaning:
      'Initial requests a year in the months before the start date as the model makes them, as a multiple of population.requestsPerYear: the flow the requests and assessments in progress at the start are sized from.',
  },
  'population.requestsRefusedShare': share(
    'Share of initial requests the LA refused to assess, around the start date.',
  ),
  'population.appealsPerYear': count(
    'SEND appeals registered at the tribunal a year around the start date: the flow the disputes being prepared or mediated at the start come from.',
    'appeals',
  ),
  'population.appealsInProgress': count(
    'Tribunal appeals registered and not yet resolved at the start date.',
    'appeals',
  ),
  'population.epWaitingAtStart': {
    unit: 'ratio',
    min: 0,
    max: 2,
    meaning:
      'Agreed requests waiting for an educational psychologist’s assessment at the start date, as a multiple of the assessments under way: the queue a run four years in holds.',
  },

  // Need: arising, severity, escalation when unmet, easing when met.
  'need.onsetRate.age0to4': perYear(
    'New needs arising per child-year among children aged 0–4 (a hazard over the whole cohort).',
  ),
  'need.onsetRate.age5to10': perYear(
    'New needs arising per child-year among children aged 5–10 (a hazard over the whole cohort).',
  ),
  'need.onsetRate.age11to15': perYear(
    'New needs arising per child-year among young people aged 11–15 (a hazard over the whole cohort).',
  ),
  'need.onsetGrowthPerYear': {
    unit: 'share a year',
    min: -0.2,
    max: 0.5,
    meaning:
      'Yearly growth of the onset hazards (which are those of 2023) in the years up to need.growthUntilYear: more needs identified each year, as autism and SEMH were.',
  },
  'need.growthFromYear': {
    unit: 'year',
    min: 2000,
    // At most the year the onset hazards describe (demand-trends.ts: TREND_REFERENCE_YEAR).
    max: 2023,
    meaning:
      'First calendar year whose onset hazards and propensity to ask for an assessment follow their growth; earlier years keep that year’s (read only by the start’s replayed need histories).',
  },
  'need.growthUntilYear': {
    unit: 'year',
    min: 2000,
    max: 2100,
    meaning:
      'Last calendar year whose onset hazards and propensity to ask for an assessment follow their growth; later years keep that year’s.',
  },
  'need.onsetSeverityMean': level('Mean severity of a need when it first arises.'),
  'need.onsetSeveritySpread': level('Width of the uniform spread of severity around that mean.'),
  'need.earlyOnsetSeverityMean': level(
    'Mean severity of a need other than a complex one that arises before age 5, in place of need.onsetSeverityMean.',
  ),
  'need.arisingShare.ASD': arisingShare('autism (ASD)'),
  'need.arisingShare.SLCN': arisingShare('speech, language and communication needs (SLCN)'),
  'need.arisingShare.SEMH': arisingShare('social, emotional and mental health needs (SEMH)'),
  'need.arisingShare.MLD': arisingShare('a moderate learning difficulty (MLD)'),
  'need.arisingShare.SpLD': arisingShare('a specific learning difficulty such as dyslexia (SpLD)'),
  'need.arisingShare.OTH': arisingShare(
    'another difficulty or disability, or SEN support with no specialist assessment of need (OTH)',
  ),
  'need.severeOnsetSeverityMean': level(
    'Mean severity of a need severe from onset (every complex need: SLD, PMLD, MSI, PD, VI, HI; and need.severeOnsetShare of the others) when it arises, in place of the other means.',
  ),
  'need.severeOnsetShare': share(
    'Share of needs other than complex ones arising from age 5 that are severe from onset (start around need.severeOnsetSeverityMean); a specific learning difficulty never is.',
  ),
  'need.severeOnsetShareEarly': share(
    'Share of needs other than complex ones arising before age 5 that are severe from onset (start around need.severeOnsetSeverityMean); a specific learning difficulty never is.',
  ),
  'need.earlyComplexShare': share(
    'Share of the needs arising before age 5 in 2023 that are complex (SLD, PMLD, MSI, PD, VI, HI); later needs never are. Complex needs arise per child at their own trend (need.complexOnsetGrowthPerYear), so they are a smaller share in years with more onsets.',
  ),
  'need.complexOnsetGrowthPerYear': {
    unit: 'share a year',
    min: -0.2,
    max: 0.5,
    meaning:
      'Yearly growth of complex needs arising per child (from 2023’s, between need.growthFromYear and need.growthUntilYear), in place of need.onsetGrowthPerYear, which the other needs take.',
  },
  'need.escalationRatePerYear': perYear(
    'Escalation steps per year while need is unmet (waiting counts as unmet).',
  ),
  'need.easingRatePerYear': perYear('Easing steps per year while need is met.'),
  'need.escalationStep': level('Severity added by one escalation step (scaled by the headroom left).'),
  'need.easingStep': level('Severity removed by one easing step.'),
  'need.crisisProbabilityAtFullSeverity': share(
    'Chance that an escalation at severity 1 is a crisis (scales with severity squared).',
  ),
  'need.crisisDurationDays': days('How long a crisis episode lasts before need is reassessed.'),
  'need.exclusionProbabilityAtFullSeverity': share(
    'Chance that an escalation at severity 1 in school leads to permanent exclusion (scales with severity squared).',
  ),
  'need.suspensionProbabilityAtFullSeverity': share(
    'Chance that an escalation at severity 1 in school that is not a permanent exclusion is a suspension (fixed-period exclusion; scales with severity squared).',
  ),
  'need.exclusionPlanMultiplier': {
    unit: 'ratio',
    min: 0,
    max: 10,
    meaning:
      'How many times as likely an escalation of a pupil with an EHC plan is to bring a permanent exclusion as one of a pupil on SEN support at the same severity.',
  },
  'need.suspensionPlanMultiplier': {
    unit: 'ratio',
    min: 0,
    max: 10,
    meaning:
      'How many times as likely an escalation of a pupil with an EHC plan is to bring a suspension as one of a pupil on SEN support at the same severity.',
  },
  'need.exclusionSemhMultiplier': {
    unit: 'ratio',
    min: 0,
    max: 20,
    meaning:
      'How many times as likely an escalation of a pupil whose primary need is social, emotional and mental health (SEMH) is to bring a permanent exclusion as one of another need at the same severity and SEN status.',
  },
  'need.suspensionSemhMultiplier': {
    unit: 'ratio',
    min: 0,
    max: 20,
    meaning:
      'How many times as likely an escalation of a pupil whose primary need is SEMH is to bring a suspension as one of another need at the same severity and SEN status.',
  },

  // What each level of support can meet, on the severity scale.
  'provision.universal': level('Need that ordinary teaching meets.'),
  'provision.senSupport': level('Need that SEN support in school meets.'),
  'provision.senSupportByNeed.ASD': senSupportByNeed('autism (ASD)'),
  'provision.senSupportByNeed.SLCN': senSupportByNeed('speech, language and communication needs (SLCN)'),
  'provision.senSupportByNeed.SEMH': senSupportByNeed('social, emotional and mental health needs (SEMH)'),
  'provision.senSupportByNeed.MLD': senSupportByNeed('a moderate learning difficulty (MLD)'),
  'provision.senSupportByNeed.SpLD': senSupportByNeed(
    'a specific learning difficulty such as dyslexia (SpLD)',
  ),
  'provision.senSupportByNeed.OTH': senSupportByNeed(
    'another difficulty or disability, or SEN support with no specialist assessment of need (OTH)',
  ),
  'provision.earlyHelp': level('Need that SEN support plus early help meets.'),
  'provision.planDelivered': level('Need that an EHC plan meets when its provision is delivered.'),
  'provision.planPartlyDelivered': level(
    'Need that an EHC plan meets when its provision is only partly delivered.',
  ),
  'provision.specialistSettingBonus': level('Extra need a specialist setting meets on top of the plan.'),
  'provision.planDeliveryProbability': share('Chance that a plan is delivered in full between two reviews.'),
  'provision.postPlanEET': level(
    'Need met after the plan for a young person in education, employment or training without a plan.',
  ),
  'provision.postPlanNEET': level(
    'Need met after the plan for a young person not in education, employment or training.',
  ),
  'provision.adultSocialCare': level(
    'Need met after the plan for a young person receiving adult social care.',
  ),

  // Identification and early help.
  'identification.schoolMeanDays': days('Mean time for a school to notice an emerging need.'),
  'identification.parentMeanDays': days('Mean time for a family of average advocacy to raise a concern.'),
  'earlyHelp.referralProbability': share(
    'Chance that an escalation on SEN support leads to an early help referral.',
  ),
  'earlyHelp.capacity': count('Families early help can work with at once (national).', 'families'),
  'earlyHelp.episodeDays': days('Length of one early help episode.'),
  'earlyHelp.lastingEffect': level('Severity eased when an early help episode ends.'),

  // Requests for statutory assessment and the LA's decisions.
  'request.probabilityAtFullSeverity': share(
    'Chance that an escalation at severity 1 leads to a request for assessment (family of average advocacy and trust), in 2023.',
  ),
  'request.growthPerYear': {
    unit: 'share a year',
    min: -0.2,
    max: 0.5,
    meaning:
      'Yearly growth of that chance in the years up to need.growthUntilYear: families and schools asking more readily at the same need and trust.',
  },
  'request.advocacyWeight': {
    unit: 'multiplier per unit of advocacy',
    min: 0,
    max: 10,
    meaning: 'How much family advocacy raises the chance of a request.',
  },
  'request.distrustWeight': {
    unit: 'multiplier per unit of distrust',
    min: 0,
    max: 10,
    meaning: 'How much lost trust raises the chance of a request (a plan as a legal guarantee).',
  },
  'request.schoolShare': share('Share of requests made by schools rather than families.'),
  'request.withdrawnBeforeDecision': share(
    'Share of requests for assessment that end before the LA decides whether to assess: withdrawn by the family or school, the child moved to another council, or the request lapsed.',
  ),
  'request.preparationDays': days('Time from deciding to ask to the request reaching the LA.'),
  'request.earlyYearsAtFullSeverity': share(
    'Chance that a need noticed before age 5 leads straight to a request for assessment (health services tell the LA of young children likely to have SEN), at full severity; scaled by severity squared.',
  ),
  'la.decisionCompliance': share('Share of decisions whether to assess made within the 6-week limit.'),
  'la.assessProbability': share('Chance that the LA agrees to assess a request of average severity.'),
  'la.assessSeverityWeight': {
    unit: 'log-odds per unit severity',
    min: 0,
    max: 20,
    meaning: 'How much severity raises the chance the LA agrees to assess.',
  },
  'la.issueProbability': share('Chance that a completed assessment leads to a plan.'),

  // Councils respond (journey/council-decisions.ts, services/high-needs-pressure.ts).
  'la.tribunalDeterrence': share(
    'How strongly the route of appeal deters councils from weak decisions: 1 under today’s tribunal powers; the tribunal powers lever lowers it. Concessions before a hearing scale with it.',
  ),
  'la.deterrenceNoPlacementOrders': share(
    'The tribunal’s deterrence when it can no longer order a named placement (the tribunal powers lever sets la.tribunalDeterrence to it).',
  ),
  'la.deterrenceNonJudicialRoute': share(
    'The deterrence of a non-judicial disagreement route in place of the tribunal (the tribunal powers lever sets la.tribunalDeterrence to it).',
  ),
  'la.cheaperPlacementShare': share(
    'Chance that the LA names a non-specialist placement for a child whose need calls for a specialist one, under today’s tribunal powers and spending within funding.',
  ),
  'la.cheaperPlacementWithoutDeterrence': share(
    'Chance that the LA would name a non-specialist placement for a child whose need calls for a specialist one if no appeal could overturn it; scaled by 1 − la.tribunalDeterrence.',
  ),
  'la.namesIndependentPreference': share(
    'Chance that the LA names the independent special school a family prefers at once, rather than seeking a state special place the family may contest at the tribunal.',
  ),
  'la.highNeedsExcessAtStart': {
    unit: 'share',
    min: 0,
    max: 1,
    meaning:
      'High-needs spending above the funded level at the start date, as a share of that level: the budget pressure councils already carry when the run starts.',
  },
  'la.highNeedsFundingGrowth': {
    unit: 'share per year',
    min: -0.5,
    max: 1,
    meaning:
      'Real growth a year of the high-needs funding councils’ spending is measured against (budget pressure is spending beyond it).',
  },
  'la.pressureRefusalToAssess': {
    unit: 'log-odds per unit of excess spending',
    min: 0,
    max: 20,
    meaning:
      'How much high-needs spending beyond funding lowers the chance the LA agrees to assess (per unit of spending over funding, as a share of funding).',
  },
  'la.pressureRefusalToIssue': {
    unit: 'share per unit of excess spending',
    min: 0,
    max: 5,
    meaning:
      'How much high-needs spending beyond funding lowers the chance a completed assessment leads to a plan (a proportional cut per unit of excess).',
  },
  'la.pressureCheaperPlacement': {
    unit: 'share per unit of excess spending',
    min: 0,
    max: 5,
    meaning:
      'How much high-needs spending beyond funding raises the chance the LA names a non-specialist placement for a child whose need calls for a specialist one.',
  },
  'la.draftingMeanDays': days('Mean LA casework time from completed assessment to final plan.'),
  'ep.workforceFte': count(
    'Educational psychologists working on statutory assessment (FTE, national).',
    'FTE',
  ),
  'ep.assessmentsPerFtePerYear': count(
    'Statutory assessments one FTE educational psychologist completes in a year.',
    'assessments per FTE per year',
  ),
  'ep.assessmentDays': days('Time an educational psychologist works on one assessment.'),
  'ep.localCapacitySpread': {
    unit: 'log-scale spread across local authorities',
    min: 0,
    max: 1.5,
    meaning:
      'How unevenly educational psychologist capacity (relative to demand) is shared across local authorities: the standard deviation of its logarithm. 0 = every area has the same; each tenth of England gets its own queue.',
  },

  'ep.locumTriggerWeeks': {
    unit: 'weeks',
    min: 0,
    max: 52,
    meaning: 'Weeks of its own EPs’ work a group of areas lets its EP queue reach before it buys locum time.',
  },
  'ep.locumMaxShare': share(
    'Most locum EP capacity a group of areas can buy in a month, as a share of its own EP capacity.',
  ),
  'ep.traineeNetGrowthFte': count(
    'Educational psychologists the workforce gains each September from newly qualified trainees, net of leavers.',
    'FTE per year',
  ),
  'ep.traineeGrowthFromYear': {
    unit: 'year',
    min: 2000,
    max: 2100,
    meaning: 'The first September in which the expanded trainee cohorts qualify into the EP workforce.',
  },

  // Plans: reviews and ending.
  // At least every 3 months: the SEND Code of Practice (2015, 9.178) asks for reviews every 12
  // months, and every 3 to 6 months for a child under 5, never more often. Reviews every 0 days
  // once rescheduled themselves without end until the engine stopped the run.
  'plan.annualReviewDays': { ...days('Interval between annual reviews.', 730), min: 90 },
  'plan.ceaseNeedsMetProbability': share('Chance per review that a plan ends because needs are met.'),
  'plan.transfersBetweenLAsPerPlanYear': perYear(
    'Plans transferred to another local authority per plan-year. Used only to count plans ceased as SEN2 does (a transfer ends the plan in one LA and starts it in another, so a national model does not see it).',
  ),
  'plan.ceaseNotInEducationProbability': share(
    'Chance per review at 18+ that the LA ceases the plan of a young person who has left education or training.',
  ),
  'plan.upperAge': {
    unit: 'years',
    min: 16,
    max: 25,
    meaning: 'Age at which plans end (the end of the year the young person reaches it).',
  },

  // Life after the plan: young people whose plan ends before 25 stay in the model until 25.
  'postPlan.adultSocialCareShare': share(
    'Of young people whose plan ends before 25 (not because needs are met), the share who go on to long-term adult social care.',
  ),
  'postPlan.neetShare': share(
    'Of young people whose plan ends before 25 (not because needs are met), the share who are not in education, employment or training (NEET).',
  ),
  'postPlan.eetToNeetPerYear': perYear(
    'Rate at which a young person in education, employment or training after their plan becomes NEET.',
  ),
  'postPlan.neetToEetPerYear': perYear(
    'Rate at which a NEET young person after their plan finds education, employment or training.',
  ),
  'postPlan.neetToAdultSocialCarePerYear': perYear(
    'Rate at which a NEET young person after their plan starts long-term adult social care.',
  ),

  // Placement.
  'placement.specialistSeverity': level('Severity above which a plan names a specialist setting.'),
  'placement.resourcedShare': share(
    'Of mainstream placements with a plan, the share in resourced provision.',
  ),
  'placement.specialSchoolPlaces': count(
    'State special school places (national) at the start date.',
    'places',
  ),
  'placement.commissioningShare': share(
    'Each September, new state special places councils commission per child who stopped waiting for one in the year before (placed elsewhere) or is waiting now.',
  ),
  'placement.commissioningLagYears': {
    unit: 'years',
    min: 0,
    max: 10,
    meaning: 'Years from commissioning new state special places to their opening (in September).',
  },
  'placement.waitingAtStart': share(
    'Children with a plan waiting for a state special school place at the start date, as a share of the places: the queue a run four years in holds.',
  ),
  'placement.commissionedAtStart': share(
    'New state special places commissioned in each September before the start date, as a share of the places; those not yet open at the start open as placement.commissioningLagYears gives.',
  ),
  'placement.independentPreferenceShare': share(
    'Share of families who, if their child’s need calls for a specialist setting, would choose an independent special school over a state special one (a fixed trait of the family).',
  ),
  'placement.outOfAreaShareMaintained': share(
    'Share of state special school placements outside the child’s home local authority (transport at cost.transportOutOfArea).',
  ),
  'placement.outOfAreaShareIndependent': share(
    'Share of independent and non-maintained special school placements outside the child’s home local authority, day and residential.',
  ),
  'placement.residentialShareIndependent': share(
    'Share of independent and non-maintained special school placements that are residential (weekly or 52-week); at most placement.outOfAreaShareIndependent.',
  ),
  'placement.fiftyTwoWeekShare': share(
    'Share of residential placements that are for 52 weeks a year (the rest weekly).',
  ),
  'placement.residentialCareShare': share(
    'Share of a residential placement’s cost over the day place paid by children’s social care.',
  ),
  'placement.residentialHealthShare': share(
    'Share of a residential placement’s cost over the day place paid by health (ICB); the rest is education’s, already within cost.independentSpecial (an average over day and residential places).',
  ),
  'placement.independentFallbackDays': days(
    'Wait for a state special place after which the LA places in the independent sector.',
  ),
  'placement.specialistMoveAtSecondary': share(
    'Chance that a child with a plan in mainstream, with need within placement.secondaryMoveWindow of the specialist threshold (wider for a need SEN support fits less well), moves to a specialist setting at the transfer to secondary school (age 11).',
  ),
  'placement.secondaryMoveWindow': level(
    'How far below placement.specialistSeverity a plan holder’s need may be for the move to secondary school to reopen the placement, for a need SEN support fits as well as any (divided by provision.senSupportByNeed.<need> for the others).',
  ),
  'placement.neetAt16Probability': share(
    'Chance that a young person with a plan is not in education after 16.',
  ),
  'placement.leavesEducationProbability': share(
    'Chance at each birthday from 18 that a young person with a plan in further education leaves it (keeping the plan until a review ceases it).',
  ),
  'placement.movesOnProbability': share(
    'Chance at each birthday from 18 that a young person with a plan in further education moves on to higher education or paid employment; the LA ceases the plan then.',
  ),

  // Redress: mediation, appeals, the tribunal.
  'redress.placementShareAtStart': share(
    'Of the disputes and appeals against plans in progress at the start date, the share about the school named (the rest about the plan’s contents).',
  ),
  'redress.appealProbability.refusalToAssess': share(
    'Chance that a refusal to assess is appealed (average advocacy).',
  ),
  'redress.appealProbability.refusalToIssue': share(
    'Chance that a decision not to issue is appealed (average advocacy).',
  ),
  'redress.appealProbability.planContents': share(
    'Chance that a final or amended plan is appealed over its contents (average advocacy).',
  ),
  'redress.appealProbability.placement': share(
    'Chance that a placement is appealed when the family sought a specialist place (average advocacy).',
  ),
  'redress.appealProbability.healthAndSocialCare': share(
    'Chance at an annual review of a plan not delivered in full that the family appeals over its health and social care parts (average advocacy; single route of redress).',
  ),
  'redress.healthAndSocialCareFollowed': share(
    'Share of tribunal recommendations on health and social care that the health body or LA carries out.',
  ),
  'redress.advocacyWeight': {
    unit: 'multiplier per unit of advocacy',
    min: 0,
    max: 10,
    meaning: 'How much family advocacy raises the chance of appealing.',
  },
  'redress.mediationTakeUp': share('Share of disputes that go to mediation first.'),
  'redress.mediationAgreement': share('Share of mediations that end with the LA changing its decision.'),
  'redress.mediationFollowedByAppeal': share('Share of mediations followed by an appeal.'),
  'redress.laConcedes': share('Share of registered appeals the LA concedes before a hearing.'),
  'redress.familyWithdraws': share('Share of registered appeals the family withdraws.'),
  'redress.familyWins': share('Share of decided appeals upheld at least in part for the family.'),
  'redress.preparationDays': days('Time from the decision to a registered appeal.'),
  'redress.concessionMeanDays': days('Mean time from registration to an LA concession or withdrawal.'),
  'redress.placementOrders': {
    unit: 'switch (1 = yes)',
    min: 0,
    max: 1,
    meaning: 'Whether the tribunal can order a named placement.',
  },
  'tribunal.hearingsPerYear': count(
    'Hearings the tribunal can decide in a year (national).',
    'hearings per year',
  ),
  'tribunal.listingToDecisionDays': days('Time a listed appeal occupies a hearing slot until the decision.'),
  'tribunal.orderCompliance': share('Share of tribunal orders the LA complies with by the deadline.'),

  // Trust.
  'trust.lossOnRefusal': level('Trust lost when the LA refuses to assess or to issue.'),
  'trust.lossOnCrisis': level('Trust lost in a crisis.'),
  'trust.lossOnSuspension': level('Trust lost when a child is suspended from school.'),
  'trust.gainWhenMet': level('Trust regained each time need is found met.'),

  // Independent information, advice and support (SENDIASS) and parent carer forums (journey/effective-advocacy.ts).
  'advice.reachBelowAverage': share(
    "Share of families with below-average advocacy capacity that independent information, advice and support (SENDIASS, parent carer forums) reaches beyond today's services (0: as today).",
  ),
  'advice.gapClosedWhenAdvised': share(
    "Share of the gap between a reached family's advocacy capacity and the average (0.5) that advice and support closes, wherever advocacy is read (noticing need, requests, appeals).",
  ),

  // Co-production and transparency of LA decisions (journey/coproduction.ts).
  'coproduction.decisionShare': share(
    "Share of LA decisions (refusals to assess or to issue, plans) explained with their evidence and made with the family, against a published local offer and spending, beyond today's practice (0: as today).",
  ),
  'coproduction.trustLossAvoided': share(
    'Share of the trust a refusal costs (trust.lossOnRefusal) that is not lost when the decision was co-produced.',
  ),
  'coproduction.appealsAvoided': share(
    'Share of the appeals a co-produced decision would have drawn that are not made: the disagreement is settled before the decision.',
  ),

  // Unit costs (price year stated in each scenario's parameter record).
  'cost.senSupportSchool': pounds(
    'School spend on SEN support per pupil per year (notional SEN budget).',
    'GBP per pupil per year',
  ),
  'cost.ehcpMainstreamSchool': pounds(
    'School contribution to a mainstream plan per year (the first £6,000).',
    'GBP per pupil per year',
  ),
  'cost.ehcpMainstreamTopUp': pounds(
    'LA high-needs top-up for a mainstream plan per year.',
    'GBP per pupil per year',
  ),
  'cost.resourcedProvision': pounds(
    'LA high-needs cost of a resourced-provision place per year.',
    'GBP per place per year',
  ),
  'cost.maintainedSpecial': pounds(
    'LA high-needs cost of a state special school place per year.',
    'GBP per place per year',
  ),
  'cost.senSupportRingfenced': pounds(
    'Ringfenced SEN money per pupil on SEN support in a mainstream school, on top of the notional SEN budget, booked to schools (0 unless ringfencing is on).',
    'GBP per pupil per year',
  ),
  'cost.specialPlaceCapital': pounds(
    'Capital cost of one new state special school place, paid by the DfE when it is commissioned.',
    'GBP per place',
  ),
  'cost.independentSpecial': pounds(
    'LA high-needs cost of an independent special school place per year.',
    'GBP per place per year',
  ),
  'cost.alternativeProvision': pounds(
    'LA high-needs cost of an alternative provision place per year.',
    'GBP per place per year',
  ),
  'cost.furtherEducationPlan': pounds(
    'LA high-needs cost of a plan in further education per year.',
    'GBP per learner per year',
  ),
  'cost.transportMainstreamPlan': pounds(
    'LA home-to-school transport per plan holder in a mainstream school or resourced provision per year (averaged over those transported and not; LA other).',
    'GBP per pupil per year',
  ),
  'cost.transportSpecialLocal': pounds(
    'LA home-to-school transport for a child in a special school in its home local authority per year (LA other).',
    'GBP per pupil per year',
  ),
  'cost.transportOutOfArea': pounds(
    'LA home-to-school transport for a child at a special school outside its home local authority by day per year (LA other).',
    'GBP per pupil per year',
  ),
  'cost.transportResidential': pounds(
    'LA transport for a child in a residential special school per year (journeys home at weekends or in the holidays; LA other).',
    'GBP per pupil per year',
  ),
  'cost.residentialWeeklyExtra': pounds(
    'Cost of a weekly (term-time) residential placement over the day place (cost.independentSpecial), per year: care and health book their shares (placement.residentialCareShare, placement.residentialHealthShare); education’s share is within cost.independentSpecial.',
    'GBP per placement per year',
  ),
  'cost.residential52WeekExtra': pounds(
    'Cost of a 52-week residential placement over the day place (cost.independentSpecial), per year: care and health book their shares (placement.residentialCareShare, placement.residentialHealthShare); education’s share is within cost.independentSpecial.',
    'GBP per placement per year',
  ),
  'cost.epAssessment': pounds(
    'Educational psychologist cost of one statutory assessment.',
    'GBP per assessment',
  ),
  'cost.epLocumPremium': pounds(
    'Extra cost of an EP assessment bought from a locum, over one by the LA’s own EPs (LA other).',
    'GBP per assessment',
  ),
  'cost.assessmentCasework': pounds(
    'LA casework cost of handling one request and assessment.',
    'GBP per request',
  ),
  'cost.earlyHelpEpisode': pounds('Cost of one early help episode for a family.', 'GBP per episode'),
  'cost.planHealthProvision': pounds(
    'Health (ICB) provision specified in a plan per year.',
    'GBP per plan per year',
  ),
  'cost.planSocialCareProvision': pounds(
    'Social care provision specified in a plan per year.',
    'GBP per plan per year',
  ),
  'cost.crisisHealth': pounds('Health cost of one crisis (CAMHS referral and treatment).', 'GBP per crisis'),
  'cost.crisisSocialCare': pounds('Social care cost of one crisis.', 'GBP per crisis'),
  'cost.mediation': pounds('LA cost of one mediation.', 'GBP per mediation'),
  'cost.tribunalLaNoHearing': pounds(
    'LA cost of defending an appeal that ends without a hearing.',
    'GBP per appeal',
  ),
  'cost.tribunalLaHearing': pounds('LA cost of defending an appeal to a hearing.', 'GBP per appeal'),
  'cost.tribunalHmcts': pounds('HMCTS/MoJ cost per appeal disposed of.', 'GBP per appeal'),
  'cost.familyPerAppeal': pounds(
    'Family cost of one appeal (legal help, private reports).',
    'GBP per appeal',
  ),
  'cost.familyPerSuspension': pounds(
    'Family cost of one suspension: a parent’s earnings lost staying home with the suspended child.',
    'GBP per suspension',
  ),
  'cost.adultSocialCare': pounds(
    'Council adult social care long-term support for a young adult with a learning disability per year.',
    'GBP per person per year',
  ),
  'cost.dwpOutOfWorkBenefits': pounds(
    'DWP out-of-work benefits (Universal Credit) for a disabled young adult not in work or study per year.',
    'GBP per person per year',
  ),
  'cost.familyLostEarningsUnmet': pounds(
    'Expected family earnings lost per year while a child has unmet need.',
    'GBP per child per year',
  ),

  // High-needs money: income, the DSG deficit and the levers on it (services/dsg-account.ts).
  'dsg.deficitAtStart': {
    unit: 'GBP',
    min: 0,
    max: 1e11,
    meaning:
      'Councils’ cumulative dedicated schools grant (DSG) deficit in England at the start date (the high-needs deficit the statutory override keeps off their balance sheets).',
  },
  'dsg.modelledShareOfBlock': share(
    'Share of the high-needs block that pays for what the model books to LA high needs (top-ups and places for plan holders, alternative provision); the rest is taken to pay exactly for what the model does not simulate.',
  ),
  'dsg.highNeedsBlockGrowth': {
    unit: 'share per year',
    min: -0.5,
    max: 1,
    meaning: 'Real growth a year of the high-needs block beyond the last published allocation (2023/24).',
  },
  'dsg.statutoryOverride': {
    unit: 'switch (1 = in place)',
    min: 0,
    max: 1,
    meaning:
      'Whether the statutory override keeps DSG deficits off councils’ balance sheets (1), so the deficit does not change what they do; the statutory override lever ends it (0) from 1 April 2028.',
  },
  'dsg.deficitPressure': {
    unit: 'excess per year of income in deficit',
    min: 0,
    max: 5,
    meaning:
      'Without the override: budget pressure councils feel from their cumulative DSG deficit, added to the excess of spending over funding, per year of high-needs income the deficit amounts to.',
  },
  'dsg.writeOffShare': share(
    'Share of councils’ cumulative DSG deficit the DfE writes off on 1 April of dsg.writeOffYear (0: none; the deficit write-off lever sets it).',
  ),
  'dsg.writeOffYear': {
    unit: 'year',
    min: 2000,
    max: 2100,
    meaning: 'The year on whose 1 April a deficit write-off (dsg.writeOffShare) is made.',
  },
  'dsg.safetyValve': {
    unit: 'switch (1 = agreements)',
    min: 0,
    max: 1,
    meaning:
      'Whether councils in deficit sign Safety Valve style agreements on 1 April of dsg.safetyValveFromYear (the Safety Valve lever sets it to 1).',
  },
  'dsg.safetyValveFromYear': {
    unit: 'year',
    min: 2000,
    max: 2100,
    meaning: 'The year on whose 1 April Safety Valve style agreements are signed.',
  },
  'dsg.safetyValveYears': {
    unit: 'years',
    min: 1,
    max: 20,
    meaning:
      'Years a Safety Valve agreement runs: the DfE’s support is paid in that many equal instalments each 1 April, while councils gatekeep harder.',
  },
  'dsg.safetyValveSupportShare': share(
    'Share of a council’s deficit at signing that the DfE pays under a Safety Valve agreement.',
  ),
  'dsg.safetyValveExtraExcess': share(
    'Extra budget pressure councils act under while a Safety Valve agreement runs (their committed spending reductions), added to the excess of spending over funding.',
  ),
  // Prices that move: each index's real growth a year beyond its published years (price-indices.ts).
  'prices.teacherPayRealGrowth': realGrowth("teachers' pay (unit costs of school places and SEN support)"),
  'prices.epPayRealGrowth': realGrowth("educational psychologists' pay (assessments, locums, extra FTE)"),
  'prices.independentFeesRealGrowth': realGrowth('independent special school fees'),
  'prices.socialCareRealGrowth': realGrowth('social care costs (plan provision, crises, adult social care)'),
  'prices.healthRealGrowth': realGrowth('NHS costs (plan health provision, crises)'),
  'ringfence.movedFromHighNeeds': share(
    'Share of the ringfenced SEN money (cost.senSupportRingfenced) moved out of the LA high-needs budget rather than added as new money: 1 re-allocates existing money, 0 adds it.',
  ),
  'delivery.epFte': pounds(
    'Cost of employing one more educational psychologist for a year (salary and on-costs), booked to LA other by a lever that adds EP FTE.',
    'GBP per FTE per year',
  ),
  'delivery.teacherSendTraining': nationalPounds(
    'National programme of SEND training for teachers and teaching assistants, per year while it runs (DfE).',
  ),
  'delivery.inclusiveMainstreamFund': nationalPounds(
    'Inclusion funding paid to mainstream schools for an inclusive mainstream offer, per year (booked to schools).',
  ),
  'delivery.expertsAtHand': nationalPounds(
    'Specialist support for mainstream schools (educational psychologists, speech and language and occupational therapists) funded through LAs, per year while it runs.',
  ),
  'delivery.serviceStandardsCasework': nationalPounds(
    'Extra LA SEND casework to meet national time limits on decisions and plans, per year (LA other).',
  ),
  'delivery.residentialVisits': nationalPounds(
    'Councils’ visits to children they place in residential special schools (Lenehan 2017: LA visiting guidance), per year (LA other).',
  ),
  'delivery.residentialQualityStandards': nationalPounds(
    'National quality standards for residential special schools in place of the national minimum standards (Lenehan 2017), per year (DfE).',
  ),
  'delivery.inspectionProgramme': nationalPounds(
    'A strengthened Ofsted/CQC local area SEND inspection and accountability programme, per year (DfE).',
  ),
  'delivery.sendiassFte': pounds(
    'Cost of employing one more SENDIASS adviser for a year (salary and on-costs), booked to LA other (the LA commissions its SENDIASS).',
    'GBP per FTE per year',
  ),
  'delivery.parentCarerForumGrant': pounds(
    "The DfE's grant to one parent carer forum for a year (paid through Contact), booked to the DfE.",
    'GBP per forum per year',
  ),
  'delivery.coproductionAllDecisions': nationalPounds(
    'LA staff time a year to explain and co-produce every SEND decision nationally and publish the local offer and spending; booked in proportion to the rise in coproduction.decisionShare (LA other).',
  ),
} as const satisfies Record<string, ParameterSpec>;

/** The name of a model parameter, e.g. `'ep.workforceFte'`. */
export type ParameterKey = keyof typeof PARAMETER_CATALOGUE;

/** Resolved parameter values: what the model reads in its hot loop. */
export type Params = Readonly<Record<ParameterKey, number>>;

/** Every parameter name, in catalogue order. */
export const PARAMETER_KEYS: readonly ParameterKey[] = Object.keys(PARAMETER_CATALOGUE) as ParameterKey[];

/** True when `key` names a catalogued parameter. */
export function isParameterKey(key: string): key is ParameterKey {
  return Object.hasOwn(PARAMETER_CATALOGUE, key);
}
