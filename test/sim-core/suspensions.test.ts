/**
 * Suspensions (fixed-period exclusions) share the setting draw of an escalation with permanent
 * exclusion: the band just above exclusion's. Checked for any child, severity and draw: the two
 * never both happen, exclusion is decided exactly as it was before suspensions existed, and the
 * suspension band is as wide as its rule says (at most what exclusion leaves of the draw).
 */
import {
  exclusionProbability,
  JOURNEY_GUARDS,
  type JourneyContext,
  type JourneyEvent,
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
        };
        const c = { severity: k.severity, supportLevel: k.supportLevel } as JourneyContext;
        const e = { type: 'NEED_ESCALATES', uSetting: k.uSetting } as JourneyEvent;
        const excluded = JOURNEY_GUARDS.exclusionOccurs(c, e, p);
        const suspended = JOURNEY_GUARDS.suspensionOccurs(c, e, p);
        // Exclusion as before suspensions: the draw below the exclusion chance.
        expect(excluded).toBe(k.uSetting < k.exclusion * k.severity * k.severity);
        expect(excluded && suspended).toBe(false);
        const pExcl = exclusionProbability(c, p);
        const pSusp = suspensionProbability(c, p);
        const plan = k.supportLevel === 'plan' ? k.planMultiplier : 1;
        expect(pSusp).toBeGreaterThanOrEqual(0);
        expect(pExcl + pSusp).toBeLessThanOrEqual(1 + 1e-12);
        expect(pSusp).toBeCloseTo(Math.min(k.suspension * plan * k.severity ** 2, 1 - pExcl), 12);
        expect(suspended).toBe(k.uSetting >= pExcl && k.uSetting < pExcl + pSusp);
      }),
      { numRuns: 2000 },
    );
  });
});
