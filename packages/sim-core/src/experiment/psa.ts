/**
 * Probabilistic sensitivity analysis (issue 14): every parameter with a plausible range in the
 * baseline file drawn together (`psa-sample.ts`), and for each draw the baseline run with the
 * drawn values and each reform re-resolved on that drawn baseline (as a sweep does), all with
 * the same seed and options: common random numbers across scenarios and across draws, so the
 * spread over draws is the parameters' doing, apart from what simulation noise remains in each
 * draw's mean over its replications.
 *
 * Split for the CLI's pool of worker threads and for the web app's Web Worker, as sweeps are:
 * - `planPsa` lists the scenarios to run (plain data) and which belong to which draw;
 * - `psaDrawOutcome` reduces one draw's results to a few numbers (the effect on the metric, the
 *   change in public spending, the unmet-need child-years avoided), which is what a resumable
 *   run stores per draw;
 * - `psaFromOutcomes` makes the analysis from every draw's outcome; `psaFromResults` and
 *   `runPsa` put the steps together.
 * The analysis depends only on the outcomes, in draw order, so a run that stops and resumes
 * gives the same bytes as one that ran in one go.
 */
import type { ParameterKey } from '../scenario/parameter-catalogue.js';
import { type LeverScaling, type ResolvedScenario, resolveScenario } from '../scenario/resolve-scenario.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { BaselineScenarioFile, ReformScenarioFile } from '../scenario/scenario-file.js';
import type { ExperimentResult, Progress, RunMeta, RunOptions } from './experiment-types.js';
import { measureOverRun, type RunMeasure } from './metric-over-run.js';
import { checkResultCount, measureFor, runPlanned } from './one-way.js';
import { designPsa, type PsaDesign } from './psa-sample.js';
import { spearman } from './rank-correlation.js';
import { runMeta } from './run-experiment.js';
import { validateRunOptions } from './run-options.js';
import { UNMET_NEED_METRIC } from './value-for-money.js';

/** What to analyse: the baseline file whose ranges are drawn, the reforms, the metric and the number of draws. */
export interface PsaRequest {
  readonly baseline: BaselineScenarioFile;
  /** Reforms of `baseline`; each is re-resolved on every draw's baseline. None: the metric's level alone. */
  readonly reforms: readonly ReformScenarioFile[];
  /** A metric id (`METRICS`) or a payer's cost (`cost_<payer>`, `cost_public`, `cost_total`). */
  readonly metric: string;
  /** Draws of the parameters, at least 2. */
  readonly draws: number;
  /**
   * A local area's lever scaling (`areaBaseline`), when `baseline` is the area's: every drawn
   * baseline stays the area's and the reforms' levers are scaled to it as a run for the area is.
   */
  readonly scaling?: LeverScaling;
}

/** One draw's scenarios, as indices into `PsaPlan.scenarios`. */
export interface PsaDrawPoint {
  readonly baseline: number;
  /** One per reform, in the order given. */
  readonly reforms: readonly number[];
}

/** The scenarios a PSA runs (every draw's baseline, then its reforms), and the draws. */
export interface PsaPlan {
  readonly request: PsaRequest;
  readonly options: RunOptions;
  readonly measure: RunMeasure;
  readonly design: PsaDesign;
  /** Every scenario to run, draw by draw; `points[d]` says which are draw d's. */
  readonly scenarios: readonly ResolvedScenario[];
  readonly points: readonly PsaDrawPoint[];
  /** What each run is (scenario, seed, replications, years, scale, model version), the same in every draw. */
  readonly baselineMeta: RunMeta;
  readonly reformMeta: readonly RunMeta[];
}

/** One reform in one draw: means over the draw's replications, reform − baseline paired. */
export interface PsaReformOutcome {
  /** The change in the metric (NaN when undefined, e.g. a share with no denominator). */
  readonly effect: number;
  /** The change in public spending over the run, £ (the nine public payers). */
  readonly publicCost: number;
  /** Child-years of unmet need avoided (baseline − reform; positive is fewer). */
  readonly unmetNeedAvoided: number;
}

/** What one draw gave: the baseline's level of the metric and each reform's outcome. */
export interface PsaDrawOutcome {
  readonly draw: number;
  readonly baseline: number;
  readonly reforms: readonly PsaReformOutcome[];
}

/** A distribution over draws: the mean and the 2.5th and 97.5th percentiles. */
export interface PsaSpread {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** Draws in which the value is defined (finite). */
  readonly draws: number;
}

/** How strongly one parameter's draws go with a result: Spearman's rank correlation over draws. */
export interface PsaInfluence {
  readonly key: ParameterKey;
  readonly spearman: number;
}

/** One draw in the cost-effectiveness plane. */
export interface PsaScatterPoint extends PsaReformOutcome {
  readonly draw: number;
}

export interface PsaReformResult {
  readonly reform: RunMeta;
  readonly effect: PsaSpread;
  /** Share of defined draws in which the reform moves the metric its good way (strictly). */
  readonly probabilityBetter: number;
  readonly publicCost: PsaSpread;
  readonly unmetNeedAvoided: PsaSpread;
  /** Every sampled parameter, largest |ρ| first (undefined last, ties by key). */
  readonly influence: readonly PsaInfluence[];
  readonly scatter: readonly PsaScatterPoint[];
}

export interface PsaAnalysis {
  readonly measure: RunMeasure;
  readonly baseline: RunMeta;
  readonly draws: number;
  readonly parameters: PsaDesign['parameters'];
  readonly held: PsaDesign['held'];
  readonly correlations: PsaDesign['correlations'];
  /** The metric in the baseline over draws, and what drives it. */
  readonly level: { readonly spread: PsaSpread; readonly influence: readonly PsaInfluence[] };
  readonly reforms: readonly PsaReformResult[];
  /** `samples[draw][p]`: parameter `parameters[p]`'s value in that draw. */
  readonly samples: PsaDesign['samples'];
}

/**
 * Draw the parameters and resolve every scenario the PSA needs. Throws a `RangeError` naming the
 * field for an unknown metric or too few draws, a `ScenarioError` for rank correlations the file
 * cannot have, and a `RangeError` naming the draw when a reform cannot be resolved on a drawn
 * baseline (a lever pushed past a parameter's bounds: never skipped, which would bias the rest).
 */
export function planPsa(request: PsaRequest, options: RunOptions): PsaPlan {
  validateRunOptions(options);
  const measure = measureFor(request.metric);
  const { baseline, reforms, scaling } = request;
  const baselineMeta = runMeta(resolveScenario(baseline, undefined, scaling), options);
  const reformMeta = reforms.map((reform) => runMeta(resolveScenario(reform, baseline, scaling), options));
  const design = designPsa(baseline, request.draws, options.seed);
  const scenarios: ResolvedScenario[] = [];
  const points = design.samples.map((values, draw) => {
    const file = withDrawnValues(baseline, design, values);
    try {
      const at = scenarios.push(resolveScenario(file, undefined, scaling)) - 1;
      return {
        baseline: at,
        reforms: reforms.map((reform) => scenarios.push(resolveScenario(reform, file, scaling)) - 1),
      };
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      throw new RangeError(
        `draw ${draw + 1}: the drawn values break a scenario rule: ${error.path}: expected ${error.expected}, found ${error.found}`,
      );
    }
  });
  return { request, options, measure, design, scenarios, points, baselineMeta, reformMeta };
}

/** `file` with every sampled parameter at its drawn value (ranges and evidence kept). */
function withDrawnValues(
  file: BaselineScenarioFile,
  design: PsaDesign,
  values: readonly number[],
): BaselineScenarioFile {
  const parameters = { ...file.parameters };
  design.parameters.forEach((p, i) => {
    parameters[p.key] = { ...parameters[p.key], value: values[i]! };
  });
  return { ...file, parameters };
}

/**
 * Draw `draw`'s outcome from its results: `results[0]` the baseline's, then one per reform (as
 * `plan.points[draw]` lists them), each run with `plan.options`.
 */
export function psaDrawOutcome(
  plan: PsaPlan,
  draw: number,
  results: readonly ExperimentResult[],
): PsaDrawOutcome {
  checkResultCount(1 + plan.request.reforms.length, results);
  const [base, ...reforms] = results;
  const metric = plan.measure.id;
  const meanChange = (reform: ExperimentResult, id: string) =>
    mean(
      reform.replications.map((r, i) => measureOverRun(id, r) - measureOverRun(id, base!.replications[i]!)),
    );
  return {
    draw,
    baseline: mean(base!.replications.map((r) => measureOverRun(metric, r))),
    reforms: reforms.map((reform) => ({
      effect: meanChange(reform, metric),
      publicCost: meanChange(reform, 'cost_public'),
      unmetNeedAvoided: -meanChange(reform, UNMET_NEED_METRIC),
    })),
  };
}

/** The analysis from every draw's outcome (one per draw, in any order). */
export function psaFromOutcomes(plan: PsaPlan, outcomes: readonly PsaDrawOutcome[]): PsaAnalysis {
  const draws = plan.points.length;
  const byDraw = [...outcomes].sort((a, b) => a.draw - b.draw);
  if (byDraw.length !== draws || byDraw.some((o, i) => o.draw !== i)) {
    throw new RangeError(`outcomes: expected one per draw (0 to ${draws - 1}), found ${outcomes.length}`);
  }
  const { design, measure } = plan;
  const influenceOn = (values: readonly number[]): PsaInfluence[] => {
    const defined = values.map((_, d) => d).filter((d) => Number.isFinite(values[d]!));
    const y = defined.map((d) => values[d]!);
    return design.parameters
      .map((p, i) => ({
        key: p.key,
        spearman: spearman(
          defined.map((d) => design.samples[d]![i]!),
          y,
        ),
      }))
      .sort(byInfluence);
  };
  const level = byDraw.map((o) => o.baseline);
  return {
    measure,
    baseline: plan.baselineMeta,
    draws,
    parameters: design.parameters,
    held: design.held,
    correlations: design.correlations,
    level: { spread: spread(level), influence: influenceOn(level) },
    reforms: plan.reformMeta.map((reform, r) => {
      const outcomes = byDraw.map((o) => o.reforms[r]!);
      const effects = outcomes.map((o) => o.effect);
      const defined = effects.filter((e) => Number.isFinite(e));
      const better = defined.filter((e) => (measure.higherIsBetter ? e > 0 : e < 0)).length;
      return {
        reform,
        effect: spread(effects),
        probabilityBetter: defined.length === 0 ? Number.NaN : better / defined.length,
        publicCost: spread(outcomes.map((o) => o.publicCost)),
        unmetNeedAvoided: spread(outcomes.map((o) => o.unmetNeedAvoided)),
        influence: influenceOn(effects),
        scatter: outcomes.map((o, draw) => ({ draw, ...o })),
      };
    }),
    samples: design.samples,
  };
}

/** The analysis from the results of `plan.scenarios`, run in that order with `plan.options`. */
export function psaFromResults(plan: PsaPlan, results: readonly ExperimentResult[]): PsaAnalysis {
  checkResultCount(plan.scenarios.length, results);
  return psaFromOutcomes(
    plan,
    plan.points.map((point, draw) =>
      psaDrawOutcome(
        plan,
        draw,
        [point.baseline, ...point.reforms].map((i) => results[i]!),
      ),
    ),
  );
}

/**
 * Plan, run every scenario (one after another, in this thread) and read the analysis.
 *
 * @example
 * const psa = runPsa(
 *   { baseline: baselineFile, reforms: [reformFile], metric: 'unmet_need_child_years', draws: 20 },
 *   { seed: 1, replications: 1, years: 3, scale: 0.001 },
 * );
 */
export function runPsa(
  request: PsaRequest,
  options: RunOptions,
  onProgress?: (progress: Progress) => void,
): PsaAnalysis {
  const plan = planPsa(request, options);
  return psaFromResults(plan, runPlanned(plan.scenarios, options, onProgress));
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Mean and 2.5–97.5th percentiles of the finite values (linear interpolation between order statistics). */
export function spread(values: readonly number[]): PsaSpread {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN, draws: 0 };
  const at = (p: number) => {
    const h = (n - 1) * p;
    const i = Math.floor(h);
    const next = sorted[Math.min(i + 1, n - 1)]!;
    return sorted[i]! + (h - i) * (next - sorted[i]!);
  };
  return { mean: mean(sorted), lo: at(0.025), hi: at(0.975), draws: n };
}

/** Largest |ρ| first; undefined (NaN) last; ties by key, so the order never depends on the run. */
function byInfluence(a: PsaInfluence, b: PsaInfluence): number {
  const an = Number.isNaN(a.spearman);
  const bn = Number.isNaN(b.spearman);
  if (an !== bn) return an ? 1 : -1;
  const [x, y] = [Math.abs(a.spearman), Math.abs(b.spearman)];
  if (!an && x !== y) return y - x;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
