/**
 * Requests that end without a decision (model 0.11.0, `request.withdrawnBeforeDecision`): at the
 * LA's decision date that share of requests has been withdrawn or has lapsed, the child goes back
 * to SEN support with no appeal right, and the LA decides on the rest with its own chance to
 * assess, so the share refused among decisions does not depend on the share withdrawn.
 */
import { type ExperimentResult, type ResolvedScenario, runExperiment } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const OPTIONS = { seed: 3, replications: 2, scale: 0.003, years: 3 } as const;

function withWithdrawn(share: number): ResolvedScenario {
  const baseline = loadScenario('baseline');
  return { ...baseline, params: { ...baseline.params, 'request.withdrawnBeforeDecision': share } };
}

/** A flow summed over every year and replication, in simulated children (results are weighted to England). */
function total(result: ExperimentResult, metric: string): number {
  const weighted = result.replications.reduce(
    (sum, r) => sum + r.metrics[metric]!.reduce((s, x) => s + x, 0),
    0,
  );
  return Math.round(weighted * OPTIONS.scale);
}

describe('requests that end without a decision', () => {
  const none = runExperiment(withWithdrawn(0), OPTIONS);
  const some = runExperiment(withWithdrawn(0.3), OPTIONS);

  it('never happen when the share is 0', () => {
    expect(total(none, 'requests_withdrawn')).toBe(0);
    expect(total(none, 'assessment_decisions')).toBeGreaterThan(1000);
  });

  it('are the share given of the requests that reach the decision date', () => {
    const withdrawn = total(some, 'requests_withdrawn');
    const ended = withdrawn + total(some, 'assessment_decisions');
    // Binomial: about 0.3 ± 3 standard errors of the share over this many requests.
    const se = Math.sqrt((0.3 * 0.7) / ended);
    expect(Math.abs(withdrawn / ended - 0.3), `${withdrawn} of ${ended}`).toBeLessThan(3 * se);
  });

  it('leave the LA’s chance to refuse among the requests it decides unchanged', () => {
    const refusedShare = (r: ExperimentResult) =>
      total(r, 'requests_refused') / total(r, 'assessment_decisions');
    const [a, b] = [refusedShare(none), refusedShare(some)];
    const n = total(some, 'assessment_decisions');
    expect(Math.abs(a - b), `${a.toFixed(3)} against ${b.toFixed(3)}`).toBeLessThan(
      4 * Math.sqrt((a * (1 - a)) / n),
    );
  });
});
