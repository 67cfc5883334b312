/**
 * "How sure is this?" end to end in Chromium, clicked as a user clicks it: after a tiny
 * comparison, open the panel, choose a handful of draws and run them in the worker pool; the
 * words, the ranked assumptions and the plot's table must show exactly what `runPsa` gives in
 * Node for the same files and options (as `sendsim psa` prints them), and the CSV must be byte
 * for byte `psaCsv`. The same run with the pool forced to one worker and to two gives the same
 * bytes. Twelve draws go to the pool in two batches, so putting batches together is tested too.
 * axe finds nothing in the panel; Cancel stops a long run; a bad number of draws or no reform
 * ticked is refused with a message. Screenshots at desktop and phone widths go to /tmp.
 * Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type BaselineScenarioFile,
  type PsaAnalysis,
  parseScenarioFile,
  psaCsv,
  type ReformScenarioFile,
  runPsa,
} from '@send-sim/sim-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  betterSentence,
  costSentence,
  effectSentence,
  influenceRows,
  levelSentence,
  psaCaveats,
  quadrantSentence,
  summaryRow,
  topInfluenceSentence,
} from '../../packages/ui/src/psa/psa-words.js';
import { readScenario } from '../sim-core/load-scenario.js';
import { haveChromium, setUp, useAppInChromium } from './browser-harness.js';

/** In the order the library lists them (by name), which is the order they are compared in. */
const REFORMS = ['workforce-strategy', 'early-help-investment'];
const REFORM = 'early-help-investment';
const METRIC = 'unmet_need_child_years';
/** More than the controller's batch of 10 draws, so the run goes to the pool in two batches (10 and 2). */
const DRAWS = 12;
/** The comparison's options; the PSA takes its seed, years and scale, with one replication a draw. */
const comparison = { seed: 1, replications: 2, years: 2, scale: 0.001 };
const psaOptions = { seed: 1, replications: 1, years: 2, scale: 0.001 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeInPage {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }>;
  };
}

async function panelViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as AxeInPage;
    const results = await axe.run(
      { include: { fromShadowDom: ['send-app', 'psa-panel'] } },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return results.violations.map(
      (v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  });
}

let inNode: PsaAnalysis | undefined;
/** `runPsa` in Node for the panel's request (computed once: every test here runs the same one). */
function nodePsa(): PsaAnalysis {
  inNode ??= runPsa(
    {
      baseline: readScenario('baseline') as BaselineScenarioFile,
      reforms: REFORMS.map((id) => readScenario(id) as ReformScenarioFile),
      metric: METRIC,
      draws: DRAWS,
    },
    psaOptions,
  );
  return inNode;
}

const words = (where: Locator) => where.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim());

async function runComparison(page: Page): Promise<Locator> {
  await setUp(page, REFORMS, {
    seed: String(comparison.seed),
    replications: String(comparison.replications),
    years: String(comparison.years),
    scale: String(comparison.scale),
  });
  await page.locator('run-controls #run').click();
  const panel = page.locator('psa-panel');
  await panel.locator('#psa-run').waitFor({ timeout: 60_000 });
  return panel;
}

/** Choose the draws and run them, as a user does; resolves when the result is on screen. */
async function runDraws(panel: Locator, draws: number): Promise<Locator> {
  await panel.locator('#psa-draws').fill(String(draws));
  await panel.locator('#psa-run').click();
  const result = panel.locator('#psa-result');
  await result.waitFor({ timeout: 120_000 });
  await expect(panel.locator('#psa-status').getAttribute('data-state')).resolves.toBe('done');
  return result;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe.skipIf(!haveChromium)('how sure is this (probabilistic sensitivity), in Chromium', () => {
  const app = useAppInChromium();

  it('shows what runPsa gives in Node, in words, ranked assumptions and the plot’s table', async () => {
    const page = await app.openPage();
    try {
      const panel = await runComparison(page);
      // The compared reforms are ticked, unmet need is the outcome, 30 draws the default.
      for (const id of REFORMS) {
        await expect(panel.locator(`input[name="psa-reform"][value="${id}"]`).isChecked()).resolves.toBe(
          true,
        );
      }
      await expect(panel.locator('#psa-outcome').inputValue()).resolves.toBe(METRIC);
      await expect(panel.locator('#psa-draws').inputValue()).resolves.toBe('30');
      await panel.locator('#psa-draws').fill(String(DRAWS));
      // What the run costs, and that the command line does more.
      const plan = (await words(panel.locator('#psa-plan'))) ?? '';
      expect(plan).toMatch(
        /^12 draws × 3 scenarios \(the baseline and 2 reforms\) = 36 runs of 1 replication each/,
      );
      expect(plan).toContain('The command line does more: 200 draws of 5 replications each');
      await expect(words(panel.locator('#psa-command'))).resolves.toBe(
        `sendsim psa baseline ${REFORMS.join(' ')} --draws 200 --reps 5 --metric ${METRIC} --seed 1 --years 2 --scale 0.001 --format csv --out psa.csv`,
      );

      const result = await runDraws(panel, DRAWS);
      const a = nodePsa();
      const r = a.reforms[1]!;
      expect(r.reform.scenario).toBe(REFORM);
      await expect(result.getAttribute('data-draws')).resolves.toBe(String(DRAWS));
      const reform = panel.locator(`.psa-reform[data-reform="${REFORM}"]`);
      const num = async (attr: string, where: Locator = reform) => Number(await where.getAttribute(attr));
      expect(await num('data-effect-mean')).toBe(r.effect.mean);
      expect(await num('data-effect-lo')).toBe(r.effect.lo);
      expect(await num('data-effect-hi')).toBe(r.effect.hi);
      expect(await num('data-probability-better')).toBe(r.probabilityBetter);
      expect(await num('data-cost-mean')).toBe(r.publicCost.mean);
      expect(await num('data-avoided-mean')).toBe(r.unmetNeedAvoided.mean);

      expect(await num('data-level-mean', panel.locator('#psa-level'))).toBe(a.level.spread.mean);
      await expect(words(panel.locator('#psa-level'))).resolves.toBe(levelSentence(a));
      // The at-a-glance table: one row per reform, in the order compared, the sentences' figures.
      const summary = panel.locator('#psa-summary tbody tr');
      await expect(
        summary.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-reform'))),
      ).resolves.toEqual(REFORMS);
      for (const [i, other] of a.reforms.entries()) {
        const row = summaryRow(a, other);
        const cell = (name: string) => words(summary.nth(i).locator(`td.${name}`));
        await expect(cell('effect')).resolves.toBe(row.effect);
        await expect(cell('range')).resolves.toBe(row.range);
        await expect(cell('better')).resolves.toBe(row.better);
        await expect(cell('cost')).resolves.toBe(row.publicCost);
        await expect(cell('avoided')).resolves.toBe(row.avoided);
      }
      // Each reform's numbers, in the order compared.
      for (const other of a.reforms) {
        const section = panel.locator(`.psa-reform[data-reform="${other.reform.scenario}"]`);
        expect(await num('data-effect-mean', section)).toBe(other.effect.mean);
        await expect(words(section.locator('.better'))).resolves.toBe(betterSentence(a, other));
      }
      // The words a reader reads.
      await expect(words(reform.locator('.better'))).resolves.toBe(betterSentence(a, r));
      expect(betterSentence(a, r)).toMatch(
        /^In \d+ of 12 draws \(\d+%\), Double early help capacity reduced child-years/,
      );
      await expect(words(reform.locator('.effect'))).resolves.toBe(effectSentence(a, r));
      await expect(words(reform.locator('.cost'))).resolves.toBe(costSentence(a, r));
      await expect(words(reform.locator('.quadrants'))).resolves.toBe(quadrantSentence(r));
      await expect(words(reform.locator('.top'))).resolves.toBe(topInfluenceSentence(a, r));
      const caveats = await panel
        .locator('#psa-caveats p')
        .evaluateAll((ps) => ps.map((p) => p.textContent?.replace(/\s+/g, ' ').trim()));
      expect(caveats).toEqual(psaCaveats(a));
      expect(caveats[0]).toContain('simulation noise');

      // The assumptions that matter most, ranked, with their meanings.
      const rows = reform.locator('table.influence tbody tr');
      const expected = influenceRows(a, r);
      await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).resolves.toEqual(
        expected.map((row) => row.key),
      );
      for (const [i, row] of expected.entries()) {
        expect(await num('data-spearman', rows.nth(i))).toBe(row.spearman);
        await expect(words(rows.nth(i).locator('th'))).resolves.toBe(`${row.meaning}${row.key}`);
      }

      // The plot has a text alternative, and its table lists every draw, opened as a user opens it.
      await expect(panel.locator('psa-scatter canvas').getAttribute('aria-label')).resolves.toContain(
        quadrantSentence(r),
      );
      await panel.locator('#psa-points-details summary').click();
      const points = panel.locator('#psa-points tbody tr');
      await expect(points.count()).resolves.toBe(2 * DRAWS);
      for (const p of r.scatter) {
        const tr = points.nth(DRAWS + p.draw);
        await expect(tr.getAttribute('data-reform')).resolves.toBe(REFORM);
        expect(await num('data-avoided', tr)).toBe(p.unmetNeedAvoided);
        expect(await num('data-cost', tr)).toBe(p.publicCost);
        expect(await num('data-effect', tr)).toBe(p.effect);
      }

      expect(await panelViolations(page)).toEqual([]);

      const csv = await download(page, panel.locator('#psa-csv'));
      expect(csv.name).toBe(
        `send-sim_baseline-vs-${REFORMS.join('-vs-')}_seed1_reps1_2y_scale0.001_psa${DRAWS}_${METRIC}.csv`,
      );
      expect(csv.text).toBe(psaCsv(a));
      const [png] = await Promise.all([page.waitForEvent('download'), panel.locator('#psa-png').click()]);
      expect(readFileSync(await png.path()).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

      await panel.screenshot({ path: '/tmp/psaui-desktop.png' });
      await page.setViewportSize({ width: 390, height: 844 });
      // The panel is no wider than the phone's screen.
      const width = await panel.evaluate((el) => el.getBoundingClientRect().right);
      expect(width).toBeLessThanOrEqual(390);
      await panel.screenshot({ path: '/tmp/psaui-phone.png' });
    } finally {
      await page.close();
    }
  });

  it('gives the same bytes with one worker and with two', async () => {
    const csvWith = async (workers: number) => {
      const page = await app.openPage(`?workers=${workers}`);
      try {
        const started: string[] = [];
        page.on('worker', (worker) => started.push(worker.url()));
        const panel = await runComparison(page);
        const before = started.length;
        await runDraws(panel, DRAWS);
        // Two batches (30 jobs, then 6): for each, the pool starts exactly the workers asked for.
        expect(started.length - before).toBe(2 * workers);
        return (await download(page, panel.locator('#psa-csv'))).text;
      } finally {
        await page.close();
      }
    };
    const one = await csvWith(1);
    const two = await csvWith(2);
    expect(one).toBe(two);
    expect(one).toBe(psaCsv(nodePsa()));
  });

  it('runs a reform built in the editor, as runPsa runs its downloaded file', async () => {
    const page = await app.openPage();
    try {
      await page.locator('scenario-editor #open-editor').click();
      const lever = page.locator('scenario-editor lever-control[data-lever="earlyHelpInvestment"] input');
      await lever.waitFor();
      await page.locator('scenario-editor #edit-id').fill('test-edited-reform');
      await lever.fill('2.5');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('scenario-editor #download').click(),
      ]);
      const edited = parseScenarioFile(readFileSync(await file.path(), 'utf8'), 'test-edited-reform.json');
      await page.locator('scenario-editor #include').check();
      await setUp(page, [], {
        seed: String(comparison.seed),
        replications: String(comparison.replications),
        years: String(comparison.years),
        scale: String(comparison.scale),
      });
      await page.locator('run-controls #run').click();
      const panel = page.locator('psa-panel');
      await panel.locator('#psa-run').waitFor({ timeout: 60_000 });
      // The command line names the file, and says to download it first.
      await panel.locator('#psa-draws').fill('3');
      await expect(words(panel.locator('#psa-command'))).resolves.toMatch(
        /^sendsim psa baseline test-edited-reform\.json --draws 200/,
      );
      await expect(words(panel.locator('#psa-plan'))).resolves.toContain(
        'download your reform’s file from the editor first',
      );
      await runDraws(panel, 3);
      const a = runPsa(
        {
          baseline: readScenario('baseline') as BaselineScenarioFile,
          reforms: [edited as ReformScenarioFile],
          metric: METRIC,
          draws: 3,
        },
        psaOptions,
      );
      const section = panel.locator('.psa-reform[data-reform="test-edited-reform"]');
      await expect(section.getAttribute('data-edited')).resolves.toBe('yes');
      expect(Number(await section.getAttribute('data-effect-mean'))).toBe(a.reforms[0]!.effect.mean);
      await expect(words(section.locator('.better'))).resolves.toBe(betterSentence(a, a.reforms[0]!));
    } finally {
      await page.close();
    }
  });

  it('shows progress and cancels, and refuses a bad number of draws or no reform', async () => {
    const page = await app.openPage();
    try {
      const panel = await runComparison(page);
      await panel.locator('#psa-draws').fill('200');
      await panel.locator('#psa-run').click();
      await panel.locator('run-progress').waitFor();
      await expect(panel.locator('#psa-status').textContent()).resolves.toContain('Running the draws');
      await panel.locator('#psa-cancel').click();
      await expect(panel.locator('#psa-status').getAttribute('data-state')).resolves.toBe('cancelled');
      await expect(panel.locator('run-progress').count()).resolves.toBe(0);

      await panel.locator('#psa-draws').fill('1');
      await panel.locator('#psa-run').click();
      await expect(panel.locator('#psa-problem').textContent()).resolves.toContain(
        'Number of draws: expected a whole number from 2 to 200, found “1”',
      );
      await panel.locator('#psa-draws').fill('4');
      for (const id of REFORMS) await panel.locator(`input[name="psa-reform"][value="${id}"]`).uncheck();
      await panel.locator('#psa-run').click();
      await expect(panel.locator('#psa-problem').textContent()).resolves.toContain(
        'tick at least one reform',
      );
      await expect(panel.locator('#psa-status').getAttribute('data-state')).resolves.toBe('cancelled');
    } finally {
      await page.close();
    }
  });
});
