/**
 * Plans in mainstream schools by phase and primary need: of plan holders in mainstream schools
 * (resourced provision included) at primary age and at secondary age, the share whose primary need
 * is each of the five commonest, in the model against the school census.
 *
 * Why: the model's plans keep SEN2's mix of needs over all ages and settings (need-mix.ts), but
 * needs differ in when they arise and where their plan holders go at 11 (issue 10: primary need
 * matters). The census shows it by phase: speech, language and communication needs are 27% of
 * primary-age plans in mainstream schools and 17% of secondary-age ones, specific learning
 * difficulty 4% and 7%. This check shows how far the model's journeys are from that; no parameter
 * is fitted to it, and calibration-targets.json has no such target.
 *
 * Evidence: Special educational needs in England, January 2021 (DfE, 24 June 2021), table "02 -
 * Age and Gender, by type of SEN provision and type of need - 2016 to 2021", pupils with an EHC plan
 * in state-funded primary and state-funded secondary schools by primary need, 2020/21
 * (explore-education-statistics.service.gov.uk/data-tables/permalink/a00f7c8b-3b38-43ab-acc7-8e0128115e4e).
 * Its totals, 95,601 and 68,370, are the 2.1% and 2.0% of those schools' pupils the release gives
 * for EHC plans. The phases are not the model's age bands: state-funded primary schools hold
 * 4-year-olds in reception and secondary schools their sixth forms, while the model counts plan
 * holders aged 5–10 and 11–15 in mainstream schools; shares within a phase are compared, not
 * counts, so the bands' different widths matter less than they would.
 */
import type { ExperimentResult } from '../experiment/experiment-types.js';
import type { PrimaryNeed } from '../journey/journey-context.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { MAINSTREAM_PLANS_BY_PHASE_2021 } from '../population/primary-need-draw.js';
import { seriesMean } from './series-mean.js';

/** The January the published shares describe. */
export const PLANS_BY_PHASE_YEAR = 2021;

/** The phases, the model's series for all plan holders there, and the needs with a series of their own. */
export const PLAN_PHASES = [
  { phase: 'primary', ages: '5–10', column: 0, all: 'ehcp_mainstream_5_to_10' },
  { phase: 'secondary', ages: '11–15', column: 1, all: 'ehcp_mainstream_11_to_15' },
] as const satisfies ReadonlyArray<{ phase: string; ages: string; column: 0 | 1; all: MetricId }>;
export const PHASE_NEEDS = ['ASD', 'SLCN', 'SEMH', 'MLD', 'SpLD'] as const satisfies readonly PrimaryNeed[];

/**
 * How far a model share may be from the census's: 15% of it or 2 points, whichever is larger
 * (assumption: looser than the need mix's 10% and 1 point, since the census's phases and the
 * model's age bands differ, above).
 */
export const PHASE_SHARE_TOLERANCE = { relative: 0.15, absolute: 0.02 } as const;

/** The census's share of need `need` among plan holders in the phase's state-funded schools. */
export function censusPhaseShare(need: PrimaryNeed, column: 0 | 1): number {
  let total = 0;
  for (const counts of Object.values(MAINSTREAM_PLANS_BY_PHASE_2021)) total += counts[column];
  return MAINSTREAM_PLANS_BY_PHASE_2021[need][column] / total;
}

/** One need in one phase: the census's share and the model's in each January looked at. */
export interface PhaseNeedRow {
  readonly phase: (typeof PLAN_PHASES)[number]['phase'];
  readonly need: (typeof PHASE_NEEDS)[number];
  readonly published: number;
  /** The model's share in each of `columns`' Januaries, in order. */
  readonly model: readonly number[];
  /** Whether each of `model` is within `PHASE_SHARE_TOLERANCE` of `published`. */
  readonly within: readonly boolean[];
}

/** A January of a run to look at, and what to call it (e.g. "Backtest, January 2021"). */
export interface PhaseColumn {
  readonly label: string;
  readonly result: Pick<ExperimentResult, 'series'>;
  readonly year: number;
}

function withinPhaseTolerance(model: number, published: number): boolean {
  const { relative, absolute } = PHASE_SHARE_TOLERANCE;
  return Math.abs(model - published) <= Math.max(relative * published, absolute) + 1e-12;
}

/** A row per phase and need: the census's share against the model's in each column. */
export function plansByPhaseCheck(columns: readonly PhaseColumn[]): PhaseNeedRow[] {
  const stock = (column: PhaseColumn, metric: MetricId) =>
    seriesMean(column.result, metric, column.year, 'plansByPhaseCheck');
  return PLAN_PHASES.flatMap(({ phase, column: censusColumn, all }) =>
    PHASE_NEEDS.map((need) => {
      const published = censusPhaseShare(need, censusColumn);
      const model = columns.map((column) => {
        const holders = stock(column, all);
        return holders > 0 ? stock(column, `${all}_${need}` as MetricId) / holders : 0;
      });
      return { phase, need, published, model, within: model.map((m) => withinPhaseTolerance(m, published)) };
    }),
  );
}
