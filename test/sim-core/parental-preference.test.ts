/**
 * Parental preference: a family may prefer an independent special school to the state special
 * place the LA seeks. The preference is a fixed trait of the family (an integer hash of the id);
 * the LA names it at once in the setting draw's top band, else the family may appeal the placement.
 * The guards that share one event must never both act (a school named is not appealed), and in a
 * run more preferring families mean more placement appeals and independent placements.
 */
import {
  appealProbability,
  createJourneyContext,
  JOURNEY_GUARDS,
  type JourneyContext,
  type JourneyEvent,
  localAreaOf,
  type Params,
  placementContested,
  preferenceDraw,
  runReplication,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const G = JOURNEY_GUARDS;

function contextOf(id: number, severity: number, inSpecialist: boolean, advocacy: number): JourneyContext {
  const attributes = {
    id,
    birthDay: -3000,
    sex: 'male',
    primaryNeed: 'ASD',
    deprived: false,
    advocacy,
  } as const;
  const c = createJourneyContext(attributes, severity, 0.5);
  c.supportLevel = 'plan';
  c.specialistSetting = inSpecialist;
  return c;
}

const eventOf = (type: JourneyEvent['type'], uRedress: number, uSetting: number): JourneyEvent => ({
  type,
  day: 0,
  uNeed: 0.5,
  uSupport: 0.5,
  uRedress,
  uSetting,
});

// Uniform draws on a grid (fast-check's doubles crowd the ends of a range), with severities
// around the specialist threshold, where the guards meet.
const unit = fc.integer({ min: 0, max: 999 }).map((k) => k / 1000);
const RUNS = { numRuns: 2000 };
const cases = fc.record({
  id: fc.nat(),
  severity: unit.map((u) => 0.7 + 0.3 * u),
  advocacy: unit,
  uRedress: unit,
  uSetting: unit,
  preferenceShare: unit,
  names: unit,
  cheaper: unit.map((u) => 0.6 * u),
});

function paramsOf(k: { preferenceShare: number; names: number; cheaper: number }): Params {
  return {
    ...baseline.params,
    'placement.independentPreferenceShare': k.preferenceShare,
    'la.namesIndependentPreference': k.names,
    'la.cheaperPlacementShare': k.cheaper,
  };
}

describe('parental preference for an independent special school', () => {
  it('is a fixed trait held by the given share of families, unrelated to the local area', () => {
    const n = 200_000;
    let below = 0;
    let belowInArea0 = 0;
    let inArea0 = 0;
    for (let id = 0; id < n; id++) {
      const prefers = preferenceDraw(id) < 0.25;
      if (prefers) below++;
      if (localAreaOf(id, 10) === 0) {
        inArea0++;
        if (prefers) belowInArea0++;
      }
      expect(preferenceDraw(id)).toBe(preferenceDraw(id));
    }
    expect(below / n).toBeCloseTo(0.25, 2);
    expect(belowInArea0 / inArea0).toBeCloseTo(0.25, 2);
  });

  it('at a final plan: the LA names the preferred school, seeks a state place or names a cheaper one, never two', () => {
    fc.assert(
      fc.property(cases, (k) => {
        const p = paramsOf(k);
        const c = contextOf(k.id, k.severity, false, k.advocacy);
        const e = eventOf('FINAL_PLAN', k.uRedress, k.uSetting);
        const named = G.namesPreferredIndependent(c, e, p);
        const seeks = G.needsSpecialist(c, e, p);
        expect(named && seeks).toBe(false);
        // A school named is not appealed; a need at the threshold is placed one way or the other
        // unless the draw falls in the cheaper-placement band.
        if (named) expect(G.appealsPlacement(c, e, p)).toBe(false);
        if (k.severity >= p['placement.specialistSeverity'] && k.uSetting >= k.cheaper) {
          expect(named || seeks).toBe(true);
        }
        // Only families who prefer an independent school have it named.
        if (named) expect(preferenceDraw(k.id)).toBeLessThan(k.preferenceShare);
      }),
      RUNS,
    );
  });

  it('at an annual review that finds a specialist need: named, sought or appealed, consistently', () => {
    fc.assert(
      fc.property(cases, (k) => {
        const p = paramsOf(k);
        const c = contextOf(k.id, k.severity, false, k.advocacy);
        const e = eventOf('ANNUAL_REVIEW', k.uRedress, k.uSetting);
        const named = G.reviewNamesPreferredIndependent(c, e, p);
        const seeks = G.reviewFindsSpecialistNeed(c, e, p);
        const appeals = G.appealsPlacementAtReview(c, e, p);
        expect(named && seeks).toBe(false);
        expect(named && appeals).toBe(false);
        // A family appeals the state place offered when it prefers an independent school, or the
        // cheaper placement the LA names instead of a specialist one, whatever it prefers.
        const cheaperNamed = k.uSetting < k.cheaper;
        if (appeals) expect((seeks && preferenceDraw(k.id) < k.preferenceShare) || cheaperNamed).toBe(true);
        if (cheaperNamed) expect(seeks || named).toBe(false);
        // ...and may appeal it: the cheaper placement is contested whatever the family prefers.
        if (cheaperNamed && k.severity >= p['placement.specialistSeverity']) {
          expect(placementContested(c, k.uSetting, p)).toBe(true);
          expect(appeals).toBe(k.uRedress >= 1 - appealProbability(c, 'placement', p));
        }
        // Its band is the redress draw's top, clear of the health and social care band at the bottom.
        if (appeals) expect(G.appealsHealthAndSocialCare({ ...c, planDelivered: false }, e, p)).toBe(false);
        // A child already in a specialist setting is not reviewed into one.
        const placed = contextOf(k.id, k.severity, true, k.advocacy);
        expect(
          G.reviewNamesPreferredIndependent(placed, e, p) || G.appealsPlacementAtReview(placed, e, p),
        ).toBe(false);
      }),
      RUNS,
    );
  });

  it('without placement orders, no preference is appealed', () => {
    fc.assert(
      fc.property(cases, (k) => {
        const p = { ...paramsOf(k), 'redress.placementOrders': 0 };
        const c = contextOf(k.id, k.severity, false, k.advocacy);
        expect(G.appealsPlacement(c, eventOf('FINAL_PLAN', k.uRedress, k.uSetting), p)).toBe(false);
        expect(G.appealsPlacementAtReview(c, eventOf('ANNUAL_REVIEW', k.uRedress, k.uSetting), p)).toBe(
          false,
        );
      }),
      RUNS,
    );
  });

  it('in a run, more preferring families bring more placement appeals and independent placements; naming them brings fewer appeals', () => {
    const options = { seed: 5, replications: 1, years: 4, scale: 0.004 };
    const total = (params: Params, metric: string) => {
      const run = runReplication({ ...baseline, params }, options, 0);
      return run.monthly[metric]!.reduce((a, b) => a + b, 0);
    };
    const none = baselineParamsWith({ 'placement.independentPreferenceShare': 0 });
    const half = baselineParamsWith({ 'placement.independentPreferenceShare': 0.5 });
    const halfNamed = baselineParamsWith({
      'placement.independentPreferenceShare': 0.5,
      'la.namesIndependentPreference': 0.9,
    });
    expect(total(half, 'appeals_placement')).toBeGreaterThan(total(none, 'appeals_placement'));
    expect(total(half, 'independent_placements')).toBeGreaterThan(total(none, 'independent_placements'));
    expect(total(halfNamed, 'appeals_placement')).toBeLessThan(total(half, 'appeals_placement'));
    expect(total(halfNamed, 'independent_placements')).toBeGreaterThan(total(half, 'independent_placements'));
  });
});
