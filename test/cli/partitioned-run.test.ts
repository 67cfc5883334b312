/**
 * One replication split across threads by partition gives exactly the output of the same
 * replication run in one thread: partitions never share state within a day, and everything
 * they hand back is put together in partition order.
 */

import { runExperiments, runPartitioned, splitThreads } from '@send-sim/cli';
import { runExperiment, Simulation, type SimulationInput } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';
import { withWorkers } from './cli-harness.js';

/** A run's output as bytes, without the memory its tables held (not a result). */
function bytes(output: { readonly tableBytes: number }): string {
  const { tableBytes: _, ...rest } = output;
  return JSON.stringify(rest);
}

describe('a replication split across threads', () => {
  it('gives byte-identical output to one thread, with 2 and 3 threads (phases, traces, arrivals)', async () => {
    // A phased reform (capacities of shared services change part-way) and traced children.
    const scenario = loadScenario('white-paper-2026');
    const input: SimulationInput = {
      params: scenario.params,
      phases: scenario.phases,
      startDate: scenario.startDate,
      seed: 11,
      replication: 2,
      years: 5,
      scale: 0.002,
      traceChildIds: [3, 250, 4000, 12_000],
    };
    const serial = bytes(new Simulation(input).run());
    for (const threads of [2, 3]) expect(bytes(await runPartitioned(input, { threads }))).toBe(serial);
    expect(JSON.parse(serial).traces.length).toBeGreaterThan(0);
  });

  it('reports progress up to the end', async () => {
    const scenario = loadScenario('baseline');
    const seen: number[] = [];
    await runPartitioned(
      {
        params: scenario.params,
        startDate: scenario.startDate,
        seed: 1,
        replication: 0,
        years: 1,
        scale: 0.001,
      },
      { threads: 2, onProgress: (done) => seen.push(done) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((d, i) => i === 0 || d >= seen[i - 1]!)).toBe(true);
  });

  it('is how run and compare take a few large replications, with the results of running them whole', async () => {
    await withWorkers(2, async () => {
      expect(splitThreads(1, { scale: 0.05 })).toBe(2);
      expect(splitThreads(2, { scale: 0.05 })).toBe(1); // as many replications as threads: one each
      expect(splitThreads(1, { scale: 0.04 })).toBe(1); // too small to repay meeting every day
      const scenario = loadScenario('baseline');
      const options = { seed: 3, replications: 1, years: 1, scale: 0.05 };
      const seen: number[] = [];
      const [split] = await runExperiments([scenario], options, (done) => seen.push(done));
      expect(JSON.stringify(split)).toBe(JSON.stringify(runExperiment(scenario, options)));
      expect(seen.at(-1)).toBe(1);
    });
  });
});
