/**
 * Life after the plan: a young person whose plan ends before 25 stays in the model on a
 * post-plan pathway (education, employment or training; NEET; adult social care) until their
 * 25th birthday, then leaves it with an outcome at 25 recorded. Run with plans ending at 18 and
 * every child traced, the timelines must show it, and the outcome counts must equal the
 * departures at 25 the timelines show, pathway by pathway.
 */
import { type ChildTrace, Simulation } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const PATHWAYS = ['postPlan.eet', 'postPlan.neet', 'postPlan.adultSocialCare'];

const out = new Simulation({
  params: { ...baseline.params, 'plan.upperAge': 18 },
  startDate: baseline.startDate,
  seed: 2,
  replication: 0,
  years: 9,
  scale: 0.002,
  traceChildIds: 'all',
}).run();

/** The step on which the child turned `age`, if the journey acted on it. */
const birthday = (trace: ChildTrace, age: number) =>
  trace.steps.find((step) => step.event === `BIRTHDAY (age ${age})`);

/** Young people whose plan ended on their 18th birthday and who turned 25 within the run. */
const endedAt18 = out.traces.filter((t) => birthday(t, 18)?.from.support === 'statutory.plan');
const reached25 = endedAt18.filter((t) => birthday(t, 25) !== undefined);

describe('life after the plan (plans ending at 18)', () => {
  it('keeps a young person whose plan ends at 18 in the model on a pathway until 25', () => {
    expect(endedAt18.length).toBeGreaterThan(50);
    expect(reached25.length).toBeGreaterThan(20);
    for (const trace of endedAt18) {
      const end = birthday(trace, 18)!;
      expect(end.to.support, `child ${trace.childId}`).toBe('postPlan.starting');
      expect(end.to.setting ?? 'adult', `child ${trace.childId}`).toBe('adult');
      // Nobody leaves before 25: the only way out is the 25th birthday.
      const left = trace.steps.filter((step) => step.to.support === 'ended');
      for (const step of left) expect(step.event, `child ${trace.childId}`).toBe('BIRTHDAY (age 25)');
    }
    for (const trace of reached25) {
      const at25 = birthday(trace, 25)!;
      // Still on a pathway the day before 25 (so at 24), and out of the model from 25.
      expect(PATHWAYS, `child ${trace.childId}`).toContain(at25.from.support);
      expect(at25.to.support).toBe('ended');
      expect(trace.steps.at(-1)).toBe(at25);
      expect(trace.finalState.support).toBe('ended');
    }
  });

  it('records an outcome at 25 for every young person who leaves at 25, by pathway', () => {
    const count = (from: (trace: ChildTrace) => boolean) => out.traces.filter(from).length;
    const leftFrom = (support: string) => (t: ChildTrace) => birthday(t, 25)?.from.support === support;
    const total = (metric: 'outcome_at_25_eet' | 'outcome_at_25_neet' | 'outcome_at_25_adult_social_care') =>
      out.yearly[metric].reduce((sum, v) => sum + v, 0);
    // Plans held at 24 at the start date end at 25: education, or NEET if out of education.
    const onPlan = (outOfEducation: boolean) => (t: ChildTrace) =>
      leftFrom('statutory.plan')(t) &&
      (birthday(t, 25)!.from.setting === 'outOfEducation') === outOfEducation;
    expect(total('outcome_at_25_eet')).toBe(count(leftFrom('postPlan.eet')) + count(onPlan(false)));
    expect(total('outcome_at_25_neet')).toBe(count(leftFrom('postPlan.neet')) + count(onPlan(true)));
    expect(total('outcome_at_25_adult_social_care')).toBe(count(leftFrom('postPlan.adultSocialCare')));
    for (const metric of [
      'outcome_at_25_eet',
      'outcome_at_25_neet',
      'outcome_at_25_adult_social_care',
    ] as const)
      expect(total(metric), metric).toBeGreaterThan(0);
  });

  it('books adult social care and out-of-work benefits to their payers after the plan', () => {
    const inCare = reached25.find((t) => birthday(t, 25)!.from.support === 'postPlan.adultSocialCare');
    expect(inCare).toBeDefined();
    const end = birthday(inCare!, 18)!;
    const at25 = birthday(inCare!, 25)!;
    expect(at25.costsToDate.adultSocialCare).toBeGreaterThan(end.costsToDate.adultSocialCare);
    expect(at25.costsToDate.dwp).toBeGreaterThan(end.costsToDate.dwp);
    expect(at25.costsToDate.laHighNeeds).toBe(end.costsToDate.laHighNeeds);
  });
});
