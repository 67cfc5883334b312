/**
 * The tornado in words (packages/ui/src/sensitivity/sensitivity-words.ts), without a browser: a reform's
 * effect is said to keep its sign only when every range end's 95% interval excludes zero on the
 * same side as the central result; an end that reverses or includes zero is named, and one
 * replication claims nothing. A row whose two ends both lie above (or both below) the central
 * result is explained in words, as a real turn inside the range or as possible chance. Values
 * are written with plain units (a share as a percentage). Analyses are built by hand so each
 * case is exact.
 */
import type { Estimate, SensitivityAnalysis, SensitivityRow } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import {
  bendingRows,
  bendSentence,
  shortMeaning,
  signSentence,
  topRowSentence,
} from '../../packages/ui/src/sensitivity/sensitivity-words.js';
import { plainAmount } from '../../packages/ui/src/text/parameter-text.js';

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
    expect(unclear.text).toContain('with la.assessProbability at its high end (95%)');
    expect(unclear.text).toContain('the direction is not clear');
    const reversed = signSentence(
      analysis(e(-500, 100), [row('la.assessProbability', e(300, 100), e(-600, 100))]),
    );
    expect(reversed.verdict).toBe('reverses');
    expect(reversed.text).toContain('clearly reverses with la.assessProbability at its low end (40%)');
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

describe('a result that does not move one way across a range', () => {
  it('finds rows whose two ends lie on the same side of the central result, and only those', () => {
    const a = analysis(e(-500, 50), [
      row('la.assessProbability', e(-700, 50), e(-300, 50)), // one way: no bend
      row('ep.workforceFte', e(-300, 50), e(-350, 50)), // both above
      row('la.draftingMeanDays', e(-800, 50), e(-600, 50)), // both below
      row('redress.laConcedes', e(-500, 50), e(-300, 50)), // one end at the centre: no bend
    ]);
    expect(bendingRows(a).map((r) => r.key)).toEqual(['ep.workforceFte', 'la.draftingMeanDays']);
  });

  it('calls a bend clear of chance a turn inside the range, and one within the intervals possible chance', () => {
    const a = analysis(e(-5_000, 500), [
      row('ep.workforceFte', e(-3_000, 500), e(-3_500, 500)),
      row('la.draftingMeanDays', e(-5_200, 500), e(-5_300, 500)),
    ]);
    const [turn, chance] = bendingRows(a).map((r) => bendSentence(a, r));
    expect(turn).toMatch(
      /^With .* \(ep\.workforceFte\) at either end of its range, the reform’s effect is higher than at its baseline value: /,
    );
    expect(turn).toContain('−3,000 (95% interval −3,500 to −2,500) at the low end (40%)');
    expect(turn).toContain('against −5,000 (95% interval −5,500 to −4,500) at 70%');
    expect(turn).toContain('it dips to its lowest somewhere inside the range');
    expect(turn).not.toContain('may be chance');
    expect(chance).toContain('is lower than at its baseline value');
    expect(chance).toContain('this bend may be chance between replications');
  });

  it('writes assumptions short on the chart and values in plain units', () => {
    expect(shortMeaning('la.assessProbability').join(' ')).toBe(
      'Chance that the LA agrees to assess a request of average severity.'.replace(/\.$/, ''),
    );
    for (const line of shortMeaning('ep.localCapacitySpread')) expect(line.length).toBeLessThanOrEqual(29);
    expect(shortMeaning('ep.localCapacitySpread').length).toBeLessThanOrEqual(3);
    expect(plainAmount(0.4, 'share')).toBe('40%');
    expect(plainAmount(0.064, 'share per year')).toBe('6.4% a year');
    expect(plainAmount(61_500, 'GBP per place per year')).toBe('£61,500 per place per year');
    expect(plainAmount(3_500, 'FTE')).toBe('3,500 full-time-equivalent staff');
    expect(plainAmount(120, 'days')).toBe('120 days');
  });
});
