/**
 * Public spending and the cost to families (issue 11, requirement 3) are two figures that add up
 * to the ledger's all-payer total exactly: in whole pence in the engine's ledger, and in whole
 * pounds once weighted to England, for every year and replication of real runs (property, over
 * seeds and scenarios). A reform's paired change splits the same way, replication by replication.
 */
import {
  COST_KEYS,
  compareExperiments,
  PAYERS,
  PUBLIC_PAYERS,
  runExperiment,
  Simulation,
  simulationInput,
  weighReplication,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const SCENARIOS = {
  baseline: loadScenario('baseline'),
  'early-help-investment': loadScenario('early-help-investment'),
  'ehcp-upper-age-18': loadScenario('ehcp-upper-age-18'),
};

describe('public spending and the cost to families', () => {
  it('are nine public payers and families: every payer exactly once', () => {
    expect(PUBLIC_PAYERS).toEqual(PAYERS.filter((p) => p !== 'family'));
    expect(COST_KEYS).toEqual([...PAYERS, 'public', 'total']);
  });

  it('add up to the all-payer total exactly, in pence in the ledger and in pounds weighted, every year and replication (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>)),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 3 }),
        (id, seed, replication) => {
          const options = { seed, replications: replication + 1, years: 2, scale: 0.0005 };
          const out = new Simulation(simulationInput(SCENARIOS[id], options, replication)).run();
          // The ledger, in whole pence, month by month.
          const months = options.years * 12;
          for (let m = 0; m < months; m++) {
            const pence = (p: number) => out.costsByMonth[p]![m] ?? 0;
            const all = PAYERS.reduce((sum, _, p) => sum + pence(p), 0);
            const publicPence = PAYERS.reduce(
              (sum, payer, p) => (payer === 'family' ? sum : sum + pence(p)),
              0,
            );
            const familyPence = pence(PAYERS.indexOf('family'));
            expect(Number.isInteger(all)).toBe(true);
            expect(publicPence + familyPence).toBe(all);
          }
          // Weighted to England, year by year: whole pounds that add up exactly.
          const weighted = weighReplication(out, options);
          for (let y = 0; y < options.years; y++) {
            const { costs } = weighted;
            expect(costs.public[y]).toBe(PUBLIC_PAYERS.reduce((sum, p) => sum + costs[p][y]!, 0));
            expect(costs.total[y]).toBe(PAYERS.reduce((sum, p) => sum + costs[p][y]!, 0));
            expect(costs.public[y]! + costs.family[y]!).toBe(costs.total[y]);
            for (const key of COST_KEYS) expect(Number.isInteger(costs[key][y])).toBe(true);
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it("split a reform's paired change the same way, replication by replication", () => {
    const options = { seed: 3, replications: 3, years: 3, scale: 0.001 };
    const baseline = runExperiment(SCENARIOS.baseline, options);
    const reform = runExperiment(SCENARIOS['ehcp-upper-age-18'], options);
    for (const result of [baseline, reform]) {
      for (const r of result.replications) {
        r.costs.total.forEach((total, y) => {
          expect(r.costs.public[y]! + r.costs.family[y]!).toBe(total);
        });
      }
      // Every cost row of the summary (per year and over the run) has its public and family rows.
      for (const year of [...result.years]) {
        const row = (payer: string) => result.costs.find((c) => c.payer === payer && c.year === year);
        expect(row('public')).toBeDefined();
        expect(row('family')).toBeDefined();
      }
    }
    const comparison = compareExperiments(baseline, reform);
    const change = (metric: string) => comparison.differences.find((d) => d.metric === metric)!;
    expect(change('cost_public').difference.mean + change('cost_family').difference.mean).toBeCloseTo(
      change('cost_total').difference.mean,
      6,
    );
    expect(change('cost_public').higherIsBetter).toBe(false);
  });
});
