/**
 * The tornado in words (packages/ui/src/sensitivity-words.ts), without a browser: a reform's
 * effect is said to keep its sign only when every range end's 95% interval excludes zero on the
 * same side as the central result; an end that reverses or includes zero is named, and one
 * replication claims nothing. Analyses are built by hand so each case is exact.
 */
import type { Estimate, SensitivityAnalysis, SensitivityRow } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { signSentence, topRowSentence } from '../../packages/ui/src/sensitivity-words.js';

const e = (mean: number, half: number): Estimate => ({ mean, lo: mean - half, hi: mean + half });

function row(key: SensitivityRow['key'], atLow: Estimate, atHigh: Estimate): SensitivityRow {
  return {
    key,
    unit: 'share',
    evidence: 'assumption',
    value: 0.7,
    low: 0.4,
    high: 0.95,
    reformOverrides: false,
    atLow,
    atHigh,
    swing: Math.abs(atHigh.mean - atLow.mean),
  };
}

const meta = (reps: number) => ({
  scenario: 'baseline',
  scenarioName: 'Baseline',
  seed: 1,
  reps,
  years: 2,
  scale: 0.01,
  startDate: '2023-01-01',
  modelVersion: 'test',
});

function analysis(central: Estimate, rows: SensitivityRow[], reps = 3): SensitivityAnalysis {
  return {
    measure: {
      id: 'appeals_registered',
      label: 'Tribunal appeals registered',
      kind: 'flow',
      higherIsBetter: false,
      bounds: 'nonNegative',
      overRun: 'total over the run',
    },
    result: 'difference',
    baseline: meta(reps),
    reform: { ...meta(reps), scenario: 'r', scenarioName: 'R' },
    central,
    rows,
    skipped: [],
  };
}

describe('the sign of a reform effect across the ranges', () => {
  it('keeps its sign only when every end is clearly on the same side as the central result', () => {
    const a = analysis(e(-500, 100), [
      row('la.assessProbability', e(-700, 100), e(-300, 100)),
      row('ep.workforceFte', e(-450, 100), e(-550, 100)),
    ]);
    const s = signSentence(a);
    expect(s.verdict).toBe('keeps');
    expect(s.text).toContain('reduces “Tribunal appeals registered”');
    expect(s.text).toContain('all 4 range ends');
    expect(topRowSentence(a)).toContain('moves most with');
    expect(topRowSentence(a)).toContain('(la.assessProbability): from −700 (95% interval −800 to −600)');
  });

  it('names an end whose interval includes zero, and one that clearly reverses', () => {
    const unclear = signSentence(
      analysis(e(-500, 100), [row('la.assessProbability', e(-700, 100), e(-50, 100))]),
    );
    expect(unclear.verdict).toBe('not-clear');
    expect(unclear.text).toContain('with la.assessProbability at its high end (0.95)');
    expect(unclear.text).toContain('the direction is not clear');
    const reversed = signSentence(
      analysis(e(-500, 100), [row('la.assessProbability', e(300, 100), e(-600, 100))]),
    );
    expect(reversed.verdict).toBe('reverses');
    expect(reversed.text).toContain('clearly reverses with la.assessProbability at its low end (0.4)');
  });

  it('claims no sign from two replications, or from too few simulated children', () => {
    const two = signSentence(analysis(e(-500, 100), [], 2));
    expect(two.verdict).toBe('not-clear');
    expect(two.text).toContain('With 2 replications no sign is claimed');
    // At scale 0.002 one simulated appeal stands for 500: 3 replications × 500 is 3 simulated appeals.
    const a = analysis(e(-500, 100), []);
    const few = signSentence({ ...a, baseline: { ...a.baseline, scale: 0.002 } });
    expect(few.verdict).toBe('not-clear');
    expect(few.text).toContain('it rests on fewer than 6 simulated children');
  });

  it('claims nothing when the central interval includes zero or there is one replication', () => {
    expect(signSentence(analysis(e(-50, 100), [])).verdict).toBe('not-clear');
    const one = signSentence(analysis(e(-500, 0), [row('la.assessProbability', e(-700, 0), e(-300, 0))], 1));
    expect(one.verdict).toBe('not-clear');
    expect(one.text).toContain('one replication');
  });
});
