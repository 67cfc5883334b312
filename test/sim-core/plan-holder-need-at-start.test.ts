/**
 * The start draws each plan holder's primary need for where it is (primary-need-draw.ts): in a
 * mainstream school at primary or secondary age from the school census's mix of pupils with a plan
 * there, elsewhere from what SEN2's mix of all plans leaves, so that plans keep SEN2's mix over all
 * ages and settings. Until model 0.24.0 every plan holder drew from SEN2's mix wherever it was, and
 * the 2023 start was outside the census's phase mix in 7 of the 10 rows of `sendsim calibrate`'s
 * check on its first day (SEMH 20% of primary-age plans in mainstream schools against 13%).
 */
import {
  DAYS_PER_YEAR,
  MAINSTREAM_PLANS_BY_PHASE_2021,
  PRIMARY_NEED_SHARES,
  PRIMARY_NEEDS,
  type PrimaryNeed,
  Simulation,
  simulationInput,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

type Place = 'primary' | 'secondary' | 'all';

/** Plan holders on the start's first day, by place and primary need, over `reps` replications. */
function planHoldersAtStart(reps: number): Record<Place, Record<PrimaryNeed, number>> {
  const zero = () => Object.fromEntries(PRIMARY_NEEDS.map((n) => [n, 0])) as Record<PrimaryNeed, number>;
  const counts: Record<Place, Record<PrimaryNeed, number>> = {
    primary: zero(),
    secondary: zero(),
    all: zero(),
  };
  const scenario = loadScenario('baseline');
  for (let rep = 0; rep < reps; rep++) {
    const sim: Simulation = new Simulation({
      ...simulationInput(scenario, { seed: 1, years: 1, scale: 0.01 }, rep),
      onMonthStart: (month, day) => {
        if (month !== 0) return;
        const { layout } = sim;
        const mainstream = [layout.settingLeaf.mainstream, layout.settingLeaf.resourcedProvision];
        for (const child of sim.children()) {
          if (!child.active || child.leaves[layout.support] !== layout.supportLeaf.plan) continue;
          const need = child.context.primaryNeed;
          counts.all[need]++;
          if (!mainstream.includes(child.leaves[layout.setting]!)) continue;
          const age = Math.floor((day - child.context.birthDay) / DAYS_PER_YEAR);
          if (age >= 5 && age <= 10) counts.primary[need]++;
          else if (age >= 11 && age <= 15) counts.secondary[need]++;
        }
      },
    });
    sim.run();
  }
  return counts;
}

const shares = (counts: Record<PrimaryNeed, number>) => {
  const total = PRIMARY_NEEDS.reduce((sum, n) => sum + counts[n], 0);
  return Object.fromEntries(PRIMARY_NEEDS.map((n) => [n, counts[n] / total])) as Record<PrimaryNeed, number>;
};

describe('plan holders’ needs at the start', () => {
  it('are in the census’s mix in mainstream schools by phase, and in SEN2’s over all plans', () => {
    const counts = planHoldersAtStart(2);
    const census = (column: 0 | 1) =>
      shares(
        Object.fromEntries(
          PRIMARY_NEEDS.map((n) => [n, MAINSTREAM_PLANS_BY_PHASE_2021[n][column]]),
        ) as Record<PrimaryNeed, number>,
      );
    const expected: Record<Place, Record<PrimaryNeed, number>> = {
      primary: census(0),
      secondary: census(1),
      all: PRIMARY_NEED_SHARES,
    };
    for (const place of ['primary', 'secondary', 'all'] as const) {
      const model = shares(counts[place]);
      const n = PRIMARY_NEEDS.reduce((sum, need) => sum + counts[place][need], 0);
      expect(n, place).toBeGreaterThan(1500);
      for (const need of PRIMARY_NEEDS) {
        // Four binomial standard errors, and a point more for the whole mix (the start's own
        // shares of plan holders by place differ from 2021's, which the remainder assumes).
        const p = expected[place][need];
        const bound = 4 * Math.sqrt((p * (1 - p)) / n) + (place === 'all' ? 0.01 : 0);
        expect(Math.abs(model[need] - p), `${place} ${need}: ${model[need]} against ${p}`).toBeLessThan(
          bound,
        );
      }
    }
  });
});
