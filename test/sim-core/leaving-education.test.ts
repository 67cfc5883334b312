/**
 * Leaving education with a plan (model 0.18.0): a young person leaves education first (at 16, or
 * at a birthday from 18 in further education) and keeps the plan out of education until an annual
 * review ceases it; a plan is never ceased for leaving education while its holder is in it.
 * Until 0.18.0 a review ended the plan of any holder from 18 the day they left, so SEN2's plan
 * holders not in education (16,300 in January 2022) were only those who left at 16, and the
 * backtest held 11,700 of them.
 *
 * Moving on (model 0.19.0): at a birthday from 18 a young person in further education may instead
 * move on to higher education or paid employment (SEN2's 4,188 plans ceased for those reasons in
 * 2022); the plan ends that day, straight onto the education, employment or training pathway.
 */
import { type ChildTrace, Simulation, type TraceStep } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const out = new Simulation({
  params: baseline.params,
  startDate: baseline.startDate,
  seed: 3,
  replication: 0,
  years: 6,
  scale: 0.002,
  traceChildIds: 'all',
}).run();

/** The setting a child was in just before each of its steps (a trace names only the regions that changed). */
function settingsBefore(trace: ChildTrace): string[] {
  const firstNamed = trace.steps.find((step) => step.from.setting !== undefined);
  let setting = firstNamed?.from.setting ?? trace.finalState.setting!;
  return trace.steps.map((step) => {
    const before = setting;
    if (step.to.setting !== undefined) setting = step.to.setting;
    return before;
  });
}

const leftFurtherEducation = (step: TraceStep) =>
  step.from.setting === 'furtherEducation' && step.to.setting === 'outOfEducation';
const ceasedNotInEducation = (step: TraceStep) =>
  step.event === 'ANNUAL_REVIEW' &&
  step.from.support === 'statutory.plan' &&
  (step.to.support ?? '').startsWith('postPlan');

const movedOn = (step: TraceStep) =>
  /^BIRTHDAY/.test(step.event) &&
  step.from.support === 'statutory.plan' &&
  step.to.support === 'postPlan.eet';

/** Every traced step that `is`, with the setting the child was in just before it and where it happened. */
function stepsWhere(is: (step: TraceStep) => boolean) {
  return out.traces.flatMap((trace) => {
    const settings = settingsBefore(trace);
    return trace.steps.flatMap((step, k) =>
      is(step) ? [{ step, settingBefore: settings[k], where: `child ${trace.childId} on ${step.date}` }] : [],
    );
  });
}

/** The age a birthday step is for ('BIRTHDAY (age 18)' → 18). */
const birthdayAge = (step: TraceStep) => Number(/^BIRTHDAY \(age (\d+)\)$/.exec(step.event)?.[1]);

describe('leaving education with a plan', () => {
  it('ceases a plan for leaving education only for a young person already out of it', () => {
    const ceased = stepsWhere(ceasedNotInEducation);
    for (const { step, settingBefore, where } of ceased) {
      expect(settingBefore, where).toBe('outOfEducation');
      expect(step.to.setting, where).toBe('adult');
    }
    expect(ceased.length).toBeGreaterThan(20);
  });

  it('lets a young person leave further education at a birthday from 18, keeping the plan until a review ceases it', () => {
    const heldFor: number[] = [];
    for (const trace of out.traces) {
      const k = trace.steps.findIndex(leftFurtherEducation);
      if (k < 0) continue;
      const left = trace.steps[k]!;
      expect(birthdayAge(left), `child ${trace.childId}: ${left.event}`).toBeGreaterThanOrEqual(18);
      expect(left.to.support, `child ${trace.childId} keeps the plan`).toBeUndefined();
      const ended = trace.steps.slice(k + 1).find((step) => step.from.support === 'statutory.plan');
      if (ended !== undefined && ceasedNotInEducation(ended)) heldFor.push(ended.day - left.day);
    }
    expect(heldFor.length).toBeGreaterThan(20);
    for (const days of heldFor) expect(days).toBeGreaterThan(0);
    // The first review comes part-way through a year, and a review ceases the plan only with
    // plan.ceaseNotInEducationProbability: months out of education with a plan, not days.
    const mean = heldFor.reduce((sum, d) => sum + d, 0) / heldFor.length;
    expect(mean).toBeGreaterThan(120);
  });

  it('ends a plan for moving on only at a birthday from 18 in further education, leaving it the same day', () => {
    const moves = stepsWhere(movedOn);
    for (const { step, settingBefore, where } of moves) {
      expect(birthdayAge(step), where).toBeGreaterThanOrEqual(18);
      expect(birthdayAge(step), where).toBeLessThan(25);
      expect(settingBefore, where).toBe('furtherEducation');
      expect(step.to.setting, where).toBe('adult');
    }
    // About 4,200 a year nationally: some 50 in six years at 0.2%.
    expect(moves.length).toBeGreaterThan(20);
  });
});
