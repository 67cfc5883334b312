/**
 * Educational psychology capacity is shared out across local area groups, each with its own
 * queue. The shares follow a lognormal spread, whole slots add up to the national number, a
 * child always belongs to the same group, and a free slot in one group never serves another's
 * child; in a run, a wider spread at the same national capacity means longer waits.
 */
import {
  apportionSlots,
  LOCAL_AREA_GROUPS,
  localAreaOf,
  localCapacityShares,
  runReplication,
  Service,
  ServiceQueue,
  serviceSlots,
  traceChild,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');

describe('local capacity shares', () => {
  it('are equal without spread, and otherwise rise from group to group and sum to one', () => {
    expect(localCapacityShares(0)).toEqual(Array(LOCAL_AREA_GROUPS).fill(0.1));
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1.5, noNaN: true }), (spread) => {
        const shares = localCapacityShares(spread);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let k = 1; k < shares.length; k++) expect(shares[k]).toBeGreaterThan(shares[k - 1]!);
      }),
      { seed: 11 },
    );
  });

  it('span the lognormal’s middle-of-tenth quantiles (±1.645 standard deviations)', () => {
    const shares = localCapacityShares(0.5);
    expect(shares.at(-1)! / shares[0]!).toBeCloseTo(Math.exp(0.5 * 2 * 1.6448536), 5);
  });
});

describe('apportioned slots', () => {
  it('add up to the whole national slots, give every group one, and (when no group is raised to one) stay within one of the exact share', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        (total, spread) => {
          const shares = localCapacityShares(spread);
          const slots = apportionSlots(total, shares);
          const whole = Math.max(shares.length, Math.floor(total));
          expect(slots.reduce((a, b) => a + b, 0)).toBe(whole);
          const raised = shares.some((share) => share * whole < 1);
          slots.forEach((s, k) => {
            expect(Number.isInteger(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(1);
            if (!raised) expect(Math.abs(s - shares[k]! * whole)).toBeLessThan(1);
          });
        },
      ),
      { seed: 12 },
    );
  });

  it('size educational psychology by group and keep the national services in one queue', () => {
    const slots = serviceSlots(baseline.params, 0.01);
    expect(slots.educationalPsychology).toHaveLength(LOCAL_AREA_GROUPS);
    expect(slots.tribunal).toHaveLength(1);
    const p = baseline.params;
    const national =
      (p['ep.workforceFte'] * p['ep.assessmentsPerFtePerYear'] * p['ep.assessmentDays']) / 365.25;
    expect(slots.educationalPsychology.reduce((a, b) => a + b, 0)).toBe(Math.floor(national * 0.01));
  });
});

describe('local area of a child', () => {
  it('is fixed by the id and spreads children evenly over the groups', () => {
    const counts = Array(LOCAL_AREA_GROUPS).fill(0);
    for (let id = 0; id < 100_000; id++) counts[localAreaOf(id, LOCAL_AREA_GROUPS)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(300);
    expect(localAreaOf(12345, LOCAL_AREA_GROUPS)).toBe(localAreaOf(12345, LOCAL_AREA_GROUPS));
    expect(localAreaOf(12345, 1)).toBe(0);
  });
});

describe('Service', () => {
  it('behaves exactly like one independent queue per local area group', () => {
    const op = fc.record({ join: fc.boolean(), child: fc.nat(60) });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(op, { maxLength: 300 }),
        (slots, ops) => {
          const service = new Service('test', slots);
          const queues = slots.map((s) => new ServiceQueue('test', s));
          const admittedByService: number[] = [];
          const admittedByQueues: number[] = [];
          ops.forEach(({ join, child }, day) => {
            const own = queues[localAreaOf(child, slots.length)]!;
            if (join) {
              expect(service.join(child, day)).toBe(own.join(child, day));
            } else {
              service.leave(child, day, (c) => admittedByService.push(c));
              own.leave(child, day, (c) => admittedByQueues.push(c));
            }
            expect(admittedByService).toEqual(admittedByQueues);
            expect(service.has(child)).toBe(own.has(child));
            expect(service.waiting).toBe(queues.reduce((n, q) => n + q.waiting, 0));
            expect(service.holding).toBe(queues.reduce((n, q) => n + q.holding, 0));
          });
          expect(service.byArea.map((area) => area.capacity)).toEqual(slots);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });

  it('keeps a child waiting while another group has a free slot', () => {
    const service = new Service('test', [1, 1]);
    const [a, b] = [0, 1, 2, 3, 4, 5, 6, 7].filter((id) => localAreaOf(id, 2) === 0);
    expect(service.join(a!, 0)).toBe(true);
    expect(service.join(b!, 1)).toBe(false);
    expect(service.holding).toBe(1);
    expect(service.waiting).toBe(1);
  });

  it('refuses capacities for the wrong number of groups, naming the service', () => {
    const service = new Service('educationalPsychology', [1, 1]);
    expect(() => service.setCapacity([2], 0, () => {})).toThrow(
      /educationalPsychology.*2 local area groups.*1 capacities/,
    );
  });
});

describe('in a run', () => {
  it('a wider spread of the same national capacity makes the average wait for an EP longer (same seed)', () => {
    const options = { seed: 4, replications: 1, years: 3, scale: 0.004 };
    const meanWait = (spread: number) => {
      const scenario = { ...baseline, params: { ...baseline.params, 'ep.localCapacitySpread': spread } };
      const waits = runReplication(scenario, options, 0).metrics.ep_wait_days!;
      return waits.reduce((a, b) => a + b, 0) / waits.length;
    };
    expect(meanWait(0.6)).toBeGreaterThan(meanWait(0));
  });

  it('a traced child shows its group, counted from 1 (the least capacity for its demand)', () => {
    const options = { seed: 4, years: 1, scale: 0.002 };
    for (const id of [0, 7, 123]) {
      const trace = traceChild(baseline, options, id);
      expect(trace.attributes.localAreaGroup).toBe(localAreaOf(id, LOCAL_AREA_GROUPS) + 1);
    }
  });
});
