/**
 * No start-up artefact (issue 10, requirement 1): a run started in January 2023 from the
 * published stocks, and one started four years earlier from the January 2019 stocks, should
 * give the same flows in 2023. Before the start was put in motion (model 0.5.0), the 2023
 * start asked for about 65,000 assessments in its first year against the earlier start's
 * 114,000.
 *
 * "The same" is judged against the noise between replications (three standard errors of the
 * difference of two means) plus 5%, the calibration tolerance on the earlier run's own January
 * 2023 plan stock, which the flows scale with.
 *
 * Every flow agrees (the first year's means, 2023 start against 2019 start, model 0.12.0: requests
 * −9%, refusals −1%, assessments −7%, new plans −6%, plans ceased 0%, mediations −7%, appeals 0%),
 * after what each gap had taught: the start's requests, assessments and disputes in progress sized
 * by the model's own stage times and part-way through them (new plans were +11% and bunched in
 * spring, appeals almost none in January); plan holders from 18 thinning with age as the annual
 * reviews leave them (plans ceased were +30%); early years requests replayed with their refusals,
 * and the refit (requests were −10%). Plans ceased were the one flow outside from 0.10.0 to 0.11.0
 * (+11% to +16%: the backtest's own dynamics left fewer plan holders aged 20–25 than the start's
 * 6%); the 0.12.0 refit brought them to 5.7%, and plans ceased within noise.
 *
 * Model 0.13.0 (after its refit): requests −9%, refusals −2%, assessments −8%, new plans −8%,
 * plans ceased +8%, mediations −14%, appeals −13%, all within noise. Its start fills state special
 * schools, with children waiting and places on the way (special-places-at-start.ts), and the
 * independent special schools' stock now agrees (about 28,900 plans in January 2023 from either
 * start), but not yet tested here, and still start-up gaps: new independent placements (about
 * 5,900 in 2023 from the 2023 start against 2,900 from 2019: the start's state special pupils are
 * younger than the backtest's, so fewer places free at 19) and placement appeals (−33%).
 *
 * Model 0.14.0 (after its refit): requests −7.5%, refusals −6%, assessments −4%, new plans −2%,
 * plans ceased +3%, mediations −14%, appeals −12%, all within noise. The start now holds families in
 * early help and children in crisis, and its replayed histories live each past year at its own onset
 * level and propensity to ask (need-history.ts); placement appeals remain the gap (−36%).
 *
 * Model 0.15.1: every flow within 4% (requests −0.3%, refusals +3.9%, assessments −1.8%, new plans
 * +3.0%, plans ceased +2.0%, mediations −0.3%, appeals +1.6%), but appeals (about 11,560 in both
 * starts) below their published floor of 11,609 (13,658 in AY 2022/23, less 15%): the model's
 * level, recorded here as a known gap until model 0.16.0.
 *
 * Model 0.16.0 (councils commission places for forecast demand; a cheaper placement named for a
 * specialist need is contested; refit): requests −4%, refusals −7%, assessments −4%, new plans
 * −3%, plans ceased +12%, mediations +12%, appeals −7%, all within noise and the stock tolerance,
 * and appeals (about 11,800 in 2023) above their floor of 11,609. The gaps are wider than
 * 0.15.1's: the waiting list and the placement share of disputes at the start were measured on
 * the refit before the last (on the last, 0.8% and 37–38% against the 1.3% and 40% used, within
 * two standard errors), and each move changes the backtest itself.
 *
 * Model 0.17.0 (the start holds the appeals in progress the model's own tribunal keeps, not three
 * times as many; the places commissioned before the 2023 start and its waiting list measured on the
 * backtest; refit): at this test's 5 replications requests −6%, refusals −5%, assessments −6%, new
 * plans −4%, plans ceased +4%, mediations −12%, appeals −11%, all within noise and the stock
 * tolerance; at 30 replications −3%, −2%, −5%, −3.5%, +5%, −1% and −5%. The first year's tribunal
 * outcomes no longer jump (concessions +11% ± 5% at 30, against +71% in 0.16.0; a mean wait for a
 * hearing slot of 91 days against the backtest's 69, 0.16.0: 180 against 77), nor do new independent
 * placements (−16% ± 9%, 0.16.0: +45%; and 3,840 and 4,200 in 2024–25 against the backtest's 4,160
 * and 3,240, where 0.16.0 had 5,540 and 6,330 against 3,050 and 3,410; 20 replications). Appeals
 * sit at their published floor (FALLS_BELOW).
 *
 * Model 0.17.1 (the start's appeals in progress listed part-way, as many as the tribunal has slots,
 * and their concessions drawn in the shares of appeals still in progress): appeals decided +2% ± 1%
 * at 30 replications (0.17.0: −9%, and none in January), conceded −3% ± 4%, withdrawn +14% ± 10%.
 *
 * Model 0.19.0 (young people move on from college to higher education or work; the start's young
 * people on a post-plan pathway measured on the backtest): at 30 replications requests −2.5%,
 * refusals −1.7%, assessments −4.5%, new plans −2.8%, plans ceased −3.5% ± 1.4% (0.18.0: −8.9% ±
 * 1.6%, when plans lasted too long after 18), mediations −1.9%, appeals −5.1%, appeals decided +0.6%.
 *
 * Measured with model 0.17.1. Workload: 5 replications at scale 0.01, five years from 2019 and one from 2023; a few seconds
 * on 2 cores.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ExperimentResult, parseCalibrationTargets, runExperiment } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const FLOWS = [
  'assessment_requests',
  'requests_refused',
  'assessments_completed',
  'new_plans_issued',
  'plans_ceased',
  'mediations_held',
  'appeals_registered',
  // Not among the seven, but the tribunal's own pipeline: until model 0.17.1 a 2023 start
  // decided no appeal in January and a third of its year's in March.
  'appeals_decided',
] as const;
const YEAR = 2023;
const STOCK_GAP = 0.05;
const OPTIONS = { seed: 1, replications: 5, scale: 0.01 } as const;
/** Replications for the checks a mean of 5 decides by its noise (the first quarter, the trend floor). */
const PRECISE = { ...OPTIONS, replications: 20 } as const;
const TARGETS = fileURLToPath(new URL('../../../shared/data/calibration-targets.json', import.meta.url));
/** The flows with a published count (not only a share) in the targets, by the metric that measures them. */
const PUBLISHED_FLOWS = [
  'assessment_requests',
  'new_plans_issued',
  'mediations_held',
  'tribunal_appeals_registered',
] as const;
/**
 * Appeals sat at their floor from model 0.15.1 to 0.19.0 (11,609: 13,658 in AY 2022/23 less 15%),
 * a known gap this test expected to fail: model 0.17.0 had 11,340 in 2023 at 5 replications, 0.19.0
 * 11,680 (standard error 250) at 30, about 5% below the backtest's own 2023. Model 0.20.0 found the
 * cause in the start's pipelines: the requests and assessments in progress were replayed to a first
 * agreed request at any time in the past, so they held too few needs just below the specialist
 * threshold (16% against the backtest's 23%), and the first year's new plans too few contested
 * placements (placement appeals −17%); and the queue for educational psychologists started empty
 * (fewer assessments completed, so fewer plans to appeal, for half a year). Drawn as the model
 * makes them, the first year has about 12,100 appeals (40 replications at 1%).
 */
const MODEL_METRIC: Readonly<Record<(typeof PUBLISHED_FLOWS)[number], string>> = {
  assessment_requests: 'assessment_requests',
  new_plans_issued: 'new_plans_issued',
  mediations_held: 'mediations_held',
  tribunal_appeals_registered: 'appeals_registered',
};

/** Each replication's value of `metric` in calendar year `year`. */
function valuesIn(result: ExperimentResult, metric: string, year: number): number[] {
  const index = result.years.indexOf(year);
  if (index < 0) throw new Error(`${result.meta.scenario} does not cover ${year}`);
  return result.replications.map((r) => r.metrics[metric]![index]!);
}

/** The first year a period names ('CY 2022' → 2022, 'AY 2022/23' → 2022). */
const firstYear = (period: string) => Number(/\d{4}/.exec(period)![0]);

function meanAndVariance(xs: readonly number[]): [number, number] {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return [mean, variance];
}

describe('start-date invariance: flows in 2023 from a 2023 start and from a 2019 start', () => {
  let fromNow: ExperimentResult;
  let fromEarlier: ExperimentResult;
  beforeAll(() => {
    fromNow = runExperiment(loadScenario('baseline'), { ...OPTIONS, years: 1 });
    fromEarlier = runExperiment(loadScenario('backtest-2019'), { ...OPTIONS, years: YEAR - 2019 + 1 });
  }, 300_000);

  let firstYear20: ExperimentResult | undefined;
  /** The 2023 start's first year at 20 replications (run once, for the checks that need them). */
  const baselineFirstYear20 = () =>
    (firstYear20 ??= runExperiment(loadScenario('baseline'), { ...PRECISE, years: 1 }));

  function gap(metric: string): { gap: number; allowed: number; text: string } {
    const [a, varA] = meanAndVariance(valuesIn(fromNow, metric, YEAR));
    const [b, varB] = meanAndVariance(valuesIn(fromEarlier, metric, YEAR));
    const noise = 3 * Math.sqrt(varA / OPTIONS.replications + varB / OPTIONS.replications);
    const allowed = noise + STOCK_GAP * b;
    const text = `${metric} ${YEAR}: ${Math.round(a)} from a ${YEAR} start, ${Math.round(b)} from 2019 (allowed gap ${Math.round(allowed)})`;
    return { gap: Math.abs(a - b), allowed, text };
  }

  it.each(FLOWS)('%s agrees within noise and the stock tolerance', (metric) => {
    const g = gap(metric);
    expect(g.gap, g.text).toBeLessThanOrEqual(g.allowed);
  });

  /**
   * The pipelines the start holds (requests, assessments, disputes) must empty at the rate the
   * model refills them: before model 0.9.0 a 2023 start registered almost no appeals in January
   * (20 against about 1,000 a month) and its new plans dipped in March and bunched in April. So
   * each month of the first quarter, as a share of the 2023 start's own year, must match the
   * same month's share in the earlier start's 2023 within noise (3 standard errors) plus a
   * fifth of a month's share. Both starts run 20 replications here: at 5 a month's share moves by
   * about 0.01 between model versions that leave it where it was, and the verdict was the noise's
   * (model 0.26.0: assessments completed in February 0.094 of the 2023 start's year against 0.064 at
   * 5 replications; 0.089 ± 0.002 against 0.069 ± 0.002 at 20, and 0.25.0, which passed at 5,
   * 0.091 against 0.069 at 20). That February bunch, about a quarter of a month, was real and close
   * to the allowance: the start's queue for an educational psychologist was drawn wherever its
   * children were, so those in areas with psychologists free started on the first day and finished
   * in February (0.070 against 0.069 with no queue at the start), where the earlier start's queue is
   * only where psychologists are short. Model 0.27.0 puts the start's queue in the groups short of
   * psychologists and sizes its requests in progress from the model's own flow: February 0.081
   * against 0.070, January's decisions (refusals) 0.080 against 0.084 (0.084 against 0.083 before),
   * new plans in January 0.084 against 0.078 (0.088 before). What is left of February's is the
   * start's assessments under way, drawn evenly over the groups, so the least served hold more than
   * their slots, and the locums their queues buy in the first month.
   */
  let earlier20: ExperimentResult | undefined;
  it.each(FLOWS)('%s: the first three months carry no dip or bunch from the start', (metric) => {
    const fromNow = baselineFirstYear20();
    earlier20 ??= runExperiment(loadScenario('backtest-2019'), { ...PRECISE, years: YEAR - 2019 + 1 });
    const fromEarlier = earlier20;
    const start = (result: ExperimentResult, month: number) =>
      result.replications.map((r) => {
        const monthly = r.monthly[metric]!;
        const first = result.years.indexOf(YEAR) * 12;
        const year = monthly.slice(first, first + 12).reduce((s, x) => s + x, 0);
        return monthly[first + month]! / year;
      });
    for (let month = 0; month < 3; month++) {
      const [a, varA] = meanAndVariance(start(fromNow, month));
      const [b, varB] = meanAndVariance(start(fromEarlier, month));
      const n = PRECISE.replications;
      const allowed = 3 * Math.sqrt(varA / n + varB / n) + 0.2 / 12;
      expect(
        Math.abs(a - b),
        `${metric}, month ${month + 1}: ${a.toFixed(3)} against ${b.toFixed(3)}`,
      ).toBeLessThanOrEqual(allowed);
    }
  });

  /**
   * A start whose stocks are out of step with the journey can show no dip in its first quarter and
   * still drift all year, as a stock the start holds too few or too many of fills or drains: until
   * model 0.27.0 the start's plan holders out of education at 18 were half the backtest's, its
   * 18-year-olds in college left at their birthdays through 2023, and plans ceased ran at 1,600 in
   * January and 3,500 in December, 40% of the year in its first half against the earlier start's
   * 49% (post16-settings-by-age.ts; the first quarter's check above passed). So each flow's first
   * half, as a share of its year, must match the earlier start's within noise (3 standard errors)
   * plus 2 points.
   */
  it.each(FLOWS)(
    '%s: the first half of the year carries its share, with no drift from the start',
    (metric) => {
      const fromNow = baselineFirstYear20();
      earlier20 ??= runExperiment(loadScenario('backtest-2019'), { ...PRECISE, years: YEAR - 2019 + 1 });
      const firstHalf = (result: ExperimentResult) =>
        result.replications.map((r) => {
          const monthly = r.monthly[metric]!;
          const first = result.years.indexOf(YEAR) * 12;
          const year = monthly.slice(first, first + 12).reduce((s, x) => s + x, 0);
          return monthly.slice(first, first + 6).reduce((s, x) => s + x, 0) / year;
        });
      const [a, varA] = meanAndVariance(firstHalf(fromNow));
      const [b, varB] = meanAndVariance(firstHalf(earlier20));
      const n = PRECISE.replications;
      const allowed = 3 * Math.sqrt(varA / n + varB / n) + 0.02;
      expect(
        Math.abs(a - b),
        `${metric}, January to June: ${a.toFixed(3)} against ${b.toFixed(3)}`,
      ).toBeLessThanOrEqual(allowed);
    },
  );

  /**
   * The baseline's first projected year continues the published trend: no flow falls below its
   * last published year (calendar 2022, or 2021 for mediations; the academic year 2022/23 for
   * appeals, which ends eight months into 2023) by more than that target's calibration
   * tolerance. Until model 0.11.0 requests did (about 103,000 in 2023 against 114,482 published
   * for 2022): no request ended without a decision, so the fit could not have more requests
   * without more plans than the stocks allow.
   */
  const continues = 'continues its last published year';
  if (!existsSync(TARGETS)) {
    it.todo(`each published flow ${continues} (needs ../shared/data/calibration-targets.json)`);
    return;
  }
  // The floor is held against the first year's mean over more replications than the comparison
  // above: at 5 (1% scale) the mean of a flow of about a hundred appeals a replication moves by
  // 4% between model versions that leave its expectation where it was (model 0.22.0: 11,380
  // against 11,800 at 5 replications, 12,243 for both at 30), as much as the margin above its floor.
  const continuesItsTrend = (target: (typeof PUBLISHED_FLOWS)[number]) => {
    const firstYear20 = baselineFirstYear20();
    const targets = parseCalibrationTargets(readFileSync(TARGETS, 'utf8'), 'calibration-targets.json');
    const published = targets
      .filter((t) => t.metric === target)
      .sort((a, b) => firstYear(a.period) - firstYear(b.period))
      .at(-1)!;
    const floor = published.value * (1 - published.tolerance);
    const [model] = meanAndVariance(valuesIn(firstYear20, MODEL_METRIC[target], YEAR));
    expect(
      model,
      `${target}: ${Math.round(model)} in ${YEAR} against ${published.value} in ${published.period} (floor ${Math.round(floor)})`,
    ).toBeGreaterThanOrEqual(floor);
  };
  it.each(PUBLISHED_FLOWS)(`%s in the first projected year ${continues}`, continuesItsTrend);
});
