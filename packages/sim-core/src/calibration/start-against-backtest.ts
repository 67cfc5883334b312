/**
 * The start in motion, stock by stock: what the baseline holds in its first January against what
 * the backtest, four years of the model's own journeys from January 2019, holds in the same
 * January (issue 10, requirement 1).
 *
 * The start-invariance test compares the two runs' flows in the start year; this compares their
 * stocks on its first day. A stock the start holds above or below the model's own makes the first
 * years of every projection move towards the model's level whatever the policy: in model 0.20.0
 * the 2023 start held 4% fewer plans in mainstream schools than the backtest's January 2023 (it
 * places primary-age plan holders in special schools at the school census's 2015 share, which the
 * journey does not keep), and the projection's mainstream plans then grew 12.4% in their first
 * year against the backtest's 10.7%. Where the start takes a published figure (plans in force,
 * pupils on SEN support) the backtest's own is a check on the journey, not on the start.
 *
 * Not fitted, and no parameter is set from it: `sendsim calibrate` reports it after the
 * projection, so a user sees which stocks the first projected years carry away from the start.
 */
import type { Estimate, ExperimentResult } from '../experiment/experiment-types.js';
import { METRICS, type MetricId } from '../metrics/metric-definitions.js';

/** The stocks compared: plans by setting and age, SEN support, waits and places, life after a plan. */
export const START_STOCKS = [
  'ehcp_stock_all_ages',
  'pupils_on_sen_support',
  'ehcp_in_mainstream',
  'ehcp_in_special_school',
  'ehcp_in_independent_special',
  'ehcp_in_further_education',
  'ehcp_out_of_education',
  'ehcp_age_under_5',
  'ehcp_age_5_to_10',
  'ehcp_age_11_to_15',
  'ehcp_age_16_to_19',
  'ehcp_age_20_to_25',
  'ehcp_in_state_special_5_to_10',
  'ehcp_in_state_special_11_to_15',
  'ehcp_in_state_special_under_5',
  'ehcp_in_independent_special_under_5',
  'children_with_unmet_need',
  'post_plan_eet',
  'post_plan_neet',
  'post_plan_adult_social_care',
  'waiting_for_ep_assessment',
  'waiting_for_special_place',
  'special_school_places',
  'appeals_awaiting_hearing',
] as const satisfies readonly MetricId[];

export interface StartStockRow {
  readonly metric: MetricId;
  readonly label: string;
  readonly year: number;
  /** The baseline's first January. */
  readonly start: Estimate;
  /** The backtest's same January. */
  readonly backtest: Estimate;
  /** start ÷ backtest − 1 (NaN where the backtest holds none). */
  readonly difference: number;
  /**
   * The difference's 95% half-width as a share of the backtest's mean: the two runs' intervals
   * added in quadrature (independent replications).
   */
  readonly noise: number;
  /** Whether the difference is within its noise. */
  readonly within: boolean;
}

const LABEL: ReadonlyMap<string, string> = new Map(METRICS.map((m) => [m.id, m.label]));

/** Every stock in `START_STOCKS` in January `year` of both runs (the baseline's start year). */
export function startAgainstBacktest(
  backtest: Pick<ExperimentResult, 'series'>,
  baseline: Pick<ExperimentResult, 'series'>,
  year: number,
): StartStockRow[] {
  const at = (result: Pick<ExperimentResult, 'series'>, metric: MetricId, run: string): Estimate => {
    const row = result.series.find((r) => r.metric === metric && r.year === year);
    if (row === undefined) throw new Error(`startAgainstBacktest: the ${run} has no ${metric} for ${year}`);
    return row.value;
  };
  return START_STOCKS.map((metric) => {
    const start = at(baseline, metric, 'baseline');
    const back = at(backtest, metric, 'backtest');
    const a = (start.hi - start.lo) / 2;
    const b = (back.hi - back.lo) / 2;
    // Not Math.hypot: engines approximate it differently (portable-math.ts); sqrt is exact.
    const halfWidth = Math.sqrt(a * a + b * b);
    const gap = start.mean - back.mean;
    return {
      metric,
      label: LABEL.get(metric)!,
      year,
      start,
      backtest: back,
      difference: back.mean === 0 ? Number.NaN : gap / back.mean,
      noise: back.mean === 0 ? Number.NaN : halfWidth / back.mean,
      within: Math.abs(gap) <= halfWidth,
    };
  });
}
