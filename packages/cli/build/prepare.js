// @ts-check
/**
 * Builds the CLI bundle: run by `pnpm install` (the CLI package's `prepare` script) so a fresh
 * clone starts fast from the first command, and by `pnpm build:cli` (`--force`: rebuild even
 * if the build is current).
 *
 * Under `pnpm install` a failed build only warns: the bin rebuilds on first use anyway, and
 * one syntax error mid-edit should not stop dependencies installing.
 */
import { fileURLToPath } from 'node:url';
import { buildBundle } from './build-bundle.js';
import { shownPath } from './current-bundle.js';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');
try {
  const { dir, built } = await buildBundle(cliDir, { force });
  const shown = shownPath(dir);
  process.stdout.write(built ? `sendsim: built ${shown}\n` : `sendsim: ${shown} is current\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sendsim: could not build the CLI: ${message}\n`);
  if (force) process.exitCode = 1;
  else process.stderr.write('sendsim: the bin will build it on first use, or run the sources through tsx\n');
}
