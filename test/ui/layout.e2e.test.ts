/**
 * The page fits, end to end in Chromium: on a laptop (1366×768) and a phone (390×844), on every
 * page and in every state a person reaches (the comparison before a run, with the editor open,
 * while a run goes, with the results of three reforms, the same-child view, a sensitivity
 * result and a probabilistic sensitivity result; trainer mode with its animation and story; the assumptions page with every group
 * open and the calibration check's table), nothing scrolls sideways: the document's and the
 * body's `scrollWidth` are at most their `clientWidth`. Keys and legends wrap rather than being
 * cut (none wider than its box, none cut by an ellipsis), and a sign ("−£59.1m") or a unit
 * ("−8.3 pp", "£810 million") stays on the line of the figure it belongs to. Printing shows the briefing chosen under "Briefing for", whether
 * printing starts from the browser (`beforeprint`, print media) or the page's own button.
 * Screenshots of the results at both widths go to `test-results/`.
 * Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, LONG_RUN, root, SEVERAL_RUNS, setUp, useAppInChromium } from './browser-harness.js';

const shots = join(root, 'test-results');
const TARGETS = join(root, '..', 'shared', 'data', 'calibration-targets.json');

const WIDTHS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The three reforms with the longest names in a run: the widest tables, keys and selects. */
const REFORMS = ['early-help-investment', 'no-tribunal-placement-orders', 'ringfenced-mainstream-funding'];
const smallRun = { replications: '2', years: '2', scale: '0.002' };

/** What the in-page script finds wrong with the layout. */
interface Fit {
  document: { scrollWidth: number; clientWidth: number };
  body: { scrollWidth: number; clientWidth: number };
  /** Elements whose right edge is past the viewport's while their parent's is not: the causes. */
  tooWide: string[];
  /** Keys and legends wider than their box, or cut by an ellipsis. */
  cut: string[];
  /** A sign or unit on another line than its figure ("−" | "£59.1m", "−8.3" | "pp", "£810" | "million"). */
  signsApart: string[];
  /** A sign straight before "£", or a plain space before "pp" or "million" (after £): a line may break there. */
  signsLoose: string[];
}

/**
 * In-page script (a string: the root tsconfig has no DOM types). Walks the page through open
 * shadow roots, skipping what is not drawn (hidden pages, display: none) and what is visually
 * hidden on purpose (clipped to 1 px for screen readers).
 */
const MEASURE = `(() => {
  const vw = document.documentElement.clientWidth;
  const up = (el) => el.parentElement ?? (el.parentNode && el.parentNode.host) ?? null;
  const name = (el) => el.localName + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const path = (el) => { const parts = []; for (let e = el; e && e !== document.documentElement; e = up(e)) parts.unshift(name(e)); return parts.slice(-4).join(' > '); };
  const hiddenOnPurpose = (el) => {
    for (let e = el; e; e = up(e)) {
      if (e.nodeType === 1 && (e.classList.contains('visually-hidden') || getComputedStyle(e).clipPath === 'inset(50%)')) return true;
    }
    return false;
  };
  const drawn = (el) => el.getClientRects().length > 0 && !hiddenOnPurpose(el);
  const pastEdge = (el) => el !== null && el.nodeType === 1 && el.getBoundingClientRect().right > vw + 0.5;
  const tooWide = [], cut = [], signsApart = [], signsLoose = [];
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (!drawn(el)) continue;
      const parent = up(el);
      const style = getComputedStyle(el);
      if (pastEdge(el) && !(parent && pastEdge(parent))) {
        tooWide.push(path(el) + ' (' + Math.round(el.getBoundingClientRect().width) + ' px wide, right edge at ' + Math.round(el.getBoundingClientRect().right) + ')');
      } else if (style.overflowX === 'visible' && el.getBoundingClientRect().left + el.scrollWidth > vw + 1 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        // Text that spills out of its box (white-space: nowrap, a long word) past the edge.
        tooWide.push(path(el) + ' (its content spills to ' + Math.round(el.getBoundingClientRect().left + el.scrollWidth) + ')');
      }
      const legendLike = el.localName === 'legend' || el.matches('.key li, figcaption, caption');
      const overflowing = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if ((legendLike && overflowing) || (style.textOverflow === 'ellipsis' && overflowing && el.localName !== 'select')) {
        cut.push(path(el) + ' "' + el.textContent.trim().slice(0, 60) + '"');
      }
    }
    // Signs and units and the figure they belong to: on one line.
    const walker = document.createTreeWalker(roots[i], NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || !drawn(parent)) continue;
      for (const m of node.data.matchAll(/[+\\u2212]£|\\d pp\\b|£[\\d.,]+ (million|billion)\\b/g)) {
        signsLoose.push(path(parent) + ' "' + node.data.slice(Math.max(0, m.index - 10), m.index + 12) + '"');
      }
      for (const m of node.data.matchAll(/[+\\u2212]\\u2060?(?=[£\\d])|\\d[ \\u00a0](?=pp\\b)|(?<=£[\\d.,]*)\\d[ \\u00a0](?=(million|billion)\\b)/g)) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + 1);
        const sign = range.getBoundingClientRect();
        range.setStart(node, m.index + m[0].length); range.setEnd(node, m.index + m[0].length + 1);
        const figure = range.getBoundingClientRect();
        if (sign.height > 0 && figure.height > 0 && Math.abs(sign.top - figure.top) > 2) {
          signsApart.push(path(parent) + ' "' + node.data.slice(Math.max(0, m.index - 10), m.index + 12) + '"');
        }
      }
    }
  }
  const d = document.documentElement, b = document.body;
  return {
    document: { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth },
    body: { scrollWidth: b.scrollWidth, clientWidth: b.clientWidth },
    tooWide, cut, signsApart, signsLoose,
  };
})()`;

/** Let Chart.js's resize observers and Lit's updates settle after a viewport change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150))))',
  );
}

/** At both widths: no sideways scroll, no key or legend cut, no sign apart from its figure. */
async function expectFits(page: Page, where: string, screenshot?: string): Promise<void> {
  for (const { name, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await settle(page);
    const fit = (await page.evaluate(MEASURE)) as Fit;
    const at = `${where} at ${width}×${height}`;
    const causes = fit.tooWide.join('\n  ');
    expect(
      fit.document.scrollWidth,
      `${at}: the page scrolls sideways; too wide:\n  ${causes}`,
    ).toBeLessThanOrEqual(fit.document.clientWidth);
    expect(
      fit.body.scrollWidth,
      `${at}: the body scrolls sideways; too wide:\n  ${causes}`,
    ).toBeLessThanOrEqual(fit.body.clientWidth);
    expect(fit.tooWide, `${at}: past the right edge`).toEqual([]);
    expect(fit.cut, `${at}: keys and legends cut off`).toEqual([]);
    expect(fit.signsApart, `${at}: a sign or unit on another line than its figure`).toEqual([]);
    expect(fit.signsLoose, `${at}: a sign or unit not joined to its figure`).toEqual([]);
    if (screenshot !== undefined) {
      await page.screenshot({ path: join(shots, `layout-${screenshot}-${name}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.skipIf(!haveChromium)('the page fits a laptop and a phone, in Chromium', () => {
  const app = useAppInChromium();
  mkdirSync(shots, { recursive: true });

  it('the comparison fits before a run, with the editor open and while running', async () => {
    const page = await app.openPage();
    try {
      await expectFits(page, 'comparison before a run');
      await page.locator('scenario-editor #open-editor').click();
      await page.locator('scenario-editor lever-control').first().waitFor();
      await expectFits(page, 'scenario editor open');

      // While a run goes: the progress bar and Cancel.
      await setUp(page, LONG_RUN.reforms, LONG_RUN.settings);
      await page.locator('run-controls #run').click();
      await page.locator('run-progress [role="progressbar"]').waitFor({ timeout: 60_000 });
      await expectFits(page, 'comparison while running');
      await page.locator('run-controls #cancel').click();
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('cancelled');
    } finally {
      await page.close();
    }
  });

  it(
    'the comparison fits with results, the same child, a sensitivity result and a PSA',
    SEVERAL_RUNS,
    async () => {
      const page = await app.openPage();
      try {
        await setUp(page, REFORMS, smallRun);
        await page.locator('run-controls #run').click();
        await page.locator('child-journeys #suggest').waitFor({ timeout: 120_000 });
        for (const summary of await page.locator('reform-changes summary').all()) await summary.click();
        await expectFits(page, 'comparison with results', 'results');
        // The longest outcome in the chart's list, and its table.
        const longest = await page
          .locator('series-chart select option')
          .evaluateAll(
            (options) =>
              (options as unknown as Array<{ value: string; textContent: string }>).reduce((a, b) =>
                b.textContent.length > a.textContent.length ? b : a,
              ).value,
          );
        await page.locator('series-chart select').selectOption(longest);
        // Every pathway key names the reform in full (Chart.js's canvas legend cut long names off).
        for (const [i, section] of (await page.locator('section[data-reform]').all()).entries()) {
          const name = (await section.locator('h2').textContent())?.replace(
            / compared with the baseline$/,
            '',
          );
          await expect(
            section.locator('pathway-flows .key li').nth(1).textContent(),
            `reform ${i}`,
          ).resolves.toBe(`${name} (striped blue bars)`);
        }
        await expectFits(page, 'comparison with the longest chart outcome');

        await page.locator('child-journeys #suggest').click();
        await page.locator('child-journeys #child-journey').waitFor({ timeout: 60_000 });
        await expectFits(page, 'same child, two systems', 'same-child');

        // What drives this result: one parameter, so the run is short.
        const panel = page.locator('sensitivity-panel');
        await panel.locator('input[name="sens-set"][value="chosen"]').check();
        await panel.locator('#sens-untick').click();
        await panel.locator('input[name="sens-parameter"][value="la.assessProbability"]').check();
        await panel.locator('#sens-run').click();
        await panel.locator('#sens-result').waitFor({ timeout: 120_000 });
        await expectFits(page, 'sensitivity result', 'sensitivity');

        // How sure is this: three draws of the three reforms, with the plot's table open.
        const psa = page.locator('psa-panel');
        await psa.locator('#psa-draws').fill('3');
        await psa.locator('#psa-run').click();
        await psa.locator('#psa-result').waitFor({ timeout: 120_000 });
        await psa.locator('#psa-points-details summary').click();
        await expectFits(page, 'probabilistic sensitivity result', 'psa');
      } finally {
        await page.close();
      }
    },
  );

  it(
    'trainer mode (the animation and the story) and the assumptions page (every group open, the calibration check) fit',
    SEVERAL_RUNS,
    async () => {
      const page = await app.openPage();
      try {
        await page.locator('page-nav a[href="#trainer"]').click();
        await page.locator('trainer-mode #prepare').waitFor();
        await expectFits(page, 'trainer mode before preparing');
        for (const [name, value] of Object.entries(smallRun)) {
          await page.locator(`trainer-mode input[name="${name}"]`).fill(value);
        }
        await page.locator('trainer-mode #prepare').click();
        await page.locator('trainer-view #date').waitFor({ timeout: 60_000 });
        await page.locator('trainer-view #step').click();
        await expectFits(page, 'trainer mode, the animation', 'trainer');
        await page.locator('trainer-mode #prepare-story').click();
        await page.locator('story-mode #story-position').waitFor({ timeout: 120_000 });
        await expectFits(page, 'trainer mode, the story');
        await page.locator('story-mode #next').click();
        await expectFits(page, 'trainer mode, the story, step 2');

        await page.locator('page-nav a[href="#assumptions"]').click();
        const assumptions = page.locator('assumptions-page');
        await assumptions.locator('#parameter-search').waitFor();
        await expectFits(page, 'assumptions page');
        for (const summary of await assumptions.locator('details summary').all()) await summary.click();
        await expectFits(page, 'assumptions page, every group open', 'assumptions');
        if (existsSync(TARGETS)) {
          await assumptions.locator('#backtest-quick').click();
          await assumptions.locator('#calibration-targets tbody tr').first().waitFor({ timeout: 120_000 });
          await expectFits(page, 'assumptions page, the calibration check', 'calibration');
        }
      } finally {
        await page.close();
      }
    },
  );

  it('printing shows the briefing chosen under "Briefing for", from the browser or the page\'s button', async () => {
    const page = await app.openPage();
    try {
      await setUp(page, REFORMS.slice(0, 2), smallRun);
      await page.locator('run-controls #run').click();
      await page.locator('export-bar #briefing-reform').waitFor({ timeout: 120_000 });
      const briefing = page.locator('briefing-page article');
      const headlines = page.locator('main section[data-reform] reform-headline p');

      for (const [index, reform] of [
        [1, REFORMS[1]],
        [0, REFORMS[0]],
      ] as const) {
        await page.locator('export-bar #briefing-reform').selectOption(String(index));
        // Print media (a print preview; Ctrl+P in a browser): only that reform's briefing shows.
        await page.emulateMedia({ media: 'print' });
        await briefing.waitFor();
        await expect(briefing.getAttribute('data-reform')).resolves.toBe(reform);
        await expect(page.locator('briefing-page article').count()).resolves.toBe(1);
        await expect(briefing.locator('reform-headline p').textContent()).resolves.toBe(
          await headlines.nth(index).textContent(),
        );
        await expect(briefing.isVisible()).resolves.toBe(true);
        await expect(page.locator('main').isVisible()).resolves.toBe(false);
        await page.screenshot({ path: join(shots, `layout-print-${reform}.png`) });
        await page.emulateMedia({ media: 'screen' });
        await briefing.waitFor({ state: 'detached' });

        // The browser's Print command fires beforeprint (before the media changes).
        await page.evaluate('dispatchEvent(new Event("beforeprint"))');
        await briefing.waitFor({ state: 'attached' });
        await expect(briefing.getAttribute('data-reform')).resolves.toBe(reform);
        await page.evaluate('dispatchEvent(new Event("afterprint"))');
        await briefing.waitFor({ state: 'detached' });
      }

      // The page's own button prints the same choice (the browser's dialog is replaced).
      await page.locator('export-bar #briefing-reform').selectOption('1');
      await page.evaluate(
        'window.print = () => { window.printedReform = document.querySelector("send-app").shadowRoot.querySelector("briefing-page").shadowRoot.querySelector("article").dataset.reform; };',
      );
      await page.locator('export-bar #print-briefing').click();
      await expect.poll(() => page.evaluate('window.printedReform')).toBe(REFORMS[1]);
    } finally {
      await page.close();
    }
  });
});
