/**
 * On 1 April a new financial year's relative prices reach every child in the model at once
 * (`PartitionMoney.startPriceYear` restates every child's running costs), not only the children
 * whose state changes after it: a child who stays in an independent special school across 1 April
 * pays the days after it at the new year's fees.
 *
 * Two runs differ only in the real growth of independent school fees, which moves their price
 * from April 2026 (2025/26 is the price base: the same in both). Until the end of April they make
 * the same decisions (councils' pressure on 1 April reads spending to March, priced alike in
 * both), so the same children take the same steps on the same days; only the price differs.
 */
import { type ChildTrace, Simulation } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');

/**
 * For each child in an independent special school on 1 April 2026 with a step later in April:
 * its high-needs pounds to date at that first step (the days since 1 April at one rate, for a
 * child whose state did not change in between).
 */
function costAtFirstAprilStep(feesRealGrowth: number): Map<number, number> {
  const params = { ...baseline.params, 'prices.independentFeesRealGrowth': feesRealGrowth };
  const independentInApril = new Set<number>();
  const sim: Simulation = new Simulation({
    params,
    startDate: '2026-03-01',
    seed: 7,
    replication: 0,
    years: 1,
    scale: 0.004,
    traceChildIds: 'all',
    onMonthStart: (m) => {
      if (m !== 1) return;
      const independent = sim.journey.leafIndex(sim.layout.setting, 'independentSpecial');
      for (const child of sim.children())
        if (child.active && child.leaves[sim.layout.setting] === independent)
          independentInApril.add(child.id);
    },
  });
  const out = new Map<number, number>();
  for (const trace of sim.run().traces as readonly ChildTrace[]) {
    if (!independentInApril.has(trace.childId)) continue;
    // Not on 1 April itself: that step's costs to date hold no day at the new prices.
    const step = trace.steps.find((s) => s.date > '2026-04-01');
    if (step !== undefined && step.date < '2026-05-01') out.set(trace.childId, step.costsToDate.laHighNeeds);
  }
  return out;
}

describe('a new financial year’s prices', () => {
  it('reach every child in an independent special school on 1 April, not only those whose state changes', () => {
    const flat = costAtFirstAprilStep(0);
    const dearer = costAtFirstAprilStep(0.5);
    expect([...dearer.keys()]).toEqual([...flat.keys()]);
    expect(flat.size).toBeGreaterThan(5);
    for (const [id, pounds] of flat) {
      expect(pounds).toBeGreaterThan(0);
      // Fees half as dear again in real terms from 1 April: every such child has cost more by its next step.
      expect(dearer.get(id)!, `child ${id}`).toBeGreaterThan(pounds);
    }
  });
});
