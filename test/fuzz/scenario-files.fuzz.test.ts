/**
 * Fuzz: malformed and extreme scenario files (issue 13, requirement 3). Whatever a file holds,
 * reading it ends in a scenario or in problems that each name the file, the field, what was
 * expected and what was found (never another kind of error); a file that reads is resolved
 * against its baseline, then either runs (at the smallest workload) with finite results or is
 * refused for its size; the CLI says the same with exit 0 or 1, no stack trace and nothing a
 * terminal would obey; the app's file picker never throws. See `fuzz-support.ts` for the number
 * of cases (`FUZZ_RUNS`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  METRICS,
  parseScenarioFile,
  type ResolvedScenario,
  RunSizeError,
  resolveScenario,
  runExperiment,
  ScenarioError,
  type ScenarioFile,
  ScenarioValidationError,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '../../packages/ui/src/editor/reform-draft.js';
import { sendsim } from '../cli/cli-harness.js';
import {
  expectMemoryBound,
  expectNoCrash,
  expectPrintable,
  expectShortLines,
  fuzzFolder,
  fuzzParameters,
  fuzzTimeout,
} from './fuzz-support.js';
import {
  extremeScenarioFile,
  type FuzzFile,
  fuzzFile,
  fuzzScenarioFile,
  type Json,
  shippedText,
  widenedTo,
} from './scenario-arbitraries.js';

/** The smallest run: about 200 children of the baseline for one year. */
const TINY = { seed: 1, replications: 1, years: 1, scale: 0.0001 } as const;
const TINY_ARGS = ['--scale', '0.0001', '--years', '1', '--reps', '1'] as const;

const BASELINE_TEXT = shippedText('baseline');
const BASELINE = parseScenarioFile(BASELINE_TEXT, 'baseline.json') as BaselineScenarioFile;

/** What became of a file: refused as invalid, read but too big to run, or run. */
/**
 * What became of a file: refused as read (`invalid`), refused before its run as too big, refused
 * by its run (`refused by its run`: money moved out of LA high needs beyond what they spend, which
 * only the run's ledger shows, so `validate` passes the file and `run` refuses it), or run.
 */
type Outcome = 'invalid' | 'too big' | 'refused by its run' | 'ran';

/** Expect `error` to be a scenario file's problems, each naming `file` and saying where, what and what not. */
function expectScenarioProblems(error: unknown, file: string): void {
  if (!(error instanceof ScenarioError)) throw error; // anything else is a defect: let it show
  const problems = error instanceof ScenarioValidationError ? error.errors : [error];
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(p.path.length, p.message).toBeGreaterThan(0);
    expect(p.expected.length, p.message).toBeGreaterThan(0);
    expect(p.found.length, p.message).toBeGreaterThan(0);
    expectShortLines(p.message, 'a scenario problem');
  }
}

/** Read, resolve and (when it reads) run `text` as sim-core does; what became of it. */
function outcomeInSimCore(text: string, file: string): Outcome {
  let scenario: ScenarioFile;
  try {
    scenario = parseScenarioFile(text, file);
  } catch (error) {
    expectScenarioProblems(error, file);
    return 'invalid';
  }
  let resolved: ResolvedScenario;
  try {
    resolved =
      scenario.kind === 'baseline'
        ? resolveScenario(scenario)
        : resolveScenario(scenario, scenario.baseline === 'baseline' ? BASELINE : undefined);
  } catch (error) {
    expectScenarioProblems(error, `${scenario.id}.json`);
    return 'invalid';
  }
  let result: ReturnType<typeof runExperiment>;
  try {
    result = runExperiment(resolved, TINY);
  } catch (error) {
    // More disputes in progress than plans, or more ringfenced money moved out of high needs than
    // they spend: a file whose figures cannot run together.
    if (error instanceof ScenarioError) {
      expect(error.message).toMatch(
        new RegExp(
          `^${resolved.id}\\.json: parameters\\["(population\\.|placement\\.waitingAtStart|cost\\.senSupportRingfenced)`,
        ),
      );
      return error.message.includes('parameters["cost.senSupportRingfenced"]')
        ? 'refused by its run'
        : 'invalid';
    }
    if (!(error instanceof RunSizeError)) throw error;
    expect(error.message).toContain(`${resolved.id}.json: parameters: expected a population`);
    return 'too big';
  }
  for (const row of [...result.series, ...result.costs]) {
    const { mean, lo, hi } = row.value;
    // A share or a mean wait of nothing (no plans issued in a year) is no number: "–" in a
    // table, null in JSON, empty in CSV. Every other figure is a number within its interval.
    const kind = 'metric' in row ? METRICS.find((m) => m.id === row.metric)?.kind : 'cost';
    if ((kind === 'share' || kind === 'meanDays') && Number.isNaN(mean)) {
      expect([lo, hi], JSON.stringify(row)).toEqual([Number.NaN, Number.NaN]);
      continue;
    }
    const ordered = lo <= mean && mean <= hi && Number.isFinite(lo) && Number.isFinite(hi);
    expect(ordered, JSON.stringify(row)).toBe(true);
  }
  return 'ran';
}

describe('fuzz: scenario files', () => {
  it(
    'sim-core reads every file to a scenario or to problems naming the file and field, and runs what it reads',
    () => {
      const seen: Record<Outcome, number> = { invalid: 0, 'too big': 0, 'refused by its run': 0, ran: 0 };
      fc.assert(
        fc.property(fuzzScenarioFile, ({ text }) => {
          seen[outcomeInSimCore(text, 'fuzz.json')]++;
          expectMemoryBound('a scenario file');
        }),
        fuzzParameters(80),
      );
      // The generators reach every outcome, so no branch is fuzzed vacuously.
      expect(seen.invalid).toBeGreaterThan(0);
      expect(seen.ran).toBeGreaterThan(0);
    },
    fuzzTimeout(80, 1_000),
  );

  it(
    'runs legal but extreme files, or refuses them with a clear reason',
    () => {
      const seen: Record<Outcome, number> = { invalid: 0, 'too big': 0, 'refused by its run': 0, ran: 0 };
      fc.assert(
        fc.property(extremeScenarioFile, ({ text }) => {
          seen[outcomeInSimCore(text, 'extreme.json')]++;
        }),
        // Beside what the seed draws, one file sure to be too big: whether the draws reach one
        // depends on the seed and on how many parameters the catalogue has.
        { ...fuzzParameters(30), examples: [[tooBigBaseline()]] },
      );
      expect(seen.ran).toBeGreaterThan(0);
      expect(seen['too big']).toBeGreaterThan(0);
    },
    fuzzTimeout(30, 2_000),
  );

  it(
    "the app's file picker never throws: a draft, or a message naming the file",
    () => {
      fc.assert(
        fc.property(fuzzScenarioFile, ({ text }) => {
          const loaded = loadDraft(text, 'upload.json', 'baseline');
          if (!loaded.ok) {
            expect(loaded.message.startsWith('upload.json'), loaded.message.slice(0, 300)).toBe(true);
            expectNoCrash(loaded.message, 'the file picker');
          }
        }),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 200),
  );

  it(
    'sendsim validate and run: exit 0 with valid output, or 1 naming the file, never a crash',
    async () => {
      const root = fuzzFolder('sendsim-fuzz-scenarios-');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fuzzScenarioFile, fc.boolean(), async ({ text }, ownName) => {
          // Each case in a folder of its own, beside a copy of the real baseline (which a
          // baseline case replaces), named by its id when it has one, or deliberately not.
          const dir = join(root, `case-${n++}`);
          mkdirSync(dir);
          writeFileSync(join(dir, 'baseline.json'), BASELINE_TEXT);
          const id = /"id":\s*"([a-z0-9-]{1,60})"/.exec(text)?.[1];
          const name = ownName && id !== undefined ? `${id}.json` : 'fuzz-case.json';
          writeFileSync(join(dir, name), text);
          const expected = outcomeInSimCore(text, name);

          const validate = await sendsim(['validate', name], dir);
          expectPrintable(validate.stdout + validate.stderr, 'validate');
          expectNoCrash(validate.stderr, 'validate');
          expectShortLines(validate.stderr, 'validate');
          expect([0, 1], validate.stderr).toContain(validate.code);
          if (validate.code === 0) {
            expect(validate.stdout).toMatch(
              new RegExp(`^ok ${name.replace(/\./g, '\\.')} \\((baseline|reform) `),
            );
          } else {
            expect(validate.stderr.startsWith(`invalid ${name}`), validate.stderr.slice(0, 300)).toBe(true);
          }
          // The CLI reads as sim-core does, and also insists that a file's id is its name.
          if (expected === 'invalid' || name === 'fuzz-case.json') expect(validate.code).toBe(1);
          if (validate.code !== 0) return;

          const run = await sendsim(['run', name, ...TINY_ARGS, '--format', 'json'], dir);
          expectPrintable(run.stdout + run.stderr, 'run');
          expectNoCrash(run.stderr, 'run');
          if (expected === 'ran') {
            expect(run.code, run.stderr).toBe(0);
            expect((JSON.parse(run.stdout) as { meta: { scenario: string } }).meta.scenario).toBe(id);
          } else {
            expect(run.code, run.stderr).toBe(1);
            expect(run.stderr).toMatch(/^sendsim: [a-z0-9-]+\.json: /);
          }
          expectMemoryBound('sendsim validate and run');
        }),
        fuzzParameters(25),
      );
    },
    fuzzTimeout(25, 3_000),
  );
});

/** The shipped baseline with every child of England, 20 million a year of age, and needs arising at the legal maximum. */
function tooBigBaseline(): FuzzFile {
  const baseline = JSON.parse(shippedText('baseline')) as {
    parameters: Record<string, Record<string, Json>>;
  };
  const set = (key: string, value: number) => {
    baseline.parameters[key] = widenedTo(baseline.parameters[key]!, value);
  };
  set('population.cohortSize', 2e7);
  for (const band of ['age0to4', 'age5to10', 'age11to15']) set(`need.onsetRate.${band}`, 1);
  return fuzzFile(JSON.stringify(baseline), 'baseline: population.cohortSize=2e7, onset rates 1');
}
