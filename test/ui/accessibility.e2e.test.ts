/**
 * Accessibility end to end in Chromium: axe-core (the automated WCAG 2.1 A/AA checker) run on
 * every page as a person reaches it, the comparison before a run, after a small run with its
 * results, with the scenario editor open, the same-child view after following a suggested child,
 * trainer mode after preparing the animation (and the story), and the assumptions page, and a
 * comparison while it runs (the progress bar with the time left, at desktop and phone widths). axe's
 * colour-contrast check cannot judge text drawn on a canvas (the Chart.js charts): their text is
 * Chart.js's default #666 on white (5.7:1), and every chart also has a text alternative and a
 * table; and the statechart's SVG text it marks "needs review" (#0b0c0c and #1d70b8 on white or
 * #f3f2f1, all above 4.5:1). No rule is disabled. Also the page used from
 * the keyboard alone: tab to Run and run a comparison, see where focus is, switch pages.
 * Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, LONG_RUN, root, setUp, useAppInChromium } from './browser-harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = join(root, 'test-results');

/** One axe finding, reduced to what a failure message needs. */
interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The axe API as the page sees it (the root tsconfig has no DOM types, so only what we call). */
interface AxeInPage {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }>;
  };
  document: unknown;
}

/** axe's WCAG 2.1 A and AA rules, and its best practices (headings in order, landmarks). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Run axe on the whole page (it walks open shadow roots, so it sees inside every Lit component)
 * and return every violation, whatever its impact: the test asserts the serious and critical
 * ones are none, and then that nothing at all is left (we fixed the moderate and minor ones too).
 */
async function axeViolations(page: Page): Promise<Finding[]> {
  // Through the DevTools protocol, which the page's Content-Security-Policy does not govern
  // (a script element with axe inline would be blocked, as any injected script must be).
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe, document } = globalThis as unknown as AxeInPage;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, AXE_TAGS);
}

/** No serious or critical violation (WCAG 2.1 A/AA), and, since we fixed them, no lesser one either. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const found = await axeViolations(page);
  const serious = found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(serious, `${where}: serious or critical`).toEqual([]);
  expect(found, `${where}: any impact`).toEqual([]);
}

const smallRun = { replications: '2', years: '2', scale: '0.002' };

async function runSmallComparison(page: Page): Promise<void> {
  await setUp(page, ['early-help-investment'], smallRun);
  await page.locator('run-controls #run').click();
  await page.locator('child-journeys #suggest').waitFor({ timeout: 60_000 });
}

/** The element that has focus, found through shadow roots, and whether focus is drawn on it. */
interface Focused {
  tag: string;
  id: string;
  name: string;
  value: string;
  text: string;
  /** The custom elements it sits inside, outermost first. */
  hosts: string[];
  /** An outline or a box shadow is drawn (what :focus-visible gives it now). */
  focusRing: boolean;
  describe: string;
}

/**
 * In-page script (a string: the root tsconfig has no DOM types) that reads the focused element
 * through open shadow roots, and its computed outline and box shadow while it has focus.
 */
const FOCUSED = `(() => {
  let el = document.activeElement;
  const hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    hosts.push(el.localName);
    el = el.shadowRoot.activeElement;
  }
  if (!el) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const text = (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60);
  return {
    tag: el.localName, id: el.id, name: el.getAttribute('name') || '', value: el.value ?? '',
    text, hosts, focusRing: outline || shadow,
    describe: hosts.join(' > ') + ' > ' + el.localName + (el.id ? '#' + el.id : '') + ' ' + text,
  };
})()`;

async function focused(page: Page): Promise<Focused> {
  const f = (await page.evaluate(FOCUSED)) as Focused | null;
  if (f === null) throw new Error('nothing has focus');
  return f;
}

/** Press Tab until the element with `id` has focus (at most 40 presses). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  throw new Error(`Tab did not reach #${id}`);
}

/** In-page script: how many h1 elements there are, counting inside every shadow root. */
const COUNT_H1 = `(() => {
  const count = (root) => [...root.querySelectorAll('*')].reduce(
    (n, el) => n + (el.localName === 'h1' ? 1 : 0) + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return count(document);
})()`;

describe.skipIf(!haveChromium)('accessibility in Chromium', () => {
  const app = useAppInChromium();
  mkdirSync(shots, { recursive: true });

  it('axe finds no serious or critical problems on the comparison, before and after a run, with the editor open, and in the same-child view', async () => {
    const page = await app.openPage();
    try {
      await expectAccessible(page, 'comparison before a run');
      await runSmallComparison(page);
      await page.locator('reform-changes summary').first().click();
      await expectAccessible(page, 'comparison with results');
      await page.screenshot({ path: join(shots, 'accessibility-results.png'), fullPage: true });
      await page
        .locator('section[data-reform="early-help-investment"]')
        .screenshot({ path: join(shots, 'accessibility-reform-section.png') });
      await page.locator('series-chart').screenshot({ path: join(shots, 'accessibility-series-chart.png') });
      await page
        .locator('headline-cards')
        .first()
        .screenshot({ path: join(shots, 'accessibility-headline-cards.png') });
      await page.locator('scenario-editor #open-editor').click();
      await page.locator('scenario-editor lever-control').first().waitFor();
      await expectAccessible(page, 'scenario editor open');
      // A value out of range: the problem is shown next to its control, in red text.
      await page.locator('scenario-editor lever-control[data-lever="earlyHelpInvestment"] input').fill('99');
      await page
        .locator('scenario-editor lever-control[data-lever="earlyHelpInvestment"] .problem')
        .waitFor();
      await expectAccessible(page, 'scenario editor with a problem');
      await page.locator('child-journeys #suggest').click();
      await page.locator('child-journeys #child-journey').waitFor({ timeout: 60_000 });
      await expectAccessible(page, 'same child, two systems');
      await page
        .locator('#same-child')
        .screenshot({ path: join(shots, 'accessibility-same-child.png') })
        .catch(() => {});
    } finally {
      await page.close();
    }
  });

  it('axe finds no problems while a run is going, with the time left on the progress bar, on a desktop and a phone', async () => {
    const page = await app.openPage();
    try {
      // The estimate appears (after 5% and 2 s) long before the run ends.
      await setUp(page, LONG_RUN.reforms, LONG_RUN.settings);
      await page.locator('run-controls #run').click();
      const bar = page.locator('run-progress [role="progressbar"][aria-valuetext*="left"]');
      await bar.waitFor({ timeout: 120_000 });
      expect(await bar.getAttribute('aria-valuetext')).toMatch(/^\d+% done, about \d+ (s|min) left$/);
      await expect(page.locator('send-app #status').textContent()).resolves.not.toMatch(/\d/);
      await expectAccessible(page, 'comparison while running');
      for (const [name, width] of [
        ['desktop', 1366],
        ['phone', 390],
      ] as const) {
        await page.setViewportSize({ width, height: 844 });
        await page.locator('run-progress').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `accessibility-progress-${name}.png`) });
      }
      await expectAccessible(page, 'comparison while running, phone width');
      await page.locator('run-controls #cancel').click();
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('cancelled');
    } finally {
      await page.close();
    }
  });

  it('axe finds no serious or critical problems in trainer mode (animation and story) or on the assumptions page', async () => {
    const page = await app.openPage();
    try {
      await page.locator('page-nav a[href="#trainer"]').click();
      await page.locator('trainer-mode #prepare').waitFor();
      for (const [name, value] of Object.entries(smallRun)) {
        await page.locator(`trainer-mode input[name="${name}"]`).fill(value);
      }
      await page.locator('trainer-mode #prepare').click();
      await page.locator('trainer-view #date').waitFor({ timeout: 60_000 });
      await expectAccessible(page, 'trainer mode');
      await page.locator('trainer-mode #prepare-story').click();
      await page.locator('story-mode #story-position').waitFor({ timeout: 60_000 });
      await expectAccessible(page, 'trainer mode, the story');
      await page.screenshot({ path: join(shots, 'accessibility-trainer.png'), fullPage: true });
      await page.locator('page-nav a[href="#assumptions"]').click();
      await page.locator('assumptions-page #parameter-search').waitFor();
      await expectAccessible(page, 'assumptions page');
      await page.screenshot({ path: join(shots, 'accessibility-assumptions.png') });
    } finally {
      await page.close();
    }
  });

  it('the comparison works from the keyboard alone: skip link first, every stop shows where focus is, Tab reaches Run, Space and Enter run it', async () => {
    const page = await app.openPage();
    try {
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip.text).toBe('Skip to main content');
      expect(skip.focusRing, 'the skip link shows focus').toBe(true);
      await page.screenshot({
        path: join(shots, 'accessibility-skip-link.png'),
        clip: { x: 0, y: 0, width: 900, height: 260 },
      });
      await page.keyboard.press('Enter');
      await expect(focused(page).then((f) => f.id)).resolves.toBe('main');

      // From the top of the main content, Tab through every control up to Run, setting up a
      // small run on the way as a keyboard user would, and check each stop shows focus.
      const stops: Focused[] = [];
      for (let presses = 0; ; presses++) {
        expect(presses, 'Tab should reach Run within 150 presses').toBeLessThan(150);
        await page.keyboard.press('Tab');
        const f = await focused(page);
        stops.push(f);
        if (f.value === 'early-help-investment') await page.keyboard.press('Space');
        const wanted = (smallRun as Record<string, string>)[f.name];
        if (f.hosts.includes('run-controls') && wanted !== undefined) {
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type(wanted);
        }
        if (f.id === 'run') break;
      }
      const run = (await page.locator('run-controls #run').boundingBox())!;
      await page.screenshot({
        path: join(shots, 'accessibility-focus-run.png'),
        clip: { x: run.x - 12, y: run.y - 12, width: 260, height: run.height + 24 },
      });
      const noRing = stops.filter((f) => !f.focusRing).map((f) => f.describe);
      expect(noRing, 'controls with no visible focus style').toEqual([]);
      for (const id of ['open-editor', 'run']) expect(stops.map((f) => f.id)).toContain(id);
      await expect(
        page.locator('run-controls input[value="early-help-investment"]').isChecked(),
      ).resolves.toBe(true);

      await page.keyboard.press('Enter');
      await page.locator('headline-cards li').first().waitFor({ timeout: 60_000 });
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('done');
      await expect(page.locator('run-controls input[name="scale"]').inputValue()).resolves.toBe('0.002');

      // The reform's changes open with the keyboard too.
      const summary = page.locator('reform-changes summary').first();
      await summary.focus();
      await expect(focused(page).then((f) => f.focusRing)).resolves.toBe(true);
      // With a margin: the focus ring is drawn outside the control.
      const box = (await summary.boundingBox())!;
      await page.screenshot({
        path: join(shots, 'accessibility-focus-summary.png'),
        clip: { x: box.x - 12, y: box.y - 12, width: 420, height: box.height + 24 },
      });
      await page.keyboard.press('Space');
      await expect(page.locator('reform-changes details').first().getAttribute('open')).resolves.toBe('');
      // And Space presses a button: the same-child suggestion.
      await page.locator('child-journeys #suggest').focus();
      await page.keyboard.press('Space');
      await page.locator('child-journeys #child-journey').waitFor({ timeout: 60_000 });
    } finally {
      await page.close();
    }
  });

  it('the page tabs and trainer controls work from the keyboard, and each page has one h1 and its own title', async () => {
    const page = await app.openPage();
    try {
      await expect(page.title()).resolves.toBe('Compare reforms: SEND system simulator');
      await expect(page.evaluate(COUNT_H1)).resolves.toBe(1);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
      // Skip link, then the tabs: Compare reforms, Trainer mode.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      const tab = await focused(page);
      expect(tab.text).toBe('Trainer mode');
      expect(tab.focusRing).toBe(true);
      await page.keyboard.press('Enter');
      await page.locator('trainer-mode #prepare').waitFor();
      await expect(page.title()).resolves.toBe('Trainer mode: SEND system simulator');
      await expect(page.evaluate(COUNT_H1)).resolves.toBe(1);

      // Trainer mode: set a small run, prepare it, step a month and change speed, keys only.
      for (let presses = 0; ; presses++) {
        expect(presses, 'Tab should reach "Prepare the animation"').toBeLessThan(30);
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f.focusRing, f.describe).toBe(true);
        const wanted = (smallRun as Record<string, string>)[f.name];
        if (f.hosts.includes('trainer-mode') && wanted !== undefined) {
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type(wanted);
        }
        if (f.id === 'prepare') break;
      }
      await page.keyboard.press('Enter');
      const date = page.locator('trainer-view #date');
      await date.waitFor({ timeout: 60_000 });
      await expect(date.getAttribute('data-month')).resolves.toBe('0');
      await tabTo(page, 'step');
      await page.keyboard.press('Enter');
      await expect(date.getAttribute('data-month')).resolves.toBe('1');
      await page.keyboard.press('Tab');
      const speed = await focused(page);
      expect(speed.name).toBe('speed');
      expect(speed.focusRing).toBe(true);
      await page.keyboard.press('ArrowRight');
      const after = await focused(page);
      expect(after.name).toBe('speed');
      expect(after.value).not.toBe(speed.value);
      await expect(
        page.locator(`trainer-view input[name="speed"][value="${after.value}"]`).isChecked(),
      ).resolves.toBe(true);

      // The other tabs, activated with Enter.
      await page.locator('page-nav a[href="#assumptions"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('assumptions-page #parameter-search').waitFor();
      await expect(page.title()).resolves.toBe('Assumptions and sources: SEND system simulator');
      await expect(page.evaluate(COUNT_H1)).resolves.toBe(1);
      await page.locator('page-nav a[aria-current="false"]', { hasText: 'Compare reforms' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('run-controls #run').waitFor();
      await expect(page.title()).resolves.toBe('Compare reforms: SEND system simulator');
    } finally {
      await page.close();
    }
  });
});
