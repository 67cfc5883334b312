/**
 * The headline led by an outcome the reader chooses, in Chromium (issue 11: the headline and the
 * briefing can lead with an outcome for families, not only the usual order): after a run, the
 * "Lead each headline with" choice rewrites every reform's headline as sim-core writes it in
 * Node with that lead, and the printed briefing leads with it and charts it; "the usual order"
 * brings the usual headline back. Screenshots at 1366 and 390 wide, neither scrolling sideways.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareExperiments, METRICS, runExperiment, writeHeadline } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { TYPESET } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, setUp, useAppInChromium } from './browser-harness.js';

const REFORM = 'early-help-investment';
// Ten replications: the headline quotes only results fit to quote, which needs at least ten.
const OPTIONS = { seed: 1, replications: 10, years: 2, scale: 0.002 };
// Fit to quote in this run (sendsim compare --lead checks the same at these settings).
const LEAD = 'mean_trust_sen_families';

describe.skipIf(!haveChromium)('a headline led by a chosen outcome, in Chromium', () => {
  const app = useAppInChromium();

  it('rewrites the headline and the briefing to lead with the chosen outcome, as sim-core writes it', async () => {
    const comparison = compareExperiments(
      runExperiment(loadScenario('baseline'), OPTIONS),
      runExperiment(loadScenario(REFORM), OPTIONS),
    );
    const usual = writeHeadline(comparison, TYPESET).text;
    const led = writeHeadline(comparison, TYPESET, { lead: LEAD });
    expect(led.outcomes[0]?.metric).toBe(LEAD);
    expect(led.text).not.toBe(usual);
    const page = await app.openPage();
    const shots = join(root, 'test-results');
    mkdirSync(shots, { recursive: true });
    try {
      await setUp(page, [REFORM], {
        seed: String(OPTIONS.seed),
        replications: String(OPTIONS.replications),
        years: String(OPTIONS.years),
        scale: String(OPTIONS.scale),
      });
      await page.locator('run-controls #run').click();
      const headline = page.locator('main reform-headline p.headline');
      await headline.waitFor({ timeout: 120_000 });
      await expect(headline.textContent()).resolves.toBe(usual);

      const choice = page.locator('main headline-lead select');
      await choice.selectOption(LEAD);
      await expect.poll(() => headline.textContent()).toBe(led.text);
      for (const w of [
        { name: '1366', width: 1366, height: 768 },
        { name: '390', width: 390, height: 844 },
      ]) {
        await page.setViewportSize({ width: w.width, height: w.height });
        await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBe(w.width);
        await page
          .locator('main headline-lead')
          .screenshot({ path: join(shots, `headline-lead-${w.name}.png`) });
        await page
          .locator('main reform-headline')
          .screenshot({ path: join(shots, `headline-led-${w.name}.png`) });
      }
      await page.setViewportSize({ width: 1366, height: 768 });

      // The printed briefing leads with it too, and charts it.
      await page.evaluate('window.print = () => {};');
      await page.locator('export-bar #print-briefing').click();
      await page.emulateMedia({ media: 'print' });
      const briefing = page.locator('briefing-page article');
      await briefing.waitFor();
      await expect(briefing.locator('reform-headline p').textContent()).resolves.toBe(led.text);
      await expect(briefing.locator('h2').first().textContent()).resolves.toBe(
        METRICS.find((m) => m.id === LEAD)!.label,
      );
      await page.emulateMedia({ media: 'screen' });

      // The usual order again.
      await choice.selectOption({ index: 0 });
      await expect.poll(() => headline.textContent()).toBe(usual);
    } finally {
      await page.close();
    }
  });
});
