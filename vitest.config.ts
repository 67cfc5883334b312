/**
 * The tests in three projects, so a developer can run the fast set in seconds and the rest when
 * it matters (`pnpm test:unit`, `test:model`, `test:e2e`; `pnpm test` and `check` run all three):
 *
 * - unit: everything not listed below: the parts, tested without running the simulation; the
 *   slowest files (random streams and portable maths, with hundreds of thousands of draws and
 *   inputs) take about a second and a half.
 * - model: whole simulations at test scale (reform directions, CLI commands, multi-replication
 *   runs, the differential test against xstate, calibration backtests), each file from about a
 *   second to a minute.
 * - e2e: the web app built, served and driven in Chromium (`test/ui/*.e2e.test.ts`).
 *
 * A file is a model test because of what it runs, measured: a new test file that runs the
 * simulation for more than about a second belongs in MODEL_TESTS.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const E2E_TESTS = ['test/ui/*.e2e.test.ts'];

const MODEL_TESTS = [
  'test/reforms/direction.test.ts',
  'test/reforms/advocacy-and-trust.test.ts',
  'test/sim-core/journey-differential.test.ts',
  'test/sim-core/engine-invariants.test.ts',
  'test/sim-core/common-random-numbers.test.ts',
  'test/sim-core/sensitivity.test.ts',
  'test/sim-core/sweep.test.ts',
  'test/sim-core/local-areas.test.ts',
  'test/sim-core/placement-distance.test.ts',
  'test/sim-core/honest-intervals.test.ts',
  'test/sim-core/stock-counts.test.ts',
  'test/sim-core/family-outcomes.test.ts',
  'test/sim-core/suspensions.test.ts',
  'test/cli/compare-lead.test.ts',
  'test/sim-core/policy-phases.test.ts',
  'test/sim-core/divergent-children.test.ts',
  'test/sim-core/ep-backlog-response.test.ts',
  'test/sim-core/council-responses.test.ts',
  'test/sim-core/dsg-deficit.test.ts',
  'test/sim-core/multi-trace.test.ts',
  'test/sim-core/post-plan-pathway.test.ts',
  'test/sim-core/leaving-education.test.ts',
  'test/sim-core/trace.test.ts',
  'test/sim-core/early-years-notification.test.ts',
  'test/sim-core/journey-graph.test.ts',
  'test/sim-core/place-commissioning.test.ts',
  'test/sim-core/special-places-at-start.test.ts',
  'test/cli/local-area-analyses.test.ts',
  'test/sim-core/primary-need.test.ts',
  'test/sim-core/plan-severity-at-start.test.ts',
  'test/cli/local-area.test.ts',
  'test/sim-core/need-history.test.ts',
  'test/sim-core/parental-preference.test.ts',
  'test/calibration/plan-severity-start.test.ts',
  'test/calibration/start-pipelines.test.ts',
  'test/calibration/post16-at-start.test.ts',
  'test/sim-core/request-withdrawal.test.ts',
  'test/sim-core/public-and-family-costs.test.ts',
  'test/sim-core/delivery-costs.test.ts',
  'test/ui/replication-jobs.test.ts',
  'test/ui/trainer-playback.test.ts',
  'test/ui/story-narration.test.ts',
  'test/calibration/exclusion-rates.test.ts',
  'test/calibration/need-mix.test.ts',
  'test/calibration/new-plans-by-age.test.ts',
  'test/sim-core/plan-holder-need-at-start.test.ts',
  'test/calibration/holdout.test.ts',
  'test/calibration/recorded-result.test.ts',
  'test/calibration/start-invariance.test.ts',
  'test/calibration/start-in-motion.test.ts',
  'test/cli/bin-build.test.ts',
  'test/cli/bin.test.ts',
  'test/cli/calibrate.test.ts',
  'test/cli/compare.test.ts',
  'test/cli/local-backend.test.ts',
  'test/cli/parallel.test.ts',
  'test/cli/partitioned-run.test.ts',
  'test/cli/redis-backend.test.ts',
  'test/cli/redis-calibration-fit.test.ts',
  'test/cli/rerun.test.ts',
  'test/cli/run.test.ts',
  'test/cli/sensitivity.test.ts',
  'test/cli/psa.test.ts',
  'test/cli/sweep.test.ts',
  'test/cli/trace.test.ts',
  'test/fuzz/calibration-files.fuzz.test.ts',
  'test/fuzz/cli-arguments.fuzz.test.ts',
  'test/fuzz/scenario-files.fuzz.test.ts',
];

// A renamed or deleted file must not drop out of the model project into the unit one unnoticed.
for (const file of MODEL_TESTS) {
  if (!existsSync(join(import.meta.dirname, file))) throw new Error(`vitest.config.ts: no test file ${file}`);
}

export default defineConfig({
  test: {
    // One seed for every property test (FC_SEED to change it): the suite is reproducible.
    setupFiles: ['test/fast-check-seed.ts'],
    // Property tests and multi-replication runs are CPU-bound; the default 5 s is too tight on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A file per CPU at a time. Vitest's own default is one fewer than the CPUs, which on the
    // project's 2-core machine ran the whole suite one file after another: 1,115 s, against 879 s
    // two at a time with the app built once for the e2e files (7 December 2026). Not more than the
    // CPUs: most files are CPU-bound.
    maxWorkers: availableParallelism(),
    // `extends: true`: each project takes the options above (the seed's setup file and the timeouts).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...MODEL_TESTS, ...E2E_TESTS],
          // The files run one after another in each worker without a fresh module graph each:
          // importing sim-core once per worker instead of once per file more than halves the CPU
          // time of the set. Safe because unit files stub nothing and put back what they change
          // (worker-count.test.ts restores SENDSIM_WORKERS); a file that cannot belongs in `model`.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'model', include: MODEL_TESTS } },
      // A browser test's simulations run in Chromium's workers, which on CI share two cores with
      // the model tests: one took over three times as long there as alone. Its time limit is a
      // guard against a hang, so it is wider (tests that run several simulations: SEVERAL_RUNS).
      // The app is built once for the project (`build-app-once.ts`) and each file serves it.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E_TESTS,
          testTimeout: 300_000,
          globalSetup: ['test/ui/build-app-once.ts'],
        },
      },
    ],
  },
});
