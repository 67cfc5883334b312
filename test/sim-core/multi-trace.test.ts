/**
 * Tracing a set of children (the trainer view follows a sample): each child's timeline is the
 * one it has when traced alone, and tracing only observes, so results are identical with and
 * without it. The movement log built on it counts states as the engine's own metrics do.
 */
import { runMovementSample, Simulation, traceChild } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const run = { seed: 5, years: 2, scale: 0.001 };
const input = { params: baseline.params, startDate: baseline.startDate, replication: 0, ...run };

describe('tracing several children at once', () => {
  const plain = new Simulation(input).run();
  const ids = [0, 7, 123, plain.childrenAtStart + 3, plain.childrenSimulated - 1];
  const traced = new Simulation({ ...input, traceChildIds: [...ids, 10_000_000] }).run();
  const everyone = new Simulation({
    ...input,
    traceChildIds: Array.from({ length: plain.childrenSimulated }, (_, i) => i),
  }).run();

  it("traces everyone with 'all' exactly as with every id listed", () => {
    const all = new Simulation({ ...input, traceChildIds: 'all' }).run();
    expect(all.traces).toEqual(everyone.traces);
  });

  it('returns a trace per existing id, in the order asked, and none for an id that does not exist', () => {
    expect(traced.traces.map((t) => t.childId)).toEqual(ids);
    expect(traced.trace).toBeUndefined();
  });

  it('gives each child exactly the timeline traceChild gives it alone', () => {
    for (const [i, id] of ids.entries()) {
      expect(traced.traces[i]).toEqual(traceChild(baseline, run, id));
    }
    // Children who waited in a queue while others were traced too: no record leaks into another's.
    const waited = everyone.traces
      .filter((t) => t.steps.some((step) => (step.wait?.days ?? 0) > 0))
      .slice(0, 6);
    expect(waited.length).toBeGreaterThan(3);
    for (const trace of waited) expect(trace).toEqual(traceChild(baseline, run, trace.childId));
  });

  it('changes no result: yearly and monthly metrics and costs are identical with and without tracing', () => {
    for (const out of [traced, everyone]) {
      expect(out.yearly).toEqual(plain.yearly);
      expect(out.monthly).toEqual(plain.monthly);
      expect(out.costsByMonth).toEqual(plain.costsByMonth);
      expect(out.eventsProcessed).toBe(plain.eventsProcessed);
    }
    expect(everyone.traces).toHaveLength(plain.childrenSimulated);
  });

  it('keeps the single-child option: traceChildId still fills `trace`', () => {
    const one = new Simulation({ ...input, traceChildId: 7 }).run();
    expect(one.trace).toEqual(traced.traces[1]);
    expect(one.traces).toEqual([]);
  });
});

describe('runMovementSample', () => {
  const movements = runMovementSample(baseline, { ...run, sampleSize: 50 });
  const plain = new Simulation(input).run();
  const weight = 1 / run.scale;

  it('counts plans at each month start exactly as the engine metric does', () => {
    const plans = movements.stateCounts.support!['statutory.plan']!;
    expect(plans).toEqual(plain.monthly.ehcp_stock_all_ages.map((v) => v * weight));
  });

  it('counts every child once per region at each month start', () => {
    for (let m = 0; m < movements.monthStarts.length; m++) {
      const totals = Object.values(movements.stateCounts).map((leaves) =>
        Object.values(leaves).reduce((sum, row) => sum + row[m]!, 0),
      );
      expect(new Set(totals).size).toBe(1);
    }
  });

  it('keeps running totals of moves into each state: crises since the start are the engine’s crises', () => {
    const crises = movements.entriesSoFar.need!.crisis!;
    let sum = 0;
    crises.forEach((total, m) => {
      expect(total, `month ${m}`).toBe(sum * weight);
      sum += plain.monthly.crisis_events[m] ?? 0;
    });
    expect(crises.at(-1)).toBeGreaterThan(0);
    // Nobody starts in "left the system" or comes back from it: its running total is its count.
    expect(movements.entriesSoFar.support!.ended).toEqual(movements.stateCounts.support!.ended);
  });

  it('carries the money spent each month by payer, weighted to England', () => {
    expect(movements.costsByMonth.laHighNeeds).toEqual(plain.costsByMonth[1]!.map((p) => (p / 100) * weight));
    expect(movements.monthDates[0]).toBe(baseline.startDate);
  });

  it('samples children evenly, each with its moves in time order from its starting state', () => {
    expect(movements.children).toHaveLength(50);
    for (const child of movements.children) {
      const state = { ...child.start };
      let day = child.enteredDay;
      for (const move of child.moves) {
        expect(move.day).toBeGreaterThanOrEqual(day);
        expect(move.from).toBe(state[move.region]);
        state[move.region] = move.to;
        day = move.day;
      }
    }
  });

  it('refuses scales too large to trace every child', () => {
    expect(() => runMovementSample(baseline, { ...run, scale: 0.05, sampleSize: 1 })).toThrow(/scale/);
  });
});
