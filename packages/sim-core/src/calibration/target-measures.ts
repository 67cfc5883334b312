/**
 * How the model measures each published statistic in `calibration-targets.json`: which of its
 * own series, over which months, and how combined. Statistics the model cannot produce say why.
 */
import type { ReplicationResult } from '../experiment/experiment-types.js';
import { COMPLEX_NEEDS } from '../journey/primary-need.js';
import { priceIndexOf } from '../scenario/money-indices.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';
import { financialYearOf } from '../scenario/price-base.js';
import { cashFactor, PRICE_INDEX_DEFINITIONS } from '../scenario/price-indices.js';
import type { PeriodSpan } from './periods.js';

export type TargetMeasure =
  /** A stock at a January snapshot. */
  | { readonly kind: 'stock'; readonly metric: string }
  /** A flow summed over the period. */
  | { readonly kind: 'flow'; readonly metric: string }
  /** Flow ÷ flow over the period, or stock ÷ stock at a snapshot; the numerator may sum several series. */
  | {
      readonly kind: 'ratio';
      readonly numerator: readonly string[];
      readonly denominator: string;
      /**
       * False when the numerator's events are counted at a different time from the
       * denominator's (an appeal decided this year was registered last year), so a year's
       * ratio can exceed 1, as the published one could.
       */
      readonly atMostOne: boolean;
    }
  /**
   * Plans ceased as SEN2 counts them: plans the model ends, plus plans transferred to another
   * LA (plan-years in the period × the transfer rate), which end in one LA and go on in another.
   */
  | { readonly kind: 'ceasedWithTransfers'; readonly parameter: 'plan.transfersBetweenLAsPerPlanYear' }
  /** A unit cost parameter, in the cash prices of the period's financial year. */
  | { readonly kind: 'unitCost'; readonly parameter: 'cost.independentSpecial' }
  /** Mean stock over the period × unit cost in the period's cash prices. */
  | { readonly kind: 'spend'; readonly stock: string; readonly parameter: 'cost.independentSpecial' }
  | { readonly kind: 'notModelled'; readonly reason: string };

const stock = (metric: string): TargetMeasure => ({ kind: 'stock', metric });
const flow = (metric: string): TargetMeasure => ({ kind: 'flow', metric });
const ratio = (
  numerator: string | readonly string[],
  denominator: string,
  atMostOne = true,
): TargetMeasure => ({
  kind: 'ratio',
  numerator: typeof numerator === 'string' ? [numerator] : numerator,
  denominator,
  atMostOne,
});

/** Target metric id → how the model measures it. */
export const TARGET_MEASURES: Readonly<Record<string, TargetMeasure>> = {
  ehcp_stock_all_ages: stock('ehcp_stock_all_ages'),
  pupils_with_ehcp_in_schools: stock('pupils_with_ehcp_in_schools'),
  pupils_on_sen_support: stock('pupils_on_sen_support'),
  pupils_in_schools: {
    kind: 'notModelled',
    reason: 'the model simulates children with SEN only; pupils without SEN are not simulated',
  },
  assessment_requests: flow('assessment_requests'),
  share_requests_refused: ratio('requests_refused', 'assessment_requests'),
  share_assessed_not_issued: ratio('assessed_not_issued', 'issue_decisions'),
  new_plans_issued: flow('new_plans_issued'),
  share_new_plans_within_20_weeks: ratio('new_plans_within_20_weeks', 'new_plans_issued'),
  plans_ceased: { kind: 'ceasedWithTransfers', parameter: 'plan.transfersBetweenLAsPerPlanYear' },
  ehcp_share_mainstream_all_ages: ratio('ehcp_in_mainstream', 'ehcp_stock_all_ages'),
  ehcp_share_special_school_all_ages: ratio('ehcp_in_special_school', 'ehcp_stock_all_ages'),
  special_school_places: stock('special_school_places'),
  ehcp_share_further_education: ratio('ehcp_in_further_education', 'ehcp_stock_all_ages'),
  ehcp_educated_elsewhere_or_neet: stock('ehcp_out_of_education'),
  ehcp_age_share_under_5: ratio('ehcp_age_under_5', 'ehcp_stock_all_ages'),
  ehcp_age_share_5_to_10: ratio('ehcp_age_5_to_10', 'ehcp_stock_all_ages'),
  ehcp_age_share_11_to_15: ratio('ehcp_age_11_to_15', 'ehcp_stock_all_ages'),
  ehcp_age_share_16_to_19: ratio('ehcp_age_16_to_19', 'ehcp_stock_all_ages'),
  ehcp_age_share_20_to_25: ratio('ehcp_age_20_to_25', 'ehcp_stock_all_ages'),
  ehcp_share_complex_needs: ratio(
    COMPLEX_NEEDS.map((need) => `ehcp_need_${need}`),
    'ehcp_stock_all_ages',
  ),
  ehcp_share_complex_needs_5_to_10: ratio('ehcp_complex_5_to_10', 'ehcp_age_5_to_10'),
  mediations_held: flow('mediations_held'),
  // Counted when the appeal is registered, after a mediation that may fall in the year before.
  share_mediations_followed_by_appeal: ratio('mediations_followed_by_appeal', 'mediations_held', false),
  tribunal_appeals_registered: flow('appeals_registered'),
  share_appeals_refusal_to_assess: ratio('appeals_refusal_to_assess', 'appeals_registered'),
  share_appeals_refusal_to_issue: ratio('appeals_refusal_to_issue', 'appeals_registered'),
  // The tribunal counts appeals about the school named (section I) and, under the national
  // trial, about health and social care with the appeals about a plan's contents.
  share_appeals_plan_contents: ratio(
    ['appeals_plan_contents', 'appeals_placement', 'appeals_health_social_care'],
    'appeals_registered',
  ),
  // Decisions in the year over appeals registered in it: many were registered the year before.
  share_appeals_reaching_decision: ratio('appeals_decided', 'appeals_registered', false),
  share_decisions_for_appellant: ratio('decisions_for_family', 'appeals_decided'),
  independent_special_cost_per_pupil: { kind: 'unitCost', parameter: 'cost.independentSpecial' },
  independent_special_spend_total: {
    kind: 'spend',
    stock: 'ehcp_in_independent_special',
    parameter: 'cost.independentSpecial',
  },
};

/**
 * The model's value of a target in one replication, or null when a series it needs lies
 * outside the run. `fy` is the period's financial year for money (e.g. '2022/23').
 */
export function measureTarget(
  measure: TargetMeasure,
  span: PeriodSpan,
  replication: ReplicationResult,
  params: Params,
  fy: string | undefined,
): number | null {
  const series = (id: string) => replication.monthly[id];
  const atSnapshot = (id: string, month: number) => series(id)?.[month];
  const sum = (id: string, from: number, to: number) => {
    const row = series(id);
    if (row === undefined || from < 0 || to > row.length) return undefined;
    let total = 0;
    for (let m = from; m < to; m++) total += row[m]!;
    return total;
  };
  // Price-base money to cash in the period's year, with the index the parameter follows (fees
  // for independent places), so a cost that outran general inflation is compared as it was paid.
  const cash = (key: ParameterKey) => {
    if (fy === undefined) return 1;
    const index = priceIndexOf(key);
    const growth = PRICE_INDEX_DEFINITIONS[index].growth;
    return cashFactor(index, fy, growth === undefined ? 0 : params[growth]);
  };
  switch (measure.kind) {
    case 'stock':
      return span.kind === 'snapshot' ? (atSnapshot(measure.metric, span.month) ?? null) : null;
    case 'flow':
      return span.kind === 'span' ? (sum(measure.metric, span.from, span.to) ?? null) : null;
    case 'ratio': {
      const value = (id: string) =>
        span.kind === 'snapshot' ? atSnapshot(id, span.month) : sum(id, span.from, span.to);
      let num: number | undefined = 0;
      for (const id of measure.numerator) {
        const part = value(id);
        num = part === undefined || num === undefined ? undefined : num + part;
      }
      const den = value(measure.denominator);
      return num === undefined || den === undefined || den === 0 ? null : num / den;
    }
    case 'ceasedWithTransfers': {
      if (span.kind !== 'span') return null;
      const ceased = sum('plans_ceased', span.from, span.to);
      // Month-start stocks summed over the months ÷ 12 = plan-years in the period.
      const planMonths = sum('ehcp_stock_all_ages', span.from, span.to);
      return ceased === undefined || planMonths === undefined
        ? null
        : ceased + (planMonths / 12) * params[measure.parameter];
    }
    case 'unitCost':
      return params[measure.parameter] * cash(measure.parameter);
    case 'spend': {
      if (span.kind !== 'span') return null;
      // Mean of the month-start stocks across the year × the annual cost per place.
      const stocks = sum(measure.stock, span.from, span.to);
      return stocks === undefined
        ? null
        : (stocks / (span.to - span.from)) * params[measure.parameter] * cash(measure.parameter);
    }
    case 'notModelled':
      return null;
  }
}

/** Caveats shown beside a target's result: where the model counts something differently. */
export const TARGET_CAVEATS: Readonly<Record<string, string>> = {
  plans_ceased:
    'SEN2 counts plans transferred to another LA as ceased (9,400 in 2022); the model adds them at the rate plan.transfersBetweenLAsPerPlanYear (an input from the same release), so this target tests the other ceasings',
  share_appeals_plan_contents:
    'includes appeals about the school named and about health and social care, as the tribunal counts them',
  pupils_with_ehcp_in_schools:
    'under-5s with plans are in early years settings in the model unless a special school has placed them (about a third), none in a mainstream reception class',
};

/** The financial year of a money target's period ('FY 2022/23' → '2022/23'). */
export function financialYearOfPeriod(period: string): string | undefined {
  const match = /^FY (\d{4}\/\d{2})$/.exec(period);
  return match === null ? undefined : financialYearOf(match[1]!);
}
