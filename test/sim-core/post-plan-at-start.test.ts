/**
 * Young people on a post-plan pathway at the start (population/post-plan-at-start.ts): as many at
 * each age as the start's own thinning of plan holders from 18 implies, aged 18 to 24, each on
 * the pathway its replayed years since the plan ended leave it on, and carrying what the
 * statechart needs to go on.
 */
import {
  buildStartingPopulation,
  createJourneyContext,
  movedOnShare,
  type Params,
  postPlanAge,
  postPlanByBand,
  randomStream,
  replayPathway,
  startingPopulationSize,
  yearsSincePlanEnded,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

const scenario = loadScenario('baseline');
const baseline = scenario.params;
const startYear = Number(scenario.startDate.slice(0, 4));

describe('how many young people are on a pathway, and how old', () => {
  it('at each age, the holders a band keeps times exp(h·(age − 18)) − 1: the ones the hazard took', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([16, 20], [20, 25], [18, 25], [14, 23]),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        ([lo, hi], h, holders) => {
          // A fine sum over age: the band's density (1 before 18, exp(−h·(a − 18)) after, normalised
          // over the band as ageWithinBand draws it) times the odds of having left by then.
          const density = (a: number) => (a < 18 ? 1 : Math.exp(-h * (a - 18)));
          const steps = 100_000;
          const width = (hi - lo) / steps;
          let mass = 0;
          let left = 0;
          for (let k = 0; k < steps; k++) {
            const a = lo + (k + 0.5) * width;
            mass += density(a) * width;
            if (a >= 18 && a < 25) left += density(a) * (Math.exp(h * (a - 18)) - 1) * width;
          }
          const expected = (holders * left) / mass;
          const [got] = postPlanByBand([{ lo, hi, holders }], h);
          expect(got! / expected).toBeCloseTo(1, 4);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('none below 18, none without a hazard', () => {
    expect(postPlanByBand([{ lo: 5, hi: 11, holders: 1000 }], 0.5)).toEqual([0]);
    expect(postPlanByBand([{ lo: 20, hi: 25, holders: 1000 }], 0)).toEqual([0]);
  });

  it('draws ages in [18, 25) by inverse transform, older ages more often (more of them have left)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([16, 20], [20, 25]),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        ([lo, hi], h, u, v) => {
          const a = postPlanAge(lo, hi, h, u);
          expect(a).toBeGreaterThanOrEqual(Math.max(lo, 18));
          expect(a).toBeLessThanOrEqual(Math.min(hi, 25));
          if (u < v) expect(a).toBeLessThanOrEqual(postPlanAge(lo, hi, h, v) + 1e-9);
        },
      ),
    );
    // Density ∝ 1 − exp(−h·(a − 18)): rising, so the upper half of [20, 25) holds more than half.
    const n = 10_000;
    let upper = 0;
    for (let k = 0; k < n; k++) if (postPlanAge(20, 25, 0.3, (k + 0.5) / n) >= 22.5) upper++;
    expect(upper / n).toBeGreaterThan(0.52);
  });

  it('the years since the plan ended lie between none and the years since 18, fewer for a later draw', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18, max: 25, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (age, h, u, v) => {
          const years = yearsSincePlanEnded(age, h, u);
          expect(years).toBeGreaterThanOrEqual(0);
          expect(years).toBeLessThanOrEqual(age - 18 + 1e-9);
          if (u < v) expect(years).toBeGreaterThanOrEqual(yearsSincePlanEnded(age, h, v) - 1e-9);
        },
      ),
    );
  });
});

describe('the pathway a young person is on', () => {
  const context = () =>
    createJourneyContext(
      { id: 1, birthDay: -20 * 365.25, sex: 'male', primaryNeed: 'ASD', deprived: false, advocacy: 0.5 },
      0.7,
      0.5,
    );

  it('just after the plan ended: the statechart’s entry shares, those who moved on in education or work', () => {
    const r = randomStream(3, 0, 0, 'attributes');
    const n = 40_000;
    const counts = { 'postPlan.eet': 0, 'postPlan.neet': 0, 'postPlan.adultSocialCare': 0 };
    for (let k = 0; k < n; k++) counts[replayPathway(context(), 0, baseline, r)]++;
    // Plans end by moving on or, after leaving education, at a review: PATHWAY_STARTS's shares
    // apply to the second route only.
    const left = 1 - movedOnShare(baseline);
    expect(movedOnShare(baseline)).toBeGreaterThan(0.1);
    expect(counts['postPlan.adultSocialCare'] / n).toBeCloseTo(
      left * baseline['postPlan.adultSocialCareShare'],
      2,
    );
    expect(counts['postPlan.neet'] / n).toBeCloseTo(left * baseline['postPlan.neetShare'], 2);
  });

  it('years later: the chain’s own mix (adult social care only grows, as nobody leaves it)', () => {
    const r = randomStream(3, 0, 0, 'attributes');
    const n = 20_000;
    let care = 0;
    for (let k = 0; k < n; k++) {
      const c = context();
      const leaf = replayPathway(c, 6 * 365.25, baseline, r);
      // The leaf and the support level agree.
      expect(
        {
          'postPlan.eet': 'postPlanEET',
          'postPlan.neet': 'postPlanNEET',
          'postPlan.adultSocialCare': 'adultSocialCare',
        }[leaf],
      ).toBe(c.supportLevel);
      if (leaf === 'postPlan.adultSocialCare') care++;
    }
    expect(care / n).toBeGreaterThan(baseline['postPlan.adultSocialCareShare'] + 0.01);
  });

  it('without moves between pathways, the entry is where it stays', () => {
    const still = baselineParamsWith({
      'postPlan.eetToNeetPerYear': 0,
      'postPlan.neetToEetPerYear': 0,
      'postPlan.neetToAdultSocialCarePerYear': 0,
    }) as Params;
    const a = randomStream(5, 0, 0, 'attributes');
    const b = randomStream(5, 0, 0, 'attributes');
    for (let k = 0; k < 200; k++) {
      const first = replayPathway(context(), 0, still, a);
      expect(replayPathway(context(), 5 * 365.25, still, b)).toBe(first);
    }
  });
});

describe('the starting population’s young people on a pathway', () => {
  const scale = 0.01;
  const children = buildStartingPopulation(baseline, startYear, scale, 1, 0);
  const onPathway = children.filter((c) => c.leaves.support.startsWith('postPlan'));

  it('are as many as the bands imply, within the start’s count of every group', () => {
    expect(onPathway.length).toBeGreaterThan(500);
    expect(children.length).toBe(startingPopulationSize(baseline, startYear, scale));
  });

  it('are 18 to 24, out of education and school places, with what the statechart needs to go on', () => {
    for (const c of onPathway) {
      const age = -c.context.birthDay / 365.25;
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(25);
      expect(c.leaves.setting).toBe('adult');
      expect(c.context.specialistSetting).toBe(false);
      expect(c.context.requests).toBe(1);
      const changes = c.timers.filter((t) => t.event === 'PATHWAY_CHANGES');
      // Adult social care is where a pathway ends; the others change again.
      expect(changes.length).toBe(c.leaves.support === 'postPlan.adultSocialCare' ? 0 : 1);
      expect(c.timers.some((t) => t.event === 'ANNUAL_REVIEW')).toBe(false);
    }
    const share = (leaf: string) =>
      onPathway.filter((c) => c.leaves.support === leaf).length / onPathway.length;
    expect(share('postPlan.eet')).toBeGreaterThan(0.2);
    expect(share('postPlan.neet')).toBeGreaterThan(0.2);
    expect(share('postPlan.adultSocialCare')).toBeGreaterThan(0.05);
  });
});
