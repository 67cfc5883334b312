/**
 * The simulation worker's one protocol (`worker-protocol.ts`), without a browser: a message of a
 * type the worker does not take is refused with an error that names it and the types it does
 * take (the worker's dispatch, `worker-dispatch.ts`, reads every message with `workerRequest`,
 * so in the worker this is an `error` event the page reports, never a silence it waits on).
 */
import { describe, expect, it } from 'vitest';
import { workerRequest } from '../../packages/ui/src/worker/worker-protocol.js';

const options = { seed: 1, years: 1, scale: 0.001 };

describe('the worker protocol', () => {
  it('refuses an unknown message type, naming it and the types the worker takes', () => {
    expect(() => workerRequest({ type: 'simulate', runId: 1 })).toThrow(
      new TypeError(
        'the simulation worker was sent a message with unknown type "simulate" (it takes replication, trainer, trace or backtest)',
      ),
    );
  });

  it('refuses a message without a type, and one that is not an object', () => {
    for (const data of [{ runId: 1 }, null, 'trace', 42, { type: 7 }]) {
      expect(() => workerRequest(data), JSON.stringify(data)).toThrow(TypeError);
    }
    expect(() => workerRequest({ runId: 1 })).toThrow(
      /with no type \(it takes replication, trainer, trace or backtest\)/,
    );
    // Not an own property: a type inherited from the prototype chain is not a request type.
    expect(() => workerRequest({ type: 'toString' })).toThrow(/unknown type "toString"/);
  });

  it('passes a known message through as it is', () => {
    const message = {
      type: 'trace',
      runId: 3,
      request: { baseline: 'baseline', reform: 'x', options, childId: 0 },
    };
    expect(workerRequest(message)).toBe(message);
  });
});
