/**
 * The stocks are kept as counts of children per stock class, moved at every change. They must
 * equal what counting every child at every month start gives: this test counts them the slow way.
 */
import { AREA_OF_NEED, DAYS_PER_YEAR, isComplexNeed, Simulation } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const STOCKS = [
  'ehcp_stock_all_ages',
  'pupils_with_ehcp_in_schools',
  'pupils_on_sen_support',
  'ehcp_in_mainstream',
  'ehcp_in_special_school',
  'ehcp_in_independent_special',
  'ehcp_in_further_education',
  'ehcp_out_of_education',
  'ehcp_provision_delivered',
  'ehcp_age_under_5',
  'ehcp_age_5_to_10',
  'ehcp_age_11_to_15',
  'ehcp_age_16_to_19',
  'ehcp_age_20_to_25',
  'ehcp_in_state_school_5_to_10',
  'ehcp_in_state_special_5_to_10',
  'ehcp_in_state_school_11_to_15',
  'ehcp_in_state_special_11_to_15',
  'ehcp_in_state_special_under_5',
  'ehcp_in_independent_special_under_5',
  'ehcp_mainstream_5_to_10',
  'ehcp_mainstream_11_to_15',
  'ehcp_mainstream_5_to_10_ASD',
  'ehcp_mainstream_5_to_10_SLCN',
  'ehcp_mainstream_5_to_10_SEMH',
  'ehcp_mainstream_5_to_10_MLD',
  'ehcp_mainstream_5_to_10_SpLD',
  'ehcp_mainstream_11_to_15_ASD',
  'ehcp_mainstream_11_to_15_SLCN',
  'ehcp_mainstream_11_to_15_SEMH',
  'ehcp_mainstream_11_to_15_MLD',
  'ehcp_mainstream_11_to_15_SpLD',
  'ehcp_need_ASD',
  'ehcp_need_SLCN',
  'ehcp_need_SEMH',
  'ehcp_need_MLD',
  'ehcp_need_SpLD',
  'ehcp_need_SLD',
  'ehcp_need_PMLD',
  'ehcp_need_PD',
  'ehcp_need_HI',
  'ehcp_need_VI',
  'ehcp_need_MSI',
  'ehcp_need_OTH',
  'ehcp_complex_under_5',
  'ehcp_complex_5_to_10',
  'ehcp_complex_11_to_15',
  'ehcp_complex_16_to_19',
  'ehcp_complex_20_to_25',
  'children_with_unmet_need',
  'pupils_with_sen_communication',
  'pupils_with_sen_cognition',
  'pupils_with_sen_semh',
  'pupils_with_sen_sensory_physical',
  'pupils_with_sen_other_need',
  'pupils_with_sen_ASD',
  'pupils_with_sen_SLCN',
  'pupils_with_sen_MLD',
  'pupils_with_sen_SpLD',
  'post_plan_eet',
  'post_plan_neet',
  'post_plan_adult_social_care',
  'young_people_16_to_24_with_or_after_plan',
  'neet_16_to_24_with_or_after_plan',
  'sen_families',
  'sen_families_trust_total',
  'sen_families_low_trust',
] as const;
type Stock = (typeof STOCKS)[number];

describe('stocks', () => {
  it('equal a count of every child at every month start', () => {
    const scenario = loadScenario('white-paper-2026');
    fc.assert(
      fc.property(fc.nat(1000), fc.constantFrom(0.0005, 0.001), (seed, scale) => {
        const counted: Array<Record<Stock, number>> = [];
        const sim: Simulation = new Simulation({
          params: scenario.params,
          phases: scenario.phases,
          startDate: scenario.startDate,
          seed,
          replication: 0,
          years: 4,
          scale,
          onMonthStart: (_month, day) => counted.push(countEveryChild(sim, day)),
        });
        const out = sim.run();
        for (const stock of STOCKS) {
          if (stock === 'sen_families_trust_total') continue;
          expect(out.monthly[stock], stock).toEqual(counted.map((c) => c[stock]));
        }
        // Trust is summed in exact thousandths per part of the run; the parts' sums are added
        // as real numbers, so they agree to rounding.
        out.monthly.sen_families_trust_total.forEach((total, m) => {
          expect(Math.abs(total - counted[m]!.sen_families_trust_total)).toBeLessThan(1e-6);
        });
      }),
      { numRuns: 6, seed: 31 },
    );
  });
});

/** The stocks as the model defines them, counted child by child. */
function countEveryChild(sim: Simulation, day: number): Record<Stock, number> {
  const { layout } = sim;
  const st = layout.settingLeaf;
  const counts = Object.fromEntries(STOCKS.map((s) => [s, 0])) as Record<Stock, number>;
  const bands = [
    'ehcp_age_under_5',
    'ehcp_age_5_to_10',
    'ehcp_age_11_to_15',
    'ehcp_age_16_to_19',
    'ehcp_age_20_to_25',
  ] as const;
  const complexBands = [
    'ehcp_complex_under_5',
    'ehcp_complex_5_to_10',
    'ehcp_complex_11_to_15',
    'ehcp_complex_16_to_19',
    'ehcp_complex_20_to_25',
  ] as const;
  // Pupils with SEN in school by area of need (plans and SEN support as the two stocks count them).
  const areaStock = {
    communication: 'pupils_with_sen_communication',
    cognition: 'pupils_with_sen_cognition',
    semh: 'pupils_with_sen_semh',
    sensoryPhysical: 'pupils_with_sen_sensory_physical',
    other: 'pupils_with_sen_other_need',
  } as const;
  // …and by the primary needs the census publishes for pupils.
  const needStock: Partial<Record<string, Stock>> = {
    ASD: 'pupils_with_sen_ASD',
    SLCN: 'pupils_with_sen_SLCN',
    MLD: 'pupils_with_sen_MLD',
    SpLD: 'pupils_with_sen_SpLD',
  };
  const countPupil = (need: string) => {
    counts[areaStock[AREA_OF_NEED[need as keyof typeof AREA_OF_NEED]]]++;
    const stock = needStock[need];
    if (stock !== undefined) counts[stock]++;
  };
  let trustSteps = 0;
  for (const child of sim.children()) {
    if (!child.active) continue;
    const setting = child.leaves[layout.setting]!;
    const inSchool = [
      st.mainstream,
      st.resourcedProvision,
      st.maintainedSpecial,
      st.independentSpecial,
      st.alternativeProvision,
    ].includes(setting);
    if (layout.unmetNeed[child.leaves[layout.need]!]) counts.children_with_unmet_need++;
    if (child.leaves[layout.support] === layout.supportLeaf.plan) {
      counts.ehcp_stock_all_ages++;
      if (child.context.planDelivered) counts.ehcp_provision_delivered++;
      const age = Math.floor((day - child.context.birthDay) / DAYS_PER_YEAR);
      const band = age < 5 ? 0 : age <= 10 ? 1 : age <= 15 ? 2 : age <= 19 ? 3 : 4;
      counts[bands[band]]++;
      if (isComplexNeed(child.context.primaryNeed)) counts[complexBands[band]]++;
      const phase = age >= 5 && age <= 10 ? '5_to_10' : age >= 11 && age <= 15 ? '11_to_15' : undefined;
      const stateSchool = [st.mainstream, st.resourcedProvision, st.maintainedSpecial].includes(setting);
      if (phase !== undefined && stateSchool) {
        counts[`ehcp_in_state_school_${phase}`]++;
        if (setting === st.maintainedSpecial) counts[`ehcp_in_state_special_${phase}`]++;
      }
      if (phase !== undefined && (setting === st.mainstream || setting === st.resourcedProvision)) {
        counts[`ehcp_mainstream_${phase}`]++;
        const byNeed = `ehcp_mainstream_${phase}_${child.context.primaryNeed}`;
        if ((STOCKS as readonly string[]).includes(byNeed)) counts[byNeed as Stock]++;
      }
      if (age < 5 && setting === st.maintainedSpecial) counts.ehcp_in_state_special_under_5++;
      if (age < 5 && setting === st.independentSpecial) counts.ehcp_in_independent_special_under_5++;
      counts[`ehcp_need_${child.context.primaryNeed}`]++;
      if (inSchool) {
        counts.pupils_with_ehcp_in_schools++;
        countPupil(child.context.primaryNeed);
      }
      if (setting === st.mainstream || setting === st.resourcedProvision) counts.ehcp_in_mainstream++;
      if (setting === st.maintainedSpecial || setting === st.independentSpecial)
        counts.ehcp_in_special_school++;
      if (setting === st.independentSpecial) counts.ehcp_in_independent_special++;
      if (setting === st.furtherEducation) counts.ehcp_in_further_education++;
      if (setting === st.outOfEducation) counts.ehcp_out_of_education++;
    } else if (
      inSchool &&
      (child.context.supportLevel === 'senSupport' || child.context.supportLevel === 'earlyHelp')
    ) {
      counts.pupils_on_sen_support++;
      countPupil(child.context.primaryNeed);
    }
    const support = child.leaves[layout.support]!;
    if (support === layout.supportLeaf.postPlanEET) counts.post_plan_eet++;
    if (support === layout.supportLeaf.postPlanNEET) counts.post_plan_neet++;
    if (support === layout.supportLeaf.postPlanAdultSocialCare) counts.post_plan_adult_social_care++;
    // NEET 16–24 with or after a plan: a plan holder out of education, or the NEET pathway.
    const level = child.context.supportLevel;
    const age = Math.floor((day - child.context.birthDay) / DAYS_PER_YEAR);
    const withOrAfterPlan =
      support === layout.supportLeaf.plan ||
      level === 'postPlanEET' ||
      level === 'postPlanNEET' ||
      level === 'adultSocialCare';
    if (age >= 16 && withOrAfterPlan) {
      counts.young_people_16_to_24_with_or_after_plan++;
      if ((support === layout.supportLeaf.plan && setting === st.outOfEducation) || level === 'postPlanNEET')
        counts.neet_16_to_24_with_or_after_plan++;
    }
    // Families whose trust is reported: SEN support, early help or a plan; trust in thousandths.
    if (level === 'senSupport' || level === 'earlyHelp' || level === 'plan') {
      counts.sen_families++;
      trustSteps += Math.round(child.context.trust * 1000);
      if (child.context.trust < 0.3) counts.sen_families_low_trust++;
    }
  }
  counts.sen_families_trust_total = trustSteps / 1000;
  return counts;
}
