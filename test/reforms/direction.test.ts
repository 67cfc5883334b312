/**
 * Direction tests for the reform library: each reform file in `scenarios/` is run against the
 * baseline with common random numbers, and the primary effects its mechanism drives most
 * directly must come out in the stated direction with the paired 95% interval excluding zero.
 * These are checks of sign, not of size: the sizes of most levers are stated assumptions.
 *
 * Expected effects the model contradicts, or reproduces only in sign at this scale, are listed as
 * `todo` below with the reason, so they show in every test report instead of being dropped.
 *
 * Workload: one baseline run shared by every reform, at a small scale (see OPTIONS), all in one
 * thread. Measured on the project's 2-core machine (Node 20, vitest 4.1, model 0.6.0): 48 s of
 * CPU, so about 50 s when a core is free; 90 s of wall time run alone while other jobs held the
 * load average near 8. The slowest file in the suite: it is in the `model` project, outside the
 * fast `unit` set (vitest.config.ts).
 */
import { readdirSync } from 'node:fs';
import {
  COST_KEYS,
  compareExperiments,
  type ExperimentResult,
  METRICS,
  type PairedDifference,
  runExperiment,
} from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, readScenario, SCENARIOS_DIR } from '../sim-core/load-scenario.js';

const OPTIONS = { seed: 1, replications: 6, years: 8, scale: 0.003 } as const;

type Direction = 'lower' | 'higher' | 'unchanged';
type Effect = readonly [metric: string, direction: Direction];

/** Per reform file: the primary effects its mechanism drives most directly. */
const PRIMARY_EFFECTS: Readonly<Record<string, readonly Effect[]>> = {
  'early-help-investment': [['early_help_started', 'higher']],
  // Councils name the independent school a family prefers more often, instead of contesting it.
  'name-the-school-families-ask-for': [
    ['appeals_placement', 'lower'],
    ['independent_placements', 'higher'],
    ['cost_laHighNeeds', 'higher'],
  ],
  'no-tribunal-placement-orders': [
    ['appeals_registered', 'lower'],
    ['independent_placements', 'lower'],
    ['cost_hmcts', 'lower'],
    // Councils deterred less concede less and name cheaper placements (council-decisions.ts).
    ['unmet_need_child_years', 'higher'],
  ],
  'non-judicial-disagreement-route': [
    ['share_decisions_for_appellant', 'lower'],
    ['appeals_placement', 'lower'],
    ['independent_placements', 'lower'],
    ['unmet_need_child_years', 'higher'],
  ],
  // Ending plans earlier moves need and cost rather than deleting them: young people stay in the
  // model to 25 on a post-plan pathway, so unmet need rises and cost moves from LA high needs to
  // adult social care, the DWP and families.
  'ehcp-upper-age-18': [
    ['ehcp_stock_all_ages', 'lower'],
    ['cost_laHighNeeds', 'lower'],
    ['unmet_need_child_years', 'higher'],
    ['cost_adultSocialCare', 'higher'],
    ['cost_dwp', 'higher'],
    ['cost_family', 'higher'],
  ],
  'ehcp-upper-age-20': [
    ['ehcp_age_20_to_25', 'lower'],
    ['cost_laHighNeeds', 'lower'],
    ['unmet_need_child_years', 'higher'],
    ['cost_adultSocialCare', 'higher'],
    ['cost_dwp', 'higher'],
    ['cost_family', 'higher'],
  ],
  'ringfenced-mainstream-funding': [
    ['unmet_need_child_years', 'lower'],
    ['assessment_requests', 'lower'],
    ['cost_school', 'higher'],
  ],
  'minimum-service-standards': [
    ['share_decisions_within_6_weeks', 'higher'],
    ['share_new_plans_within_20_weeks', 'higher'],
  ],
  'minimum-standards-and-who-pays-clarity': [
    ['share_new_plans_within_20_weeks', 'higher'],
    ['unmet_need_child_years', 'lower'],
    ['cost_health', 'higher'],
  ],
  'workforce-strategy': [
    ['ep_wait_days', 'lower'],
    ['share_new_plans_within_20_weeks', 'higher'],
    ['unmet_need_child_years', 'lower'],
  ],
  'inclusive-mainstream': [
    ['independent_placements', 'lower'],
    ['special_place_wait_days', 'lower'],
    ['unmet_need_child_years', 'lower'],
    // Less unmet need in mainstream: fewer escalations in school, so fewer suspensions.
    ['suspensions', 'lower'],
    // Fewer children in special schools, in or out of area: transport follows the setting (fewer
    // residential placements too: not significant at test scale, see NOT_SIGNIFICANT_AT_TEST_SCALE).
    ['home_to_school_transport', 'lower'],
  ],
  // Open-book fees lower what LAs pay; capital and quality standards are the DfE's. (Fewer
  // independent and residential placements: not reproduced since model 0.13.0, see NOT_REPRODUCED.)
  // Higher DfE spending: not significant at test scale (see NOT_SIGNIFICANT_AT_TEST_SCALE).
  'lenehan-recommendations': [['cost_laHighNeeds', 'lower']],
  'inspection-accountability': [
    ['share_decisions_within_6_weeks', 'higher'],
    ['share_requests_refused', 'lower'],
    ['appeals_refusal_to_assess', 'lower'],
  ],
  'independent-sector-fee-cap': [
    ['cost_laHighNeeds', 'lower'],
    // Providers are held fixed; councils are not, but the budget pressure cheaper places ease is
    // too small to move placements clearly (see NOT_REPRODUCED).
  ],
  'independent-sector-not-for-profit': [
    ['cost_laHighNeeds', 'lower'],
    // Fewer independent placements and longer waits for a state special place: not significant at
    // test scale (see NOT_SIGNIFICANT_AT_TEST_SCALE).
  ],
  'short-breaks-and-coproduction': [
    ['crisis_events', 'lower'],
    ['cost_socialCare', 'higher'],
    // Co-produced decisions draw fewer appeals (coproduction.appealsAvoided).
    ['appeals_registered', 'lower'],
  ],
  // Advice raises the effective advocacy of families below the average: they notice need sooner
  // and ask more (who gains, and that families above are unchanged, is in advocacy-and-trust.test.ts).
  'independent-advice': [
    ['assessment_requests', 'higher'],
    ['unmet_need_child_years_deprived', 'lower'],
    ['cost_laOther', 'higher'],
  ],
  'transparency-and-coproduction': [
    ['appeals_registered', 'lower'],
    ['mediations_held', 'lower'],
    ['requests_low_trust', 'lower'],
  ],
  'single-route-of-redress-binding': [
    ['ehcp_provision_delivered', 'higher'],
    ['cost_health', 'higher'],
    ['unmet_need_child_years', 'lower'],
  ],
  'single-route-of-redress-removed': [['appeals_health_social_care', 'lower']],
  'white-paper-2026': [
    ['requests_refused', 'higher'],
    ['ehcp_stock_all_ages', 'lower'],
    ['cost_school', 'higher'],
  ],
  // High-needs money: ending the override acts through budget pressure; a write-off alone changes
  // nothing councils do while the override holds; Safety Valve trades DfE payments for gatekeeping.
  'statutory-override-ends-2028': [
    ['requests_refused', 'higher'],
    ['new_plans_issued', 'lower'],
    ['dsg_deficit_cumulative', 'lower'],
  ],
  'dsg-deficit-write-off': [
    ['dsg_deficit_cumulative', 'lower'],
    ['dsg_deficit_paid_by_dfe', 'higher'],
    ['requests_refused', 'unchanged'],
    ['cost_total', 'unchanged'],
  ],
  'safety-valve-agreements': [
    ['dsg_deficit_cumulative', 'lower'],
    ['requests_refused', 'higher'],
    // Lower high-needs spending: not significant at test scale (see NOT_SIGNIFICANT_AT_TEST_SCALE).
  ],
  // Packages of reforms.
  'nnpcf-asks': [
    ['unmet_need_child_years', 'lower'],
    ['crisis_events', 'lower'],
    ['share_decisions_within_6_weeks', 'higher'],
  ],
  'lga-ccn-isos-2024': [
    ['independent_placements', 'lower'],
    ['cost_laHighNeeds', 'lower'],
    ['share_decisions_for_appellant', 'lower'],
  ],
};

/**
 * Expected effects (from the files' `expectedEffects`) that the model contradicts or does not show:
 * findings about the model, kept visible. The scenario files still say what the policy is expected to do.
 */
const NOT_REPRODUCED: readonly string[] = [
  'lenehan-recommendations: fewer new independent placements and fewer residential placements. No ' +
    'clear change since model 0.13.0 (scale 0.01, 8 years, 6 replications: independent placements −370, ' +
    '95% interval −1,480 to +740; residential −83, −206 to +39): the 5,000 regional places open from ' +
    'September 2025, by when councils’ own commissioning has nearly caught up (nobody waits for a state ' +
    'place from 2028), so they mostly stand empty or take children who would have had a state place; ' +
    'independent placements are then mostly families’ preferences and disputes, which regional places ' +
    'do not change.',
  'independent-sector-fee-cap: slightly more placements in specialist settings, as cheaper places ease ' +
    'high-needs budget pressure. No clear change at the test settings (model 0.5.0 after its refit): ' +
    '−56 placements, 95% interval −400 to +288; budget pressure binds in only a few years of the baseline.',
  'non-judicial-disagreement-route: more lost family earnings. Costs to families fall overall: halving ' +
    'their appeal costs outweighs the earnings lost to decisions that now stand.',
  'lga-ccn-isos-2024: costs shift from LAs towards families. Family costs fall with the large fall in ' +
    'unmet need from inclusive mainstream and early help, which outweighs the disputes no longer won.',
  'minimum-standards-and-who-pays-clarity: higher social care spending on plan provision. Health ' +
    'spending rises, but fewer crises save social care about as much as the plan provision now delivered ' +
    'in full costs (no change within noise).',
  'inspection-accountability: higher LA spending on assessments and plans. More plans are issued, but ' +
    'fewer requests and hearings leave LA spending unchanged within noise.',
  'lenehan-recommendations: fewer children placed out of area. Lower in sign only at this scale since ' +
    'model 0.12.0 (−1,600 at the end of the run, 95% interval −3,600 to +400): out-of-area placements are ' +
    'half of independent ones and a tenth of state ones, and the regional places also fill with children ' +
    'who would have gone to state schools out of area.',
  'lenehan-recommendations: lower home-to-school transport. No change within noise, even at scale 0.01 ' +
    '(8 years, 6 replications: +£8.7m over 8 years, 95% interval −£9.3m to +£26.7m, on £13.4bn). Only ' +
    'the day placements out of area that become local save transport (a residential pupil’s journeys home ' +
    'cost as much as a local day pupil’s, an assumption), and the new places also take some children from ' +
    'mainstream schools, whose transport costs less: about 3,600 fewer independent placements save a few ' +
    'million pounds a year.',
  'early-help-investment: fewer appeals. No change within noise, even at scale 0.01.',
  'early-help-investment: shorter waits for early help. Since model 0.9.0 the baseline has almost no ' +
    'early help queue (a mean wait of 0.0 days at scale 0.01, 1.0 at this test’s scale, where capacity ' +
    'rounds to few slots): fewer families are referred than earlyHelp capacity serves (the refit has unmet ' +
    'need escalating a little more slowly, one likely reason), so doubling it adds episodes (referrals) ' +
    'but has no wait to shorten.',
  'short-breaks-and-coproduction: fewer requests for assessment. Since co-production acts on the trust a ' +
    'refusal costs rather than on the distrust weight (issue 15), requests from families who have lost trust fall ' +
    '(−13.5% at scale 0.01, 8 years, 6 replications, model 0.12.0) but all requests do not (−280, 95% interval ' +
    '−1,500 to +900): ' +
    'fewer appeals also mean fewer plans won, and more families escalate and ask again.',
  'transparency-and-coproduction: fewer requests for assessment overall (as for short breaks and co-production: ' +
    'requests from families who have lost trust fall by about a quarter, all requests do not change within noise).',
  'single-route-of-redress-removed: fewer plans delivered and less health and social care spending. ' +
    'About 780 such appeals a year nationally (the trial) move too little provision to show at test scale.',
  'white-paper-2026: more appeals against refusals to assess is shown, but families of children below the ' +
    'new threshold are not followed as a group, so their unmet need is not reported separately.',
];

/**
 * Expected effects in the stated direction whose paired interval includes zero at this test's scale
 * for some seeds; checked at scale 0.01 (8 years, 6 replications, seed 1).
 */
const NOT_SIGNIFICANT_AT_TEST_SCALE: readonly string[] = [
  'independent-sector-not-for-profit: longer waits for a state special place (fewer families take an ' +
    'independent place, so more wait). Model 0.17.0 at scale 0.01 (10 years, 10 replications): +3.3 days, ' +
    '95% interval +1.5 to +5.1; at this test’s scale +5.7 days, −0.3 to +11.6, since the 2023 start holds ' +
    'the waiting list the backtest does (1.0% of places, 1.3% until 0.16.0).',
  'lenehan-recommendations: higher DfE spending. The regional places’ capital, less the places councils ' +
    'no longer commission of their own (also DfE capital, and noisy: councils commission each year for ' +
    'the children who waited, and how many wait varies between replications). Model 0.15.0 at scale 0.01 ' +
    '(8 years, 6 replications): +£346m, 95% interval +£8m to +£684m; model 0.15.1: +£249m, −£15m to +£512m.',
  'no-tribunal-placement-orders: more crises. About +1,600 over ten years at scale 0.01 with 10 ' +
    'replications (95% interval +350 to +2,870; unmet need +21,900 child-years, +16,400 to +27,400), but ' +
    'at this test’s 6 replications over 8 years the interval can reach zero.',
  'no-tribunal-placement-orders: more child-years of unmet need (asserted above with this test’s seed) is ' +
    'small, about 0.2% of all child-years, and its interval can include zero for other seeds at this ' +
    'scale; at scale 0.01 over 10 years with 10 replications it is +21,900 (16,400 to 27,400; model 0.5.0).',
  'early-help-investment: fewer crises, fewer exclusions and fewer new plans (a few per cent; ' +
    'significant at scale 0.01).',
  'non-judicial-disagreement-route: more exclusions (significant at scale 0.01, 8 years, 6 replications: ' +
    '+1,033, 95% interval +43 to +2,024).',
  'independent-advice: more appeals by families with less advocacy capacity (+5% at this scale, interval ' +
    'reaching zero; +7% at scale 0.01, checked there in advocacy-and-trust.test.ts, with families above the ' +
    'median unchanged).',
  'inspection-accountability: fewer hearings and more appeals conceded (both significant at scale 0.01).',
  'independent-sector-not-for-profit: fewer independent placements. Model 0.18.0 at scale 0.01 (10 years, ' +
    '10 replications): −2,820, 95% interval −3,830 to −1,810; at this test’s scale −2,110, −4,610 to +390 ' +
    '(new independent placements swing between replications with the special-school queue); asserted at 1% ' +
    'scale below.',
  'inclusive-mainstream: fewer residential placements. Model 0.18.0 at scale 0.01 (10 years, 10 ' +
    'replications): −1,510, 95% interval −1,930 to −1,090; at this test’s scale −1,330, −2,990 to +320; asserted at 1% scale below.',
  'safety-valve-agreements: lower high-needs spending (the agreements’ spending reductions, about 0.4% of ' +
    'it). Model 0.18.0 at scale 0.01 (10 years, 10 replications): −£310m, 95% interval −£510m to −£110m; at ' +
    'this test’s scale −£340m, −£770m to +£100m; asserted at 1% scale below.',
];

function reformFiles(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((id) => {
      const file = readScenario(id);
      // The backtest is a reform of the start date and stocks (calibration), not a policy.
      return file.kind === 'reform' && file.startDate === undefined;
    })
    .sort();
}

function describeDifference(d: PairedDifference): string {
  const { mean, lo, hi } = d.difference;
  return `${d.metric}: baseline ${d.baseline.mean.toPrecision(4)}, difference ${mean.toPrecision(3)} [${lo.toPrecision(3)}, ${hi.toPrecision(3)}]`;
}

let baseline: ExperimentResult;

beforeAll(() => {
  baseline = runExperiment(loadScenario('baseline'), OPTIONS);
});

describe('reform scenarios move their primary effects in the documented direction', () => {
  it('names primary effects for every reform file, using metrics the model reports', () => {
    expect(Object.keys(PRIMARY_EFFECTS).sort()).toEqual(reformFiles());
    const known = new Set<string>([...METRICS.map((m) => m.id), ...COST_KEYS.map((p) => `cost_${p}`)]);
    for (const [id, effects] of Object.entries(PRIMARY_EFFECTS)) {
      expect(effects.length, id).toBeGreaterThan(0);
      for (const [metric] of effects) expect(known.has(metric), `${id}: ${metric}`).toBe(true);
    }
  });

  it.each(Object.entries(PRIMARY_EFFECTS))('%s', (id, effects) => {
    const reform = runExperiment(loadScenario(id), OPTIONS);
    const differences = compareExperiments(baseline, reform).differences;
    for (const [metric, direction] of effects) {
      const d = differences.find((x) => x.metric === metric);
      if (d === undefined) throw new Error(`${id}: no metric ${metric} in the comparison`);
      const message = `${id}: expected ${metric} ${direction}; ${describeDifference(d)}`;
      if (direction === 'lower') expect(d.difference.hi, message).toBeLessThan(0);
      else if (direction === 'higher') expect(d.difference.lo, message).toBeGreaterThan(0);
      else expect(Math.abs(d.difference.mean), message).toBe(0);
    }
  });

  // Effects of a few per cent or less need a larger sample than the test scale gives.
  const atOnePercent = { ...OPTIONS, scale: 0.01 };
  // A smaller effect needs the whole ten years and more replications (inclusive mainstream's
  // residential placements: model 0.24.0 at 6 replications over 8 years −450, 95% interval −1,170 to
  // +270; 0.23.1 −580, −1,090 to −80; at 10 over 10 years −900, −1,640 to −160).
  const longer = { ...atOnePercent, replications: 10, years: 10 };
  const baselines = new Map<typeof longer, ExperimentResult>();
  const differenceAtOnePercent = (id: string, metric: string, options: typeof longer): PairedDifference => {
    let base = baselines.get(options);
    if (base === undefined) {
      base = runExperiment(loadScenario('baseline'), options);
      baselines.set(options, base);
    }
    const reform = runExperiment(loadScenario(id), options);
    return compareExperiments(base, reform).differences.find((x) => x.metric === metric)!;
  };

  // Effects clear at 1% scale but not at test scale. Early help: helped families escalate less, so
  // fewer reach a request. A non-judicial route: councils barely deterred concede less and name
  // cheaper placements; families win less often, so more children wait with need unmet, and some
  // reach a crisis. Model 0.18.0's refit left the last three inside the noise at test scale
  // (NOT_SIGNIFICANT_AT_TEST_SCALE).
  const AT_ONE_PERCENT: ReadonlyArray<
    readonly [title: string, id: string, ...Effect, options: typeof longer]
  > = [
    [
      'early-help-investment: fewer requests for assessment (a few per cent: checked at 1% scale)',
      'early-help-investment',
      'assessment_requests',
      'lower',
      atOnePercent,
    ],
    [
      'non-judicial-disagreement-route: more crises (about 1%: checked at 1% scale)',
      'non-judicial-disagreement-route',
      'crisis_events',
      'higher',
      atOnePercent,
    ],
    [
      'inclusive-mainstream: fewer residential placements (checked at 1% scale, 10 replications over 10 years)',
      'inclusive-mainstream',
      'residential_placements',
      'lower',
      longer,
    ],
    [
      'safety-valve-agreements: lower high-needs spending (about 0.4%: checked at 1% scale)',
      'safety-valve-agreements',
      'high_needs_spending',
      'lower',
      atOnePercent,
    ],
    [
      'independent-sector-not-for-profit: fewer independent placements (checked at 1% scale)',
      'independent-sector-not-for-profit',
      'independent_placements',
      'lower',
      atOnePercent,
    ],
  ];
  it.each(AT_ONE_PERCENT)('%s', (_title, id, metric, direction, options) => {
    const d = differenceAtOnePercent(id, metric, options);
    if (direction === 'lower') expect(d.difference.hi, describeDifference(d)).toBeLessThan(0);
    else expect(d.difference.lo, describeDifference(d)).toBeGreaterThan(0);
  });

  for (const finding of NOT_REPRODUCED) it.todo(`not reproduced: ${finding}`);
  for (const finding of NOT_SIGNIFICANT_AT_TEST_SCALE) it.todo(`not significant at test scale: ${finding}`);
});
