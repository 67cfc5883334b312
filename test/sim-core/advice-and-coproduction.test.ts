/**
 * The two mechanisms of issue 15 as pure functions, property by property: independent advice
 * raises the effective advocacy of families below the average and of no one else, and never
 * past the average; co-production lowers the trust a refusal costs and the chance of appealing
 * in proportion to the share of decisions co-produced; and at the baseline's reach and share of
 * 0 both are exactly the identity, whatever their effect sizes, so the baseline is unchanged.
 */
import {
  AVERAGE_ADVOCACY,
  appealsLeftAfterCoproduction,
  effectiveAdvocacy,
  type Params,
  trustLossOnRefusal,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

/** The baseline's parameters, read once: the properties vary only the parameters named. */
const BASE = loadScenario('baseline').params;
const baselineParamsWith = (values: Partial<Record<keyof Params, number>>): Params =>
  ({ ...BASE, ...values }) as Params;

const unit = fc.double({ min: 0, max: 1, noNaN: true });

function advice(reach: number, gap: number): Params {
  return baselineParamsWith({ 'advice.reachBelowAverage': reach, 'advice.gapClosedWhenAdvised': gap });
}

function coproduction(share: number, trust: number, appeals: number): Params {
  return baselineParamsWith({
    'coproduction.decisionShare': share,
    'coproduction.trustLossAvoided': trust,
    'coproduction.appealsAvoided': appeals,
  });
}

describe('independent advice: effective advocacy', () => {
  it('is the family’s own advocacy, bit for bit, when advice reaches no one (the baseline)', () => {
    fc.assert(
      fc.property(unit, unit, (advocacy, gap) => {
        expect(Object.is(effectiveAdvocacy(advocacy, advice(0, gap)), advocacy)).toBe(true);
      }),
    );
  });

  it('leaves families at or above the average unchanged', () => {
    fc.assert(
      fc.property(
        fc.double({ min: AVERAGE_ADVOCACY, max: 1, noNaN: true }),
        unit,
        unit,
        (advocacy, reach, gap) => {
          expect(effectiveAdvocacy(advocacy, advice(reach, gap))).toBe(advocacy);
        },
      ),
    );
  });

  it('raises a family below the average towards it, never past it, by the expected share of the gap', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.4999, noNaN: true }), unit, unit, (advocacy, reach, gap) => {
        const e = effectiveAdvocacy(advocacy, advice(reach, gap));
        expect(e).toBeGreaterThanOrEqual(advocacy);
        expect(e).toBeLessThanOrEqual(AVERAGE_ADVOCACY);
        expect(e).toBeCloseTo(advocacy + reach * gap * (AVERAGE_ADVOCACY - advocacy), 12);
      }),
    );
  });

  it('keeps the order of families: one with more capacity never ends with less', () => {
    fc.assert(
      fc.property(unit, unit, unit, unit, (a, b, reach, gap) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = advice(reach, gap);
        expect(effectiveAdvocacy(lo, p)).toBeLessThanOrEqual(effectiveAdvocacy(hi, p));
      }),
    );
  });

  it('narrows the gap between the families with least and most capacity', () => {
    const p = advice(0.5, 0.5);
    expect(effectiveAdvocacy(0.9, p) - effectiveAdvocacy(0.1, p)).toBeLessThan(0.9 - 0.1);
    expect(effectiveAdvocacy(0.1, p)).toBeCloseTo(0.2, 12);
  });
});

describe('co-production: trust lost on a refusal and appeals drawn', () => {
  it('is exactly the baseline when no decision is co-produced, whatever the effect sizes', () => {
    fc.assert(
      fc.property(unit, unit, (trust, appeals) => {
        const p = coproduction(0, trust, appeals);
        expect(trustLossOnRefusal(p)).toBe(p['trust.lossOnRefusal']);
        expect(appealsLeftAfterCoproduction(p)).toBe(1);
      }),
    );
  });

  it('never raises the trust lost or the appeals drawn, and lowers both as the share co-produced rises', () => {
    fc.assert(
      fc.property(unit, unit, unit, unit, (s1, s2, trust, appeals) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const a = coproduction(lo, trust, appeals);
        const b = coproduction(hi, trust, appeals);
        expect(trustLossOnRefusal(b)).toBeLessThanOrEqual(trustLossOnRefusal(a));
        expect(trustLossOnRefusal(b)).toBeGreaterThanOrEqual(0);
        expect(trustLossOnRefusal(a)).toBeLessThanOrEqual(a['trust.lossOnRefusal']);
        expect(appealsLeftAfterCoproduction(b)).toBeLessThanOrEqual(appealsLeftAfterCoproduction(a));
        expect(appealsLeftAfterCoproduction(b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('costs a refusal half the trust when every decision is co-produced and half the loss is avoided', () => {
    const p = coproduction(1, 0.5, 0.2);
    expect(trustLossOnRefusal(p)).toBeCloseTo(0.5 * p['trust.lossOnRefusal'], 12);
    expect(appealsLeftAfterCoproduction(p)).toBeCloseTo(0.8, 12);
  });
});
