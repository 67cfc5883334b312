/**
 * Policies that start part-way through a run: from the phase's date the model reads the new
 * parameters (guards, delays, costs, service capacities), and not a day before.
 */
import { Simulation } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const run = { startDate: baseline.startDate, seed: 3, replication: 0, years: 3, scale: 0.002 };

describe('policy phases', () => {
  it('stops requests for assessment from the phase date, and changes nothing before it', () => {
    // Both routes to a request: escalation on SEN support, and notification in the early years.
    const noRequests = {
      ...baseline.params,
      'request.probabilityAtFullSeverity': 0,
      'request.earlyYearsAtFullSeverity': 0,
    };
    const plain = new Simulation({ params: baseline.params, ...run }).run();
    const phased = new Simulation({
      params: baseline.params,
      phases: [{ startDate: '2024-01-01', params: noRequests }],
      ...run,
    }).run();
    const firstYear = (out: typeof plain) => out.monthly.assessment_requests.slice(0, 12);
    expect(firstYear(phased)).toEqual(firstYear(plain));
    // From 2024 only requests already being prepared can arrive. Preparation takes an exponential
    // time (mean request.preparationDays, 30), so a few trickle in for a while: by the second half
    // of 2024 at most a straggler (about 0.1% of those prepared in December take over 200 days),
    // against about 15 a month without the phase.
    const late = phased.monthly.assessment_requests.slice(18);
    expect(late.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    expect(plain.monthly.assessment_requests.slice(18).some((n) => n > 0)).toBe(true);
  });

  it('gives services their new capacity on the date', () => {
    const moreEarlyHelp = {
      ...baseline.params,
      'earlyHelp.capacity': baseline.params['earlyHelp.capacity'] * 4,
    };
    const sim = new Simulation({
      params: baseline.params,
      phases: [{ startDate: '2025-06-01', params: moreEarlyHelp }],
      ...run,
    });
    const before = sim.service('earlyHelp').capacity;
    sim.run();
    expect(sim.service('earlyHelp').capacity).toBe(
      Math.floor(Math.max(1, moreEarlyHelp['earlyHelp.capacity'] * run.scale)),
    );
    expect(sim.service('earlyHelp').capacity).toBeGreaterThan(before);
  });
});
