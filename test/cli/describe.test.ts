import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCoverage } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { sendsim, tempDir } from './cli-harness.js';

const ODD_HEADINGS = [
  '## 1. Purpose and users',
  '## 2. Entities, state variables and scales',
  '## 3. Process overview and scheduling',
  '## 4. Design concepts',
  '## 5. Initialisation',
  '## 6. Input data',
  '## 7. Submodels',
  '## 8. Parameters with sources',
  '## 9. Calibration',
  '## 10. Known limits',
  '## 11. What the founding documents ask for',
];

/** The cells of a markdown table row: split on pipes that are not escaped, dropping the outer edges. */
function cells(line: string): string[] {
  return line.split(/(?<!\\)\|/).slice(1, -1);
}

/** Every markdown table in `text`, as its lines (header, rule, rows). */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      current.push(line);
    } else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** A small calibration report, as `sendsim calibrate --format json` writes one. */
const REPORT = {
  meta: {
    scenario: 'baseline',
    scenarioName: 'England today (baseline)',
    seed: 1,
    reps: 2,
    years: 5,
    scale: 0.01,
    startDate: '2023-01-01',
    modelVersion: '0.1.0',
    targetsFile: 'calibration-targets.json',
  },
  rows: [
    {
      target: {
        metric: 'ehcp_stock_all_ages',
        period: 'Jan 2023',
        value: 517000,
        unit: 'plans',
        tolerance: 0.05,
        source: 'SEN2 2023',
        status: 'V',
      },
      model: { mean: 520000, lo: 510000, hi: 530000 },
      error: 3000,
      score: 0.12,
      status: 'pass',
      note: 'stock in January',
    },
    {
      target: {
        metric: 'tribunal_share_upheld',
        period: 'AY 2022/23',
        value: 0.98,
        unit: 'share',
        tolerance: 0.02,
        toleranceIsAbsolute: true,
        source: 'Tribunal statistics | SEND',
        status: 'V2',
      },
      model: null,
      error: null,
      score: null,
      status: 'not evaluated',
      note: 'the model has no measure for this target',
    },
  ],
  summary: {
    targets: 2,
    evaluated: 1,
    passed: 1,
    shareOfAll: 0.5,
    shareOfEvaluated: 1,
    ehcpStocksAllPass: true,
  },
};

describe('sendsim describe', () => {
  it('writes markdown with the ODD sections in order', async () => {
    const r = await sendsim(['describe', 'baseline']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# .+: model description\n/);
    expect(r.stdout).toContain('## How to read this');
    const lines = r.stdout.split('\n');
    const at = ODD_HEADINGS.map((h) => lines.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      `headings found at ${at.join(', ')}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines.filter((l) => /^## \d+\. /.test(l))).toEqual(ODD_HEADINGS);
  });

  it('states how the free parameters were fitted, from the baseline file', async () => {
    const r = await sendsim(['describe', 'baseline']);
    const fit = r.stdout.split('\n').find((l) => l.startsWith('**How the free parameters were fitted.**'));
    expect(fit).toBeDefined();
    expect(fit).toMatch(/History matching, then CMA-ES/);
    expect(fit).toMatch(/did not rule out \d+/);
    expect(fit).toMatch(/targets pass/);
    expect(fit).toContain('`la.assessProbability`');
  });

  it('lists ep.workforceFte with its value and source title', async () => {
    const r = await sendsim(['describe', 'baseline']);
    const row = r.stdout.split('\n').find((l) => l.startsWith('| `ep.workforceFte` |'));
    expect(row).toBeDefined();
    expect(row).toContain('3,500');
    expect(row).toContain('Educational psychologists in England (BPS-funded), via mirror page');
    expect(row).toContain('(D)');
    const assumption = r.stdout.split('\n').find((l) => l.startsWith('| `need.escalationStep` |'));
    expect(assumption).toContain('Assumption: ');
  });

  it('writes only well-formed tables: every row has as many cells as its header', async () => {
    const r = await sendsim(['describe', 'no-tribunal-placement-orders']);
    expect(r.code).toBe(0);
    const all = tables(r.stdout);
    expect(all.length).toBeGreaterThan(10);
    for (const table of all) {
      const width = cells(table[0]!).length;
      expect(table[1]).toMatch(/^\|( -+:? \|)+$/);
      for (const line of table) expect(cells(line), line).toHaveLength(width);
    }
    const changed = r.stdout.split('\n').find((l) => l.startsWith('| `redress.placementOrders` |'));
    expect(changed).toContain('lever `tribunalPowers`');
  });

  it('lists every ask in the founding documents with the levers that serve it, or why it is not modelled', async () => {
    const r = await sendsim(['describe', 'baseline']);
    const coverage = seedCoverage();
    const section = r.stdout.slice(r.stdout.indexOf('## 11. What the founding documents ask for'));
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Ask') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(coverage.asks.length);
    for (const [i, ask] of coverage.asks.entries()) {
      const row = rows[i]!;
      expect(row, ask.id).toContain(`(\`${ask.id}\`)`);
      for (const lever of ask.levers) expect(row, ask.id).toContain(`(\`${lever.id}\`)`);
      if (ask.status === 'notModelled') expect(row, ask.id).toContain(ask.notModelled!.slice(0, 40));
    }
    const advice = rows.find((l) => l.includes('`nnpcf-review-forum-funding`'));
    expect(advice).toContain('lever Independent advice and parent carer forums (`independentAdvice`)');
  });

  it('prints the description as JSON with --format json', async () => {
    const r = await sendsim(['describe', 'baseline', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as {
      overview: { scenario: { id: string } };
      parameters: { groups: Array<{ rows: Array<{ key: string }> }> };
      calibration: { rows: unknown };
      limits: unknown[];
      seedAsks: { asks: Array<{ id: string; levers: Array<{ id: string }> }> };
    };
    expect(d.seedAsks.asks.map((a) => a.id)).toEqual(seedCoverage().asks.map((a) => a.id));
    expect(
      d.seedAsks.asks.find((a) => a.id === 'nnpcf-review-coproduction')?.levers.map((l) => l.id),
    ).toContain('transparencyAndCoproduction');
    expect(d.overview.scenario.id).toBe('baseline');
    expect(d.parameters.groups.flatMap((g) => g.rows).some((row) => row.key === 'ep.workforceFte')).toBe(
      true,
    );
    expect(d.calibration.rows).toBeNull();
    expect(d.limits.length).toBeGreaterThan(0);
  });

  it('refuses --format csv with a usage error', async () => {
    const r = await sendsim(['describe', 'baseline', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('describe supports markdown (table) and json');
  });

  it('says how to produce a calibration report when none is given', async () => {
    const r = await sendsim(['describe', 'baseline']);
    const section = r.stdout.slice(r.stdout.indexOf('## 9. Calibration'), r.stdout.indexOf('## 10.'));
    expect(section).toContain('sendsim calibrate');
  });

  it('names a missing --calibration file and exits 1', async () => {
    const dir = tempDir();
    const r = await sendsim(['describe', 'baseline', '--calibration', 'missing-report.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('missing-report.json');
    expect(r.stderr).toContain('no such file');
  });

  it('names a --calibration file that is not a report and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-report.json'), JSON.stringify({ rows: [] }));
    const r = await sendsim(['describe', 'baseline', '--calibration', 'not-a-report.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not-a-report.json');
    expect(r.stderr).toContain('summary');
  });

  it("lists a calibration report's rows", async () => {
    const dir = tempDir();
    const file = join(dir, 'calibration.json');
    writeFileSync(file, JSON.stringify(REPORT, null, 2));
    const r = await sendsim(['describe', 'baseline', '--calibration', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## 9. Calibration'), r.stdout.indexOf('## 10.'));
    expect(section).toContain('1 of 2 targets pass');
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('`ehcp_stock_all_ages`');
    expect(rows[0]).toContain('517,000 plans');
    expect(rows[0]).toContain('pass');
    expect(rows[1]).toContain('not evaluated');
    expect(rows[1]).toContain('Tribunal statistics \\| SEND'); // a pipe in a cell is escaped
    const json = JSON.parse(
      (await sendsim(['describe', 'baseline', '--calibration', file, '--format', 'json'])).stdout,
    ) as {
      calibration: { rows: unknown[] };
    };
    expect(json.calibration.rows).toEqual(REPORT.rows);
  });

  it('writes the document to --out', async () => {
    const dir = tempDir();
    const r = await sendsim(['describe', 'baseline', '--out', 'model.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('wrote model.md');
  });

  it('refuses an --out that is its --calibration report (found by the fuzz suite)', async () => {
    const dir = tempDir();
    const report = `${JSON.stringify(REPORT, null, 2)}\n`;
    writeFileSync(join(dir, 'calibration.json'), report);
    const r = await sendsim(
      ['describe', 'baseline', '--calibration', 'calibration.json', '--out', 'calibration.json'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '--out calibration.json: expected a file the command does not read, found calibration.json',
    );
    expect(readFileSync(join(dir, 'calibration.json'), 'utf8')).toBe(report);
  });
});
