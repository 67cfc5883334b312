/**
 * Councils commissioning state special school places: decided each 1 September from the
 * year's unmet demand, opened `lag` years later, the capital booked to the DfE when decided.
 */
import { Calendar, PAYER_INDEX, type Params, PlaceCommissioning, Simulation } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const backtest = loadScenario('backtest-2019');
const with_ = (values: Partial<Record<keyof Params, number>>): Params =>
  ({ ...backtest.params, ...values }) as Params;

describe('place commissioning, decision by decision', () => {
  const calendar = new Calendar('2019-01-01');
  const sept = (year: number) => calendar.dayOf(year, 8, 1);
  const params = with_({ 'placement.commissioningShare': 0.5, 'placement.commissioningLagYears': 2 });

  it('decides only on 1 September, for a share of those who stopped waiting (scaled to a year) and those waiting', () => {
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2024));
    expect(c.decide(sept(2019) - 1, 100, params)).toBeUndefined();
    // 40 stopped waiting over the 8 months since the start: 60 a year; 20 wait now.
    c.noteStoppedWaiting(40);
    const first = c.decide(sept(2019), 20, params)!;
    const yearShare = sept(2019) / 365.25;
    expect(first.places).toBe(Math.round(0.5 * (40 / yearShare + 20)));
    expect(first.opensOn).toBe(sept(2021));
    // A whole year counted next time: no scaling.
    c.noteStoppedWaiting(30);
    expect(c.decide(sept(2020), 10, params)).toEqual({ places: 20, opensOn: sept(2022) });
    // No demand, no places.
    expect(c.decide(sept(2021), 0, params)).toBeUndefined();
  });

  it('opens places on the day they are due, not before, and counts them once', () => {
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2025));
    c.noteStoppedWaiting(100);
    const { places, opensOn } = c.decide(sept(2019), 0, params)!;
    expect(c.open(opensOn - 1)).toBe(0);
    expect(c.open(opensOn)).toBe(places);
    expect(c.open(opensOn + 1)).toBe(0);
    expect(c.opened).toBe(places);
  });

  it('opens the places commissioned before the start in the Septembers the lag gives, before any it decides', () => {
    // January 2019 with a two-year lag: September 2017's places open in September 2019, and
    // September 2018's in September 2020; earlier ones are open already.
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2025), 7, 2);
    c.noteStoppedWaiting(100);
    const decided = c.decide(sept(2019), 0, params)!;
    expect(c.open(sept(2019) - 1)).toBe(0);
    expect(c.open(sept(2019))).toBe(7);
    expect(c.open(sept(2020))).toBe(7);
    expect(c.open(sept(2021))).toBe(decided.places);
    expect(c.opened).toBe(14 + decided.places);
    // From a September start, that September's decision was made before the run too.
    const fromSeptember = new PlaceCommissioning(new Calendar('2019-09-01'), 3000, 5, 1);
    expect(fromSeptember.open(new Calendar('2019-09-01').dayOf(2020, 8, 1))).toBe(5);
  });
});

describe('place commissioning in a run', () => {
  // Few places, so children wait and spill into the independent sector.
  const params = with_({
    'placement.specialSchoolPlaces': 60_000,
    'placement.commissioningShare': 0.6,
    'placement.commissioningLagYears': 1,
    'placement.commissionedAtStart': 0.05,
  });
  const scale = 0.002;
  const capacities: number[] = [];
  const sim = new Simulation({
    params,
    startDate: backtest.startDate,
    seed: 3,
    replication: 0,
    years: 4,
    scale,
    onMonthStart: () => capacities.push(sim.service('specialSchool').capacity),
  });
  const out = sim.run();
  const commissioned = out.monthly.special_places_commissioned;

  it('grows capacity only by places commissioned a lag earlier, each September', () => {
    const start = Math.floor(60_000 * scale);
    // Commissioned in September 2018, before the start: they open in September 2019.
    const beforeStart = Math.round(60_000 * 0.05 * scale);
    expect(capacities[0]).toBe(start);
    expect(commissioned.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (let m = 0; m < capacities.length; m++) {
      // Month m starts on the first of month m (January 2019 is 0): September is m % 12 === 8.
      const openedBy = commissioned.slice(0, Math.max(0, m - 12 + 1)).reduce((a, b) => a + b, 0);
      expect(capacities[m]).toBe(start + (m >= 8 ? beforeStart : 0) + openedBy);
      if (m % 12 !== 8) expect(commissioned[m] ?? 0).toBe(0);
    }
    expect(out.monthly.special_school_places).toEqual(
      capacities.slice(0, out.monthly.special_school_places.length),
    );
  });

  it('books the capital to the DfE in the month the places are commissioned', () => {
    const pencePerPlace = Math.round(params['cost.specialPlaceCapital'] * 100);
    commissioned.forEach((places, m) => {
      expect(out.capitalByMonth[m]).toBe(places * pencePerPlace);
      expect(out.costsByMonth[PAYER_INDEX.dfe]![m]).toBe(places * pencePerPlace);
    });
  });
});
