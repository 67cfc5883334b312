/**
 * "Did you mean": skipping candidates whose length alone rules them out must never change the
 * answer (the pruning is what keeps a 20 KB key from taking 23 s).
 */
import { closestName, editDistance } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The search without pruning: every candidate's full edit distance. */
function closestByFullSearch(text: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(text.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(text.length / 4)) ? best : undefined;
}

describe('closestName', () => {
  it('gives the same answer as the full search', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', 'A'), maxLength: 14 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (text, candidates) => {
        expect(closestName(text, candidates)).toBe(closestByFullSearch(text, candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests near names and nothing for a key far longer than any', () => {
    expect(closestName('la.assesProbability', ['la.assessProbability', 'la.issueProbability'])).toBe(
      'la.assessProbability',
    );
    expect(closestName('x'.repeat(100_000), ['la.assessProbability'])).toBeUndefined();
  });
});
