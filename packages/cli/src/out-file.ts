/**
 * `--out FILE`, checked before the command runs, so a mistake costs nothing: the file must not
 * be one of the command's own inputs (a scenario, a reform's baseline, a targets file, a
 * calibration report, and what `calibrate` reads when not told), must not be a folder, and its
 * folder must exist or be creatable now. Missing folders are made one level at a time: Node's
 * recursive mkdir never returns under /proc, which once made `--out /proc/nope/x.json` hang.
 */
import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { baselinePathOf } from './commands/context.js';
import { InputError } from './errors.js';
import { readInputFile } from './input-file.js';
import { displayPath, resolveScenarioPath } from './scenario-path.js';

/** Check `--out` against the command's arguments and make its folder; returns the absolute path. */
export function prepareOut(out: string, inputs: readonly string[], cwd: string): string {
  const path = resolve(cwd, out);
  const target = sameFile(path);
  for (const input of inputs) {
    const read = [resolve(cwd, input), ...inputPaths(input, cwd)].find((p) => sameFile(p) === target);
    if (read !== undefined) {
      throw new InputError(
        `--out ${out}: expected a file the command does not read, found ${displayPath(read, cwd)}, which "${input}" reads (it would be overwritten)`,
      );
    }
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new InputError(`--out ${out}: expected a file, found a folder`);
  }
  makeFolder(dirname(path), out);
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw new InputError(`--out ${out}: cannot write in ${dirname(path)} (${codeOf(error)})`);
  }
  return path;
}

/** Write the command's output to the checked `--out` path. */
export function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new InputError(`cannot write --out file ${path} (${codeOf(error)})`);
  }
}

function makeFolder(folder: string, out: string): void {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory())
      throw new InputError(`--out ${out}: ${folder} is a file, not a folder`);
    return;
  }
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent, out);
  try {
    mkdirSync(folder);
  } catch (error) {
    throw new InputError(`--out ${out}: cannot make the folder ${folder} (${codeOf(error)})`);
  }
}

/** The files a scenario argument reads: its own, and a reform's baseline beside it. */
function inputPaths(arg: string, cwd: string): string[] {
  try {
    const { path } = resolveScenarioPath(arg, cwd);
    // Read as every input is (a device or a huge file is refused, not read without end).
    const baseline = (JSON.parse(readInputFile(path, arg)) as { baseline?: unknown }).baseline;
    return typeof baseline === 'string' ? [path, baselinePathOf(path, baseline)] : [path];
  } catch {
    return [];
  }
}

/** The file a path points at, links resolved, when it exists; else the path itself. */
function sameFile(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
