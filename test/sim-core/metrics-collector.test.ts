import { Calendar, METRIC_INDEX, METRICS, MetricsCollector } from '@send-sim/sim-core';
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
    // Two whole-number months of 25 and one of doubles and one of admissions, 25 months each;
    // and the child-days of every child-years metric (a double a month each).
    const childYears = METRICS.filter((m) => m.kind === 'childYears').length;
    expect(part.bytes).toBe(25 * 4 + 25 * 8 + 25 * 4 + 24 * 8 * childYears);
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
});
