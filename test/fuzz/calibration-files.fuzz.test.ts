/**
 * Fuzz: the calibration files the CLI reads (issue 13, requirement 3): a targets file
 * (`calibrate --targets`) and a calibration report (`describe --calibration`). Whatever they
 * hold, sim-core reads targets to a list or to an error naming the file and the field; the CLI
 * ends with exit 0 and output that parses, or exit 1 naming the file, with no stack trace and
 * nothing a terminal would obey.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalibrationTargets, ScenarioError } from '@send-sim/sim-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendsim, tempDir } from '../cli/cli-harness.js';
import {
  expectMemoryBound,
  expectNoCrash,
  expectPrintable,
  expectShortLines,
  fuzzFolder,
  fuzzParameters,
  fuzzTimeout,
} from './fuzz-support.js';
import { editedJsonFile, type FuzzFile, fuzzFile, fuzzValue, type Json } from './scenario-arbitraries.js';

/** A few published targets as the shared file writes them (periods of every kind). */
const TARGETS: Json[] = [
  {
    metric: 'ehcp_stock_all_ages',
    period: 'Jan 2019',
    value: 354_000,
    unit: 'plans',
    tolerance: 0.05,
    source: 'SEN2',
    status: 'V',
  },
  {
    metric: 'ehcp_stock_all_ages',
    period: 'Jan 2020',
    value: 390_100,
    unit: 'plans',
    tolerance: 0.05,
    source: 'SEN2',
    status: 'V',
  },
  {
    metric: 'initial_requests',
    period: 'CY 2019',
    value: 82_400,
    unit: 'requests',
    tolerance: 0.1,
    source: 'SEN2',
    status: 'V',
  },
  {
    metric: 'tribunal_appeals_registered',
    period: 'AY 2019/20',
    value: 8_000,
    unit: 'appeals',
    tolerance: 0.15,
    source: 'TSQ',
    status: 'V',
  },
  {
    metric: 'share_plans_within_20_weeks',
    period: 'CY 2019',
    value: 0.6,
    unit: 'share',
    tolerance: 0.05,
    toleranceIsAbsolute: true,
    source: 'SEN2',
    status: 'V',
  },
];

/** A period: well formed in every kind (any year, near or far), or not quite. */
const period = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom('Jan', 'CY', 'AY', 'FY'), fc.integer({ min: 2017, max: 2024 }))
      .map(([kind, year]) =>
        kind === 'Jan' || kind === 'CY'
          ? `${kind} ${year}`
          : `${kind} ${year}/${String((year + 1) % 100).padStart(2, '0')}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Jan 1900',
      'Jan 2068',
      'Jan 2069',
      'CY 2069',
      'Jan 2070',
      'Jan 9999',
      'AY 2022/24',
      'FY 2099/00',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Jan 19', 'jan 2020', 'Q1 2020', '2020', '', 'CY 2020 ', 'AY 2020/2021'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A target row: the real fields with some values replaced, deleted or added. */
const targetRow: fc.Arbitrary<Json> = fc
  .record({
    base: fc.constantFrom(...TARGETS),
    period,
    // Most rows as published; some with a field changed or gone.
    changes: fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.tuple(
            fc.constantFrom(
              'metric',
              'period',
              'value',
              'unit',
              'tolerance',
              'toleranceIsAbsolute',
              'source',
              'status',
              'extra',
            ),
            fc.option(fuzzValue, { nil: undefined }),
          ),
          { minLength: 1, maxLength: 2 },
        ),
      },
    ),
  })
  .map(({ base, period: p, changes }) => {
    const row: Record<string, Json> = { ...(base as Record<string, Json>), period: p };
    for (const [key, value] of changes) {
      if (value === undefined) delete row[key];
      else row[key] = value;
    }
    return row;
  });

/** A targets file: rows of targets, or something else entirely, perhaps broken as text. */
const targetsFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      // Now and then a row that is not an object at all (null, a number, a list).
      .array(
        fc.oneof(
          { weight: 12, arbitrary: targetRow },
          { weight: 1, arbitrary: fc.constantFrom<Json>(null, 0, 'a row', [], [TARGETS[0]!]) },
          { weight: 1, arbitrary: fuzzValue },
        ),
        { maxLength: 5 },
      )
      .map((targets) =>
        fuzzFile(JSON.stringify({ targets }), `rows ${JSON.stringify(targets).slice(0, 300)}`),
      ),
  },
  {
    weight: 2,
    arbitrary: editedJsonFile(new Map([['targets.json', { about: 'test', targets: TARGETS } as Json]])),
  },
  {
    weight: 1,
    arbitrary: fuzzValue.map((value) =>
      fuzzFile(JSON.stringify({ targets: value }) ?? 'null', `targets ${String(value).slice(0, 80)}`),
    ),
  },
);

const TINY = ['--scale', '0.0001', '--reps', '1'] as const;

/** Expect a CLI run to end clearly: 0, or 1 with a one-line reason naming `file`. */
function expectClear(r: { code: number; stdout: string; stderr: string }, file: string, what: string): void {
  expectPrintable(r.stdout + r.stderr, what);
  expectNoCrash(r.stderr, what);
  expectShortLines(r.stderr, what);
  expect([0, 1], `${what}: ${r.stderr}`).toContain(r.code);
  if (r.code === 1) expect(r.stderr, what).toContain(file);
}

describe('fuzz: calibration files', () => {
  it(
    'sim-core reads a targets file to targets, or to an error naming the file and the field',
    () => {
      fc.assert(
        fc.property(targetsFile, ({ text }) => {
          try {
            const targets = parseCalibrationTargets(text, 'targets.json');
            for (const t of targets) expect(Number.isFinite(t.value) && t.tolerance > 0).toBe(true);
          } catch (error) {
            if (!(error instanceof ScenarioError)) throw error;
            expect(error.file).toBe('targets.json');
            expect(error.found.length).toBeGreaterThan(0);
            expectShortLines(error.message, 'a targets problem');
          }
        }),
        // Tried first, every run: files that are not lists of objects at all.
        {
          ...fuzzParameters(300),
          examples: [
            'null',
            '[]',
            '{"targets":null}',
            '{"targets":[null]}',
            '{"targets":[{}]}',
            '{"targets":[1,"x"]}',
          ].map((text) => [fuzzFile(text, text)]),
        },
      );
    },
    fuzzTimeout(300, 200),
  );

  it(
    'sendsim calibrate --targets: a backtest report that parses, or exit 1 naming the file',
    async () => {
      const root = fuzzFolder('sendsim-fuzz-targets-');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(targetsFile, fc.constantFrom('json', 'csv'), async ({ text }, format) => {
          const dir = join(root, `case-${n++}`);
          mkdirSync(dir);
          writeFileSync(join(dir, 'targets.json'), text);
          const r = await sendsim(
            ['calibrate', '--targets', 'targets.json', ...TINY, '--format', format],
            dir,
          );
          expectClear(r, 'targets.json', 'calibrate');
          if (r.code === 0 && format === 'json') {
            const report = JSON.parse(r.stdout) as { rows: unknown[]; summary: { targets: number } };
            expect(report.rows.length).toBe(report.summary.targets);
          }
          if (r.code === 0 && format === 'csv') expect(r.stdout.split('\n')[0]).toContain(',');
          expectMemoryBound('calibrate');
        }),
        fuzzParameters(8),
      );
    },
    fuzzTimeout(8, 5_000),
  );

  describe('sendsim describe --calibration', () => {
    let report: Json;
    let reportDir = '';
    afterAll(() => rmSync(reportDir, { recursive: true, force: true }));
    beforeAll(async () => {
      const dir = tempDir('sendsim-fuzz-report-');
      reportDir = dir;
      writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: TARGETS }));
      const r = await sendsim(['calibrate', '--targets', 'targets.json', ...TINY, '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      report = JSON.parse(r.stdout) as Json;
    });

    it(
      'reads any report to a description, or exits 1 naming the file',
      async () => {
        const root = fuzzFolder('sendsim-fuzz-describe-');
        let n = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.constant(null).chain(() => editedJsonFile(new Map([['report.json', report]]))),
            fc.constantFrom('table', 'json'),
            async ({ text }, format) => {
              const dir = join(root, `case-${n++}`);
              mkdirSync(dir);
              writeFileSync(join(dir, 'report.json'), text);
              const r = await sendsim(
                ['describe', 'baseline', '--calibration', 'report.json', '--format', format],
                dir,
              );
              expectClear(r, 'report.json', 'describe');
              if (r.code === 0 && format === 'json') JSON.parse(r.stdout);
              if (r.code === 0 && format === 'table') expect(r.stdout).toContain('## 9. Calibration');
            },
          ),
          fuzzParameters(40),
        );
      },
      fuzzTimeout(40, 2_000),
    );
  });
});
