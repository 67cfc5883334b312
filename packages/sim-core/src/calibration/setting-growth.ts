/**
 * Growth by setting over a projection, against the fastest growth the published statistics
 * show (issue 10, requirement 2): a setting whose plans or places grow faster in the model
 * than they ever did in 2015–2023 needs a mechanism that says why, or it is a defect.
 *
 * The published rates are compound yearly growth over the longest window our evidence gives
 * for each stock (all from before January 2023; calibration-targets.json and the sources in
 * scenarios/baseline.json). Some windows are short: the rate is what the data can say, not a
 * ceiling on what could happen. A stock that falls where the published one rose is flagged too:
 * not a defect by the rule, but a turn no published year shows, so it needs a reason.
 *
 * The model is judged on its fastest growth over any window of the published one's length, not
 * only over the whole run: until model 0.13.0 the check compared the run's end points, so a
 * setting that rose 13% a year for two years and fell back (independent special schools, 2024–26)
 * passed as 0.3% a year.
 */

import type { ExperimentResult } from '../experiment/experiment-types.js';
import { exp, log } from '../foundation/portable-math.js';
import type { MetricId } from '../metrics/metric-definitions.js';

export interface PublishedGrowth {
  readonly metric: MetricId;
  readonly label: string;
  /** Compound growth a year, e.g. 0.099 for 9.9%. */
  readonly rate: number;
  /** The published window's length in years (the model's fastest growth is over windows as long). */
  readonly years: number;
  /** The window and the figures it was worked out from. */
  readonly evidence: string;
}

/** Compound growth a year (with the portable `exp` and `log`, so every engine agrees to the bit). */
const cagr = (from: number, to: number, years: number) => exp(log(to / from) / years) - 1;

export const PUBLISHED_GROWTH: readonly PublishedGrowth[] = [
  {
    metric: 'ehcp_stock_all_ages',
    label: 'EHC plans, all ages',
    rate: cagr(354_000, 517_000, 4),
    years: 4,
    evidence: 'SEN2: 354,000 plans in January 2019, 517,000 in January 2023',
  },
  {
    metric: 'ehcp_in_mainstream',
    label: 'Plans in mainstream schools',
    rate: cagr(0.399 * 430_700, 0.405 * 473_255, 1),
    years: 1,
    evidence: 'SEN2: 39.9% of 430,700 plans in January 2021, 40.5% of 473,255 in January 2022',
  },
  {
    metric: 'ehcp_in_special_school',
    label: 'Plans in special schools (state and independent)',
    rate: cagr(0.358 * 430_700, 0.348 * 473_255, 1),
    years: 1,
    evidence: 'SEN2: 35.8% of 430,700 plans in January 2021, 34.8% of 473,255 in January 2022',
  },
  {
    metric: 'ehcp_in_independent_special',
    label: 'Plans in independent special schools',
    rate: cagr(1_172_700_000 / 54_000, 1_593_200_000 / 62_000, 2),
    years: 2,
    evidence:
      'Parliamentary question 100030: £1,172.7m at £54,000 a pupil in 2020/21, £1,593.2m at £62,000 in 2022/23 (about 21,700 and 25,700 pupils)',
  },
  {
    metric: 'special_school_places',
    label: 'State special school places',
    rate: cagr(103_823, 141_437, 6),
    years: 6,
    evidence:
      'Special educational needs in England: 103,823 pupils in state special schools in January 2016, 141,437 in January 2022 (places ≈ pupils: most are full)',
  },
];

export interface SettingGrowthRow extends PublishedGrowth {
  readonly fromYear: number;
  readonly toYear: number;
  /** Mean over replications of the January stock in `fromYear` and in `toYear`. */
  readonly from: number;
  readonly to: number;
  /** The model's compound growth a year over the projection. */
  readonly modelRate: number;
  /** The model's fastest compound growth a year over any window of `years` within the projection. */
  readonly fastestRate: number;
  /** The first year of that window (January). */
  readonly fastestFrom: number;
  /** Whether the model's fastest growth is faster than the published rate. */
  readonly faster: boolean;
  /** Whether the model's stock falls where the published one rose (every published rate here is a rise). */
  readonly falls: boolean;
}

/** Each setting's growth over `result`'s whole run (January of its first year to January after its last). */
export function settingGrowth(result: ExperimentResult): SettingGrowthRow[] {
  return PUBLISHED_GROWTH.map((published) => {
    const rows = result.series.filter((r) => r.metric === published.metric);
    if (rows.length < 2) throw new Error(`settingGrowth: the run has no series for ${published.metric}`);
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const years = last.year - first.year;
    const modelRate = cagr(first.value.mean, last.value.mean, years);
    // Windows as long as the published one (the whole run if it is shorter).
    const span = Math.min(published.years, years);
    let fastestRate = Number.NEGATIVE_INFINITY;
    let fastestFrom = first.year;
    for (let k = 0; k + span < rows.length; k++) {
      const rate = cagr(rows[k]!.value.mean, rows[k + span]!.value.mean, span);
      if (rate > fastestRate) {
        fastestRate = rate;
        fastestFrom = rows[k]!.year;
      }
    }
    return {
      ...published,
      fromYear: first.year,
      toYear: last.year,
      from: first.value.mean,
      to: last.value.mean,
      modelRate,
      fastestRate,
      fastestFrom,
      faster: fastestRate > published.rate,
      falls: modelRate < 0 && published.rate > 0,
    };
  });
}
