/**
 * Primary need shapes how a need starts: complex needs (SLD, PMLD, MSI, PD, VI, HI) arise only
 * before school and start at or above the specialist threshold, so they are the route into special
 * schools at reception. Driven by the engine with fixed seeds.
 */
import {
  arrivalAttributes,
  arrivalsInYear,
  Calendar,
  COMPLEX_NEEDS,
  drawArisingNeed,
  earlyComplexChance,
  isComplexNeed,
  JOURNEY_GUARDS,
  type JourneyContext,
  type JourneyEvent,
  onsetSeverity,
  onsetTrend,
  PRIMARY_NEEDS,
  pastTrends,
  provisionOf,
  ReusableStream,
  randomStream,
  requestProbability,
  Simulation,
  senSupportProvision,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

/** Severity bands easy to read off: severe around 0.8, mild around 0.3 before school and 0.25 after, each 0.2 wide; half of early needs severe. */
const SEVERITY_BANDS = {
  'need.severeOnsetShareEarly': 0.5,
  'need.severeOnsetSeverityMean': 0.8,
  'need.earlyOnsetSeverityMean': 0.3,
  'need.onsetSeverityMean': 0.25,
  'need.onsetSeveritySpread': 0.2,
} as const;

describe('primary need', () => {
  it('complex needs start between the specialist threshold and 1; others by the age they arise at', () => {
    const p = baselineParamsWith({
      'need.severeOnsetSeverityMean': 0.85,
      'need.severeOnsetShare': 0,
      'need.severeOnsetShareEarly': 0,
      'need.earlyOnsetSeverityMean': 0.4,
      'need.onsetSeverityMean': 0.25,
      'need.onsetSeveritySpread': 0.2,
    });
    const threshold = p['placement.specialistSeverity'];
    expect(onsetSeverity('PMLD', 3, p, 0)).toBeCloseTo(threshold);
    expect(onsetSeverity('PMLD', 3, p, 0.5)).toBeCloseTo((threshold + 1) / 2);
    expect(onsetSeverity('HI', 9, p, 0.999999)).toBeCloseTo(1);
    expect(onsetSeverity('ASD', 3, p, 0.5)).toBeCloseTo(0.4);
    expect(onsetSeverity('ASD', 9, p, 1)).toBeCloseTo(0.35);
  });

  it('a share of other needs is severe from onset, taken from one draw', () => {
    const p = baselineParamsWith({
      'need.severeOnsetShare': 0.2,
      'need.severeOnsetSeverityMean': 0.8,
      'need.onsetSeverityMean': 0.25,
      'need.onsetSeveritySpread': 0.2,
    });
    // The bottom fifth of the draw is severe, spread over the severe band; the rest is mild.
    expect(onsetSeverity('SEMH', 9, p, 0)).toBeCloseTo(0.7);
    expect(onsetSeverity('SEMH', 9, p, 0.1)).toBeCloseTo(0.8);
    expect(onsetSeverity('SEMH', 9, p, 0.2)).toBeCloseTo(0.15);
    expect(onsetSeverity('SEMH', 9, p, 0.6)).toBeCloseTo(0.25);
    // Over uniform draws, the severe share and both bands' means are as stated.
    const draws = 10_000;
    const severities = Array.from({ length: draws }, (_, k) => onsetSeverity('ASD', 7, p, (k + 0.5) / draws));
    const severe = severities.filter((s) => s >= 0.5);
    expect(severe.length / draws).toBeCloseTo(0.2, 3);
    expect(severe.reduce((a, b) => a + b, 0) / severe.length).toBeCloseTo(0.8, 3);
    // With no severe share, the draw is the mild band alone, as before the share existed.
    const none = { ...p, 'need.severeOnsetShare': 0 };
    expect(onsetSeverity('ASD', 9, none, 0)).toBeCloseTo(0.15);
  });

  it('a specific learning difficulty is never severe from onset, before school or after', () => {
    const p = baselineParamsWith({ ...SEVERITY_BANDS, 'need.severeOnsetShare': 0.2 });
    // The draws that make another need severe leave SpLD in the mild band, spread over all of it.
    expect(onsetSeverity('MLD', 9, p, 0.1)).toBeCloseTo(0.8);
    expect(onsetSeverity('SpLD', 9, p, 0)).toBeCloseTo(0.15);
    expect(onsetSeverity('SpLD', 9, p, 0.1)).toBeCloseTo(0.17);
    expect(onsetSeverity('SpLD', 9, p, 1)).toBeCloseTo(0.35);
    expect(onsetSeverity('SpLD', 3, p, 0.25)).toBeCloseTo(0.25);
  });

  it('needs arising before school take their severe share from need.severeOnsetShareEarly, later ones from need.severeOnsetShare', () => {
    const p = baselineParamsWith({ ...SEVERITY_BANDS, 'need.severeOnsetShare': 0 });
    expect(onsetSeverity('ASD', 4.9, p, 0.25)).toBeCloseTo(0.8);
    expect(onsetSeverity('ASD', 4.9, p, 0.75)).toBeCloseTo(0.3);
    expect(onsetSeverity('ASD', 5, p, 0.25)).toBeCloseTo(0.2);
    // Complex needs start at or above the specialist threshold whatever either share says.
    const threshold = p['placement.specialistSeverity'];
    expect(onsetSeverity('SLD', 2, { ...p, 'need.severeOnsetShareEarly': 0 }, 0.5)).toBeCloseTo(
      (threshold + 1) / 2,
    );
  });

  it('a need that arises before 5 is complex at the chance its year gives, and never after', () => {
    const p = baselineParamsWith({});
    const r = randomStream(7, 0, 0, 'attributes');
    const draws = 20_000;
    let early = 0;
    for (let k = 0; k < draws; k++) if (isComplexNeed(drawArisingNeed(4.5, 0.3, p, r))) early++;
    // Binomial(20,000, 0.3): the share is within 4 standard deviations (0.013) of 0.3.
    expect(Math.abs(early / draws - 0.3)).toBeLessThan(0.013);
    for (let k = 0; k < draws; k++) expect(isComplexNeed(drawArisingNeed(5, 0.3, p, r))).toBe(false);
    expect(COMPLEX_NEEDS.every((n) => PRIMARY_NEEDS.includes(n))).toBe(true);
  });

  it('complex needs arise per child at their own trend, not at the trend of all onsets', () => {
    const p = baselineParamsWith({
      'need.onsetGrowthPerYear': 0.08,
      'need.growthFromYear': 2015,
      'need.growthUntilYear': 2023,
      'need.earlyComplexShare': 0.06,
    });
    // Complex onsets per child (the chance a need is complex times the level of all onsets) are
    // 2023's in every year, though all onsets were 0.54 times 2023's in 2015.
    expect(onsetTrend(2015, p)).toBeCloseTo(1.08 ** -8);
    for (const year of [2010, 2015, 2019, 2023, 2030])
      expect(earlyComplexChance(year, p) * onsetTrend(year, p), String(year)).toBeCloseTo(0.06, 10);
    // The start's replayed histories read the same chances, year by year before the start.
    const trends = pastTrends(p, 2019);
    expect(trends.earlyComplex[3]).toBeCloseTo(earlyComplexChance(2016, p), 12);
    // With a trend of their own, complex onsets follow it.
    const growing = { ...p, 'need.complexOnsetGrowthPerYear': 0.02 };
    expect(earlyComplexChance(2019, growing) * onsetTrend(2019, growing)).toBeCloseTo(0.06 * 1.02 ** -4, 10);

    // Drawn as a run draws them: as many complex needs per child in 2016's arrivals as in 2023's.
    const calendar = new Calendar('2016-01-01');
    const complexAndAll = (yearIndex: number) => {
      const year = arrivalsInYear(p, 0.2, 9, 0, calendar, yearIndex, 0);
      const stream = new ReusableStream();
      let complex = 0;
      for (let k = 0; k < year.days.length; k++) {
        const child = arrivalAttributes(stream, p, 9, 0, k, year, k);
        if (isComplexNeed(child.primaryNeed)) complex++;
      }
      return [complex, year.days.length] as const;
    };
    const [complex2016, all2016] = complexAndAll(0);
    const [complex2023, all2023] = complexAndAll(7);
    expect(all2023 / all2016).toBeGreaterThan(1.5); // 1.08^7 = 1.71
    // About 1,200 complex needs a year at this scale (700 in 2016 were they a fixed share of onsets):
    // Poisson, so the difference is within 4 of its standard deviations.
    expect(Math.abs(complex2023 - complex2016)).toBeLessThan(4 * Math.sqrt(complex2016 + complex2023));
  });

  it('needs other than complex arise in the shares need.arisingShare.* give, divided by their sum', () => {
    const shares = { ASD: 0.4, SLCN: 0.2, SEMH: 0.2, MLD: 0.1, SpLD: 0.05, OTH: 0.05 } as const;
    // Doubled, to show the draw divides by the sum.
    const p = baselineParamsWith(
      Object.fromEntries(
        Object.entries(shares).map(([need, share]) => [`need.arisingShare.${need}`, 2 * share]),
      ),
    );
    const r = randomStream(11, 0, 0, 'attributes');
    const draws = 40_000;
    const counts = new Map<string, number>();
    for (let k = 0; k < draws; k++) {
      const need = drawArisingNeed(9, 0.3, p, r);
      counts.set(need, (counts.get(need) ?? 0) + 1);
    }
    for (const [need, share] of Object.entries(shares)) {
      // Binomial(40,000, share): within 4 standard deviations.
      const sd = Math.sqrt((share * (1 - share)) / draws);
      expect(Math.abs((counts.get(need) ?? 0) / draws - share), need).toBeLessThan(4 * sd);
    }
    expect([...counts.keys()].every((need) => need in shares)).toBe(true);
  });

  it('SEN support adds to universal provision its multiplier’s share of what it adds for every need, and a poor fit asks sooner', () => {
    const p = baselineParamsWith({
      'provision.universal': 0.1,
      'provision.senSupport': 0.4,
      'provision.senSupportByNeed.ASD': 0.5,
      'provision.senSupportByNeed.SpLD': 1.25,
    });
    // Universal provision (0.1) plus the multiplier's share of what SEN support adds to it (0.3).
    expect(senSupportProvision('ASD', p)).toBeCloseTo(0.25);
    expect(senSupportProvision('SpLD', p)).toBeCloseTo(0.475);
    // Complex needs take provision.senSupport as it is.
    expect(senSupportProvision('PMLD', p)).toBeCloseTo(0.4);
    // The journey reads the same: a child on SEN support with an autistic need of 0.3 is not met,
    // one with dyslexia of 0.3 is.
    const onSupport = (primaryNeed: 'ASD' | 'SpLD') =>
      ({
        supportLevel: 'senSupport',
        primaryNeed,
        severity: 0.3,
        specialistSetting: false,
      }) as JourneyContext;
    expect(provisionOf(onSupport('ASD'), p)).toBeLessThan(0.3);
    expect(provisionOf(onSupport('SpLD'), p)).toBeGreaterThan(0.3);
    // An escalation brings a request 1 ÷ the multiplier times as often as a complex need's would.
    const family = (primaryNeed: 'ASD' | 'SpLD' | 'PMLD') =>
      ({ ...onSupport('ASD'), primaryNeed, advocacy: 0.5, trust: 0.5 }) as JourneyContext;
    expect(requestProbability(family('ASD'), p) / requestProbability(family('PMLD'), p)).toBeCloseTo(2);
    expect(requestProbability(family('SpLD'), p) / requestProbability(family('PMLD'), p)).toBeCloseTo(0.8);
  });

  it('the move to secondary reopens the placement within a window widened by 1 ÷ SEN support’s fit', () => {
    const p = baselineParamsWith({
      'placement.specialistSeverity': 0.8,
      'placement.secondaryMoveWindow': 0.1,
      'placement.specialistMoveAtSecondary': 0.5,
      'provision.senSupportByNeed.ASD': 0.25,
      'provision.senSupportByNeed.SpLD': 1,
    });
    const planHolder = (primaryNeed: 'ASD' | 'SpLD' | 'PMLD', severity: number) =>
      ({
        supportLevel: 'plan',
        primaryNeed,
        severity,
        specialistSetting: false,
        seeksSpecialist: false,
      }) as JourneyContext;
    const birthday = (age: number, uSetting: number) =>
      ({ type: 'BIRTHDAY', age, uSetting }) as unknown as JourneyEvent;
    const moves = (c: JourneyContext, e: JourneyEvent) =>
      JOURNEY_GUARDS.movesToSpecialistAtSecondary(c, e, p);
    // Dyslexia (fit 1) and complex needs: within 0.1 of the threshold, 0.8.
    expect(moves(planHolder('SpLD', 0.71), birthday(11, 0.1))).toBe(true);
    expect(moves(planHolder('SpLD', 0.69), birthday(11, 0.1))).toBe(false);
    expect(moves(planHolder('PMLD', 0.69), birthday(11, 0.1))).toBe(false);
    // Autism (fit 0.25): within 0.1 ÷ 0.25 = 0.4 of it.
    expect(moves(planHolder('ASD', 0.41), birthday(11, 0.1))).toBe(true);
    expect(moves(planHolder('ASD', 0.39), birthday(11, 0.1))).toBe(false);
    // Only at 11, and with chance placement.specialistMoveAtSecondary.
    expect(moves(planHolder('ASD', 0.6), birthday(12, 0.1))).toBe(false);
    expect(moves(planHolder('ASD', 0.6), birthday(11, 0.6))).toBe(false);
  });

  it('more complex early needs put more young children in special schools', () => {
    const baseline = loadScenario('baseline');
    // The children (their attributes, needs included) come from the world before any lever.
    const run = (share: number) =>
      new Simulation({
        params: baseline.params,
        startParams: { ...baseline.startParams, 'need.earlyComplexShare': share },
        phases: baseline.phases,
        startDate: baseline.startDate,
        seed: 3,
        replication: 0,
        years: 6,
        scale: 0.004,
      }).run();
    const few = run(0.05);
    const many = run(0.5);
    const complexPlans = (out: ReturnType<typeof run>) =>
      COMPLEX_NEEDS.reduce((n, need) => n + out.monthly[`ehcp_need_${need}`]!.at(-1)!, 0);
    // Children whose complex need arose in the run hold plans by its end, and special school places.
    expect(complexPlans(many)).toBeGreaterThan(complexPlans(few) * 1.3);
    expect(many.monthly.ehcp_in_special_school!.at(-1)!).toBeGreaterThan(
      few.monthly.ehcp_in_special_school!.at(-1)!,
    );
  });

  it('a kind of need SEN support meets less well reaches plans more often, and escalates into more crises', () => {
    const baseline = loadScenario('baseline');
    const run = (multiplier: number) => {
      const change = { 'provision.senSupportByNeed.SpLD': multiplier };
      return new Simulation({
        params: { ...baseline.params, ...change },
        startParams: { ...baseline.startParams, ...change },
        phases: baseline.phases,
        startDate: baseline.startDate,
        seed: 5,
        replication: 0,
        years: 4,
        scale: 0.004,
      }).run();
    };
    const wellMet = run(1.5);
    const poorlyMet = run(0.5);
    const spldPlans = (out: ReturnType<typeof run>) => out.monthly.ehcp_need_SpLD!.at(-1)!;
    expect(spldPlans(poorlyMet)).toBeGreaterThan(spldPlans(wellMet) * 1.5);
    const cognitionCrises = (out: ReturnType<typeof run>) =>
      out.monthly.crisis_events_cognition!.reduce((a, b) => a + b, 0);
    expect(cognitionCrises(poorlyMet)).toBeGreaterThan(cognitionCrises(wellMet));
  });
});
