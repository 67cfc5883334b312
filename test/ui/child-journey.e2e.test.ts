/**
 * "Same child, two systems" and the pathway flows, end to end in Chromium: run a small
 * comparison, then check against sim-core in Node that the pathway flows table shows the
 * comparison's means and paired intervals, that the suggested child is the one
 * `divergentChildren` ranks first and that the timeline shows exactly `traceChild`'s steps and
 * costs in both systems, and that a child id outside the run gives a message naming the ids
 * that exist (found by the worker, then checked on the page). Set-up is in browser-harness.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareExperiments,
  compareJourneys,
  divergentChildren,
  PAYERS,
  publicPounds,
  runExperiment,
  totalPounds,
  traceChild,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'early-help-investment';
const options = { seed: 1, replications: 2, years: 2, scale: 0.002 };
const run = { seed: options.seed, years: options.years, scale: options.scale };
const baseline = loadScenario('baseline');
const reform = loadScenario(REFORM);

async function runComparison(page: Page): Promise<void> {
  await setUp(page, [REFORM], {
    replications: String(options.replications),
    years: String(options.years),
    scale: String(options.scale),
  });
  await page.locator('run-controls #run').click();
  await page.locator('child-journeys #suggest').waitFor({ timeout: 60_000 });
}

describe.skipIf(!haveChromium)('same child, two systems, and pathway flows, in Chromium', () => {
  const app = useAppInChromium();
  mkdirSync(join(root, 'test-results'), { recursive: true });

  it('shows the pathway flows with the same means and paired 95% intervals as compareExperiments', async () => {
    const page = await app.openPage();
    try {
      await runComparison(page);
      const comparison = compareExperiments(runExperiment(baseline, options), runExperiment(reform, options));
      const rows = page.locator(`section[data-reform="${REFORM}"] pathway-flows tr[data-metric]`);
      const count = await rows.count();
      expect(count).toBe(16);
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        const metric = (await row.getAttribute('data-metric'))!;
        const d = comparison.differences.find((x) => x.metric === metric)!;
        expect(d, metric).toBeDefined();
        const attr = async (name: string) => Number(await row.getAttribute(name));
        expect(await attr('data-baseline-mean')).toBe(d.baseline.mean);
        expect(await attr('data-reform-mean')).toBe(d.reform.mean);
        expect(await attr('data-change-mean')).toBe(d.difference.mean);
        expect(await attr('data-change-lo')).toBe(d.difference.lo);
        expect(await attr('data-change-hi')).toBe(d.difference.hi);
        // A change that every replication agrees on (often none at all) has no interval, and says so.
        await expect(row.locator('.change').textContent()).resolves.toMatch(/95% interval|\(no interval\)/);
      }
      // One chart per stage, each with a text alternative that carries the intervals too.
      const charts = page.locator('pathway-flows figure canvas');
      await expect(charts.count()).resolves.toBe(5);
      // (A stage whose every count is the same in both systems, such as identification here, has none.)
      const labels = await Promise.all((await charts.all()).map((c) => c.getAttribute('aria-label')));
      for (const label of labels) expect(label).toMatch(/95% interval|\(no interval\)/);
      expect(labels.join(' ')).toContain('95% interval');
      await page
        .locator('pathway-flows')
        .screenshot({ path: join(root, 'test-results', 'pathway-flows.png') });
    } finally {
      await page.close();
    }
  });

  it("follows the suggested child and shows traceChild's steps and costs in both systems; an id outside the run gets a message", async () => {
    const page = await app.openPage();
    try {
      await runComparison(page);
      const view = page.locator('child-journeys');
      const ranked = divergentChildren(baseline, reform, run);
      const count = Math.min(ranked.childrenSimulated.baseline, ranked.childrenSimulated.reform);

      // Out of range before anything has been traced: the worker finds it and says which ids exist.
      await view.locator('#child-id').fill(String(count + 5));
      await view.locator('#child-id').press('Enter');
      const alert = view.locator('#child-problem');
      await expect
        .poll(() => alert.textContent(), { timeout: 30_000 })
        .toContain(`${count + 5} is not in this run; enter a whole number from 0 to ${count - 1}`);
      await expect(view.locator('#child-id').getAttribute('aria-invalid')).resolves.toBe('true');

      // Suggest, from the keyboard.
      await view.locator('#suggest').focus();
      await page.keyboard.press('Enter');
      const journey = view.locator('#child-journey');
      await journey.waitFor({ timeout: 60_000 });
      expect((await alert.textContent())?.trim()).toBe('');
      const childId = Number(await journey.getAttribute('data-child-id'));
      expect(childId).toBe(ranked.children[0]!.childId);

      const traces = {
        baseline: traceChild(baseline, run, childId),
        reform: traceChild(reform, run, childId),
      };
      for (const system of ['baseline', 'reform'] as const) {
        const trace = traces[system];
        const steps = journey.locator(`child-timeline li[data-system="${system}"]`);
        const shown = await steps.evaluateAll((items) =>
          items.map((li) => ({
            index: Number(li.getAttribute('data-index')),
            day: Number(li.getAttribute('data-day')),
            event: li.getAttribute('data-event'),
            cost: Number(li.getAttribute('data-cost-total')),
          })),
        );
        expect(shown.map((s) => s.index)).toEqual(trace.steps.map((_, i) => i));
        expect(shown.map((s) => s.day)).toEqual(trace.steps.map((s) => s.day));
        expect(shown.map((s) => s.event)).toEqual(trace.steps.map((s) => s.event));
        expect(shown.map((s) => s.cost)).toEqual(trace.steps.map((s) => totalPounds(s.costsToDate)));
        for (const payer of PAYERS) {
          const cell = journey.locator(`#child-costs tr[data-payer="${payer}"]`);
          expect(Number(await cell.getAttribute(`data-${system}`))).toBe(trace.totalCosts[payer]);
        }
        const total = journey.locator('#child-costs tr[data-payer="total"]');
        expect(Number(await total.getAttribute(`data-${system}`))).toBe(totalPounds(trace.totalCosts));
        await expect(total.locator('th').textContent()).resolves.toBe(
          'Public spending plus cost to families',
        );
        const publicRow = journey.locator('#child-costs tr[data-payer="public"]');
        expect(Number(await publicRow.getAttribute(`data-${system}`))).toBe(publicPounds(trace.totalCosts));
      }
      // The two journeys really differ, and the page says where, in words, with no raw state ids.
      await expect(journey.locator('#parting').textContent()).resolves.toMatch(
        /The paths part on \d+ \w+ \d{4}/,
      );
      await expect(journey.locator('child-timeline tr.parting').count()).resolves.toBe(1);
      const parting = compareJourneys(traces.baseline, traces.reform).firstDifferentDate;
      expect(parting).toBeDefined();
      await expect(journey.locator('child-timeline tr.parting').getAttribute('data-date')).resolves.toBe(
        parting,
      );
      await expect(journey.locator('.unknown-state').count()).resolves.toBe(0);
      await expect(journey.locator('child-timeline').textContent()).resolves.not.toMatch(
        /statutory\.|earlyHelp\./,
      );
      await expect(journey.locator('child-suggestions #differs-most button').count()).resolves.toBe(
        ranked.children.length,
      );
      // Beside them, the typical child (the rule is sim-core's; the test reads what the page says).
      const typical = ranked.typical!;
      const panel = journey.locator('child-suggestions #typical-child');
      await expect(panel.getAttribute('data-child')).resolves.toBe(String(typical.childId));
      await expect(panel.locator('h3').textContent()).resolves.toBe('A typical child');
      await expect(panel.textContent()).resolves.toContain(
        `${typical.patternCount} of the ${ranked.divergentCount} children whose journeys differ share it`,
      );
      await expect(view.locator('#child-id').inputValue()).resolves.toBe(String(childId));
      await view.screenshot({ path: join(root, 'test-results', 'child-journey.png') });
      await page.screenshot({ path: join(root, 'test-results', 'child-journey-page.png'), fullPage: true });

      // Hiding the shared dates leaves only rows that differ, the parting row first.
      const rows = journey.locator('child-timeline tbody tr');
      const allRows = await rows.count();
      const sameRows = await journey.locator('child-timeline tbody tr.same').count();
      await journey.locator('child-timeline #differences-only').check();
      const differing = await rows.count();
      // Exactly the shared dates go (there may be none when the paths part on the first date).
      expect(differing).toBe(allRows - sameRows);
      expect(differing).toBeGreaterThan(0);
      await expect(journey.locator('child-timeline tbody tr.same').count()).resolves.toBe(0);
      await expect(rows.first().getAttribute('class')).resolves.toContain('parting');
      await journey
        .locator('child-timeline')
        .screenshot({ path: join(root, 'test-results', 'child-timeline-differences.png') });

      await journey.locator('child-timeline #differences-only').uncheck();

      // Following the next suggestion keeps the list (and keyboard focus on its button).
      const next = ranked.children[1]!.childId;
      const nextButton = journey.locator(`child-suggestions button[data-child="${next}"]`);
      await nextButton.click();
      await expect.poll(() => journey.getAttribute('data-child-id'), { timeout: 30_000 }).toBe(String(next));
      await expect(
        journey.locator(`child-suggestions li[aria-current="true"] button`).getAttribute('data-child'),
      ).resolves.toBe(String(next));
      await expect(
        nextButton.evaluate((b) => (b.getRootNode() as { activeElement?: unknown }).activeElement === b),
      ).resolves.toBe(true);
      const nextTrace = traceChild(reform, run, next);
      await expect(
        journey
          .locator('child-timeline li[data-system="reform"]')
          .evaluateAll((items) => items.map((li) => li.getAttribute('data-event'))),
      ).resolves.toEqual(nextTrace.steps.map((s) => s.event));

      // Now the run's size is known, the page checks the id itself, at once.
      await view.locator('#child-id').fill('-3');
      await view.locator('#follow').click();
      await expect(alert.textContent()).resolves.toContain(
        `-3 is not in this run; enter a whole number from 0 to ${count - 1}`,
      );
      await expect(view.locator('#trace-status').getAttribute('data-state')).resolves.toBe('done');

      // "Suggest a typical child" follows the typical child, and still shows the ones that differ most.
      await view.locator('#suggest-typical').click();
      await expect
        .poll(() => journey.getAttribute('data-child-id'), { timeout: 60_000 })
        .toBe(String(typical.childId));
      await expect(panel.locator('li[aria-current="true"] button').getAttribute('data-child')).resolves.toBe(
        String(typical.childId),
      );
      await expect(journey.locator('child-suggestions #differs-most li').count()).resolves.toBe(
        ranked.children.length,
      );
      await journey
        .locator('child-suggestions')
        .screenshot({ path: join(root, 'test-results', 'child-suggestions-typical.png') });
    } finally {
      await page.close();
    }
  });
});
