/**
 * The calibration fit as `sendsim calibrate --fit` runs it: the search on the backend the
 * command chose (this machine's threads, or sendsim workers through Redis) with its progress, its table and JSON (method, waves, fitted values, plausible ranges and
 * correlations), and, with `--apply`, the fitted values, their plausible ranges and how they
 * were found written into the baseline scenario file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  type CalibrationReport,
  type CalibrationTarget,
  defaultPopulationSize,
  FIT_METHOD,
  FIT_OBJECTIVE,
  FIT_RUN,
  FIT_SEARCH,
  type FitResult,
  type FitSettings,
  FREE_PARAMETERS,
  fitCalibration,
  fitMethod,
  type Holdout,
  judgeImplausibility,
  MODEL_VERSION,
  type ResolvedScenario,
  type RunOptions,
  roundFitted,
} from '@send-sim/sim-core';
import { renderTable, type TableRow } from '../format/table.js';
import type { ReplicationBackend } from '../parallel/backend.js';
import type { CliIo, LoadedScenario } from './context.js';

/** How a fit is asked for, beyond what it fits to: where it starts and how hard it searches. */
export interface FitRequest {
  /** The first candidate (default: the scenario's own values); a self-test starts from the middle of every range. */
  readonly start?: Readonly<Record<string, number>>;
  /**
   * The search (default `FIT_SEARCH`, the documented fit `calibrate --fit` runs). Tests pass a
   * tiny one (a few waves and generations of a few sets) to run a whole fit in seconds; the
   * command has no option for it, and `fitJson`'s method text describes the documented search.
   */
  readonly search?: FitSettings;
}

/** Backtest runs a fit makes: the start, every history-matching wave and every CMA-ES generation. */
export function fitRuns(search: FitSettings = FIT_SEARCH): number {
  const { waves, pointsPerWave } = search.historyMatching;
  return 1 + waves * pointsPerWave + search.cmaEs.generations * populationOf(search);
}

function populationOf(search: FitSettings): number {
  return search.cmaEs.populationSize ?? defaultPopulationSize(FREE_PARAMETERS.length);
}

/**
 * Fit the free parameters of the backtest `scenario` to `targets`, each candidate run with
 * `options` on `backend` (a wave or generation at a time), saying how it goes on standard error.
 * The result does not depend on the backend: the same fit on this machine's threads or on
 * sendsim workers through Redis, byte for byte.
 *
 * @example
 * const backend = await openBackend({ kind: 'local' }, undefined, { replications: fitRuns() * 5, options });
 * try { fit = await runFit(backend, scenario, targets, { ...FIT_RUN, years: 4 }, io); } finally { await backend.close(); }
 */
export async function runFit(
  backend: ReplicationBackend,
  scenario: ResolvedScenario,
  targets: readonly CalibrationTarget[],
  options: RunOptions,
  io: Pick<CliIo, 'stderr'>,
  { start, search = FIT_SEARCH }: FitRequest = {},
): Promise<FitResult> {
  const { waves } = search.historyMatching;
  const { generations } = search.cmaEs;
  io.stderr.write(
    `Fitting ${FREE_PARAMETERS.length} free parameters: ${waves} waves of history matching, then ${generations} generations of CMA-ES (${fitRuns(search)} backtest runs).\n`,
  );
  return fitCalibration(
    scenario,
    targets,
    options,
    search,
    async (candidates, o) => (await backend.runExperiments(candidates, o)).map((r) => r.replications),
    {
      ...(start === undefined ? {} : { start }),
      onWave: (w) =>
        io.stderr.write(
          `  history matching wave ${w.wave} (drawn from ${w.drawnFrom}): ${w.plausible} of ${w.evaluated} sets not ruled out\n`,
        ),
      onGeneration: (g) => {
        if (g.generation % 5 === 0 || g.generation === generations) {
          io.stderr.write(
            `  CMA-ES generation ${g.generation}: best objective ${g.best.toFixed(1)}, step ${g.sigma.toFixed(3)}\n`,
          );
        }
      },
    },
  );
}

/** Write the fitted values, their plausible ranges and how they were found into the baseline scenario file. */
export function applyFit(
  scenario: LoadedScenario,
  fit: FitResult,
  report: CalibrationReport,
  years: number,
): string {
  const path = scenario.baselinePath ?? scenario.path;
  const data = JSON.parse(readFileSync(path.path, 'utf8')) as {
    parameters: Record<string, Record<string, unknown>>;
    calibration?: unknown;
  };
  const fitted: string[] = [];
  for (const free of FREE_PARAMETERS) {
    const value = roundFitted(fit.values[free.key]!);
    const record = data.parameters[free.key]!;
    const plausible = plausibleRange(fit, free.key, value);
    const [low, high] = plausible ?? [free.min, free.max];
    if (record.value !== value) fitted.push(free.key);
    const before = record.source as { title?: string } | undefined;
    const was =
      typeof record.assumption === 'string'
        ? (record.assumption as string).replace(/ Fitted by the calibration[\s\S]*$/, '')
        : `Previously ${record.value} from ${before?.title ?? 'its source'}.`;
    record.value = value;
    record.range = [low, high];
    delete record.source;
    const spread =
      plausible === undefined
        ? `Too few sets were plausible to narrow its range (${fit.plausible.count}), so the range is the search's.`
        : `Its range is the spread of the ${fit.plausible.count} parameter sets history matching did not rule out.`;
    record.assumption = `${was} Fitted by the calibration (see "calibration"), searched within ${free.min}–${free.max}; informed by ${free.informedBy}. ${spread}`;
  }
  data.calibration = {
    method: FIT_METHOD,
    objective: FIT_OBJECTIVE,
    backtest: scenario.resolved.id,
    targets: 'calibration-targets.json (the project’s shared reference data)',
    run: { ...FIT_RUN, years },
    evaluations: fit.evaluations,
    objectiveBefore: roundFitted(fit.startObjective),
    objectiveAfter: roundFitted(fit.objective),
    result: {
      targets: report.summary.targets,
      evaluated: report.summary.evaluated,
      passed: report.summary.passed,
      checkedWith: { seed: report.meta.seed, replications: report.meta.reps, scale: report.meta.scale },
    },
    plausible: {
      evaluated: fit.plausible.evaluated,
      count: fit.plausible.count,
      correlations: fit.plausible.correlations.map((c) => ({
        ...c,
        correlation: roundFitted(c.correlation),
      })),
    },
    fitted: FREE_PARAMETERS.map((p) => p.key),
    modelVersion: MODEL_VERSION,
  };
  writeFileSync(
    path.path,
    `${JSON.stringify(data, null, 2).replace(/\[\s*([-\d.e]+),\s*([-\d.e]+)\s*\]/g, '[$1, $2]')}\n`,
  );
  return `wrote the fit into ${path.display} (${fitted.length} values changed)`;
}

/** Fewer plausible sets than this leave a parameter's range at the search's bounds. */
const MIN_PLAUSIBLE_SETS = 10;

/** A parameter's plausible range (widened to hold the fitted value), when enough sets were plausible. */
function plausibleRange(fit: FitResult, key: string, value: number): [number, number] | undefined {
  const range = fit.plausible.ranges.find((r) => r.key === key);
  if (range === undefined || fit.plausible.count < MIN_PLAUSIBLE_SETS) return undefined;
  return [Math.min(range.min, value), Math.max(range.max, value)];
}

/** The fit's procedure; a self-test's starts where nothing held out has informed it. */
function fitMethodOf(holdout: Holdout | undefined): string {
  return holdout === undefined
    ? FIT_METHOD
    : `${fitMethod("the middle of every free parameter's range (not the baseline file's values: they were fitted to the held-out years too)")} Only the ${holdout.fitting.length} targets wholly before ${holdout.from} count, and each backtest runs only as far as they need.`;
}

export function fitJson(fit: FitResult, holdout: Holdout | undefined) {
  return {
    method: fitMethodOf(holdout),
    ...(holdout === undefined ? {} : { heldOutFrom: holdout.from }),
    objective: FIT_OBJECTIVE,
    objectiveBefore: fit.startObjective,
    objectiveAfter: fit.objective,
    evaluations: fit.evaluations,
    values: fit.values,
    waves: fit.waves,
    plausible: fit.plausible,
  };
}

export function fitTable(fit: FitResult, holdout: Holdout | undefined, report: CalibrationReport): string {
  const { plausible } = fit;
  const verdict = judgeImplausibility(report.rows.filter((r) => !r.heldOut));
  const lines = [
    holdout === undefined ? 'Fit' : `Forecasting self-test: fit on the years before ${holdout.from}`,
    `Method: ${fitMethodOf(holdout)}`,
    `Objective: ${FIT_OBJECTIVE}`,
    `Objective ${fit.startObjective.toFixed(1)} → ${fit.objective.toFixed(1)} after ${fit.evaluations} backtest runs.`,
    ...fit.waves.map(
      (w) =>
        `History matching wave ${w.wave} (drawn from ${w.drawnFrom}): ${w.plausible} of ${w.evaluated} sets not ruled out.`,
    ),
    `Plausible sets: ${plausible.count} of ${plausible.evaluated}. The fitted set is ${verdict.plausible ? 'plausible' : 'ruled out'} by the same rule (measure ${verdict.measure.toFixed(2)}).`,
    '',
  ];
  const rows: TableRow[] = FREE_PARAMETERS.map((p) => {
    const range = plausible.ranges.find((r) => r.key === p.key);
    return [
      p.key,
      `${p.min} to ${p.max}`,
      String(roundFitted(fit.values[p.key]!)),
      range === undefined ? '–' : `${roundFitted(range.min)} to ${roundFitted(range.max)}`,
      range === undefined ? '–' : String(roundFitted(range.median)),
    ];
  });
  lines.push(
    renderTable(
      [
        { header: 'Free parameter' },
        { header: 'Bounds' },
        { header: 'Fitted', align: 'right' },
        { header: 'Plausible sets span', align: 'right' },
        { header: 'Median', align: 'right' },
      ],
      rows,
    ),
    '',
  );
  if (plausible.correlations.length > 0) {
    lines.push('Parameters the evidence ties together (correlation across plausible sets):');
    for (const c of plausible.correlations) lines.push(`  ${c.a} and ${c.b}: ${c.correlation.toFixed(2)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
