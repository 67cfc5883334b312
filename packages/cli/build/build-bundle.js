// @ts-check
/**
 * Builds the CLI and sim-core for Node with esbuild into `dist/<key>/`, where `<key>` names the
 * source fingerprint the build was made from, so a folder's name says exactly what it holds:
 *
 * - `sendsim.js` (+ `.map`): the command line (`src/main.ts` and everything it imports);
 * - `replication-job.js` (+ `.map`): a worker thread of the replication pool;
 * - `partition-job.js` (+ `.map`): a worker thread of a replication split across threads;
 * - `replication-worker.js`, `partition-worker.js`: the workers' entries (turn on source maps,
 *   then load the job);
 * - `build-info.json`: the fingerprint and the files esbuild read, for people and tests.
 *
 * Two processes may build at once (two terminals, or parallel tests after an edit): each
 * builds into its own temporary folder beside the others and renames it into place. A
 * rename of a folder is atomic, so `dist/<key>/` either does not exist or is complete; the
 * loser of the race finds the folder there and drops its own copy, which is identical.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isBuilt } from './current-bundle.js';
import { sourceFingerprint } from './source-fingerprint.js';

/** Builds other than the current one are deleted once they are this old (see `pruneOldBuilds`). */
const KEEP_OLD_BUILDS_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {object} BuiltBundle
 * @property {string} dir The build folder, `dist/<key>/`.
 * @property {boolean} built Whether this call built it (false: it was already there).
 */

/**
 * Build the bundle for the sources as they are now into `dist/<key>/`, unless it is there
 * already (or `force`). Throws if esbuild reports an error, or if the sources changed while
 * it was building (the result could then mix old and new files; the caller may retry).
 *
 * @param {string} cliDir The CLI package folder.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<BuiltBundle>}
 */
export async function buildBundle(cliDir, options = {}) {
  const fingerprint = sourceFingerprint(cliDir);
  const distDir = join(cliDir, 'dist');
  const dir = join(distDir, fingerprint.key);
  if (!options.force && isBuilt(dir)) return { dir, built: false };

  mkdirSync(distDir, { recursive: true });
  // Beside the final folder (same depth, so the relative paths in the source maps hold after the rename).
  const temp = join(distDir, `.tmp-${fingerprint.key}-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    const result = await build({
      absWorkingDir: cliDir,
      entryPoints: {
        sendsim: 'src/main.ts',
        'replication-job': 'src/parallel/replication-job.ts',
        'partition-job': 'src/parallel/partition-job.ts',
      },
      outdir: temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // ES modules first: jsonc-parser's `main` is a UMD build whose `require` calls an ES
      // bundle cannot make ("Dynamic require of ./impl/format is not supported").
      mainFields: ['module', 'main'],
      // Loaded from node_modules at run time, not bundled: BullMQ reads its Lua scripts from
      // files beside its own modules, and both are imported only when Redis is used (a third
      // of a second to load), which an import left in place keeps lazy.
      external: ['bullmq', 'ioredis'],
      // Stack traces of internal errors (exit 3) point at the TypeScript. The maps name the
      // sources by relative path instead of embedding them: smaller, and quicker for Node to load.
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      // No `createRequire` banner: the one `require` in the bundled dependencies is seedrandom's
      // optional `require('crypto')` for auto-seeding, inside a try; sim-core always seeds
      // its streams, and loading node:crypto would cost every start about 5 ms.
    });
    // The worker's entry turns source maps on before the job module is loaded: Node reads a
    // module's source map only if they are on when the module loads.
    for (const job of ['replication', 'partition']) {
      writeFileSync(
        join(temp, `${job}-worker.js`),
        `process.setSourceMapsEnabled(true);\nawait import('./${job}-job.js');\n`,
      );
    }
    const after = sourceFingerprint(cliDir);
    if (after.key !== fingerprint.key) {
      throw new Error('the sources changed while the CLI was being built');
    }
    const info = {
      key: fingerprint.key,
      fingerprint: fingerprint.entries,
      inputs: Object.keys(result.metafile.inputs).sort(),
    };
    writeFileSync(join(temp, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
    publish(temp, dir, options.force === true);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  pruneOldBuilds(distDir, fingerprint.key);
  return { dir, built: true };
}

/**
 * Move the finished build `temp` to `dir` in one rename. If another process published the same
 * key first, keep theirs (same sources, same output) unless `force` asks to replace it.
 *
 * @param {string} temp
 * @param {string} dir
 * @param {boolean} force
 */
function publish(temp, dir, force) {
  if (force && isBuilt(dir)) {
    // Out of the way first (a rename cannot replace a non-empty folder); a process starting in
    // between finds no build and builds the same one itself.
    const old = `${temp}-old`;
    renameSync(dir, old);
    rmSync(old, { recursive: true, force: true });
  }
  try {
    renameSync(temp, dir);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && isBuilt(dir)) return;
    throw error;
  }
}

/**
 * Delete builds of older sources, and temporary folders of builds that died, once they are a
 * day old. Not sooner: a long run (a calibration fit) started from an older build still starts
 * worker threads from its folder after the sources have changed and been rebuilt.
 *
 * @param {string} distDir
 * @param {string} currentKey
 */
function pruneOldBuilds(distDir, currentKey) {
  const now = Date.now();
  for (const name of readdirSync(distDir)) {
    if (name === currentKey) continue;
    const path = join(distDir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat !== undefined && now - stat.mtimeMs > KEEP_OLD_BUILDS_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}
