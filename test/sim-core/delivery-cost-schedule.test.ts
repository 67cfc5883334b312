/**
 * Delivery costs as data (issue 11, requirement 2), without running the simulation: every lever
 * says what it costs to deliver or why nothing is added; the baseline and every lever at its
 * default schedule nothing; a schedule books whole pence by month, phased as declared; and
 * ringfenced SEN money moves from LA high needs to schools without changing the sum over payers.
 */
import {
  Calendar,
  type DeliveryCost,
  deliveryPenceByMonth,
  LEDGER_COLUMNS,
  LEVERS,
  MOVED_FROM_HIGH_NEEDS,
  PARAMETER_CATALOGUE,
  PAYER_COUNT,
  PAYER_INDEX,
  type Params,
  PUBLIC_PAYERS,
  runningCosts,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');

describe('levers’ delivery costs, as declared', () => {
  it('every lever either declares delivery costs or says why it adds none', () => {
    for (const lever of LEVERS) {
      expect(lever.deliveryCostNote.length, lever.id).toBeGreaterThan(20);
      for (const cost of lever.deliveryCosts ?? ([] as DeliveryCost[])) {
        expect(PARAMETER_CATALOGUE[cost.cost].unit, `${lever.id}: ${cost.cost}`).toMatch(/^GBP/);
        expect(PUBLIC_PAYERS, lever.id).toContain(cost.payer);
        if (typeof cost.units === 'object') expect(lever.changes).toContain(cost.units.riseIn);
      }
    }
  });

  it('the baseline schedules no delivery cost', () => {
    expect(baseline.deliveryCosts).toEqual([]);
  });

  it('resolves units from the rise a lever makes: 400 EP FTE, a tenth more special places', () => {
    const workforce = loadScenario('workforce-strategy').deliveryCosts;
    expect(workforce.find((c) => c.cost === 'delivery.epFte')?.units).toBe(400);
    const inclusive = loadScenario('inclusive-mainstream').deliveryCosts;
    const places = inclusive.find((c) => c.cost === 'cost.specialPlaceCapital')?.units ?? 0;
    expect(places).toBeCloseTo(baseline.params['placement.specialSchoolPlaces'] * 0.1, 6);
  });
});

describe('deliveryPenceByMonth', () => {
  const calendar = new Calendar('2023-01-01');
  const monthStarts = calendar.monthStarts(10);
  const params = { ...baseline.params, 'delivery.teacherSendTraining': 120_000_000 } as Params;

  it('books a twelfth of a yearly cost each month from its date for its years, × scale, in whole pence', () => {
    const rows = deliveryPenceByMonth(
      [
        {
          lever: 'x',
          what: 'training',
          payer: 'dfe',
          cost: 'delivery.teacherSendTraining',
          units: 1,
          timing: 'perYear',
          from: '2026-09-01',
          years: 3,
        },
      ],
      params,
      calendar,
      monthStarts,
      0.01,
    );
    const dfe = rows[PAYER_INDEX.dfe]!;
    // £120m × 0.01 ÷ 12 = £100,000 a month: September 2026 (month 44) to August 2029 (month 79).
    expect(dfe.slice(44, 80).every((p) => p === 10_000_000)).toBe(true);
    expect(dfe.slice(0, 44).every((p) => p === 0)).toBe(true);
    expect(dfe.slice(80).every((p) => p === 0)).toBe(true);
    for (let p = 0; p < PAYER_COUNT; p++)
      if (p !== PAYER_INDEX.dfe) expect(rows[p]!.every((x) => x === 0)).toBe(true);
  });

  it('books a one-off cost in the month of its date, and a yearly cost with no end to the end of the run', () => {
    const rows = deliveryPenceByMonth(
      [
        {
          lever: 'x',
          what: 'capital',
          payer: 'dfe',
          cost: 'cost.specialPlaceCapital',
          units: 10,
          timing: 'oneOff',
          from: '2027-09-01',
        },
        {
          lever: 'y',
          what: 'fund',
          payer: 'school',
          cost: 'delivery.teacherSendTraining',
          units: 1,
          timing: 'perYear',
        },
      ],
      params,
      calendar,
      monthStarts,
      0.5,
    );
    const capital = Math.round(params['cost.specialPlaceCapital'] * 10 * 0.5 * 100);
    expect(rows[PAYER_INDEX.dfe]![56]).toBe(capital);
    expect(rows[PAYER_INDEX.dfe]!.reduce((a, b) => a + b, 0)).toBe(capital);
    expect(rows[PAYER_INDEX.school]!.every((p) => p === 500_000_000)).toBe(true);
  });
});

describe('ringfenced SEN money in the cost model', () => {
  const row = (params: Params) => {
    const out = new Float64Array(LEDGER_COLUMNS);
    runningCosts('senSupport', false, 'mainstream', false, true, params, out);
    return out;
  };
  const sumOfPayers = (out: Float64Array) => out.slice(0, PAYER_COUNT).reduce((a, b) => a + b, 0);

  it('moves money from LA high needs to schools: the sum over payers is unchanged by the move', () => {
    const before = row(baseline.params);
    const moved = row(
      baselineParamsWith({ 'cost.senSupportRingfenced': 435, 'ringfence.movedFromHighNeeds': 1 }),
    );
    expect(sumOfPayers(moved)).toBe(sumOfPayers(before));
    expect(moved[PAYER_INDEX.school]! - before[PAYER_INDEX.school]!).toBe(435);
    expect(moved[PAYER_INDEX.laHighNeeds]).toBe(-435);
    expect(moved[MOVED_FROM_HIGH_NEEDS]).toBe(435);
  });

  it('adds the money instead when the scenario says it is new money', () => {
    const before = row(baseline.params);
    const added = row(
      baselineParamsWith({ 'cost.senSupportRingfenced': 435, 'ringfence.movedFromHighNeeds': 0 }),
    );
    expect(sumOfPayers(added) - sumOfPayers(before)).toBe(435);
    expect(added[PAYER_INDEX.laHighNeeds]).toBe(0);
    expect(added[MOVED_FROM_HIGH_NEEDS]).toBe(0);
  });
});
