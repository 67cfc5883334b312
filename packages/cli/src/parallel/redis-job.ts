/**
 * What the enqueuing command and `sendsim worker` say to each other through Redis: one job is one
 * replication of one scenario (as in the local pool, 0005). It carries everything the replication
 * depends on as plain data (the resolved scenario, the run options, the replication number) and
 * the model version that made it, never a file path: a worker on another machine reads nothing
 * but the job. Scenario and result travel as exact JSON (`exact-json.ts`), so NaN, -0 and the
 * like arrive as they left; the scenario (about 100 kB as JSON) is gzipped, as there is one copy
 * per replication.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ReplicationResult, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import { fromExactJson, toExactJson } from './exact-json.js';

/** BullMQ's prefix for every key the queue keeps in Redis: `sendsim:replications:…`. */
export const QUEUE_PREFIX = 'sendsim';
/** The one queue every command sends to and every worker takes from; runs are told apart by run id. */
export const QUEUE_NAME = 'replications';
/** BullMQ's name for the kind of job (shown by queue dashboards). */
export const JOB_NAME = 'replication';

/** A job's data, as stored in Redis. */
export interface RedisJobData {
  /** `MODEL_VERSION` of the command that sent it: a worker of another version refuses it. */
  readonly modelVersion: string;
  /** The command invocation it belongs to. */
  readonly run: string;
  /** Its index in the run: scenario × replications + replication. */
  readonly job: number;
  readonly scenarioId: string;
  readonly replication: number;
  /** `{ scenario, options }` as exact JSON, gzipped, in base64. */
  readonly payload: string;
}

/** What a worker returns for a job (BullMQ stores it as JSON). */
export interface RedisJobResult {
  /** The replication's `ReplicationResult` as exact JSON. */
  readonly result: string;
}

/** A job's id: its run and its index, so two commands' jobs never meet. */
export function jobIdOf(run: string, job: number): string {
  return `${run}-${job}`;
}

/** The job for replication `replication` of `scenario` (index `job` in run `run`). */
export function jobData(
  run: string,
  job: number,
  scenario: ResolvedScenario,
  options: RunOptions,
  replication: number,
  modelVersion: string,
): RedisJobData {
  const payload = gzipSync(toExactJson({ scenario, options })).toString('base64');
  return { modelVersion, run, job, scenarioId: scenario.id, replication, payload };
}

/** The scenario and options a job carries. */
export function jobInputs(data: RedisJobData): { scenario: ResolvedScenario; options: RunOptions } {
  const text = gunzipSync(Buffer.from(data.payload, 'base64')).toString('utf8');
  return fromExactJson(text) as { scenario: ResolvedScenario; options: RunOptions };
}

/** A replication's result as a worker returns it: only what the local pool keeps of it. */
export function jobResult(result: ReplicationResult): RedisJobResult {
  return { result: toExactJson({ metrics: result.metrics, costs: result.costs, monthly: result.monthly }) };
}

/** The replication's result a job returned. */
export function resultOf(returned: RedisJobResult): ReplicationResult {
  return fromExactJson(returned.result) as ReplicationResult;
}

/** Why a worker of `workerVersion` refuses a job sent by `jobVersion`, in words naming both. */
export function otherModelMessage(workerVersion: string, jobVersion: string): string {
  return `a worker runs model ${workerVersion} but the command sent its jobs as model ${jobVersion}: results from different model versions differ, so every worker must run the model version of the command (start workers from the same sendsim release)`;
}
