/**
 * The web app end to end, as a person uses it: build it with Vite, serve the build, drive
 * Debian's Chromium with playwright-core, run a reform against the baseline and check the
 * total-cost card shows a change with its 95% interval, the very numbers sim-core computes in
 * Node (and `sendsim compare` prints) for the same scenario, seed and options. Also: Cancel
 * stops a long run, and an out-of-range value shows a message and runs nothing. Set-up (build,
 * serve, Chromium) is in browser-harness.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  compareExperiments,
  figureKind,
  PAYERS,
  parseScenarioFile,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
  writeEstimate,
  writeWithInterval,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { haveChromium, LONG_RUN, root, setUp, useAppInChromium } from './browser-harness.js';

describe.skipIf(!haveChromium)('the web app in Chromium', () => {
  const app = useAppInChromium();
  const openPage = () => app.openPage();

  it('runs a reform in a worker and shows the same change in public spending, with its 95% interval, as sim-core in Node', async () => {
    const page = await openPage();
    try {
      const options = { seed: 1, replications: 2, years: 2, scale: 0.002 };
      await setUp(page, ['early-help-investment'], {
        replications: String(options.replications),
        years: String(options.years),
        scale: String(options.scale),
      });
      await page.locator('run-controls #run').click();
      const card = page.locator('headline-cards li[data-metric="cost_public"]');
      await card.waitFor({ timeout: 60_000 });
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('done');

      const text = await card.locator('.change').textContent();
      expect(text).toMatch(
        /^([+−]\u2060)?£[\d,.]+(bn|m)? \((95% interval ([+−]\u2060)?£[\d,.]+(bn|m)? to ([+−]\u2060)?£[\d,.]+(bn|m)?|no interval)\)$/,
      );

      // The same numbers in Node: the CLI's `compare` runs exactly this.
      const read = (name: string) => readFileSync(join(root, 'scenarios', `${name}.json`), 'utf8');
      const baselineFile = parseScenarioFile(read('baseline'), 'baseline.json') as BaselineScenarioFile;
      const reformFile = parseScenarioFile(
        read('early-help-investment'),
        'early-help-investment.json',
      ) as ReformScenarioFile;
      const baselineResult = runExperiment(resolveScenario(baselineFile), options);
      const comparison = compareExperiments(
        baselineResult,
        runExperiment(resolveScenario(reformFile, baselineFile), options),
      );
      const total = comparison.differences.find((d) => d.metric === 'cost_public')!;
      const attr = async (name: string) => Number(await card.getAttribute(name));
      expect(await attr('data-baseline-mean')).toBe(total.baseline.mean);
      expect(await attr('data-reform-mean')).toBe(total.reform.mean);
      expect(await attr('data-change-mean')).toBe(total.difference.mean);
      expect(await attr('data-change-lo')).toBe(total.difference.lo);
      expect(await attr('data-change-hi')).toBe(total.difference.hi);
      // Written by sim-core's precision rule, as the CLI and the headline write it.
      expect(text).toBe(
        writeWithInterval(
          total.difference,
          figureKind('cost_public', options.scale),
          { change: true },
          TYPESET,
        ),
      );

      // Every headline card and payer row shows an interval, never a bare change.
      // The headline outcomes' nine cards first (public spending and the cost to families apart),
      // then the waits, placements and fairness groups.
      await expect(page.locator('headline-cards').first().locator('li').count()).resolves.toBe(9);
      for (const change of await page.locator('headline-cards .change').allInnerTexts()) {
        expect(change).toMatch(/95% interval|no interval/);
      }
      // Each payer, public spending, and their sum with families (labelled so).
      await expect(page.locator('cost-by-payer tbody tr').count()).resolves.toBe(PAYERS.length + 2);
      await expect(page.locator('series-chart canvas').getAttribute('aria-label')).resolves.toContain(
        'Baseline',
      );
      // Who pays over time: the chart draws one payer's spending year by year, with its band.
      await page.locator('series-chart select').selectOption('cost_laHighNeeds');
      const highNeeds = baselineResult.costs.find((c) => c.payer === 'laHighNeeds' && c.year === 2023)!;
      const money = writeEstimate(
        highNeeds.value,
        figureKind('cost_laHighNeeds', options.scale),
        {},
        TYPESET,
      );
      await expect(
        page.locator('series-chart table tbody tr').first().locator('td').first().textContent(),
      ).resolves.toContain(`${money.mean} (${money.lo} to ${money.hi})`);
      await expect(page.locator('series-chart canvas').getAttribute('aria-label')).resolves.toContain(
        'Spending by LA high needs',
      );

      mkdirSync(join(root, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(root, 'test-results', 'dashboard.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('Cancel stops a long run: the state says cancelled and there are no results', async () => {
    const page = await openPage();
    try {
      await setUp(page, LONG_RUN.reforms, LONG_RUN.settings);
      await page.locator('run-controls #run').click();
      const bar = page.locator('run-progress [role="progressbar"]');
      await bar.waitFor();
      // Progress arrives from the worker while the page stays responsive.
      for (let tries = 0; Number(await bar.getAttribute('aria-valuenow')) < 1; tries++) {
        expect(tries, 'progress should reach 1% within 30 s').toBeLessThan(300);
        await page.waitForTimeout(100);
      }
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('running');
      await page.locator('run-controls #cancel').click();
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('cancelled');
      await expect(page.locator('send-app #status').textContent()).resolves.toContain('Cancelled');
      await expect(page.locator('run-progress').count()).resolves.toBe(0);
      await expect(page.locator('headline-cards').count()).resolves.toBe(0);
      // The controls work again after a cancel.
      await expect(page.locator('run-controls #run').isEnabled()).resolves.toBe(true);
    } finally {
      await page.close();
    }
  });

  it('an out-of-range number of replications shows a message and runs nothing', async () => {
    const page = await openPage();
    try {
      await setUp(page, ['early-help-investment'], { replications: '500' });
      await page.locator('run-controls #run').click();
      const alert = page.locator('run-controls [role="alert"]');
      await expect(alert.textContent()).resolves.toContain('Replications: enter a whole number from 2 to 50');
      await expect(
        page.locator('run-controls input[name="replications"]').getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('idle');
      await expect(page.locator('run-progress').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });
});
