/**
 * "How sure is this?" in words (packages/ui/src/psa/psa-words.ts and psa-choices.ts), without a
 * browser: the count of better draws is said as a count of draws, with the outcome's good way
 * (reduced for unmet need, increased where higher is better), and with the draws in which the
 * effect is defined when some are not; a spread's figures are rounded as `sendsim psa`'s table
 * rounds them; a rank correlation under 2/√draws is called indistinguishable from chance and
 * the top sentence then claims no driver; each draw falls in the quadrant its signs say; the
 * caveats name the simulation noise; the draws typed in are checked; the command line is
 * written out. Analyses are built by hand so each case is exact.
 */
import type {
  ParameterKey,
  PsaAnalysis,
  PsaReformResult,
  PsaScatterPoint,
  PsaSpread,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { parseDraws, psaCommand, psaRuns } from '../../packages/ui/src/psa/psa-choices.js';
import {
  amountRange,
  betterSentence,
  costSentence,
  effectSentence,
  influenceRows,
  inSentence,
  levelSentence,
  noiseThreshold,
  psaCaveats,
  quadrantOf,
  quadrantSentence,
  spreadFigures,
  summaryRow,
  topInfluenceSentence,
  twoFigures,
} from '../../packages/ui/src/psa/psa-words.js';

const MINUS = '\u2212';
/** The word joiner the page puts between a sign and £. */
const J = '\u2060';

const spread = (mean: number, lo: number, hi: number, draws = 30): PsaSpread => ({ mean, lo, hi, draws });

const meta = {
  scenario: 'baseline',
  scenarioName: 'Baseline',
  seed: 1,
  reps: 1,
  years: 2,
  scale: 0.001,
  startDate: '2023-01-01',
  modelVersion: 'test',
};

function point(draw: number, unmetNeedAvoided: number, publicCost: number): PsaScatterPoint {
  return { draw, effect: -unmetNeedAvoided, publicCost, unmetNeedAvoided };
}

function reform(over: Partial<PsaReformResult> = {}): PsaReformResult {
  return {
    reform: { ...meta, scenario: 'early-help-investment', scenarioName: 'Double early help capacity' },
    effect: spread(-7000, -18000, 1000),
    probabilityBetter: 27 / 30,
    publicCost: spread(328e6, 100e6, 560e6),
    unmetNeedAvoided: spread(7000, -1000, 18000),
    influence: [
      { key: 'la.cheaperPlacementShare', spearman: -0.78 },
      { key: 'request.distrustWeight', spearman: 0.5 },
      { key: 'la.assessProbability', spearman: 0.2 },
    ],
    scatter: [point(0, 5000, 150e6), point(1, 3000, -20e6), point(2, -1000, 90e6), point(3, 0, 10e6)],
    ...over,
  };
}

function analysis(r: PsaReformResult, higherIsBetter = false, draws = 30): PsaAnalysis {
  const parameter = (key: ParameterKey, low: number, high: number) => ({
    key,
    value: (low + high) / 2,
    low,
    high,
    distribution: 'uniform' as const,
    unit: 'share',
    evidence: 'assumption' as const,
  });
  return {
    measure: {
      id: 'unmet_need_child_years',
      label: 'Child-years of unmet need',
      kind: 'childYears',
      higherIsBetter,
      bounds: 'nonNegative',
      overRun: 'child-years over the run',
    },
    baseline: meta,
    draws,
    parameters: [
      parameter('la.cheaperPlacementShare', 0, 0.1),
      parameter('request.distrustWeight', 0.5, 2),
      parameter('la.assessProbability', 0.4, 0.9),
    ],
    held: [{ key: 'population.maleShare.ehcp', value: 0.7, reason: 'test' }],
    correlations: [],
    level: { spread: spread(2e6, 1.5e6, 3e6), influence: [] },
    reforms: [r],
    samples: [],
  };
}

describe('how often a reform did better, in words', () => {
  it('counts draws, names the outcome’s good way and says what the other draws did', () => {
    const r = reform();
    expect(betterSentence(analysis(r), r)).toBe(
      'In 27 of 30 draws (90%), Double early help capacity reduced child-years of unmet need; in the other 3 it did not (it increased it or left it unchanged).',
    );
    // Where higher is better, better is "increased".
    expect(betterSentence(analysis(r, true), r)).toMatch(
      /capacity increased child-years .* \(it reduced it or left it/,
    );
    const one = reform({ probabilityBetter: 29 / 30 });
    expect(betterSentence(analysis(one), one)).toContain('in the other draw it did not');
    const all = reform({ probabilityBetter: 1 });
    expect(betterSentence(analysis(all), all)).toContain('In 30 of 30 draws (100%)');
    expect(betterSentence(analysis(all), all)).toContain('it did so in every one');
  });

  it('counts only the draws in which the effect is defined, and says so', () => {
    const r = reform({ effect: spread(-1, -2, 0, 20), probabilityBetter: 0.5 });
    expect(betterSentence(analysis(r), r)).toMatch(
      /^In 10 of 20 draws in which it is defined \(of 30\) \(50%\)/,
    );
    const none = reform({
      effect: spread(Number.NaN, Number.NaN, Number.NaN, 0),
      probabilityBetter: Number.NaN,
    });
    expect(betterSentence(analysis(none), none)).toBe(
      'Double early help capacity’s effect on child-years of unmet need is not defined in any draw, so no count is given.',
    );
  });

  it('writes the effect, the money and the unmet need with their middle 95% as sendsim psa rounds them', () => {
    const r = reform();
    expect(effectSentence(analysis(r), r)).toBe(
      `Mean effect over the draws: ${MINUS}7,000 (child-years over the run, reform ${MINUS} baseline); the middle 95% of draws lie between ${MINUS}18,000 and +1,000.`,
    );
    const cost = costSentence(analysis(r), r);
    expect(cost).toContain(
      `changes by +${J}£330m on average (middle 95% of draws: +${J}£100m to +${J}£560m; at 2025/26 prices`,
    );
    expect(cost).toContain(
      `and 7,000 child-years of unmet need are avoided on average (${MINUS}1,000 to 18,000;`,
    );
    // The mean's digits follow its own uncertainty (range ÷ √draws), not the whole range's, and
    // never finer than one simulated child (1,000 real ones at scale 0.001, 100 at 0.01).
    expect(spreadFigures(spread(-4152, -20000, 0, 30), 'unmet_need_child_years', 0.001, true).mean).toBe(
      `${MINUS}4,000`,
    );
    expect(spreadFigures(spread(-4152, -20000, 0, 30), 'unmet_need_child_years', 0.01, true).mean).toBe(
      `${MINUS}4,200`,
    );
  });
});

it('says the baseline’s level over the draws', () => {
  expect(levelSentence(analysis(reform()))).toBe(
    'In the baseline (no reform), child-years of unmet need is 2,000,000 on average over the draws (child-years over the run); the middle 95% of draws lie between 1,500,000 and 3,000,000.',
  );
});

it('puts the same figures in the at-a-glance row as in the sentences', () => {
  const r = reform();
  expect(summaryRow(analysis(r), r)).toEqual({
    effect: `${MINUS}7,000`,
    range: `${MINUS}18,000 to +1,000`,
    better: '27 of 30 (90%)',
    publicCost: `+${J}£330m`,
    avoided: '7,000',
  });
  const none = reform({
    effect: spread(Number.NaN, Number.NaN, Number.NaN, 0),
    probabilityBetter: Number.NaN,
  });
  expect(summaryRow(analysis(none), none)).toMatchObject({ range: '–', better: 'not defined' });
});

describe('the assumptions that matter most', () => {
  it('ranks them with their meanings, and calls a correlation under 2/√draws chance', () => {
    const r = reform();
    expect(noiseThreshold(25)).toBeCloseTo(0.4);
    const rows = influenceRows(analysis(r, false, 25), r);
    expect(rows.map((row) => [row.rank, row.key, row.rho, row.clear])).toEqual([
      [1, 'la.cheaperPlacementShare', `${MINUS}0.78`, true],
      [2, 'request.distrustWeight', '0.50', true],
      [3, 'la.assessProbability', '0.20', false],
    ]);
    // Unmet need: lower is better, so a negative correlation means the higher it is, the better.
    expect(rows.map((row) => row.reading)).toEqual([
      'the higher it is, the better the reform does',
      'the higher it is, the worse the reform does',
      'not distinguishable from chance with this many draws',
    ]);
    expect(rows[0]!.meaning).not.toMatch(/\.$/);
    expect(rows[0]!.drawnOver).toBe('0% to 10%');
    expect(topInfluenceSentence(analysis(r, false, 25), r)).toMatch(
      /^Double early help capacity’s effect goes most with .* \(la\.cheaperPlacementShare\): a rank correlation of −0\.78 over the draws; the higher it is, the better the reform does\.$/,
    );
  });

  it('claims no driver when even the strongest is within chance', () => {
    const r = reform();
    // With 4 draws chance alone gives up to ±1.00.
    expect(topInfluenceSentence(analysis(r, false, 4), r)).toMatch(
      /^No assumption’s draws clearly go with Double early help capacity’s effect: the strongest, .* has a rank correlation of −0\.78, within what chance alone gives with 4 draws \(about ±1\.00\)\.$/,
    );
  });
});

it('says a range’s unit once when both ends share it', () => {
  expect(amountRange(0.25, 0.45, 'need-severity scale (0–1)')).toBe(
    '0.25 to 0.45 on the need-severity scale from 0 to 1',
  );
  expect(amountRange(0.03, 0.12, 'share')).toBe('3% to 12%');
  expect(amountRange(3740, 8734, 'GBP per person per year (2024/25 prices)')).toMatch(
    /^£3,740 to £8,734 per person per year/,
  );
});

describe('the cost-effectiveness plane', () => {
  it('puts each draw in the quadrant its signs say, and counts them most first', () => {
    expect(quadrantOf(point(0, 5, 1))).toBe('avoids-costs');
    expect(quadrantOf(point(0, 5, -1))).toBe('avoids-saves');
    expect(quadrantOf(point(0, -5, 1))).toBe('adds-costs');
    expect(quadrantOf(point(0, -5, -1))).toBe('adds-saves');
    expect(quadrantOf(point(0, 0, 1))).toBe('on-axis');
    expect(quadrantOf(point(0, Number.NaN, 1))).toBe('on-axis');
    const r = reform({
      scatter: [point(0, 5, 1), point(1, 6, 2), point(2, 1, -1), point(3, -1, 1)],
    });
    expect(quadrantSentence(r)).toBe(
      'Of the 4 draws, Double early help capacity avoided unmet need at extra public cost in 2, avoided unmet need and saved public money in 1 and added unmet need and cost more in 1.',
    );
    expect(quadrantSentence(reform({ scatter: [point(0, 5, 1)] }))).toBe(
      'Of the 1 draws, Double early help capacity avoided unmet need at extra public cost in 1.',
    );
  });

  it('writes one draw’s figure to two significant figures', () => {
    expect(twoFigures(17_312)).toBe('17,000');
    expect(twoFigures(-1_349)).toBe(`${MINUS}1,300`);
    expect(twoFigures(333.3)).toBe('330');
    expect(twoFigures(Number.NaN)).toBe('–');
  });
});

describe('what the numbers cannot say', () => {
  it('names the simulation noise, the few draws, the held parameters and that a count is not a chance', () => {
    const caveats = psaCaveats(analysis(reform(), false, 25));
    expect(caveats[0]).toContain(
      'one run of 1 replication at scale 0.001 (1 simulated child = 1,000 children)',
    );
    expect(caveats[0]).toContain('simulation noise');
    expect(caveats[1]).toContain('smaller than about 0.40 (2/√draws) could be chance');
    expect(caveats[1]).toContain('With 3 assumptions ranked, the first few can pass that mark by chance too');
    expect(caveats[2]).toContain('the 3 assumptions with a plausible range');
    expect(caveats[2]).toContain('1 is held at its value');
    expect(caveats[3]).toBe(
      '“In … of 25 draws” counts draws: it is not the chance that the reform works in England, only how often it did better across these ranges in this model.',
    );
  });
});

describe('the panel’s choices', () => {
  it('takes a whole number of draws from 2 to 200, and says what is wrong otherwise', () => {
    expect(parseDraws(' 30 ')).toEqual({ ok: true, draws: 30 });
    expect(parseDraws('2')).toEqual({ ok: true, draws: 2 });
    expect(parseDraws('200')).toEqual({ ok: true, draws: 200 });
    for (const bad of ['1', '201', '2.5', '', 'ten', '1e2x']) {
      const parsed = parseDraws(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain('expected a whole number from 2 to 200');
    }
  });

  it('counts the runs and writes the command line that does more', () => {
    expect(psaRuns(30, 2)).toBe(90);
    const file = { id: 'my-reform' } as unknown as Parameters<typeof psaCommand>[0][number];
    expect(
      psaCommand(['early-help-investment', file], 'unmet_need_child_years', {
        seed: 3,
        years: 10,
        scale: 0.01,
      }),
    ).toEqual({
      command:
        'sendsim psa baseline early-help-investment my-reform.json --draws 200 --reps 5 --metric unmet_need_child_years --seed 3 --years 10 --scale 0.01 --format csv --out psa.csv',
      needsFile: true,
    });
  });
});

it('lower-cases a label’s first letter inside a sentence, but not an abbreviation’s', () => {
  expect(inSentence('Child-years of unmet need')).toBe('child-years of unmet need');
  expect(inSentence('EHCPs issued')).toBe('EHCPs issued');
});
