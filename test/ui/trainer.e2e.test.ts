/**
 * Trainer mode end to end in Chromium: the statechart drawn from the xstate machine shows
 * every state of the support and redress regions by its plain-English label; Play, Pause and
 * Step move the clock, and the running cost by payer equals the money sim-core books in Node
 * for the same scenario, seed and scale up to that month; Space plays and pauses; the story
 * walks from step 1 to 6 and ends on the cost change by payer with 95% intervals. At its
 * defaults (10 years), the story's narration says what the run shows, read against the same
 * runs in Node, and every step plays to its end without a page error, with frames stamped
 * before Play was pressed as Chromium may stamp them (the step-6 "reading 'slice'" error).
 * Screenshots go to test-results/: each story step at 1366×768 and at 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  clearDirection,
  createJourneyMachine,
  JOURNEY_STATE_LABELS,
  journeyGraph,
  PAYERS,
  runExperiment,
  Simulation,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyFromExperiments } from '../../packages/ui/src/story/story-comparison.js';
import { STORY_REFORM } from '../../packages/ui/src/story/story-content.js';
import { runningWords } from '../../packages/ui/src/story/story-running.js';
import { formatChangeWithInterval, formatSize } from '../../packages/ui/src/text/format.js';
import { loadScenario } from '../sim-core/load-scenario.js';
import { haveChromium, root, SEVERAL_RUNS, useAppInChromium } from './browser-harness.js';

const options = { seed: 1, years: 2, scale: 0.002 };
const shots = join(root, 'test-results');

async function openTrainer(page: Page): Promise<void> {
  await page.locator('page-nav a[href="#trainer"]').click();
  await page.locator('trainer-mode #prepare').waitFor();
  for (const [name, value] of Object.entries({ ...options, replications: 2 })) {
    await page.locator(`trainer-mode input[name="${name}"]`).fill(String(value));
  }
}

/** Pounds spent by each payer in months 0 … month − 1, as sim-core books them in Node, weighted. */
function spentInNode(month: number): Record<string, number> {
  const baseline = loadScenario('baseline');
  const out = new Simulation({
    params: baseline.params,
    startDate: baseline.startDate,
    replication: 0,
    ...options,
  }).run();
  const spent: Record<string, number> = { public: 0, total: 0 };
  PAYERS.forEach((payer, p) => {
    let pounds = 0;
    for (let m = 0; m < month; m++) pounds += (out.costsByMonth[p]![m]! / 100) * (1 / options.scale);
    spent[payer] = pounds;
    if (payer !== 'family') spent.public! += pounds;
    spent.total! += pounds;
  });
  return spent;
}

describe.skipIf(!haveChromium)('trainer mode in Chromium', () => {
  const app = useAppInChromium();

  it('draws every state, plays, pauses and steps, with the running cost sim-core books in Node', async () => {
    const page = await app.openPage();
    try {
      await openTrainer(page);
      // Every leaf of the drawn regions, by its label, straight from the machine definition.
      const graph = journeyGraph(createJourneyMachine(loadScenario('baseline').params));
      for (const region of graph.regions.filter((r) => r.name === 'support' || r.name === 'redress')) {
        for (const state of region.states) {
          const node = page.locator(
            `statechart-view g.node[data-region="${region.name}"][data-state="${state.id}"]`,
          );
          await expect(node.locator('title').textContent()).resolves.toContain(
            JOURNEY_STATE_LABELS[region.name]![state.id]!,
          );
        }
      }
      await expect(page.locator('statechart-view path.edge').count()).resolves.toBeGreaterThan(20);

      await page.locator('trainer-mode #prepare').click();
      const date = page.locator('trainer-view #date');
      await date.waitFor({ timeout: 60_000 });
      await expect(date.getAttribute('data-month')).resolves.toBe('0');
      await expect(date.textContent()).resolves.toBe('January 2023');
      // Public spending and the cost to families side by side; no column adds the two.
      const total = page.locator('trainer-view running-cost [data-payer="public"]');
      await expect(total.getAttribute('data-pounds')).resolves.toBe('0');
      await expect(page.locator('trainer-view running-cost [data-payer="total"]').count()).resolves.toBe(0);
      await expect(page.locator('trainer-view running-cost th').allTextContents()).resolves.toEqual(
        expect.arrayContaining([
          expect.stringContaining('Public spending'),
          expect.stringContaining('Cost to families'),
        ]),
      );

      // Play at 16× for a moment, then pause: the clock has moved on and the cost has ticked up.
      await page.locator('trainer-view input[name="speed"][value="16"]').check();
      await page.locator('trainer-view #play').click();
      await expect(page.locator('trainer-view #play').textContent()).resolves.toContain('Pause');
      await page.waitForTimeout(700);
      await page.screenshot({ path: join(shots, 'trainer-playing.png'), fullPage: true });
      await page.locator('trainer-view #play').click();
      const month = Number(await date.getAttribute('data-month'));
      expect(month).toBeGreaterThan(0);
      // Paused, every dot sits in its state at the month start: none is drawn mid-move.
      await expect(page.locator('trainer-view circle.dot.moving').count()).resolves.toBe(0);
      expect(month).toBeLessThan(24);
      const expected = spentInNode(month);
      for (const payer of [...PAYERS, 'public']) {
        const shown = await page
          .locator(`trainer-view running-cost [data-payer="${payer}"]`)
          .getAttribute('data-pounds');
        expect(Number(shown), payer).toBe(expected[payer]);
      }
      expect(expected.public).toBeGreaterThan(0);
      expect((await page.locator('trainer-view #summary').textContent())?.trim()).toMatch(
        /^[A-Z][a-z]+ 202\d: [\d,]+ children on SEN support, [\d,]+ waiting for early help, [\d,]+ waiting for an educational psychologist/,
      );

      // Step: exactly one month on, and the running cost follows.
      await page.locator('trainer-view #step').click();
      await expect(date.getAttribute('data-month')).resolves.toBe(String(month + 1));
      expect(Number(await total.getAttribute('data-pounds'))).toBe(spentInNode(month + 1).public);

      // Space plays and pauses while focus is on the statechart.
      await page.locator('trainer-view statechart-view').focus();
      await page.keyboard.press('Space');
      await expect(page.locator('trainer-view #play').textContent()).resolves.toContain('Pause');
      await page.keyboard.press('Space');
      await expect(page.locator('trainer-view #play').textContent()).resolves.toContain('Play');
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'trainer-paused.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('with reduced motion preferred, plays month by month with no dot gliding', async () => {
    const page = await app.openPage();
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openTrainer(page);
      await page.locator('trainer-mode #prepare').click();
      await page.locator('trainer-view #date').waitFor({ timeout: 60_000 });
      await page.locator('trainer-view input[name="speed"][value="16"]').check();
      await page.locator('trainer-view #play').click();
      let moving = 0;
      for (let i = 0; i < 10; i++) {
        moving += await page.locator('trainer-view statechart-view circle.dot.moving').count();
        await page.waitForTimeout(60);
      }
      await page.locator('trainer-view #play').click();
      expect(moving).toBe(0);
      expect(Number(await page.locator('trainer-view #date').getAttribute('data-month'))).toBeGreaterThan(0);
      await expect(page.locator('trainer-view statechart-view circle.dot').count()).resolves.toBeGreaterThan(
        100,
      );
    } finally {
      await page.close();
    }
  });

  it('walks the story from step 1 to step 6, every figure from the runs', async () => {
    const page = await app.openPage();
    try {
      await openTrainer(page);
      await page.locator('trainer-mode #prepare-story').click();
      const position = page.locator('story-mode #story-position');
      await position.waitFor({ timeout: 90_000 });
      await expect(position.textContent()).resolves.toBe('Step 1 of 6');
      await expect(page.locator('story-mode #back').isDisabled()).resolves.toBe(true);
      for (let step = 2; step <= 6; step++) {
        await page.locator('story-mode #next').click();
        await expect(position.textContent()).resolves.toBe(`Step ${step} of 6`);
        const narration = (await page.locator('story-mode #narration').textContent()) ?? '';
        expect(narration).not.toMatch(/[{}]|NaN|undefined/);
        if (step === 4) await page.screenshot({ path: join(shots, 'story-step-4.png'), fullPage: true });
      }
      await expect(page.locator('story-mode #next').isDisabled()).resolves.toBe(true);
      await expect(page.locator('story-mode #narration').textContent()).resolves.toMatch(/95% interval/);
      const changes = await page
        .locator('story-mode cost-by-payer tbody td[data-label="Change"]')
        .allInnerTexts();
      // A row per payer, public spending, and public spending plus cost to families.
      expect(changes).toHaveLength(PAYERS.length + 2);
      for (const change of changes) expect(change).toMatch(/95% interval|\(no interval\)/);
      await page.screenshot({ path: join(shots, 'story-step-6.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it(
    'at its defaults, tells what the run shows, and plays every step to its end without an error',
    SEVERAL_RUNS,
    async () => {
      const page = await app.browser().newPage({ viewport: { width: 1366, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Chromium stamps a frame when it begins, so a frame can carry a time from before the click
      // that pressed Play: here every frame does, by 16 ms.
      await page.addInitScript({
        content: `{
        const request = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) => request((time) => callback(time - 16));
      }`,
      });
      try {
        await page.goto(`${app.url()}#trainer`);
        await page.locator('trainer-mode #prepare-story').waitFor();
        const defaults = { seed: '1', years: '10', scale: '0.0025', replications: '12' };
        for (const [name, value] of Object.entries(defaults)) {
          await expect(page.locator(`trainer-mode input[name="${name}"]`).inputValue()).resolves.toBe(value);
        }
        const started = performance.now();
        await page.locator('trainer-mode #prepare-story').click();
        const position = page.locator('story-mode #story-position');
        await position.waitFor({ timeout: 10 * 60_000 });
        console.log(`The default story was ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

        // The same runs in Node: the paired comparison over 12 replications of 10 years.
        const options = { seed: 1, years: 10, scale: 0.0025, replications: 12 };
        const baseline = runExperiment(loadScenario('baseline'), options);
        const reform = runExperiment(loadScenario(STORY_REFORM), options);
        const story = storyFromExperiments(baseline, reform);
        // The year the running total of public spending turns into a saving, worked out here from the replications.
        let turn: number | undefined;
        const running = new Array<number>(options.replications).fill(0);
        baseline.years.forEach((year, y) => {
          for (let r = 0; r < options.replications; r++) {
            running[r]! +=
              reform.replications[r]!.costs.public[y]! - baseline.replications[r]!.costs.public[y]!;
          }
          const mean = running.reduce((a, b) => a + b, 0) / running.length;
          if (mean >= 0) turn = undefined;
          else turn ??= year;
        });

        mkdirSync(shots, { recursive: true });
        const narration = page.locator('story-mode #narration');
        const date = page.locator('story-mode trainer-view #date');
        for (let step = 1; step <= 6; step++) {
          if (step > 1) await page.locator('story-mode #next').click();
          await expect(position.textContent()).resolves.toBe(`Step ${step} of 6`);
          const text = (await narration.textContent()) ?? '';
          expect(text, `step ${step}`).not.toMatch(/[{}]|NaN|undefined/);
          if (step === 5) {
            expect(text).toContain(
              runningWords('crisis_events', story.running.crisis_events, story.comparison.reform.scale),
            );
            const crises = story.running.crisis_events.years.at(-1)!.difference;
            expect(text).toContain(
              `Over all 10 years: ${formatChangeWithInterval('flow', crises, story.comparison.reform.scale)} crises`,
            );
          }
          if (step === 6) {
            expect(text).toContain(
              runningWords(
                'cost_public',
                story.running.cost_public,
                story.comparison.reform.scale,
                story.running.cost_family,
              ),
            );
            // What a trainer says out loud, against the run: it costs more first, then saves.
            expect(turn).toBeDefined();
            expect(text).toContain(`The running total turns into a saving in ${turn}`);
            const first = story.running.cost_public.years[0]!;
            expect(text).toContain(
              `In 2023, its first year, the reform costs the public purse ${formatSize('money', first.difference, story.comparison.reform.scale)} more`,
            );
            // The verdict is the run's own (the project's rule for a clear change), whichever it is.
            const whole = story.comparison.differences.find((d) => d.metric === 'cost_public')!.difference;
            const basis = { reps: story.comparison.reform.reps, scale: story.comparison.reform.scale };
            const verdict = clearDirection(whole, 'cost_public', basis) === 'unclear' ? 'not clear' : 'clear';
            expect(text).toContain(
              `Public spending over all 10 years: ${formatChangeWithInterval('money', whole, story.comparison.reform.scale)}, ${verdict}`,
            );
          }
          await page.screenshot({ path: join(shots, `story-step-${step}-1366.png`), fullPage: true });
          // Play the step to its end at the fastest speed (from its end, Play starts again at month 0).
          await page.locator('story-mode trainer-view input[name="speed"][value="64"]').check();
          await page.locator('story-mode trainer-view #play').click();
          await expect(page.locator('story-mode trainer-view #play').textContent()).resolves.toContain(
            'Pause',
          );
          await expect
            .poll(() => page.locator('story-mode trainer-view #play').textContent(), { timeout: 30_000 })
            .toContain('Play');
          await expect(date.getAttribute('data-month')).resolves.toBe('120');
          expect(errors, `playing step ${step}`).toEqual([]);
        }

        // The same steps on a phone, back to the first.
        await page.setViewportSize({ width: 390, height: 844 });
        for (let step = 6; step >= 1; step--) {
          if (step < 6) await page.locator('story-mode #back').click();
          await expect(position.textContent()).resolves.toBe(`Step ${step} of 6`);
          await page.screenshot({ path: join(shots, `story-step-${step}-390.png`), fullPage: true });
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
