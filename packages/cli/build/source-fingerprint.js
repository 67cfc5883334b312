// @ts-check
/**
 * The fingerprint of everything the CLI bundle is built from: the path, size and modification
 * time of every file under the CLI's and sim-core's `src/` and of this build folder, of the two
 * package.json files and the TypeScript configs, and where each dependency resolves to (under
 * pnpm the resolved folder names the version). The bin compares it on every start, so it only
 * stats files (about 140: about 4 ms) and never reads or hashes their contents.
 *
 * A change the fingerprint misses would let the bin run a stale bundle, so anything esbuild
 * reads must be covered; a test checks that every input esbuild recorded is.
 *
 * Plain JavaScript (typed with JSDoc, checked by `tsc`): the bin runs it before anything can
 * compile TypeScript.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {object} SourceFingerprint
 * @property {string} key A short hash of `entries`: the name of the build folder it describes.
 * @property {string[]} entries One line per input: `path size mtime`, or `dependency name folder`.
 */

/**
 * The fingerprint of the sources the bundle of the CLI package at `cliDir` is built from.
 *
 * @param {string} cliDir The CLI package folder (holding `package.json`, `src/`, `build/`).
 * @returns {SourceFingerprint}
 */
export function sourceFingerprint(cliDir) {
  /** @type {string[]} */
  const entries = [];
  const simCoreDir = resolvePackage(cliDir, '@send-sim/sim-core');
  const packages = simCoreDir === undefined ? [cliDir] : [cliDir, simCoreDir];
  if (simCoreDir === undefined) entries.push('@send-sim/sim-core missing');
  for (const dir of packages) walk(join(dir, 'src'), slash(relative(cliDir, join(dir, 'src'))), entries);
  walk(join(cliDir, 'build'), 'build', entries);
  const repoRoot = join(cliDir, '..', '..');
  const files = [
    ...packages.map((dir) => join(dir, 'package.json')),
    // esbuild reads the nearest tsconfig.json (and what it extends) for settings that change output.
    join(repoRoot, 'tsconfig.json'),
    join(repoRoot, 'tsconfig.base.json'),
  ];
  for (const file of files) entries.push(statEntry(file, slash(relative(cliDir, file))));
  for (const dir of packages) {
    for (const name of dependencyNames(dir)) {
      const resolved = resolvePackage(dir, name);
      entries.push(
        `dependency ${name} ${resolved === undefined ? 'missing' : slash(relative(cliDir, resolved))}`,
      );
    }
  }
  const key = hash64(entries.join('\n'));
  return { key, entries };
}

/**
 * Every file below `dir`, in a fixed order, as fingerprint entries.
 *
 * @param {string} dir
 * @param {string} name How `dir` is recorded (relative to the CLI package, `/`-separated).
 * @param {string[]} into
 */
function walk(dir, name, into) {
  let children;
  try {
    children = readdirSync(dir, { withFileTypes: true });
  } catch {
    into.push(`${name} missing`);
    return;
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    // Concatenated, not path.join: joining normalises every path, which costs the bin milliseconds.
    const path = `${dir}/${child.name}`;
    if (child.isDirectory()) walk(path, `${name}/${child.name}`, into);
    else into.push(statEntry(path, `${name}/${child.name}`));
  }
}

/**
 * `name size mtime` for one file. The mtime in milliseconds carries microseconds as a fraction,
 * so two edits within a millisecond still differ (bigint nanoseconds cost the bin a garbage
 * collection).
 *
 * @param {string} path
 * @param {string} name
 * @returns {string}
 */
function statEntry(path, name) {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? `${name} missing` : `${name} ${stat.size} ${stat.mtimeMs}`;
}

/**
 * The names in `dependencies` and `devDependencies` of the package at `dir`.
 *
 * @param {string} dir
 * @returns {string[]}
 */
function dependencyNames(dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].sort();
  } catch {
    return [];
  }
}

/**
 * The real folder `name` resolves to from the package at `dir` (pnpm links each dependency into
 * the package's own node_modules), if it is installed.
 *
 * @param {string} dir
 * @param {string} name
 * @returns {string | undefined}
 */
function resolvePackage(dir, name) {
  try {
    return realpathSync.native(join(dir, 'node_modules', name));
  } catch {
    return undefined;
  }
}

/**
 * A 64-bit hex digest of `text`: two 32-bit FNV-1a hashes with different offsets. Not
 * cryptographic, and need not be (it names a build, it guards nothing); `node:crypto` would
 * cost the bin about 5 ms to load.
 *
 * @param {string} text
 * @returns {string}
 */
function hash64(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** @param {string} path */
function slash(path) {
  return sep === '/' ? path : path.split(sep).join('/');
}
