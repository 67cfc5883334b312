/**
 * The replication pool starts worker threads only when the run is long enough to repay their
 * start-up, and `SENDSIM_WORKERS` overrides its choice.
 */
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCount } from '../../packages/cli/src/parallel/worker-count.js';

const before = process.env.SENDSIM_WORKERS;

afterEach(() => {
  if (before === undefined) delete process.env.SENDSIM_WORKERS;
  else process.env.SENDSIM_WORKERS = before;
});

describe('the number of worker threads', () => {
  it('is 1 (serial, in this thread) for a small run or a single job', () => {
    delete process.env.SENDSIM_WORKERS;
    expect(workerCount(2, { scale: 0.001, years: 1 })).toBe(1);
    expect(workerCount(4, { scale: 0.002, years: 2 })).toBe(1);
    expect(workerCount(1, { scale: 0.1, years: 50 })).toBe(1);
  });

  it('is one per CPU for a large run, and no more than one per job', () => {
    delete process.env.SENDSIM_WORKERS;
    const cpus = availableParallelism();
    expect(workerCount(2 * cpus, { scale: 0.01, years: 10 })).toBe(cpus);
    expect(workerCount(2, { scale: 0.01, years: 10 })).toBe(Math.min(cpus, 2));
  });

  it('is what SENDSIM_WORKERS says, at most one per job', () => {
    process.env.SENDSIM_WORKERS = '2';
    expect(workerCount(2, { scale: 0.001, years: 1 })).toBe(2);
    expect(workerCount(1, { scale: 0.001, years: 1 })).toBe(1);
    process.env.SENDSIM_WORKERS = '1';
    expect(workerCount(8, { scale: 0.01, years: 10 })).toBe(1);
  });

  it('ignores a SENDSIM_WORKERS that is not a whole number of at least 1', () => {
    for (const value of ['0', 'abc', '1.5', '']) {
      process.env.SENDSIM_WORKERS = value;
      expect(workerCount(2, { scale: 0.001, years: 1 })).toBe(1);
    }
  });
});
