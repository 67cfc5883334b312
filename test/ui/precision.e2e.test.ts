/**
 * Precision that matches the evidence, as a reader sees it in Chromium: one run's headline, cards,
 * cost table and printed briefing write each figure identically (sim-core's precision rule), and
 * every number the headline quotes is also on the page (and on the briefing). Screenshots of the
 * results and the briefing at 1366×768 and 390×844 go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareExperiments,
  figureKind,
  fitToQuote,
  runExperiment,
  writeHeadline,
  writeWithInterval,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'no-tribunal-placement-orders';
// Ten replications: the headline and the briefing quote only results fit to quote, which needs them.
const OPTIONS = { seed: 1, replications: 10, years: 5, scale: 0.005 };

/** The same comparison in Node, as `sendsim compare baseline <reform>` runs it. */
function comparisonInNode() {
  return compareExperiments(
    runExperiment(loadScenario('baseline'), OPTIONS),
    runExperiment(loadScenario(REFORM), OPTIONS),
  );
}

/**
 * The numbers in a text, as written, without their signs: `£1.3bn`, `9,000`, `4.2`, `95%`, `2027`.
 * A figure's sign (and the word joiner after it) is left out, since the headline says "fewer"
 * where a card says "−".
 */
function numbersIn(text: string): string[] {
  return text.match(/£?\d(?:[\d,]*\d)?(?:\.\d+)?(?:bn|m)?%?/g) ?? [];
}

/**
 * A card's or table cell's "mean (95% interval lo to hi)", split into its three figures with
 * their signs, a share's "pp" left off (the headline names percentage points in words).
 */
function parts(text: string): { mean: string; lo: string; hi: string } {
  const m = /^(\S+) \(95% interval (\S+) to (\S+)\)$/.exec(text.replace(/\u00a0pp/g, '').trim());
  expect(m, `a figure with its interval: ${text}`).not.toBeNull();
  return { mean: m![1]!, lo: m![2]!, hi: m![3]! };
}

/** Without its sign and joiner: `−\u2060£1.3bn` → `£1.3bn`. */
const size = (figure: string) => figure.replace(/^[+\u2212-]\u2060?/, '');

/** Each match's text with runs of layout white space folded (a no-break space is kept: it is part of "8.3 pp"). */
const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((t) => t.replace(/[ \t\r\n]+/g, ' ').trim());

describe.skipIf(!haveChromium)('one figure, written one way: headline, cards, tables and briefing', () => {
  const app = useAppInChromium();

  it('writes each figure identically everywhere, and the headline quotes only figures that are on the page', async () => {
    const comparison = comparisonInNode();
    const headline = writeHeadline(comparison, TYPESET);
    // The run must give the headline clear changes to quote, or the test would prove little.
    expect(headline.outcomes.filter((c) => c.direction !== 'unclear').length).toBeGreaterThan(0);
    expect(headline.payers.length).toBeGreaterThan(0);

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
      await page.locator('main reform-headline p.headline').waitFor({ timeout: 120_000 });
      const [shown] = await texts(page, 'main reform-headline p.headline');
      expect(shown).toBe(headline.text);

      // Each card writes its figures by the precision rule, exactly as sim-core does in Node.
      const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
      const cardChange = async (metric: string) =>
        (await texts(page, `main headline-cards li[data-metric="${metric}"] .change`))[0] ?? '';
      const money = [headline.publicSpending, headline.familyCost].filter((c) => c !== null);
      for (const claim of [...headline.outcomes, ...money]) {
        const d = byMetric.get(claim.metric)!;
        const card = await cardChange(claim.metric);
        expect(card).toBe(
          writeWithInterval(d.difference, figureKind(claim.metric, OPTIONS.scale), { change: true }, TYPESET),
        );
        // The headline quotes the card's very figures: "about 9,000 fewer … (95% interval 8,000 to 11,000)".
        const f = parts(card);
        if (claim.direction === 'unclear') {
          expect(shown).toContain(`(95% interval ${f.lo} to ${f.hi}`);
        } else {
          const [small, large] = claim.direction === 'down' ? [f.hi, f.lo] : [f.lo, f.hi];
          expect(shown).toContain(`about ${size(f.mean)}`);
          expect(shown).toContain(`(95% interval ${size(small)} to ${size(large)}`);
        }
      }
      // The payers it names: the cost table's figures for them.
      for (const claim of headline.payers) {
        const payer = claim.metric.slice('cost_'.length);
        const [cell] = await texts(
          page,
          `main cost-by-payer tr[data-payer="${payer}"] td[data-label="Change"]`,
        );
        const f = parts(cell ?? '');
        const [small, large] = claim.direction === 'down' ? [f.hi, f.lo] : [f.lo, f.hi];
        expect(shown).toContain(`about ${size(f.mean)}`);
        expect(shown).toContain(`(95% interval ${size(small)} to ${size(large)})`);
      }
      // Public spending and the cost to families: each card and its cost table row say the same.
      for (const key of ['public', 'family']) {
        const [row] = await texts(page, `main cost-by-payer tr[data-payer="${key}"] td[data-label="Change"]`);
        expect(row).toBe(await cardChange(`cost_${key}`));
      }

      // Every number in the headline is somewhere else on the page (cards, cost table, their captions).
      const rest = [
        ...(await texts(page, 'main headline-cards li')),
        ...(await texts(page, 'main cost-by-payer caption')),
        ...(await texts(page, 'main cost-by-payer tr')),
      ].join(' ');
      const elsewhere = new Set(numbersIn(rest));
      const missing = numbersIn(shown ?? '').filter((n) => !elsewhere.has(n));
      expect(missing, `numbers in the headline found nowhere else on the page:\n${shown}`).toEqual([]);

      await page.screenshot({ path: join(out, 'precision-results-1366.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      // The charts redraw for the new width a moment later; then nothing reaches past the edge.
      await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBe(390);
      await page.screenshot({ path: join(out, 'precision-results-390.png'), fullPage: true });
      await page.setViewportSize({ width: 1366, height: 768 });

      // The printed briefing: the same headline, the same cells, and its own figures for every number it quotes.
      await page.emulateMedia({ media: 'print' });
      const briefing = 'briefing-page article';
      await page.locator(briefing).waitFor();
      const [printed] = await texts(page, `${briefing} reform-headline p`);
      expect(printed).toBe(shown);
      for (const d of comparison.differences) {
        const row = await texts(page, `${briefing} table.outcomes tr[data-metric="${d.metric}"] td.change`);
        if (row.length === 0) continue;
        expect(row[0]).toBe(
          fitToQuote(comparison, d.metric).fit ? await cardChange(d.metric) : 'Not fit to quote',
        );
      }
      // The cost table's rows, payer by payer: the same figures, except that the briefing names a
      // change not fit to quote instead of giving it (and has no fit-to-quote column).
      const cells = async (where: string, payer: string) =>
        texts(page, `${where} cost-by-payer tr[data-payer="${payer}"] > :is(th, td):not(.quote)`);
      for (const d of comparison.differences.filter((x) => x.metric.startsWith('cost_'))) {
        const payer = d.metric.slice('cost_'.length);
        const onPage = await cells('main', payer);
        const printed = await cells(briefing, payer);
        expect(printed.slice(0, 3)).toEqual(onPage.slice(0, 3));
        expect(printed[3]).toBe(fitToQuote(comparison, d.metric).fit ? onPage[3] : 'Not fit to quote');
      }
      const briefingRest = [
        ...(await texts(page, `${briefing} table.outcomes`)),
        ...(await texts(page, `${briefing} cost-by-payer table`)),
        ...(await texts(page, `${briefing} .run`)),
      ].join(' ');
      const onBriefing = new Set(numbersIn(briefingRest));
      const missingOnBriefing = numbersIn(printed ?? '').filter((n) => !onBriefing.has(n));
      expect(missingOnBriefing, 'numbers in the briefing headline found nowhere else on it').toEqual([]);
      await page.locator(briefing).screenshot({ path: join(out, 'precision-briefing-1366.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator(briefing).screenshot({ path: join(out, 'precision-briefing-390.png') });
    } finally {
      await page.close();
    }
  });
});
