/**
 * Replications run across worker threads give exactly the output of a serial run: each
 * replication depends only on (scenario, options, replication), and results are summarised
 * in replication order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sendsim } from './cli-harness.js';

const before = process.env.SENDSIM_WORKERS;

afterEach(() => {
  if (before === undefined) delete process.env.SENDSIM_WORKERS;
  else process.env.SENDSIM_WORKERS = before;
});

describe('parallel replications', () => {
  it('give byte-identical JSON to a serial run', async () => {
    const argv = [
      'compare',
      'baseline',
      'early-help-investment',
      '--scale',
      '0.002',
      '--years',
      '2',
      '--reps',
      '3',
      '--format',
      'json',
    ];
    process.env.SENDSIM_WORKERS = '1';
    const serial = await sendsim(argv);
    process.env.SENDSIM_WORKERS = '2';
    const parallel = await sendsim(argv);
    expect(serial.code).toBe(0);
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(JSON.parse(parallel.stdout).meta.reps).toBe(3);
  });
});
