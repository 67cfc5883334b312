/**
 * The fit-to-quote rule, from hand-built comparisons: each of its three parts failing alone,
 * the two ways an interval may be narrow enough (against the change, against the level), which
 * measures the simulated-children part applies to (counts and shares, not money or waits), and
 * the words each verdict is given.
 */
import {
  type Comparison,
  type Estimate,
  FIT_TO_QUOTE_RULE,
  fitToQuote,
  quoteWords,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_IDS, handBuiltComparison, SHARE_IDS } from './hand-built-comparison.js';

/** Every measure at `level` (a share at 0.5) with a change of 0 ± 1% of it, except those given. */
function comparison(
  changes: Record<string, { level?: number; change: Estimate }>,
  options: { reps?: number; scale?: number; level?: number } = {},
): Comparison {
  const { reps = 10, scale = 0.01, level = 100_000 } = options;
  const given: Record<string, Estimate> = {};
  for (const [id, c] of Object.entries(changes)) given[id] = c.change;
  return handBuiltComparison(given, {
    reps,
    scale,
    level: (id) => changes[id]?.level ?? (SHARE_IDS.has(id) ? 0.5 : level),
    quiet: (_id, base) => ({ mean: 0, lo: -base / 100, hi: base / 100 }),
  });
}

describe('fitToQuote', () => {
  it('passes a result with enough replications, enough simulated children and a narrow interval', () => {
    const v = fitToQuote(comparison({}), 'appeals_registered');
    expect(v).toMatchObject({ fit: true, reasons: [], reps: 10, scale: 0.01 });
    // 100,000 appeals at scale 0.01 is 1,000 simulated appeals per replication.
    expect(v.simulatedPerReplication).toBeCloseTo(1000, 6);
    expect(quoteWords(v).text).toBe('Fit to quote.');
  });

  it('fails every result of a run with fewer than 10 replications, however narrow', () => {
    const c = comparison({}, { reps: 9 });
    for (const id of ALL_IDS) expect(fitToQuote(c, id).reasons, id).toEqual(['too few replications']);
    expect(quoteWords(fitToQuote(c, 'appeals_registered')).text).toBe(
      'Not fit to quote: it rests on 9 replications, and quoting needs at least 10.',
    );
  });

  it('fails a count that rests on fewer than 100 simulated children per replication, but not money or a wait', () => {
    // 9,900 at scale 0.01 is 99 simulated children; 10,000 is 100.
    const c = comparison({}, { level: 9_900 });
    expect(fitToQuote(c, 'appeals_registered').reasons).toEqual(['too few simulated children']);
    expect(fitToQuote(c, 'unmet_need_child_years').reasons).toEqual(['too few simulated children']);
    // Money (public spending, the cost to families, their sum) rests on no count of children.
    for (const id of ['cost_public', 'cost_family', 'cost_total']) expect(fitToQuote(c, id).fit).toBe(true);
    expect(fitToQuote(c, 'ep_wait_days').fit).toBe(true);
    expect(fitToQuote(comparison({}, { level: 10_000 }), 'appeals_registered').fit).toBe(true);
    expect(quoteWords(fitToQuote(c, 'appeals_registered')).text).toBe(
      'Not fit to quote: it rests on 99 simulated children (or events) per replication, and quoting needs at least 100.',
    );
  });

  it('counts the larger of the two scenarios, so a change to zero rests on the baseline', () => {
    // The reform removes placement appeals: 20,000 → 0 at scale 0.01 rests on 200 simulated appeals.
    const c = comparison({
      appeals_placement: { level: 20_000, change: { mean: -20_000, lo: -20_400, hi: -19_600 } },
    });
    expect(fitToQuote(c, 'appeals_placement').fit).toBe(true);
  });

  it("judges a share's simulated children by its denominator", () => {
    const c = comparison({ new_plans_issued: { level: 5_000, change: { mean: 0, lo: -50, hi: 50 } } });
    const v = fitToQuote(c, 'share_new_plans_within_20_weeks');
    expect(v.reasons).toEqual(['too few simulated children']);
    expect(v.simulatedPerReplication).toBeCloseTo(50, 6);
  });

  it('passes an interval within half the change, or within 2% of the level, and fails one wider than both', () => {
    const at = (change: Estimate) =>
      fitToQuote(comparison({ crisis_events: { level: 100_000, change } }), 'crisis_events');
    // ±5,000 against a change of 10,000: exactly half the change.
    expect(at({ mean: -10_000, lo: -15_000, hi: -5_000 }).fit).toBe(true);
    // ±2,000, 2% of the level, around no change at all: not clear, but pinned down, so quotable.
    expect(at({ mean: 0, lo: -2_000, hi: 2_000 }).fit).toBe(true);
    const wide = at({ mean: -3_000, lo: -5_100, hi: -900 });
    expect(wide.reasons).toEqual(['interval too wide']);
    expect(wide.allowedHalfWidth).toBe(2_000);
    expect(quoteWords(wide).text).toBe(
      "Not fit to quote: its 95% interval is ±2,100, more than the ±2,000 it may be (half the change, or 2% of the baseline's level, whichever is larger).",
    );
  });

  it('names every rule a result breaks, in order', () => {
    const c = comparison(
      { appeals_registered: { level: 5_000, change: { mean: 100, lo: -900, hi: 1_100 } } },
      { reps: 5 },
    );
    expect(fitToQuote(c, 'appeals_registered').reasons).toEqual([
      'too few replications',
      'too few simulated children',
      'interval too wide',
    ]);
  });

  it('never passes an interval that is not a number', () => {
    const c = comparison({
      appeals_registered: { change: { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN } },
    });
    const v = fitToQuote(c, 'appeals_registered');
    expect(v.fit).toBe(false);
    expect(v.reasons).toContain('interval too wide');
  });

  it('throws for a result the comparison does not have', () => {
    expect(() => fitToQuote(comparison({}), 'no_such_metric')).toThrow(/no result "no_such_metric"/);
  });

  it('is fit exactly when half-width ≤ max(half the change, 2% of the level) for a large count at 10+ replications (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50_000, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.integer({ min: 10, max: 60 }),
        (mean, halfWidth, reps) => {
          const c = comparison(
            {
              tribunal_wait_days: {
                level: 100_000,
                change: { mean, lo: mean - halfWidth, hi: mean + halfWidth },
              },
            },
            { reps },
          );
          const limit = Math.max(Math.abs(mean) / 2, 2_000);
          const v = fitToQuote(c, 'tribunal_wait_days');
          if (halfWidth < limit * (1 - 1e-6)) expect(v.fit).toBe(true);
          if (halfWidth > limit * (1 + 1e-6)) expect(v.fit).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('states the rule with its numbers', () => {
    expect(FIT_TO_QUOTE_RULE).toContain('at least 10 replications');
    expect(FIT_TO_QUOTE_RULE).toContain('at least 100 simulated children');
    expect(FIT_TO_QUOTE_RULE).toContain('at most 50% of the change either way');
    expect(FIT_TO_QUOTE_RULE).toContain("at most 2% of the baseline's level either way");
  });
});
