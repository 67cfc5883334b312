/**
 * The start in motion (population/need-history.ts): children at the start date carry need
 * histories the model's own rules could have produced, so the first year's flows continue
 * the system's momentum. These tests change one rule and check the start moves the way the
 * rule says it must.
 */
import { buildStartingPopulation, type ChildSeed, type Params } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const SCALE = 0.001;
const baseline = loadScenario('baseline').params;

function start(changes: Partial<Record<keyof Params, number>> = {}, scale = SCALE): ChildSeed[] {
  return buildStartingPopulation({ ...baseline, ...changes } as Params, scale, 1, 0);
}
const onSenSupport = (c: ChildSeed) => c.leaves.support === 'senSupport';
const meanSeverity = (children: ChildSeed[]) =>
  children.reduce((s, c) => s + c.context.severity, 0) / children.length;

describe('the starting population is in motion', () => {
  it('holds no pupil on SEN support whose need would already have resolved', () => {
    const pupils = start().filter(onSenSupport);
    expect(pupils.length).toBeGreaterThan(1000);
    for (const c of pupils)
      expect(c.context.severity).toBeGreaterThanOrEqual(baseline['provision.universal']);
  });

  it('replays requests: when nobody can ask for an assessment, pupils still on SEN support have escalated further', () => {
    const asked = meanSeverity(start().filter(onSenSupport));
    const neverAsked = meanSeverity(
      start({ 'request.probabilityAtFullSeverity': 0, 'request.earlyYearsAtFullSeverity': 0 }).filter(
        onSenSupport,
      ),
    );
    expect(neverAsked).toBeGreaterThan(asked + 0.02);
  });

  it('draws school pupils’ ages with their histories: an age holds pupils in proportion to the needs that have arisen by it', () => {
    // Needs arise only at 5–10 and never change, so every need stays on SEN support: a pupil
    // aged a has been exposed to min(a − 5, 6) years of onset, and pupils under 8 are
    // (3²/2) / (6²/2 + 6 × 5) = 4.5 / 48 of the 5–15-year-olds (an even spread of ages: 3/11).
    const still = {
      'need.onsetRate.age0to4': 0,
      'need.onsetRate.age11to15': 0,
      'need.easingRatePerYear': 0,
      'need.escalationRatePerYear': 0,
      'need.onsetSeverityMean': 0.6,
      'need.onsetSeveritySpread': 0.1,
      'need.severeOnsetShare': 0,
    };
    const ages = start(still, 0.01)
      .filter((c) => onSenSupport(c) && c.leaves.setting === 'mainstream')
      .map((c) => -c.context.birthDay / 365.25);
    expect(ages.length).toBeGreaterThan(5000);
    for (const age of ages) {
      expect(age).toBeGreaterThanOrEqual(5);
      expect(age).toBeLessThan(16);
    }
    const under8 = ages.filter((a) => a < 8).length / ages.length;
    expect(Math.abs(under8 - 4.5 / 48)).toBeLessThan(4 * Math.sqrt((0.094 * 0.906) / ages.length));
  });

  it('holds children under 5 on SEN support in early years settings, and needs nobody has noticed yet', () => {
    const children = start();
    const earlyYears = children.filter((c) => onSenSupport(c) && c.leaves.setting === 'earlyYears');
    const unnoticed = children.filter((c) => c.leaves.need === 'emerging');
    expect(earlyYears.length).toBeGreaterThan(10);
    for (const c of earlyYears) expect(-c.context.birthDay / 365.25).toBeLessThan(5);
    expect(unnoticed.length).toBeGreaterThan(50);
    for (const c of unnoticed) {
      expect(c.leaves.support).toBe('universal');
      expect(c.effects.map((e) => e.type === 'schedule' && e.params.event)).toEqual([
        'SCHOOL_NOTICES',
        'PARENT_RAISES_CONCERN',
        'NEED_ESCALATES',
      ]);
    }
  });

  it('holds requests being prepared at the start, as many as the time it takes to prepare one implies', () => {
    const preparing = (changes: Partial<Record<keyof Params, number>>) =>
      start(changes, 0.01).filter(
        (c) =>
          onSenSupport(c) &&
          c.effects.some((e) => e.type === 'schedule' && e.params.event === 'REQUEST_ASSESSMENT'),
      ).length;
    const usual = preparing({});
    const quicker = preparing({ 'request.preparationDays': baseline['request.preparationDays'] / 2 });
    expect(usual).toBeGreaterThan(20);
    expect(quicker / usual).toBeGreaterThan(0.35);
    expect(quicker / usual).toBeLessThan(0.65);
  });

  it('replays early years requests as the statechart makes them: some refused, so young pupils carry refusals and re-ask', () => {
    const earlyYears = (changes: Partial<Record<keyof Params, number>>) =>
      start(changes, 0.01).filter((c) => onSenSupport(c) && c.leaves.setting === 'earlyYears');
    // Only early years requests on noticing: no request from escalation on SEN support.
    const onNoticing = { 'request.probabilityAtFullSeverity': 0, 'request.earlyYearsAtFullSeverity': 1 };
    const refused = earlyYears(onNoticing).filter((c) => c.context.refusals > 0);
    expect(refused.length).toBeGreaterThan(20);
    // Early years requests being prepared at the start are the family's (notifiedInEarlyYears).
    const preparing = earlyYears(onNoticing).filter((c) =>
      c.effects.some((e) => e.type === 'schedule' && e.params.event === 'REQUEST_ASSESSMENT'),
    );
    expect(preparing.length).toBeGreaterThan(5);
    for (const c of preparing)
      expect(c.effects.some((e) => e.type === 'schedule' && e.params.payload?.by === 'family')).toBe(true);
    // With no requests at all, nobody carries a refusal.
    const none = earlyYears({ ...onNoticing, 'request.earlyYearsAtFullSeverity': 0 });
    expect(none.filter((c) => c.context.refusals > 0)).toEqual([]);
  });

  it('holds as many unnoticed needs as arise while families and schools take to notice them', () => {
    const count = (changes: Partial<Record<keyof Params, number>>) =>
      start(changes).filter((c) => c.leaves.need === 'emerging').length;
    const usual = count({});
    const slower = count({
      'identification.schoolMeanDays': 2 * baseline['identification.schoolMeanDays'],
      'identification.parentMeanDays': 2 * baseline['identification.parentMeanDays'],
    });
    expect(slower / usual).toBeGreaterThan(1.9);
    expect(slower / usual).toBeLessThan(2.1);
  });
});
