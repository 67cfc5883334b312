/**
 * A stage the start holds in progress is drawn length-biased (population/stage-in-progress.ts):
 * a stage of length t is in progress on a given day with chance proportional to t, so the lengths
 * drawn have density t·f(t) / E[T]. Checked against the exact moments of that density for the
 * shapes the statechart's samplers take (uniform, and a deadline met or overrun).
 */
import { randomStream, stageInProgress } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const DRAWS = 40_000;

describe('a stage in progress at the start', () => {
  it('is drawn length-biased: uniform lengths on [a, b] have mean E[T²]/E[T]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.nat(1000),
        (a, spread, seed) => {
          const b = a * (1 + spread);
          const r = randomStream(seed, 0, 0, 'timing');
          let sum = 0;
          let lowest = Infinity;
          let highest = -Infinity;
          for (let k = 0; k < DRAWS; k++) {
            const t = stageInProgress(() => a + (b - a) * r(), b, r);
            lowest = Math.min(lowest, t);
            highest = Math.max(highest, t);
            sum += t;
          }
          expect(lowest).toBeGreaterThanOrEqual(a);
          expect(highest).toBeLessThanOrEqual(b);
          // E[T²]/E[T] for T uniform on [a, b]: (a² + ab + b²) / (3 (a + b) / 2).
          const biased = (a * a + a * b + b * b) / ((3 * (a + b)) / 2);
          const typical = (a + b) / 2;
          // Sampling error of the mean: under (b − a) / √(12 · DRAWS) a draw; 5 of them allowed.
          const error = (5 * (b - a)) / Math.sqrt(12 * DRAWS);
          expect(Math.abs(sum / DRAWS - biased)).toBeLessThan(error);
          // The bias is there to see: further from the typical mean than the sampling error.
          if (biased - typical > 2 * error) expect(sum / DRAWS - typical).toBeGreaterThan(error);
        },
      ),
      { numRuns: 10, seed: 5 },
    );
  });

  it('weights the long overruns of a deadline by their length', () => {
    // Met within 42 days with chance 0.6 (uniform over 30–100% of it), else overrun by an exponential mean 28.
    const r = randomStream(3, 0, 0, 'timing');
    const draw = () => (r() < 0.6 ? 42 * (0.3 + 0.7 * r()) : 42 - 28 * Math.log(1 - r()));
    let overrun = 0;
    for (let k = 0; k < DRAWS; k++) if (stageInProgress(draw, 42 + 280, r) > 42) overrun++;
    // A typical decision overruns with chance 0.4; one in progress with chance 0.4 · 70 / E[T],
    // E[T] = 0.6 · 27.3 + 0.4 · 70 = 44.38: 0.631.
    expect(overrun / DRAWS).toBeCloseTo((0.4 * 70) / (0.6 * 27.3 + 0.4 * 70), 2);
  });

  it('draws a stage that never lasts as it is', () => {
    const r = randomStream(1, 0, 0, 'timing');
    expect(stageInProgress(() => 0, 0, r)).toBe(0);
  });
});
