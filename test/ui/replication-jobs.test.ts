/**
 * The replication pool's pure parts: its size (`pool-size.ts`) and how a comparison becomes
 * jobs and is put back together (`replication-jobs.ts`). The results of jobs finished in any
 * order must assemble to exactly what `runExperiment` and `compareExperiments` give in one
 * thread, byte for byte, as the pool in the browser relies on.
 */
import {
  compareExperiments,
  type ExperimentResult,
  type ReplicationResult,
  runExperiment,
  runReplication,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { MAX_POOL_WORKERS, poolSize, workersSetting } from '../../packages/ui/src/worker/pool-size.js';
import {
  comparisonFromResults,
  experimentsFromResults,
  replicationJobs,
} from '../../packages/ui/src/worker/replication-jobs.js';
import { loadScenario } from '../sim-core/load-scenario.js';

const options = { seed: 7, replications: 3, years: 2, scale: 0.002 };
const scenarios = [loadScenario('baseline'), loadScenario('early-help-investment')];

/** Run every job in `order` (as a pool's workers might finish them), keeping each result by job number. */
function runJobsInOrder(order: readonly number[]): ReplicationResult[] {
  const jobs = replicationJobs(scenarios, options);
  const results = new Array<ReplicationResult>(jobs.length);
  for (const j of order) {
    const { scenario, options: o, replication } = jobs[j]!;
    const { metrics, costs, monthly } = runReplication(scenario, o, replication);
    results[j] = { metrics, costs, monthly };
  }
  return results;
}

describe('replicationJobs', () => {
  it('lists every replication of every scenario, scenario by scenario', () => {
    const jobs = replicationJobs(scenarios, options);
    expect(jobs.map((j) => [j.scenario.id, j.replication])).toEqual([
      ['baseline', 0],
      ['baseline', 1],
      ['baseline', 2],
      ['early-help-investment', 0],
      ['early-help-investment', 1],
      ['early-help-investment', 2],
    ]);
    expect(jobs.every((j) => j.options === options)).toBe(true);
  });
});

describe('putting the jobs back together', () => {
  const serial: ExperimentResult[] = scenarios.map((s) => runExperiment(s, options));
  // Finished out of order, as on a pool: the last job first, the first job last.
  const results = runJobsInOrder([5, 2, 4, 1, 3, 0]);

  it('gives each scenario exactly what runExperiment gives', () => {
    const assembled = experimentsFromResults(scenarios, options, results);
    expect(JSON.stringify(assembled)).toBe(JSON.stringify(serial));
    expect(assembled).toEqual(serial);
  });

  it('gives the comparison the app showed from one worker: summaries and paired differences', () => {
    const [baseline, reform] = serial as [ExperimentResult, ExperimentResult];
    const summary = ({ replications: _, ...rest }: ExperimentResult) => rest;
    const expected = {
      baseline: summary(baseline),
      reforms: [summary(reform)],
      comparisons: [compareExperiments(baseline, reform)],
    };
    expect(JSON.stringify(comparisonFromResults(scenarios, options, results))).toBe(JSON.stringify(expected));
  });

  it('refuses a result list that does not have one result per job', () => {
    expect(() => experimentsFromResults(scenarios, options, results.slice(1))).toThrow(
      'results: expected one per job (2 scenarios × 3 replications), found 5',
    );
  });
});

describe('pool size', () => {
  it('is one worker per core, at least one, at most MAX_POOL_WORKERS and never more than the jobs', () => {
    expect(poolSize(20, 2)).toBe(2);
    expect(poolSize(20, 64)).toBe(MAX_POOL_WORKERS);
    expect(poolSize(3, 16)).toBe(3);
    expect(poolSize(20, undefined)).toBe(1);
    expect(poolSize(20, 0)).toBe(1);
    expect(poolSize(0, 4)).toBe(1);
  });

  it('takes the size the address asks for, still no more workers than jobs', () => {
    expect(poolSize(20, 2, 1)).toBe(1);
    expect(poolSize(20, 2, 4)).toBe(4);
    expect(poolSize(3, 2, 8)).toBe(3);
  });

  it('reads ?workers=N, and names a value that is not a whole number from 1 to 8', () => {
    expect(workersSetting('')).toEqual({ ok: true, workers: undefined });
    expect(workersSetting('?reforms=a&workers=1')).toEqual({ ok: true, workers: 1 });
    expect(workersSetting('workers=8')).toEqual({ ok: true, workers: 8 });
    for (const bad of ['0', '9', '1.5', 'two', '', '-1']) {
      expect(workersSetting(`?workers=${bad}`)).toEqual({ ok: false, found: JSON.stringify(bad) });
    }
  });
});
