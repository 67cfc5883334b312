/**
 * Councils commissioning state special school places: decided each 1 September for the demand
 * they forecast when the places would open, opened `lag` years later, the capital booked to the
 * DfE when decided.
 */
import { Calendar, PAYER_INDEX, type Params, PlaceCommissioning, Simulation } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const backtest = loadScenario('backtest-2019');
/** What councils count of the places: children holding one, children waiting, places open. */
const counts = (holding: number, waiting: number, capacity: number) => ({ holding, waiting, capacity });
const with_ = (values: Partial<Record<keyof Params, number>>): Params =>
  ({ ...backtest.params, ...values }) as Params;

describe('place commissioning, decision by decision', () => {
  const calendar = new Calendar('2019-01-01');
  const sept = (year: number) => calendar.dayOf(year, 8, 1);
  const params = with_({ 'placement.commissioningShare': 0.5, 'placement.commissioningLagYears': 2 });

  it('decides only on 1 September, for a share of the demand it forecasts at opening less the places it has or has coming', () => {
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2024));
    // The end of the start's day: 1,000 hold a place, 20 wait, 1,000 places.
    expect(c.decide(0, counts(1000, 20, 1000), params)).toBeUndefined();
    expect(c.decide(sept(2019) - 1, counts(1000, 20, 1000), params)).toBeUndefined();
    // By September 2019 (8 months): 30 more hold or wait, and 40 stopped waiting. Less than a year
    // of counts: councils go on at the pace of the places commissioned before the start (none
    // here), so they commission for today's 1,050 less the 1,020 places.
    c.noteStoppedWaiting(40);
    const first = c.decide(sept(2019), counts(1020, 30, 1020), params)!;
    expect(first.places).toBe(Math.round(0.5 * (1050 - 1020)));
    expect(first.opensOn).toBe(sept(2021));
    // A year later the trend runs from the start: 110 more hold or wait than then, and 80 stopped
    // waiting, over 20 months; the places commissioned but not open count as had.
    c.noteStoppedWaiting(40);
    const second = c.decide(sept(2020), counts(1100, 30, 1100), params)!;
    const trend = (1130 - 1020 + 80) / (sept(2020) / 365.25);
    expect(second).toEqual({
      places: Math.round(0.5 * (1130 + 3 * trend - 1100 - first.places)),
      opensOn: sept(2022),
    });
    // Places built ahead of demand (vacant) and none growing: nothing commissioned.
    expect(c.decide(sept(2021), counts(900, 0, 1100), params)).toBeUndefined();
    // From the fourth September the trend is the last three years': from September 2019's 1,050,
    // with the 70 who stopped waiting since.
    c.noteStoppedWaiting(30);
    const fourth = c.decide(sept(2022), counts(1500, 0, 1500), params)!;
    const threeYears = (1500 - 1050 + 70) / ((sept(2022) - sept(2019)) / 365.25);
    expect(fourth.places).toBe(
      Math.round(0.5 * (1500 + 3 * threeYears - 1500 - first.places - second.places)),
    );
  });

  it('keeps up with a steady growth in demand that the rule of unmet demand alone lets spill by half', () => {
    // 100 more children a year need a state place; councils commission the whole gap (share 1)
    // with a two-year lag; whoever finds no place stops waiting (goes to an independent school).
    // Commissioning only the unmet demand (the rule before model 0.16.0) settles where half of
    // each year's growth spills: places c = spilled = 100 − c. Forecasting the growth to the end
    // of the places' first year, it settles at c = share × 3 × growth ÷ (1 + share × 2) = growth.
    const p = with_({ 'placement.commissioningShare': 1, 'placement.commissioningLagYears': 2 });
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2040));
    let capacity = 1000;
    let holding = 1000;
    c.decide(0, counts(holding, 0, capacity), p);
    const spills: number[] = [];
    for (let year = 2019; year < 2039; year++) {
      capacity += c.open(sept(year) - 1);
      const seeking = holding + 100;
      holding = Math.min(seeking, capacity);
      spills.push(seeking - holding);
      c.noteStoppedWaiting(seeking - holding);
      c.decide(sept(year), counts(holding, 0, capacity), p);
    }
    const lastDecade = spills.slice(-10).reduce((a, b) => a + b, 0) / 10;
    expect(lastDecade).toBeLessThan(5);
    // Places are never built for more than the children who need them.
    expect(capacity - holding).toBeLessThanOrEqual(200);
  });

  it('opens places on the day they are due, not before, and counts them once', () => {
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2025));
    c.decide(0, counts(0, 100, 0), params);
    const { places, opensOn } = c.decide(sept(2019), counts(0, 100, 0), params)!;
    expect(c.open(opensOn - 1)).toBe(0);
    expect(c.open(opensOn)).toBe(places);
    expect(c.open(opensOn + 1)).toBe(0);
    expect(c.opened).toBe(places);
  });

  it('opens the places commissioned before the start in the Septembers the lag gives, before any it decides', () => {
    // January 2019 with a two-year lag: September 2017's places open in September 2019, and
    // September 2018's in September 2020; earlier ones are open already.
    const c = new PlaceCommissioning(calendar, calendar.dayOf(2025), 7, 2);
    c.decide(0, counts(0, 0, 0), params);
    // The first September forecasts growth at the pace before the start: 7 a year, 3 years on,
    // less the 14 places still to open.
    const decided = c.decide(sept(2019), counts(0, 0, 0), params)!;
    expect(decided.places).toBe(Math.round(0.5 * (3 * 7 - 14)));
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
