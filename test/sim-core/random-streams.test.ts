import { ReusableStream, randomStream, StreamTable } from '@send-sim/sim-core';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';

const PURPOSES = ['events', 'timing', 'attributes', 'arrivals'] as const;

describe('random streams', () => {
  it('give exactly seedrandom.alea’s numbers for the string seed/replication/id/purpose, stream by stream', () => {
    fc.assert(
      fc.property(
        // Seeds beyond 2^53 and 10^21 print in other forms; the streams must follow String() there too.
        fc.oneof(fc.nat(), fc.constantFrom(2 ** 53 - 1, 1e21, 1e300)),
        fc.nat(50),
        fc.array(fc.tuple(fc.nat(5_000_000), fc.constantFrom(...PURPOSES)), { minLength: 1, maxLength: 8 }),
        (seed, rep, streams) => {
          const table = new StreamTable();
          for (const [i, [id, purpose]] of streams.entries()) table.seed(i, seed, rep, id, purpose);
          const reusable = new ReusableStream();
          const reference = streams.map(([id, purpose]) =>
            seedrandom.alea(`${seed}/${rep}/${id}/${purpose}`),
          );
          // Interleave draws across streams, as the engine does.
          for (let k = 0; k < 200; k++) {
            const i = k % streams.length;
            expect(table.next(i)).toBe(reference[i]!());
          }
          const [id, purpose] = streams[0]!;
          const again = seedrandom.alea(`${seed}/${rep}/${id}/${purpose}`);
          const draw = reusable.reseed(seed, rep, id, purpose);
          for (let k = 0; k < 20; k++) expect(draw()).toBe(again());
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
