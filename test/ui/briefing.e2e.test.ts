/**
 * The web app's words, exports and assumptions, end to end in Chromium: the plain-English
 * headline is exactly sim-core's `writeHeadline` for the same run in Node; the CSV downloads
 * are byte for byte the files `sendsim run/compare --format csv` write for it; the chart's PNG
 * download is a real PNG; the assumptions page lists a parameter with its source and the
 * calibration result, misses shown as misses; and the print stylesheet turns the page into a
 * one-page A4 briefing (screenshots in test-results/ to look at).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  backtestYears,
  calibrationReport,
  compareCsv,
  compareExperiments,
  describeModel,
  KNOWN_LIMITS,
  PAYERS,
  parseCalibrationTargets,
  runExperiment,
  scenariosCsv,
  withStartConsistency,
  writeHeadline,
} from '@send-sim/sim-core';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'ringfenced-mainstream-funding';
// Ten replications: the headline quotes only results fit to quote, which needs at least ten.
const OPTIONS = { seed: 3, replications: 10, years: 2, scale: 0.002 };

/** The shared targets file beside the repository, which the app bundles when it is there. */
const TARGETS = join(root, '..', 'shared', 'data', 'calibration-targets.json');

/** Each target's result in the backtest run in Node, as `sendsim calibrate` runs it. */
function backtestInNode(options: { seed: number; replications: number; scale: number }): string[] {
  const backtest = loadScenario('backtest-2019');
  // As the CLI and the page do: the published targets and the baseline start's consistency ones.
  const start = loadScenario('baseline');
  const targets = withStartConsistency(
    parseCalibrationTargets(readFileSync(TARGETS, 'utf8'), 'calibration-targets.json'),
    start.params,
    start.startDate,
  );
  const run = { ...options, years: backtestYears(targets, 2019) };
  const result = runExperiment(backtest, run);
  return calibrationReport(backtest, run, targets, result.replications, 'calibration-targets.json').rows.map(
    (row) => `${row.target.metric} ${row.target.period} ${row.status}`,
  );
}

/** The same run in Node, as `sendsim compare baseline <reform>` does it. */
function runInNode() {
  const baselineScenario = loadScenario('baseline');
  const baseline = runExperiment(baselineScenario, OPTIONS);
  const reform = runExperiment(loadScenario(REFORM), OPTIONS);
  return { baseline, reform, comparison: compareExperiments(baseline, reform), baselineScenario };
}

/**
 * Two CSV documents are the same bytes: Node and Chromium compute the same numbers to the bit
 * (sim-core's portable log/exp/cos). On failure the message lists the cells that differ.
 */
function expectSameCsv(actual: string, expected: string): void {
  if (actual === expected) return;
  const rows = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line) => line.split(','));
  const want = rows(expected);
  const differing = rows(actual).flatMap((row, i) =>
    row.flatMap((cell, j) =>
      cell === want[i]?.[j] ? [] : [`${row.slice(0, 4).join(',')} column ${j}: ${cell} vs ${want[i]?.[j]}`],
    ),
  );
  expect(actual, `CSV cells that differ (Chromium vs Node):\n${differing.join('\n')}`).toBe(expected);
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

describe.skipIf(!haveChromium)('headline, exports, assumptions and the printed briefing in Chromium', () => {
  const app = useAppInChromium();

  it('shows the headline sim-core writes, exports the Node numbers, and prints a one-page briefing', async () => {
    const node = runInNode();
    const page = await app.openPage();
    const out = join(root, 'test-results');
    mkdirSync(out, { recursive: true });
    try {
      await setUp(page, [REFORM], {
        seed: String(OPTIONS.seed),
        replications: String(OPTIONS.replications),
        years: String(OPTIONS.years),
        scale: String(OPTIONS.scale),
      });
      await page.locator('run-controls #run').click();
      const headline = page.locator('main reform-headline p.headline');
      await headline.waitFor({ timeout: 60_000 });

      // The headline: word for word what sim-core writes in Node for the same run.
      const expected = writeHeadline(node.comparison, TYPESET).text;
      expect(expected).toContain('95% interval');
      await expect(headline.textContent()).resolves.toBe(expected);

      // Known limits under the results, all of them, with a link to the assumptions page.
      await expect(page.locator('main known-limits li').count()).resolves.toBe(KNOWN_LIMITS.length);
      await expect(page.locator('main known-limits a[href="#assumptions"]').count()).resolves.toBe(1);

      // CSV: the very files the CLI writes for this run (numbers at full precision).
      const series = await download(page, () => page.locator('export-bar #download-series').click());
      expect(series.file.suggestedFilename()).toBe(
        `send-sim_baseline-vs-${REFORM}_seed3_reps10_2y_scale0.002_series.csv`,
      );
      expectSameCsv(series.bytes.toString('utf8'), scenariosCsv([node.baseline, node.reform]));
      const firstRow = series.bytes.toString('utf8').split('\n')[1]!.split(',');
      const firstSeries = node.baseline.series[0]!;
      expect(firstRow.slice(0, 4)).toEqual([
        'baseline',
        'stock',
        firstSeries.metric,
        String(firstSeries.year),
      ]);
      expect(Number(firstRow[4])).toBe(firstSeries.value.mean);
      const comparisonCsv = await download(page, () =>
        page.locator('export-bar #download-comparison').click(),
      );
      expectSameCsv(comparisonCsv.bytes.toString('utf8'), compareCsv([node.comparison]));

      // PNG of the chart: a PNG signature and a picture bigger than the bare canvas (title, caption).
      const png = await download(page, () => page.locator('main series-chart button.png').click());
      expect(png.file.suggestedFilename()).toMatch(/\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.bytes.length).toBeGreaterThan(5_000);
      writeFileSync(join(out, 'chart-download.png'), png.bytes);
      const pngHeight = png.bytes.readUInt32BE(20);
      const canvasHeight = await page
        .locator('main series-chart canvas')
        .evaluate((c) => (c as unknown as { height: number }).height);
      expect(pngHeight).toBeGreaterThan(canvasHeight);

      // The print button asks the browser to print (the browser's dialog itself is replaced).
      // (A string: the root typecheck has no DOM library.)
      await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; };');
      await page.locator('export-bar #print-briefing').click();
      await expect.poll(() => page.evaluate('window.printed')).toBe(1);

      // Print: only the briefing, on one A4 page, with the headline, chart, payer table and run details.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('run-controls').isVisible()).resolves.toBe(false);
      const briefing = page.locator('briefing-page article');
      await briefing.waitFor();
      await expect(page.locator('briefing-page article[data-zoom]').count()).resolves.toBe(1);
      await expect(briefing.locator('reform-headline p').textContent()).resolves.toBe(expected);
      await expect(briefing.locator('cost-by-payer tbody tr').count()).resolves.toBe(PAYERS.length + 2);
      const text = (await briefing.textContent()) ?? '';
      expect(text.replace(/\s+/g, ' ')).toContain(
        `Seed 3, 10 replications, 2 years from 2023-01-01, scale 0.002 (0.2% of England, 1 simulated child = 500 children; results weighted to England), model version ${node.baseline.meta.modelVersion}`,
      );
      expect(text).toContain(`sendsim compare baseline ${REFORM} --seed 3`);
      await page.waitForTimeout(300); // let the chart settle at its print size
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for the screenshot
      await page.screenshot({ path: join(out, 'briefing-print.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(out, 'briefing.pdf'), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, 'the briefing fits one A4 page').toBe(1);
      await page.emulateMedia({ media: 'screen' });
      // The briefing is there only while printing: the screen holds one copy of each result.
      await briefing.waitFor({ state: 'detached' });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(out, 'briefing-screen.png'), fullPage: true });

      // The assumptions page: a known parameter with its source, the calibration result, the limits.
      const described = describeModel(node.baselineScenario);
      const row = described.parameters.groups
        .flatMap((g) => g.rows)
        .find((r) => r.key === 'tribunal.hearingsPerYear')!;
      expect(row.source).not.toBeNull();
      await page.locator('nav a[href="#assumptions"]').click();
      const assumptions = page.locator('assumptions-page');
      await assumptions.locator('#parameter-search').fill('hearingsPerYear');
      const cells = assumptions.locator('tr[data-key="tribunal.hearingsPerYear"] td');
      await cells.first().waitFor();
      await expect(cells.nth(4).textContent()).resolves.toContain(row.source!.title);
      await expect(cells.nth(4).textContent()).resolves.toContain(row.source!.publisher);
      await expect(assumptions.locator('.count').textContent()).resolves.toMatch(
        /^Showing 1 of \d+ parameters\.$/,
      );
      const fit = described.calibration.fit!;
      const calibration = assumptions.locator('#calibration tbody td');
      await expect(calibration.allTextContents()).resolves.toEqual([
        String(fit.result.targets),
        String(fit.result.passed),
        `${fit.result.evaluated - fit.result.passed} missed`,
        String(fit.result.targets - fit.result.evaluated),
      ]);
      await expect(assumptions.locator('ul.limits li').count()).resolves.toBe(KNOWN_LIMITS.length);

      // Target by target: the backtest run in the page gives the pass or miss Node gives.
      if (existsSync(TARGETS)) {
        await assumptions.locator('#backtest-quick').click();
        const targetRows = assumptions.locator('#calibration-targets tbody tr');
        await targetRows.first().waitFor({ timeout: 60_000 });
        const shown = await targetRows.evaluateAll((rows) =>
          rows.map((row) => {
            const r = row as unknown as { dataset: Record<string, string>; className: string };
            return `${r.dataset.metric} ${r.dataset.period} ${r.className.replace('not-evaluated', 'not evaluated')}`;
          }),
        );
        expect(shown).toEqual(backtestInNode({ seed: 1, replications: 2, scale: 0.002 }));
        expect(shown.some((row) => row.endsWith(' miss'))).toBe(true);
        await expect(
          assumptions.locator('#calibration-targets tr.miss td.result').first().textContent(),
        ).resolves.toContain('MISS');
      } else {
        // Without the shared targets file beside the repository (a bare clone), the page says how to get the table.
        await expect(assumptions.locator('calibration-check p').first().textContent()).resolves.toContain(
          'sendsim calibrate',
        );
      }
      await assumptions.locator('#parameter-search').fill('');
      // Groups are collapsed until opened, by keyboard as well as by mouse.
      await assumptions.locator('details[data-group="tribunal"] summary').focus();
      await page.keyboard.press('Enter');
      await expect(assumptions.locator('details[data-group="tribunal"]').getAttribute('open')).resolves.toBe(
        '',
      );
      await page.screenshot({ path: join(out, 'assumptions.png'), fullPage: true });
      if (existsSync(TARGETS)) {
        // The table's first rows, at a size one can read.
        const box = (await assumptions.locator('#calibration-targets').boundingBox())!;
        const scrollY = Number(await page.evaluate('window.scrollY')); // fullPage clips are in page coordinates
        await page.screenshot({
          path: join(out, 'assumptions-calibration.png'),
          fullPage: true,
          clip: { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, 1100) },
        });
      }

      // Back to the comparison: the results are still there.
      await page.locator('nav a', { hasText: 'Compare reforms' }).click();
      await expect(headline.textContent()).resolves.toBe(expected);
    } finally {
      await page.close();
    }
  });

  it('fits the briefing of a nine-lever package on one A4 page too', async () => {
    const page = await app.openPage();
    try {
      await setUp(page, ['nnpcf-asks'], { replications: '2', years: '2', scale: '0.002' });
      await page.locator('run-controls #run').click();
      await page.locator('main reform-headline p.headline').waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const article = page.locator('briefing-page article');
      await article.waitFor();
      await expect(article.locator('ul.levers li').count()).resolves.toBe(9);
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({
        path: join(root, 'test-results', 'briefing-print-package.png'),
        fullPage: true,
      });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(root, 'test-results', 'briefing-package.pdf'), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, 'the briefing fits one A4 page').toBe(1);
    } finally {
      await page.close();
    }
  });
});
