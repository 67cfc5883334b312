/**
 * `--backend`, `--redis` and `sendsim worker`'s options: each misuse a usage error (exit 2) that
 * says what to add or change, before anything is loaded or connected; and help that explains
 * them within 100 columns.
 */
import { parseArgs } from '@send-sim/cli';
import { describe, expect, it } from 'vitest';
import { sendsim } from './cli-harness.js';

const SWEEP = [
  'sweep',
  'baseline',
  '--metric',
  'ep_wait_days',
  '--param',
  'ep.workforceFte',
  '--values',
  '3000,4000',
];

describe('choosing a backend', () => {
  it('runs locally unless told, and takes --backend redis with --redis URL in either spelling', () => {
    expect(parseArgs(SWEEP)).toMatchObject({ options: { backend: 'local', redis: undefined } });
    expect(parseArgs([...SWEEP, '--backend=redis', '--redis=redis://:pw@host:6380/2'])).toMatchObject({
      options: { backend: 'redis', redis: 'redis://:pw@host:6380/2' },
    });
    expect(parseArgs(['worker', '--redis', 'rediss://host'])).toMatchObject({
      options: { redis: 'rediss://host', concurrency: undefined, lockSeconds: 30 },
    });
  });

  it('says what is missing or wrong, naming the option', async () => {
    const cases: Array<[string[], string]> = [
      [[...SWEEP, '--backend', 'redis'], '--backend redis needs --redis URL'],
      [
        [...SWEEP, '--backend', 'cloud'],
        '--backend: expected local (worker threads on this machine) or redis',
      ],
      [
        [...SWEEP, '--redis', 'redis://localhost:6379'],
        '--redis URL is where --backend redis sends the replications: add --backend redis',
      ],
      [[...SWEEP, '--backend', 'local', '--redis', 'redis://localhost:6379'], 'add --backend redis'],
      [
        [...SWEEP, '--backend', 'redis', '--redis', 'localhost:6379'],
        '--redis: expected a Redis URL such as redis://localhost:6379',
      ],
      [[...SWEEP, '--backend', 'redis', '--redis', 'http://localhost:6379'], '--redis: expected a Redis URL'],
      [[...SWEEP, '--backend', 'redis', '--redis', 'redis://host/x'], '--redis: expected a Redis URL'],
      [['worker'], 'worker needs --redis URL'],
      [['worker', '--redis', 'redis://h', '--concurrency', '0'], '--concurrency: expected a whole number'],
      [
        ['worker', '--redis', 'redis://h', '--lock-seconds', '0.5'],
        '--lock-seconds: expected a whole number of seconds',
      ],
      // A fit is hours of backtests: refused before any of them runs.
      [['calibrate', '--fit', '--backend', 'redis'], '--backend redis needs --redis URL'],
      [
        ['calibrate', '--fit', '--holdout-from', '2022', '--backend', 'redis'],
        '--backend redis needs --redis URL',
      ],
      [['calibrate', '--redis', 'redis://localhost:6379'], 'add --backend redis'],
      [['run', 'baseline', '--backend', 'redis'], '--backend does not apply to run'],
      [['worker', 'baseline', '--redis', 'redis://h'], 'worker takes no arguments'],
    ];
    for (const [argv, message] of cases) {
      const r = await sendsim(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(message);
      expect(r.stderr).toMatch(/run 'sendsim help [a-z]+' for usage\n$/);
    }
  });

  it('explains the worker and the backend in help, within 100 columns', async () => {
    for (const argv of [
      ['--help'],
      ['help', 'worker'],
      ['help', 'sweep'],
      ['help', 'sensitivity'],
      ['help', 'calibrate'],
    ]) {
      const r = await sendsim(argv);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    }
    expect((await sendsim(['help', 'worker'])).stdout).toContain(
      'Usage: sendsim worker --redis <url> [options]',
    );
    expect((await sendsim(['help', 'sweep'])).stdout).toMatch(/--backend B +where replications run/);
    expect((await sendsim(['help', 'calibrate'])).stdout).toMatch(/--backend B +where replications run/);
  });
});
