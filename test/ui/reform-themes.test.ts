/**
 * The reform picker's groups and the page's plain words (reform themes, scale, run-time
 * estimates, calibration target names), without a browser: every library reform has a theme
 * and a one-sentence summary, so none falls to "Other reforms"; the scale is said as whole
 * children or "about" two figures; an estimate grows with the work and is rounded as said;
 * every published calibration target has a plain name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTargetLabel } from '../../packages/ui/src/calibration-labels.js';
import { REFORM_THEMES, reformsByTheme, THEMED_REFORMS } from '../../packages/ui/src/reform-themes.js';
import {
  durationText,
  estimateSeconds,
  estimateText,
  measuredSpeed,
  REFERENCE_SPEED,
} from '../../packages/ui/src/run-time-estimate.js';
import { scaleWords } from '../../packages/ui/src/scale-words.js';

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

describe('run-time estimates', () => {
  const size = { scenarios: 4, replications: 10, years: 10, scale: 0.01 };

  it('grows in proportion to scenarios × replications × years × scale', () => {
    const base = estimateSeconds(size, REFERENCE_SPEED);
    expect(estimateSeconds({ ...size, replications: 20 }, REFERENCE_SPEED)).toBeCloseTo(2 * base, 9);
    expect(estimateSeconds({ ...size, scale: 0.005 }, REFERENCE_SPEED)).toBeCloseTo(base / 2, 9);
    expect(estimateSeconds({ ...size, scenarios: 2 }, REFERENCE_SPEED)).toBeCloseTo(base / 2, 9);
  });

  it('uses the last run’s own speed once there is one, and says which it used', () => {
    const speed = measuredSpeed(size, 20)!;
    expect(estimateSeconds(size, speed)).toBeCloseTo(20, 9);
    expect(estimateText({ ...size, replications: 30 }, speed)).toBe(
      'about 60 s on this computer, at the speed of your last run'.replace('60 s', '1 min'),
    );
    expect(estimateText(size, REFERENCE_SPEED)).toMatch(/^about \d+ s on a 2-core laptop/);
    expect(measuredSpeed(size, 0)).toBeUndefined();
  });

  it('rounds a duration as an estimate is said', () => {
    expect([3.2, 12.4, 54, 55, 89, 3600, 5400, 7800].map(durationText)).toEqual([
      'about 4 s',
      'about 10 s',
      'about 55 s',
      'about 1 min',
      'about 1 min',
      'about 60 min',
      'about 1 h 30 min',
      'about 2 h 10 min',
    ]);
  });
});

describe('calibration target names', () => {
  const targets = join(root, '..', 'shared', 'data', 'calibration-targets.json');
  it.skipIf(!existsSync(targets))('has a plain name for every published target', () => {
    const data = JSON.parse(readFileSync(targets, 'utf8')) as { targets: Array<{ metric: string }> };
    expect(data.targets.map((t) => t.metric).filter((m) => !hasTargetLabel(m))).toEqual([]);
  });
});
