#!/usr/bin/env node
// @ts-check
// sendsim: runs the CLI from its esbuild bundle (packages/cli/dist/<key>/, built by
// `pnpm install`), so nothing compiles TypeScript at start-up. Every start checks that the bundle
// was built from the sources as they are now and rebuilds it first if not (build/current-bundle.js);
// without esbuild it runs the sources through tsx. `SENDSIM_BUILD_LOG=1` says which on stderr.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBundle } from '../build/current-bundle.js';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const say = (/** @type {string} */ line) => process.stderr.write(`sendsim: ${line}\n`);
const bundle = await currentBundle(cliDir, {
  log: process.env.SENDSIM_BUILD_LOG === '1' ? say : () => {},
  warn: say,
});

/** @type {{ runAsProcess: () => Promise<void> }} */
let cli;
if (bundle !== undefined) {
  // Before the bundle loads: Node reads a module's source map only if maps are on when it loads.
  process.setSourceMapsEnabled(true);
  cli = await import(pathToFileURL(join(bundle, 'sendsim.js')).href);
} else {
  // tsx's loader hooks (module.register) compile the sources, sim-core's included, as they load.
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/main.ts', import.meta.url).href);
}
await cli.runAsProcess();
