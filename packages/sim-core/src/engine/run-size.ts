/**
 * How many children a run will simulate, known before it makes any, and the most it may: the
 * work an extreme scenario may ask for is capped (issue 13, item 11).
 *
 * The work of a run is its children: each costs a row of its tables and a few dozen events a
 * year (about 300 bytes live and 17 events a year for the baseline). Legal values multiply: every
 * parameter at its legal maximum (a cohort of 20 million, 50 new needs per child-year, years to
 * notice a need) describes about 9 × 10^10 children for England, and at scale 0.0001 for one year
 * that run grew to 2.9 GB in 105 s before it was stopped. So the children a run would simulate,
 * its starting population plus the new needs expected over its years, may be at most
 * `MAX_CHILDREN_FOR_ENGLAND` × scale. The limit is in proportion to the scale, so it depends on the
 * scenario (and the years), never on how small a sample the user asks for: a scenario within it
 * runs at every scale, and one beyond it at none.
 */
import { expectedArrivals } from '../population/arrivals.js';
import { paramsInYear } from '../population/demand-trends.js';
import { planDisputesAtStart, startingPopulationSize } from '../population/synthetic-population.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { ScenarioError } from '../scenario/scenario-error.js';

/**
 * The most children a run may simulate at scale 1 (all of England); at scale `s`, this × `s`.
 * The baseline's longest run (50 years from 2023, at scale 1) simulates about 21.3 million, and
 * with either end of a plausible range (`need.growthUntilYear` at its high end moves it most)
 * about 51.0 million (model 0.16.0, whose new needs grow 9.8% a year to 2023, and to 2034 at that
 * end; 45.0 million in 0.15.0, when the limit was 50 million; 35 million in model 0.8.0, at 7%,
 * when it was 40 million): every run of the shipped scenarios and of the sensitivity analysis is
 * within it (test/sim-core/run-size.test.ts checks every shipped scenario and every range end).
 * A run at the limit, at scale 1, needs about 15 GB (about 250 bytes a child live); at scale
 * 0.01, about 150 MB.
 */
export const MAX_CHILDREN_FOR_ENGLAND = 60_000_000;

/** What a run's size is worked out from: the scenario's parameters and start, and the run's length and scale. */
export interface RunSizeInput {
  readonly params: Params;
  /** The world the starting population is drawn from (default `params`). */
  readonly startParams?: Params;
  readonly startDate: string;
  readonly phases?: ReadonlyArray<{ readonly params: Params }>;
  readonly years: number;
  readonly scale: number;
}

/** A run's size: children at the start, new needs expected over its years, and the most it may have. */
export interface RunSize {
  /** Children in the starting population (exactly the engine's). */
  readonly atStart: number;
  /** Children whose needs are expected to arise during the run (the mean of the engine's draws). */
  readonly arriving: number;
  /** `MAX_CHILDREN_FOR_ENGLAND` × scale. */
  readonly limit: number;
}

/**
 * The size of a run of `input`, without making a child. New needs are counted at the highest
 * onset hazards any of the run's policy phases sets, so the count never falls short.
 *
 * @example
 * const { atStart, arriving, limit } = runSize(resolvedScenario, { years: 10, scale: 0.01 });
 */
export function runSize(
  scenario: Omit<RunSizeInput, 'years' | 'scale'>,
  options: Pick<RunSizeInput, 'years' | 'scale'>,
): RunSize {
  const startYear = Number(scenario.startDate.slice(0, 4));
  const start = paramsInYear(scenario.startParams ?? scenario.params, startYear);
  return runSizeFrom(startingPopulationSize(start, startYear, options.scale), scenario, startYear, options);
}

/** A run's size, its starting population already counted (the engine has counted it). */
export function runSizeFrom(
  atStart: number,
  scenario: Pick<RunSizeInput, 'params' | 'phases'>,
  startYear: number,
  options: Pick<RunSizeInput, 'years' | 'scale'>,
): RunSize {
  let arriving = 0;
  for (const params of [scenario.params, ...(scenario.phases ?? []).map((phase) => phase.params)]) {
    arriving = Math.max(arriving, expectedArrivals(params, options.scale, startYear, options.years));
  }
  return { atStart, arriving, limit: MAX_CHILDREN_FOR_ENGLAND * options.scale };
}

/** A run that would simulate more children than `MAX_CHILDREN_FOR_ENGLAND` × scale. */
export class RunSizeError extends RangeError {
  constructor(
    readonly size: RunSize,
    readonly scale: number,
    readonly years: number,
    /** The file the scenario came from, as messages name it (`<id>.json`), when known. */
    readonly file?: string,
  ) {
    super(runSizeMessage(size, scale, years, file));
    this.name = 'RunSizeError';
  }
}

/**
 * Throw a `RunSizeError` when a run of `scenario` with `options` would simulate more children
 * than it may (`file` names the scenario in the message); otherwise return its size.
 *
 * @example
 * checkRunSize(resolvedScenario, { years: 10, scale: 0.01 }, `${resolvedScenario.id}.json`);
 */
export function checkRunSize(
  scenario: Omit<RunSizeInput, 'years' | 'scale'>,
  options: Pick<RunSizeInput, 'years' | 'scale'>,
  file?: string,
): RunSize {
  const size = withinLimit(runSize(scenario, options), options, file);
  const start = paramsInYear(scenario.startParams ?? scenario.params, Number(scenario.startDate.slice(0, 4)));
  const { disputes, waiting, plans } = planDisputesAtStart(start);
  // `!(≤)`, so that counts that are not numbers are refused too.
  if (!(waiting <= plans)) {
    throw new ScenarioError(
      file ?? 'this run',
      'parameters["placement.waitingAtStart"]',
      'children waiting for a state special place at the start (placement.waitingAtStart × placement.specialSchoolPlaces) no more than the plans in force (population.ehcpStock)',
      `about ${count(waiting)} against ${count(plans)} plans`,
    );
  }
  if (!(disputes <= plans - waiting)) {
    throw new ScenarioError(
      file ?? 'this run',
      'parameters["population.appealsPerYear"]',
      'disputes and appeals in progress against plans at the start (from population.appealsInProgress, and population.appealsPerYear × the time a dispute takes to reach the tribunal) no more than the plans in force (population.ehcpStock) less the children waiting for a special place',
      `about ${count(disputes)} against ${count(plans - waiting)} plans`,
    );
  }
  return size;
}

/** `size`, or a `RunSizeError` when it is beyond its limit. */
export function withinLimit(
  size: RunSize,
  options: Pick<RunSizeInput, 'years' | 'scale'>,
  file?: string,
): RunSize {
  // `!(≤)`, so that a size that is not a number is refused too.
  if (!(size.atStart + size.arriving <= size.limit)) {
    throw new RunSizeError(size, options.scale, options.years, file);
  }
  return size;
}

function runSizeMessage(size: RunSize, scale: number, years: number, file: string | undefined): string {
  const where = file === undefined ? 'this run: ' : `${file}: `;
  const span = `${years} year${years === 1 ? '' : 's'}`;
  return (
    `${where}parameters: expected a population a run can simulate, at most ${count(size.limit)} children ` +
    `at scale ${scale} (${MAX_CHILDREN_FOR_ENGLAND / 1e6} million for all of England, in proportion to ` +
    `the scale), found about ${count(size.atStart + size.arriving)} over ${span}: ` +
    `${count(size.atStart)} at the start and ${count(size.arriving)} new needs; see ` +
    'population.senSupportStock, population.ehcpStock and population.requestsPerYear, population.appealsInProgress, ' +
    'placement.leavesEducationProbability, placement.movesOnProbability and plan.ceaseNotInEducationProbability (young people whose plans ended, on a pathway) (children at the ' +
    'start), population.cohortSize and need.onsetRate.* (new needs, and needs not yet noticed at the ' +
    'start, longer with identification.*MeanDays), need.onsetGrowthPerYear and need.growthUntilYear'
  );
}

/** A count as a message shows it: whole, with thousands separated (10^15 and more in powers of ten). */
function count(x: number): string {
  if (!Number.isFinite(x) || x >= 1e15) return x.toExponential(1);
  return Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
