/**
 * Debian's Chromium, headless, as the web app's end-to-end tests and the app timing script
 * launch it (one list of switches, so a timing and a test see the same browser).
 */
import { type Browser, chromium } from 'playwright-core';

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch it headless, without a sandbox, GPU or background traffic; `extraArgs` are appended. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
