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
