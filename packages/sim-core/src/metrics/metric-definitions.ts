/**
 * The outputs the model reports (DESIGN 2.6), one row each: how it is measured and which
 * direction is better. Ids match `calibration-targets.json` where a target exists.
 *
 * - stock: a count at the first of each month (yearly series report January);
 * - flow: events in a month (yearly series sum the calendar year);
 * - childYears: time spent in a state, in child-years;
 * - meanDays: mean wait of the children admitted in the period;
 * - share: one flow as a share of another over the period (e.g. plans issued within 20 weeks
 *   of all plans issued), so a reform that changes volumes is judged on rates; or one stock over
 *   another at each snapshot (families with low trust of all families counted; a mean trust index
 *   as the trust summed over the families), so a yearly value is January's.
 *
 * What values a metric can take follows from its kind (`metricBounds`): shares lie in [0, 1]
 * (but for a share of flows marked `canExceedOne`, which is only never negative),
 * everything else counts children, events, years, days or pounds and is never below zero,
 * except a metric marked `signed` (a balance, such as spending above the funded level).
 * A metric marked `money` counts pounds, weighted to national like counts.
 *
 * Long because it is one table, a row per output: every metric's id, kind and meaning in one
 * place, which the CLI, the app and the describe output all read.
 */
export type MetricKind = 'stock' | 'flow' | 'childYears' | 'meanDays' | 'share';

export interface MetricDefinition {
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind;
  /** Whether a reform that raises this metric is doing better (for "share of replications better"). */
  readonly higherIsBetter: boolean;
  /** For shares: the flows it divides. */
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
  /**
   * A ratio whose numerator can count what its denominator does not (a year's refusals include
   * requests made the year before; a year's exclusions count pupils who joined after January's
   * count, and repeat suspensions), so it can pass 1 where the denominator falls suddenly or is
   * small beside the year's flows: bounded below by 0 only.
   */
  readonly canExceedOne?: boolean;
  /** A balance that can go below zero (otherwise a metric that is not a share is never negative). */
  readonly signed?: boolean;
  /** Pounds rather than a count (kept as real numbers; a signed metric is money too). */
  readonly money?: boolean;
  /** A stock or flow that is a sum of fractions, not a whole count (kept as a real number). */
  readonly fractional?: boolean;
}

/**
 * The values a quantity can take, which its 95% interval respects (`estimate`): `nonNegative`
 * (counts, child-years, days, costs), `share` (from 0 to 1) or `signed` (any sign: a balance,
 * or a difference between scenarios).
 */
export type ValueBounds = 'nonNegative' | 'share' | 'signed';

/** The values metric `def` can take: from its kind, or `signed` where the definition says so. */
export function metricBounds(def: MetricDefinition): ValueBounds {
  if (def.signed === true) return 'signed';
  return def.kind === 'share' && def.canExceedOne !== true ? 'share' : 'nonNegative';
}

const m = <const Id extends string>(
  id: Id,
  kind: Exclude<MetricKind, 'share'>,
  label: string,
  higherIsBetter = false,
) => ({
  id,
  kind,
  label,
  higherIsBetter,
});

const share = <const Id extends string>(
  id: Id,
  label: string,
  numerator: string,
  denominator: string,
  higherIsBetter: boolean,
  canExceedOne = false,
) => ({
  id,
  kind: 'share' as const,
  label,
  higherIsBetter,
  ratio: { numerator, denominator },
  ...(canExceedOne ? { canExceedOne } : {}),
});

export const METRICS = [
  m('ehcp_stock_all_ages', 'stock', 'EHC plans in force (all ages)'),
  m('pupils_with_ehcp_in_schools', 'stock', 'Pupils with an EHC plan in schools'),
  m('pupils_on_sen_support', 'stock', 'Pupils on SEN support'),
  m('ehcp_in_mainstream', 'stock', 'Plans in mainstream schools (incl. resourced provision)'),
  m('ehcp_in_special_school', 'stock', 'Plans in special schools (state and independent)'),
  m('ehcp_in_independent_special', 'stock', 'Plans in independent special schools'),
  m(
    'placements_out_of_area',
    'stock',
    'Children in special schools outside their home local authority (day and residential)',
  ),
  m('residential_placements', 'stock', 'Children in residential special schools (weekly or 52-week)'),
  m('residential_placements_52_week', 'stock', 'Children in 52-week residential special school placements'),
  m('ehcp_in_further_education', 'stock', 'Plans in further education'),
  m('ehcp_out_of_education', 'stock', 'Plans held by young people not in education'),
  m(
    'ehcp_provision_delivered',
    'stock',
    'Plans whose provision (education, health, care) is delivered in full',
    true,
  ),
  m('ehcp_age_under_5', 'stock', 'Plans held by children under 5'),
  m('ehcp_age_5_to_10', 'stock', 'Plans held by children aged 5–10'),
  m('ehcp_age_11_to_15', 'stock', 'Plans held by young people aged 11–15'),
  m('ehcp_age_16_to_19', 'stock', 'Plans held by young people aged 16–19'),
  m('ehcp_age_20_to_25', 'stock', 'Plans held by young adults aged 20–25'),
  // Plan holders of primary and of secondary age in state-funded schools (mainstream, resourced
  // provision, state special), and those of them in state special schools: the school census's
  // count of pupils with a plan by age and type of school (calibration/special-schools-by-age.ts).
  m('ehcp_in_state_school_5_to_10', 'stock', 'Plans held by children aged 5–10 in state schools'),
  m('ehcp_in_state_special_5_to_10', 'stock', 'Plans held by children aged 5–10 in state special schools'),
  m('ehcp_in_state_school_11_to_15', 'stock', 'Plans held by young people aged 11–15 in state schools'),
  m(
    'ehcp_in_state_special_11_to_15',
    'stock',
    'Plans held by young people aged 11–15 in state special schools',
  ),
  // Plan holders under 5 in special schools' nursery and reception classes: the start places them
  // at the share a run four years in holds (population.under5PlanSetting.*).
  m('ehcp_in_state_special_under_5', 'stock', 'Plans held by children under 5 in state special schools'),
  m(
    'ehcp_in_independent_special_under_5',
    'stock',
    'Plans held by children under 5 in independent special schools',
  ),
  // Plan holders in mainstream schools (mainstream or resourced provision) of primary and of
  // secondary age, all and for the five commonest primary needs: the school census's pupils with a
  // plan by phase and primary need (calibration/plans-by-phase.ts).
  m('ehcp_mainstream_5_to_10', 'stock', 'Plans held by children aged 5–10 in mainstream schools'),
  m('ehcp_mainstream_11_to_15', 'stock', 'Plans held by young people aged 11–15 in mainstream schools'),
  m(
    'ehcp_mainstream_5_to_10_ASD',
    'stock',
    'Plans for autism held by children aged 5–10 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_5_to_10_SLCN',
    'stock',
    'Plans for SLCN held by children aged 5–10 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_5_to_10_SEMH',
    'stock',
    'Plans for SEMH held by children aged 5–10 in mainstream schools',
  ),
  m('ehcp_mainstream_5_to_10_MLD', 'stock', 'Plans for MLD held by children aged 5–10 in mainstream schools'),
  m(
    'ehcp_mainstream_5_to_10_SpLD',
    'stock',
    'Plans for SpLD held by children aged 5–10 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_11_to_15_ASD',
    'stock',
    'Plans for autism held by young people aged 11–15 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_11_to_15_SLCN',
    'stock',
    'Plans for SLCN held by young people aged 11–15 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_11_to_15_SEMH',
    'stock',
    'Plans for SEMH held by young people aged 11–15 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_11_to_15_MLD',
    'stock',
    'Plans for MLD held by young people aged 11–15 in mainstream schools',
  ),
  m(
    'ehcp_mainstream_11_to_15_SpLD',
    'stock',
    'Plans for SpLD held by young people aged 11–15 in mainstream schools',
  ),
  // Plans by primary need (in PRIMARY_NEEDS' order: stock-counts.ts relies on it).
  m('ehcp_need_ASD', 'stock', 'Plans for autism (ASD)'),
  m('ehcp_need_SLCN', 'stock', 'Plans for speech, language and communication needs (SLCN)'),
  m('ehcp_need_SEMH', 'stock', 'Plans for social, emotional and mental health needs (SEMH)'),
  m('ehcp_need_MLD', 'stock', 'Plans for moderate learning difficulty (MLD)'),
  m('ehcp_need_SpLD', 'stock', 'Plans for specific learning difficulty (SpLD)'),
  m('ehcp_need_SLD', 'stock', 'Plans for severe learning difficulty (SLD)'),
  m('ehcp_need_PMLD', 'stock', 'Plans for profound and multiple learning difficulty (PMLD)'),
  m('ehcp_need_PD', 'stock', 'Plans for physical disability (PD)'),
  m('ehcp_need_HI', 'stock', 'Plans for hearing impairment (HI)'),
  m('ehcp_need_VI', 'stock', 'Plans for vision impairment (VI)'),
  m('ehcp_need_MSI', 'stock', 'Plans for multi-sensory impairment (MSI)'),
  m('ehcp_need_OTH', 'stock', 'Plans for another difficulty or disability (OTH)'),
  // Plans for complex needs (SLD, PMLD, MSI, PD, VI, HI) by age band, in AGE_BAND_METRICS' order
  // (stock-counts.ts): complex needs arise only before school, so their share by age says whether
  // the early inflow keeps the stock the start holds (calibration/start-consistency.ts).
  m('ehcp_complex_under_5', 'stock', 'Plans for complex needs held by children under 5'),
  m('ehcp_complex_5_to_10', 'stock', 'Plans for complex needs held by children aged 5–10'),
  m('ehcp_complex_11_to_15', 'stock', 'Plans for complex needs held by young people aged 11–15'),
  m('ehcp_complex_16_to_19', 'stock', 'Plans for complex needs held by young people aged 16–19'),
  m('ehcp_complex_20_to_25', 'stock', 'Plans for complex needs held by young people aged 20–25'),
  m('children_with_unmet_need', 'stock', 'Children whose need is not met'),
  // Pupils with SEN in school (SEN support, early help or a plan) by broad area of their primary
  // need (stock-counts.ts): the denominators of rates by need.
  m(
    'pupils_with_sen_communication',
    'stock',
    'Pupils with SEN in school: communication and interaction needs',
  ),
  m('pupils_with_sen_cognition', 'stock', 'Pupils with SEN in school: cognition and learning needs'),
  m('pupils_with_sen_semh', 'stock', 'Pupils with SEN in school: social, emotional and mental health needs'),
  m('pupils_with_sen_sensory_physical', 'stock', 'Pupils with SEN in school: sensory and physical needs'),
  m('pupils_with_sen_other_need', 'stock', 'Pupils with SEN in school: another difficulty or disability'),
  // …and by the primary needs whose share of pupils with SEN the census publishes (need-mix.ts).
  m('pupils_with_sen_ASD', 'stock', 'Pupils with SEN in school: autism (ASD)'),
  m(
    'pupils_with_sen_SLCN',
    'stock',
    'Pupils with SEN in school: speech, language and communication needs (SLCN)',
  ),
  m('pupils_with_sen_MLD', 'stock', 'Pupils with SEN in school: moderate learning difficulty (MLD)'),
  m('pupils_with_sen_SpLD', 'stock', 'Pupils with SEN in school: specific learning difficulty (SpLD)'),
  // Pathway stocks have no better direction: more young people on any of them can mean plans ended sooner.
  m('post_plan_eet', 'stock', 'Young people after their plan, in education, employment or training (to 25)'),
  m('post_plan_neet', 'stock', 'Young people after their plan, not in education, employment or training'),
  m('post_plan_adult_social_care', 'stock', 'Young people after their plan, in adult social care'),
  m('waiting_for_early_help', 'stock', 'Families waiting for early help'),
  m('waiting_for_ep_assessment', 'stock', 'Children waiting for an EP assessment'),
  {
    ...m(
      'high_needs_over_funding',
      'stock',
      'High-needs spending above the funded level over the last 12 months, £ (councils’ budget pressure, set each April)',
    ),
    // Below zero when councils spend less than they are funded for.
    signed: true,
  },
  {
    ...m(
      'dsg_deficit_cumulative',
      'stock',
      'Councils’ cumulative DSG deficit, £ (high-needs spending the model books less the income set against it, since the start; 1 January)',
    ),
    // Below zero when councils have built up a surplus.
    signed: true,
    money: true,
  },
  m('waiting_for_special_place', 'stock', 'Children waiting for a special school place'),
  // More state places, all else equal, means fewer children placed far away at a higher fee.
  m('special_school_places', 'stock', 'State special school places', true),
  m('appeals_awaiting_hearing', 'stock', 'Appeals awaiting a hearing'),
  // Families' trust in the system (metrics/family-trust.ts): the model's own index, 0–1, not a
  // survey measure. Tracked over families of children on SEN support, early help or a plan.
  m(
    'sen_families',
    'stock',
    'Families of children on SEN support, early help or an EHC plan (whose trust is reported)',
  ),
  {
    ...m(
      'sen_families_trust_total',
      'stock',
      'Trust index summed over those families (the numerator of their mean trust)',
    ),
    fractional: true,
  },
  m(
    'sen_families_low_trust',
    'stock',
    'Families of children on SEN support or a plan who have lost trust (index below 0.3, lower than any family starts with)',
  ),
  // NEET 16–24 among young people with or after a plan (stock-counts.ts): plan holders aged 16+
  // out of education, and those on the post-plan NEET pathway (who leave the model at 25).
  m(
    'young_people_16_to_24_with_or_after_plan',
    'stock',
    'Young people aged 16–24 with a plan or after one (on a post-plan pathway)',
  ),
  m(
    'neet_16_to_24_with_or_after_plan',
    'stock',
    'Young people aged 16–24 with a plan or after one, not in education, employment or training',
  ),

  m('new_needs', 'flow', 'New needs arising'),
  m('identified_sen_support', 'flow', 'Children newly identified for SEN support', true),
  m('early_help_started', 'flow', 'Early help episodes started', true),
  m('assessment_requests', 'flow', 'Requests for statutory assessment'),
  m('decisions_within_6_weeks', 'flow', 'Decisions whether to assess made within 6 weeks', true),
  m('requests_withdrawn', 'flow', 'Requests withdrawn or lapsed before a decision'),
  m('assessment_decisions', 'flow', 'Decisions whether to assess'),
  m('requests_refused', 'flow', 'Requests refused'),
  m('assessments_completed', 'flow', 'Assessments completed'),
  m('issue_decisions', 'flow', 'Decisions whether to issue a plan'),
  m('assessed_not_issued', 'flow', 'Assessments that ended without a plan'),
  m('new_plans_issued', 'flow', 'New EHC plans issued'),
  m('new_plans_within_20_weeks', 'flow', 'New plans issued within 20 weeks', true),
  // New plans split by the child's age on the day the plan is issued (journey-metrics.ts): the
  // split partitions new_plans_issued; sendsim calibrate holds it against SEN2 (new-plans-by-age.ts).
  m('new_plans_under_5', 'flow', 'New EHC plans issued to children under 5'),
  m('new_plans_age_5_to_10', 'flow', 'New EHC plans issued to children aged 5–10'),
  m('new_plans_age_11_to_15', 'flow', 'New EHC plans issued to young people aged 11–15'),
  m('new_plans_age_16_to_25', 'flow', 'New EHC plans issued to young people aged 16–25'),
  m('plans_ceased', 'flow', 'Plans ceased'),
  m('crisis_events', 'flow', 'Crises (exclusion, placement or family breakdown, mental-health crisis)'),
  m('exclusions', 'flow', 'Exclusions to alternative provision'),
  // Crises and exclusions split by family advocacy (below/above 0.5, as appeals are), by
  // deprivation, by area of need, and exclusions by SEN status (journey-metrics.ts): each split
  // partitions its total.
  m('crisis_events_low_advocacy', 'flow', 'Crises, families with less advocacy capacity (below median)'),
  m('crisis_events_high_advocacy', 'flow', 'Crises, families with more advocacy capacity (above median)'),
  m('crisis_events_deprived', 'flow', 'Crises, children on free school meals'),
  m('crisis_events_not_deprived', 'flow', 'Crises, children not on free school meals'),
  m('crisis_events_communication', 'flow', 'Crises: communication and interaction needs'),
  m('crisis_events_cognition', 'flow', 'Crises: cognition and learning needs'),
  m('crisis_events_semh', 'flow', 'Crises: social, emotional and mental health needs'),
  m('crisis_events_sensory_physical', 'flow', 'Crises: sensory and physical needs'),
  m('crisis_events_other_need', 'flow', 'Crises: another difficulty or disability'),
  m(
    'exclusions_low_advocacy',
    'flow',
    'Exclusions to alternative provision, families with less advocacy capacity (below median)',
  ),
  m(
    'exclusions_high_advocacy',
    'flow',
    'Exclusions to alternative provision, families with more advocacy capacity (above median)',
  ),
  m('exclusions_deprived', 'flow', 'Exclusions to alternative provision, children on free school meals'),
  m(
    'exclusions_not_deprived',
    'flow',
    'Exclusions to alternative provision, children not on free school meals',
  ),
  m(
    'exclusions_communication',
    'flow',
    'Exclusions to alternative provision: communication and interaction needs',
  ),
  m('exclusions_cognition', 'flow', 'Exclusions to alternative provision: cognition and learning needs'),
  m(
    'exclusions_semh',
    'flow',
    'Exclusions to alternative provision: social, emotional and mental health needs',
  ),
  m('exclusions_sensory_physical', 'flow', 'Exclusions to alternative provision: sensory and physical needs'),
  m('exclusions_other_need', 'flow', 'Exclusions to alternative provision: another difficulty or disability'),
  m('exclusions_no_sen', 'flow', 'Exclusions to alternative provision, children with no identified SEN'),
  m(
    'exclusions_sen_support',
    'flow',
    'Exclusions to alternative provision, children on SEN support (or early help)',
  ),
  m('exclusions_with_plan', 'flow', 'Exclusions to alternative provision, children with an EHC plan'),
  // Suspensions (fixed-period exclusions), split as exclusions are: each split partitions the total.
  m('suspensions', 'flow', 'Suspensions (fixed-period exclusions) from school'),
  m('suspensions_low_advocacy', 'flow', 'Suspensions, families with less advocacy capacity (below median)'),
  m('suspensions_high_advocacy', 'flow', 'Suspensions, families with more advocacy capacity (above median)'),
  m('suspensions_deprived', 'flow', 'Suspensions, children on free school meals'),
  m('suspensions_not_deprived', 'flow', 'Suspensions, children not on free school meals'),
  m('suspensions_communication', 'flow', 'Suspensions: communication and interaction needs'),
  m('suspensions_cognition', 'flow', 'Suspensions: cognition and learning needs'),
  m('suspensions_semh', 'flow', 'Suspensions: social, emotional and mental health needs'),
  m('suspensions_sensory_physical', 'flow', 'Suspensions: sensory and physical needs'),
  m('suspensions_other_need', 'flow', 'Suspensions: another difficulty or disability'),
  m('suspensions_no_sen', 'flow', 'Suspensions, children with no identified SEN'),
  m('suspensions_sen_support', 'flow', 'Suspensions, children on SEN support (or early help)'),
  m('suspensions_with_plan', 'flow', 'Suspensions, children with an EHC plan'),
  // Of pupils with SEN (SEN support, early help or a plan), and of those whose primary need is
  // SEMH: DfE publishes rates by primary need for pupils with SEN (one with none identified has none).
  m('exclusions_with_sen', 'flow', 'Exclusions to alternative provision of pupils with SEN'),
  m('suspensions_with_sen', 'flow', 'Suspensions of pupils with SEN'),
  m(
    'exclusions_sen_semh',
    'flow',
    'Exclusions to alternative provision of pupils with SEN whose primary need is SEMH',
  ),
  m('suspensions_sen_semh', 'flow', 'Suspensions of pupils with SEN whose primary need is SEMH'),
  m('mediations_held', 'flow', 'Mediations held'),
  m('mediations_followed_by_appeal', 'flow', 'Mediations followed by an appeal'),
  m('appeals_registered', 'flow', 'Tribunal appeals registered'),
  m('appeals_refusal_to_assess', 'flow', 'Appeals against refusal to assess'),
  m('appeals_refusal_to_issue', 'flow', 'Appeals against refusal to issue'),
  m('appeals_plan_contents', 'flow', 'Appeals about plan contents'),
  m('appeals_placement', 'flow', 'Appeals about placement'),
  m(
    'appeals_health_social_care',
    'flow',
    'Appeals over health and social care provision (single route of redress)',
  ),
  m('appeals_decided', 'flow', 'Appeals decided at a hearing'),
  m('decisions_for_family', 'flow', 'Appeals decided at least in part for the family'),
  m('appeals_conceded', 'flow', 'Appeals conceded by the LA'),
  m('appeals_withdrawn', 'flow', 'Appeals withdrawn'),
  m('independent_placements', 'flow', 'New independent special school placements'),
  m('locum_ep_assessments', 'flow', 'EP assessments by locums bought in to clear a backlog'),
  m(
    'special_places_commissioned',
    'flow',
    'New state special school places commissioned (they open years later)',
    true,
  ),
  // Outcomes at 25 of young people who had a plan: in education, employment or training (a proxy
  // for employment or further study), NEET, or in adult social care (a proxy for not living independently).
  m(
    'outcome_at_25_eet',
    'flow',
    'Young people reaching 25 in education, employment or training (had a plan)',
    true,
  ),
  m(
    'outcome_at_25_neet',
    'flow',
    'Young people reaching 25 not in education, employment or training (had a plan)',
  ),
  m(
    'outcome_at_25_adult_social_care',
    'flow',
    'Young people reaching 25 in adult social care (had a plan; not living independently)',
  ),
  m(
    'outcome_at_25_had_plan',
    'flow',
    'Young people reaching 25 who had a plan (the outcomes at 25 add up to this)',
  ),
  m('appeals_low_advocacy', 'flow', 'Appeals by families with less advocacy capacity (below median)'),
  m('appeals_high_advocacy', 'flow', 'Appeals by families with more advocacy capacity (above median)'),
  // Trust is the model's own construct: families start between 0.3 and 0.7 (population.initialTrust
  // ± 0.2), so a request from a family below 0.3 is one made after trust was lost to refusals or crises.
  m(
    'requests_low_trust',
    'flow',
    'Requests for assessment by families who have lost trust (trust below 0.3, lower than any family starts with)',
  ),

  {
    ...m(
      'high_needs_spending',
      'flow',
      'High-needs block spending the model books (LA high needs: top-ups, places, alternative provision), £',
    ),
    money: true,
  },
  {
    ...m(
      'home_to_school_transport',
      'flow',
      'Home-to-school transport for children with plans, £ (the councils’ own budget, within LA other; not high needs)',
    ),
    money: true,
  },
  {
    ...m(
      'residential_placement_social_care',
      'flow',
      'Residential special school placements: children’s social care’s share of their cost over a day place, £ (within social care)',
    ),
    money: true,
  },
  {
    ...m(
      'residential_placement_health',
      'flow',
      'Residential special school placements: health’s share of their cost over a day place, £ (within health)',
    ),
    money: true,
  },
  {
    ...m(
      'high_needs_income',
      'flow',
      'High-needs block income set against that spending (published allocations × dsg.modelledShareOfBlock), £',
      true,
    ),
    money: true,
  },
  {
    ...m(
      'dsg_deficit_paid_by_dfe',
      'flow',
      'DSG deficit paid off by the DfE (write-off, Safety Valve), £: a transfer, not in the cost totals',
    ),
    money: true,
  },

  m('unmet_need_child_years', 'childYears', 'Child-years of unmet need'),
  m(
    'unmet_need_child_years_low_advocacy',
    'childYears',
    'Child-years of unmet need (families with less advocacy capacity, below median)',
  ),
  m(
    'unmet_need_child_years_high_advocacy',
    'childYears',
    'Child-years of unmet need (families with more advocacy capacity, above median)',
  ),
  m('unmet_need_child_years_deprived', 'childYears', 'Child-years of unmet need (free school meals)'),
  m('unmet_need_child_years_not_deprived', 'childYears', 'Child-years of unmet need (no free school meals)'),
  // By the Code of Practice's broad area of the child's primary need (journey/primary-need.ts).
  m(
    'unmet_need_child_years_communication',
    'childYears',
    'Child-years of unmet need: communication and interaction (autism, speech and language)',
  ),
  m(
    'unmet_need_child_years_cognition',
    'childYears',
    'Child-years of unmet need: cognition and learning (moderate, severe, profound, specific)',
  ),
  m(
    'unmet_need_child_years_semh',
    'childYears',
    'Child-years of unmet need: social, emotional and mental health',
  ),
  m(
    'unmet_need_child_years_sensory_physical',
    'childYears',
    'Child-years of unmet need: sensory and physical (hearing, vision, multi-sensory, physical)',
  ),
  m(
    'unmet_need_child_years_other_need',
    'childYears',
    'Child-years of unmet need: another difficulty or disability',
  ),

  // Exclusion and suspension rates by SEN status as DfE publishes them: a year's exclusions over
  // the January count of pupils of that status (plans: in all schools, special schools included).
  // Rates, not shares: a suspension rate counts repeat suspensions, and either rate counts pupils
  // who joined the status during the year against January's count, so both can pass 1
  // (canExceedOne; found by the fuzz suite: a start with no pupils on SEN support and needs
  // escalating 50 times a year had 2 permanent exclusions a pupil on SEN support).
  share(
    'exclusion_rate_sen_support',
    'Permanent exclusions a year per pupil on SEN support',
    'exclusions_sen_support',
    'pupils_on_sen_support',
    false,
    true,
  ),
  share(
    'exclusion_rate_with_plan',
    'Permanent exclusions a year per pupil with an EHC plan in school',
    'exclusions_with_plan',
    'pupils_with_ehcp_in_schools',
    false,
    true,
  ),
  share(
    'suspension_rate_sen_support',
    'Suspensions a year per pupil on SEN support',
    'suspensions_sen_support',
    'pupils_on_sen_support',
    false,
    true,
  ),
  share(
    'suspension_rate_with_plan',
    'Suspensions a year per pupil with an EHC plan in school',
    'suspensions_with_plan',
    'pupils_with_ehcp_in_schools',
    false,
    true,
  ),
  // By primary need, as DfE publishes them: a year's exclusions of pupils with SEN whose primary
  // need is SEMH over January's count of those pupils (all SEN statuses, special schools included).
  share(
    'exclusion_rate_semh',
    'Permanent exclusions a year per pupil with SEN whose primary need is SEMH',
    'exclusions_sen_semh',
    'pupils_with_sen_semh',
    false,
    true,
  ),
  share(
    'suspension_rate_semh',
    'Suspensions a year per pupil with SEN whose primary need is SEMH',
    'suspensions_sen_semh',
    'pupils_with_sen_semh',
    false,
    true,
  ),
  share(
    'share_exclusions_semh',
    'Share of permanent exclusions of pupils with SEN that are of pupils whose primary need is SEMH',
    'exclusions_sen_semh',
    'exclusions_with_sen',
    false,
  ),
  share(
    'share_suspensions_semh',
    'Share of suspensions of pupils with SEN that are of pupils whose primary need is SEMH',
    'suspensions_sen_semh',
    'suspensions_with_sen',
    false,
  ),
  share(
    'share_requests_refused',
    'Share of requests refused',
    'requests_refused',
    // As SEN2 publishes it: refusals over requests, some of which end without a decision; a
    // year's refusals include requests made before it, so the ratio can pass 1 (canExceedOne).
    'assessment_requests',
    false,
    true,
  ),
  share(
    'share_decisions_within_6_weeks',
    'Share of decisions whether to assess made within 6 weeks',
    'decisions_within_6_weeks',
    'assessment_decisions',
    true,
  ),
  share(
    'share_assessed_not_issued',
    'Share of completed assessments with no plan',
    'assessed_not_issued',
    'issue_decisions',
    false,
  ),
  share(
    'share_new_plans_within_20_weeks',
    'Share of new plans issued within 20 weeks',
    'new_plans_within_20_weeks',
    'new_plans_issued',
    true,
  ),
  share(
    'share_decisions_for_appellant',
    'Share of hearings decided at least in part for the family',
    'decisions_for_family',
    'appeals_decided',
    false,
  ),

  // No better direction: a special school is right for some children and not for others.
  share(
    'share_state_special_5_to_10',
    'Share of children aged 5–10 with a plan in state schools who are in special schools',
    'ehcp_in_state_special_5_to_10',
    'ehcp_in_state_school_5_to_10',
    false,
  ),
  share(
    'share_state_special_11_to_15',
    'Share of young people aged 11–15 with a plan in state schools who are in special schools',
    'ehcp_in_state_special_11_to_15',
    'ehcp_in_state_school_11_to_15',
    false,
  ),

  share(
    'mean_trust_sen_families',
    'Mean trust in the system of families on SEN support or a plan (model index 0–1)',
    'sen_families_trust_total',
    'sen_families',
    true,
  ),
  share(
    'share_low_trust',
    'Share of families on SEN support or a plan who have lost trust (index below 0.3)',
    'sen_families_low_trust',
    'sen_families',
    false,
  ),
  share(
    'share_neet_16_to_24_with_or_after_plan',
    'Share of young people aged 16–24 with or after a plan who are NEET',
    'neet_16_to_24_with_or_after_plan',
    'young_people_16_to_24_with_or_after_plan',
    false,
  ),
  share(
    'share_outcome_at_25_eet',
    'Share of young people reaching 25 after a plan who are in education, employment or training',
    'outcome_at_25_eet',
    'outcome_at_25_had_plan',
    true,
  ),

  m('ep_wait_days', 'meanDays', 'Mean wait for an EP assessment (days)'),
  m('early_help_wait_days', 'meanDays', 'Mean wait for early help (days)'),
  m('tribunal_wait_days', 'meanDays', 'Mean wait for a hearing slot (days)'),
  m('special_place_wait_days', 'meanDays', 'Mean wait for a special school place (days)'),
] as const satisfies readonly MetricDefinition[];

export type MetricId = (typeof METRICS)[number]['id'];

export const METRIC_INDEX: Readonly<Record<MetricId, number>> = Object.fromEntries(
  METRICS.map((d, i) => [d.id, i]),
) as Record<MetricId, number>;
