/**
 * Settings that would make results fit to quote: from verdicts built by hand, the suggestion
 * follows the half-width's t(n − 1) ÷ √(n × scale), gives counts their simulated children by
 * scale, meets the replication floor, keeps within the limits given, and says when nothing
 * within them would do. A property checks that the settings it suggests would, by that same
 * law, bring every verdict's half-width within its limit.
 */
import {
  MIN_QUOTE_REPLICATIONS,
  MIN_QUOTE_SIMULATED,
  type NotFitReason,
  type QuoteVerdict,
  settingsToQuote,
  tQuantile975,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const LIMITS = { reps: 50, scale: 0.05 };

function verdict(
  options: Partial<
    Pick<QuoteVerdict, 'reps' | 'scale' | 'halfWidth' | 'allowedHalfWidth' | 'simulatedPerReplication'>
  >,
): QuoteVerdict {
  const v = {
    metric: 'appeals_registered',
    reps: 10,
    scale: 0.01,
    halfWidth: 1,
    allowedHalfWidth: 1,
    simulatedPerReplication: 1_000,
    ...options,
  };
  const reasons: NotFitReason[] = [];
  if (v.reps < MIN_QUOTE_REPLICATIONS) reasons.push('too few replications');
  if ((v.simulatedPerReplication ?? Number.POSITIVE_INFINITY) < MIN_QUOTE_SIMULATED)
    reasons.push('too few simulated children');
  if (v.halfWidth > v.allowedHalfWidth) reasons.push('interval too wide');
  return { ...v, fit: reasons.length === 0, reasons };
}

/** The half-width a verdict would have at other settings, by the law the suggestion assumes. */
function halfWidthAt(v: QuoteVerdict, reps: number, scale: number): number {
  const now = tQuantile975(v.reps - 1) / Math.sqrt(v.reps * v.scale);
  return (v.halfWidth * (tQuantile975(reps - 1) / Math.sqrt(reps * scale))) / now;
}

describe('settingsToQuote', () => {
  it('needs nothing when every result is fit', () => {
    expect(settingsToQuote([verdict({})], LIMITS)).toEqual({ notFit: 0, reachable: true });
  });

  it('offers more replications or a larger scale for an interval twice as wide as allowed', () => {
    const s = settingsToQuote([verdict({ halfWidth: 2, allowedHalfWidth: 1 })], LIMITS);
    expect(s.notFit).toBe(1);
    // Four times the precision: at the same scale, the fewest n with t(n−1)²/n ≤ t(9)²/(10 × 4), 32
    // (t(31) is taken as 1.96).
    expect(s.moreReplications).toEqual({ reps: 32, scale: 0.01 });
    // At 10 replications, four times the scale.
    expect(s.largerScale).toEqual({ reps: 10, scale: 0.04 });
    expect(s.both).toBeUndefined();
  });

  it('asks for at least 10 replications, and for scale alone when a count has too few simulated children', () => {
    const few = settingsToQuote([verdict({ reps: 5 })], LIMITS);
    expect(few.moreReplications).toEqual({ reps: MIN_QUOTE_REPLICATIONS, scale: 0.01 });
    expect(few.largerScale).toBeUndefined();
    const small = settingsToQuote([verdict({ simulatedPerReplication: 40 })], LIMITS);
    expect(small.moreReplications).toBeUndefined();
    // 40 simulated children at 0.01 → 100 at 0.025.
    expect(small.largerScale).toEqual({ reps: 10, scale: 0.025 });
  });

  it('combines both when neither alone would do within the limits, and says when nothing would', () => {
    const s = settingsToQuote([verdict({ halfWidth: 4, allowedHalfWidth: 1 })], LIMITS);
    expect(s.moreReplications).toBeUndefined();
    expect(s.largerScale).toBeUndefined();
    expect(s.both?.reps).toBe(50);
    expect(s.both!.scale).toBeLessThanOrEqual(LIMITS.scale);
    expect(s.reachable).toBe(true);
    expect(settingsToQuote([verdict({ halfWidth: 40, allowedHalfWidth: 1 })], LIMITS)).toEqual({
      notFit: 1,
      reachable: false,
    });
    // An interval that may have no width at all (no change, a level of zero) cannot be reached.
    expect(settingsToQuote([verdict({ halfWidth: 1, allowedHalfWidth: 0 })], LIMITS).reachable).toBe(false);
  });

  it('refuses verdicts from different runs', () => {
    expect(() => settingsToQuote([verdict({ halfWidth: 2 }), verdict({ reps: 20 })], LIMITS)).toThrow(
      /same run/,
    );
  });

  it('suggests settings that bring every half-width within its limit and every count to its children (property)', () => {
    const oneVerdict = fc
      .record({
        halfWidth: fc.double({ min: 0.1, max: 4, noNaN: true }),
        cell: fc.double({ min: 20, max: 5_000, noNaN: true }),
      })
      .map(({ halfWidth, cell }) => ({ halfWidth, cell }));
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }),
        fc.constantFrom(0.002, 0.005, 0.01),
        fc.array(oneVerdict, { minLength: 1, maxLength: 6 }),
        (reps, scale, specs) => {
          const verdicts = specs.map((x) =>
            verdict({
              reps,
              scale,
              halfWidth: x.halfWidth,
              allowedHalfWidth: 1,
              simulatedPerReplication: x.cell,
            }),
          );
          const s = settingsToQuote(verdicts, LIMITS);
          for (const way of [s.moreReplications, s.largerScale, s.both]) {
            if (way === undefined) continue;
            expect(way.reps).toBeGreaterThanOrEqual(MIN_QUOTE_REPLICATIONS);
            expect(way.reps).toBeLessThanOrEqual(LIMITS.reps);
            expect(way.scale).toBeLessThanOrEqual(LIMITS.scale);
            for (const v of verdicts) {
              expect(halfWidthAt(v, way.reps, way.scale)).toBeLessThanOrEqual(
                v.allowedHalfWidth * (1 + 1e-9),
              );
              expect(((v.simulatedPerReplication ?? 0) * way.scale) / scale).toBeGreaterThanOrEqual(
                MIN_QUOTE_SIMULATED * (1 - 1e-9),
              );
            }
          }
          if (s.notFit > 0 && s.reachable)
            expect([s.moreReplications, s.largerScale, s.both]).not.toEqual([
              undefined,
              undefined,
              undefined,
            ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
