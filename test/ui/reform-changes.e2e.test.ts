/**
 * "What this reform changes", next to a reform's results, end to end in Chromium: for the
 * phased 2026 White Paper the dates listed are exactly the scenario's phase dates as sim-core
 * resolves them in Node, each with the parameters that change on it (before and after values
 * equal sim-core's), and the phases after the run's end say they are not in the results; for a
 * lever reform, the lever in words and each changed parameter from baseline to reform value.
 * Set-up is in browser-harness.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffScenarios } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

describe.skipIf(!haveChromium)('what a reform changes, next to its results, in Chromium', () => {
  const app = useAppInChromium();

  it('lists the White Paper’s phase dates and the lever reform’s changes exactly as sim-core resolves them', async () => {
    const page = await app.openPage();
    try {
      // Four years from 1 January 2023: the first phase (September 2026) falls inside the run.
      await setUp(page, ['white-paper-2026', 'early-help-investment'], {
        replications: '2',
        years: '4',
        scale: '0.002',
      });
      await page.locator('run-controls #run').click();
      const phased = page.locator('section[data-reform="white-paper-2026"] reform-changes');
      await phased.waitFor({ timeout: 90_000 });
      await phased.locator('summary').click();

      const scenario = loadScenario('white-paper-2026');
      expect(scenario.phases.length).toBeGreaterThan(1);
      const items = phased.locator('.phases > li');
      await expect(
        items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-start-date'))),
      ).resolves.toEqual(scenario.phases.map((p) => p.startDate));
      await expect(
        phased.locator('.phases time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      ).resolves.toEqual(scenario.phases.map((p) => p.startDate));
      let before = scenario.params;
      for (const [i, phase] of scenario.phases.entries()) {
        const item = items.nth(i);
        const keys = await item
          .locator('li[data-key]')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
        const changed = Object.keys(phase.params).filter(
          (k) => phase.params[k as keyof typeof before] !== before[k as keyof typeof before],
        );
        expect(keys, phase.startDate).toEqual(changed);
        const afterRun = phase.startDate >= '2027-01-01';
        await expect(item.locator('.after-run').count()).resolves.toBe(afterRun ? 1 : 0);
        before = phase.params;
      }
      await expect(phased.locator('details').textContent()).resolves.toContain('1 Sep 2026');

      // A lever reform: its lever in words, and every parameter it changes, baseline → reform.
      const lever = page.locator('section[data-reform="early-help-investment"] reform-changes');
      await lever.locator('summary').click();
      const diff = diffScenarios(loadScenario('baseline'), loadScenario('early-help-investment'));
      expect(diff.length).toBeGreaterThan(0);
      await expect(
        lever
          .locator('.changes li[data-key]')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key'))),
      ).resolves.toEqual(diff.map((d) => d.key));
      await expect(lever.locator('.levers li').count()).resolves.toBeGreaterThan(0);
      await expect(lever.locator('.phases').count()).resolves.toBe(0);

      mkdirSync(join(root, 'test-results'), { recursive: true });
      await phased.screenshot({ path: join(root, 'test-results', 'reform-changes.png') });

      // The assumptions page lists the same dates for the reform.
      await page.locator('page-nav a[href="#assumptions"]').click();
      const assumptions = page.locator('assumptions-page');
      await assumptions.locator('#reform').selectOption('white-paper-2026');
      await expect(
        assumptions
          .locator('.phases > li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-start-date'))),
      ).resolves.toEqual(scenario.phases.map((p) => p.startDate));
      await expect(assumptions.locator('ul').first().textContent()).resolves.toContain('set to on');
    } finally {
      await page.close();
    }
  });
});
