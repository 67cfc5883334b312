/**
 * `sendsim calibrate [scenario]`: the backtest. Runs the backtest scenario (default
 * backtest-2019: the baseline from the January 2019 stocks) and judges the model against every
 * published target: period, published value, model value with its interval, tolerance, pass or
 * miss. With `--fit`, first fits the free parameters (history matching for the plausible sets,
 * then CMA-ES for the best one; documented and deterministic); with `--apply`, writes the fitted
 * values, their plausible ranges and how they were obtained into the baseline scenario file
 * (the fit's own code: calibration-fit.ts; the report as a table and CSV:
 * format/calibration-report.ts). Every replication, the fit's included, runs on the
 * backend `--backend` chose (this machine's threads, or sendsim workers through Redis), with
 * the same output either way.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  backtestYears,
  type CalibrationTarget,
  calibrationReport,
  type ExperimentResult,
  exclusionRatesCheck,
  FIT_RUN,
  type FitResult,
  FREE_PARAMETERS,
  type Holdout,
  holdOut,
  MAX_YEARS,
  NEW_PLANS_BY_AGE_YEAR,
  type NewPlansByAgeColumn,
  needMixCheck,
  newPlansByAge,
  type PhaseNeedRow,
  PLANS_BY_PHASE_YEAR,
  parseCalibrationTargets,
  plansByPhaseCheck,
  type RunOptions,
  ScenarioError,
  type SpecialSchoolsByAgeColumn,
  type StartStockRow,
  settingGrowth,
  specialSchoolsByAge,
  startAgainstBacktest,
  uninformedStart,
  withParameters,
  withStartConsistency,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { InputError } from '../errors.js';
import { reportCsv, reportTable } from '../format/calibration-report.js';
import { exclusionRatesTable } from '../format/exclusion-rates-table.js';
import { toJson } from '../format/json.js';
import { needMixTable } from '../format/need-mix-table.js';
import { newPlansByAgeTable } from '../format/new-plans-by-age-table.js';
import { plansByPhaseTable } from '../format/plans-by-phase-table.js';
import { settingGrowthTable } from '../format/setting-growth-table.js';
import { specialSchoolsByAgeTable } from '../format/special-schools-by-age-table.js';
import { startAgainstBacktestTable } from '../format/start-against-backtest-table.js';
import { readInputFile } from '../input-file.js';
import type { ReplicationBackend } from '../parallel/backend.js';
import { shownRedisUrl } from '../parallel/redis-connection.js';
import { displayPath, findRepoRoot } from '../scenario-path.js';
import { applyFit, fitJson, fitRuns, fitTable, runFit } from './calibration-fit.js';
import { openCommandBackend } from './command-backend.js';
import { type CliIo, type CommandOutput, type LoadedScenario, loadScenario } from './context.js';
import { runWithProgress } from './run.js';

/** The backtest `calibrate` runs when no scenario is given. */
export const DEFAULT_SCENARIO = 'backtest-2019';

export async function calibrateCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const scenario = loadScenario(args[0] ?? DEFAULT_SCENARIO, io.cwd);
  const targetsPath = targetsFile(options, io.cwd);
  const targetsDisplay = displayPath(targetsPath, io.cwd);
  // The published targets, and the start-consistency ones the baseline's own start implies.
  const baseline = loadScenario('baseline', io.cwd).resolved;
  const targets = withStartConsistency(
    readTargets(targetsPath, targetsDisplay),
    baseline.params,
    baseline.startDate,
  );
  const startYear = Number(scenario.resolved.startDate.slice(0, 4));
  const years = backtestYears(targets, startYear);
  if (years > MAX_YEARS) throw unreachableTarget(targets, startYear, targetsDisplay);
  const holdout =
    options.holdoutFrom === undefined
      ? undefined
      : checkedHoldout(targets, options.holdoutFrom, startYear, targetsDisplay);

  // One backend for the whole command: a fit's dozens of waves and generations, then the check.
  const fitOptions: RunOptions = { ...FIT_RUN, years: backtestYears(holdout?.fitting ?? targets, startYear) };
  const { backend, choice } = await openCommandBackend(
    options,
    io,
    options.fit ? { replications: fitRuns() * fitOptions.replications, options: fitOptions } : undefined,
  );
  if (choice.kind === 'redis') {
    io.stderr.write(
      `sendsim: sending the replications to sendsim workers through ${shownRedisUrl(choice.url)}\n`,
    );
  }
  try {
    return await fitAndCheck(
      { scenario, targets, targetsDisplay, years, holdout, fitOptions },
      options,
      io,
      backend,
    );
  } finally {
    await backend.close();
  }
}

/** What `calibrate` checks against, read and checked before any replication runs. */
interface CalibrationPlan {
  readonly scenario: LoadedScenario;
  readonly targets: readonly CalibrationTarget[];
  readonly targetsDisplay: string;
  /** The backtest's years, to the last target. */
  readonly years: number;
  readonly holdout: Holdout | undefined;
  /** How each of a fit's backtests runs (`FIT_RUN`, for the years the fitted targets need). */
  readonly fitOptions: RunOptions;
}

/** With `--fit`, the fit (and with `--apply` its record); then the check, and without a fit the projection. */
async function fitAndCheck(
  { scenario, targets, targetsDisplay, years, holdout, fitOptions }: CalibrationPlan,
  options: CliOptions,
  io: CliIo,
  backend: ReplicationBackend,
): Promise<CommandOutput> {
  let resolved = scenario.resolved;
  let fit: FitResult | undefined;
  if (options.fit) {
    // A self-test fits only what it may see, for only the years that needs, from a start that
    // nothing held out has informed.
    const fitting = holdout?.fitting ?? targets;
    const start = holdout === undefined ? undefined : uninformedStart(FREE_PARAMETERS);
    fit = await runFit(backend, resolved, fitting, fitOptions, io, start === undefined ? {} : { start });
    resolved = withParameters(resolved, fit.values);
  }
  const runOptions: RunOptions = {
    seed: options.seed,
    replications: options.reps,
    years,
    scale: options.scale,
  };
  const result = (await runWithProgress([resolved], runOptions, io, backend))[0]!;
  const report = calibrationReport(
    resolved,
    runOptions,
    targets,
    result.replications,
    targetsDisplay,
    holdout?.from,
  );
  if (fit !== undefined && options.apply) {
    io.stderr.write(`${applyFit(scenario, fit, report, years)}\n`);
  }
  // The check also looks forward: the baseline's projection, setting by setting, against the
  // fastest growth published (a fit or a self-test is judged on the backtest alone).
  // Its first year is also held against DfE's published exclusion and suspension rates by SEN status.
  const projected =
    fit === undefined && options.format !== 'csv'
      ? (
          await runWithProgress(
            [loadScenario((scenario.baselinePath ?? scenario.path).path, io.cwd).resolved],
            { ...runOptions, years: PROJECTION_YEARS },
            io,
            backend,
          )
        )[0]!
      : undefined;
  const projection = projected === undefined ? undefined : settingGrowth(projected);
  const exclusionRates = projected === undefined ? undefined : exclusionRatesCheck(projected);
  const needMix = projected === undefined ? undefined : needMixCheck(projected);
  const specialByAge = projected === undefined ? undefined : specialSchoolsByAgeColumns(result, projected);
  const newPlansAges = projected === undefined ? undefined : newPlansByAgeColumns(result, projected);
  const plansByPhase = projected === undefined ? undefined : plansByPhaseColumns(result, projected);
  const startStocks = projected === undefined ? undefined : startStocksAgainstBacktest(result, projected);
  switch (options.format) {
    case 'json':
      return {
        text: toJson(
          fit === undefined
            ? {
                ...report,
                projection,
                exclusionRates,
                needMix,
                specialSchoolsByAge: specialByAge,
                newPlansByAge: newPlansAges,
                plansByPhase,
                startStocks,
              }
            : { ...report, fit: fitJson(fit, holdout) },
        ),
        exitCode: 0,
      };
    case 'csv':
      return { text: reportCsv(report), exitCode: 0 };
    case 'table':
      return {
        text:
          (fit === undefined ? '' : fitTable(fit, holdout, report)) +
          reportTable(report) +
          (projection === undefined ? '' : settingGrowthTable(projection)) +
          (exclusionRates === undefined ? '' : exclusionRatesTable(exclusionRates)) +
          (needMix === undefined ? '' : needMixTable(needMix)) +
          (specialByAge === undefined ? '' : specialSchoolsByAgeTable(specialByAge)) +
          (newPlansAges === undefined ? '' : newPlansByAgeTable(newPlansAges)) +
          (plansByPhase === undefined ? '' : plansByPhaseTable(plansByPhase.rows, plansByPhase.labels)) +
          (startStocks === undefined ? '' : startAgainstBacktestTable(startStocks)),
        exitCode: 0,
      };
  }
}

/**
 * The targets in `path`. A problem in the file is an input error naming it, the field, what was
 * expected and what was found (not a scenario's, which 'sendsim validate' would check).
 */
function readTargets(path: string, display: string): CalibrationTarget[] {
  try {
    return parseCalibrationTargets(readInputFile(path, display), display);
  } catch (error) {
    if (error instanceof ScenarioError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * The error for a targets file whose periods need a backtest longer than a run may be (a
 * target in 2099 once asked for 80 years and crashed the run): the first target out of reach.
 */
function unreachableTarget(
  targets: readonly CalibrationTarget[],
  startYear: number,
  file: string,
): InputError {
  const i = targets.findIndex((t) => backtestYears([t], startYear) > MAX_YEARS);
  return new InputError(
    `${file}: targets[${i}].period: expected a period a backtest from January ${startYear} reaches in at most ${MAX_YEARS} years (ending by January ${startYear + MAX_YEARS}), found ${JSON.stringify(targets[i]?.period)}`,
  );
}

/**
 * Special schools by age in January of: the backtest's start, and the baseline's start year as
 * the backtest reaches it (four years of the journey's own placements from 2019), the baseline's
 * start and the projection's end.
 */
function specialSchoolsByAgeColumns(
  backtest: ExperimentResult,
  projection: ExperimentResult,
): SpecialSchoolsByAgeColumn[] {
  const [first] = backtest.years;
  const start = projection.years[0]!;
  const end = projection.years.at(-1)!;
  return [
    specialSchoolsByAge(backtest, first!, `Backtest, January ${first} (its start)`),
    ...(reachesOwnJanuary(backtest, start)
      ? [specialSchoolsByAge(backtest, start, `Backtest, January ${start}`)]
      : []),
    specialSchoolsByAge(projection, start, `Baseline, January ${start} (its start)`),
    specialSchoolsByAge(projection, end, `Baseline, January ${end}`),
  ];
}

/**
 * New plans by age in: the published year as the backtest reaches it, and the baseline's first and
 * last years.
 */
function newPlansByAgeColumns(
  backtest: ExperimentResult,
  projection: ExperimentResult,
): NewPlansByAgeColumn[] {
  const first = projection.years[0]!;
  const last = projection.years.at(-1)!;
  return [
    ...(backtest.years.includes(NEW_PLANS_BY_AGE_YEAR)
      ? [newPlansByAge(backtest, NEW_PLANS_BY_AGE_YEAR, `Backtest, ${NEW_PLANS_BY_AGE_YEAR}`)]
      : []),
    newPlansByAge(projection, first, `Baseline, ${first}`),
    newPlansByAge(projection, last, `Baseline, ${last}`),
  ];
}

/**
 * Plans in mainstream schools by phase and need in January of: the census's year as the backtest
 * reaches it, and the baseline's start and the projection's end.
 */
function plansByPhaseColumns(
  backtest: ExperimentResult,
  projection: ExperimentResult,
): { labels: string[]; rows: PhaseNeedRow[] } {
  const start = projection.years[0]!;
  const end = projection.years.at(-1)!;
  const columns = [
    ...(backtest.years.includes(PLANS_BY_PHASE_YEAR)
      ? [{ label: `Backtest, January ${PLANS_BY_PHASE_YEAR}`, result: backtest, year: PLANS_BY_PHASE_YEAR }]
      : []),
    { label: `Baseline, January ${start}`, result: projection, year: start },
    { label: `Baseline, January ${end}`, result: projection, year: end },
  ];
  return { labels: columns.map((c) => c.label), rows: plansByPhaseCheck(columns) };
}

/** The baseline's stocks on its first day against the backtest's in the same January, when it has one. */
function startStocksAgainstBacktest(
  backtest: ExperimentResult,
  projection: ExperimentResult,
): StartStockRow[] | undefined {
  const start = projection.years[0]!;
  return reachesOwnJanuary(backtest, start) ? startAgainstBacktest(backtest, projection, start) : undefined;
}

/**
 * Whether the backtest reaches January `year` after its own start, so has a January of its own to
 * hold the baseline's start against (one that starts in that year, or ends before it, has not).
 */
function reachesOwnJanuary(backtest: ExperimentResult, year: number): boolean {
  return backtest.years.includes(year) && year !== backtest.years[0];
}

/** Years of the baseline's projection the check looks at (the 12-year horizon). */
const PROJECTION_YEARS = 12;

/** The self-test's split, refused when it would leave nothing to fit or nothing to test. */
function checkedHoldout(
  targets: readonly CalibrationTarget[],
  from: number,
  startYear: number,
  targetsFile: string,
): Holdout {
  if (from <= startYear) {
    throw new InputError(
      `--holdout-from ${from}: the backtest starts in January ${startYear}, so the fit would have no year to learn from; give a year after ${startYear}`,
    );
  }
  const holdout = holdOut(targets, from);
  if (holdout.heldOut.length === 0) {
    throw new InputError(
      `--holdout-from ${from}: no target in ${targetsFile} reaches ${from}, so nothing would be held out`,
    );
  }
  return holdout;
}

/** The targets file read when no `--targets` is given: the shared reference folder beside the repository. */
export function defaultTargetsFile(cwd: string): string {
  return join(findRepoRoot() ?? cwd, '..', 'shared', 'data', 'calibration-targets.json');
}

/** The targets file: `--targets`, else the shared reference folder beside the repository. */
export function targetsFile(options: CliOptions, cwd: string): string {
  if (options.targets !== undefined) {
    const path = resolve(cwd, options.targets);
    if (!existsSync(path)) throw new InputError(`--targets: cannot read ${options.targets} (no such file)`);
    return path;
  }
  const path = defaultTargetsFile(cwd);
  if (!existsSync(path)) {
    throw new InputError(
      `calibration targets not found at ${displayPath(path, cwd)} (the project's shared reference folder); pass --targets FILE`,
    );
  }
  return path;
}
