/**
 * Public spending and the cost to families apart (issue 11, requirement 3), read from the page
 * as a user reads it in Chromium: the cards and the cost table show "Public spending" and "Cost
 * to families" as two figures, each as sim-core works it out in Node, and nothing on the page
 * adds them without saying so (no "total cost", no "all payers"; the one row that adds them is
 * called "Public spending plus cost to families"). Early help is the case in point: over a short
 * run it costs the public purse more while families lose fewer earnings. Screenshots of the
 * results at 1366 and 390 px go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  COMBINED_COST_LABEL,
  compareExperiments,
  FAMILY_COST_LABEL,
  figureKind,
  PUBLIC_PAYERS,
  PUBLIC_SPENDING_LABEL,
  runExperiment,
  writeWithInterval,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'early-help-investment';
const OPTIONS = { seed: 1, replications: 3, years: 3, scale: 0.002 };

/** Each match's text with layout white space folded. */
const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Words that would present a sum of public and family costs without saying what it adds. */
const UNLABELLED_SUM = /\btotal\b|all payers/i;

describe.skipIf(!haveChromium)('public spending and the cost to families, apart, in Chromium', () => {
  const app = useAppInChromium();

  it('shows "Public spending" and "Cost to families" as two figures, and no unlabelled combined total', async () => {
    const comparison = compareExperiments(
      runExperiment(loadScenario('baseline'), OPTIONS),
      runExperiment(loadScenario(REFORM), OPTIONS),
    );
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    const publicSpending = byMetric.get('cost_public')!;
    const families = byMetric.get('cost_family')!;
    // The case the issue is about: the two move opposite ways, so a sum would hide one of them.
    expect(Math.sign(publicSpending.difference.mean)).toBe(-Math.sign(families.difference.mean));
    const written = (metric: string) =>
      writeWithInterval(
        byMetric.get(metric)!.difference,
        figureKind(metric, OPTIONS.scale),
        { change: true },
        TYPESET,
      );

    const page = await app.openPage();
    const out = join(root, 'test-results');
    mkdirSync(out, { recursive: true });
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await setUp(page, [REFORM], {
        seed: String(OPTIONS.seed),
        replications: String(OPTIONS.replications),
        years: String(OPTIONS.years),
        scale: String(OPTIONS.scale),
      });
      await page.locator('run-controls #run').click();
      await page.locator('main cost-by-payer tbody tr').first().waitFor({ timeout: 120_000 });

      // The cards: public spending and the cost to families first, side by side, each with its own change.
      const titles = await texts(page, 'main headline-cards li h4');
      expect(titles.slice(0, 2)).toEqual([PUBLIC_SPENDING_LABEL, FAMILY_COST_LABEL]);
      for (const [metric, label] of [
        ['cost_public', PUBLIC_SPENDING_LABEL],
        ['cost_family', FAMILY_COST_LABEL],
      ] as const) {
        const card = page.locator(`main headline-cards li[data-metric="${metric}"]`).first();
        await expect(card.locator('h4').textContent()).resolves.toBe(label);
        const [change] = await texts(page, `main headline-cards li[data-metric="${metric}"] .change`);
        expect(change).toBe(written(metric));
      }
      await expect(page.locator('main headline-cards li[data-metric="cost_total"]').count()).resolves.toBe(0);
      for (const title of titles) expect(title).not.toMatch(UNLABELLED_SUM);

      // The cost table: the nine public payers, their subtotal, families on their own row, and the
      // one row that adds the two, saying so.
      const rows = await texts(page, 'main cost-by-payer tbody th[scope="row"]');
      const payers = await page
        .locator('main cost-by-payer tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-payer')));
      expect(payers).toEqual([...PUBLIC_PAYERS, 'public', 'family', 'total']);
      expect(rows.at(-3)).toMatch(new RegExp(`^${PUBLIC_SPENDING_LABEL}\\b`));
      expect(rows.at(-2)).toBe(FAMILY_COST_LABEL);
      expect(rows.at(-1)).toBe(COMBINED_COST_LABEL);
      for (const row of rows) expect(row).not.toMatch(UNLABELLED_SUM);
      for (const key of ['public', 'family', 'total']) {
        const [change] = await texts(
          page,
          `main cost-by-payer tr[data-payer="${key}"] td[data-label="Change"]`,
        );
        expect(change).toBe(written(`cost_${key}`));
      }

      // Nowhere on the results does a sum of the two go by "total cost" or "all payers".
      const results = (await page.locator('main').textContent()) ?? '';
      expect(results).not.toMatch(/total cost|all payers|Total, all/i);

      await page.screenshot({ path: join(out, 'public-and-family-costs-1366.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBe(390);
      await page.screenshot({ path: join(out, 'public-and-family-costs-390.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
