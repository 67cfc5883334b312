/**
 * Plan holders outside specialist settings start with severities of the shape the model's own
 * dynamics give (plan-severity-at-start.ts): the draw is an inverse transform of one uniform, so
 * it stays below the threshold, rises with the draw, and puts each band's share in that band.
 */
import { PLAN_SEVERITY_SHAPE_AT_START, planSeverityAtStart } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('plan holders’ severity at the start', () => {
  it('is below the threshold and rises with the draw', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (u, v, threshold) => {
          const x = planSeverityAtStart(u, threshold);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(threshold);
          if (u < v) expect(x).toBeLessThanOrEqual(planSeverityAtStart(v, threshold));
        },
      ),
    );
  });

  it('puts each band’s share of draws in that band', () => {
    const bands = PLAN_SEVERITY_SHAPE_AT_START.length;
    const total = PLAN_SEVERITY_SHAPE_AT_START.reduce((a, b) => a + b, 0);
    const counts = new Array<number>(bands).fill(0);
    const n = 100_000;
    const threshold = 0.9;
    for (let i = 0; i < n; i++) {
      const x = planSeverityAtStart((i + 0.5) / n, threshold);
      counts[Math.floor((x / threshold) * bands)]!++;
    }
    for (let k = 0; k < bands; k++) {
      expect(counts[k]! / n, `band ${k}`).toBeCloseTo(PLAN_SEVERITY_SHAPE_AT_START[k]! / total, 3);
    }
  });
});
