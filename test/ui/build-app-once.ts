/**
 * The e2e project's global set-up: build the web app with Vite once, into a temporary folder
 * every e2e file then serves (`browser-harness.ts`), and remove it when the project ends. Each
 * file used to build its own copy: twenty builds of the same sources in every run of the suite.
 * In watch mode it builds again before each rerun, so the files never serve an edited app's
 * older build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the built web app, for `vite preview`. */
    appBuild: string;
  }
}

export const UI_CONFIG = join(import.meta.dirname, '..', '..', 'packages', 'ui', 'vite.config.ts');

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'send-ui-'));
  const buildApp = async () => {
    await build({ configFile: UI_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  };
  await buildApp();
  project.onTestsRerun(buildApp);
  project.provide('appBuild', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
