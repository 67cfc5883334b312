/**
 * The settings of plan holders aged 16 to 24 at the start, year of age by year of age, as the
 * journey's own steps leave a cohort: what the start's post-16 weights give at 16 and 17, then
 * each birthday from 18 a young person in further education leaves it
 * (`placement.leavesEducationProbability`) or moves on and the plan ends
 * (`placement.movesOnProbability`); one out of education keeps the plan until a review from 18
 * ceases it (`plan.ceaseNotInEducationProbability` at the one annual review in each year of age,
 * so held for 1 − c/2 of the year on average, and 1 − c of them past it); and at 19 special
 * schools' sixth-formers move to further education.
 *
 * Until model 0.27.0 every age from 16 to 18 drew the same weights and every age from 19 the
 * same without special schools, so the start held too many 18-year-olds in further education
 * (13,200 against the 2019 backtest's 9,600 in January 2023, 6 replications at 1%) and too few
 * out of it (1,900 against 3,300), and at 19 the reverse (out of education 15% against 7.5%):
 * through 2023 its 18-year-olds left college at their birthdays and their plans ceased at the
 * next review, so plans ceased ran at 1,600 a month in January and 3,500 in December, where the
 * backtest's 2023 ran flat at about 2,200. The walk gives the backtest's shares out of education
 * by age (22% at 18, 8% at 19, 18% at 20) from the rates alone.
 *
 * The shares within an age do not depend on the cohort's size, so the walk needs no growth; how
 * many holders each age has is the age bands' affair (`planHolderAge`). Assumption: a plan ends
 * for needs met (`plan.ceaseNeedsMetProbability`, under 1% a review) at the same rate in every
 * setting, so it moves no share.
 */
import type { Params } from '../scenario/parameter-catalogue.js';

/** The post-16 settings' weights, in the start's order (`POST16_SETTINGS` in starting-shares.ts). */
export interface Post16Weights {
  readonly furtherEducation: number;
  readonly maintainedSpecial: number;
  readonly independentSpecial: number;
  readonly outOfEducation: number;
}

/** The youngest and oldest single years of age the walk gives (a plan ends at 25). */
export const POST16_FIRST_AGE = 16;
export const POST16_LAST_AGE = 24;

/**
 * The weights of each post-16 setting at each year of age from 16 to 24 (index age − 16), for a
 * cohort that holds `at16` at 16 (and 17). At 19 and over the special schools' weights are 0.
 */
export function post16WeightsByAge(p: Params, at16: Post16Weights): Post16Weights[] {
  const leaves = p['placement.leavesEducationProbability'];
  const exits = leaves + p['placement.movesOnProbability'];
  const ceases = p['plan.ceaseNotInEducationProbability'];
  let further = at16.furtherEducation;
  let maintained = at16.maintainedSpecial;
  let independent = at16.independentSpecial;
  // Out of education with a plan at the start of the year of age.
  let out = at16.outOfEducation;
  const byAge: Post16Weights[] = [];
  for (let age = POST16_FIRST_AGE; age <= POST16_LAST_AGE; age++) {
    const reviewed = age >= 18;
    byAge.push({
      furtherEducation: further,
      maintainedSpecial: maintained,
      independentSpecial: independent,
      outOfEducation: reviewed ? out * (1 - ceases / 2) : out,
    });
    // The next birthday.
    if (reviewed) out *= 1 - ceases;
    if (age + 1 >= 18) {
      out += further * leaves;
      further *= Math.max(0, 1 - exits);
    }
    if (age + 1 === 19) {
      further += maintained + independent;
      maintained = 0;
      independent = 0;
    }
  }
  return byAge;
}
