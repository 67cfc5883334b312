/**
 * Plan holders outside specialist settings start with severities of the shape the model's own
 * dynamics give (plan-severity-at-start.ts): the draw is an inverse transform of one uniform, so
 * it stays below the threshold, rises with the draw, and puts each band's share in that band.
 */
import {
  ABOVE_THRESHOLD_SHAPE_AT_START,
  ABOVE_THRESHOLD_SHARE_AT_START,
  outsideSpecialistSeverityAtStart,
  PLAN_SEVERITY_SHAPE_AT_START,
  planSeverityAtStart,
} from '@send-sim/sim-core';
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

  it('puts the age’s share above the threshold, by the shape above it, and the rest below by the shape below', () => {
    const threshold = 0.9;
    for (const [age, share] of [
      [10, ABOVE_THRESHOLD_SHARE_AT_START.under16],
      [17, ABOVE_THRESHOLD_SHARE_AT_START.age16to18],
      [21, ABOVE_THRESHOLD_SHARE_AT_START.from19],
    ] as const) {
      const n = 100_000;
      let above = 0;
      const bands = new Array<number>(ABOVE_THRESHOLD_SHAPE_AT_START.length).fill(0);
      for (let i = 0; i < n; i++) {
        const u = (i + 0.5) / n;
        const x = outsideSpecialistSeverityAtStart(age, u, threshold);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
        // One draw decides which side: the bottom of it goes above the threshold.
        expect(x >= threshold).toBe(u < share);
        if (x >= threshold) {
          above++;
          bands[Math.floor(((x - threshold) / (1 - threshold)) * bands.length)]!++;
        } else expect(x).toBe(planSeverityAtStart((u - share) / (1 - share), threshold));
      }
      expect(above / n).toBeCloseTo(share, 4);
      const total = ABOVE_THRESHOLD_SHAPE_AT_START.reduce((a, b) => a + b, 0);
      for (let k = 0; k < bands.length; k++) {
        expect(bands[k]! / above, `age ${age}, band ${k}`).toBeCloseTo(
          ABOVE_THRESHOLD_SHAPE_AT_START[k]! / total,
          2,
        );
      }
    }
  });
});
