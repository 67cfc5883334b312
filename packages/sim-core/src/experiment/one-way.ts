/**
 * What one-way sensitivity and sweeps share (DESIGN 3.3): a baseline file with one parameter's
 * value changed, the baseline and the reform resolved on it (so a lever that scales or adds to a
 * parameter acts on the changed value), the list of scenarios to run with each world's place in
 * it, and the result at one world: the metric over the run, or with a reform the paired
 * difference reform − baseline (common random numbers), reduced as `compareExperiments` does.
 */
import type { ParameterKey } from '../scenario/parameter-catalogue.js';
import { type LeverScaling, type ResolvedScenario, resolveScenario } from '../scenario/resolve-scenario.js';
import type { BaselineScenarioFile, ParameterRecord, ReformScenarioFile } from '../scenario/scenario-file.js';
import { compareExperiments } from './compare-experiments.js';
import type { Estimate, ExperimentResult, Progress, RunOptions } from './experiment-types.js';
import { findRunMeasure, measureOverRun, type RunMeasure } from './metric-over-run.js';
import { runExperiment } from './run-experiment.js';
import { estimate } from './statistics.js';

/** One world to run, as indices into the plan's list of scenarios. */
export interface WorldPoint {
  readonly baseline: number;
  readonly reform?: number;
}

/** The baseline and the reform resolved on it. */
export interface World {
  readonly base: ResolvedScenario;
  readonly changedReform?: ResolvedScenario;
}

/** The measure for a metric id, or a `RangeError` naming the field. */
export function measureFor(metric: string): RunMeasure {
  const measure = findRunMeasure(metric);
  if (measure === undefined) {
    throw new RangeError(
      `metric: expected a metric id (as in METRICS) or cost_<payer>, found ${JSON.stringify(metric)}`,
    );
  }
  return measure;
}

/** `file` with one parameter's value changed (its range, unit and evidence kept). */
export function withParameterValue(
  file: BaselineScenarioFile,
  key: ParameterKey,
  value: number,
): BaselineScenarioFile {
  return { ...file, parameters: { ...file.parameters, [key]: { ...file.parameters[key], value } } };
}

/**
 * The baseline `file` and `reform` resolved on it; resolving throws `ScenarioError` when a
 * rule is broken (a share group no longer summing to 1, a lever pushed past a parameter's bounds).
 * `scaling` is a local area's (`areaBaseline`): `file` is then the area's baseline and the
 * reform's levers are scaled to the area as `sendsim run --area` scales them; absent for England.
 */
export function resolveWorld(
  file: BaselineScenarioFile,
  reform: ReformScenarioFile | undefined,
  scaling?: LeverScaling,
): World {
  return {
    base: resolveScenario(file, undefined, scaling),
    ...(reform === undefined ? {} : { changedReform: resolveScenario(reform, file, scaling) }),
  };
}

/** Collects the scenarios to run, world by world, and says where each world's runs are. */
export class WorldList {
  readonly scenarios: ResolvedScenario[] = [];

  add(world: World): WorldPoint {
    const baseline = this.scenarios.push(world.base) - 1;
    if (world.changedReform === undefined) return { baseline };
    return { baseline, reform: this.scenarios.push(world.changedReform) - 1 };
  }
}

/** Throws unless there is one result per planned scenario. */
export function checkResultCount(planned: number, results: readonly ExperimentResult[]): void {
  if (results.length !== planned) {
    throw new RangeError(`results: expected one per planned scenario (${planned}), found ${results.length}`);
  }
}

/** The result at one world: the metric over the run, or reform − baseline paired by replication. */
export function resultAt(metric: string, results: readonly ExperimentResult[], point: WorldPoint): Estimate {
  const base = results[point.baseline]!;
  if (point.reform === undefined) {
    return estimate(
      base.replications.map((r) => measureOverRun(metric, r)),
      measureFor(metric).bounds,
    );
  }
  const paired = compareExperiments(base, results[point.reform]!).differences.find(
    (d) => d.metric === metric,
  );
  return paired!.difference;
}

/** A parameter's unit, with the price year of a money value. */
export function parameterUnit(record: ParameterRecord): string {
  return record.priceYear === undefined ? record.unit : `${record.unit} (${record.priceYear} prices)`;
}

/** Whether a parameter's baseline value has a cited source or is an assumption. */
export function parameterEvidence(record: ParameterRecord): 'source' | 'assumption' {
  return record.source === undefined ? 'assumption' : 'source';
}

/** Run every planned scenario in turn, in this thread, with one progress from 0 to 1 over them all. */
export function runPlanned(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  onProgress?: (progress: Progress) => void,
): ExperimentResult[] {
  const runs = scenarios.length;
  return scenarios.map((scenario, i) =>
    runExperiment(
      scenario,
      options,
      onProgress === undefined ? undefined : (p) => onProgress({ ...p, done: (i + p.done) / runs }),
    ),
  );
}
