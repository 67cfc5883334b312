/**
 * From a scenario argument (a path, or an id such as `baseline`) to a file: looked for under
 * the current folder, then under the repository root's `scenarios/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closestName } from '@send-sim/sim-core';
import { InputError, quoted } from './errors.js';

/** The repository root: the nearest folder above `from` holding `pnpm-workspace.yaml`. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A scenario argument resolved to a file: its absolute path and how to name it in messages. */
export interface ScenarioPath {
  readonly path: string;
  /** The path relative to the working directory when it lies below it, else absolute. */
  readonly display: string;
}

/**
 * Find the file a scenario argument names: a path (anything ending in `.json` or containing a
 * slash) relative to `cwd`, or a bare id looked for as `scenarios/<id>.json` under `cwd` and
 * then under the repository root. Throws an `InputError` naming every path tried.
 */
export function resolveScenarioPath(arg: string, cwd: string): ScenarioPath {
  const looksLikePath = arg.endsWith('.json') || arg.includes('/') || arg.includes(sep) || isAbsolute(arg);
  const candidates: string[] = [];
  if (looksLikePath) {
    candidates.push(resolve(cwd, arg));
  } else {
    candidates.push(resolve(cwd, 'scenarios', `${arg}.json`));
    const root = findRepoRoot();
    if (root !== undefined) candidates.push(resolve(root, 'scenarios', `${arg}.json`));
  }
  const unique = [...new Set(candidates)];
  const found = unique.find((p) => existsSync(p));
  if (found !== undefined) return { path: found, display: displayPath(found, cwd) };

  let hint = '';
  if (!looksLikePath) {
    const dirs = [...new Set(unique.map((p) => dirname(p)))];
    const ids = dirs.flatMap(scenarioIdsIn);
    const near = closestName(arg, ids);
    if (near !== undefined) hint = `; did you mean "${near}"?`;
    else if (ids.length > 0) hint = ` (scenarios found: ${[...new Set(ids)].join(', ')})`;
  }
  const what = looksLikePath ? `scenario file ${quoted(arg)}` : `scenario ${quoted(arg)}`;
  throw new InputError(`${what} not found: tried ${unique.join(', ')}${hint}`);
}

/** How to name `path` in messages: relative to `cwd` when below it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function scenarioIdsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => f.slice(0, -'.json'.length));
  } catch {
    return [];
  }
}
