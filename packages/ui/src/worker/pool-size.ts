/**
 * How many Web Workers the replication pool starts: one per core the browser reports
 * (`navigator.hardwareConcurrency`), at most `MAX_POOL_WORKERS` and never more than there are
 * jobs. The page's address can set the number instead (`?workers=1`), to time the app or to
 * test it at a fixed size; that changes only how fast a run goes, never its numbers.
 *
 * Pure (the caller passes the core count and the query string), so Node tests can run it.
 */

/**
 * Most workers in one pool. Each worker holds a whole simulation in memory, and a phone or a
 * laptop reporting many cores gains little past this while the page competes for memory.
 */
export const MAX_POOL_WORKERS = 8;

/** The address parameter that sets the pool's size. */
export const WORKERS_PARAM = 'workers';

/** What the address says about the pool's size: nothing, a size, or a value that is not one. */
export type WorkersSetting =
  | { readonly ok: true; readonly workers: number | undefined }
  | { readonly ok: false; readonly found: string };

/** What a valid `workers` value is, for a message naming the parameter. */
export const WORKERS_EXPECTED = `a whole number of workers from 1 to ${MAX_POOL_WORKERS}`;

/**
 * Read `workers` from a query string (with or without `?`).
 *
 * @example
 * workersSetting('?workers=1'); // { ok: true, workers: 1 }
 */
export function workersSetting(search: string): WorkersSetting {
  const text = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(WORKERS_PARAM);
  if (text === null) return { ok: true, workers: undefined };
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return n >= 1 && n <= MAX_POOL_WORKERS
    ? { ok: true, workers: n }
    : { ok: false, found: JSON.stringify(text) };
}

/**
 * Workers for `jobs` jobs: `requested` when given, otherwise `cores` (the browser may report
 * none, or a silly number), within 1 … `MAX_POOL_WORKERS` and at most one per job.
 */
export function poolSize(jobs: number, cores: number | undefined, requested?: number): number {
  const wanted = requested ?? (Number.isInteger(cores) && cores !== undefined && cores >= 1 ? cores : 1);
  return Math.max(1, Math.min(wanted, MAX_POOL_WORKERS, jobs));
}
