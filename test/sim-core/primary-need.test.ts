/**
 * Primary need shapes how a need starts: complex needs (SLD, PMLD, MSI, PD, VI, HI) arise only
 * before school and start at or above the specialist threshold, so they are the route into special
 * schools at reception. Driven by the engine with fixed seeds.
 */
import {
  COMPLEX_NEEDS,
  drawArisingNeed,
  isComplexNeed,
  onsetSeverity,
  PRIMARY_NEEDS,
  randomStream,
  Simulation,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

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

  it('needs arising before school take their severe share from need.severeOnsetShareEarly, later ones from need.severeOnsetShare', () => {
    const p = baselineParamsWith({
      'need.severeOnsetShare': 0,
      'need.severeOnsetShareEarly': 0.5,
      'need.severeOnsetSeverityMean': 0.8,
      'need.earlyOnsetSeverityMean': 0.3,
      'need.onsetSeverityMean': 0.25,
      'need.onsetSeveritySpread': 0.2,
    });
    expect(onsetSeverity('ASD', 4.9, p, 0.25)).toBeCloseTo(0.8);
    expect(onsetSeverity('ASD', 4.9, p, 0.75)).toBeCloseTo(0.3);
    expect(onsetSeverity('ASD', 5, p, 0.25)).toBeCloseTo(0.2);
    // Complex needs start at or above the specialist threshold whatever either share says.
    const threshold = p['placement.specialistSeverity'];
    expect(onsetSeverity('SLD', 2, { ...p, 'need.severeOnsetShareEarly': 0 }, 0.5)).toBeCloseTo(
      (threshold + 1) / 2,
    );
  });

  it('a need that arises before 5 is complex at the stated share, and never after', () => {
    const p = baselineParamsWith({ 'need.earlyComplexShare': 0.3 });
    const r = randomStream(7, 0, 0, 'attributes');
    const draws = 20_000;
    let early = 0;
    for (let k = 0; k < draws; k++) if (isComplexNeed(drawArisingNeed(4.5, p, r))) early++;
    // Binomial(20,000, 0.3): the share is within 4 standard deviations (0.013) of 0.3.
    expect(Math.abs(early / draws - 0.3)).toBeLessThan(0.013);
    for (let k = 0; k < draws; k++) expect(isComplexNeed(drawArisingNeed(5, p, r))).toBe(false);
    expect(COMPLEX_NEEDS.every((n) => PRIMARY_NEEDS.includes(n))).toBe(true);
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
});
