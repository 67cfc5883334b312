import { Simulation, traceChild } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const run = { seed: 4, years: 3, scale: 0.001 };

describe('traceChild', () => {
  // A child who asked for an assessment during the run and got a plan.
  const sim = new Simulation({
    params: baseline.params,
    startDate: baseline.startDate,
    replication: 0,
    ...run,
  });
  sim.run();
  const planned = sim
    .children()
    .find((c) => c.context.requestedOn > 0 && c.context.planIssuedOn > c.context.requestedOn);

  it('finds such a child to follow', () => {
    expect(planned).toBeDefined();
  });

  it('shows their events in time order, the states they moved through, waits and costs by payer', () => {
    const trace = traceChild(baseline, run, planned!.id);
    const events = trace.steps.map((s) => s.event);
    expect(events).toContain('REQUEST_ASSESSMENT');
    expect(events).toContain('FINAL_PLAN');
    const days = trace.steps.map((s) => s.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const request = trace.steps.find((s) => s.event === 'REQUEST_ASSESSMENT')!;
    expect(request.to.support).toBe('statutory.requested');
    const epStart = trace.steps.find((s) => s.event === 'EP_ASSESSMENT_STARTS');
    expect(epStart?.wait?.service).toBe('educationalPsychology');
    expect(epStart!.wait!.days).toBeGreaterThanOrEqual(0);
    // Costs to date never fall, payer by payer, and end at the totals.
    for (const payer of Object.keys(trace.totalCosts) as Array<keyof typeof trace.totalCosts>) {
      const series = trace.steps.map((s) => s.costsToDate[payer]);
      expect(series).toEqual([...series].sort((a, b) => a - b));
      expect(trace.totalCosts[payer]).toBeGreaterThanOrEqual(series[series.length - 1] ?? 0);
    }
    expect(trace.totalCosts.laOther).toBeGreaterThan(0); // the assessment was paid for
  });

  it('says which ids exist when asked for one that does not', () => {
    expect(() => traceChild(baseline, run, 10_000_000)).toThrow(/expected an id from 0 to \d+/);
  });
});
