/**
 * Shared set-up for the web app's end-to-end tests: serve the app (built once for the e2e
 * project by `build-app-once.ts`) with `vite preview`, and drive Debian's Chromium with
 * playwright-core. Each test file calls `useAppInChromium()` at the top of its
 * `describe.skipIf(!haveChromium)` block.
 *
 * Without Chromium the tests are skipped with a warning on a laptop and fail on CI
 * (`process.env.CI`), with the command that installs it.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { UI_CONFIG } from './build-app-once.js';
import { chromiumPath, launchChromium } from './headless-chromium.js';

export const root = join(import.meta.dirname, '..', '..');
export const haveChromium = existsSync(chromiumPath);
const INSTALL = 'apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)';

if (!haveChromium) {
  if (process.env.CI) {
    throw new Error(
      `The web app's end-to-end tests need Chromium at ${chromiumPath}. Install it: ${INSTALL}`,
    );
  }
  console.warn(
    `\n⚠ Skipping the web app's end-to-end tests: no Chromium at ${chromiumPath}. To run them: ${INSTALL}\n`,
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The running app: its address and a way to open a fresh page on it. */
export interface AppInChromium {
  /** The served app's address, e.g. `http://127.0.0.1:41234/`. */
  url(): string;
  /**
   * Open a new page at the app (plus `search`, e.g. `?seed=2`), wait until the run controls
   * are on screen, and fail the test if the page threw. Close it when done.
   */
  openPage(search?: string): Promise<Page>;
  /** The browser, for contexts with downloads or other options. */
  browser(): Browser;
}

/** Serve the built app and launch Chromium before the file's tests; tear down after. */
export function useAppInChromium(): AppInChromium {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let url = '';
  const blockedByPolicy: string[] = [];

  afterEach(() => {
    const blocked = blockedByPolicy.splice(0);
    expect(blocked, 'the Content-Security-Policy blocked something the app needs').toEqual([]);
  });

  beforeAll(async () => {
    const port = await freePort();
    server = await preview({
      configFile: UI_CONFIG,
      logLevel: 'warn',
      build: { outDir: inject('appBuild') },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    url = `http://127.0.0.1:${port}/`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });

  return {
    url: () => url,
    browser: () => {
      if (browser === undefined) throw new Error('Chromium is not running (beforeAll failed?)');
      return browser;
    },
    async openPage(search = '') {
      if (browser === undefined) throw new Error('Chromium is not running (beforeAll failed?)');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Anything the page's Content-Security-Policy blocked: the test that caused it fails (below).
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
          blockedByPolicy.push(message.text());
        }
      });
      await page.goto(url + search);
      await page.locator('run-controls input[name="reform"]').first().waitFor();
      expect(errors).toEqual([]);
      return page;
    },
  };
}

/**
 * A comparison long enough (minutes on two cores) to still be running when a test looks at
 * its progress, its time left or its Cancel button: progress reaches 1% within seconds.
 */
export const LONG_RUN = {
  reforms: ['early-help-investment', 'workforce-strategy'],
  settings: { replications: '20', years: '25', scale: '0.01' },
} as const;

/**
 * The time limit of a test that runs several simulations in the page one after another, each
 * under its own wait: a guard against a hang, not a speed bound. Alone on 2 cores such a test
 * takes 20–35 s; beside the model tests on CI one took more than the suite's 120 s.
 */
export const SEVERAL_RUNS = { timeout: 480_000 } as const;

/** Tick reforms and set run options through the labelled controls, as a keyboard user would. */
export async function setUp(
  page: Page,
  reforms: readonly string[],
  values: Record<string, string>,
): Promise<void> {
  for (const id of reforms) await page.locator(`run-controls input[value="${id}"]`).check();
  for (const [name, value] of Object.entries(values)) {
    await page.locator(`run-controls input[name="${name}"]`).fill(value);
  }
}
