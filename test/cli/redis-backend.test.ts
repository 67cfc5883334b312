/**
 * The Redis backend for real (decision 0012): a `redis-server` of the test's own, `sendsim worker`
 * processes, and a PSA and a sweep sent with `--backend redis`. Its output must be the local backend's, byte
 * for byte, even when a worker is killed holding a job; a worker of another model version must
 * refuse its job and the command must say so; an unreachable Redis must be a clear error.
 *
 * Without `redis-server` (a laptop) the tests that need it are skipped, saying why; with `CI` set
 * they fail instead, so CI never passes by skipping them (`.ci/run` installs it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, openBackend, startRedisWorker } from '@send-sim/cli';
import {
  type ExperimentResult,
  MODEL_VERSION,
  parseScenarioFile,
  type ResolvedScenario,
  resolveScenario,
} from '@send-sim/sim-core';
import { Queue, QueueEvents } from 'bullmq';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim } from './cli-harness.js';
import {
  failInCiWithoutRedis,
  freePort,
  needRedis,
  type Started,
  startRedis,
  startWorker,
  stopAll,
} from './redis-processes.js';

/** A small sweep: 3 values × 2 replications, each replication a few tenths of a second. */
const SWEEP = [
  'sweep',
  'baseline',
  '--metric',
  'ep_wait_days',
  '--param',
  'ep.workforceFte',
  '--values',
  '3000,4000,5000',
  '--scale',
  '0.002',
  '--years',
  '3',
  '--reps',
  '2',
  '--format',
  'json',
];

/** A small PSA (issue 14's test): 3 draws of the baseline and one reform, 1 replication each. */
const PSA = [
  'psa',
  'baseline',
  'early-help-investment',
  '--draws',
  '3',
  '--scale',
  '0.002',
  '--years',
  '2',
  '--format',
  'json',
];

/** Workers that give up a dead worker's job within seconds. */
const QUICK_RECOVERY = ['--concurrency', '1', '--lock-seconds', '2'];

/** The first of `workers` to take a job (polled: it must be killed while the job runs). */
async function firstToTake(workers: readonly Started[]): Promise<{ worker: Started; job: string }> {
  for (;;) {
    for (const worker of workers) {
      const took = /took replication \d+ of "[^"]+" \(job (\S+)\)/.exec(worker.output());
      if (took !== null) return { worker, job: took[1]! };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function scenario(id: string, baseline?: string): ResolvedScenario {
  const read = (name: string) =>
    parseScenarioFile(readFileSync(join(REPO_ROOT, 'scenarios', `${name}.json`), 'utf8'), `${name}.json`);
  const file = read(id);
  if (file.kind === 'baseline') return resolveScenario(file);
  const base = read(baseline ?? 'baseline');
  if (base.kind !== 'baseline') throw new Error('expected a baseline');
  return resolveScenario(file, base);
}

describe('the Redis backend', () => {
  beforeAll(failInCiWithoutRedis);
  // Redis and every worker stopped whatever happened in the test.
  afterEach(stopAll);

  it.for<[string, readonly string[]]>([
    ['psa', PSA],
    ['sweep', SWEEP],
  ])(
    "%s: gives the local backend's bytes with two workers, one killed holding a job",
    async ([name, args], ctx) => {
      const { url } = await startRedis(needRedis(ctx));
      const workers = await Promise.all([startWorker(url, QUICK_RECOVERY), startWorker(url, QUICK_RECOVERY)]);
      const local = await sendsim(args);
      expect(local.code, local.stderr).toBe(0);

      const started = performance.now();
      const remote = sendsim([...args, '--backend', 'redis', '--redis', url]);
      const { worker: killed, job } = await firstToTake(workers);
      killed.process.kill('SIGKILL');
      const result = await remote;
      const seconds = (performance.now() - started) / 1000;

      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(local.stdout);
      // The job was taken mid-run and finished by the other worker, after its lock lapsed.
      const survivor = workers.find((w) => w !== killed)!;
      const finished = new RegExp(`finished replication \\d+ of "[^"]+" \\(job ${job}\\)`);
      expect(killed.output()).not.toMatch(finished);
      expect(survivor.output()).toMatch(finished);
      expect(result.stderr).toContain(`sending 6 replications to sendsim workers through ${url}`);
      ctx.annotate(`${name} through Redis with a worker killed: ${seconds.toFixed(1)} s`);
    },
  );

  it('calls onExperiment per scenario and gives the local results exactly, every replication included', async (ctx) => {
    const { url } = await startRedis(needRedis(ctx));
    await Promise.all([startWorker(url, QUICK_RECOVERY), startWorker(url, QUICK_RECOVERY)]);
    const scenarios = [scenario('baseline'), scenario('early-help-investment')];
    const options = { seed: 3, replications: 2, years: 2, scale: 0.001 };
    const local = await (await openBackend({ kind: 'local' })).runExperiments(scenarios, options);
    const backend = await openBackend({ kind: 'redis', url });
    const heard: Array<[number, ExperimentResult]> = [];
    try {
      const remote = await backend.runExperiments(scenarios, options, undefined, (index, result) =>
        heard.push([index, result]),
      );
      // NaN equals NaN here, -0 does not equal 0: the replications' raw values came through exactly.
      expect(remote).toStrictEqual(local);
      expect(heard.map(([index]) => index).sort()).toEqual([0, 1]);
      for (const [index, result] of heard) expect(result).toBe(remote[index]);
    } finally {
      await backend.close();
    }
  });

  it('tries a failing replication three times, then fails the run naming it and the error', async (ctx) => {
    const { url } = await startRedis(needRedis(ctx));
    const worker = await startWorker(url, QUICK_RECOVERY);
    const base = scenario('baseline');
    // A parameter the engine cannot run with: it throws in the worker's thread on every try.
    const broken = {
      ...base,
      params: { ...base.params, 'plan.annualReviewDays': null },
    } as unknown as ResolvedScenario;
    const backend = await openBackend({ kind: 'redis', url });
    try {
      await expect(
        backend.runExperiments([broken], { seed: 1, replications: 1, years: 1, scale: 0.0005 }),
      ).rejects.toThrow(
        /^replication 0 of "baseline" failed on a worker: Child \d+: timer \d+ was scheduled/,
      );
    } finally {
      await backend.close();
    }
    // The run fails when BullMQ marks the third try failed, which can be just before the worker
    // prints it: wait for the line rather than read the output at once.
    await worker.waitFor(/failed job \S+ \(attempt 3\)/, 10_000);
    const tries = worker.output().match(/failed job \S+ \(attempt \d\)/g);
    expect(tries).toEqual([
      expect.stringContaining('(attempt 1)'),
      expect.stringContaining('(attempt 2)'),
      expect.stringContaining('(attempt 3)'),
    ]);
  });

  it('stops the command within seconds, not hanging, when Redis goes away mid-run', async (ctx) => {
    const { url, server } = await startRedis(needRedis(ctx));
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: REPO_ROOT,
    };
    const running = main([...SWEEP, '--backend', 'redis', '--redis', url], io);
    // No worker: the jobs wait in Redis until it is killed.
    while (!stderr.includes('no sendsim worker is connected')) await new Promise((r) => setTimeout(r, 20));
    server.process.kill('SIGKILL');
    const killed = performance.now();
    expect(await running).toBe(1);
    expect(stderr).toContain(`sendsim: lost the connection to Redis at ${url} (`);
    expect(stderr).toContain('; 6 of 6 replications were not collected\n');
    expect(performance.now() - killed).toBeLessThan(25_000);
  });

  it('fails the command, naming both versions, when a worker runs another model version', async (ctx) => {
    const { url } = await startRedis(needRedis(ctx));
    const lines: string[] = [];
    // The real worker, told it runs another version (as an older release would): in this process,
    // so no environment setting can make a release's worker misreport its version.
    const worker = await startRedisWorker({
      url,
      concurrency: 1,
      lockMs: 2000,
      modelVersion: '0.0.0-other',
      log: (line) => lines.push(line),
    });
    try {
      const started = performance.now();
      const result = await sendsim([...SWEEP, '--backend', 'redis', '--redis', url]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /failed on a worker: a worker runs model 0\.0\.0-other but the command sent/,
      );
      expect(result.stderr).toContain(`sent its jobs as model ${MODEL_VERSION}`);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      // Refused at once, not retried with backoff.
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(lines.join('\n')).toMatch(/refused replication \d+ of "baseline"/);
    } finally {
      await worker.close(true);
    }
  });

  it('sendsim worker refuses a job of another model version as unrecoverable', async (ctx) => {
    const { url } = await startRedis(needRedis(ctx));
    const worker = await startWorker(url, QUICK_RECOVERY);
    const connection = { url };
    const queue = new Queue('replications', { connection, prefix: 'sendsim' });
    const events = new QueueEvents('replications', { connection, prefix: 'sendsim' });
    try {
      await events.waitUntilReady();
      const job = await queue.add(
        'replication',
        {
          modelVersion: '0.0.0-other',
          run: 'test',
          job: 0,
          scenarioId: 'baseline',
          replication: 0,
          payload: '',
        },
        { jobId: 'test-0', attempts: 3, backoff: { type: 'fixed', delay: 100 } },
      );
      await expect(job.waitUntilFinished(events, 15_000)).rejects.toThrow(
        `a worker runs model ${MODEL_VERSION} but the command sent its jobs as model 0.0.0-other`,
      );
      // Unrecoverable: one attempt of the three allowed.
      expect((await queue.getJob('test-0'))?.attemptsMade).toBe(1);
      expect(worker.output()).toContain('refused replication 0 of "baseline" (job test-0)');
    } finally {
      await events.close();
      await queue.close();
    }
  });
});

describe('an unreachable Redis', () => {
  it('is a clear error within seconds', async () => {
    const port = await freePort();
    const started = performance.now();
    const result = await sendsim([...SWEEP, '--backend', 'redis', '--redis', `redis://127.0.0.1:${port}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `sendsim: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); check that redis-server is running there and that this machine may connect to it\n`,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
