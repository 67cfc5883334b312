/**
 * The calibration's search: the eigen-decomposition and sampler it rests on, the Latin
 * hypercube, the implausibility rule, history matching's refocusing and CMA-ES, each on
 * problems whose answer is known.
 */
import {
  type CalibrationRow,
  cmaEs,
  historyMatch,
  implausibility,
  judgeImplausibility,
  latinHypercube,
  randomStream,
  summarisePlausibleSets,
  symmetricEigen,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const stream = (seed: number) => randomStream(seed, 0, 0, 'calibration');

describe('symmetric eigen-decomposition (Jacobi)', () => {
  it('rebuilds any symmetric matrix from orthonormal eigenvectors and its eigenvalues', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc
            .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n * n, maxLength: n * n })
            .map((xs) => {
              const a = Array.from({ length: n }, (_, i) =>
                Array.from({ length: n }, (_, j) => xs[i * n + j]!),
              );
              return a.map((row, i) => row.map((_, j) => (a[i]![j]! + a[j]![i]!) / 2));
            }),
        ),
        (a) => {
          const n = a.length;
          const { values, vectors } = symmetricEigen(a);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              let rebuilt = 0;
              let dot = 0;
              for (let k = 0; k < n; k++) {
                rebuilt += vectors[i]![k]! * values[k]! * vectors[j]![k]!;
                dot += vectors[k]![i]! * vectors[k]![j]!;
              }
              expect(rebuilt).toBeCloseTo(a[i]![j]!, 8);
              expect(dot).toBeCloseTo(i === j ? 1 : 0, 10);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Latin hypercube', () => {
  it('puts exactly one point in each stratum of every dimension, reproducibly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (points, dims, seed) => {
          const sample = latinHypercube(points, dims, stream(seed));
          expect(sample).toEqual(latinHypercube(points, dims, stream(seed)));
          for (let d = 0; d < dims; d++) {
            const strata = sample.map((p) => Math.floor(p[d]! * points)).sort((x, y) => x - y);
            expect(strata).toEqual(Array.from({ length: points }, (_, i) => i));
          }
        },
      ),
    );
  });
});

/** A backtest row with the given error, allowed error and standard error. */
function row(metric: string, error: number, allowed = 1, standardError = 0): CalibrationRow {
  return {
    target: { metric, period: 'CY 2020', value: 10, unit: 'count', tolerance: 0.1, source: 't', status: 'V' },
    model: { mean: 10 + error, lo: 10 + error, hi: 10 + error },
    error,
    score: Math.abs(error) / allowed,
    allowed,
    standardError,
    status: Math.abs(error) <= allowed ? 'pass' : 'miss',
    note: '',
    heldOut: false,
  };
}

describe('implausibility', () => {
  it('reads the tolerance as two standard deviations and adds the simulation’s own noise', () => {
    expect(implausibility(row('assessment_requests', 1.5, 1, 0))).toBeCloseTo(3, 12);
    expect(implausibility(row('assessment_requests', -0.5, 1, 0))).toBeCloseTo(1, 12);
    // A noisy model mean is less surprising: √(0.5² + 0.375²) = 0.625.
    expect(implausibility(row('assessment_requests', 1.5, 1, 0.375))).toBeCloseTo(1.5 / 0.625, 12);
  });

  it('rules a set out for any EHCP stock beyond the cut-off, or for more than a tenth of the other targets', () => {
    const others = (misses: number) =>
      Array.from({ length: 20 }, (_, i) => row('assessment_requests', i < misses ? 2 : 0.5));
    expect(judgeImplausibility(others(2)).plausible).toBe(true);
    expect(judgeImplausibility(others(3)).plausible).toBe(false);
    expect(judgeImplausibility([...others(0), row('ehcp_stock_all_ages', 1.6)]).plausible).toBe(false);
    expect(judgeImplausibility([...others(2), row('ehcp_stock_all_ages', 1.2)])).toEqual({
      measure: 2.4,
      plausible: true,
    });
  });
});

describe('history matching', () => {
  // The "targets" rule out everything but a small box around (0.7, 0.2, …): the rule of thumb's
  // measure is the distance from it, in units of its half-width.
  const centre = [0.7, 0.2, 0.55, 0.4];
  const measureOf = (u: readonly number[]) =>
    (Math.max(...u.map((x, i) => Math.abs(x - centre[i]!) / 0.05)) * 3) / 2;
  const evaluate = async (points: number[][]) =>
    points.map((u) => {
      const measure = measureOf(u);
      return { objective: measure, verdict: { measure, plausible: measure <= 3 } };
    });

  it('refocuses wave by wave on the region the targets do not rule out', async () => {
    const result = await historyMatch(
      4,
      evaluate,
      { waves: 5, pointsPerWave: 60 },
      stream(3),
      [0.5, 0.5, 0.5, 0.5],
    );
    expect(result.candidates[0]!.unit).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(result.waves[0]).toMatchObject({ wave: 1, evaluated: 61, drawnFrom: 'whole ranges' });
    const rates = result.waves.map((w) => w.plausible / w.evaluated);
    // A uniform draw lands in the box with probability 0.1⁴; the last wave far more often.
    expect(rates.at(-1)!).toBeGreaterThan(0.1);
    expect(result.waves.at(-1)!.drawnFrom).toBe('plausible sets');
    // Every plausible set is inside the box, and the summary reports only them.
    const plausible = result.candidates.filter((c) => c.verdict.plausible);
    for (const c of plausible)
      for (const [i, x] of c.unit.entries()) expect(Math.abs(x - centre[i]!)).toBeLessThanOrEqual(0.1);
    const parameters = centre.map((_, i) => ({ key: `p${i}`, min: 0, max: 10 }));
    const summary = summarisePlausibleSets(parameters, result.candidates);
    expect(summary.count).toBe(plausible.length);
    for (const [i, r] of summary.ranges.entries()) {
      expect(r.min).toBeGreaterThanOrEqual(10 * (centre[i]! - 0.1) - 1e-9);
      expect(r.max).toBeLessThanOrEqual(10 * (centre[i]! + 0.1) + 1e-9);
      expect(r.min).toBeLessThanOrEqual(r.median);
      expect(r.median).toBeLessThanOrEqual(r.max);
    }
    // Same seed, same waves.
    expect(
      await historyMatch(4, evaluate, { waves: 5, pointsPerWave: 60 }, stream(3), [0.5, 0.5, 0.5, 0.5]),
    ).toEqual(result);
  });
});

describe('CMA-ES', () => {
  // A narrow valley along the diagonal: the two parameters trade off, as a request rate and a
  // refusal rate do. Minimum 0 at (0.3, 0.3).
  const valley = (u: readonly number[]) => {
    const along = u[0]! + u[1]! - 0.6;
    const across = u[0]! - u[1]!;
    return along * along + 400 * across * across;
  };

  it('finds the minimum of a correlated valley and never reports worse than it saw', async () => {
    const seen: number[] = [];
    const result = await cmaEs(
      async (points) =>
        points.map((u) => {
          const v = valley(u);
          seen.push(v);
          return v;
        }),
      { mean: [0.9, 0.1], sigma: 0.3, generations: 60, random: stream(1) },
    );
    expect(result.best[0]).toBeCloseTo(0.3, 2);
    expect(result.best[1]).toBeCloseTo(0.3, 2);
    expect(result.bestValue).toBe(Math.min(...seen));
    expect(result.evaluations).toBe(seen.length);
    // Every candidate stays inside the unit cube.
    expect(result.best.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('reaches a minimum on the boundary of the cube, and repeats itself exactly', async () => {
    const edge = async (points: number[][]) =>
      points.map((u) => u.reduce((s, x, i) => s + (x - (i === 0 ? 1.2 : 0.5)) ** 2, 0));
    const options = { mean: [0.5, 0.5, 0.5], sigma: 0.2, generations: 50, random: stream(2) };
    const result = await cmaEs(edge, options);
    expect(result.best[0]).toBeGreaterThan(0.97);
    expect(result.best[1]).toBeCloseTo(0.5, 1);
    expect(await cmaEs(edge, { ...options, random: stream(2) })).toEqual(result);
  });
});
