import { randomStream, StreamTable } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('random streams', () => {
  it('steps a StreamTable exactly as seedrandom.alea would, stream by stream', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(50),
        fc.array(fc.nat(5000), { minLength: 1, maxLength: 8 }),
        (seed, rep, ids) => {
          const table = new StreamTable();
          for (const [i, id] of ids.entries()) table.seed(i, seed, rep, id, 'events');
          const reference = ids.map((id) => randomStream(seed, rep, id, 'events'));
          // Interleave draws across streams, as the engine does.
          for (let k = 0; k < 200; k++) {
            const i = k % ids.length;
            expect(table.next(i)).toBe(reference[i]!());
          }
        },
      ),
      { numRuns: 200, seed: 2 },
    );
  });

  it('gives each purpose its own stream', () => {
    const a = randomStream(1, 0, 7, 'events');
    const b = randomStream(1, 0, 7, 'timing');
    expect(a()).not.toBe(b());
  });

  it('draws uniformly: the mean of 100,000 draws is within 0.005 of 1/2', () => {
    const table = new StreamTable();
    table.seed(0, 123, 0, 0, 'timing');
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = table.next(0);
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});
