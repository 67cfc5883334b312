/**
 * Value for money (issue 11, requirement 2): public spending per child-year of unmet need
 * avoided, from paired replication differences, and the rule that it is "not defined" unless the
 * reform clearly reduces unmet need. Constructed differences, so the arithmetic is checked exactly.
 */
import { tQuantile975, VFM_NOT_DEFINED, valueForMoney, valueForMoneyWords } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

const RUN = { reps: 4, scale: 1 };

describe('valueForMoney', () => {
  it('divides the mean change in public spending by the mean child-years avoided, with a paired delta-method interval', () => {
    const publicChange = [10e6, 12e6, 11e6, 13e6];
    const unmetChange = [-2000, -2200, -1900, -2100];
    const v = valueForMoney(publicChange, [0, 0, 0, 0], unmetChange, RUN);
    const ratio = 11.5e6 / 2050;
    expect(v.perChildYearAvoided?.mean).toBeCloseTo(ratio, 6);
    // By hand: residuals d_r = ΔP_r − R·A_r, half-width t(3) × sd(d) ÷ √4 ÷ mean(A).
    const d = publicChange.map((p, r) => p - ratio * -unmetChange[r]!);
    const sd = Math.sqrt(d.reduce((s, x) => s + x * x, 0) / 3);
    const half = (tQuantile975(3) * sd) / 2 / 2050;
    expect(v.perChildYearAvoided?.lo).toBeCloseTo(ratio - half, 6);
    expect(v.perChildYearAvoided?.hi).toBeCloseTo(ratio + half, 6);
    expect(v.unmetNeedAvoided.mean).toBe(2050);
    expect(v.notDefinedBecause).toBeUndefined();
  });

  it('is negative when the reform saves public money and reduces unmet need', () => {
    const v = valueForMoney([-5e6, -6e6, -4e6, -5e6], [0, 0, 0, 0], [-1000, -1100, -900, -1000], RUN);
    expect(v.perChildYearAvoided?.mean).toBeLessThan(0);
    expect(v.perChildYearAvoided?.hi).toBeLessThan(0);
  });

  it('is not defined when the interval of the change in unmet need includes zero', () => {
    const v = valueForMoney([1e6, 2e6, 1e6, 2e6], [0, 0, 0, 0], [-1000, 1000, -500, 400], RUN);
    expect(v.perChildYearAvoided).toBeUndefined();
    expect(v.notDefinedBecause).toContain('interval includes zero');
    expect(valueForMoneyWords(v).perChildYearAvoided).toMatch(new RegExp(`^${VFM_NOT_DEFINED} \\(`));
  });

  it('is not defined when the replications all agree (a degenerate denominator) or are too few', () => {
    const same = valueForMoney([1e6, 1e6, 1e6], [0, 0, 0], [-500, -500, -500], { reps: 3, scale: 1 });
    expect(same.perChildYearAvoided).toBeUndefined();
    expect(same.notDefinedBecause).toContain('every replication gave the same change');
    const two = valueForMoney([1e6, 2e6], [0, 0], [-500, -600], { reps: 2, scale: 1 });
    expect(two.perChildYearAvoided).toBeUndefined();
    const none = valueForMoney([0, 0, 0], [0, 0, 0], [0, 0, 0], { reps: 3, scale: 1 });
    expect(none.perChildYearAvoided).toBeUndefined();
  });

  it('is not defined when unmet need clearly rises, or when too few simulated children move', () => {
    const up = valueForMoney([1e6, 2e6, 1e6, 2e6], [0, 0, 0, 0], [1000, 1100, 900, 1000], RUN);
    expect(up.notDefinedBecause).toBe('unmet need clearly rises');
    // At scale 0.001 a simulated child stands for 1,000: 4 × 1 child-year avoided is below the floor.
    const few = valueForMoney([1e6, 2e6, 1e6, 2e6], [0, 0, 0, 0], [-900, -1100, -1000, -1000], {
      reps: 4,
      scale: 0.001,
    });
    expect(few.perChildYearAvoided).toBeUndefined();
    expect(few.notDefinedBecause).toContain('fewer than 6 simulated children');
  });

  it('reports the change in public spending and in the cost to families beside the ratio', () => {
    const v = valueForMoney(
      [10e6, 12e6, 11e6, 13e6],
      [-1e6, -2e6, -1e6, -2e6],
      [-2000, -2200, -1900, -2100],
      RUN,
    );
    expect(v.publicSpending.mean).toBe(11.5e6);
    expect(v.familyCost.mean).toBe(-1.5e6);
    const words = valueForMoneyWords(v);
    expect(words.publicSpending).toMatch(/^\+£/);
    expect(words.familyCost).toMatch(/^-£/);
    expect(words.perChildYearAvoided).toMatch(/^£[\d,]+ \(95% interval £[\d,]+ to £[\d,]+\)$/);
  });
});
