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
 * Flows that do not yet agree are listed in KNOWN_GAPS with their measured gap and why, and are
 * expected to fail (`it.fails`): they show in every test report, and the day one agrees its
 * test fails and asks to be moved to the agreeing list.
 *
 * Measured with model 0.8.0. Workload: 5 replications at scale 0.01, five years from 2019 and one from 2023; a few seconds
 * on 2 cores.
 */
import { type ExperimentResult, runExperiment } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const AGREEING = [
  'assessments_completed',
  'mediations_held',
  // Since model 0.7.0, when the 2023 start began under the budget pressure a 2019 run has built
  // (la.highNeedsExcessAtStart): before, refusals were 18% and appeals 24% below.
  'requests_refused',
  'appeals_registered',
] as const;

/** Flows whose 2023 still depends on the start date, as measured at these settings (2023 start against 2019 start). */
const KNOWN_GAPS = {
  // Pupils on SEN support replay their need histories, but a run that has been going for four
  // years also holds children refused or not issued a plan who ask again, and plan holders whose
  // plans ceased: the replay does not rebuild those (−10% in 0.7.0, −12% in 0.6.0).
  assessment_requests: '−10% (102,300 against 113,600)',
  // Plan holders start with severities drawn by band, not replayed: more of them have their needs
  // met in full than after four years of the model's own escalation, so more plans cease (+21% in 0.7.0).
  plans_ceased: '+30% (38,900 against 29,900)',
  // Assessments in progress at the start are sized from the published 2022 flows, above the
  // model's own, and finish together in its first months: February to May 2023 issue about 36,000
  // plans against 24,700 from a 2019 start, later months agree (it agreed in 0.7.0, when the
  // model's own 2022 flows were nearer the published ones' shape).
} as const;
const YEAR = 2023;
const STOCK_GAP = 0.05;
const OPTIONS = { seed: 1, replications: 5, scale: 0.01 } as const;

/** Each replication's value of `metric` in calendar year `year`. */
function valuesIn(result: ExperimentResult, metric: string, year: number): number[] {
  const index = result.years.indexOf(year);
  if (index < 0) throw new Error(`${result.meta.scenario} does not cover ${year}`);
  return result.replications.map((r) => r.metrics[metric]![index]!);
}

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

  function gap(metric: string): { gap: number; allowed: number; text: string } {
    const [a, varA] = meanAndVariance(valuesIn(fromNow, metric, YEAR));
    const [b, varB] = meanAndVariance(valuesIn(fromEarlier, metric, YEAR));
    const noise = 3 * Math.sqrt(varA / OPTIONS.replications + varB / OPTIONS.replications);
    const allowed = noise + STOCK_GAP * b;
    const text = `${metric} ${YEAR}: ${Math.round(a)} from a ${YEAR} start, ${Math.round(b)} from 2019 (allowed gap ${Math.round(allowed)})`;
    return { gap: Math.abs(a - b), allowed, text };
  }

  it.each(AGREEING)('%s agrees within noise and the stock tolerance', (metric) => {
    const g = gap(metric);
    expect(g.gap, g.text).toBeLessThanOrEqual(g.allowed);
  });

  it.fails.each(Object.entries(KNOWN_GAPS))('%s does not yet agree: %s', (metric) => {
    const g = gap(metric);
    expect(g.gap, g.text).toBeLessThanOrEqual(g.allowed);
  });

  /**
   * The pipelines the start holds (requests, assessments, disputes) must empty at the rate the
   * model refills them: before model 0.9.0 a 2023 start registered almost no appeals in January
   * (20 against about 1,000 a month) and its new plans dipped in March and bunched in April. So
   * each month of the first quarter, as a share of the 2023 start's own year, must match the
   * same month's share in the earlier start's 2023 within noise (3 standard errors) plus a
   * fifth of a month's share.
   */
  it.each([...AGREEING, 'new_plans_issued', 'assessment_requests'])(
    '%s: the first three months carry no dip or bunch from the start',
    (metric) => {
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
        const allowed = 3 * Math.sqrt(varA / OPTIONS.replications + varB / OPTIONS.replications) + 0.2 / 12;
        expect(
          Math.abs(a - b),
          `${metric}, month ${month + 1}: ${a.toFixed(3)} against ${b.toFixed(3)}`,
        ).toBeLessThanOrEqual(allowed);
      }
    },
  );
});
