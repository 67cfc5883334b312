/**
 * The prepared story trainer mode walks an audience through: today's system against a reform
 * that invests in early help, in six steps. Content only, as data: each step names the run
 * to show (baseline or reform), the moment in it, the states to point at, and narration with
 * placeholders that `story-facts.ts` fills from the simulation. No number is written here, so
 * every figure the audience sees comes from the runs, with the seed and scale stated.
 *
 * Placeholders: `{date}` the month shown; `{count:region.leaf}` children in that state then,
 * in the run shown; `{total:metric}` the baseline's total over the run with its 95% interval;
 * `{change:metric}` reform − baseline, paired by replication, with its 95% interval;
 * `{running:cost_public}` / `{running:crisis_events}` how that change builds up year by year,
 * in sentences written from the run's running totals (when, if ever, extra public spending turns
 * into a saving, and from when that is clear; the cost to families beside it when it moves the
 * other way); `{reform}` the reform's name; `{years}` the run's length.
 *
 * The story asks a question rather than assuming its answer: whether early help pays for
 * itself depends on how long the run is, and the narration says what this run shows.
 */

/** The reform the story compares with the baseline. */
export const STORY_REFORM = 'early-help-investment';

/** One step of the story. */
export interface StoryStep {
  readonly title: string;
  /** Which run the animation shows. */
  readonly scenario: 'baseline' | 'reform';
  /** Where in the run: the first month, the middle, or the last month start. */
  readonly at: 'start' | 'middle' | 'end';
  /** States to outline, as `region.leaf`. */
  readonly highlight: readonly string[];
  readonly narration: string;
  /** Show the cost-by-payer change table under the narration. */
  readonly showCostByPayer?: boolean;
}

export const STORY: readonly StoryStep[] = [
  {
    title: 'The system today',
    scenario: 'baseline',
    at: 'start',
    highlight: ['support.senSupport', 'support.statutory.plan'],
    narration:
      'In {date} the simulated system has {count:support.senSupport} children on SEN support in school and ' +
      '{count:support.statutory.plan} with an education, health and care (EHC) plan. Each box is a state of ' +
      "the model's statechart and its number the children in it now; each arrow a move the rules allow. " +
      'Children who have left, and disputes that have ended, are counted apart, as totals since the start.',
  },
  {
    title: "A child's need emerges",
    scenario: 'baseline',
    at: 'start',
    highlight: ['need.emerging', 'support.universal', 'support.senSupport'],
    narration:
      'New needs keep arising: {total:new_needs} over {years} years. A need is first met by the school: ' +
      '{total:identified_sen_support} children are newly identified for SEN support. The top band of the ' +
      "chart shows each child's need: emerging, met, not met, or in crisis. Press Play to watch them move.",
  },
  {
    title: 'SEN support and early help',
    scenario: 'baseline',
    at: 'middle',
    highlight: ['support.earlyHelp.waiting', 'support.earlyHelp.receiving'],
    narration:
      'When need escalates on SEN support, schools refer families to early help. Early help has limited ' +
      'places, so families wait: in {date}, {count:support.earlyHelp.waiting} are waiting and ' +
      '{count:support.earlyHelp.receiving} are receiving it. Over the run {total:early_help_started} episodes start.',
  },
  {
    title: 'When support comes late',
    scenario: 'baseline',
    at: 'end',
    highlight: ['need.unmet', 'need.crisis', 'support.statutory.requested', 'redress.awaitingHearing.queued'],
    narration:
      'Waiting is unmet need, and unmet need escalates, sometimes into a crisis (an exclusion, a placement ' +
      'or family breakdown, a mental-health crisis): {total:crisis_events} crises over the run. In {date}, ' +
      '{count:need.unmet} children have a need that is not met and {count:need.crisis} are in crisis. ' +
      'Families and schools ask for statutory assessment ({total:assessment_requests} requests over the run), ' +
      'some are refused ({total:requests_refused}), and disputes reach the tribunal ' +
      '({total:appeals_registered} appeals registered).',
  },
  {
    title: 'The reform: {reform}',
    scenario: 'reform',
    at: 'end',
    highlight: ['support.earlyHelp.receiving', 'need.crisis'],
    narration:
      'Now the same children in a system that invests in early help. Over {years} years early help episodes ' +
      'change by {change:early_help_started}; requests for assessment by {change:assessment_requests}; new EHC ' +
      'plans by {change:new_plans_issued}. {running:crisis_events}',
  },
  {
    title: 'Who pays, and who saves',
    scenario: 'reform',
    at: 'end',
    highlight: [],
    narration:
      'The change in public spending, reform − baseline, paired replication by replication (the same children ' +
      'in both systems). {running:cost_public} The table below splits the whole run by payer: the public ' +
      'payers and their sum, public spending, then the cost to families on its own line. An interval that ' +
      'spans zero means the runs cannot tell the difference from chance.',
    showCostByPayer: true,
  },
];
