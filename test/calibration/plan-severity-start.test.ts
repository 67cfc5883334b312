/**
 * The start's shape of plan holders' severities (plan-severity-at-start.ts) is the one the model's
 * own dynamics give: the 2019 backtest, four years in (January 2023), holds about as many needs
 * within a tenth of the specialist threshold, and about as many below half of it, as the 2023
 * start assumes. A shape the dynamics do not keep would send a wave of children across the
 * threshold in a run's first year (a start-up artefact). Like `la.highNeedsExcessAtStart`, the
 * table is re-measured after a refit; this test says when it must be.
 *
 * Workload: one replication of the backtest at 1% for four years (a few seconds).
 */
import { PLAN_SEVERITY_SHAPE_AT_START, Simulation, simulationInput } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('plan holders’ severities at the start against the backtest’s own, in January 2023', () => {
  it('hold the same shares near the specialist threshold and below half of it (within 3 points)', () => {
    const backtest = loadScenario('backtest-2019');
    const threshold = backtest.params['placement.specialistSeverity'];
    const simulation = new Simulation(simulationInput(backtest, { seed: 1, years: 4, scale: 0.01 }, 0));
    simulation.run();
    let n = 0;
    let near = 0;
    let low = 0;
    for (const child of simulation.children()) {
      const c = child.context;
      if (!child.active || c.supportLevel !== 'plan' || c.specialistSetting || c.seeksSpecialist) continue;
      if (c.severity >= threshold) continue;
      n++;
      if (c.severity >= 0.9 * threshold) near++;
      if (c.severity < 0.5 * threshold) low++;
    }
    const bands = PLAN_SEVERITY_SHAPE_AT_START.length;
    const total = PLAN_SEVERITY_SHAPE_AT_START.reduce((a, b) => a + b, 0);
    const share = (from: number, to: number) =>
      PLAN_SEVERITY_SHAPE_AT_START.slice(from * bands, to * bands).reduce((a, b) => a + b, 0) / total;
    expect(n).toBeGreaterThan(1000);
    expect(
      Math.abs(near / n - share(0.9, 1)),
      `near the threshold: ${near / n} against ${share(0.9, 1)}`,
    ).toBeLessThan(0.03);
    expect(Math.abs(low / n - share(0, 0.5)), `below half: ${low / n} against ${share(0, 0.5)}`).toBeLessThan(
      0.03,
    );
  });
});
