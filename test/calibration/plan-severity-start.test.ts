/**
 * The start's shape of plan holders' severities (plan-severity-at-start.ts) is the one the model's
 * own dynamics give: the 2019 backtest, four years in (January 2023), holds about as many needs
 * within a tenth of the specialist threshold, at 0.7 to 0.9 of it and below half of it, and above
 * it from 19, as the 2023 start assumes. A shape the dynamics do not keep would send a wave of
 * children across the threshold in a run's first year (a start-up artefact). Like
 * `la.highNeedsExcessAtStart`, the table is re-measured after a refit; this test says when it must
 * be. Until model 0.20.0 it checked only the top band and the bottom half, and missed the drift
 * from 19 the models since 0.16.0 had made: 42% above the threshold in the table, 56% (253 of
 * 453) in model 0.20.0's backtest started from that table (checked). Plan holders in specialist
 * settings started evenly above the threshold until model 0.20.0; four years in, the backtest had
 * 62% above it, and this test fails on that start (checked).
 *
 * Workload: one replication of the backtest at 1% for four years (a few seconds).
 */
import {
  ABOVE_THRESHOLD_SHARE_AT_START,
  PLAN_SEVERITY_SHAPE_AT_START,
  Simulation,
  SPECIALIST_ABOVE_SHARE_AT_START,
  simulationInput,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('plan holders’ severities at the start against the backtest’s own, in January 2023', () => {
  it('hold the same shares near the specialist threshold, at 0.7 to 0.9 of it and below half of it (within 3 points), and above it from 19 and in specialist settings', () => {
    const backtest = loadScenario('backtest-2019');
    const threshold = backtest.params['placement.specialistSeverity'];
    const simulation = new Simulation(simulationInput(backtest, { seed: 1, years: 4, scale: 0.01 }, 0));
    simulation.run();
    let n = 0;
    let near = 0;
    let middle = 0;
    let low = 0;
    let from19 = 0;
    let above19 = 0;
    let specialist = 0;
    let specialistAbove = 0;
    for (const child of simulation.children()) {
      const c = child.context;
      if (child.active && c.supportLevel === 'plan' && c.specialistSetting) {
        specialist++;
        if (c.severity >= threshold) specialistAbove++;
      }
      if (!child.active || c.supportLevel !== 'plan' || c.specialistSetting || c.seeksSpecialist) continue;
      if ((4 * 365.25 - c.birthDay) / 365.25 >= 19) {
        from19++;
        if (c.severity >= threshold) above19++;
      }
      if (c.severity >= threshold) continue;
      n++;
      if (c.severity >= 0.9 * threshold) near++;
      else if (c.severity >= 0.7 * threshold) middle++;
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
    expect(
      Math.abs(middle / n - share(0.7, 0.9)),
      `0.7 to 0.9 of it: ${middle / n} against ${share(0.7, 0.9)}`,
    ).toBeLessThan(0.03);
    expect(Math.abs(low / n - share(0, 0.5)), `below half: ${low / n} against ${share(0, 0.5)}`).toBeLessThan(
      0.03,
    );
    // From 19, about half are above the threshold (young people who left a special school for college):
    // within three binomial standard errors of the backtest's share (about 500 young people).
    const above = ABOVE_THRESHOLD_SHARE_AT_START.from19;
    expect(
      Math.abs(above19 / from19 - above),
      `above it from 19: ${above19} of ${from19} against ${above}`,
    ).toBeLessThan(3 * Math.sqrt((above * (1 - above)) / from19));
    // In special schools a need the setting meets eases: about 43% are still above the threshold.
    const inSpecial = SPECIALIST_ABOVE_SHARE_AT_START;
    expect(
      Math.abs(specialistAbove / specialist - inSpecial),
      `above it in specialist settings: ${specialistAbove} of ${specialist} against ${inSpecial}`,
    ).toBeLessThan(3 * Math.sqrt((inSpecial * (1 - inSpecial)) / specialist));
  });
});
