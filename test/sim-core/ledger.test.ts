import { Calendar, LEDGER_COLUMNS, Ledger, PAYER_COUNT } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const monthStarts = new Calendar('2023-01-01').monthStarts(2);
const end = monthStarts[monthStarts.length - 1]!;

describe('Ledger', () => {
  it('books every penny to one payer, month and child, so every way of adding up agrees exactly', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('book' as const),
        child: fc.nat(9),
        payer: fc.nat(PAYER_COUNT - 1),
        pounds: fc.double({ min: 0, max: 100_000, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('rates' as const),
        child: fc.nat(9),
        rates: fc.array(fc.double({ min: 0, max: 80_000, noNaN: true }), {
          minLength: PAYER_COUNT,
          maxLength: PAYER_COUNT,
        }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), op), { maxLength: 60 }),
        (steps) => {
          const ledger = new Ledger(monthStarts);
          // Time only moves forward, as in the engine.
          const ordered = steps.map(([t, o]) => [t * end, o] as const).sort((a, b) => a[0] - b[0]);
          for (const [day, o] of ordered) {
            if (o.kind === 'book') ledger.book(o.child, o.payer, o.pounds, day);
            else ledger.setRunningCosts(o.child, o.rates, day);
          }
          for (let child = 0; child < 10; child++) ledger.close(child, end);
          let grand = 0;
          for (let p = 0; p < PAYER_COUNT; p++) {
            let months = 0;
            for (let m = 0; m < ledger.monthCount; m++) {
              const pence = ledger.monthPence(m, p);
              expect(Number.isInteger(pence)).toBe(true);
              months += pence;
            }
            let children = 0;
            for (let child = 0; child < 10; child++) children += ledger.childPence(child)[p]!;
            expect(children).toBe(months);
            grand += months;
          }
          let byChild = 0;
          for (let child = 0; child < 10; child++)
            byChild += ledger.childPence(child).reduce((a, b) => a + b, 0);
          expect(byChild).toBe(grand);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });

  it('accrues a running cost month by month: £36,525 a year for a whole year is £36,525', () => {
    const ledger = new Ledger(monthStarts);
    ledger.setRunningCosts(0, [36_525, 0, 0, 0, 0, 0, 0], 0);
    ledger.close(0, monthStarts[12]!);
    let pence = 0;
    for (let m = 0; m < 12; m++) pence += ledger.monthPence(m, 0);
    // 2023 has 365 days: 365/365.25 of a year.
    expect(pence / 100).toBeCloseTo(36_525 * (365 / 365.25), 0);
    // January's share is 31 days' worth.
    expect(ledger.monthPence(0, 0) / 100).toBeCloseTo(100 * 31, 0);
  });

  it('numbers running-cost vectors in the order first asked for, the same rates (to the penny a day) always the same number', () => {
    // A pool of 40 to 80 vectors asked for in turn, so they repeat and the lookup's first table
    // (32 vectors) has to grow; half a penny a day apart or less is the same vector.
    const vector = fc.array(fc.nat(6), { minLength: LEDGER_COLUMNS, maxLength: LEDGER_COLUMNS });
    fc.assert(
      fc.property(
        fc.array(vector, { minLength: 40, maxLength: 80 }),
        fc.array(fc.nat(), { minLength: 100, maxLength: 400 }),
        fc.double({ min: -0.4, max: 0.4, noNaN: true }),
        (pool, picks, jitter) => {
          const asked = picks.map((k) => pool[k % pool.length]!);
          const ledger = new Ledger(monthStarts);
          // The model: a vector's number is how many distinct vectors were asked for before it (all zeros is 0).
          const seen = new Map<string, number>([[new Array(LEDGER_COLUMNS).fill(0).join(), 0]]);
          for (const pennies of asked) {
            const key = pennies.join();
            if (!seen.has(key)) seen.set(key, seen.size);
            // Pounds a year that round to these pence a day, a little off the exact figure.
            const pounds = pennies.map((d) => ((d + (d > 0 ? jitter : 0)) * 365.25) / 100);
            expect(ledger.rateVector(pounds)).toBe(seen.get(key));
          }
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('refuses a running cost its 32-bit store cannot hold, naming it', () => {
    const ledger = new Ledger(monthStarts);
    expect(() => ledger.rateVector([1e13, 0, 0, 0, 0, 0, 0])).toThrow(
      /running cost of 10000000000000 pounds a year \(column 0\) is out of range/,
    );
  });
});
