/**
 * The draws of a probabilistic sensitivity analysis: the distributions over a range, ranks and
 * Spearman's ρ, the Iman–Conover method (the rank correlation it induces is near the target and
 * every column keeps exactly its values), and the design drawn from the baseline file (one draw
 * per stratum of every sampled parameter, the same draws from the same seed, shares that must
 * sum to 1 held, bad correlations refused naming the file's field).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  cholesky,
  designPsa,
  imanConover,
  latinHypercube,
  PARAMETER_CATALOGUE,
  parseScenarioFile,
  quantileOf,
  randomStream,
  ranks,
  ScenarioError,
  spearman,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/cli-harness.js';

const BASELINE = parseScenarioFile(
  readFileSync(join(REPO_ROOT, 'scenarios', 'baseline.json'), 'utf8'),
  'baseline.json',
) as BaselineScenarioFile;

const stream = (seed: number) => randomStream(seed, 0, 0, 'psa');

describe('distributions over a plausible range', () => {
  it('maps the unit interval onto the range, in order, and a triangular one has its CDF', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (low, width, m, u, v) => {
          const high = low + width;
          const mode = low + m * width;
          for (const kind of ['uniform', 'triangular'] as const) {
            const d = { kind, low, high, mode };
            const x = quantileOf(d, u);
            expect(x).toBeGreaterThanOrEqual(low - 1e-9 * width);
            expect(x).toBeLessThanOrEqual(high + 1e-9 * width);
            if (u < v) expect(quantileOf(d, u)).toBeLessThanOrEqual(quantileOf(d, v) + 1e-9 * width);
          }
          // The triangular CDF at the quantile gives back u.
          const x = quantileOf({ kind: 'triangular', low, high, mode }, u);
          const cdf =
            x <= mode
              ? mode === low
                ? 0
                : (x - low) ** 2 / (width * (mode - low))
              : 1 - (high - x) ** 2 / (width * (high - mode));
          expect(cdf).toBeCloseTo(u, 6);
        },
      ),
    );
  });

  it('puts the triangular mode at the value: half the draws below it when the value is mid-range', () => {
    const d = { kind: 'triangular' as const, low: 0, high: 10, mode: 5 };
    expect(quantileOf(d, 0.5)).toBe(5);
    expect(quantileOf({ ...d, mode: 10 }, 0.25)).toBe(5);
  });
});

describe('ranks and Spearman’s rank correlation', () => {
  it('shares tied ranks and scores a known example', () => {
    expect(ranks([10, 30, 20, 30])).toEqual([1, 3.5, 2, 3.5]);
    expect(spearman([1, 2, 3, 4], [10, 30, 20, 40])).toBeCloseTo(0.8, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
  });

  it('is 1 for any increasing transform (only order counts)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 30 }),
        (xs) => {
          expect(
            spearman(
              xs,
              xs.map((x) => x ** 3 + 7),
            ),
          ).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

describe('Cholesky factor', () => {
  it('factors a positive definite matrix and refuses one that is not', () => {
    const l = cholesky([
      [4, 2],
      [2, 3],
    ])!;
    expect(l[0]).toEqual([2, 0]);
    expect(l[1]![0]).toBe(1);
    expect(l[1]![1]).toBeCloseTo(Math.SQRT2, 15);
    // Three parameters each correlated 0.9 with the next but −0.9 between the ends cannot be.
    expect(
      cholesky([
        [1, 0.9, -0.9],
        [0.9, 1, 0.9],
        [-0.9, 0.9, 1],
      ]),
    ).toBeUndefined();
  });
});

describe('Iman–Conover', () => {
  const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
  const column = (m: readonly (readonly number[])[], j: number) => m.map((row) => row[j]!);

  it('induces a rank correlation near the target and leaves every marginal unchanged', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.8, max: 0.8, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.nat(),
        (r, s, seed) => {
          const n = 300;
          const sample = latinHypercube(n, 4, stream(seed));
          // Columns 0, 2 and 3 correlated; column 1 left alone.
          const target = [
            [1, r, 0],
            [r, 1, s],
            [0, s, 1],
          ];
          if (cholesky(target) === undefined) return;
          const out = imanConover(sample, [0, 2, 3], target);
          for (let j = 0; j < 4; j++) expect(sorted(column(out, j))).toEqual(sorted(column(sample, j)));
          expect(column(out, 1)).toEqual(column(sample, 1));
          // Normal scores: Spearman's ρ = (6/π)·asin(r/2), within 0.02 of r; chance adds < 0.06 at n = 300.
          expect(Math.abs(spearman(column(out, 0), column(out, 2)) - r)).toBeLessThan(0.08);
          expect(Math.abs(spearman(column(out, 2), column(out, 3)) - s)).toBeLessThan(0.08);
          expect(Math.abs(spearman(column(out, 0), column(out, 3)))).toBeLessThan(0.08);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is deterministic and needs more draws than parameters to correlate', () => {
    const sample = latinHypercube(50, 2, stream(3));
    const target = [
      [1, 0.5],
      [0.5, 1],
    ];
    expect(imanConover(sample, [0, 1], target)).toEqual(imanConover(sample, [0, 1], target));
    expect(() => imanConover(latinHypercube(3, 2, stream(3)), [0, 1], target)).toThrow(/at least 4 draws/);
  });
});

describe('the PSA design from the baseline file', () => {
  it('draws every sampled parameter once per stratum of its range, the same from the same seed', () => {
    const draws = 17;
    const design = designPsa(BASELINE, draws, 1);
    expect(designPsa(BASELINE, draws, 1)).toEqual(design);
    expect(designPsa(BASELINE, draws, 2).samples).not.toEqual(design.samples);
    expect(design.parameters.length + design.held.length).toBe(Object.keys(BASELINE.parameters).length);
    design.parameters.forEach((p, i) => {
      expect(p.distribution).toBe('uniform');
      if (PARAMETER_CATALOGUE[p.key].unit === 'year') return; // whole years: the next test
      const strata = design.samples
        .map((row) => Math.floor(((row[i]! - p.low) / (p.high - p.low)) * draws))
        .sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: draws }, (_, k) => k));
    });
  });

  it('draws a parameter measured in years as whole years, each year of its range as often', () => {
    const draws = 400;
    const design = designPsa(BASELINE, draws, 1);
    const years = design.parameters.flatMap((p, i) =>
      PARAMETER_CATALOGUE[p.key].unit === 'year' ? [i] : [],
    );
    expect(years.length).toBeGreaterThan(0);
    for (const i of years) {
      const { low, high } = design.parameters[i]!;
      const counts = new Map<number, number>();
      for (const row of design.samples) {
        expect(Number.isInteger(row[i])).toBe(true);
        counts.set(row[i]!, (counts.get(row[i]!) ?? 0) + 1);
      }
      // A Latin hypercube gives each year its share of the draws: the strata wholly inside the
      // year's band, and at most the one straddling each of its ends, so fewer than two off when the
      // years do not divide the draws (need.growthUntilYear's 12 years: 32 to 34 of 400, checked).
      const share = draws / (high - low + 1);
      expect([...counts.keys()].sort((a, b) => a - b)).toEqual(
        Array.from({ length: high - low + 1 }, (_, k) => low + k),
      );
      for (const n of counts.values()) expect(Math.abs(n - share)).toBeLessThan(2);
    }
  });

  it('holds shares of a group that must sum to 1, and parameters with no range', () => {
    const design = designPsa(BASELINE, 5, 1);
    const held = new Map(design.held.map((h) => [h.key, h.reason]));
    expect(held.get('population.ehcpAgeShare.under5')).toMatch(/must sum to 1/);
    for (const [key, record] of Object.entries(BASELINE.parameters)) {
      if (record.range[0] === record.range[1]) expect(held.get(key as never)).toMatch(/no plausible range/);
    }
  });

  it('uses a triangular distribution where the file says so', () => {
    const key = 'ep.workforceFte';
    const file = {
      ...BASELINE,
      parameters: {
        ...BASELINE.parameters,
        [key]: { ...BASELINE.parameters[key], distribution: 'triangular' },
      },
    } as BaselineScenarioFile;
    const design = designPsa(file, 400, 1);
    const i = design.parameters.findIndex((p) => p.key === key);
    const p = design.parameters[i]!;
    expect(p.distribution).toBe('triangular');
    const values = design.samples.map((row) => row[i]!);
    // Triangular over [2800, 4200] with mode 3500: mean (low + mode + high) / 3, uniform's is the midpoint too here, so check the spread.
    const sd = Math.sqrt(values.reduce((s, x) => s + (x - 3500) ** 2, 0) / values.length);
    expect(sd).toBeCloseTo(Math.sqrt((700 * 700) / 6), -1);
  });

  it('induces the file’s rank correlations and refuses ones that cannot be, naming the field', () => {
    const correlated = {
      ...BASELINE,
      rankCorrelations: [
        { a: 'ep.workforceFte', b: 'la.assessProbability', correlation: 0.7, assumption: 'test' },
      ],
    } as BaselineScenarioFile;
    const design = designPsa(correlated, 200, 1);
    const at = (key: string) => design.parameters.findIndex((p) => p.key === key);
    const [a, b] = [at('ep.workforceFte'), at('la.assessProbability')];
    const rho = spearman(
      design.samples.map((row) => row[a]!),
      design.samples.map((row) => row[b]!),
    );
    expect(Math.abs(rho - 0.7)).toBeLessThan(0.08);

    const held = {
      ...correlated,
      rankCorrelations: [
        { a: 'ep.workforceFte', b: 'population.ehcpAgeShare.under5', correlation: 0.5, assumption: 'x' },
      ],
    } as BaselineScenarioFile;
    expect(() => designPsa(held, 20, 1)).toThrow(ScenarioError);
    expect(() => designPsa(held, 20, 1)).toThrow(
      /rankCorrelations\[0\]\.b: expected a parameter that psa samples/,
    );

    const impossible = {
      ...correlated,
      rankCorrelations: [
        { a: 'ep.workforceFte', b: 'la.assessProbability', correlation: 0.9, assumption: 'x' },
        { a: 'la.assessProbability', b: 'la.draftingMeanDays', correlation: 0.9, assumption: 'x' },
        { a: 'ep.workforceFte', b: 'la.draftingMeanDays', correlation: -0.9, assumption: 'x' },
      ],
    } as BaselineScenarioFile;
    expect(() => designPsa(impossible, 20, 1)).toThrow(
      /rankCorrelations: expected a set of rank correlations that can hold together/,
    );
    expect(() => designPsa(correlated, 3, 1)).toThrow(/^draws: expected at least 4 draws/);
  });
});
