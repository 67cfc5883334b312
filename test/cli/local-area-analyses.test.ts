/**
 * `sendsim describe`, `sensitivity`, `sweep` and `psa` with `--area FILE` (issue 11,
 * requirement 6): each is the area's (its baseline, one-to-one, area-sized numbers), a reform's
 * levers act on every changed baseline as `compare --area` has them act, a broken area file gives
 * the error `run --area` gives, and `--scale` is refused. Runs are tiny (1–2 years, 2
 * replications or draws, one parameter): the area, Staffordshire, is about 1% of England.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

const EXAMPLE = 'areas/staffordshire.json';
const AREA = ['--area', EXAMPLE] as const;
const TINY = ['--years', '2', '--reps', '2'] as const;
/** A sweep of the area's EP workforce over two values, one year, two replications. */
const SWEEP_EP = [
  'sweep',
  'baseline',
  '--metric',
  'ehcp_stock_all_ages',
  '--param',
  'ep.workforceFte',
  '--values',
  '30,60',
  ...AREA,
  '--years',
  '1',
  '--reps',
  '2',
] as const;
/** Staffordshire's EHC plans in January 2022 (SEN2), the area file's `ehcPlans`. */
const AREA_PLANS = 6437;

interface Estimate {
  mean: number;
  lo: number;
  hi: number;
}

/** An area file with one figure broken, and the error every command must give for it. */
function brokenArea(): { file: string; error: string } {
  const data = JSON.parse(readFileSync(join(REPO_ROOT, EXAMPLE), 'utf8'));
  data.figures.ehcPlans.value = -3;
  const file = join(tempDir(), 'area.json');
  writeFileSync(file, JSON.stringify(data));
  return {
    file,
    error:
      'figures.ehcPlans.value: expected a number of EHC plans in force (SEN2, January), from 1 to 2000000, found -3',
  };
}

describe('describe --area', () => {
  it("describes the area's baseline: its own plans, and which parameters were derived from the national value", async () => {
    const r = await sendsim(['describe', 'baseline', ...AREA]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Local area: Staffordshire');
    expect(r.stdout).toContain(`sendsim describe baseline --area ${EXAMPLE}`);
    expect(r.stdout).toMatch(/Not in its file, so the national value × the area's share of England \(1\.25%/);
    // Section 8 holds the area's value, not England's.
    expect(r.stdout).toContain(
      '| `population.ehcpStock` | EHC plans in force at the start date, all ages 0–25. | 6,437 |',
    );

    const json = JSON.parse((await sendsim(['describe', 'baseline', ...AREA, '--format', 'json'])).stdout);
    expect(json.area.name).toBe('Staffordshire');
    expect(json.area.derivedParameters).toContain('ep.workforceFte');
    expect(json.area.fromFile).toContain('population.ehcpStock');
  });

  it('without --area is the national description', async () => {
    const r = await sendsim(['describe', 'baseline']);
    expect(r.stdout).not.toContain('## Local area');
    expect(r.stdout).not.toContain(
      '| `population.ehcpStock` | EHC plans in force at the start date, all ages 0–25. | 6,437 |',
    );
  });
});

describe('sensitivity --area', () => {
  it("is the reform's effect in the area: its central result is compare --area's paired change", async () => {
    const metric = 'ep_wait_days';
    const r = await sendsim([
      'sensitivity',
      'baseline',
      'workforce-strategy',
      '--metric',
      metric,
      '--params',
      'ep.workforceFte',
      ...AREA,
      ...TINY,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.area.name).toBe('Staffordshire');
    expect(data.baseline.scale).toBe(1);
    // The area's EP workforce is varied over its own range (the national 3,500 FTE × its share).
    const row = data.rows[0];
    expect(row.key).toBe('ep.workforceFte');
    expect(row.value).toBeGreaterThan(30);
    expect(row.value).toBeLessThan(60);
    // The workforce strategy's added FTE are the area's share of England's: as compare --area has them.
    const compare = JSON.parse(
      (await sendsim(['compare', 'baseline', 'workforce-strategy', ...AREA, ...TINY, '--format', 'json']))
        .stdout,
    );
    const paired = compare.reforms[0].comparison.find((d: { metric: string }) => d.metric === metric);
    expect(data.central).toEqual(paired.difference);
  });

  it('says in the table that it is the area, its baseline made the area’s', async () => {
    const r = await sendsim([
      'sensitivity',
      'baseline',
      '--metric',
      'ehcp_stock_all_ages',
      '--params',
      'ep.workforceFte',
      ...AREA,
      '--years',
      '1',
      '--reps',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Local area: Staffordshire (E10000028)');
    expect(r.stdout).toContain('one-to-one for Staffordshire');
    expect(r.stdout).toMatch(
      /scenarios\/baseline\.json made Staffordshire's by\s+areas\/staffordshire\.json/,
    );
    expect(r.stdout).not.toContain('England), model');
    // Where each parameter's value comes from is the area's description, not England's.
    expect(r.stdout).toMatch(
      /sendsim describe\s+scenarios\/baseline\.json\s+--area\s+areas\/staffordshire\.json\./,
    );
    // Settings to quote are more replications alone: --scale with --area would be refused.
    expect(r.stdout).toMatch(/fit to quote \(an estimate from this run's spread\): --reps \d+\s/);
    expect(r.stdout).not.toMatch(/--scale\s+1/);
    // The area's derived EP workforce reads to six significant figures, not every digit it has.
    expect(r.stdout).toMatch(/ep\.workforceFte: baseline \d{2}\.\d{4} FTE/);
    expect(r.stdout).not.toMatch(/\d\.\d{7,}/);
  });
});

describe('sweep --area', () => {
  it("sweeps the area's parameter and gives area-sized results, recorded for rerun", async () => {
    const out = join(tempDir(), 'sweep.json');
    const r = await sendsim([...SWEEP_EP, '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.area.name).toBe('Staffordshire');
    expect(data.baseline.scale).toBe(1);
    // Plans in force after a year: the area's thousands, not England's hundreds of thousands.
    for (const row of data.rows as Array<{ result: Estimate }>) {
      expect(row.result.mean).toBeGreaterThan(AREA_PLANS * 0.9);
      expect(row.result.mean).toBeLessThan(AREA_PLANS * 1.4);
    }
    expect(data.manifest.inputs).toEqual([
      expect.objectContaining({ path: `--area ${EXAMPLE}`, file: EXAMPLE }),
    ]);
    // The points file belongs to this area: its header records the file's hash and scale 1.
    const header = JSON.parse(readFileSync(`${out}.points.jsonl`, 'utf8').split('\n')[0]!);
    expect(header.options.scale).toBe(1);
    expect(header.options.area).toMatch(/^[0-9a-f]{64}$/);
    const again = await sendsim(['rerun', out]);
    expect(again.stderr).toContain('reproduced');
    expect(again.code).toBe(0);
  });

  it('says in the table that the figures are the area’s', async () => {
    const r = await sendsim([...SWEEP_EP]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Local area: Staffordshire (E10000028)');
    expect(r.stdout).toContain("Staffordshire's figures (every child simulated)");
    expect(r.stdout).not.toContain('national figures');
  });
});

describe('psa --area', () => {
  it("draws the area's baseline and re-resolves the reform on each draw, area-sized", async () => {
    const r = await sendsim([
      'psa',
      'baseline',
      'workforce-strategy',
      '--draws',
      '2',
      '--metric',
      'ehcp_stock_all_ages',
      ...AREA,
      '--years',
      '1',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.area.name).toBe('Staffordshire');
    expect(data.baseline.scale).toBe(1);
    expect(data.level.spread.mean).toBeGreaterThan(AREA_PLANS * 0.9);
    expect(data.level.spread.mean).toBeLessThan(AREA_PLANS * 1.4);
    // The area's drawn EP workforce: its own range, not England's 2,800 to 4,200 FTE.
    const ep = data.parameters.findIndex((p: { key: string }) => p.key === 'ep.workforceFte');
    for (const draw of data.samples as number[][]) expect(draw[ep]).toBeLessThan(100);
  });
});

describe('--area errors', () => {
  const commands: ReadonlyArray<readonly string[]> = [
    ['describe', 'baseline'],
    ['sensitivity', 'baseline', '--metric', 'crisis_events', ...TINY],
    [
      'sweep',
      'baseline',
      '--metric',
      'crisis_events',
      '--param',
      'ep.workforceFte',
      '--values',
      '30,60',
      ...TINY,
    ],
    ['psa', 'baseline', '--draws', '2', ...TINY],
  ];

  it.each(commands)('%s: a broken area file gives the clear error run --area gives', async (...argv) => {
    const { file, error } = brokenArea();
    const r = await sendsim([...argv, '--area', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(error);
    expect(r.stdout).toBe('');
  });

  it.each(commands.slice(1))('%s: --scale with --area is refused, as in run', async (...argv) => {
    const r = await sendsim([...argv, ...AREA, '--scale', '0.01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--area runs the local area one-to-one (scale 1, every child simulated): leave out --scale',
    );
  });
});
