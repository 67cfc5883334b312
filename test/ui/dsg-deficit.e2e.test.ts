/**
 * High-needs money in the web app, as a person finds it in Chromium: the chart draws the DSG
 * deficit's path year by year with its 95% band (the table under the chart gives each year's
 * mean and interval, the very numbers sim-core computes in Node), and the high-needs money
 * cards show the deficit with an interval. Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { figureKind, runExperiment, writeEstimate } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, setUp, useAppInChromium } from './browser-harness.js';

const OPTIONS = { seed: 1, replications: 2, years: 2, scale: 0.002 };

describe.skipIf(!haveChromium)('the DSG deficit in Chromium', () => {
  const app = useAppInChromium();

  it('draws the deficit path with its 95% interval, as sim-core computes it', async () => {
    const page = await app.openPage();
    try {
      await setUp(page, ['safety-valve-agreements'], {
        replications: String(OPTIONS.replications),
        years: String(OPTIONS.years),
        scale: String(OPTIONS.scale),
      });
      await page.locator('run-controls #run').click();
      await page.locator('main headline-cards').first().waitFor({ timeout: 120_000 });

      await page.locator('series-chart select').selectOption('dsg_deficit_cumulative');
      await expect(page.locator('series-chart canvas').getAttribute('aria-label')).resolves.toContain(
        'cumulative DSG deficit',
      );
      const baseline = runExperiment(loadScenario('baseline'), OPTIONS);
      const row = baseline.series.find((r) => r.metric === 'dsg_deficit_cumulative' && r.year === 2024)!;
      expect(row.value.hi).toBeGreaterThan(row.value.lo);
      const money = writeEstimate(
        row.value,
        figureKind('dsg_deficit_cumulative', OPTIONS.scale),
        {},
        TYPESET,
      );
      await expect(
        page.locator('series-chart table tbody tr').nth(1).locator('td').first().textContent(),
      ).resolves.toContain(`${money.mean} (${money.lo} to ${money.hi})`);

      const card = page.locator('li[data-metric="dsg_deficit_cumulative"]').first();
      await expect(card.locator('.change').textContent()).resolves.toMatch(/95% interval|no interval/);
    } finally {
      await page.close();
    }
  });
});
