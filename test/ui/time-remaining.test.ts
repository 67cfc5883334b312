/**
 * The progress bar's time-left estimate (`TimeRemaining`) and its words, driven with explicit
 * times: no clock is read, so nothing here depends on how fast the machine is.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_SECONDS_FOR_ESTIMATE,
  MIN_SHARE_FOR_ESTIMATE,
  SMOOTHING_SECONDS,
  TimeRemaining,
  timeRemainingText,
} from '../../packages/ui/src/worker/time-remaining.js';

/** Feed `estimate` progress at `rate` (share per second) from `from` to `to` seconds, every `step` seconds. */
function feed(estimate: TimeRemaining, done: number, from: number, to: number, rate: number, step: number) {
  let share = done;
  for (let t = from + step; t <= to + 1e-9; t += step) {
    share += rate * step;
    estimate.update(share, 1000 * t);
  }
  return share;
}

describe('TimeRemaining', () => {
  it('says nothing until 5% is done and 2 s have passed', () => {
    const early = new TimeRemaining(0);
    early.update(0.5, 1000 * (MIN_SECONDS_FOR_ESTIMATE - 0.1));
    expect(early.seconds).toBeUndefined();
    early.update(0.6, 1000 * MIN_SECONDS_FOR_ESTIMATE);
    expect(early.seconds).toBeDefined();

    const slow = new TimeRemaining(0);
    slow.update(MIN_SHARE_FOR_ESTIMATE / 2, 60_000);
    expect(slow.seconds).toBeUndefined();
    slow.update(MIN_SHARE_FOR_ESTIMATE, 120_000);
    expect(slow.seconds).toBeCloseTo((120 * (1 - MIN_SHARE_FOR_ESTIMATE)) / MIN_SHARE_FOR_ESTIMATE, 6);

    const stuck = new TimeRemaining(0);
    stuck.update(0, 10_000);
    expect(stuck.seconds).toBeUndefined();
  });

  it('is exact for a run that goes at a steady pace, measured from its start', () => {
    // 1% a second, started at t = 500 s on the page's clock: at 10% done, 90 s are left.
    const estimate = new TimeRemaining(500_000);
    const done = feed(estimate, 0, 500, 510, 0.01, 0.25);
    expect(done).toBeCloseTo(0.1, 9);
    expect(estimate.seconds).toBeCloseTo(90, 6);
    feed(estimate, done, 510, 560, 0.01, 0.25);
    expect(estimate.seconds).toBeCloseTo(40, 6);
  });

  it('follows a run that slows down, over a few smoothing time constants', () => {
    const estimate = new TimeRemaining(0);
    let done = feed(estimate, 0, 0, 20, 0.02, 0.5); // 40% at 2% a second
    expect(estimate.seconds).toBeCloseTo(30, 6);
    done = feed(estimate, done, 20, 20 + SMOOTHING_SECONDS, 0.01, 0.5); // then 1% a second
    const afterOne = estimate.seconds!;
    // One time constant in: the rate has moved 1 − 1/e of the way to the new one.
    const rate = 0.01 + 0.01 * Math.exp(-1);
    expect(afterOne).toBeCloseTo((1 - done) / rate, 6);
    done = feed(estimate, done, 20 + SMOOTHING_SECONDS, 20 + 5 * SMOOTHING_SECONDS, 0.01, 0.5);
    expect(estimate.seconds).toBeCloseTo((1 - done) / 0.01, 0);
  });

  it('gives the same estimate whether progress is reported often or seldom', () => {
    const often = new TimeRemaining(0);
    const seldom = new TimeRemaining(0);
    for (const [estimate, step] of [
      [often, 0.05],
      [seldom, 1],
    ] as const) {
      let done = feed(estimate, 0, 0, 4, 0.03, step);
      done = feed(estimate, done, 4, 12, 0.01, step);
      feed(estimate, done, 12, 16, 0.05, step);
    }
    expect(often.seconds).toBeCloseTo(seldom.seconds!, 6);
  });

  it('ignores a repeated report at the same moment and never goes below zero', () => {
    const estimate = new TimeRemaining(0);
    feed(estimate, 0, 0, 4, 0.05, 1);
    const before = estimate.seconds;
    estimate.update(0.25, 4000);
    expect(estimate.seconds).toBe(before);
    estimate.update(1, 5000);
    expect(estimate.seconds).toBe(0);
  });
});

describe('timeRemainingText', () => {
  it.each([
    [undefined, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [0, 'about 1 s left'],
    [3.2, 'about 4 s left'],
    [10, 'about 10 s left'],
    [12.4, 'about 10 s left'],
    [13, 'about 15 s left'],
    [54, 'about 55 s left'],
    [55, 'about 1 min left'],
    [89, 'about 1 min left'],
    [91, 'about 2 min left'],
    [3600, 'about 60 min left'],
  ])('%s s → %s', (seconds, text) => {
    expect(timeRemainingText(seconds)).toBe(text);
  });
});
