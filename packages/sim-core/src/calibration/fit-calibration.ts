/**
 * Fitting the free parameters to the calibration targets, in two steps that share every
 * backtest run's verdict:
 *
 * 1. History matching (`history-matching.ts`) explores every free parameter's whole plausible
 *    range and finds the parameter sets the published figures do not rule out: their spread
 *    (`plausible-sets.ts`) is what the calibration knows.
 * 2. CMA-ES (`cma-es.ts`) then finds the single best set for the baseline file, starting from
 *    the best set history matching saw, with the shape of the plausible region as its first
 *    search distribution, so correlated parameters move together from the start.
 *
 * Every evaluation runs the backtest with the same seed and replications (common random
 * numbers make the objective a fixed function of the values), and the candidates of a wave or
 * generation run together, so worker threads stay busy.
 */

import type { ReplicationResult, RunOptions } from '../experiment/experiment-types.js';
import { randomStream } from '../foundation/random-streams.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import { calibrationObjective } from './calibration-objective.js';
import { calibrationReport } from './calibration-report.js';
import type { CalibrationTarget } from './calibration-types.js';
import { type CmaEsGeneration, cmaEs } from './cma-es.js';
import type { FitSettings } from './fit-settings.js';
import { FREE_PARAMETERS } from './free-parameters.js';
import { historyMatch, KERNEL_SCALE, type WaveSummary } from './history-matching.js';
import { judgeImplausibility } from './implausibility.js';
import { type SearchParameter, toUnit, valuesAt } from './parameter-space.js';
import { type PlausibleSets, summarisePlausibleSets } from './plausible-sets.js';

/**
 * The largest first step of CMA-ES, in widths of each parameter's range: 5%, a local search
 * around the best set seen. Started at the scale of the least implausible sets (about 13% of
 * each range), 20 generations found nothing better than their start (measured). Assumption.
 */
const LOCAL_STEP = 0.05;

/** Runs the replications of several scenarios (serially, or on worker threads), one list per scenario, in order. */
export type BatchRunner = (
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
) => Promise<ReadonlyArray<readonly ReplicationResult[]>>;

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
  /** Where the search starts (default: the scenario's own values); it is the first candidate. */
  readonly start?: Readonly<Record<string, number>>;
  /** The parameters to fit (default `FREE_PARAMETERS`). */
  readonly parameters?: readonly SearchParameter[];
  readonly onWave?: (wave: WaveSummary) => void;
  readonly onGeneration?: (generation: CmaEsGeneration) => void;
}

export interface FitResult {
  /** The best set found (rounded as the file holds it), and its objective. */
  readonly values: Readonly<Record<string, number>>;
  readonly objective: number;
  /** The objective of the starting values. */
  readonly startObjective: number;
  /** Backtest runs, all steps together. */
  readonly evaluations: number;
  readonly waves: readonly WaveSummary[];
  readonly plausible: PlausibleSets;
}

/** Fit the free parameters of the backtest `scenario` to `targets`. */
export async function fitCalibration(
  scenario: ResolvedScenario,
  targets: readonly CalibrationTarget[],
  options: RunOptions,
  settings: FitSettings,
  run: BatchRunner,
  { start, parameters = FREE_PARAMETERS, onWave, onGeneration }: FitOptions = {},
): Promise<FitResult> {
  const from =
    start ?? Object.fromEntries(parameters.map((p) => [p.key, scenario.params[p.key as ParameterKey]]));
  const evaluate = async (points: number[][]) => {
    const candidates = points.map((u) => withParameters(scenario, valuesAt(parameters, u)));
    const results = await run(candidates, options);
    return candidates.map((candidate, i) => {
      const rows = calibrationReport(candidate, options, targets, results[i]!, '').rows;
      return { objective: calibrationObjective(rows), verdict: judgeImplausibility(rows) };
    });
  };
  const random = randomStream(settings.searchSeed, 0, 0, 'calibration');

  const matched = await historyMatch(
    parameters.length,
    evaluate,
    settings.historyMatching,
    random,
    toUnit(parameters, from),
    onWave,
  );
  const bestMatched = matched.candidates.reduce((a, b) => (b.objective < a.objective ? b : a));

  // CMA-ES takes the focus's shape, scaled so its mean variance is one, and history matching's
  // last step size, but no more than a local step: it refines, history matching explored.
  const { covariance } = matched.focus;
  const variance = covariance.reduce((s, row, i) => s + row[i]!, 0) / parameters.length;
  const sigma = Math.min(KERNEL_SCALE * Math.sqrt(variance), LOCAL_STEP);
  const refined = await cmaEs(
    async (points) => (await evaluate(points)).map((e) => e.objective),
    {
      mean: bestMatched.unit,
      sigma,
      covariance: covariance.map((row) => row.map((v) => v / variance)),
      generations: settings.cmaEs.generations,
      ...(settings.cmaEs.populationSize === undefined
        ? {}
        : { populationSize: settings.cmaEs.populationSize }),
      random,
    },
    onGeneration,
  );
  const best = refined.bestValue < bestMatched.objective ? refined.best : bestMatched.unit;
  return {
    values: valuesAt(parameters, best),
    objective: Math.min(refined.bestValue, bestMatched.objective),
    startObjective: matched.candidates[0]!.objective,
    evaluations: matched.candidates.length + refined.evaluations,
    waves: matched.waves,
    plausible: summarisePlausibleSets(parameters, matched.candidates),
  };
}
