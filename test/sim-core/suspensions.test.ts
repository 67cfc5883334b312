/**
 * Suspensions (fixed-period exclusions) share the setting draw of an escalation with permanent
 * exclusion: the band just above exclusion's. Checked for any child, severity and draw: the two
 * never both happen, exclusion is decided exactly as it was before suspensions existed, and the
 * suspension band is as wide as its rule says (at most what exclusion leaves of the draw). And
 * each suspension books its cost to the family, and only to the family.
 */
import {
  exclusionProbability,
  JOURNEY_GUARDS,
  type JourneyContext,
  type JourneyEvent,
  PAYERS,
  Simulation,
  suspensionProbability,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');

const caseArb = fc.record({
  severity: fc.double({ min: 0, max: 1, noNaN: true }),
  supportLevel: fc.constantFrom('universal', 'senSupport', 'earlyHelp', 'plan'),
  uSetting: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  exclusion: fc.double({ min: 0, max: 1, noNaN: true }),
  suspension: fc.double({ min: 0, max: 1, noNaN: true }),
  planMultiplier: fc.double({ min: 0, max: 10, noNaN: true }),
  primaryNeed: fc.constantFrom('SEMH', 'ASD', 'MLD'),
  semhExclusion: fc.double({ min: 0, max: 20, noNaN: true }),
  semhSuspension: fc.double({ min: 0, max: 20, noNaN: true }),
});

describe('suspensions', () => {
  it('take the band of the setting draw above exclusion’s, leaving exclusion as it was', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const p = {
          ...baseline.params,
          'need.exclusionProbabilityAtFullSeverity': k.exclusion,
          'need.suspensionProbabilityAtFullSeverity': k.suspension,
          'need.suspensionPlanMultiplier': k.planMultiplier,
          'need.exclusionPlanMultiplier': 1,
          'need.exclusionSemhMultiplier': k.semhExclusion,
          'need.suspensionSemhMultiplier': k.semhSuspension,
        };
        const c = {
          severity: k.severity,
          supportLevel: k.supportLevel,
          primaryNeed: k.primaryNeed,
        } as JourneyContext;
        const semh = k.primaryNeed === 'SEMH';
        const e = { type: 'NEED_ESCALATES', uSetting: k.uSetting } as JourneyEvent;
        const excluded = JOURNEY_GUARDS.exclusionOccurs(c, e, p);
        const suspended = JOURNEY_GUARDS.suspensionOccurs(c, e, p);
        // Exclusion as before suspensions: the draw below the exclusion chance (SEMH's multiplied,
        // at most 1 at full severity).
        const exclusionAtFull = Math.min(1, k.exclusion * (semh ? k.semhExclusion : 1));
        expect(excluded).toBe(k.uSetting < exclusionAtFull * k.severity * k.severity);
        expect(excluded && suspended).toBe(false);
        const pExcl = exclusionProbability(c, p);
        const pSusp = suspensionProbability(c, p);
        const plan = k.supportLevel === 'plan' ? k.planMultiplier : 1;
        const need = semh ? k.semhSuspension : 1;
        expect(pExcl).toBeLessThanOrEqual(1);
        expect(pSusp).toBeGreaterThanOrEqual(0);
        expect(pExcl + pSusp).toBeLessThanOrEqual(1 + 1e-12);
        expect(pSusp).toBeCloseTo(Math.min(k.suspension * plan * need * k.severity ** 2, 1 - pExcl), 12);
        expect(suspended).toBe(k.uSetting >= pExcl && k.uSetting < pExcl + pSusp);
      }),
      { numRuns: 2000 },
    );
  });

  it('book a parent’s lost earnings to the family for each one, and nothing to anyone else', () => {
    const FAMILY = PAYERS.indexOf('family');
    // Families' other costs set to nothing, so what the family pays is what suspensions cost it.
    const run = (perSuspension: number) =>
      new Simulation({
        params: {
          ...baseline.params,
          'cost.familyLostEarningsUnmet': 0,
          'cost.familyPerAppeal': 0,
          'cost.familyPerSuspension': perSuspension,
        },
        startDate: baseline.startDate,
        seed: 7,
        replication: 0,
        scale: 0.0005,
        years: 2,
      }).run();
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const none = run(0);
    const once = run(100);
    const twice = run(200);
    // Costs move no decision: the same suspensions happen whatever they cost.
    expect(sum(once.monthly.suspensions)).toBeGreaterThan(0);
    expect(once.monthly.suspensions).toEqual(none.monthly.suspensions);
    expect(twice.monthly.suspensions).toEqual(none.monthly.suspensions);
    const family = (out: typeof none) => sum(out.costsByMonth[FAMILY]!);
    expect(family(none)).toBe(0);
    expect(family(once)).toBeGreaterThan(0);
    // Pence rounding per booking aside, twice the price is twice the cost.
    expect(Math.abs(family(twice) - 2 * family(once))).toBeLessThanOrEqual(sum(once.monthly.suspensions));
    // Every other payer pays exactly the same.
    PAYERS.forEach((_, p) => {
      if (p !== FAMILY) expect(once.costsByMonth[p], PAYERS[p]).toEqual(none.costsByMonth[p]);
    });
  });

  it('take no random number: without their trust loss, they change nothing but their own counts and families’ costs', () => {
    const FAMILY = PAYERS.indexOf('family');
    const run = (chance: number) =>
      new Simulation({
        params: {
          ...baseline.params,
          'trust.lossOnSuspension': 0,
          'need.suspensionProbabilityAtFullSeverity': chance,
        },
        startDate: baseline.startDate,
        seed: 11,
        replication: 1,
        scale: 0.0005,
        years: 3,
      }).run();
    const without = run(0);
    const withSuspensions = run(0.7);
    expect(withSuspensions.monthly.suspensions.some((n) => n > 0)).toBe(true);
    for (const [id, series] of Object.entries(without.monthly)) {
      if (id.includes('suspension')) continue;
      expect(withSuspensions.monthly[id as keyof typeof without.monthly], id).toEqual(series);
    }
    PAYERS.forEach((payer, p) => {
      if (p !== FAMILY) expect(withSuspensions.costsByMonth[p], payer).toEqual(without.costsByMonth[p]);
    });
  });
});
