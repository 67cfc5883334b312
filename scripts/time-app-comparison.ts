/**
 * Times the web app's default comparison in Chromium: a measuring tool, not a test. It builds
 * the app with Vite's API, serves the build with `preview()`, opens it in Debian's Chromium via
 * playwright-core, ticks the reforms asked for (by default the first the run controls list: a
 * run needs one), sets any run option asked for, presses Run with every other option at its
 * default, and reports the seconds from the press until the results are on screen.
 *
 * Each `--query` is timed `--runs` times, the queries taking turns (run 1 of each, then run 2 of
 * each, …) so a machine that slows down or speeds up during the session affects them alike.
 *
 * @example
 * node --import tsx scripts/time-app-comparison.ts --query '?workers=1' --query '' --runs 5
 * node --import tsx scripts/time-app-comparison.ts --reform early-help-investment \
 *   --reform no-tribunal-placement-orders --reform ringfenced-mainstream-funding --set replications=3
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../test/ui/headless-chromium.js';

const USAGE = `usage: node --import tsx scripts/time-app-comparison.ts [--query Q]… [--runs N] [--reform ID]… [--set KEY=VALUE]… [--chromium-arg A]…
  --query Q         a query string to open the app with, e.g. '?workers=1' ('' for none; repeat to compare; default '')
  --runs N          timed runs per query (default 3)
  --reform ID       a reform to tick (repeatable, up to three; default: the first one listed)
  --set KEY=VALUE   a run option to type in before pressing Run: seed, replications, years or scale (repeatable)
  --chromium-arg A  an extra Chromium switch, e.g. '--js-flags=--single-threaded-gc' (repeatable)
  CHROMIUM_PATH overrides /usr/bin/chromium.`;

const { values } = parseArgs({
  options: {
    query: { type: 'string', multiple: true, default: [''] },
    runs: { type: 'string', default: '3' },
    reform: { type: 'string', multiple: true, default: [] },
    set: { type: 'string', multiple: true, default: [] },
    'chromium-arg': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (values.help || !Number.isInteger(runs) || runs < 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const settings = values.set.map((kv) => {
  const [key, value] = kv.split('=');
  if (!['seed', 'replications', 'years', 'scale'].includes(key ?? '') || value === undefined) {
    console.log(`--set ${kv}: expected seed, replications, years or scale, then =, then a value\n${USAGE}`);
    process.exit(2);
  }
  return { key: key!, value };
});
const queries = values.query.map((q) => (q === '' || q.startsWith('?') ? q : `?${q}`));

const root = join(import.meta.dirname, '..');
const configFile = join(root, 'packages', 'ui', 'vite.config.ts');
const outDir = mkdtempSync(join(tmpdir(), 'send-ui-timing-'));

/** Open the app with `query`, run the default comparison and return the seconds it took. */
async function timeOnce(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await page.goto(url);
    const reforms =
      values.reform.length === 0
        ? [page.locator('run-controls input[name="reform"]').first()]
        : values.reform.map((id) => page.locator(`run-controls input[name="reform"][value="${id}"]`));
    for (const reform of reforms) await reform.check();
    for (const { key, value } of settings)
      await page.locator(`run-controls input[name="${key}"]`).fill(value);
    const status = page.locator('send-app #status');
    const start = performance.now();
    await page.locator('run-controls #run').click();
    // Results are rendered when the export bar appears; the state says whether the run succeeded.
    await page.locator('export-bar').waitFor({ timeout: 30 * 60_000 });
    const seconds = (performance.now() - start) / 1000;
    const state = await status.getAttribute('data-state');
    if (state !== 'done') throw new Error(`the run ended in state ${state}: ${await status.textContent()}`);
    return seconds;
  } finally {
    await page.close();
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  configFile,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', open: false },
});
let browser: Browser | undefined;
try {
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('vite preview did not report its address');
  browser = await launchChromium(values['chromium-arg']);
  const probe = await browser.newPage();
  const cores = await probe.evaluate<number>('navigator.hardwareConcurrency');
  await probe.close();
  console.log(
    `Comparison in Chromium (navigator.hardwareConcurrency = ${cores}), reforms ${values.reform.join(', ') || '(first listed)'}, options ${settings.map((s) => `${s.key}=${s.value}`).join(' ') || '(defaults)'}, ${runs} run(s) per query`,
  );
  const times = new Map<string, number[]>(queries.map((q) => [q, []]));
  for (let run = 1; run <= runs; run++) {
    for (const query of queries) {
      const seconds = await timeOnce(browser, base + query);
      times.get(query)!.push(seconds);
      console.log(`run ${run}  ${query === '' ? '(no query)' : query}  ${seconds.toFixed(2)} s`);
    }
  }
  for (const [query, xs] of times) {
    const list = xs.map((x) => x.toFixed(2)).join(', ');
    console.log(`median ${median(xs).toFixed(2)} s  ${query === '' ? '(no query)' : query}  [${list}]`);
  }
} finally {
  await browser?.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
