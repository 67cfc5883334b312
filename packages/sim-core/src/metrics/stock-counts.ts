/**
 * The monthly stocks (plans in force by setting and age, pupils on SEN support, children with
 * unmet need, …), kept as counts of children in each "stock class" rather than by walking
 * every child at every month start.
 *
 * A child's stock class says everything the stocks read about it: whether it holds a plan, its
 * support level, whether the plan is delivered, its setting, whether its need is unmet and its
 * age band. The engine moves a child between classes whenever one of those changes (a step, a
 * birthday at a band's edge, arriving, retiring), so a snapshot costs one pass over the
 * classes, not over millions of children.
 */
import { PRIMARY_NEEDS, SUPPORT_LEVELS } from '../journey/journey-context.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { AREA_OF_NEED, AREAS_OF_NEED, type AreaOfNeed, isComplexNeed } from '../journey/primary-need.js';
import { METRIC_INDEX, type MetricId } from './metric-definitions.js';
import type { MetricsCollector } from './metrics-collector.js';

/** Plans by age band: under 5, 5–10, 11–15, 16–19, 20–25 (SEN2's bands). */
const AGE_BAND_METRICS = [
  'ehcp_age_under_5',
  'ehcp_age_5_to_10',
  'ehcp_age_11_to_15',
  'ehcp_age_16_to_19',
  'ehcp_age_20_to_25',
] as const satisfies readonly MetricId[];
const AGE_BANDS = AGE_BAND_METRICS.length;
/** Plans for complex needs by age band, in AGE_BAND_METRICS' order. */
const COMPLEX_BAND_METRICS = [
  'ehcp_complex_under_5',
  'ehcp_complex_5_to_10',
  'ehcp_complex_11_to_15',
  'ehcp_complex_16_to_19',
  'ehcp_complex_20_to_25',
] as const satisfies readonly MetricId[];
const PUPILS_WITH_SEN_METRIC: Readonly<Record<AreaOfNeed, MetricId>> = {
  communication: 'pupils_with_sen_communication',
  cognition: 'pupils_with_sen_cognition',
  semh: 'pupils_with_sen_semh',
  sensoryPhysical: 'pupils_with_sen_sensory_physical',
  other: 'pupils_with_sen_other_need',
};
/** Plans by primary need, in PRIMARY_NEEDS' order. */
const NEED_METRICS = PRIMARY_NEEDS.map((need) => `ehcp_need_${need}` as MetricId);
/** Pupils with SEN in school by area of need, in AREAS_OF_NEED's order. */
const PUPILS_BY_AREA_METRICS = AREAS_OF_NEED.map((area) => PUPILS_WITH_SEN_METRIC[area]);
/** The area of need (index in AREAS_OF_NEED) of each primary need, in PRIMARY_NEEDS' order. */
const AREA_INDEX = Int8Array.from(PRIMARY_NEEDS, (need) => AREAS_OF_NEED.indexOf(AREA_OF_NEED[need]));
/**
 * Pupils with SEN in school for each primary need the metric table has a series for (those whose
 * share of pupils with SEN the census publishes, read by calibration/need-mix.ts).
 */
const PUPILS_BY_NEED_METRICS: readonly (readonly [need: number, metric: MetricId])[] = PRIMARY_NEEDS.flatMap(
  (need, index) => {
    const metric = `pupils_with_sen_${need}`;
    return metric in METRIC_INDEX ? [[index, metric as MetricId] as const] : [];
  },
);
const LEVELS = SUPPORT_LEVELS.length;
const SEN_SUPPORT = SUPPORT_LEVELS.indexOf('senSupport');
const EARLY_HELP = SUPPORT_LEVELS.indexOf('earlyHelp');
const POST_PLAN_EET = SUPPORT_LEVELS.indexOf('postPlanEET');
const POST_PLAN_NEET = SUPPORT_LEVELS.indexOf('postPlanNEET');
const ADULT_SOCIAL_CARE = SUPPORT_LEVELS.indexOf('adultSocialCare');
/** The band under school age, and those of primary and secondary school age (5–10, 11–15). */
const BAND_UNDER_5 = 0;
const BAND_5_TO_10 = 1;
const BAND_11_TO_15 = 2;
/** The first age band of young people aged 16 and over (16–19). */
const BAND_16_PLUS = 3;
/** Plan holders in mainstream schools of primary (5–10) and of secondary (11–15) age, all and by need. */
const MAINSTREAM_PHASES = [
  { band: BAND_5_TO_10, all: 'ehcp_mainstream_5_to_10' },
  { band: BAND_11_TO_15, all: 'ehcp_mainstream_11_to_15' },
] as const satisfies readonly { band: number; all: MetricId }[];
/** The primary needs with a series of their own in each phase (read by calibration/plans-by-phase.ts). */
const MAINSTREAM_PHASE_NEED_METRICS: readonly (readonly [phase: number, need: number, metric: MetricId])[] =
  MAINSTREAM_PHASES.flatMap(({ all }, phase) =>
    PRIMARY_NEEDS.flatMap((need, index) => {
      const metric = `${all}_${need}`;
      return metric in METRIC_INDEX ? [[phase, index, metric as MetricId] as const] : [];
    }),
  );
const NEEDS = PRIMARY_NEEDS.length;
/** Whether each primary need (in PRIMARY_NEEDS' order) is complex. */
const COMPLEX = Uint8Array.from(PRIMARY_NEEDS, (need) => (isComplexNeed(need) ? 1 : 0));

/** The age band (index in AGE_BAND_METRICS) of a child aged `age` whole years. */
export function ageBand(age: number): number {
  return age < 5 ? 0 : age <= 10 ? 1 : age <= 15 ? 2 : age <= 19 ? 3 : 4;
}

/** A child counted in no stock (not yet arrived, or retired). */
export const NO_STOCK = 0;

export class StockCounts {
  /** Children in each stock class; class 0 is NO_STOCK. */
  private readonly counts: Int32Array;
  /**
   * Plans held, by the holder's primary need: kept beside the classes rather than as another
   * dimension of them, which would multiply the classes (and a snapshot's pass) by twelve.
   */
  private readonly plansByNeed = new Int32Array(PRIMARY_NEEDS.length);
  /** Pupils with SEN in school (SEN support, early help or a plan) by primary need, kept as plans by need are. */
  private readonly pupilsByNeed = new Int32Array(PRIMARY_NEEDS.length);
  /** Whether each stock class counts as a pupil with SEN in school (1) or not (0). */
  private readonly senPupil: Uint8Array;
  /**
   * Plan holders in mainstream schools by phase and primary need (index phase × NEEDS + need), and
   * each stock class's phase there (1 + index in MAINSTREAM_PHASES; 0 for a class outside them).
   */
  private readonly mainstreamByPhaseAndNeed = new Int32Array(MAINSTREAM_PHASES.length * NEEDS);
  private readonly mainstreamPhase: Uint8Array;
  /** Plans for complex needs by age band, and each stock class's band for them (1 + band; 0 without a plan). */
  private readonly complexPlansByBand = new Int32Array(AGE_BANDS);
  private readonly planBand: Uint8Array;
  private readonly settings: number;
  /** Classes from here on are of children holding a plan (`onPlan` is the outermost digit). */
  private readonly firstPlanClass: number;

  constructor(private readonly layout: JourneyLayout) {
    this.settings = layout.settingName.length;
    const perPlanStatus = LEVELS * 2 * this.settings * 2 * AGE_BANDS;
    this.counts = new Int32Array(1 + 2 * perPlanStatus);
    this.firstPlanClass = 1 + perPlanStatus;
    this.senPupil = new Uint8Array(this.counts.length);
    this.mainstreamPhase = new Uint8Array(this.counts.length);
    this.planBand = new Uint8Array(this.counts.length);
    const st = layout.settingLeaf;
    this.forEachClass((cls, onPlan, support, _delivered, setting, _unmet, band) => {
      if (onPlan) this.planBand[cls] = 1 + band;
      const senStatus = onPlan || support === SEN_SUPPORT || support === EARLY_HELP;
      if (senStatus && this.inSchool(setting)) this.senPupil[cls] = 1;
      if (onPlan && (setting === st.mainstream || setting === st.resourcedProvision))
        this.mainstreamPhase[cls] = 1 + MAINSTREAM_PHASES.findIndex((phase) => phase.band === band); // 0 at other ages
    });
  }

  /** Visit every stock class (NO_STOCK aside) with what it says of its children. */
  private forEachClass(
    visit: (
      cls: number,
      onPlan: boolean,
      support: number,
      delivered: boolean,
      setting: number,
      unmet: boolean,
      band: number,
    ) => void,
  ): void {
    for (let onPlan = 0; onPlan < 2; onPlan++)
      for (let support = 0; support < LEVELS; support++)
        for (let d = 0; d < 2; d++)
          for (let setting = 0; setting < this.settings; setting++)
            for (let u = 0; u < 2; u++)
              for (let band = 0; band < AGE_BANDS; band++) {
                const cls = this.classOf(onPlan === 1, support, d === 1, setting, u === 1, band);
                visit(cls, onPlan === 1, support, d === 1, setting, u === 1, band);
              }
  }

  /** Whether setting leaf `setting` is a school (as the census counts pupils: alternative provision included). */
  private inSchool(setting: number): boolean {
    const st = this.layout.settingLeaf;
    return (
      setting === st.mainstream ||
      setting === st.resourcedProvision ||
      setting === st.maintainedSpecial ||
      setting === st.independentSpecial ||
      setting === st.alternativeProvision
    );
  }

  /** The stock class of an active child (never NO_STOCK). */
  classOf(
    onPlan: boolean,
    support: number,
    delivered: boolean,
    setting: number,
    unmet: boolean,
    band: number,
  ): number {
    return (
      1 +
      ((((((onPlan ? 1 : 0) * LEVELS + support) * 2 + (delivered ? 1 : 0)) * this.settings + setting) * 2 +
        (unmet ? 1 : 0)) *
        AGE_BANDS +
        band)
    );
  }

  /** One child, whose primary need is `need` (its index in PRIMARY_NEEDS), moves from class `from` to class `to`. */
  move(from: number, to: number, need: number): void {
    if (from === to) return;
    if (from !== NO_STOCK) this.counts[from]!--;
    if (to !== NO_STOCK) this.counts[to]!++;
    const hadPlan = from >= this.firstPlanClass;
    const hasPlan = to >= this.firstPlanClass;
    if (hadPlan !== hasPlan) this.plansByNeed[need]! += hasPlan ? 1 : -1;
    const wasPupil = this.senPupil[from]!;
    const isPupil = this.senPupil[to]!;
    if (wasPupil !== isPupil) this.pupilsByNeed[need]! += isPupil - wasPupil;
    const wasPhase = this.mainstreamPhase[from]!;
    const isPhase = this.mainstreamPhase[to]!;
    if (wasPhase !== isPhase) {
      if (wasPhase !== 0) this.mainstreamByPhaseAndNeed[(wasPhase - 1) * NEEDS + need]!--;
      if (isPhase !== 0) this.mainstreamByPhaseAndNeed[(isPhase - 1) * NEEDS + need]!++;
    }
    if (COMPLEX[need] === 1) {
      const wasBand = this.planBand[from]!;
      const isBand = this.planBand[to]!;
      if (wasBand !== isBand) {
        if (wasBand !== 0) this.complexPlansByBand[wasBand - 1]!--;
        if (isBand !== 0) this.complexPlansByBand[isBand - 1]!++;
      }
    }
  }

  /** Record the stocks of children at the start of month `month` (waiting lists are the services'). */
  record(metrics: MetricsCollector, month: number): void {
    const { settingLeaf: st } = this.layout;
    let plans = 0;
    let plansInSchools = 0;
    let senSupport = 0;
    let mainstream = 0;
    let special = 0;
    let independent = 0;
    let furtherEducation = 0;
    let outOfEducation = 0;
    let unmet = 0;
    let delivered = 0;
    let postPlanEet = 0;
    let postPlanNeet = 0;
    let adultSocialCare = 0;
    // Young people aged 16–24 with a plan or after one, and those of them NEET: a plan holder
    // out of education, or on the post-plan NEET pathway (adult social care is its own
    // pathway, not counted NEET). Nobody is counted at 25: the model ends them on that birthday.
    let youngPeople = 0;
    let neet = 0;
    const byAge = new Array<number>(AGE_BANDS).fill(0);
    // Plan holders in state schools, and of them in state special schools, by age band.
    const inStateSchool = new Array<number>(AGE_BANDS).fill(0);
    const inStateSpecial = new Array<number>(AGE_BANDS).fill(0);
    let independentUnder5 = 0;
    this.forEachClass((cls, onPlan, support, d, setting, u, band) => {
      const n = this.counts[cls]!;
      if (n === 0) return;
      if (u) unmet += n;
      if (band >= BAND_16_PLUS) {
        if (onPlan) {
          youngPeople += n;
          if (setting === st.outOfEducation) neet += n;
        } else if (support === POST_PLAN_EET || support === ADULT_SOCIAL_CARE) youngPeople += n;
        else if (support === POST_PLAN_NEET) {
          youngPeople += n;
          neet += n;
        }
      }
      if (onPlan) {
        plans += n;
        if (d) delivered += n;
        byAge[band]! += n;
        if (this.senPupil[cls] === 1) plansInSchools += n;
        if (
          setting === st.mainstream ||
          setting === st.resourcedProvision ||
          setting === st.maintainedSpecial
        ) {
          inStateSchool[band]! += n;
          if (setting === st.maintainedSpecial) inStateSpecial[band]! += n;
        }
        if (setting === st.mainstream || setting === st.resourcedProvision) mainstream += n;
        else if (setting === st.maintainedSpecial) special += n;
        else if (setting === st.independentSpecial) {
          special += n;
          independent += n;
          if (band === BAND_UNDER_5) independentUnder5 += n;
        } else if (setting === st.furtherEducation) furtherEducation += n;
        else if (setting === st.outOfEducation) outOfEducation += n;
      } else if (this.senPupil[cls] === 1) senSupport += n;
      else if (support === POST_PLAN_EET) postPlanEet += n;
      else if (support === POST_PLAN_NEET) postPlanNeet += n;
      else if (support === ADULT_SOCIAL_CARE) adultSocialCare += n;
    });
    metrics.setStock('ehcp_stock_all_ages', month, plans);
    metrics.setStock('pupils_with_ehcp_in_schools', month, plansInSchools);
    metrics.setStock('pupils_on_sen_support', month, senSupport);
    metrics.setStock('ehcp_in_mainstream', month, mainstream);
    metrics.setStock('ehcp_in_special_school', month, special);
    metrics.setStock('ehcp_in_independent_special', month, independent);
    metrics.setStock('ehcp_in_further_education', month, furtherEducation);
    metrics.setStock('ehcp_out_of_education', month, outOfEducation);
    metrics.setStock('ehcp_provision_delivered', month, delivered);
    AGE_BAND_METRICS.forEach((metric, band) => {
      metrics.setStock(metric, month, byAge[band]!);
    });
    metrics.setStock('ehcp_in_state_school_5_to_10', month, inStateSchool[BAND_5_TO_10]!);
    metrics.setStock('ehcp_in_state_special_5_to_10', month, inStateSpecial[BAND_5_TO_10]!);
    metrics.setStock('ehcp_in_state_school_11_to_15', month, inStateSchool[BAND_11_TO_15]!);
    metrics.setStock('ehcp_in_state_special_11_to_15', month, inStateSpecial[BAND_11_TO_15]!);
    metrics.setStock('ehcp_in_state_special_under_5', month, inStateSpecial[BAND_UNDER_5]!);
    metrics.setStock('ehcp_in_independent_special_under_5', month, independentUnder5);
    COMPLEX_BAND_METRICS.forEach((metric, band) => {
      metrics.setStock(metric, month, this.complexPlansByBand[band]!);
    });
    NEED_METRICS.forEach((metric, need) => {
      metrics.setStock(metric, month, this.plansByNeed[need]!);
    });
    const pupilsByArea = new Array<number>(AREAS_OF_NEED.length).fill(0);
    this.pupilsByNeed.forEach((n, need) => {
      pupilsByArea[AREA_INDEX[need]!]! += n;
    });
    PUPILS_BY_AREA_METRICS.forEach((metric, area) => {
      metrics.setStock(metric, month, pupilsByArea[area]!);
    });
    for (const [need, metric] of PUPILS_BY_NEED_METRICS)
      metrics.setStock(metric, month, this.pupilsByNeed[need]!);
    MAINSTREAM_PHASES.forEach(({ all }, phase) => {
      let holders = 0;
      for (let need = 0; need < NEEDS; need++)
        holders += this.mainstreamByPhaseAndNeed[phase * NEEDS + need]!;
      metrics.setStock(all, month, holders);
    });
    for (const [phase, need, metric] of MAINSTREAM_PHASE_NEED_METRICS)
      metrics.setStock(metric, month, this.mainstreamByPhaseAndNeed[phase * NEEDS + need]!);
    metrics.setStock('children_with_unmet_need', month, unmet);
    metrics.setStock('post_plan_eet', month, postPlanEet);
    metrics.setStock('post_plan_neet', month, postPlanNeet);
    metrics.setStock('post_plan_adult_social_care', month, adultSocialCare);
    metrics.setStock('young_people_16_to_24_with_or_after_plan', month, youngPeople);
    metrics.setStock('neet_16_to_24_with_or_after_plan', month, neet);
  }
}
