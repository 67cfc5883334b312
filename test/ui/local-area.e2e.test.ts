/**
 * Your own local area in the app, end to end in Chromium (set-up in browser-harness.ts): choose
 * "Your local area", load the worked example (Staffordshire), see it validate, run a comparison
 * and read the area's own numbers (EHC plans in thousands, not England's half a million); and a
 * broken field explained by name, with nothing run. Runs are tiny (2 years, 2 replications; the
 * area runs one-to-one, about 1% of England).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.1 A/AA and best-practice findings on the page (as accessibility.e2e.test.ts runs it). */
async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; help: string }> }> };
      document: unknown;
    };
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => `${v.id}: ${v.help}`);
  });
}

function resultsDir(): string {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe.skipIf(!haveChromium)('your own local area in Chromium', () => {
  const app = useAppInChromium();

  it('loads the worked example, validates it, runs a comparison for the area and shows its own numbers', async () => {
    const page = await app.openPage();
    try {
      await page.locator('local-area-picker input[value="local"]').check();
      await page.locator('local-area-picker #area-example').click();
      const ok = page.locator('local-area-picker #area-ok');
      await expect(ok.textContent()).resolves.toContain('Valid: Staffordshire (E10000028) from 2022-01-01.');
      await expect(ok.textContent()).resolves.toContain('6,437 EHC plans; the run is one-to-one');
      await page.screenshot({ path: join(resultsDir(), 'local-area.png'), fullPage: false });
      await expect(axeFindings(page)).resolves.toEqual([]);

      // The area runs one-to-one: the scale option is off, and the estimate is for the area's size.
      await expect(page.locator('run-controls input[name="scale"]').isDisabled()).resolves.toBe(true);
      await expect(page.locator('run-controls #scale-words').textContent()).resolves.toContain(
        'Not used for a local area',
      );
      await setUp(page, ['workforce-strategy'], { replications: '2', years: '2' });
      await page.locator('run-controls #run').click();
      const card = page.locator(
        'send-app section[data-reform="workforce-strategy"] headline-cards li[data-metric="ehcp_stock_all_ages"]',
      );
      await card.waitFor({ timeout: 120_000 });
      const plans = Number(await card.getAttribute('data-baseline-mean'));
      // Staffordshire's 6,437 plans in January 2022, growing: thousands, not England's 517,000.
      expect(plans).toBeGreaterThan(6000);
      expect(plans).toBeLessThan(9000);
      await expect(page.locator('send-app #run-meta').textContent()).resolves.toContain(
        'Local area: Staffordshire (E10000028), simulated one-to-one',
      );
      // What the reform changes, in the area's own numbers: its share of England's 3,500 EPs and of
      // the +400 the strategy adds, not England's.
      const section = page.locator('send-app section[data-reform="workforce-strategy"]');
      await section.locator('reform-changes summary').click();
      // The area's own EPs: the catalogue's "(FTE, national)" would misname them.
      await expect(
        section.locator('reform-changes li[data-key="ep.workforceFte"]').textContent(),
      ).resolves.toMatch(/^\s*Educational psychologists working on statutory assessment \(FTE\): from /);
      const ep = section.locator('reform-changes li[data-key="ep.workforceFte"] .values');
      const [from, to] = ((await ep.textContent()) ?? '')
        .match(/[\d,.]+/g)!
        .map((n) => Number(n.replaceAll(',', '')));
      expect(from).toBeLessThan(200);
      expect(to! - from!).toBeGreaterThan(0);
      expect(to! - from!).toBeLessThan(40);
      // The page's address is the link to this run, the area's file in it: opened elsewhere, it
      // shows the area in the editor and runs it again, to the same numbers.
      const link = new URL(page.url());
      expect(link.searchParams.get('area')).toMatch(/^[A-Za-z0-9_-]+$/);
      const again = await app.openPage(link.search);
      try {
        await expect(again.locator('local-area-picker input[value="local"]').isChecked()).resolves.toBe(true);
        await expect(again.locator('local-area-picker #area-ok').textContent()).resolves.toContain(
          'Valid: Staffordshire (E10000028) from 2022-01-01.',
        );
        const cardAgain = again.locator(
          'send-app section[data-reform="workforce-strategy"] headline-cards li[data-metric="ehcp_stock_all_ages"]',
        );
        await cardAgain.waitFor({ timeout: 120_000 });
        await expect(cardAgain.getAttribute('data-baseline-mean')).resolves.toBe(String(plans));
        await expect(again.locator('send-app #run-meta').textContent()).resolves.toContain(
          'Local area: Staffordshire (E10000028), simulated one-to-one',
        );
      } finally {
        await again.close();
      }
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(resultsDir(), 'local-area-results.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('local-area-picker').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(resultsDir(), 'local-area-phone.png') });
    } finally {
      await page.close();
    }
  });

  it('a link whose area is not a valid local-area file names what is wrong and runs nothing', async () => {
    const base = '?reforms=workforce-strategy&seed=1&replications=2&years=2&scale=0.01&model=0.1.0';
    const area = Buffer.from(JSON.stringify({ laCode: 'E10000028' })).toString('base64url');
    for (const [value, found] of [
      ['not*base64', 'which is not base64url of UTF-8 text'],
      [area, 'a file with '],
    ] as const) {
      const page = await app.openPage(`${base}&area=${value}`);
      try {
        const problems = page.locator('share-link #link-problems');
        await problems.waitFor();
        const text = (await problems.textContent()) ?? '';
        expect(text).toContain(
          'Link parameter "area": expected a local-area file as compact JSON in base64url',
        );
        expect(text).toContain(found);
        await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('idle');
        await expect(page.locator('local-area-picker input[value="local"]').isChecked()).resolves.toBe(false);
      } finally {
        await page.close();
      }
    }
  });

  it('explains a misspelled field by name, with the nearest name, and runs nothing for the area', async () => {
    const page = await app.openPage();
    try {
      await page.locator('local-area-picker input[value="local"]').check();
      const broken = readFileSync(join(root, 'areas', 'staffordshire.json'), 'utf8')
        .replace('"ehcPlans"', '"ehcPlan"')
        .replace('"requestsPerYear": {\n      "value": 1261', '"requestsPerYear": {\n      "value": "1261"');
      await page.locator('local-area-picker #area-text').fill(broken);
      const problems = page.locator('local-area-picker #area-problems');
      await expect(problems.textContent()).resolves.toContain(
        'figures.ehcPlan: expected no such field (did you mean "ehcPlans"?',
      );
      await expect(problems.textContent()).resolves.toContain(
        'figures.requestsPerYear.value: expected a number',
      );
      await expect(problems.textContent()).resolves.toContain('found "1261"');
      await setUp(page, ['workforce-strategy'], { replications: '2', years: '2' });
      await page.locator('run-controls #run').click();
      await expect(page.locator('send-app #run-problem').textContent()).resolves.toContain(
        'Nothing ran: the local-area file has problems',
      );
      await page.screenshot({ path: join(resultsDir(), 'local-area-error.png') });
      await expect(axeFindings(page)).resolves.toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await problems.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(resultsDir(), 'local-area-error-phone.png') });
    } finally {
      await page.close();
    }
  });
});
