/**
 * Running the points of a resumable command (a draw of `psa`, a value of `sweep`): the scenarios
 * of every point not yet finished, in one pool through `runPlannedInPool` (the one seam for a
 * backend), each point handed to `onPoint` with its results as soon as all its scenarios are
 * done, so it can be written to the points file at once and an interruption loses only the
 * points in flight. The results are let go once handed over.
 */
import { resolve } from 'node:path';
import { type ExperimentResult, MODEL_VERSION, type ResolvedScenario } from '@send-sim/sim-core';
import cliPackage from '../../package.json' with { type: 'json' };
import type { CliOptions, CommandName } from '../args.js';
import { readInputBytes } from '../input-file.js';
import { POINTS_FILE_VERSION, PointsFile, type PointsHeader, pointsPathOf } from '../points-file.js';
import { sha256Of } from '../run-manifest.js';
import { resolveScenarioPath } from '../scenario-path.js';
import type { CliIo, LoadedScenario } from './context.js';
import { runPlannedInPool } from './one-way.js';

/**
 * The points file of `--out` (`FILE.points.jsonl`) for `command` reading `files` with these
 * point-changing `options`, opened (created, or checked and read); undefined without `--out`.
 */
export function openPointsFile(
  command: CommandName,
  files: readonly LoadedScenario[],
  options: PointsHeader['options'],
  points: number,
  out: string | undefined,
  io: CliIo,
): PointsFile | undefined {
  if (out === undefined) return undefined;
  const header: PointsHeader = {
    pointsFile: POINTS_FILE_VERSION,
    command,
    modelVersion: MODEL_VERSION,
    sendsimVersion: cliPackage.version,
    scenarios: files.map((f) => ({
      id: f.file.id,
      sha256: sha256Of(readInputBytes(f.path.path, f.path.display)),
    })),
    options,
    points,
  };
  const display = pointsPathOf(out);
  const file = PointsFile.open(resolve(io.cwd, display), display, header);
  if (file.done.size > 0) {
    io.stderr.write(`resuming: ${file.done.size} of ${points} points already in ${display}\n`);
  }
  return file;
}

/**
 * What a points file records of `--area`: the area file's SHA-256 (its points are the area's, so
 * another area, or the same file edited, must not resume them) and scale 1, the scale an area
 * runs at. Nothing for England, so a national points file's header is as it was.
 */
export function areaPointsOption(options: CliOptions, io: CliIo): Record<string, string | number> {
  if (options.area === undefined) return {};
  const path = resolveScenarioPath(options.area, io.cwd);
  return { scale: 1, area: sha256Of(readInputBytes(path.path, path.display)) };
}

export interface ResumablePoints {
  /** Every scenario the plan lists. */
  readonly scenarios: readonly ResolvedScenario[];
  /** Per point, the indices in `scenarios` of its runs, in the order `onPoint` receives their results. */
  readonly points: readonly (readonly number[])[];
  /** Points already finished (read from the points file): not run again. */
  readonly done: (point: number) => boolean;
  readonly label: string;
}

/** Run every unfinished point's scenarios; `onPoint(point, results)` as each point completes. */
export async function runResumablePoints(
  plan: ResumablePoints,
  options: CliOptions,
  io: CliIo,
  onPoint: (point: number, results: ExperimentResult[]) => void,
): Promise<void> {
  const pending = plan.points.map((_, point) => point).filter((point) => !plan.done(point));
  if (pending.length === 0) return;
  const scenarios: ResolvedScenario[] = [];
  // For each scenario run: its point, and its place among that point's results.
  const owners: Array<{ point: number; slot: number }> = [];
  for (const point of pending) {
    plan.points[point]!.forEach((index, slot) => {
      scenarios.push(plan.scenarios[index]!);
      owners.push({ point, slot });
    });
  }
  const waiting = new Map<number, { results: ExperimentResult[]; missing: number }>();
  await runPlannedInPool(scenarios, options, io, plan.label, (index, result) => {
    const { point, slot } = owners[index]!;
    const entry = waiting.get(point) ?? { results: [], missing: plan.points[point]!.length };
    entry.results[slot] = result;
    entry.missing--;
    if (entry.missing > 0) {
      waiting.set(point, entry);
      return;
    }
    waiting.delete(point);
    onPoint(point, entry.results);
  });
}
