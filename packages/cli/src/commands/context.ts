/**
 * What every command shares: the streams it writes to, what it returns, and loading a
 * scenario argument into a resolved scenario (a reform together with its baseline).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type AreaBaseline,
  areaBaseline,
  type BaselineScenarioFile,
  type LocalAreaFile,
  parseLocalAreaFile,
  parseScenarioFile,
  type ResolvedScenario,
  resolveScenario,
  type ScenarioFile,
} from '@send-sim/sim-core';
import { InputError } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { displayPath, resolveScenarioPath, type ScenarioPath } from '../scenario-path.js';

/** A stream the CLI writes to (process.stdout in a terminal, a string buffer in tests). */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/** Where a command's output goes and where relative paths start. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly cwd: string;
}

/** What a command produced: text for standard output (or `--out`), and its exit code. */
export interface CommandOutput {
  readonly text: string;
  readonly exitCode: number;
}

/** A scenario argument, read, validated and resolved. */
export interface LoadedScenario {
  readonly file: ScenarioFile;
  readonly path: ScenarioPath;
  /** The baseline file a reform was resolved against. */
  readonly baselinePath: ScenarioPath | undefined;
  readonly resolved: ResolvedScenario;
  /** The local area it was run for (`--area`), with what was derived; absent for England. */
  readonly area?: AreaBaseline['summary'];
  /**
   * For an area, the national baseline made the area's and how levers are scaled to it: what
   * `sensitivity`, `sweep` and `psa` change and re-resolve the reform on. Absent for England.
   */
  readonly local?: AreaBaseline;
}

/** A local-area file (`--area`), read and validated. */
export interface LoadedArea {
  readonly area: LocalAreaFile;
  readonly display: string;
}

/** Read and validate the local-area file `arg` (a path). */
export function loadArea(arg: string, cwd: string): LoadedArea {
  const path = resolveScenarioPath(arg, cwd);
  return {
    area: parseLocalAreaFile(readInputFile(path.path, path.display), path.display),
    display: path.display,
  };
}

/**
 * Load the scenario `arg` names (a path or an id). A reform is resolved against
 * `<folder of the reform>/<baseline>.json`. Throws `InputError` for missing or unreadable files
 * and `ScenarioError` for invalid ones.
 */
export function loadScenario(arg: string, cwd: string, area?: LoadedArea): LoadedScenario {
  const path = resolveScenarioPath(arg, cwd);
  const file = readScenarioFile(path);
  // For an area, the national baseline becomes the area's and the levers are scaled to it.
  const local = (national: BaselineScenarioFile) =>
    area === undefined ? undefined : areaBaseline(national, area.area, area.display);
  if (file.kind === 'baseline') {
    const a = local(file);
    if (a === undefined) return { file, path, baselinePath: undefined, resolved: resolveScenario(file) };
    return {
      file,
      path,
      baselinePath: undefined,
      resolved: resolveScenario(a.baseline, undefined, a.scaling),
      area: a.summary,
      local: a,
    };
  }
  const baselineFull = baselinePathOf(path.path, file.baseline);
  const baselinePath = { path: baselineFull, display: displayPath(baselineFull, cwd) };
  let baseline: ScenarioFile;
  try {
    baseline = readScenarioFile(baselinePath);
  } catch (error) {
    if (error instanceof InputError && !existsSync(baselineFull)) {
      throw new InputError(
        `${path.display}: baseline: the reform names baseline "${file.baseline}", but ${baselinePath.display} does not exist (a reform's baseline must sit in the same folder)`,
      );
    }
    throw error;
  }
  if (baseline.kind !== 'baseline') {
    throw new InputError(
      `${path.display}: baseline: expected "${file.baseline}" to be a baseline scenario, found a reform in ${baselinePath.display}`,
    );
  }
  const a = local(baseline as BaselineScenarioFile);
  if (a !== undefined) {
    return {
      file,
      path,
      baselinePath,
      resolved: resolveScenario(file, a.baseline, a.scaling),
      area: a.summary,
      local: a,
    };
  }
  return { file, path, baselinePath, resolved: resolveScenario(file, baseline as BaselineScenarioFile) };
}

/** Where a reform's baseline is: `<baseline id>.json` in the reform's own folder. */
export function baselinePathOf(reformPath: string, baselineId: string): string {
  return join(dirname(reformPath), `${baselineId}.json`);
}

/**
 * Read and validate one scenario file, naming it in errors as the user would. Its id must be its
 * file name without `.json`: sendsim finds a scenario by id as `<id>.json`, and a reform's
 * baseline as `<baseline>.json`, so any other id would be found under one name and reported
 * under another (issue 13, item 9).
 */
export function readScenarioFile(path: ScenarioPath): ScenarioFile {
  return parseScenarioFile(readInputFile(path.path, path.display), path.display, {
    fileId: basename(path.path, '.json'),
  });
}

/**
 * Refuse, before any run, to pair scenarios that start on different dates: their years differ,
 * so no replication of one pairs with a replication of the other.
 */
export function checkSameStart(baseline: LoadedScenario, other: LoadedScenario): void {
  const [a, b] = [baseline.resolved.startDate, other.resolved.startDate];
  if (a === b) return;
  throw new InputError(
    `${other.path.display}: startDate: expected ${a}, the start of the baseline "${baseline.resolved.id}" (a comparison pairs the same years), found ${b}; a backtest is checked with sendsim calibrate`,
  );
}
