/**
 * The local backend opened for a long workload (a calibration fit) keeps one set of threads for
 * all its runs: each run must give exactly what a backend starting its own threads per run gives
 * (as sweep, sensitivity and psa use it), the completion hook included, however many runs
 * it has served before.
 */

import { openBackend } from '@send-sim/cli';
import { type ExperimentResult, runExperiment } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('the local backend, kept up for many runs', () => {
  it('gives every run the results of a fresh pool, and calls onExperiment for each scenario', async () => {
    const baseline = loadScenario('baseline');
    const reform = loadScenario('early-help-investment');
    const runs = [
      { scenarios: [baseline, reform], options: { seed: 1, replications: 2, years: 2, scale: 0.001 } },
      { scenarios: [reform], options: { seed: 2, replications: 3, years: 1, scale: 0.001 } },
      {
        scenarios: [baseline, reform, baseline],
        options: { seed: 3, replications: 1, years: 2, scale: 0.001 },
      },
    ];
    // A workload worth a thread per CPU: the same threads serve all three runs.
    const kept = await openBackend({ kind: 'local' }, undefined, {
      replications: 1000,
      options: { scale: 0.01, years: 5 },
    });
    const fresh = await openBackend({ kind: 'local' });
    try {
      for (const { scenarios, options } of runs) {
        const heard: Array<[number, ExperimentResult]> = [];
        const results = await kept.runExperiments(scenarios, options, undefined, (i, r) =>
          heard.push([i, r]),
        );
        // Strict: every replication's raw values, NaN and -0 included.
        expect(results).toStrictEqual(await fresh.runExperiments(scenarios, options));
        expect(results[0]).toStrictEqual(runExperiment(scenarios[0]!, options));
        expect(heard.map(([i]) => i).sort()).toEqual(scenarios.map((_, i) => i));
        for (const [i, result] of heard) expect(result).toBe(results[i]);
      }
    } finally {
      await kept.close();
      await fresh.close();
    }
  });
});
