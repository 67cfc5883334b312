import { Calendar, METRIC_INDEX, METRICS, MetricsCollector } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const monthStarts = new Calendar('2023-01-01').monthStarts(2);
const M = METRIC_INDEX;

describe('MetricsCollector', () => {
  it('keeps only the metrics it is given, and refuses to count one it does not keep', () => {
    const part = new MetricsCollector(monthStarts, [M.new_needs, M.ep_wait_days]);
    part.countAt(M.new_needs, 3, 2);
    part.addWaitTotal(M.ep_wait_days, 3, 10.5, 2);
    expect(() => part.countAt(M.crisis_events, 3)).toThrow('does not keep crisis_events');
    expect(() => part.setStock('ehcp_stock_all_ages', 0, 5)).toThrow('does not keep ehcp_stock_all_ages');
    // One whole-number metric's 25 months (16 bits each while they fit), one of doubles and one
    // of admissions; and the child-days of every child-years metric (a double a month each).
    const childYears = METRICS.filter((m) => m.kind === 'childYears').length;
    expect(part.bytes).toBe(25 * 2 + 25 * 8 + 25 * 4 + 24 * 8 * childYears);
    const monthly = part.monthly();
    expect(monthly.new_needs[3]).toBe(2);
    expect(monthly.ep_wait_days[3]).toBe(5.25);
    expect(monthly.crisis_events.every((v) => v === 0)).toBe(true);
  });

  it('keeps counts as whole numbers and refuses a fraction rather than round it', () => {
    const all = new MetricsCollector(monthStarts);
    all.setStock('ehcp_stock_all_ages', 0, 7);
    expect(() => all.setStock('ehcp_stock_all_ages', 1, 7.5)).toThrow('ehcp_stock_all_ages cannot take 7.5');
    expect(() => all.countAt(M.new_needs, 0, 0.5)).toThrow('new_needs cannot take 0.5');
    // A balance in pounds is not a count.
    all.setStock('high_needs_over_funding', 0, -1234.56);
    expect(all.monthly().high_needs_over_funding[0]).toBe(-1234.56);
  });

  it('adds up the parts of a run, each keeping its own metrics, into one that keeps them all', () => {
    const a = new MetricsCollector(monthStarts, [M.new_needs, M.ep_wait_days]);
    const b = new MetricsCollector(monthStarts, [
      M.new_needs,
      M.waiting_for_early_help,
      M.tribunal_wait_days,
    ]);
    a.countAt(M.new_needs, 0, 3);
    a.addWaitTotal(M.ep_wait_days, 1, 0.1, 1);
    b.countAt(M.new_needs, 0, 4);
    b.setStock('waiting_for_early_help', 2, 9);
    b.addWaitTotal(M.tribunal_wait_days, 1, 0.2, 1);
    const total = new MetricsCollector(monthStarts);
    total.absorb(a);
    total.absorb(b.state());
    const monthly = total.monthly();
    expect(monthly.new_needs[0]).toBe(7);
    expect(monthly.waiting_for_early_help[2]).toBe(9);
    expect(monthly.ep_wait_days[1]).toBe(0.1);
    expect(monthly.tribunal_wait_days[1]).toBe(0.2);
    expect(() => a.absorb(b)).toThrow('does not keep waiting_for_early_help');
  });

  it('keeps every count exactly, in 16 bits while they fit and in 32 once one does not', () => {
    // Counts and stocks of any size (negative ones too), in parts absorbed into a whole: each
    // month of each metric equals the plain sum, and the store widens only when it must.
    const op = fc.record({
      part: fc.nat(2),
      metric: fc.constantFrom(M.new_needs, M.crisis_events),
      month: fc.nat(23),
      n: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.integer({ min: 60_000, max: 2_000_000 })),
      stock: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 80 }), (ops) => {
        const kept = [M.new_needs, M.crisis_events, M.ehcp_stock_all_ages];
        const parts = [0, 1, 2].map(() => new MetricsCollector(monthStarts, kept));
        const expected = new Map<string, number>();
        const stocks = new Map<string, number>();
        // Each part's own months, to know whether one of its values left 0 to 65,535.
        const own = new Map<string, number>();
        const needsWide = [false, false, false];
        const hold = (part: number, key: string, value: number) => {
          own.set(`${part} ${key}`, value);
          if (value < 0 || value > 0xffff) needsWide[part] = true;
        };
        for (const o of ops) {
          if (o.stock) {
            parts[o.part]!.setStock('ehcp_stock_all_ages', o.month, o.n);
            stocks.set(`${o.part} ${o.month}`, o.n);
            hold(o.part, `stock ${o.month}`, o.n);
          } else {
            parts[o.part]!.countAt(o.metric, o.month, o.n);
            const key = `${o.metric} ${o.month}`;
            expected.set(key, (expected.get(key) ?? 0) + o.n);
            hold(o.part, key, (own.get(`${o.part} ${key}`) ?? 0) + o.n);
          }
        }
        // Each part widened exactly when it had to.
        parts.forEach((part, k) => {
          expect(part.state().whole instanceof Int32Array).toBe(needsWide[k]);
        });
        const all = new MetricsCollector(monthStarts);
        for (const part of parts) all.absorb(part);
        const monthly = all.monthly();
        for (let m = 0; m < 24; m++) {
          expect(monthly.new_needs[m]).toBe(expected.get(`${M.new_needs} ${m}`) ?? 0);
          expect(monthly.crisis_events[m]).toBe(expected.get(`${M.crisis_events} ${m}`) ?? 0);
          const stock = [0, 1, 2].reduce((sum, p) => sum + (stocks.get(`${p} ${m}`) ?? 0), 0);
          expect(monthly.ehcp_stock_all_ages[m]).toBe(stock);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
