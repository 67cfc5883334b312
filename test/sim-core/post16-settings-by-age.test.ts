/**
 * The start's post-16 settings, year of age by year of age, follow the journey's own steps from
 * the weights at 16 and 17 (post16-settings-by-age.ts): from 18 further education loses those who
 * leave or move on at each birthday, those out of education keep the plan until a review ceases
 * it, and at 19 special schools' sixth-formers move to further education.
 */
import { type Params, POST16_FIRST_AGE, POST16_LAST_AGE, post16WeightsByAge } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline').params;
const AT16 = {
  furtherEducation: 0.63,
  maintainedSpecial: 0.2,
  independentSpecial: 0.07,
  outOfEducation: 0.1,
};
const at = (p: Params) => (age: number) => post16WeightsByAge(p, AT16)[age - POST16_FIRST_AGE]!;
/** The baseline with these chances of leaving college, moving on and a review ceasing a plan. */
const withExits = (leaves: number, movesOn: number, ceases: number): Params => ({
  ...baseline,
  'placement.leavesEducationProbability': leaves,
  'placement.movesOnProbability': movesOn,
  'plan.ceaseNotInEducationProbability': ceases,
});

describe('post-16 settings by year of age at the start', () => {
  it('give the weights at 16 and 17, ages 16 to 24, and no special school from 19', () => {
    const byAge = post16WeightsByAge(baseline, AT16);
    expect(byAge).toHaveLength(POST16_LAST_AGE - POST16_FIRST_AGE + 1);
    expect(byAge[0]).toEqual(AT16);
    expect(byAge[1]).toEqual(AT16);
    for (const w of byAge.slice(19 - POST16_FIRST_AGE)) {
      expect(w.maintainedSpecial).toBe(0);
      expect(w.independentSpecial).toBe(0);
    }
  });

  it('step as the journey does: leaving and moving on at 18, a review ceasing, the sixth form moving on at 19', () => {
    const q = baseline['placement.leavesEducationProbability'];
    const m = baseline['placement.movesOnProbability'];
    const c = baseline['plan.ceaseNotInEducationProbability'];
    const w = at(baseline);
    expect(w(18).furtherEducation).toBeCloseTo(AT16.furtherEducation * (1 - q - m), 12);
    expect(w(18).maintainedSpecial).toBe(AT16.maintainedSpecial);
    // Out at 18: those out since 16 and those who left at 18, held for 1 − c/2 of the year.
    const outAt18 = AT16.outOfEducation + AT16.furtherEducation * q;
    expect(w(18).outOfEducation).toBeCloseTo(outAt18 * (1 - c / 2), 12);
    const furtherAt19 =
      AT16.furtherEducation * (1 - q - m) ** 2 + AT16.maintainedSpecial + AT16.independentSpecial;
    expect(w(19).furtherEducation).toBeCloseTo(furtherAt19, 12);
    const outAt19 = outAt18 * (1 - c) + AT16.furtherEducation * (1 - q - m) * q;
    expect(w(19).outOfEducation).toBeCloseTo(outAt19 * (1 - c / 2), 12);
  });

  it('never give a negative weight, and with no one leaving keep everyone in education', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (leaves, movesOn, ceases) => {
          for (const w of post16WeightsByAge(withExits(leaves, movesOn, ceases), AT16))
            for (const v of Object.values(w)) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 16 },
    );
    const w = at(withExits(0, 0, 0));
    expect(w(24).furtherEducation).toBeCloseTo(
      AT16.furtherEducation + AT16.maintainedSpecial + AT16.independentSpecial,
      12,
    );
    expect(w(24).outOfEducation).toBe(AT16.outOfEducation);
  });
});
