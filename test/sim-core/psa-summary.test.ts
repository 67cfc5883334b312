/**
 * How a probabilistic sensitivity analysis reads its draws' outcomes, without running the model:
 * the summary depends on the outcomes alone, never on the order they arrived in (a resumed run
 * finishes draws in another order); percentiles, the probability of being better in the
 * metric's good direction and the parameters' rank correlations are what they should be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  type PsaDrawOutcome,
  parseScenarioFile,
  planPsa,
  psaFromOutcomes,
  type ReformScenarioFile,
  spread,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/cli-harness.js';

const read = (id: string) =>
  parseScenarioFile(readFileSync(join(REPO_ROOT, 'scenarios', `${id}.json`), 'utf8'), `${id}.json`);
const BASELINE = read('baseline') as BaselineScenarioFile;
const REFORM = read('early-help-investment') as ReformScenarioFile;
const OPTIONS = { seed: 1, replications: 1, years: 2, scale: 0.0005 };
const DRAWS = 12;

describe('psaFromOutcomes', () => {
  const plan = planPsa(
    { baseline: BASELINE, reforms: [REFORM], metric: 'unmet_need_child_years', draws: DRAWS },
    OPTIONS,
  );

  it('gives the same analysis whatever order the draws finished in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: DRAWS, maxLength: DRAWS }),
        fc.array(fc.nat(), { minLength: DRAWS, maxLength: DRAWS }),
        (effects, keys) => {
          const outcomes: PsaDrawOutcome[] = effects.map((effect, draw) => ({
            draw,
            baseline: 1e6 + draw,
            reforms: [{ effect, publicCost: 2 * effect, unmetNeedAvoided: -effect }],
          }));
          const shuffled = outcomes
            .map((o, i) => ({ o, k: keys[i]! }))
            .sort((a, b) => a.k - b.k)
            .map(({ o }) => o);
          expect(JSON.stringify(psaFromOutcomes(plan, shuffled))).toBe(
            JSON.stringify(psaFromOutcomes(plan, outcomes)),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('counts a draw better only when the metric moves its good way, and ranks a driving parameter first', () => {
    const key = plan.design.parameters[5]!.key;
    // The effect falls as parameter 5 rises: unmet need is better lower, so draws with a negative effect are better.
    const outcomes = plan.design.samples.map((row, draw) => ({
      draw,
      baseline: 1,
      reforms: [{ effect: 100 - row[5]!, publicCost: 0, unmetNeedAvoided: 0 }],
    }));
    const a = psaFromOutcomes(plan, outcomes);
    const r = a.reforms[0]!;
    expect(r.influence[0]).toEqual({ key, spearman: -1 });
    const better = outcomes.filter((o) => o.reforms[0]!.effect < 0).length;
    expect(r.probabilityBetter).toBe(better / DRAWS);
    expect(r.scatter.map((p) => p.draw)).toEqual(Array.from({ length: DRAWS }, (_, d) => d));
    expect(() => psaFromOutcomes(plan, outcomes.slice(1))).toThrow(/one per draw/);
  });
});

describe('spread over draws', () => {
  it('is the mean and the 2.5th and 97.5th percentiles, undefined values left out', () => {
    const values = Array.from({ length: 41 }, (_, i) => i);
    expect(spread(values)).toEqual({ mean: 20, lo: 1, hi: 39, draws: 41 });
    expect(spread([3, Number.NaN, 1, 2])).toEqual({ mean: 2, lo: 1.05, hi: 2.95, draws: 3 });
    expect(spread([]).draws).toBe(0);
  });
});
