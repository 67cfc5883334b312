import {
  ChildNotSimulatedError,
  compareJourneys,
  divergentChildren,
  PAYERS,
  traceChild,
  traceChildPair,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const reform = loadScenario('ehcp-upper-age-18');
const run = { seed: 3, years: 3, scale: 0.002 };

describe('divergentChildren', () => {
  it('finds no divergent children when the reform is the baseline itself', () => {
    const result = divergentChildren(baseline, baseline, run);
    expect(result.children).toEqual([]);
    expect(result.divergentCount).toBe(0);
    expect(result.childrenSimulated.baseline).toBe(result.childrenSimulated.reform);
    expect(result.childrenSimulated.baseline).toBeGreaterThan(100);
  });

  const result = divergentChildren(baseline, reform, { ...run, limit: 4 });

  it('ranks children of a real reform by differences, then cost gap, and gives a reason for each', () => {
    expect(result.children.length).toBe(4);
    expect(result.divergentCount).toBeGreaterThanOrEqual(4);
    const keys = result.children.map((c) => [c.differences, c.costGap]);
    const sorted = [...keys].sort((x, y) => y[0]! - x[0]! || y[1]! - x[1]!);
    expect(keys).toEqual(sorted);
    for (const child of result.children) {
      expect(child.differences + child.costGap).toBeGreaterThan(0);
      expect(child.reason).toMatch(/cost £\d+ vs £\d+/);
    }
  });

  it("names children whose traces really differ, with the traces' own final states and costs", () => {
    for (const child of result.children.slice(0, 2)) {
      const a = traceChild(baseline, run, child.childId);
      const b = traceChild(reform, run, child.childId);
      expect(compareJourneys(a, b).differs).toBe(true);
      expect(a.finalState).toEqual(child.baseline.finalState);
      expect(b.finalState).toEqual(child.reform.finalState);
      expect(a.totalCosts).toEqual(child.baseline.costs);
      expect(b.totalCosts).toEqual(child.reform.costs);
    }
  });

  it('picks as typical the middle child, by change in cost, of the most common pattern of difference', () => {
    // Every divergent child, with its outcomes in both systems; the rule worked out again here.
    const all = divergentChildren(baseline, reform, { ...run, limit: 1_000_000 });
    expect(all.children).toHaveLength(all.divergentCount);
    const total = (costs: Record<string, number>) =>
      PAYERS.reduce((sum, p) => sum + Math.round(costs[p]! * 100), 0);
    const groups = new Map<string, Array<{ id: number; change: number }>>();
    for (const c of all.children) {
      const regions = Object.keys(c.baseline.finalState)
        .filter((r) => c.baseline.finalState[r] !== c.reform.finalState[r])
        .map((r) => `${r}:${c.baseline.finalState[r]}>${c.reform.finalState[r]}`);
      const milestones = Object.keys(c.baseline.milestones)
        .map(
          (m) =>
            [
              m,
              Math.sign(c.reform.milestones[m as 'crises'] - c.baseline.milestones[m as 'crises']),
            ] as const,
        )
        .filter(([, sign]) => sign !== 0)
        .map(([m, sign]) => `${m}${sign}`);
      const change = total(c.reform.costs) - total(c.baseline.costs);
      const key = [...regions, ...milestones, `cost${Math.sign(change)}`].join(' ');
      groups.set(key, [...(groups.get(key) ?? []), { id: c.childId, change }]);
    }
    const lowest = (g: Array<{ id: number }>) => Math.min(...g.map((x) => x.id));
    const largest = [...groups.values()].sort((x, y) => y.length - x.length || lowest(x) - lowest(y))[0]!;
    const ordered = [...largest].sort((x, y) => x.change - y.change || x.id - y.id);
    const middle = ordered[Math.floor((ordered.length - 1) / 2)]!;
    expect(largest.length).toBeGreaterThan(1);
    expect(result.typical?.childId).toBe(middle.id);
    expect(result.typical?.patternCount).toBe(largest.length);
    expect(result.typical?.pattern).toMatch(/cost (up|down|the same)$/);
  });

  it('has no typical child when no journey differs', () => {
    expect(divergentChildren(baseline, baseline, run).typical).toBeUndefined();
  });

  it('is deterministic: the same run gives the same children in the same order', () => {
    const again = divergentChildren(baseline, reform, { ...run, limit: 4 });
    expect(again).toEqual(result);
  });
});

describe('traceChildPair', () => {
  it("gives exactly traceChild's traces in both systems, and compares them", () => {
    const id = divergentChildren(baseline, reform, { ...run, limit: 1 }).children[0]!.childId;
    const pair = traceChildPair(baseline, reform, run, id);
    expect(pair.baseline).toEqual(traceChild(baseline, run, id));
    expect(pair.reform).toEqual(traceChild(reform, run, id));
    expect(pair.divergence.differs).toBe(true);
    const total = PAYERS.reduce((s, p) => s + pair.divergence.costChange[p], 0);
    expect(pair.divergence.costChange.total).toBeCloseTo(total, 6);
  });

  it('finds nothing different when the child is followed through the same system twice', () => {
    const pair = traceChildPair(baseline, baseline, run, 5);
    expect(pair.divergence).toMatchObject({
      differs: false,
      firstDifferentStep: undefined,
      costsFirstDifferOn: undefined,
      finalStates: {},
    });
  });

  it('says which ids exist when asked for one that does not', () => {
    let error: unknown;
    try {
      traceChildPair(baseline, reform, run, 9_999_999);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChildNotSimulatedError);
    const count = (error as ChildNotSimulatedError).childrenSimulated;
    expect(count).toBeGreaterThan(100);
    expect((error as Error).message).toContain(`from 0 to ${count - 1}`);
  });
});
