/**
 * The plain-English headline, from hand-built comparisons: a clear fall, an interval that
 * spans zero, a shift between payers, one replication, the fixed order in which outcomes are
 * chosen, and the properties that no direction is ever claimed when the 95% interval includes
 * zero and that every figure is written as the cards write it (the precision rule).
 */
import {
  type Comparison,
  type Estimate,
  figureKind,
  HEADLINE_OUTCOMES,
  writeEstimate,
  writeHeadline,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_IDS, handBuiltComparison } from './hand-built-comparison.js';

/** The headline tests' run: England today against "Ringfenced funding". */
const NAMES = { baseline: 'England today (baseline)', reform: 'Ringfenced funding' };

/**
 * A comparison in which nothing changes clearly (every interval −1,000 to +1,000 around a
 * baseline of 100,000), except the differences given.
 */
function comparison(
  changes: Record<string, Estimate>,
  options: { reps?: number; years?: number; baselineMean?: Record<string, number> } = {},
): Comparison {
  return handBuiltComparison(changes, {
    reps: options.reps ?? 10,
    years: options.years ?? 10,
    reform: 'ringfenced',
    names: NAMES,
    level: (id) => options.baselineMean?.[id] ?? 100_000,
    quiet: () => ({ mean: 0, lo: -1000, hi: 1000 }),
    valueForMoney: { reps: options.reps ?? 5, scale: 1 },
  });
}

describe('writeHeadline', () => {
  it('names the period and a clear fall in tribunal appeals over it, rounded as the cards round it, with its interval', () => {
    // ±3,085 sets a step of 1,000: 21,340 fewer appeals (17,960 to 24,130) is about 21,000 (18,000 to 24,000).
    const h = writeHeadline(
      comparison(
        { appeals_registered: { mean: -21_340, lo: -24_130, hi: -17_960 } },
        { baselineMean: { appeals_registered: 140_000 } },
      ),
    );
    expect(h.text).toMatch(/^Over ten years \(2023–2032\), “Ringfenced funding” would /);
    expect(h.text).toContain('about 21,000 fewer tribunal appeals (95% interval 18,000 to 24,000)');
    expect(h.outcomes[0]).toMatchObject({ metric: 'appeals_registered', direction: 'down' });
    // The other place goes to the most important outcome, which did not change clearly.
    expect(h.text).toContain(
      'make no clear change in EHC plans in force by January 2033 (95% interval -1,000 to +1,000)',
    );
  });

  it('says "no clear change" when the interval spans zero, and still gives the interval', () => {
    const h = writeHeadline(comparison({ appeals_registered: { mean: -500, lo: -2_400, hi: 1_400 } }));
    expect(h.text).toContain(
      'would make no clear change in EHC plans in force by January 2033 (95% interval -1,000 to +1,000) and tribunal appeals (95% interval -2,400 to +1,400).',
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

  it('chooses outcomes by their fixed order among the clear ones, whatever their size', () => {
    const h = writeHeadline(
      comparison({
        ehcp_stock_all_ages: { mean: 500, lo: 100, hi: 900 }, // 0.1% of 500,000, but clear and first
        appeals_registered: { mean: -30_000, lo: -35_000, hi: -25_000 },
        unmet_need_child_years: { mean: 80_000, lo: 60_000, hi: 100_000 },
      }),
    );
    expect(h.outcomes.map((c) => c.metric)).toEqual(['ehcp_stock_all_ages', 'appeals_registered']);
    // An outcome without a card on the page is never named, however large its change.
    const off = writeHeadline(
      comparison({
        independent_placements: { mean: -9_500, lo: -12_000, hi: -7_000 },
        crisis_events: { mean: -4_000, lo: -5_000, hi: -3_000 },
      }),
    );
    expect(off.outcomes.map((c) => c.metric)).toEqual(['crisis_events', 'ehcp_stock_all_ages']);
    expect(off.text).not.toContain('independent');
  });

  it('names the same outcomes for the same clear changes, whatever their sizes (property)', () => {
    const ids = HEADLINE_OUTCOMES.map(([id]) => id);
    const clearChange = fc
      .tuple(fc.double({ min: 200, max: 1e6, noNaN: true }), fc.boolean())
      .map(
        ([size, up]): Estimate =>
          up ? { mean: size, lo: size / 2, hi: size * 1.5 } : { mean: -size, lo: -size * 1.5, hi: -size / 2 },
      );
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.array(clearChange, { minLength: ids.length, maxLength: ids.length }),
        (clear, sizes) => {
          const h = writeHeadline(comparison(Object.fromEntries(clear.map((id, i) => [id, sizes[i]!]))));
          const first = ids.filter((id) => clear.includes(id)).slice(0, 2);
          const rest = ids.filter((id) => !clear.includes(id)).slice(0, 2 - first.length);
          expect(h.outcomes.map((c) => c.metric)).toEqual([...first, ...rest]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes every figure as the cards write it: the same rounding, without the sign', () => {
    const d = { mean: -10_840, lo: -13_142, hi: -8_538 };
    const h = writeHeadline(comparison({ ehcp_stock_all_ages: d }));
    const card = writeEstimate(d, figureKind('ehcp_stock_all_ages', 0.01), { change: true });
    expect(card).toMatchObject({ mean: '-10,800', lo: '-13,100', hi: '-8,500' });
    expect(h.text).toContain(
      'about 10,800 fewer EHC plans in force by January 2033 (95% interval 8,500 to 13,100)',
    );
  });

  it('says which public payer pays more and which less, with amounts and intervals, and public spending apart from families', () => {
    const h = writeHeadline(
      comparison(
        {
          cost_school: { mean: 593e6, lo: 504e6, hi: 681e6 },
          cost_laHighNeeds: { mean: -611e6, lo: -702e6, hi: -519e6 },
          cost_family: { mean: 4e6, lo: -2e6, hi: 9e6 },
          cost_public: { mean: -18e6, lo: -87e6, hi: 51e6 },
          cost_total: { mean: -14e6, lo: -85e6, hi: 57e6 },
        },
        // Levels against which those intervals are narrow enough to quote (2% of the level).
        { baselineMean: { cost_family: 1e9, cost_public: 10e9, cost_total: 11e9 } },
      ),
    );
    expect(h.text).toContain(
      "Within public spending, costs would move between payers over the ten years, at 2025/26 prices: councils' high needs budgets would pay about £610m less (95% interval £520m to £700m) and schools about £590m more (95% interval £500m to £680m).",
    );
    expect(h.text).toContain(
      'Public spending would show no clear change (95% interval -£90m to +£50m) over the ten years, at 2025/26 prices, while the cost to families would show no clear change (95% interval -£2m to +£9m).',
    );
    expect(h.text).not.toMatch(/families would (pay|bear)/i);
    // The combined figure is never judged nor written.
    expect(h.text).not.toMatch(/total|all payers|-£85m|-£14m/);
    expect(h.payers.map((c) => [c.metric, c.direction])).toEqual([
      ['cost_school', 'up'],
      ['cost_laHighNeeds', 'down'],
    ]);
    expect(h.publicSpending?.direction).toBe('unclear');
    expect(h.familyCost?.direction).toBe('unclear');
  });

  it('says both figures when public spending falls but families bear more', () => {
    // A reform that ends plans sooner: councils' high needs budgets save, families lose earnings.
    const h = writeHeadline(
      comparison(
        {
          cost_laHighNeeds: { mean: -2.1e9, lo: -2.3e9, hi: -1.9e9 },
          cost_public: { mean: -1.86e9, lo: -2.08e9, hi: -1.64e9 },
          cost_family: { mean: 243e6, lo: 221e6, hi: 265e6 },
          cost_total: { mean: -1.62e9, lo: -1.84e9, hi: -1.4e9 },
        },
        {
          baselineMean: { cost_laHighNeeds: 90e9, cost_public: 200e9, cost_family: 47e9, cost_total: 247e9 },
        },
      ),
    );
    expect(h.text).toContain(
      'Public spending would fall by about £1.86bn (95% interval £1.64bn to £2.08bn) over the ten years, at 2025/26 prices, but families would bear about £243m more (95% interval £221m to £265m).',
    );
    expect([h.publicSpending?.direction, h.familyCost?.direction]).toEqual(['down', 'up']);
    // The other way round: a saving to families that the public purse pays for.
    const other = writeHeadline(
      comparison(
        {
          cost_public: { mean: 1.86e9, lo: 1.64e9, hi: 2.08e9 },
          cost_family: { mean: -243e6, lo: -265e6, hi: -221e6 },
        },
        { baselineMean: { cost_public: 200e9, cost_family: 47e9 } },
      ),
    );
    expect(other.text).toContain(
      'Public spending would rise by about £1.86bn (95% interval £1.64bn to £2.08bn) over the ten years, at 2025/26 prices, but families would bear about £243m less (95% interval £221m to £265m).',
    );
  });

  it('writes billions, with as many figures as the interval supports', () => {
    const h = writeHeadline(comparison({ cost_family: { mean: -2.48e9, lo: -2.49e9, hi: -2.47e9 } }));
    expect(h.text).toContain('families would bear about £2.480bn less (95% interval £2.470bn to £2.490bn)');
  });

  it('says "In 2023" for a one-year run', () => {
    const h = writeHeadline(comparison({ cost_school: { mean: 5e6, lo: 4e6, hi: 6e6 } }, { years: 1 }));
    expect(h.text).toMatch(/^In 2023, “Ringfenced funding” would /);
    expect(h.text).toContain(
      'Within public spending, schools would pay about £5.0m more (95% interval £4.0m to £6.0m) in 2023, at 2025/26 prices.',
    );
  });

  it('claims nothing from one replication', () => {
    const h = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -20_000, hi: -20_000 } }, { reps: 1 }),
    );
    expect(h.outcomes).toEqual([]);
    expect(h.text).toBe(
      'Over ten years (2023–2032), no result for “Ringfenced funding” is fit to quote from this run: it has 1 replication, and quoting needs at least 10. With one replication there is no interval, so no change is claimed either.',
    );
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
          const claims = [...h.outcomes, ...h.payers, h.publicSpending, h.familyCost].filter(
            (c) => c !== null,
          );
          expect(claims.every((c) => c.direction === 'unclear')).toBe(true);
          expect(h.text).not.toMatch(/\b(fewer|more|less|rise|fall|raise|lower)\b/);
          if (h.outcomes.length > 0) expect(h.text).toContain('no clear change');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('claims a direction only for a clear change fit to quote, and names it the right way (property)', () => {
    // Clear (10 replications at scale 0.01): an interval with width, on one side of zero, and for
    // a count (appeals) at least 6 simulated appeals in all: |mean| × 10 × 0.01 ≥ 6, |mean| ≥ 60.
    // Fit to quote (levels of 100,000): a half-width at most half the change or 2,000.
    const anyInterval = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }))
      .map(([lo, width]): Estimate => ({ mean: lo + width / 2, lo, hi: lo + width }));
    const oneSide = (e: Estimate) => e.lo < e.hi && (e.lo > 0 || e.hi < 0);
    const quotable = (e: Estimate) => (e.hi - e.lo) / 2 <= Math.max(Math.abs(e.mean) / 2, 2_000);
    fc.assert(
      fc.property(anyInterval, anyInterval, (appeals, school) => {
        const h = writeHeadline(comparison({ appeals_registered: appeals, cost_school: school }));
        const claim = h.outcomes.find((c) => c.metric === 'appeals_registered');
        if (!quotable(appeals)) {
          expect(claim).toBeUndefined();
          expect(h.notQuoted).toContain('appeals_registered');
          expect(h.text).toContain('not given here: the change in tribunal appeals');
        } else if (!oneSide(appeals) || Math.abs(appeals.mean) < 60) {
          expect(claim?.direction ?? 'unclear').toBe('unclear');
          expect(h.text).not.toMatch(/(fewer|more) tribunal appeals/);
        } else {
          expect(claim?.direction).toBe(appeals.lo > 0 ? 'up' : 'down');
          expect(h.text).toMatch(
            new RegExp(`${appeals.lo > 0 ? 'more' : 'fewer'} tribunal appeals \\(95% interval`),
          );
        }
        const schools = h.payers.find((c) => c.metric === 'cost_school');
        if (!oneSide(school) || !quotable(school)) expect(schools).toBeUndefined();
        else expect(schools?.direction).toBe(school.lo > 0 ? 'up' : 'down');
        if (!quotable(school)) expect(h.text).toContain('The change in costs to schools is not fit to quote');
      }),
      { numRuns: 300 },
    );
  });

  it('never calls a degenerate interval clear, nor one from two replications', () => {
    const same = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -20_000, hi: -20_000 } }, { reps: 10 }),
    );
    expect(same.outcomes.find((c) => c.metric === 'appeals_registered')?.direction ?? 'unclear').toBe(
      'unclear',
    );
    const two = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -24_000, hi: -16_000 } }, { reps: 2 }),
    );
    expect(two.outcomes).toEqual([]);
    expect(two.text).toContain(
      'With 2 replications no change is called clear either (that needs at least 3).',
    );
  });

  it('does not call clear a change in a count that rests on fewer than 6 simulated children', () => {
    // Scale 0.01: one simulated appeal stands for 100. 10 replications × 50 fewer = 5 simulated appeals.
    const few = writeHeadline(comparison({ appeals_registered: { mean: -50, lo: -75, hi: -25 } }));
    expect(few.text).not.toContain('fewer tribunal appeals');
    const enough = writeHeadline(comparison({ appeals_registered: { mean: -60, lo: -85, hi: -35 } }));
    expect(enough.text).toContain('fewer tribunal appeals');
  });

  it('quotes only results fit to quote, and says which it leaves out', () => {
    // Appeals: clear, but its interval (±6,000) is more than half the change and 2% of the level.
    const h = writeHeadline(
      comparison({
        appeals_registered: { mean: -10_000, lo: -16_000, hi: -4_000 },
        assessment_requests: { mean: -9_000, lo: -10_000, hi: -8_000 },
        cost_school: { mean: 593e6, lo: 504e6, hi: 681e6 },
        cost_dfe: { mean: 5e6, lo: -1e6, hi: 11e6 },
      }),
    );
    expect(h.outcomes.map((c) => c.metric)).toEqual(['assessment_requests', 'ehcp_stock_all_ages']);
    expect(h.text).not.toContain('fewer tribunal appeals');
    expect(h.text).toContain(
      'Not fit to quote from this run, so not given here: the change in tribunal appeals.',
    );
    expect(h.text).toContain(
      'The change in costs to the Department for Education (capital for special school places, national programmes) is not fit to quote from this run.',
    );
    expect(h.notQuoted).toEqual(['appeals_registered', 'cost_dfe']);
  });

  it('quotes no figure from fewer than 10 replications, and says why', () => {
    const h = writeHeadline(
      comparison({ appeals_registered: { mean: -20_000, lo: -21_000, hi: -19_000 } }, { reps: 9 }),
    );
    expect(h.text).toBe(
      'Over ten years (2023–2032), no result for “Ringfenced funding” is fit to quote from this run: it has 9 replications, and quoting needs at least 10.',
    );
    expect([h.outcomes, h.payers, h.publicSpending, h.familyCost]).toEqual([[], [], null, null]);
  });

  it('says so when neither the outcomes nor public spending and the cost to families are fit to quote', () => {
    const wide = { mean: 0, lo: -5_000, hi: 5_000 };
    const h = writeHeadline(
      comparison(
        Object.fromEntries([
          ...HEADLINE_OUTCOMES.map(([id]) => [id, wide]),
          ['cost_public', wide],
          ['cost_family', wide],
        ]),
      ),
    );
    expect(h.text).toMatch(
      /^Over ten years \(2023–2032\), no change “Ringfenced funding” would make in the headline outcomes is fit to quote from this run\./,
    );
    expect(h.text).toContain(
      'The changes in public spending and in the cost to families are not fit to quote from this run.',
    );
    expect([h.publicSpending, h.familyCost]).toEqual([null, null]);
    const one = writeHeadline(comparison({ cost_family: wide }));
    expect(one.text).toContain(
      'Public spending would show no clear change (95% interval -£1,000 to +£1,000) over the ten years, at 2025/26 prices. The change in the cost to families is not fit to quote from this run.',
    );
  });
});
