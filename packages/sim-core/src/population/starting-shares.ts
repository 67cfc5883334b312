/**
 * What the starting population is drawn from, worked out once per run: the published age bands
 * of plan holders and the hazard at which they thin out from 18, the settings they are placed in
 * (state special schools filled by the census's profile over ages, special-places-at-start.ts),
 * the young people on a post-plan pathway each band implies (post-plan-at-start.ts), the past
 * demand trends the replayed histories read, and the draws of a plan holder's age and setting.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { exp, log } from '../foundation/portable-math.js';
import { cumulate, pickIndex, type RandomStream } from '../foundation/random-streams.js';
import { MEAN_STATUTORY_DAYS } from '../journey/journey-delays.js';
import { CEASE_NOT_IN_EDUCATION_FROM_AGE } from '../journey/journey-guards.js';
import type { SettingName } from '../journey/setting-name.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { type PastTrends, pastTrends } from './demand-trends.js';
import { expectedEarlyYearsPupils } from './need-history.js';
import { type PlanHolderBand, postPlanAge, postPlanByBand } from './post-plan-at-start.js';
import {
  POST16_FIRST_AGE,
  POST16_LAST_AGE,
  type Post16Weights,
  post16WeightsByAge,
} from './post16-settings-by-age.js';
import {
  bandShareBelow,
  stateSpecialWeightFactors,
  waitingForPlaceAtStart,
} from './special-places-at-start.js';
import { ageWithinBand, appealOutcomesInProgress, mediatingDays } from './start-pipelines.js';

/** Settings of plan holders of school age, and from 16 (the population.*PlanSetting weights). */
const SCHOOL_AGE_SETTINGS = [
  'mainstream',
  'resourcedProvision',
  'maintainedSpecial',
  'independentSpecial',
  'alternativeProvision',
] as const satisfies readonly SettingName[];
const POST16_SETTINGS = [
  'furtherEducation',
  'maintainedSpecial',
  'independentSpecial',
  'outOfEducation',
] as const satisfies readonly SettingName[];

/**
 * Settings of plan holders under 5: an early years setting, or a special school's nursery or
 * reception class (the population.under5PlanSetting shares; early years takes the rest).
 */
const UNDER5_SETTINGS = [
  'earlyYears',
  'maintainedSpecial',
  'independentSpecial',
] as const satisfies readonly SettingName[];

/** The school-age settings of state schools (the school census's count of pupils with a plan). */
const STATE_SCHOOLS = ['mainstream', 'resourcedProvision', 'maintainedSpecial'] as const;

/** Cumulative shares the starting population is drawn from, worked out once per run. */
export interface Shares {
  readonly ageBands: ReadonlyArray<readonly [number, number]>;
  readonly ageCumulative: readonly number[];
  /** The age bands' young people on a post-plan pathway (post-plan-at-start.ts). */
  readonly postPlanCumulative: readonly number[];
  readonly schoolAge: readonly SettingName[];
  /** School-age settings at primary age (5–10) and at secondary age (11–15). */
  readonly primaryCumulative: readonly number[];
  readonly secondaryCumulative: readonly number[];
  readonly post16: readonly SettingName[];
  /** Post-16 settings at each year of age from 16 to 24, as the journey's steps leave a cohort (post16-settings-by-age.ts). */
  readonly post16ByAgeCumulative: ReadonlyArray<readonly number[]>;
  /** Settings under 5, and the same without state special schools. */
  readonly under5: readonly SettingName[];
  readonly under5Cumulative: readonly number[];
  readonly under5OutsideCumulative: readonly number[];
  /** The same settings without state special schools, for plan holders drawn outside them. */
  readonly primaryOutsideCumulative: readonly number[];
  readonly secondaryOutsideCumulative: readonly number[];
  readonly post16OutsideByAgeCumulative: ReadonlyArray<readonly number[]>;
  /** Chance a plan holder is in a state special school, under 5, at primary age, secondary age and 16–18. */
  readonly stateSpecialChance: {
    readonly under5: number;
    readonly primary: number;
    readonly secondary: number;
    readonly sixthForm: number;
  };
  /** Expected state special pupils under 5, at primary age, secondary age and 16–18 (national), cumulated. */
  readonly stateSpecialCumulative: readonly number[];
  /** Yearly hazard of a plan ceasing for leaving education, from the age an LA may cease it. */
  readonly leavingHazard: number;
  /** Onset levels and the propensity to ask in each year before the start, for the replayed histories. */
  readonly trends: PastTrends;
  /**
   * The share of pupils on SEN support who are under 5 (early years settings' expected count
   * against the census's school-age count): who a request in progress comes from (drawRequester).
   */
  readonly earlyYearsSupportShare: number;
  /** Mean days a dispute spends preparing an appeal, and preparing and mediating together. */
  readonly disputePreparingDays: number;
  readonly disputeDays: number;
  /** Of the appeals in progress, the shares the LA will concede and the family withdraw. */
  readonly appealOutcomes: { readonly concede: number; readonly withdraw: number };
}

/**
 * The yearly hazard at which plan holders from 18 thin out. A young person in further education
 * leaves it (`placement.leavesEducationProbability` at each birthday from 18) or moves on to
 * higher education or work (`placement.movesOnProbability`, ending the plan then); one who left
 * keeps the plan until a review ceases it (`plan.ceaseNotInEducationProbability` at each annual
 * review). The start thins holders at the one hazard with the same mean time from 18 to the plan's
 * end, 1/H + (share who leave)/μ, as a run reaching the start from an earlier one leaves them on
 * average (assumption: the steps' sum is not exactly exponential, and young people in a special
 * school's sixth form leave it only at 19).
 */
export function planEndingHazard(p: Params): number {
  // A step certain to happen at its first chance would make its hazard infinite: a chance in a
  // million of passing one keeps the arithmetic finite (and the run-size check refuses what it implies).
  const hazard = (chance: number, yearsBetween: number) =>
    -log(1 - Math.min(chance, 1 - 1e-6)) / yearsBetween;
  const leaves = p['placement.leavesEducationProbability'];
  const exits = leaves + p['placement.movesOnProbability'];
  const inEducation = hazard(exits, 1);
  const ceasing = hazard(
    p['plan.ceaseNotInEducationProbability'],
    p['plan.annualReviewDays'] / DAYS_PER_YEAR,
  );
  if (inEducation <= 0) return 0;
  const outOfEducationYears = leaves > 0 ? leaves / exits / ceasing : 0;
  return 1 / (1 / inEducation + outOfEducationYears);
}

/**
 * The published age bands of plan holders, each with its holders (national; the children waiting
 * for a special place are drawn apart), and the yearly hazard at which holders from 18 thin out
 * (`planEndingHazard`).
 */
function planHolderBands(p: Params): {
  readonly bands: PlanHolderBand[];
  readonly leavingHazard: number;
} {
  const shares: ReadonlyArray<readonly [number, number, number]> = [
    [2, 5, p['population.ehcpAgeShare.under5']],
    [5, 11, p['population.ehcpAgeShare.age5to10']],
    [11, 16, p['population.ehcpAgeShare.age11to15']],
    [16, 20, p['population.ehcpAgeShare.age16to19']],
    [20, 25, p['population.ehcpAgeShare.age20to25']],
  ];
  const total = shares.reduce((sum, b) => sum + b[2], 0);
  const holders = p['population.ehcpStock'] - waitingForPlaceAtStart(p);
  return {
    bands: shares.map(([lo, hi, share]) => ({ lo, hi, holders: (holders * share) / total })),
    leavingHazard: planEndingHazard(p),
  };
}

export function sharesOf(p: Params, startYear: number): Shares {
  const { bands, leavingHazard } = planHolderBands(p);
  const schoolAgeWeights = SCHOOL_AGE_SETTINGS.map((s) => p[`population.schoolAgePlanSetting.${s}`]);
  const post16Weights = POST16_SETTINGS.map((s) => p[`population.post16PlanSetting.${s}`]);
  // State special schools hold as many plan holders as they have places (special-places-at-start.ts):
  // those under 5 take theirs at their own share (as far as the places go), and the school-age
  // profile fills the rest.
  const places = p['placement.specialSchoolPlaces'];
  const under5InStateSpecial = Math.min(
    places,
    bands[0]!.holders * p['population.under5PlanSetting.maintainedSpecial'],
  );
  const under5Special = bands[0]!.holders > 0 ? under5InStateSpecial / bands[0]!.holders : 0;
  const under5Weights = [
    Math.max(0, 1 - under5Special - p['population.under5PlanSetting.independentSpecial']),
    under5Special,
    p['population.under5PlanSetting.independentSpecial'],
  ];
  const weightOf = (weights: readonly number[], settings: readonly SettingName[]) => ({
    stateSpecialWeight: weights[settings.indexOf('maintainedSpecial')]!,
    totalWeight: weights.reduce((a, b) => a + b, 0),
  });
  // Who draws those weights: plan holders aged 5–10 and 11–15 (the school-age bands), and 16–18
  // (the part of the 16–19 band below 19, as ageWithinBand spreads it).
  const belowNineteen = bandShareBelow(16, 20, CEASE_NOT_IN_EDUCATION_FROM_AGE, leavingHazard, 19);
  const schoolAgeWeight = weightOf(schoolAgeWeights, SCHOOL_AGE_SETTINGS);
  const factors = stateSpecialWeightFactors(
    {
      primary: { holders: bands[1]!.holders, ...schoolAgeWeight },
      secondary: { holders: bands[2]!.holders, ...schoolAgeWeight },
      sixthForm: {
        holders: bands[3]!.holders * belowNineteen,
        ...weightOf(post16Weights, POST16_SETTINGS),
      },
    },
    places - under5InStateSpecial,
    {
      // The census's shares are of plan holders in state schools.
      stateSchools: {
        stateSpecialWeight: schoolAgeWeight.stateSpecialWeight,
        totalWeight: STATE_SCHOOLS.reduce(
          (sum, setting) => sum + schoolAgeWeights[SCHOOL_AGE_SETTINGS.indexOf(setting)]!,
          0,
        ),
      },
      secondaryToPrimary: p['population.stateSpecialSecondaryToPrimary'],
      stayAfter16: 1 - p['placement.neetAt16Probability'],
    },
  );
  const scaled = (weights: readonly number[], settings: readonly SettingName[], factor: number) =>
    weights.map((w, k) => (settings[k] === 'maintainedSpecial' ? w * factor : w));
  const primary = scaled(schoolAgeWeights, SCHOOL_AGE_SETTINGS, factors.primary);
  const secondary = scaled(schoolAgeWeights, SCHOOL_AGE_SETTINGS, factors.secondary);
  const post16 = scaled(post16Weights, POST16_SETTINGS, factors.sixthForm);
  // From 16 and 17's weights, each later year of age as the journey's steps leave a cohort
  // (special schools keep pupils to 19, then they are in FE).
  const at16 = (setting: keyof Post16Weights) => post16[POST16_SETTINGS.indexOf(setting)]!;
  const post16ByAge = post16WeightsByAge(p, {
    furtherEducation: at16('furtherEducation'),
    maintainedSpecial: at16('maintainedSpecial'),
    independentSpecial: at16('independentSpecial'),
    outOfEducation: at16('outOfEducation'),
  }).map((weights) => POST16_SETTINGS.map((setting) => weights[setting]));
  // The chance of a state special school at each phase, and the settings without one.
  const chance = (weights: readonly number[], settings: readonly SettingName[]) => {
    const { stateSpecialWeight, totalWeight } = weightOf(weights, settings);
    return totalWeight > 0 ? stateSpecialWeight / totalWeight : 0;
  };
  const outside = (weights: readonly number[], settings: readonly SettingName[]) =>
    cumulate(weights.map((w, k) => (settings[k] === 'maintainedSpecial' ? 0 : w)));
  const stateSpecialChance = {
    under5: under5Special,
    primary: chance(primary, SCHOOL_AGE_SETTINGS),
    secondary: chance(secondary, SCHOOL_AGE_SETTINGS),
    sixthForm: chance(post16, POST16_SETTINGS),
  };
  const trends = pastTrends(p, startYear);
  const earlyYears = expectedEarlyYearsPupils(p, trends);
  return {
    ageBands: bands.map((b) => [b.lo, b.hi] as const),
    ageCumulative: cumulate(bands.map((b) => b.holders)),
    postPlanCumulative: cumulate(
      postPlanByBand(bands, leavingHazard).map((n) => n * p['population.postPlanAtStart']),
    ),
    schoolAge: SCHOOL_AGE_SETTINGS,
    primaryCumulative: cumulate(primary),
    secondaryCumulative: cumulate(secondary),
    post16: POST16_SETTINGS,
    post16ByAgeCumulative: post16ByAge.map(cumulate),
    under5: UNDER5_SETTINGS,
    under5Cumulative: cumulate(under5Weights),
    under5OutsideCumulative: outside(under5Weights, UNDER5_SETTINGS),
    primaryOutsideCumulative: outside(primary, SCHOOL_AGE_SETTINGS),
    secondaryOutsideCumulative: outside(secondary, SCHOOL_AGE_SETTINGS),
    post16OutsideByAgeCumulative: post16ByAge.map((weights) => outside(weights, POST16_SETTINGS)),
    stateSpecialChance,
    stateSpecialCumulative: cumulate([
      under5InStateSpecial,
      bands[1]!.holders * stateSpecialChance.primary,
      bands[2]!.holders * stateSpecialChance.secondary,
      bands[3]!.holders * belowNineteen * stateSpecialChance.sixthForm,
    ]),
    leavingHazard,
    trends,
    earlyYearsSupportShare: earlyYears / Math.max(earlyYears + p['population.senSupportStock'], 1e-9),
    disputePreparingDays: MEAN_STATUTORY_DAYS.appealPreparation(p),
    disputeDays: MEAN_STATUTORY_DAYS.appealPreparation(p) + mediatingDays(p),
    appealOutcomes: appealOutcomesInProgress(p),
  };
}

/**
 * The start's share of plan holders in state schools who are in state special schools, at
 * primary age (5–10) and at secondary age (11–15).
 */
export function startStateSpecialShares(
  p: Params,
  startYear: number,
): { readonly primary: number; readonly secondary: number } {
  const shares = sharesOf(p, startYear);
  const among = (cumulative: readonly number[]) => {
    const weight = (setting: SettingName) => {
      const k = SCHOOL_AGE_SETTINGS.indexOf(setting as (typeof SCHOOL_AGE_SETTINGS)[number]);
      return cumulative[k]! - (k > 0 ? cumulative[k - 1]! : 0);
    };
    return weight('maintainedSpecial') / STATE_SCHOOLS.reduce((sum, setting) => sum + weight(setting), 0);
  };
  return { primary: among(shares.primaryCumulative), secondary: among(shares.secondaryCumulative) };
}

/**
 * A plan holder's age: its band from the published age mix, then an age within the band as the
 * model's own rules leave them. Until an LA may cease a plan for leaving education every age is
 * as likely; from then on fewer young people hold a plan each year older, at the yearly hazard
 * leaving education and the reviews that cease such plans give (`planEndingHazard`). Drawn flat instead,
 * a run starts with five times the 24-year-olds that plans ceasing at 25 would leave, and its
 * first year ceases far more plans than the same year reached from an earlier start.
 */
export function planHolderAge(shares: Shares, r: RandomStream): number {
  const band = shares.ageBands[pickIndex(r, shares.ageCumulative)]!;
  return ageWithinBand(band[0], band[1], CEASE_NOT_IN_EDUCATION_FROM_AGE, shares.leavingHazard, r());
}

/** The age of a young person on a post-plan pathway: its band by the young people each implies, then an age within it. */
export function postPlanHolderAge(shares: Shares, r: RandomStream): number {
  const band = shares.ageBands[pickIndex(r, shares.postPlanCumulative)]!;
  return postPlanAge(band[0], band[1], shares.leavingHazard, r());
}

/**
 * A plan holder's setting at `age`, drawn from the settings' shares; `outsideStateSpecial` draws
 * it from the others (for a holder the start has already drawn outside one).
 */
export function planSetting(
  age: number,
  shares: Shares,
  r: RandomStream,
  outsideStateSpecial = false,
): SettingName {
  if (age < 5)
    return shares.under5[
      pickIndex(r, outsideStateSpecial ? shares.under5OutsideCumulative : shares.under5Cumulative)
    ]!;
  if (age < 16) {
    const cumulative = outsideStateSpecial
      ? age < 11
        ? shares.primaryOutsideCumulative
        : shares.secondaryOutsideCumulative
      : age < 11
        ? shares.primaryCumulative
        : shares.secondaryCumulative;
    return shares.schoolAge[pickIndex(r, cumulative)]!;
  }
  const year = Math.min(Math.floor(age), POST16_LAST_AGE) - POST16_FIRST_AGE;
  return shares.post16[
    pickIndex(
      r,
      (outsideStateSpecial ? shares.post16OutsideByAgeCumulative : shares.post16ByAgeCumulative)[year]!,
    )
  ]!;
}

/** The chance a plan holder aged `age` is in a state special school at the start. */
function stateSpecialChanceAt(age: number, shares: Shares): number {
  const { under5, primary, secondary, sixthForm } = shares.stateSpecialChance;
  if (age >= 16) return age < 19 ? sixthFormChanceAt(age, sixthForm, shares.leavingHazard) : 0;
  return age < 5 ? under5 : age < 11 ? primary : secondary;
}

/**
 * The chance a plan holder aged `age` (16–18) is in a state special school's sixth form, where
 * `sixthForm` is the chance over all of 16–18. Special schools keep their pupils to 19, so each
 * year of the sixth form holds as many (`stateSpecialPupilAge`), while plan holders as a whole
 * thin out from 18 at `hazard` (`planHolderAge`): the chance is the sixth-formers' even spread
 * over the holders' thinning one, so the two draws together keep the holders' ages. Until model
 * 0.27.0 the sixth-formers thinned with the rest, and the start held 9,500 aged 18 against the
 * 2019 backtest's 11,100 in January 2023 (and 12,000 and 11,900 aged 16).
 */
function sixthFormChanceAt(age: number, sixthForm: number, hazard: number): number {
  const from = CEASE_NOT_IN_EDUCATION_FROM_AGE;
  // The holders' density over 16–18 (1 before 18, thinning after) and at `age`.
  const thinningYear = hazard > 1e-9 ? (1 - exp(-hazard)) / hazard : 1;
  const mean = (from - 16 + thinningYear) / 3;
  const atAge = age < from ? 1 : exp(-hazard * (age - from));
  return Math.min(1, (sixthForm * mean) / atAge);
}

/**
 * The age of a pupil the start places in a state special school: the phase by the pupils each
 * holds (under 5, primary, secondary, 16–18), then an age within it, evenly: special schools keep
 * their pupils to 19.
 */
export function stateSpecialPupilAge(shares: Shares, r: RandomStream): number {
  // The phases are the age bands 2–4, 5–10, 11–15 and 16–19 (stateSpecialCumulative's order);
  // the sixth form is 16–18.
  const phase = pickIndex(r, shares.stateSpecialCumulative);
  const [lo, hi] = shares.ageBands[phase]!;
  return lo + (Math.min(hi, 19) - lo) * r();
}

/**
 * The age of a plan holder the start places outside state special schools: a plan holder's age,
 * kept with the chance it is not in one (rejection, so the ages left are exactly those the
 * holders in special schools do not take).
 */
export function planHolderAgeOutsideStateSpecial(shares: Shares, r: RandomStream): number {
  for (;;) {
    const age = planHolderAge(shares, r);
    if (r() >= stateSpecialChanceAt(age, shares)) return age;
  }
}
