/**
 * `sendsim run/compare --area FILE` and `sendsim validate` on a local-area file: the area runs
 * one-to-one (its own plans, not England's), says which figures were derived, and a broken file
 * is explained by field. Runs are tiny (2 years, 2 replications; the area is about 1% of England).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

const EXAMPLE = 'areas/staffordshire.json';
const TINY = ['--years', '2', '--reps', '2'] as const;

describe('sendsim and a local area', () => {
  it('validate recognises the worked example and says what was derived', async () => {
    const r = await sendsim(['validate', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'ok areas/staffordshire.json (local area Staffordshire E10000028, starts 2022-01-01',
    );
    expect(r.stdout).toContain('from the national value × its share 1.25%: pupils, senSupportPupils');
  });

  it('validate explains a broken area file by field, with the nearest name', async () => {
    const dir = tempDir();
    const data = JSON.parse(readFileSync(join(REPO_ROOT, EXAMPLE), 'utf8'));
    data.figures.epFTE = { value: 40, source: "council's own figure" };
    data.figures.ehcPlans.value = -3;
    writeFileSync(join(dir, 'area.json'), JSON.stringify(data));
    const r = await sendsim(['validate', join(dir, 'area.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'figures.ehcPlans.value: expected a number of EHC plans in force (SEN2, January), from 1 to 2000000, found -3',
    );
    expect(r.stderr).toContain('figures.epFTE: expected no such field (did you mean "epFte"?');
  });

  it("run --area simulates the area one-to-one: its own 6,437 plans at the start, not England's", async () => {
    const r = await sendsim(['run', 'baseline', '--area', EXAMPLE, ...TINY, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.area.name).toBe('Staffordshire');
    expect(out.area.derivedFigures).toContain('epFte');
    expect(out.meta.scale).toBe(1);
    const start = out.series.find(
      (s: { metric: string; year: number }) => s.metric === 'ehcp_stock_all_ages' && s.year === 2022,
    );
    expect(start.value.mean).toBeGreaterThan(6300);
    expect(start.value.mean).toBeLessThan(6600);
  });

  it('compare --area runs a reform on the area and says so in the table', async () => {
    const r = await sendsim(['compare', 'baseline', 'workforce-strategy', '--area', EXAMPLE, ...TINY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Local area: Staffordshire (E10000028)');
    expect(r.stdout).toContain('one-to-one for Staffordshire');
    expect(r.stdout).not.toContain('100% of England');
  });

  it("a result's manifest records the area file and its start, and rerun makes the same result", async () => {
    const dir = tempDir();
    const out = join(dir, 'area-run.json');
    const r = await sendsim([
      'run',
      'baseline',
      '--area',
      EXAMPLE,
      '--years',
      '1',
      '--reps',
      '2',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const { manifest } = JSON.parse(readFileSync(out, 'utf8'));
    expect(manifest.startDate).toBe('2022-01-01');
    expect(manifest.inputs).toEqual([
      expect.objectContaining({
        path: `--area ${EXAMPLE}`,
        file: EXAMPLE,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const again = await sendsim(['rerun', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('reproduced');
  });

  it('--area with --scale is refused: an area runs one-to-one', async () => {
    const r = await sendsim(['run', 'baseline', '--area', EXAMPLE, '--scale', '0.01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--area runs the local area one-to-one (scale 1, every child simulated): leave out --scale',
    );
  });
});
