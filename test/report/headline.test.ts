/**
 * The plain-English headline, from hand-built comparisons: a clear fall, an interval that
 * spans zero, a shift between payers, one replication, and the property that no direction is
 * ever claimed when the 95% interval includes zero.
 */
import {
  type Comparison,
  type Estimate,
  METRICS,
  PAYERS,
  type PairedDifference,
  type RunMeta,
  roughly,
  writeHeadline,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const meta = (scenario: string, reps = 5, years = 10): RunMeta => ({
  scenario,
  scenarioName: scenario === 'baseline' ? 'England today (baseline)' : 'Ringfenced funding',
  seed: 1,
  reps,
  years,
  scale: 0.01,
  startDate: '2023-01-01',
  modelVersion: '0.1.0',
});

const ALL_IDS = [...METRICS.map((m) => m.id), ...[...PAYERS, 'total'].map((p) => `cost_${p}`)];

/**
 * A comparison in which nothing changes clearly (every interval −1 to +1 around a baseline of
 * 1,000), except the differences given.
 */
function comparison(
  changes: Record<string, Estimate>,
  options: { reps?: number; years?: number; baselineMean?: Record<string, number> } = {},
): Comparison {
  const differences: PairedDifference[] = ALL_IDS.map((id) => {
    const base = options.baselineMean?.[id] ?? 1000;
    const difference = changes[id] ?? { mean: 0, lo: -1, hi: 1 };
    return {
      metric: id,
      baseline: { mean: base, lo: base, hi: base },
      reform: { mean: base + difference.mean, lo: base + difference.lo, hi: base + difference.hi },
      difference,
      shareReformBetter: 0.5,
      higherIsBetter: false,
    };
  });
  return {
    baseline: meta('baseline', options.reps, options.years),
    reform: meta('ringfenced', options.reps, options.years),
    differences,
  };
}

describe('roughly', () => {
  it('rounds to two significant figures and never rounds a non-zero number to zero', () => {
    expect([2134, 5.27, 0.0432, 1, -2134, 999.6, 1000, 123_456].map((x) => roughly(x))).toEqual([
      '2,100',
      '5.3',
      '0.043',
      '1',
      '-2,100',
      '1,000',
      '1,000',
      '120,000',
    ]);
    expect(roughly(0.0004)).not.toMatch(/^0(\.0*)?$/);
  });
});

describe('writeHeadline', () => {
  it('names the period and a clear fall in tribunal appeals per year, rounded, with its interval', () => {
    // Over ten years: 21,340 fewer appeals in total (17,960 to 24,130) is about 2,100 a year.
    const h = writeHeadline(
      comparison(
        { appeals_registered: { mean: -21_340, lo: -24_130, hi: -17_960 } },
        { baselineMean: { appeals_registered: 140_000 } },
      ),
    );
    expect(h.text).toMatch(/^Over ten years \(2023–2032\), “Ringfenced funding” would /);
    expect(h.text).toContain('about 2,100 fewer tribunal appeals a year (95% interval 1,800 to 2,400)');
    expect(h.outcomes[0]).toMatchObject({ metric: 'appeals_registered', direction: 'down' });
    // The other place goes to the most important outcome, which did not change clearly.
    expect(h.text).toContain(
      'make no clear change in EHC plans in force by January 2033 (95% interval -1 to +1)',
    );
  });

  it('says "no clear change" when the interval spans zero, and still gives the interval', () => {
    const h = writeHeadline(comparison({ appeals_registered: { mean: -500, lo: -3_000, hi: 2_000 } }));
    expect(h.text).toContain(
      'would make no clear change in EHC plans in force by January 2033 (95% interval -1 to +1) and tribunal appeals a year (95% interval -300 to +200).',
    );
    expect(h.text).not.toMatch(/fewer tribunal appeals|more tribunal appeals/);
    expect(h.outcomes.every((c) => c.direction === 'unclear')).toBe(true);
  });

  it('counts a stock at the end of the run and a share in percentage points', () => {
    const h = writeHeadline(
      comparison({
        ehcp_stock_all_ages: { mean: 52_000, lo: 48_500, hi: 55_600 },
        share_new_plans_within_20_weeks: { mean: 0.042, lo: 0.021, hi: 0.063 },
      }),
      { minus: '\u2212' },
    );
    expect(h.text).toContain(
      'mean about 52,000 more EHC plans in force by January 2033 (95% interval 49,000 to 56,000)',
    );
    expect(h.text).toContain(
      'raise the share of new EHC plans issued within 20 weeks by about 4.2 percentage points (95% interval 2.1 to 6.3)',
    );
  });

  it('prefers a notable change to a tiny one, whatever the list order', () => {
    const h = writeHeadline(
      comparison(
        {
          ehcp_stock_all_ages: { mean: 500, lo: 100, hi: 900 }, // 0.1% of 500,000
          appeals_registered: { mean: -30_000, lo: -35_000, hi: -25_000 }, // a fifth of 150,000
          pupils_on_sen_support: { mean: 80_000, lo: 60_000, hi: 100_000 }, // 5% of 1.6 million
        },
        {
          baselineMean: {
            ehcp_stock_all_ages: 500_000,
            appeals_registered: 150_000,
            pupils_on_sen_support: 1_600_000,
          },
        },
      ),
    );
    expect(h.outcomes.map((c) => c.metric)).toEqual(['appeals_registered', 'pupils_on_sen_support']);
  });

  it('says which payer pays more and which less, with amounts and intervals, and the net change', () => {
    const h = writeHeadline(
      comparison({
        cost_school: { mean: 593e6, lo: 504e6, hi: 681e6 },
        cost_laHighNeeds: { mean: -611e6, lo: -702e6, hi: -519e6 },
        cost_family: { mean: 4e6, lo: -2e6, hi: 9e6 },
        cost_total: { mean: -18e6, lo: -87e6, hi: 51e6 },
      }),
    );
    expect(h.text).toContain(
      "Costs would move between payers over the ten years, at 2025/26 prices: councils' high needs budgets would pay about £610 million less (95% interval £520 million to £700 million) and schools about £590 million more (95% interval £500 million to £680 million).",
    );
    expect(h.text).toContain(
      'The total cost across all payers would show no clear change (95% interval -£87 million to +£51 million).',
    );
    expect(h.text).not.toMatch(/families would pay/i);
    expect(h.payers.map((c) => [c.metric, c.direction])).toEqual([
      ['cost_school', 'up'],
      ['cost_laHighNeeds', 'down'],
    ]);
    expect(h.total?.direction).toBe('unclear');
  });

  it('writes billions, with more figures when two would read the same', () => {
    const h = writeHeadline(comparison({ cost_family: { mean: -2.48e9, lo: -2.49e9, hi: -2.47e9 } }));
    expect(h.text).toContain(
      'Families would pay about £2.48 billion less (95% interval £2.47 billion to £2.49 billion)',
    );
  });

  it('says "In 2023" for a one-year run', () => {
    const h = writeHeadline(comparison({ cost_school: { mean: 5e6, lo: 4e6, hi: 6e6 } }, { years: 1 }));
    expect(h.text).toMatch(/^In 2023, “Ringfenced funding” would /);
    expect(h.text).toContain(
      'Schools would pay about £5 million more (95% interval £4 million to £6 million) in 2023, at 2025/26 prices.',
    );
  });

  it('claims nothing from one replication', () => {
    const h = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -20_000, hi: -20_000 } }, { reps: 1 }),
    );
    expect(h.outcomes.every((c) => c.direction === 'unclear')).toBe(true);
    expect(h.text).toContain('With one replication there is no interval, so no change is claimed.');
  });

  it('never states a direction when lo ≤ 0 ≤ hi (property)', () => {
    const spanning = fc
      .tuple(fc.double({ min: -1e9, max: 0, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }))
      .map(([lo, hi]): Estimate => ({ mean: (lo + hi) / 2, lo, hi }));
    fc.assert(
      fc.property(
        fc.array(spanning, { minLength: ALL_IDS.length, maxLength: ALL_IDS.length }),
        (estimates) => {
          const h = writeHeadline(
            comparison(Object.fromEntries(ALL_IDS.map((id, i) => [id, estimates[i]!]))),
          );
          const claims = [...h.outcomes, ...h.payers, ...(h.total === null ? [] : [h.total])];
          expect(claims.every((c) => c.direction === 'unclear')).toBe(true);
          expect(h.text).not.toMatch(/\b(fewer|more|less|rise|fall|raise|lower)\b/);
          expect(h.text).toContain('no clear change');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('claims a direction only for a clear change, and names it the right way (property)', () => {
    // Clear (5 replications at scale 0.01): an interval with width, on one side of zero, and for
    // a count (appeals) at least 6 simulated appeals in all: |mean| × 5 × 0.01 ≥ 6, |mean| ≥ 120.
    const anyInterval = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }))
      .map(([lo, width]): Estimate => ({ mean: lo + width / 2, lo, hi: lo + width }));
    const oneSide = (e: Estimate) => e.lo < e.hi && (e.lo > 0 || e.hi < 0);
    fc.assert(
      fc.property(anyInterval, anyInterval, (appeals, school) => {
        const h = writeHeadline(comparison({ appeals_registered: appeals, cost_school: school }));
        const claim = h.outcomes.find((c) => c.metric === 'appeals_registered');
        if (!oneSide(appeals) || Math.abs(appeals.mean) < 120) {
          expect(claim?.direction ?? 'unclear').toBe('unclear');
          expect(h.text).not.toMatch(/(fewer|more) tribunal appeals/);
        } else {
          expect(claim?.direction).toBe(appeals.lo > 0 ? 'up' : 'down');
          expect(h.text).toContain(`${appeals.lo > 0 ? 'more' : 'fewer'} tribunal appeals a year`);
        }
        const schools = h.payers.find((c) => c.metric === 'cost_school');
        if (!oneSide(school)) expect(schools).toBeUndefined();
        else expect(schools?.direction).toBe(school.lo > 0 ? 'up' : 'down');
      }),
      { numRuns: 300 },
    );
  });

  it('never calls a degenerate interval clear, nor one from two replications', () => {
    const same = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -20_000, hi: -20_000 } }, { reps: 5 }),
    );
    expect(same.outcomes.find((c) => c.metric === 'appeals_registered')?.direction ?? 'unclear').toBe(
      'unclear',
    );
    const two = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -24_000, hi: -16_000 } }, { reps: 2 }),
    );
    expect(two.outcomes.every((c) => c.direction === 'unclear')).toBe(true);
    expect(two.text).toContain('With 2 replications no change is called clear (that needs at least 3).');
  });

  it('does not call clear a change in a count that rests on fewer than 6 simulated children', () => {
    // Scale 0.01: one simulated appeal stands for 100. 5 replications × 100 fewer = 5 simulated appeals.
    const few = writeHeadline(comparison({ appeals_registered: { mean: -100, lo: -150, hi: -50 } }));
    expect(few.text).not.toContain('fewer tribunal appeals');
    const enough = writeHeadline(comparison({ appeals_registered: { mean: -120, lo: -170, hi: -70 } }));
    expect(enough.text).toContain('fewer tribunal appeals');
  });
});
