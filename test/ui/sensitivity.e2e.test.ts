/**
 * "What drives this result?" end to end in Chromium, from the keyboard: after a small
 * comparison, choose three parameters (one of them in a share group, which cannot change alone)
 * and run the sensitivity analysis in the worker; the table must show exactly the numbers
 * `runSensitivity` gives in Node for the same files and options (as `sendsim sensitivity`
 * prints them), in the same order, with the same words for the top row and the sign, and the
 * skipped parameter with its rule. axe finds nothing in the panel; Cancel stops a long analysis;
 * the baseline alone gives the outcome's level.
 * Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  MIN_QUOTE_REPLICATIONS,
  type ParameterKey,
  type ReformScenarioFile,
  runSensitivity,
  sensitivityCsv,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  formatResultWithInterval,
  formatSwing,
  signSentence,
  topRowSentence,
} from '../../packages/ui/src/sensitivity/sensitivity-words.js';
import { readScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'early-help-investment';
const METRIC = 'assessment_requests';
/** In the catalogue's order, as the panel sends them; the last is in the plan age-share group. */
const PARAMETERS: readonly ParameterKey[] = [
  'population.ehcpAgeShare.under5',
  'la.assessProbability',
  'ep.assessmentsPerFtePerYear',
];
const options = { seed: 1, replications: 2, years: 2, scale: 0.002 };
const shots = join(root, 'test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe API as the page sees it (the root tsconfig has no DOM types). */
interface AxeInPage {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }>;
  };
}

/** axe's WCAG 2.1 A/AA rules and best practices, on the panel only (inside two shadow roots). */
async function panelViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the page's Content-Security-Policy blocks injected script elements.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as AxeInPage;
    const results = await axe.run(
      { include: { fromShadowDom: ['send-app', 'sensitivity-panel'] } },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return results.violations.map(
      (v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  });
}

/** In-page script: the id of the focused element inside the panel (through the shadow roots). */
const FOCUSED_ID = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el ? el.id || el.getAttribute('value') || el.localName : null;
})()`;

async function runComparison(page: Page): Promise<void> {
  await setUp(page, [REFORM], {
    replications: String(options.replications),
    years: String(options.years),
    scale: String(options.scale),
  });
  await page.locator('run-controls #run').click();
  await page.locator('sensitivity-panel #sens-run').waitFor({ timeout: 60_000 });
}

describe.skipIf(!haveChromium)('what drives this result (one-way sensitivity), in Chromium', () => {
  const app = useAppInChromium();
  mkdirSync(shots, { recursive: true });

  it('shows the same tornado as runSensitivity in Node, chosen and run from the keyboard', async () => {
    const page = await app.openPage();
    try {
      await runComparison(page);
      const panel = page.locator('sensitivity-panel');
      await expect(panel.locator('#sens-target').inputValue()).resolves.toBe(REFORM);
      await panel.locator('#sens-outcome').focus();
      await panel.locator('#sens-outcome').selectOption(METRIC);

      // The free parameters are the default; arrow keys move to "Parameters I choose".
      await panel.locator('input[name="sens-set"][value="free"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(panel.locator('input[name="sens-set"][value="chosen"]').isChecked()).resolves.toBe(true);
      await panel.locator('#sens-untick').focus();
      await page.keyboard.press('Enter');
      await expect(panel.locator('#sens-chosen-count').textContent()).resolves.toContain('0 ticked');
      for (const key of PARAMETERS) {
        await panel.locator(`input[name="sens-parameter"][value="${key}"]`).focus();
        await page.keyboard.press('Space');
      }
      await expect(panel.locator('#sens-chosen-count').textContent()).resolves.toContain('3 ticked');
      // The page states the replications each run gets (the comparison's 2, under the cap of 3).
      await expect(panel.locator('#sens-plan').textContent()).resolves.toMatch(
        /About 14 runs of 2 replications each/,
      );
      await panel.locator('#sens-run').focus();
      await page.keyboard.press('Enter');
      const result = panel.locator('#sens-result');
      await result.waitFor({ timeout: 120_000 });
      await expect(panel.locator('#sens-status').getAttribute('data-state')).resolves.toBe('done');
      // Focus stays where the user left it.
      await expect(page.evaluate(FOCUSED_ID)).resolves.toBe('sens-run');

      const a = runSensitivity(
        {
          baseline: readScenario('baseline') as BaselineScenarioFile,
          reform: readScenario(REFORM) as ReformScenarioFile,
          metric: METRIC,
          parameters: PARAMETERS,
        },
        options,
      );
      expect(a.rows.length).toBe(2);
      expect(a.skipped.map((s) => s.key)).toEqual(['population.ehcpAgeShare.under5']);

      const num = async (attr: string, where = result) => Number(await where.getAttribute(attr));
      await expect(result.getAttribute('data-result')).resolves.toBe('difference');
      expect(await num('data-central-mean')).toBe(a.central.mean);
      expect(await num('data-central-lo')).toBe(a.central.lo);
      expect(await num('data-central-hi')).toBe(a.central.hi);
      const rows = panel.locator('#sens-table tbody tr');
      await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).resolves.toEqual(
        a.rows.map((r) => r.key),
      );
      for (const [i, r] of a.rows.entries()) {
        const row = rows.nth(i);
        expect(await num('data-value', row)).toBe(r.value);
        expect(await num('data-low', row)).toBe(r.low);
        expect(await num('data-high', row)).toBe(r.high);
        expect(await num('data-at-low-mean', row)).toBe(r.atLow.mean);
        expect(await num('data-at-low-lo', row)).toBe(r.atLow.lo);
        expect(await num('data-at-low-hi', row)).toBe(r.atLow.hi);
        expect(await num('data-at-high-mean', row)).toBe(r.atHigh.mean);
        expect(await num('data-at-high-lo', row)).toBe(r.atHigh.lo);
        expect(await num('data-at-high-hi', row)).toBe(r.atHigh.hi);
        expect(await num('data-swing', row)).toBe(r.swing);
        // What a reader sees is those numbers, written with their 95% intervals.
        await expect(row.locator('.at-low').textContent()).resolves.toBe(
          formatResultWithInterval(a, r.atLow),
        );
        await expect(row.locator('.at-high').textContent()).resolves.toBe(
          formatResultWithInterval(a, r.atHigh),
        );
        await expect(row.locator('.swing').textContent()).resolves.toBe(formatSwing(a, r));
        await expect(row.locator('th').textContent()).resolves.toContain(r.key);
        await expect(row.locator('td.evidence').textContent()).resolves.toMatch(/Source|Assumption/);
      }
      const words = (id: string) =>
        panel.locator(id).evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim());
      await expect(words('#sens-top')).resolves.toBe(topRowSentence(a));
      await expect(words('#sens-sign')).resolves.toBe(signSentence(a).text);
      await expect(panel.locator('#sens-sign').getAttribute('data-verdict')).resolves.toBe(
        signSentence(a).verdict,
      );
      // Whether the central result may be quoted, why not, and what would do it, as a reader sees it.
      const quote = (await words('#sens-quote')) ?? '';
      expect(quote).toMatch(
        new RegExp(
          `^Not fit to quote: it rests on 2 replications, and quoting needs at least ${MIN_QUOTE_REPLICATIONS}`,
        ),
      );
      const about = quote.match(
        /About (\d+) replications(?: at a scale of [\d.]+ \([^)]*\))?(?:, or [^.]*)? should make it fit to quote/,
      );
      expect(about).not.toBeNull();
      expect(Number(about![1])).toBeGreaterThanOrEqual(MIN_QUOTE_REPLICATIONS);
      expect(quote).toContain('This page gives each run at most 3 replications');
      expect(quote).toContain('none is fit to quote either');
      await expect(words('#sens-command')).resolves.toMatch(
        new RegExp(
          `^sendsim sensitivity baseline ${REFORM} --metric ${METRIC} --params ${PARAMETERS.join(',').replaceAll('.', '\\.')} --seed 1 --years 2 --reps ${about![1]} --scale `,
        ),
      );
      await expect(panel.locator('#sens-skipped li').getAttribute('data-keys')).resolves.toBe(
        'population.ehcpAgeShare.under5',
      );
      await expect(panel.locator('#sens-skipped').textContent()).resolves.toContain('summing to 1');
      await expect(panel.locator('tornado-chart canvas').getAttribute('aria-label')).resolves.toContain(
        'Tornado chart',
      );

      // The folded assumption opens from the keyboard too.
      const details = panel.locator('#sens-table details').first();
      if ((await details.count()) > 0) {
        await details.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect(details.getAttribute('open')).resolves.not.toBeNull();
      }
      expect(await panelViolations(page)).toEqual([]);
      await panel.screenshot({ path: join(shots, 'sensitivity-panel.png') });

      // Downloads: the table is byte for byte the CLI's CSV; the chart is a PNG named after the run.
      const name = `send-sim_baseline-vs-${REFORM}_seed1_reps2_2y_scale0.002_sensitivity_${METRIC}`;
      const [csv] = await Promise.all([page.waitForEvent('download'), panel.locator('#sens-csv').click()]);
      expect(csv.suggestedFilename()).toBe(`${name}.csv`);
      expect(readFileSync(await csv.path(), 'utf8')).toBe(sensitivityCsv(a));
      const [png] = await Promise.all([page.waitForEvent('download'), panel.locator('#sens-png').click()]);
      expect(png.suggestedFilename()).toBe(`${name}.png`);
      expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
      await png.saveAs(join(shots, 'sensitivity-tornado.png'));
    } finally {
      await page.close();
    }
  });

  it('shows progress and cancels a long analysis, keeping the controls usable', async () => {
    const page = await app.openPage();
    try {
      await runComparison(page);
      const panel = page.locator('sensitivity-panel');
      await panel.locator('input[name="sens-set"][value="ranged"]').check();
      await panel.locator('#sens-run').click();
      await panel.locator('run-progress').waitFor();
      await expect(panel.locator('#sens-status').textContent()).resolves.toContain('Running the sensitivity');
      await panel.locator('#sens-cancel').click();
      await expect(panel.locator('#sens-status').getAttribute('data-state')).resolves.toBe('cancelled');
      await expect(panel.locator('run-progress').count()).resolves.toBe(0);
      await expect(panel.locator('#sens-run').isEnabled()).resolves.toBe(true);
      // Nothing ticked: a message, and nothing runs.
      await panel.locator('input[name="sens-set"][value="chosen"]').check();
      await panel.locator('#sens-untick').click();
      await panel.locator('#sens-run').click();
      await expect(panel.locator('#sens-problem').textContent()).resolves.toContain('tick at least one');
      await expect(panel.locator('#sens-status').getAttribute('data-state')).resolves.toBe('cancelled');

      // The baseline alone: the outcome's level, with no claim about a sign.
      await panel.locator('#sens-target').selectOption('');
      await panel.locator('input[name="sens-parameter"][value="la.assessProbability"]').check();
      await panel.locator('#sens-run').click();
      const result = panel.locator('#sens-result');
      await result.waitFor({ timeout: 120_000 });
      const level = runSensitivity(
        {
          baseline: readScenario('baseline') as BaselineScenarioFile,
          metric: 'cost_public',
          parameters: ['la.assessProbability'],
        },
        options,
      );
      await expect(result.getAttribute('data-result')).resolves.toBe('level');
      expect(Number(await result.getAttribute('data-central-mean'))).toBe(level.central.mean);
      await expect(
        panel.locator('#sens-table tbody tr').first().getAttribute('data-at-high-mean'),
      ).resolves.toBe(String(level.rows[0]!.atHigh.mean));
      await expect(panel.locator('#sens-sign').getAttribute('data-verdict')).resolves.toBe('no-reform');
      await expect(
        panel.locator('#sens-quote').evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim()),
      ).resolves.toMatch(
        /^Not fit to quote: it rests on 2 replications, and quoting needs at least \d+ \(the rest of the rule judges a reform’s change, not a level\)\./,
      );
      await panel.screenshot({ path: join(shots, 'sensitivity-panel-level.png') });
    } finally {
      await page.close();
    }
  });
});
