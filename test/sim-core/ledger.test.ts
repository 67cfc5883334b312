import { Calendar, Ledger, PAYER_COUNT } from '@send-sim/sim-core';
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
});
