import { ServiceQueue } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('ServiceQueue', () => {
  it('never exceeds capacity, admits in arrival order, and admits nobody twice', () => {
    const op = fc.record({ join: fc.boolean(), child: fc.nat(30) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(op, { maxLength: 200 }), (capacity, ops) => {
        const service = new ServiceQueue('test', capacity);
        const holding = new Set<number>();
        const waiting: number[] = [];
        let day = 0;
        const admit = (child: number) => {
          expect(waiting[0]).toBe(child); // first come, first served
          waiting.shift();
          expect(holding.has(child)).toBe(false);
          holding.add(child);
        };
        for (const { join, child } of ops) {
          day++;
          if (join) {
            if (holding.has(child) || waiting.includes(child)) continue;
            if (service.join(child, day)) holding.add(child);
            else waiting.push(child);
          } else {
            const i = waiting.indexOf(child);
            if (i >= 0) waiting.splice(i, 1);
            holding.delete(child);
            service.leave(child, day, admit);
          }
          expect(service.holding).toBe(holding.size);
          expect(service.holding).toBeLessThanOrEqual(capacity);
          expect(service.waiting).toBe(waiting.length);
          // A queue only forms when every slot is taken.
          if (service.waiting > 0) expect(service.holding).toBe(capacity);
        }
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('measures each admitted child’s wait from when it joined', () => {
    const service = new ServiceQueue('test', 1);
    service.join(1, 0);
    service.join(2, 10);
    service.leave(1, 25, () => {});
    expect(service.drainWaits()).toEqual([0, 15]);
    expect(service.drainWaits()).toEqual([]);
  });

  it('counts no wait for a child taking back a slot it held before the start, and a full wait for one waiting since before it', () => {
    const service = new ServiceQueue('test', 1);
    expect(service.join(1, 0, true)).toBe(true);
    // Waiting since 30 days before the start: admitted on day 20, it has waited 50 days.
    expect(service.join(2, -30)).toBe(false);
    expect(service.waits(2)).toBe(true);
    expect(service.waits(1)).toBe(false);
    service.leave(1, 20, () => {});
    expect(service.drainWaits()).toEqual([50]);
  });

  it('refuses a capacity below one slot with a clear message', () => {
    expect(() => new ServiceQueue('tribunal', 0.2)).toThrow(/tribunal.*at least one slot.*0.2/);
  });
});
