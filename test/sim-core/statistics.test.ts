/**
 * Intervals over replications that never claim the impossible: a count's never goes below
 * zero, a share's stays within 0 to 1, a difference's may take either sign; the mean always
 * lies inside; replications that all agree give a degenerate interval.
 */
import { estimate, tQuantile975 } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** 1 to 12 replications of a count (weighted: whole simulated children × 500) or any amount ≥ 0. */
const counts = fc.oneof(
  fc.array(
    fc.nat({ max: 400 }).map((k) => k * 500),
    { minLength: 1, maxLength: 12 },
  ),
  fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 12 }),
);

/** 1 to 12 replications of a share, with exact 0s and 1s likely. */
const shares = fc.array(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })), {
  minLength: 1,
  maxLength: 12,
});

const meanOf = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

describe('estimate', () => {
  it('never gives a count an interval below zero, and keeps the mean inside (property)', () => {
    fc.assert(
      fc.property(counts, (values) => {
        const e = estimate(values, 'nonNegative');
        expect(e.mean).toBe(meanOf(values));
        expect(e.lo).toBeGreaterThanOrEqual(0);
        expect(e.lo).toBeLessThanOrEqual(e.mean);
        expect(e.hi).toBeGreaterThanOrEqual(e.mean);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a share’s interval within 0 to 1, with the mean inside (property)', () => {
    fc.assert(
      fc.property(shares, (values) => {
        const e = estimate(values, 'share');
        expect(e.lo).toBeGreaterThanOrEqual(0);
        expect(e.hi).toBeLessThanOrEqual(1);
        expect(e.lo).toBeLessThanOrEqual(e.mean);
        expect(e.hi).toBeGreaterThanOrEqual(e.mean);
      }),
      { numRuns: 500 },
    );
  });

  it('stays finite and within bounds when the mean rounds onto a bound while the values differ', () => {
    // fast-check found it: the two average to exactly 1, where the logit scale has no room.
    for (const [values, bounds] of [
      [[0.9999999999999999, 1], 'share'],
      [[0, 1e-17], 'share'],
      [[5e-324, 0], 'nonNegative'],
    ] as const) {
      const e = estimate(values, bounds);
      for (const x of [e.lo, e.mean, e.hi]) expect(Number.isFinite(x), `${values} ${bounds}`).toBe(true);
      expect(e.lo).toBeGreaterThanOrEqual(0);
      if (bounds === 'share') expect(e.hi).toBeLessThanOrEqual(1);
      expect(e.lo).toBeLessThanOrEqual(e.mean);
      expect(e.hi).toBeGreaterThanOrEqual(e.mean);
    }
  });

  it('is the Student-t interval, mean ± t·s/√n, for a difference (either sign)', () => {
    const e = estimate([-3, 1, 5]);
    const half = tQuantile975(2) * Math.sqrt(32 / 2 / 3); // squares about the mean 32, n − 1 = 2, n = 3
    expect(e).toEqual({ mean: 1, lo: 1 - half, hi: 1 + half });
    expect(estimate([-3, 1, 5], 'signed')).toEqual(e);
  });

  it('agrees with the t-interval to first order when it is narrow, and is never narrower', () => {
    const values = [100_000, 101_000, 99_000, 100_500, 99_500];
    const t = estimate(values, 'signed');
    const e = estimate(values, 'nonNegative');
    expect(e.lo).toBeGreaterThan(t.lo);
    expect(e.hi).toBeGreaterThan(t.hi);
    expect(e.hi - e.lo).toBeGreaterThanOrEqual(t.hi - t.lo);
    expect((e.hi - e.lo) / (t.hi - t.lo)).toBeLessThan(1.001);
  });

  it('turns the issue’s impossible intervals into possible ones', () => {
    // Two replications of assessment requests 500 apart at scale 0.001, as in the quick
    // calibration check: the t-interval went below zero (51,000 ± 88,942).
    const requests = estimate([44_000, 58_000], 'nonNegative');
    expect(estimate([44_000, 58_000]).lo).toBeLessThan(0);
    expect(requests.lo).toBeGreaterThan(0);
    expect(requests.mean).toBe(51_000);
    // Hearings decided for the family: 14 of 15 and 15 of 15 (the t-interval reached 1.049 and beyond).
    const share = estimate([14 / 15, 1, 0.9], 'share');
    expect(estimate([14 / 15, 1, 0.9]).hi).toBeGreaterThan(1);
    expect(share.hi).toBeLessThan(1);
    expect(share.lo).toBeGreaterThan(0.5);
  });

  it('collapses to the mean for one replication or replications that agree', () => {
    expect(estimate([500], 'nonNegative')).toEqual({ mean: 500, lo: 500, hi: 500 });
    expect(estimate([500, 500, 500], 'nonNegative')).toEqual({ mean: 500, lo: 500, hi: 500 });
    expect(estimate([0, 0, 0], 'nonNegative')).toEqual({ mean: 0, lo: 0, hi: 0 });
    expect(estimate([1, 1], 'share')).toEqual({ mean: 1, lo: 1, hi: 1 });
    expect(estimate([0, 0], 'share')).toEqual({ mean: 0, lo: 0, hi: 0 });
    expect(estimate([-500, -500])).toEqual({ mean: -500, lo: -500, hi: -500 });
  });

  it('handles a replication of exactly zero (no log of zero)', () => {
    const e = estimate([0, 500, 1000], 'nonNegative');
    expect(e.mean).toBe(500);
    expect(e.lo).toBeGreaterThan(0);
    expect(Number.isFinite(e.hi)).toBe(true);
    const s = estimate([0, 1, 1], 'share');
    expect(s.lo).toBeGreaterThan(0);
    expect(s.hi).toBeLessThan(1);
  });

  it('is NaN when a replication has no value (a share of nothing), and empty input is NaN', () => {
    expect(Number.isNaN(estimate([0.5, Number.NaN], 'share').lo)).toBe(true);
    expect(Number.isNaN(estimate([]).mean)).toBe(true);
  });

  it('refuses a value outside the bounds it is told to respect', () => {
    expect(() => estimate([-1, 2], 'nonNegative')).toThrow(
      /expected a value ≥ 0 in every replication, found -1/,
    );
    expect(() => estimate([0.5, 1.2], 'share')).toThrow(/expected a share from 0 to 1/);
    // What the value is, when the caller says (run-experiment names the metric and year).
    expect(() => estimate([0.5, 1.2], 'share', 'share_x in 2023')).toThrow(
      /^estimate of share_x in 2023: expected a share from 0 to 1 in every replication, found 1\.2$/,
    );
  });
});
