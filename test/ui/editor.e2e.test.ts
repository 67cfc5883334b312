/**
 * The scenario editor and shareable links end to end, in Debian's Chromium (set-up in
 * browser-harness.ts): move levers, run the edited reform against the baseline and get exactly
 * the numbers sim-core computes in Node for the downloaded file (which `sendsim validate`
 * accepts); load that file back; open the run's link in a fresh page and get the same numbers;
 * an invalid lever value is explained and nothing runs or downloads; a malformed file and a bad
 * link parameter are explained, naming the field. Runs are tiny (scale 0.002, 2 replications,
 * 2 years): the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  compareExperiments,
  MODEL_VERSION,
  parseScenarioFile,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
} from '@send-sim/sim-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const TINY = { replications: '2', years: '2', scale: '0.002' };
const OPTIONS = { seed: 1, replications: 2, years: 2, scale: 0.002 };
const CARD_ATTRIBUTES = [
  'data-baseline-mean',
  'data-reform-mean',
  'data-change-mean',
  'data-change-lo',
  'data-change-hi',
];

const lever = (page: Page, id: string) => page.locator(`scenario-editor lever-control[data-lever="${id}"]`);

async function openEditor(page: Page): Promise<void> {
  await page.locator('scenario-editor #open-editor').click();
  await lever(page, 'earlyHelpInvestment').locator('input').waitFor();
}

async function cardNumbers(card: Locator): Promise<number[]> {
  return Promise.all(CARD_ATTRIBUTES.map(async (name) => Number(await card.getAttribute(name))));
}

function resultsDir(): string {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe.skipIf(!haveChromium)('the scenario editor and shareable links in Chromium', () => {
  const app = useAppInChromium();

  it('runs an edited reform with the numbers sim-core gives its downloaded file, loads the file back, and its link reproduces the run', async () => {
    const page = await app.openPage();
    const dir = mkdtempSync(join(tmpdir(), 'send-editor-'));
    try {
      await openEditor(page);
      await page.locator('scenario-editor #edit-name').fill('More early help, no placement orders');
      await page.locator('scenario-editor #edit-id').fill('test-edited-reform');
      await lever(page, 'earlyHelpInvestment').locator('input').fill('2.5');
      await lever(page, 'tribunalPowers').locator('select').selectOption('noPlacementOrders');
      await expect(lever(page, 'tribunalPowers').locator('label').textContent()).resolves.toContain(
        'changed from today',
      );
      await page.screenshot({ path: join(resultsDir(), 'editor.png'), fullPage: true });

      // Download: a file sim-core and the CLI accept, with exactly the levers set.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('scenario-editor #download').click(),
      ]);
      expect(download.suggestedFilename()).toBe('test-edited-reform.json');
      const saved = join(dir, 'test-edited-reform.json');
      await download.saveAs(saved);
      const edited = parseScenarioFile(readFileSync(saved, 'utf8'), saved) as ReformScenarioFile;
      expect(edited.levers).toEqual({ earlyHelpInvestment: 2.5, tribunalPowers: 'noPlacementOrders' });
      copyFileSync(join(root, 'scenarios', 'baseline.json'), join(dir, 'baseline.json'));
      const cli = execFileSync(
        process.execPath,
        [join(root, 'packages', 'cli', 'bin', 'sendsim.js'), 'validate', saved],
        { encoding: 'utf8', cwd: dir },
      );
      expect(cli).toMatch(/^ok .*test-edited-reform\.json \(reform test-edited-reform/);

      // Run it (with a library reform alongside) and compare with sim-core in Node.
      await page.locator('scenario-editor #include').check();
      await setUp(page, ['workforce-strategy'], TINY);
      await page.locator('run-controls #run').click();
      const card = page.locator(
        'send-app section[data-reform="test-edited-reform"] headline-cards li[data-metric="cost_public"]',
      );
      await card.waitFor({ timeout: 90_000 });
      const baseline = parseScenarioFile(
        readFileSync(join(root, 'scenarios', 'baseline.json'), 'utf8'),
        'baseline.json',
      ) as BaselineScenarioFile;
      const comparison = compareExperiments(
        runExperiment(resolveScenario(baseline), OPTIONS),
        runExperiment(resolveScenario(edited, baseline), OPTIONS),
      );
      const total = comparison.differences.find((d) => d.metric === 'cost_public')!;
      // The levers moved something, so equal numbers mean the edited reform really ran.
      expect(total.difference.mean).not.toBe(0);
      const inBrowser = await cardNumbers(card);
      expect(inBrowser).toEqual([
        total.baseline.mean,
        total.reform.mean,
        total.difference.mean,
        total.difference.lo,
        total.difference.hi,
      ]);

      // The address now reproduces the run.
      const link = new URL(page.url());
      expect(link.searchParams.get('edit')).toBe('earlyHelpInvestment:2.5,tribunalPowers:noPlacementOrders');
      expect(link.searchParams.get('reforms')).toBe('workforce-strategy');
      expect(link.searchParams.get('model')).toBe(MODEL_VERSION);
      await expect(page.locator('share-link #link').inputValue()).resolves.toBe(page.url());
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.locator('share-link #copy').click();
      await expect.poll(() => page.locator('share-link .copied').textContent()).toContain('Copied');
      await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(page.url());

      // Load the downloaded file back after starting afresh: the controls show its settings.
      await page.locator('scenario-editor #start-from').selectOption('');
      await expect(lever(page, 'earlyHelpInvestment').locator('input').inputValue()).resolves.toBe('1');
      await page.locator('scenario-editor #load').setInputFiles(saved);
      // Reading the file is asynchronous: wait until the editor says where its draft came from.
      await expect
        .poll(() => page.locator('scenario-editor #origin').textContent())
        .toContain('the file test-edited-reform.json');
      await expect(lever(page, 'earlyHelpInvestment').locator('input').inputValue()).resolves.toBe('2.5');
      await expect(lever(page, 'tribunalPowers').locator('select').inputValue()).resolves.toBe(
        'noPlacementOrders',
      );
      await expect(page.locator('scenario-editor #edit-name').inputValue()).resolves.toBe(
        'More early help, no placement orders',
      );

      // The link in a fresh page: same controls, runs by itself, same numbers.
      const fresh = await app.openPage(link.search);
      try {
        const freshCard = fresh.locator(
          'send-app section[data-reform="test-edited-reform"] headline-cards li[data-metric="cost_public"]',
        );
        await freshCard.waitFor({ timeout: 90_000 });
        await expect(cardNumbers(freshCard)).resolves.toEqual(inBrowser);
        await expect(fresh.locator('run-controls input[name="scale"]').inputValue()).resolves.toBe('0.002');
        await expect(
          fresh.locator('run-controls input[value="workforce-strategy"]').isChecked(),
        ).resolves.toBe(true);
        await expect(lever(fresh, 'earlyHelpInvestment').locator('input').inputValue()).resolves.toBe('2.5');
        await expect(fresh.locator('share-link #version-warning').count()).resolves.toBe(0);
        await fresh.screenshot({ path: join(resultsDir(), 'editor-link-opened.png') });
      } finally {
        await fresh.close();
      }
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains an out-of-range lever next to its control, and neither runs nor downloads the reform', async () => {
    const page = await app.openPage();
    try {
      let downloads = 0;
      page.on('download', () => downloads++);
      await openEditor(page);
      const input = lever(page, 'earlyHelpInvestment').locator('input');
      await input.fill('7');
      await page.locator('scenario-editor #edit-name').fill('');
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      const problem = lever(page, 'earlyHelpInvestment').locator('#problem-earlyHelpInvestment');
      await expect(problem.textContent()).resolves.toContain(
        'Expected a number from 1 to 4 (x current capacity); found 7.',
      );
      await expect(input.getAttribute('aria-describedby')).resolves.toContain('problem-earlyHelpInvestment');
      await expect(page.locator('scenario-editor #edit-name').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      // A field in error shows it by its edge too (red, thicker), not only to screen readers.
      await expect(
        // (The root tsconfig has no DOM types: reach the page's getComputedStyle through globalThis.)
        page
          .locator('scenario-editor #edit-name')
          .evaluate(
            (el) =>
              (
                globalThis as unknown as { getComputedStyle(e: unknown): { borderTopColor: string } }
              ).getComputedStyle(el).borderTopColor,
          ),
      ).resolves.toBe('rgb(212, 53, 28)');

      await page.locator('scenario-editor #download').click();
      const summary = page.locator('scenario-editor #editor-problems');
      await expect(summary.getAttribute('role')).resolves.toBe('alert');
      // The validator's own words, as `sendsim validate` prints them.
      await expect(summary.textContent()).resolves.toContain(
        'my-reform.json: levers.earlyHelpInvestment: expected a number from 1 to 4 (x current capacity), found 7',
      );
      await expect(summary.textContent()).resolves.toContain('name: expected a non-empty name, found ""');
      await page.screenshot({ path: join(resultsDir(), 'editor-invalid.png'), fullPage: true });

      await page.locator('scenario-editor #include').check();
      await setUp(page, [], TINY);
      await page.locator('run-controls #run').click();
      await expect(page.locator('send-app #run-problem').textContent()).resolves.toContain(
        'the edited reform has problems',
      );
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('idle');
      await expect(page.locator('run-progress').count()).resolves.toBe(0);
      expect(downloads).toBe(0);
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await page.close();
    }
  });

  it('a malformed scenario file is refused with its name, each field, what was expected and what was found', async () => {
    const page = await app.openPage();
    try {
      await openEditor(page);
      const broken = {
        kind: 'reform',
        id: 'broken',
        name: 'Broken',
        description: 'Two mistakes.',
        baseline: 'baseline',
        levers: { tribunalPowers: 'sometimes', earlyHelp: 2 },
      };
      await page.locator('scenario-editor #load').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const message = page.locator('scenario-editor #load-problem');
      await expect(message.getAttribute('role')).resolves.toBe('alert');
      const text = (await message.textContent()) ?? '';
      expect(text).toContain('broken.json: 2 problems');
      expect(text).toContain(
        'levers.tribunalPowers: expected one of "current", "noPlacementOrders", "nonJudicialRoute", found "sometimes"',
      );
      expect(text).toContain(
        'levers.earlyHelp: expected a lever in the registry (levers: earlyHelpInvestment,',
      );
      // Nothing from the bad file reached the controls.
      await expect(page.locator('scenario-editor #edit-id').inputValue()).resolves.toBe('my-reform');
      // A file too large for any scenario is refused before it is read.
      await page.locator('scenario-editor #load').setInputFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
      });
      await expect(page.locator('scenario-editor #load-problem').textContent()).resolves.toContain(
        'huge.json: expected a scenario file of at most 5 MB, found 6.0 MB',
      );
    } finally {
      await page.close();
    }
  });

  it('a link with bad parameters names each one and runs nothing', async () => {
    const search =
      '?reforms=no-such-reform&edit=earlyHelpInvestment:9&edit-id=x&edit-name=X&edit-description=Y' +
      '&seed=abc&replications=2&years=2&scale=0.002&model=0.1.0&colour=red';
    const page = await app.openPage(search);
    try {
      const problems = page.locator('share-link #link-problems');
      await problems.waitFor();
      await expect(problems.getAttribute('role')).resolves.toBe('alert');
      const text = (await problems.textContent()) ?? '';
      await page.screenshot({ path: join(resultsDir(), 'editor-bad-link.png') });
      expect(text).toContain('nothing has run');
      expect(text).toContain('Link parameter "colour": expected a known parameter');
      expect(text).toContain('Link parameter "reforms": expected reform ids separated by commas');
      expect(text).toContain('found "no-such-reform"');
      expect(text).toContain(
        'Link parameter "edit": expected earlyHelpInvestment: a number from 1 to 4 (x current capacity), found "9"',
      );
      expect(text).toContain('Link parameter "seed": expected a whole number from 0 to 999999, found "abc"');
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('idle');
      await expect(page.locator('run-progress').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a link made with another model version warns that the numbers may differ, and still runs', async () => {
    const page = await app.openPage(
      '?reforms=workforce-strategy&seed=3&replications=2&years=2&scale=0.002&model=0.0.1',
    );
    try {
      const warning = page.locator('share-link #version-warning');
      await warning.waitFor();
      await expect(warning.textContent()).resolves.toContain(
        `made with model version 0.0.1, and this app runs model version ${MODEL_VERSION}`,
      );
      await page.locator('headline-cards li[data-metric="cost_public"]').waitFor({ timeout: 90_000 });
      await expect(page.locator('run-controls input[name="seed"]').inputValue()).resolves.toBe('3');
      await expect(warning.count()).resolves.toBe(1);
    } finally {
      await page.close();
    }
  });
});
