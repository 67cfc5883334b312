/**
 * Young people with a plan at 18 and 19 are where the model's own journeys leave them: the 2023
 * start's shares out of education at each of those ages are the 2019 backtest's own in January
 * 2023, within three standard errors (binomial, both sides). Until model 0.27.0 every age from 16
 * to 18 drew the same settings, so the start held half the backtest's share out of education at
 * 18 (12.7% against 25.4% of those outside special schools, 6 replications at 1%) and twice it at
 * 19, and its 18-year-olds left college through 2023, so plans ceased rose from 1,600 in January
 * to 3,500 in December (post16-settings-by-age.ts; start-invariance.test.ts checks the half-year).
 *
 * Workload: 6 replications of the backtest at 1% for four years and one 10% start (about 15 s).
 */
import { buildStartingPopulation, Simulation, simulationInput } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const REPLICATIONS = 6;
const BACKTEST_YEARS = 4;
const AGES = [18, 19] as const;

interface Tally {
  holders: number;
  out: number;
}

const tallies = () =>
  Object.fromEntries(AGES.map((age) => [age, { holders: 0, out: 0 }])) as Record<number, Tally>;

function count(tally: Record<number, Tally>, age: number, setting: string): void {
  const t = tally[Math.floor(age)];
  if (t === undefined) return;
  t.holders++;
  if (setting === 'outOfEducation') t.out++;
}

describe('plan holders at 18 and 19 out of education at the 2023 start against the backtest’s own', () => {
  const start = tallies();
  const backtest = tallies();
  beforeAll(() => {
    for (const seed of buildStartingPopulation(loadScenario('baseline').params, 2023, 0.1, 1, 0))
      if (seed.leaves.support.startsWith('statutory.plan'))
        count(start, -seed.context.birthDay / 365.25, seed.leaves.setting);
    const scenario = loadScenario('backtest-2019');
    for (let r = 0; r < REPLICATIONS; r++) {
      const simulation = new Simulation(
        simulationInput(scenario, { seed: 1, years: BACKTEST_YEARS, scale: 0.01 }, r),
      );
      simulation.run();
      const day = simulation.calendar.dayOf(2019 + BACKTEST_YEARS);
      const { support, setting } = simulation.layout;
      const supportLeaves = simulation.journey.regions[support]!.leaves;
      const settingLeaves = simulation.journey.regions[setting]!.leaves;
      for (const child of simulation.children()) {
        if (!child.active || !supportLeaves[child.leaves[support]!]!.startsWith('statutory.plan')) continue;
        count(backtest, (day - child.context.birthDay) / 365.25, settingLeaves[child.leaves[setting]!]!);
      }
    }
  }, 120_000);

  it.each(AGES)('at %i, within three standard errors', (age) => {
    const a = start[age]!;
    const b = backtest[age]!;
    expect(a.holders).toBeGreaterThan(1000);
    expect(b.holders).toBeGreaterThan(1000);
    const pa = a.out / a.holders;
    const pb = b.out / b.holders;
    const se = Math.sqrt((pa * (1 - pa)) / a.holders + (pb * (1 - pb)) / b.holders);
    expect(
      Math.abs(pa - pb),
      `out of education at ${age}: ${(100 * pa).toFixed(1)}% at the start, ${(100 * pb).toFixed(1)}% in the backtest`,
    ).toBeLessThanOrEqual(3 * se);
  });
});
