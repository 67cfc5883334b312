import { ReusableStream, randomStream, StreamTable } from '@send-sim/sim-core';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';

const PURPOSES = ['events', 'timing', 'attributes', 'arrivals'] as const;

describe('random streams', () => {
  it('step exactly as seedrandom.alea does from the same state, stream by stream, interleaved', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(), fc.constantFrom(2 ** 53 - 1, 1e21)),
        fc.nat(50),
        fc.array(fc.tuple(fc.nat(5_000_000), fc.constantFrom(...PURPOSES)), { minLength: 1, maxLength: 8 }),
        (seed, rep, streams) => {
          const table = new StreamTable();
          for (const [i, [id, purpose]] of streams.entries()) table.seed(i, seed, rep, id, purpose);
          const reference = streams.map((_, i) => seedrandom.alea('', { state: table.aleaState(i) }));
          // Interleave draws across streams, as the engine does.
          for (let k = 0; k < 200; k++) {
            const i = k % streams.length;
            expect(table.next(i)).toBe(reference[i]!());
          }
          const [id, purpose] = streams[0]!;
          const fresh = new StreamTable();
          fresh.seed(0, seed, rep, id, purpose);
          const draw = new ReusableStream().reseed(seed, rep, id, purpose);
          for (let k = 0; k < 20; k++) expect(draw()).toBe(fresh.next(0));
        },
      ),
      { numRuns: 200, seed: 2 },
    );
  });

  it('gives every purpose, id, replication and seed its own stream', () => {
    const first = (seed: number, rep: number, id: number, purpose: (typeof PURPOSES)[number]) =>
      randomStream(seed, rep, id, purpose)();
    const seen = new Set<number>();
    for (const purpose of PURPOSES)
      for (const seed of [0, 1, 2 ** 32, 2 ** 32 + 1])
        for (const rep of [0, 1]) for (let id = 0; id < 200; id++) seen.add(first(seed, rep, id, purpose));
    expect(seen.size).toBe(PURPOSES.length * 4 * 2 * 200);
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

  it('starts neighbouring children’s streams independently: first draws uniform and uncorrelated across ids', () => {
    // Children are numbered consecutively, so the seeding must scatter consecutive ids.
    const n = 100_000;
    const table = new StreamTable();
    const u = new Float64Array(n);
    for (let id = 0; id < n; id++) {
      table.seed(0, 1, 0, id, 'events');
      u[id] = table.next(0);
    }
    const deciles = new Array(10).fill(0);
    for (const x of u) deciles[Math.floor(x * 10)]++;
    // Chi-square with 9 degrees of freedom: 27.9 is its 0.1% critical value.
    const chi = deciles.reduce((s, k) => s + (k - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.9);
    let num = 0;
    for (let id = 0; id + 1 < n; id++) num += (u[id]! - 0.5) * (u[id + 1]! - 0.5);
    const correlation = num / (n - 1) / (1 / 12);
    // Four standard errors of a zero correlation (1/√n ≈ 0.003).
    expect(Math.abs(correlation)).toBeLessThan(4 / Math.sqrt(n));
  });
});
