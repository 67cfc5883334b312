/**
 * The settings of the documented calibration fit, in one place so the command, the record in
 * the baseline file and the model description all state the same procedure.
 */
import type { HistoryMatchingSettings } from './history-matching.js';
import {
  IMPLAUSIBILITY_CUTOFF,
  IMPLAUSIBLE_TARGETS_ALLOWED,
  TOLERANCE_STANDARD_DEVIATIONS,
} from './implausibility.js';

export interface FitSettings {
  readonly historyMatching: HistoryMatchingSettings;
  readonly cmaEs: { readonly generations: number; readonly populationSize?: number };
  /** Seed of the search's own draws (the candidate sets), apart from the simulation's. */
  readonly searchSeed: number;
}

/**
 * Four waves of 96 sets (the first a Latin hypercube over the whole ranges), then 20
 * generations of CMA-ES at its default population (13 for 25 parameters): about 650 backtest
 * runs, about ten minutes on two cores.
 */
export const FIT_SEARCH: FitSettings = {
  historyMatching: { waves: 4, pointsPerWave: 96 },
  cmaEs: { generations: 20 },
  searchSeed: 1,
};

/**
 * Run settings for each objective evaluation: fixed seed, 1% scale, and the replications the
 * check (`sendsim calibrate`) uses, so the search optimises what the check reports rather than
 * the noise of fewer runs (with 2 replications a fit's gains partly did not survive the check).
 */
export const FIT_RUN = { seed: 1, replications: 5, scale: 0.01 } as const;

/** The fit's procedure in words, starting from `start`. */
export function fitMethod(start: string, settings: FitSettings = FIT_SEARCH): string {
  const { waves, pointsPerWave } = settings.historyMatching;
  const cut = IMPLAUSIBILITY_CUTOFF;
  return (
    `History matching, then CMA-ES. History matching (as in Vernon, Goldstein & Bower 2010 and Andrianakis et al. 2015, without emulators: every candidate is simulated) runs ${waves} waves of ${pointsPerWave} parameter sets: the first a Latin hypercube over every free parameter's plausible range, plus ${start}; each later one drawn around the sets not ruled out so far (or the least implausible eighth while too few are), each new set a kept one plus a multivariate normal step shaped like the kept sets' covariance, at half their spread. ` +
    `A set is ruled out when a target's implausibility, |model − published| ÷ √((tolerance ÷ ${TOLERANCE_STANDARD_DEVIATIONS})² + the model's standard error²), exceeds ${cut} for any EHCP stock or for more than ${Math.round(IMPLAUSIBLE_TARGETS_ALLOWED * 100)}% of the other targets (the tolerance read as a 95% band). ` +
    `CMA-ES (Hansen 2016, default settings) then runs ${settings.cmaEs.generations} generations from the best set seen, its first search distribution shaped like the sets history matching kept (first step at most 5% of each range), and the best set found is written to the file (values rounded to four significant figures, as evaluated). ` +
    `Each evaluation runs the January 2019 backtest with seed ${FIT_RUN.seed}, ${FIT_RUN.replications} replications (as the check), ${FIT_RUN.scale * 100}% scale, so the objective is a fixed function of the values (common random numbers); the search's own draws use seed ${settings.searchSeed}.`
  );
}

/** The documented fit, as recorded in the baseline file. */
export const FIT_METHOD = fitMethod('the values in the baseline file');

export const FIT_OBJECTIVE =
  'Sum over the targets the backtest can evaluate of min(|model − target| ÷ tolerance, 5)², plus 3 for each target outside its tolerance, with the EHCP stock targets counted four times.';
