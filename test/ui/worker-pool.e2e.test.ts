/**
 * The replication pool in Chromium: a comparison and a sensitivity analysis run with the pool
 * forced to one worker (`?workers=1`) and to three (`?workers=3`) give byte-identical results,
 * and both are exactly what sim-core gives in Node (`runExperiment` + `compareExperiments`, as
 * `sendsim compare` prints; `runSensitivity`, as `sendsim sensitivity` prints). The pool starts
 * as many workers as it is asked for, the address keeps `workers` after a run rewrites it, and
 * the link to share leaves it out (it says how this page runs, not what it runs).
 */
import { readFileSync } from 'node:fs';
import {
  type BaselineScenarioFile,
  compareCsv,
  compareExperiments,
  type ExperimentResult,
  type ParameterKey,
  type ReformScenarioFile,
  runExperiment,
  runSensitivity,
  sensitivityCsv,
} from '@send-sim/sim-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, readScenario } from '../sim-core/load-scenario.js';
import { haveChromium, setUp, useAppInChromium } from './browser-harness.js';

/** In the order the library lists them (by name), which is the order they are compared in. */
const REFORMS = ['workforce-strategy', 'early-help-investment'];
const options = { seed: 2, replications: 3, years: 2, scale: 0.002 };
/** Each chosen for the sensitivity analysis (neither is skipped), against the first reform. */
const PARAMETERS: readonly ParameterKey[] = ['la.assessProbability', 'ep.assessmentsPerFtePerYear'];
const METRIC = 'cost_public';

/** What the page holds after the comparison, and what it downloads. */
interface RunInBrowser {
  readonly results: string;
  readonly comparisonCsv: string;
  readonly sensitivityCsv: string;
  /** Pool workers started for the comparison, then for the sensitivity analysis. */
  readonly started: readonly [number, number];
}

/** The comparison, in Node, as the app's results hold it (per-replication values left out). */
function comparisonInNode() {
  const [baseline, ...reforms] = ['baseline', ...REFORMS].map((id) =>
    runExperiment(loadScenario(id), options),
  );
  const summary = ({ replications: _, ...rest }: ExperimentResult) => rest;
  const comparisons = reforms.map((reform) => compareExperiments(baseline!, reform));
  return { baseline: summary(baseline!), reforms: reforms.map(summary), comparisons };
}

async function download(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe.skipIf(!haveChromium)('the replication pool in Chromium', () => {
  const app = useAppInChromium();

  async function runWith(workers: number): Promise<RunInBrowser> {
    const page = await app.openPage(`?workers=${workers}`);
    try {
      const started: string[] = [];
      page.on('worker', (worker) => started.push(worker.url()));
      // Every job runs in the one worker script; on this page only the pool starts workers.
      const poolWorkers = () => started.filter((url) => url.includes('simulation-worker')).length;

      await setUp(page, REFORMS, {
        seed: String(options.seed),
        replications: String(options.replications),
        years: String(options.years),
        scale: String(options.scale),
      });
      await page.locator('run-controls #run').click();
      await page.locator('export-bar').waitFor({ timeout: 120_000 });
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('done');
      const comparisonWorkers = poolWorkers();

      // The address keeps the pool's size; the link to share does not carry it.
      expect(new URL(page.url()).searchParams.get('workers')).toBe(String(workers));
      const link = await page.locator('share-link #link').inputValue();
      expect(new URL(link).searchParams.has('workers')).toBe(false);
      expect(new URL(link).searchParams.get('reforms')).toBe(REFORMS.join(','));

      const results = await page
        .locator('export-bar')
        .evaluate((el) => JSON.stringify((el as unknown as { results: unknown }).results));
      const comparisonCsv = await download(page, page.locator('export-bar #download-comparison'));

      const panel = page.locator('sensitivity-panel');
      await panel.locator('#sens-target').selectOption(REFORMS[0]!);
      await panel.locator('#sens-outcome').selectOption(METRIC);
      await panel.locator('input[name="sens-set"][value="chosen"]').check();
      await panel.locator('#sens-untick').click();
      for (const key of PARAMETERS)
        await panel.locator(`input[name="sens-parameter"][value="${key}"]`).check();
      await panel.locator('#sens-run').click();
      await panel.locator('#sens-result').waitFor({ timeout: 120_000 });
      await expect(panel.locator('#sens-status').getAttribute('data-state')).resolves.toBe('done');
      const sensitivity = await download(page, panel.locator('#sens-csv'));

      return {
        results,
        comparisonCsv,
        sensitivityCsv: sensitivity,
        started: [comparisonWorkers, poolWorkers() - comparisonWorkers],
      };
    } finally {
      await page.close();
    }
  }

  it('gives byte-identical results with one worker and with three, equal to sim-core in Node', async () => {
    const one = await runWith(1);
    const three = await runWith(3);
    // 9 comparison jobs and 30 sensitivity jobs: each pool starts exactly the workers asked for.
    expect(one.started).toEqual([1, 1]);
    expect(three.started).toEqual([3, 3]);

    const node = comparisonInNode();
    expect(one.results).toBe(three.results);
    expect(one.results).toBe(JSON.stringify(node));
    expect(one.comparisonCsv).toBe(three.comparisonCsv);
    expect(one.comparisonCsv).toBe(compareCsv(node.comparisons));

    const analysis = runSensitivity(
      {
        baseline: readScenario('baseline') as BaselineScenarioFile,
        reform: readScenario(REFORMS[0]!) as ReformScenarioFile,
        metric: METRIC,
        parameters: PARAMETERS,
      },
      options,
    );
    expect(one.sensitivityCsv).toBe(three.sensitivityCsv);
    expect(one.sensitivityCsv).toBe(sensitivityCsv(analysis));
  });

  it('names a workers value it cannot use, and runs nothing from that link', async () => {
    const page = await app.openPage('?workers=0&reforms=early-help-investment&seed=1');
    try {
      const problems = page.locator('share-link #link-problems');
      await expect(problems.textContent()).resolves.toContain(
        'Link parameter "workers": expected a whole number of workers from 1 to 8, found "0".',
      );
      await expect(page.locator('send-app #status').getAttribute('data-state')).resolves.toBe('idle');
    } finally {
      await page.close();
    }
  });
});
