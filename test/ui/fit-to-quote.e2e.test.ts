/**
 * Fit to quote, as a reader meets it in Chromium (issue 12, requirement 2): before a run the
 * page estimates how long the chosen settings would take; after it, every card says whether its
 * change is fit to quote in sim-core's words (`fitToQuote`, `quoteWords`) and, when not, what
 * would make it so; a summary states the rule, counts what passes and offers settings, each
 * with an estimated run time, that a button puts in the run options; the headline and the
 * printed briefing quote only results that pass and say so of the rest. Every expectation is
 * computed in Node from the same comparison, so the page must agree with sim-core word for word.
 * Screenshots at 1366×768 and 390×844 go to test-results/.
 * Set-up (build, serve, Chromium) is in browser-harness.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Comparison,
  compareExperiments,
  FIT_TO_QUOTE_RULE,
  fitToQuote,
  quoteWords,
  runExperiment,
  settingsToQuote,
  writeHeadline,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD_GROUPS } from '../../packages/ui/src/comparison/card-groups.js';
import { HEADLINE_METRICS } from '../../packages/ui/src/comparison/headline-metrics.js';
import { RUN_LIMITS } from '../../packages/ui/src/comparison/run-options.js';
import { estimateText, REFERENCE_SPEED } from '../../packages/ui/src/comparison/run-time-estimate.js';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'no-tribunal-placement-orders';
/**
 * Enough replications to quote, at a scale small enough that some cards are not fit (tribunal
 * appeals among the headline outcomes: too few simulated appeals), so the page has both kinds,
 * over years for which some run on offer would make every card fit, so the page offers settings
 * to click (model 0.27.0 over 5 years: none would, as the baseline's wait for a special place is
 * too short for its change to be known to a tenth of it; over 6, a scale of 0.034).
 */
const OPTIONS = { seed: 1, replications: 10, years: 6, scale: 0.001 };
const shots = join(root, 'test-results');
const CARD_IDS = [...HEADLINE_METRICS, ...CARD_GROUPS.flatMap((g) => g.metrics)].map((m) => m.id);

function comparisonInNode(options: typeof OPTIONS): Comparison {
  return compareExperiments(
    runExperiment(loadScenario('baseline'), options),
    runExperiment(loadScenario(REFORM), options),
  );
}

/** Text as a reader reads it: runs of layout white space folded (no-break spaces kept). */
const read = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/** "about 35 s …" or "about 3 min …" in seconds, to compare two estimates. */
function seconds(text: string): number {
  const m = /about (\d+) (s|min)/.exec(text);
  expect(m, `an estimate in ${text}`).not.toBeNull();
  return Number(m![1]) * (m![2] === 'min' ? 60 : 1);
}

async function runWith(page: Page, options: typeof OPTIONS): Promise<void> {
  await setUp(page, [REFORM], {
    seed: String(options.seed),
    replications: String(options.replications),
    years: String(options.years),
    scale: String(options.scale),
  });
  await page.locator('run-controls #run').click();
  await page.locator('main quote-summary #fit-count').waitFor({ timeout: 180_000 });
}

describe.skipIf(!haveChromium)(
  'fit to quote: on the cards, in a summary, in the headline and the briefing',
  () => {
    const app = useAppInChromium();

    it('estimates the run time before a run, from a stated reference and then from the run just done', async () => {
      const page = await app.openPage();
      try {
        await setUp(page, [REFORM], { replications: '10', years: '5', scale: '0.002' });
        const size = { scenarios: 2, replications: 10, years: 5, scale: 0.002 };
        await expect(read(page, 'run-controls #run-estimate')).resolves.toBe(
          `Estimated run time: ${estimateText(size, REFERENCE_SPEED)}.`,
        );
        // Twice the replications, about twice the time (each estimate is rounded as it is said).
        const before = seconds(await read(page, 'run-controls #run-estimate'));
        await page.locator('run-controls input[name="replications"]').fill('20');
        const doubled = seconds(await read(page, 'run-controls #run-estimate'));
        expect(doubled / before).toBeGreaterThan(1.5);
        expect(doubled / before).toBeLessThan(2.6);
        // An option out of range: no estimate, and why.
        await page.locator('run-controls input[name="replications"]').fill('500');
        await expect(read(page, 'run-controls #run-estimate')).resolves.toBe(
          'Fix the run options to see how long the run would take.',
        );
        await page.locator('run-controls input[name="replications"]').fill('10');
        await page.locator('run-controls #run').click();
        await page.locator('main quote-summary').waitFor({ timeout: 180_000 });
        // After a run the estimate is this computer's own.
        await expect(read(page, 'run-controls #run-estimate')).resolves.toMatch(
          /^Estimated run time: about \d+ (s|min) on this computer, at the speed of your last run\.$/,
        );
      } finally {
        await page.close();
      }
    });

    it("marks each card fit to quote or not in sim-core's words, suggests settings, and quotes only what passes", async () => {
      const comparison = comparisonInNode(OPTIONS);
      const verdicts = new Map(CARD_IDS.map((id) => [id, fitToQuote(comparison, id)]));
      // The run must give both kinds of card, or the test would prove little.
      expect([...verdicts.values()].some((v) => v.fit)).toBe(true);
      expect([...verdicts.values()].some((v) => !v.fit)).toBe(true);
      const headline = writeHeadline(comparison, TYPESET);
      expect(headline.notQuoted.length).toBeGreaterThan(0);

      const page = await app.openPage();
      mkdirSync(shots, { recursive: true });
      try {
        await page.setViewportSize({ width: 1366, height: 768 });
        await runWith(page, OPTIONS);

        // Every card says what sim-core says of it; a card that is not fit says what would make it so.
        for (const [id, v] of verdicts) {
          const card = `main section[data-reform="${REFORM}"] headline-cards li[data-metric="${id}"]`;
          await expect(read(page, `${card} .quote`), id).resolves.toBe(quoteWords(v, TYPESET).text);
          await expect(page.locator(card).getAttribute('data-fit-to-quote')).resolves.toBe(
            v.fit ? 'yes' : 'no',
          );
          if (!v.fit) {
            await expect(read(page, `${card} .quote-fix`), id).resolves.toMatch(
              /^(About .*(replications|a scale of [\d.]+ \(1 simulated child = .*children\)).* should make it fit to quote\.|No run this page offers .*)$/,
            );
          } else {
            await expect(page.locator(`${card} .quote-fix`).count()).resolves.toBe(0);
          }
        }

        // The summary states the rule and counts the cards and cost rows that pass.
        await expect(read(page, 'main quote-summary #fit-rule')).resolves.toBe(FIT_TO_QUOTE_RULE);
        const results = [
          ...CARD_IDS,
          ...comparison.differences.filter((d) => d.metric.startsWith('cost_')).map((d) => d.metric),
        ];
        const unique = [...new Set(results)];
        const passing = unique.filter((id) => fitToQuote(comparison, id).fit).length;
        expect(
          settingsToQuote(
            unique.map((id) => fitToQuote(comparison, id)),
            RUN_LIMITS,
          ).reachable,
          'some run on offer must make every result fit, or the page offers no settings to click: choose OPTIONS where one does',
        ).toBe(true);
        await expect(read(page, 'main quote-summary #fit-count')).resolves.toContain(
          `${passing} of ${unique.length} results on this page`,
        );

        // The headline is sim-core's, and quotes no figure of a result that is not fit.
        await expect(read(page, 'main reform-headline p.headline')).resolves.toBe(headline.text);
        expect(headline.text).toContain(
          'Not fit to quote from this run, so not given here: the change in tribunal appeals',
        );

        // The cost table says which changes are fit to quote.
        for (const d of comparison.differences.filter((x) => x.metric.startsWith('cost_'))) {
          const payer = d.metric.slice('cost_'.length);
          const cell = await read(page, `main cost-by-payer tr[data-payer="${payer}"] td.quote`);
          const v = fitToQuote(comparison, d.metric);
          expect(cell).toBe(
            v.fit ? 'Yes' : quoteWords(v, TYPESET).text.replace(/^Not fit to quote: /, 'No: '),
          );
        }

        await page.screenshot({ path: join(shots, 'fit-to-quote-1366.png'), fullPage: true });
        await page
          .locator('main quote-summary')
          .screenshot({ path: join(shots, 'fit-to-quote-summary-1366.png') });
        await page.setViewportSize({ width: 390, height: 844 });
        await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBe(390);
        await page
          .locator('main quote-summary')
          .screenshot({ path: join(shots, 'fit-to-quote-summary-390.png') });
        await page
          .locator(`main section[data-reform="${REFORM}"] .card-group[data-group="waits"]`)
          .screenshot({ path: join(shots, 'fit-to-quote-waits-390.png') });
        await page.setViewportSize({ width: 1366, height: 768 });

        // A suggested way, with its run time; its button puts it in the run options, and nothing runs.
        const way = page.locator('main quote-summary #fit-ways li').first();
        await expect(way.textContent()).resolves.toMatch(/about \d+ (s|min|h)/);
        const reps = await way.getAttribute('data-replications');
        const scale = await way.getAttribute('data-scale');
        await way.locator('button').click();
        await expect(page.locator('run-controls input[name="replications"]').inputValue()).resolves.toBe(
          reps,
        );
        await expect(page.locator('run-controls input[name="scale"]').inputValue()).resolves.toBe(scale);
        await expect(read(page, 'main #status')).resolves.toBe('Done.');

        // The printed briefing: a change not fit to quote is named, never given.
        await page.emulateMedia({ media: 'print' });
        const briefing = 'briefing-page article';
        await page.locator(briefing).waitFor();
        await expect(read(page, `${briefing} reform-headline p`)).resolves.toBe(headline.text);
        for (const m of HEADLINE_METRICS.filter((x) => x.kind !== 'money')) {
          const v = verdicts.get(m.id)!;
          const cell = await read(page, `${briefing} table.outcomes tr[data-metric="${m.id}"] td.change`);
          if (v.fit) expect(cell).toMatch(/95% interval|no interval/);
          else expect(cell).toBe('Not fit to quote');
        }
        for (const d of comparison.differences.filter((x) => x.metric.startsWith('cost_'))) {
          const payer = d.metric.slice('cost_'.length);
          const cell = await read(
            page,
            `${briefing} cost-by-payer tr[data-payer="${payer}"] td[data-label="Change"]`,
          );
          // A payer the reform does not touch differs by exactly £0 in every replication: no interval to give.
          if (fitToQuote(comparison, d.metric).fit) expect(cell).toMatch(/95% interval|no interval/);
          else expect(cell).toBe('Not fit to quote');
        }
        await expect(read(page, `${briefing} .run`)).resolves.toContain(FIT_TO_QUOTE_RULE);
        await page.locator(briefing).screenshot({ path: join(shots, 'fit-to-quote-briefing.png') });
      } finally {
        await page.close();
      }
    });

    it('says plainly that nothing is fit to quote from too few replications, and how many would do', async () => {
      const few = { ...OPTIONS, replications: 3, years: 2 };
      const comparison = comparisonInNode(few);
      const page = await app.openPage();
      try {
        await runWith(page, few);
        await expect(read(page, 'main reform-headline p.headline')).resolves.toBe(
          writeHeadline(comparison, TYPESET).text,
        );
        await expect(read(page, 'main reform-headline p.headline')).resolves.toContain(
          'is fit to quote from this run: it has 3 replications, and quoting needs at least 10.',
        );
        await expect(read(page, 'main quote-summary #fit-missing')).resolves.toBe(
          'None is fit to quote: the run has 3 replications, and quoting needs at least 10.',
        );
        await expect(read(page, 'main quote-summary #fit-count')).resolves.toMatch(/^0 of \d+ results/);
        await expect(page.locator('main headline-cards li[data-fit-to-quote="yes"]').count()).resolves.toBe(
          0,
        );
      } finally {
        await page.close();
      }
    });
  },
);
