/**
 * Fitting the free parameters to the calibration targets: the backtest scenario is run with
 * candidate values (same seed, same replications: common random numbers make the objective
 * a fixed function of the values), judged against every target, and the coordinate search
 * keeps what lowers the objective.
 */
import type { ReplicationResult, RunOptions } from '../experiment/experiment-types.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import { calibrationReport } from './calibration-report.js';
import type { CalibrationTarget } from './calibration-types.js';
import {
  calibrationObjective,
  coordinateSearch,
  type SearchOptions,
  type SearchResult,
  type SearchStep,
} from './coordinate-search.js';
import { FREE_PARAMETERS } from './free-parameters.js';

/** Runs a scenario's replications (serially, or on worker threads). */
export type ReplicationRunner = (
  scenario: ResolvedScenario,
  options: RunOptions,
) => Promise<readonly ReplicationResult[]>;

/** The scenario with some parameters replaced (the records are left as they are). */
export function withParameters(
  scenario: ResolvedScenario,
  values: Readonly<Record<string, number>>,
): ResolvedScenario {
  return {
    ...scenario,
    params: Object.freeze({ ...scenario.params, ...values }) as Params,
    startParams: Object.freeze({ ...scenario.startParams, ...values }) as Params,
  };
}

export interface FitOptions {
  /** Where the search starts (default: the scenario's own values). */
  readonly start?: Readonly<Record<string, number>>;
  /** Told of every candidate the search tries. */
  readonly onStep?: (step: SearchStep) => void;
}

/** Fit `FREE_PARAMETERS` of the backtest `scenario` to `targets`. */
export async function fitCalibration(
  scenario: ResolvedScenario,
  targets: readonly CalibrationTarget[],
  options: RunOptions,
  search: SearchOptions,
  run: ReplicationRunner,
  { start, onStep }: FitOptions = {},
): Promise<SearchResult> {
  const from =
    start ?? Object.fromEntries(FREE_PARAMETERS.map((p) => [p.key, scenario.params[p.key as ParameterKey]]));
  return coordinateSearch(
    FREE_PARAMETERS,
    from,
    async (values) => {
      const candidate = withParameters(scenario, values);
      const report = calibrationReport(candidate, options, targets, await run(candidate, options), '');
      return calibrationObjective(report.rows);
    },
    search,
    onStep,
  );
}
