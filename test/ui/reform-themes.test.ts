/**
 * The reform picker's groups and the page's plain words (reform themes, scale, calibration
 * target names), without a browser: every library reform has a theme and a one-sentence
 * summary, so none falls to "Other reforms"; the scale is said as whole children or "about" two
 * figures; every published calibration target has a plain name. (Run-time estimates:
 * run-time-estimate.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVERS } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { hasTargetLabel } from '../../packages/ui/src/calibration/calibration-labels.js';
import { REFORM_THEMES, reformsByTheme, THEMED_REFORMS } from '../../packages/ui/src/editor/reform-themes.js';
import { scaleWords } from '../../packages/ui/src/text/scale-words.js';

const root = join(import.meta.dirname, '..', '..');

/** The reforms the app bundles: every reform file but the calibration backtest (scenarios.ts). */
function libraryReforms(): Array<{ id: string; name: string; description: string }> {
  return readdirSync(join(root, 'scenarios'))
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json' && f !== 'backtest-2019.json')
    .map((f) => JSON.parse(readFileSync(join(root, 'scenarios', f), 'utf8')))
    .filter((s) => s.kind === 'reform');
}

describe('reform themes', () => {
  it('gives every library reform a theme and a one-sentence summary, and names no reform that is not there', () => {
    const reforms = libraryReforms();
    expect(Object.keys(THEMED_REFORMS).sort()).toEqual(reforms.map((r) => r.id).sort());
    for (const { summary } of Object.values(THEMED_REFORMS)) {
      expect(summary).toMatch(/^[A-Z].*\.$/);
      expect(summary.split(/\. /).length).toBe(1);
    }
    const groups = reformsByTheme(reforms);
    expect(groups.map((g) => g.theme)).not.toContain('Other reforms');
    expect(groups.map((g) => g.theme)).toEqual(REFORM_THEMES.filter((t) => t !== 'Other reforms'));
  });

  it('names every library reform and lever in plain words, at most two lines in the picker on a phone (390 px)', () => {
    // Acronyms and terms of art a parent would not know: they belong in the summary or description.
    const jargon =
      /\b(NNPCF|LGA|CCN|Isos|DSG|DfE|EPs?|LAs?|SENDIASS|CQC|redress|non-judicial|statutory|gatekeep\w*)\b/;
    for (const r of libraryReforms()) {
      expect(r.name, r.id).not.toMatch(jargon);
      expect(r.name.length, r.id).toBeLessThanOrEqual(52);
    }
    for (const lever of LEVERS) {
      expect(lever.title, lever.id).not.toMatch(jargon);
      expect(lever.title.length, lever.id).toBeLessThanOrEqual(52);
    }
    // The technical term stays findable where a name replaced it.
    expect(THEMED_REFORMS['single-route-of-redress-binding']?.summary).toContain('single route of redress');
    expect(THEMED_REFORMS['nnpcf-asks']?.summary).toContain(
      'National Network of Parent Carer Forums (NNPCF)',
    );
    expect(THEMED_REFORMS['lga-ccn-isos-2024']?.summary).toContain('Local Government Association (LGA)');
    expect(THEMED_REFORMS['statutory-override-ends-2028']?.summary).toContain('DSG deficits');
  });

  it('puts a reform it does not know under "Other reforms" with the first sentence of its description', () => {
    const [group] = reformsByTheme([{ id: 'new-one', name: 'New', description: 'Does a thing. And more.' }]);
    expect(group).toMatchObject({ theme: 'Other reforms', reforms: [{ summary: 'Does a thing.' }] });
  });
});

describe('scale in words', () => {
  it('says whole children exactly and anything else to two figures with "about"', () => {
    expect(scaleWords(0.01)).toBe('1 simulated child = 100 children');
    expect(scaleWords(0.0025)).toBe('1 simulated child = 400 children');
    expect(scaleWords(0.0005)).toBe('1 simulated child = 2,000 children');
    expect(scaleWords(0.003)).toBe('1 simulated child = about 330 children');
    expect(scaleWords(0.019)).toBe('1 simulated child = about 53 children');
    expect(scaleWords(1)).toBe('1 simulated child = 1 child');
    expect(scaleWords(0)).toBe('');
  });
});

describe('calibration target names', () => {
  const targets = join(root, '..', 'shared', 'data', 'calibration-targets.json');
  it.skipIf(!existsSync(targets))('has a plain name for every published target', () => {
    const data = JSON.parse(readFileSync(targets, 'utf8')) as { targets: Array<{ metric: string }> };
    expect(data.targets.map((t) => t.metric).filter((m) => !hasTargetLabel(m))).toEqual([]);
  });
});
