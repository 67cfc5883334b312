// @ts-check
/**
 * The bin's first step: find the bundle built from the sources as they are now, building it if
 * the sources changed since the last build (or it was never built), so the bundle the bin runs
 * is never stale. Costs a source fingerprint (a couple of milliseconds) when the build is
 * current; esbuild is loaded only to rebuild.
 *
 * Without esbuild (an install without dev dependencies) or if the build fails, the answer is
 * "no bundle" and the bin runs the TypeScript sources through tsx instead, as it did before
 * there was a build: slower to start, same results.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { sourceFingerprint } from './source-fingerprint.js';

/**
 * The folder of the bundle built from the current sources (built now if need be), or
 * `undefined` to run the sources through tsx. `log` receives one line saying which it was
 * (the bin passes it on when `SENDSIM_BUILD_LOG=1`); build failures go to `warn`.
 *
 * @param {string} cliDir The CLI package folder.
 * @param {{ log: (line: string) => void, warn: (line: string) => void }} report
 * @returns {Promise<string | undefined>}
 */
export async function currentBundle(cliDir, report) {
  const { key } = sourceFingerprint(cliDir);
  const dir = join(cliDir, 'dist', key);
  if (isBuilt(dir)) {
    report.log(`running the current build ${shownPath(dir)}`);
    return dir;
  }
  /** @type {typeof import('./build-bundle.js').buildBundle} */
  let buildBundle;
  try {
    ({ buildBundle } = await import('./build-bundle.js'));
  } catch (error) {
    if (!isMissingEsbuild(error)) throw error;
    report.log('esbuild is not installed; running the TypeScript sources through tsx');
    return undefined;
  }
  const started = performance.now();
  try {
    const built = await buildBundle(cliDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    report.log(`no build of the current sources yet; built ${shownPath(built.dir)} in ${seconds} s`);
    return built.dir;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report.warn(`could not build the CLI (${message}); running the TypeScript sources through tsx`);
    return undefined;
  }
}

/**
 * Whether `dir` holds a complete build. A build folder appears by one atomic rename once
 * complete (`build-bundle.js`), so the file written last being there is enough.
 *
 * @param {string} dir
 * @returns {boolean}
 */
export function isBuilt(dir) {
  return statSync(join(dir, 'build-info.json'), { throwIfNoEntry: false }) !== undefined;
}

/**
 * `path` relative to the working directory if it lies below it, else as it is.
 *
 * @param {string} path
 * @returns {string}
 */
export function shownPath(path) {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/**
 * Whether importing the build module failed because the `esbuild` package is not installed.
 *
 * @param {unknown} error
 * @returns {boolean}
 */
function isMissingEsbuild(error) {
  const e = /** @type {{ code?: unknown, message?: unknown }} */ (error);
  return (
    e?.code === 'ERR_MODULE_NOT_FOUND' && typeof e.message === 'string' && e.message.includes("'esbuild'")
  );
}
