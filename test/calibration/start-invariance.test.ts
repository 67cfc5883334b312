/**
 * No start-up artefact (issue 10, requirement 1): a run started in January 2023 from the
 * published stocks, and one started four years earlier from the January 2019 stocks, must
 * give the same flows in 2023. Before the start was in motion, the 2023 start asked for about
 * 65,000 assessments in its first year against the earlier start's 114,000.
 *
 * "The same" is judged against the noise between replications (three standard errors of the
 * difference of two means) plus the gap the starting stocks allow: the earlier run's own
 * January 2023 stocks may differ from the published ones by the calibration tolerance (±5%
 * plans, ±7% SEN support), and flows scale with them, so a gap of up to 10% is not an
 * artefact of the start.
 *
 * Workload: 4 replications at scale 0.005, five years from 2019 and one from 2023; about 40 s
 * on 2 cores.
 */
import { type ExperimentResult, runExperiment } from '@send-sim/sim-core';
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
] as const;
const YEAR = 2023;
const STOCK_GAP = 0.1;
const OPTIONS = { seed: 1, replications: 4, scale: 0.005 } as const;

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

  it.each(FLOWS)('%s agrees within noise and the stocks’ tolerance', (metric) => {
    const [a, varA] = meanAndVariance(valuesIn(fromNow, metric, YEAR));
    const [b, varB] = meanAndVariance(valuesIn(fromEarlier, metric, YEAR));
    const noise = 3 * Math.sqrt(varA / OPTIONS.replications + varB / OPTIONS.replications);
    const allowed = noise + STOCK_GAP * b;
    expect(
      Math.abs(a - b),
      `${metric} ${YEAR}: ${Math.round(a)} from a ${YEAR} start, ${Math.round(b)} from 2019 (allowed gap ${Math.round(allowed)})`,
    ).toBeLessThanOrEqual(allowed);
  });
});
