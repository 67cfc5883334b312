/**
 * The seed coverage table on the assumptions page, end to end in Chromium: every concrete ask in
 * the founding documents is a row, in the order sim-core's `seedCoverage` gives, with the levers
 * that declare they serve it or the reason it is not modelled; the open table fits a laptop and a
 * phone without scrolling sideways (screenshots in test-results/). Set-up is in browser-harness.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedCoverage } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, root, useAppInChromium } from './browser-harness.js';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
] as const;

describe.skipIf(!haveChromium)('the founding documents’ asks on the assumptions page, in Chromium', () => {
  const app = useAppInChromium();

  it('lists every ask with what represents it, or why nothing does, and fits a phone', async () => {
    const page = await app.openPage();
    try {
      await page.locator('page-nav a[href="#assumptions"]').click();
      const table = page.locator('assumptions-page #seed-asks-table');
      await table.locator('summary').click();
      const coverage = seedCoverage();
      const rows = table.locator('tbody tr');
      await expect(
        rows.evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-ask'), tr.getAttribute('data-status')]),
        ),
      ).resolves.toEqual(coverage.asks.map((a) => [a.id, a.status]));

      // A lever's row names the lever; a row not modelled says so and why.
      const advice = table.locator('tr[data-ask="nnpcf-review-forum-funding"]');
      await expect(advice.textContent()).resolves.toContain('Independent advice and parent carer forums');
      const notModelled = coverage.asks.find((a) => a.status === 'notModelled' && a.outcomes.length === 0)!;
      const row = table.locator(`tr[data-ask="${notModelled.id}"]`);
      await expect(row.textContent()).resolves.toContain('Not modelled');
      await expect(row.textContent()).resolves.toContain(notModelled.notModelled!);

      const shots = join(root, 'test-results');
      mkdirSync(shots, { recursive: true });
      for (const { name, width, height } of WIDTHS) {
        await page.setViewportSize({ width, height });
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150)))');
        const widths = (await page.evaluate(
          '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
        )) as { scroll: number; client: number };
        expect(widths.scroll, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(widths.client);
        await table.locator('tbody tr').nth(0).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `seed-asks-${name}.png`) });
      }
    } finally {
      await page.close();
    }
  });
});
