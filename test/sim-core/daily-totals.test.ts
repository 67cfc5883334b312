import { Calendar, DailyTotals } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const monthStarts = new Calendar('2023-01-01').monthStarts(2);
const end = monthStarts[monthStarts.length - 1]!;

describe('DailyTotals', () => {
  it('accrues each whole day, by month, the totals in force at its start: exactly a day-by-day count', () => {
    const change = fc.record({
      time: fc.double({ min: 0, max: end, noNaN: true }),
      series: fc.nat(2),
      delta: fc.integer({ min: -5000, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 80 }), (changes) => {
        const ordered = [...changes].sort((a, b) => a.time - b.time);
        const totals = new DailyTotals(monthStarts, 3);
        for (const c of ordered) totals.change(c.series, c.delta, c.time);
        totals.accrueTo(end);
        // Day d counts the changes made at or before its midnight (time ≤ d).
        const expected = new Array((monthStarts.length - 1) * 3).fill(0);
        for (let d = 0; d < end; d++) {
          const m = monthStarts.filter((start) => start <= d).length - 1;
          for (const c of ordered) if (c.time <= d) expected[m * 3 + c.series] += c.delta;
        }
        for (let m = 0; m + 1 < monthStarts.length; m++)
          for (let s = 0; s < 3; s++) expect(totals.inMonth(m, s)).toBe(expected[m * 3 + s]);
      }),
      { numRuns: 200, seed: 8 },
    );
  });
});
