/**
 * A card's verdict in words: a replication count only where it cannot read as a contradiction
 * ("no clear change … the reform did better in 3 of 3 replications" did).
 */
import { type Estimate, type PairedDifference, verdictWords } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

const run = { reps: 3, scale: 0.01 };
const appeals = (difference: Estimate, shareReformBetter: number): PairedDifference => ({
  metric: 'appeals_registered',
  baseline: { mean: 130_000, lo: 128_000, hi: 132_000 },
  reform: { mean: 130_000 + difference.mean, lo: 0, hi: 0 },
  difference,
  shareReformBetter,
  higherIsBetter: false,
});

describe('verdictWords', () => {
  it('calls a clear fall better, with the replications that bore it out', () => {
    const v = verdictWords(appeals({ mean: -2_000, lo: -3_000, hi: -1_000 }, 1), run);
    expect(v).toEqual({
      verdict: 'better',
      text: 'Better: clearly lower. The reform did better in 3 of 3 replications.',
    });
    expect(verdictWords(appeals({ mean: 2_000, lo: 1_000, hi: 3_000 }, 0), run).text).toBe(
      'Worse: clearly higher. The reform did better in none of the 3 replications.',
    );
  });

  it('says why a change that went the same way in every replication is still not clear', () => {
    const v = verdictWords(appeals({ mean: -2_000, lo: -4_500, hi: 500 }, 1), run);
    expect(v.verdict).toBe('unclear');
    expect(v.text).toBe(
      'No clear change: the reform did better in each of the 3 replications, but the 95% interval includes zero, so the change is too uncertain to call.',
    );
    const few = verdictWords(appeals({ mean: -100, lo: -150, hi: -50 }, 1), run);
    expect(few.text).toBe(
      'No clear change: the reform did better in each of the 3 replications, but the change rests on fewer than 6 simulated children, too few to call.',
    );
  });

  it('gives no replication count when a change is not clear and the replications disagree', () => {
    const v = verdictWords(appeals({ mean: -500, lo: -3_000, hi: 2_000 }, 2 / 3), run);
    expect(v.text).toBe('No clear change: the interval includes zero.');
    expect(v.text).not.toMatch(/replications/);
    const two = verdictWords(appeals({ mean: -2_000, lo: -3_000, hi: -1_000 }, 1), { reps: 2, scale: 0.01 });
    expect(two.text).toBe('No clear change: fewer than 3 replications.');
  });
});
