/**
 * The headline can lead with an outcome the reader chooses (issue 11: "the headline and the
 * briefing can lead with an outcome, not only money"): unmet need, crises, families' trust and
 * the other outcomes for families. The chosen outcome is named first, clear or not; the other
 * place follows the fixed rule; an unknown choice is refused with what was expected.
 */
import {
  type Comparison,
  type Estimate,
  HEADLINE_OUTCOMES,
  LEAD_OUTCOME_IDS,
  writeHeadline,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handBuiltComparison, SHARE_IDS } from './hand-built-comparison.js';

/**
 * A comparison in which nothing changes clearly (counts ±1,000 around 100,000, shares ±0.2
 * points around 40%), except the differences given.
 */
function comparison(changes: Record<string, Estimate>): Comparison {
  return handBuiltComparison(changes, {
    reform: 'ringfenced',
    names: { baseline: 'England today (baseline)', reform: 'Ringfenced funding' },
    level: (id) => (SHARE_IDS.has(id) ? 0.4 : 100_000),
    quiet: (id) =>
      SHARE_IDS.has(id) ? { mean: 0, lo: -0.002, hi: 0.002 } : { mean: 0, lo: -1000, hi: 1000 },
    valueForMoney: { reps: 5, scale: 1 },
  });
}

describe('a headline led by a chosen outcome', () => {
  it('names unmet need first when asked, even with no clear change, and fills the other place by the rule', () => {
    const c = comparison({
      appeals_registered: { mean: -30_000, lo: -35_000, hi: -25_000 },
      crisis_events: { mean: -4_000, lo: -5_000, hi: -3_000 },
    });
    expect(writeHeadline(c).outcomes.map((o) => o.metric)).toEqual(['appeals_registered', 'crisis_events']);
    const led = writeHeadline(c, undefined, { lead: 'unmet_need_child_years' });
    expect(led.outcomes.map((o) => o.metric)).toEqual(['unmet_need_child_years', 'appeals_registered']);
    expect(led.text).toMatch(
      /^Over ten years \(2023–2032\), “Ringfenced funding” would make no clear change in child-years of unmet need \(95% interval -1,000 to \+1,000\) and mean about 30,000 fewer tribunal appeals/,
    );
  });

  it('words families’ trust as a mean index in percentage points, not as "the share of"', () => {
    const h = writeHeadline(
      comparison({ mean_trust_sen_families: { mean: 0.012, lo: 0.006, hi: 0.018 } }),
      undefined,
      { lead: 'mean_trust_sen_families' },
    );
    expect(h.outcomes[0]).toMatchObject({ metric: 'mean_trust_sen_families', direction: 'up' });
    expect(h.text).toContain(
      'raise the mean trust in the system of families of children on SEN support or a plan (the model’s own index) by about 1.2 percentage points (95% interval 0.6 to 1.8)',
    );
  });

  it('says a clear change in a share smaller than a tenth of a point is one, not "about 0.0 percentage points"', () => {
    const h = writeHeadline(
      comparison({ mean_trust_sen_families: { mean: -0.0002, lo: -0.0003, hi: -0.0001 } }),
      undefined,
      { lead: 'mean_trust_sen_families' },
    );
    expect(h.outcomes[0]).toMatchObject({ metric: 'mean_trust_sen_families', direction: 'down' });
    expect(h.text).toContain(
      'lower the mean trust in the system of families of children on SEN support or a plan (the model’s own index) by less than 0.1 percentage points (a clear change, but a very small one)',
    );
    expect(h.text).not.toContain('0.0');
  });

  it('puts any outcome it can lead with first, and the rest by the fixed rule (property)', () => {
    const ids = HEADLINE_OUTCOMES.map(([id]) => id);
    fc.assert(
      fc.property(fc.constantFrom(...LEAD_OUTCOME_IDS), fc.subarray(ids), (lead, clear) => {
        const changes = Object.fromEntries(
          clear.map((id) => [
            id,
            SHARE_IDS.has(id) ? { mean: 0.05, lo: 0.03, hi: 0.07 } : { mean: -5_000, lo: -7_000, hi: -3_000 },
          ]),
        );
        const h = writeHeadline(comparison(changes), undefined, { lead });
        const others = ids.filter((id) => id !== lead);
        const next = others.find((id) => clear.includes(id)) ?? others[0];
        expect(h.outcomes.map((o) => o.metric)).toEqual([lead, next]);
        // Every outcome it names is in words, never a bare metric id (`exclusions` is a word too).
        if (lead.includes('_')) expect(h.text).not.toContain(lead);
      }),
      { numRuns: 200 },
    );
  });

  it('does not name a chosen outcome that is not fit to quote, says so, and follows the rule', () => {
    const h = writeHeadline(
      comparison({
        share_low_trust: { mean: 0.01, lo: -0.04, hi: 0.06 },
        crisis_events: { mean: -4_000, lo: -5_000, hi: -3_000 },
      }),
      undefined,
      { lead: 'share_low_trust' },
    );
    expect(h.outcomes.map((o) => o.metric)).toEqual(['crisis_events', 'ehcp_stock_all_ages']);
    expect(h.notQuoted).toContain('share_low_trust');
    expect(h.text).toContain(
      'Not fit to quote from this run, so not given here: the change in families of children on SEN support or a plan who have lost trust.',
    );
  });

  it('refuses an outcome it cannot lead with, saying which it can', () => {
    expect(() => writeHeadline(comparison({}), undefined, { lead: 'independent_placements' })).toThrow(
      /lead: expected one of ehcp_stock_all_ages, .*mean_trust_sen_families.*found "independent_placements"/,
    );
  });
});
