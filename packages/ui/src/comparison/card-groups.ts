/**
 * The cards after the headline outcomes: what people look for next (issue 12, requirement 6).
 * Outcomes for families first (issue 11: trust, exclusions and suspensions, NEET and outcomes at 25, unmet need
 * and crises by family advocacy), then waits for the services children queue for, independent
 * special school placements (with distance from home and home-to-school transport), and the
 * same outcomes split by family and by area of need, to show who gains and who loses (DESIGN 2.6's equity
 * breakdowns: a reform that weakens redress falls hardest on families with least capacity to
 * push for support). Each is a sim-core metric shown like a headline card: baseline, reform
 * and the change with its 95% interval, in words, and whether it is fit to quote.
 */
import { type HeadlineMetric, metricCard } from './headline-metrics.js';

/** One group of cards under its own heading. */
export interface CardGroup {
  /** Used for the section's id on the page. */
  readonly id: string;
  readonly heading: string;
  /** One or two plain sentences on what the cards measure. */
  readonly intro: string;
  readonly metrics: readonly HeadlineMetric[];
}

/** A money metric's card: shown in £ like the cost cards. */
function moneyCard(id: string, label: string, reduction: string): HeadlineMetric {
  return { ...metricCard(id, label, reduction), kind: 'money' };
}

export const CARD_GROUPS: readonly CardGroup[] = [
  {
    id: 'families',
    heading: 'Outcomes for families',
    intro:
      'What a reform means for children and families beyond money: their trust in the system, permanent exclusions and suspensions from school (counts, and rates per pupil by SEN status as DfE publishes them), young people not in education, employment or training, and unmet need for families with less and more capacity to push for support. Trust is the model’s own index from 0% to 100% (it falls when a request is refused, a child reaches crisis or is suspended, and rises each time need is met), not a survey measure; the assumptions page says how it is set.',
    metrics: [
      metricCard(
        'mean_trust_sen_families',
        'Families’ trust in the system (model index, families of children on SEN support or a plan)',
        'mean over each January of the run; 100% is full trust',
      ),
      metricCard(
        'share_low_trust',
        'Families who have lost trust (index below 30%, lower than any family starts with)',
        'share of families of children on SEN support or a plan, over each January of the run',
      ),
      metricCard('exclusions', 'Exclusions to alternative provision'),
      metricCard('exclusions_with_plan', 'Exclusions of children with an EHC plan'),
      metricCard('exclusions_sen_support', 'Exclusions of children on SEN support'),
      metricCard(
        'exclusion_rate_sen_support',
        'Permanent exclusion rate, pupils on SEN support',
        'exclusions a year per pupil on SEN support in January, over the whole run',
      ),
      metricCard(
        'exclusion_rate_with_plan',
        'Permanent exclusion rate, pupils with an EHC plan',
        'exclusions a year per pupil with a plan in school in January, over the whole run',
      ),
      metricCard('suspensions', 'Suspensions from school (fixed-period exclusions)'),
      metricCard(
        'suspension_rate_sen_support',
        'Suspension rate, pupils on SEN support',
        'suspensions a year per pupil on SEN support in January, over the whole run (repeat suspensions count)',
      ),
      metricCard(
        'suspension_rate_with_plan',
        'Suspension rate, pupils with an EHC plan',
        'suspensions a year per pupil with a plan in school in January, over the whole run (repeat suspensions count)',
      ),
      metricCard(
        'share_neet_16_to_24_with_or_after_plan',
        'Young people aged 16–24 with or after a plan who are not in education, employment or training',
        'share over each January of the run',
      ),
      metricCard(
        'share_outcome_at_25_eet',
        'Young people reaching 25 after a plan who are in education, employment or training',
        'share of those reaching 25 over the run',
      ),
      metricCard(
        'unmet_need_child_years_low_advocacy',
        'Child-years of unmet need, families with less capacity to push for support',
      ),
      metricCard(
        'unmet_need_child_years_high_advocacy',
        'Child-years of unmet need, families with more capacity to push for support',
      ),
      metricCard('crisis_events_low_advocacy', 'Crises, families with less capacity to push for support'),
      metricCard('crisis_events_high_advocacy', 'Crises, families with more capacity to push for support'),
    ],
  },
  {
    id: 'waits',
    heading: 'Waiting',
    intro:
      'How long children and families wait, in days, for each service with a queue. Each is the average wait of those who started the service in a year, averaged over the years of the run.',
    metrics: [
      metricCard('ep_wait_days', 'Wait for an educational psychologist (for an EHC needs assessment)'),
      metricCard('early_help_wait_days', 'Wait for early help (family support)'),
      metricCard('special_place_wait_days', 'Wait for a state special school place'),
      metricCard('tribunal_wait_days', 'Wait for a tribunal hearing'),
    ],
  },
  {
    id: 'placements',
    heading: 'Independent special schools and distance from home',
    intro:
      'Independent and non-maintained special schools cost councils far more than a state special school place (the assumptions page gives both costs and their sources); children are placed there when no state place is found in time, often outside their home council or in a residential school. Home-to-school transport, paid from councils’ own budgets rather than high needs, costs more the further a child travels.',
    metrics: [
      metricCard('independent_placements', 'New placements in independent special schools'),
      metricCard('ehcp_in_independent_special', 'Children with a plan in an independent special school'),
      metricCard('placements_out_of_area', 'Children in a special school outside their home council'),
      metricCard('residential_placements', 'Children in a residential special school'),
      moneyCard(
        'home_to_school_transport',
        'Home-to-school transport for children with plans',
        'total over the run, at 2025/26 prices',
      ),
    ],
  },
  {
    id: 'high-needs-money',
    heading: 'High-needs money',
    intro:
      'Councils’ high-needs spending against the high-needs block, and the dedicated schools grant (DSG) deficit the gap builds up. The deficit is an accounting output (the assumptions page says how income is set against the spending the model books); the chart below draws its path with its 95% band.',
    metrics: [
      moneyCard(
        'dsg_deficit_cumulative',
        'Councils’ cumulative DSG deficit',
        'at the end of the run, at 2025/26 prices',
      ),
      moneyCard(
        'high_needs_spending',
        'High-needs spending the model books',
        'total over the run, at 2025/26 prices',
      ),
      moneyCard(
        'dsg_deficit_paid_by_dfe',
        'DSG deficit paid off by the DfE (write-off, Safety Valve)',
        'total over the run, at 2025/26 prices; a transfer, not in the cost totals',
      ),
    ],
  },
  {
    id: 'equity',
    heading: 'Who is affected: fairness between families',
    intro:
      'The same outcomes for different families: those with less and more capacity to push for support (the time, money and know-how to navigate the system), and children with and without free school meals. Compare each pair’s changes to see whether a reform helps one group more than the other.',
    metrics: [
      metricCard(
        'appeals_low_advocacy',
        'Tribunal appeals by families with less capacity to push for support',
      ),
      metricCard(
        'appeals_high_advocacy',
        'Tribunal appeals by families with more capacity to push for support',
      ),
      metricCard(
        'unmet_need_child_years_deprived',
        'Child-years of unmet need, children on free school meals',
      ),
      metricCard(
        'unmet_need_child_years_not_deprived',
        'Child-years of unmet need, children not on free school meals',
      ),
    ],
  },
  {
    id: 'needs',
    heading: 'Who is affected: by area of need',
    intro:
      'Unmet need split by the broad area of the child’s primary need, as the SEND Code of Practice groups them, and the exclusions and suspensions of pupils whose need is social, emotional and mental health. The model gives needs present from early childhood (severe learning difficulties, sensory and physical needs) a specialist setting from the start; of the others, SEN support in a mainstream school meets autism less well and a specific learning difficulty better (estimated so that pupils with SEN and plans come out in the published mixes of needs), so an autistic child’s unmet need escalates and brings a request sooner, and more often leads to a special school at the move to secondary; and an escalation of an SEMH need is more often an exclusion or a suspension (DfE’s rates by primary need). How well SEN support fits each need is inferred from those mixes, not measured, so read these as where unmet need falls, not as a measured difference between areas.',
    metrics: [
      metricCard(
        'unmet_need_child_years_communication',
        'Child-years of unmet need: communication and interaction (autism, speech and language)',
      ),
      metricCard('unmet_need_child_years_cognition', 'Child-years of unmet need: cognition and learning'),
      metricCard(
        'unmet_need_child_years_semh',
        'Child-years of unmet need: social, emotional and mental health',
      ),
      metricCard(
        'unmet_need_child_years_sensory_physical',
        'Child-years of unmet need: sensory and physical needs',
      ),
      metricCard(
        'unmet_need_child_years_other_need',
        'Child-years of unmet need: another difficulty or disability',
      ),
      metricCard(
        'exclusions_semh',
        'Exclusions to alternative provision: social, emotional and mental health',
      ),
      metricCard('suspensions_semh', 'Suspensions: social, emotional and mental health'),
    ],
  },
];
