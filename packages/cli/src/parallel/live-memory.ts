/**
 * The memory a thread holds live: its JavaScript heap and its external memory (typed arrays'
 * buffers), after forced full garbage collections so nothing dead is counted. Each thread is
 * its own V8 isolate, so a run split across threads adds up every thread's figure.
 *
 * Forcing a collection needs V8's `gc`: `global.gc` under `--expose-gc`, or else exposed here
 * by setting that flag at run time and reading `gc` from a fresh context (the flag applies to
 * contexts made after it, worker threads' included). Where that fails there is nothing honest
 * to report, so the answer is undefined.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** A function that forces a full garbage collection, or undefined where V8 will not give one. */
export function exposeGc(): (() => void) | undefined {
  if (collect === undefined) {
    const existing = (globalThis as { gc?: unknown }).gc;
    if (typeof existing === 'function') collect = existing as () => void;
    else {
      try {
        setFlagsFromString('--expose-gc');
        const gc = runInNewContext('gc') as unknown;
        collect = typeof gc === 'function' ? (gc as () => void) : null;
      } catch {
        collect = null;
      }
    }
  }
  return collect ?? undefined;
}

/** This thread's live heap and external bytes after a full collection, or undefined (see above). */
export function liveBytes(): number | undefined {
  const gc = exposeGc();
  if (gc === undefined) return undefined;
  const held = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  // A typed array's buffer is freed by a sweeper after the collection that found it dead, so
  // one collection can leave the buffers of arrays that grew still counted: collect until the
  // figure stops falling (two or three times).
  let bytes = held();
  for (let i = 0; i < 5; i++) {
    const next = held();
    if (next >= bytes) break;
    bytes = next;
  }
  return bytes;
}
