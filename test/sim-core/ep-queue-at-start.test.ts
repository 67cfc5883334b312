/**
 * The start's queue for educational psychologists is drawn into the local area groups short of
 * them (ep-queue-at-start.ts): shared by largest remainder with a cap, in proportion to each
 * group's shortfall, and with no group short, in proportion to the children (who then start at
 * once). Until model 0.27.0 it was wherever its ids fell, and half of it started on the first day.
 */
import {
  apportionCapped,
  Calendar,
  epQueueAtStart,
  LOCAL_AREA_GROUPS,
  localAreaOf,
  localGroupsAtStart,
  type Params,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline').params;
const JANUARY_2023 = new Calendar('2023-01-01');
/** The start's queue as a run at `scale` from January 2023 draws it. */
const queueAt = (p: Params, scale: number, firstId: number, agreed: number, waiting: number) =>
  epQueueAtStart(p, scale, localGroupsAtStart(p, scale, JANUARY_2023), firstId, agreed, waiting);

describe('a total shared with caps', () => {
  it('shares all it can, none above its cap, and within one of the exact share when no cap binds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 12, maxLength: 12 }),
        (total, weights, caps) => {
          const cap = caps.slice(0, weights.length);
          const shares = apportionCapped(total, weights, cap);
          const room = cap.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(Math.min(total, room));
          shares.forEach((s, g) => {
            expect(Number.isInteger(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(cap[g]!);
          });
          const sum = weights.reduce((a, b) => a + b, 0);
          const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
          if (sum > 0 && exact.every((x, g) => Math.ceil(x) <= cap[g]!))
            shares.forEach((s, g) => {
              expect(Math.abs(s - exact[g]!)).toBeLessThan(1);
            });
        },
      ),
      { seed: 44 },
    );
  });
});

describe('the start’s queue for educational psychologists', () => {
  const scale = 0.05;
  const agreed = 1200;
  const waiting = 60;
  const groupsOf = (waited: Float64Array, firstId: number) => {
    const counts = new Array<number>(LOCAL_AREA_GROUPS).fill(0);
    waited.forEach((w, k) => {
      if (!Number.isNaN(w)) counts[localAreaOf(firstId + k, LOCAL_AREA_GROUPS)]!++;
    });
    return counts;
  };

  it('is in the groups with the fewest psychologists, as many as asked, in proportion to their own', () => {
    const waited = queueAt(baseline, scale, 5000, agreed, waiting);
    const counts = groupsOf(waited, 5000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(waiting);
    // Groups are ordered by capacity: the queue is in a run of the first ones.
    const last = counts.reduce((at, c, g) => (c > 0 ? g : at), -1);
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(LOCAL_AREA_GROUPS - 1);
    expect(counts.slice(0, last + 1).every((c) => c > 0)).toBe(true);
    // Each short group's queue is in proportion to its own slots (where its councils buy locums).
    const { epSlots } = localGroupsAtStart(baseline, scale, JANUARY_2023);
    const slots = epSlots.slice(0, last + 1);
    const total = slots.reduce((a, b) => a + b, 0);
    slots.forEach((s, g) => {
      expect(Math.abs(counts[g]! - (waiting * s) / total)).toBeLessThan(1);
    });
  });

  it('with psychologists to spare everywhere, is spread over every group in proportion to its children', () => {
    const plenty = { ...baseline, 'ep.workforceFte': baseline['ep.workforceFte'] * 10 };
    const counts = groupsOf(queueAt(plenty, scale, 5000, agreed, waiting), 5000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(waiting);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.floor(waiting / LOCAL_AREA_GROUPS) - 2);
  });

  it('holds no one with no queue, and no more than the agreed requests', () => {
    expect(groupsOf(queueAt(baseline, scale, 0, agreed, 0), 0)).toEqual(new Array(LOCAL_AREA_GROUPS).fill(0));
    const all = queueAt(baseline, scale, 0, 40, 100);
    expect(all.every((w) => !Number.isNaN(w))).toBe(true);
  });
});
