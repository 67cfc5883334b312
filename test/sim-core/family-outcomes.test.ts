/**
 * Outcomes that matter to families (issue 11): families' trust, crises, exclusions and suspensions
 * split by family, deprivation, area of need and SEN status, exclusion and suspension rates per
 * pupil by SEN status, unmet need by advocacy, NEET at 16–24 and
 * outcomes at 25. Checked over random seeds, scales and horizons: counts are whole and never
 * negative, shares and means lie in [0, 1], and every split adds up to the total it splits, so
 * the new series cannot disagree with the existing ones.
 */
import {
  METRICS,
  type MetricDefinition,
  type MetricId,
  Simulation,
  type SimulationOutput,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');

const runArb = fc.record({
  seed: fc.nat(1_000_000),
  replication: fc.nat(20),
  scale: fc.constantFrom(0.0005, 0.001),
  years: fc.integer({ min: 1, max: 4 }),
});

function simulate(run: { seed: number; replication: number; scale: number; years: number }) {
  return new Simulation({ params: baseline.params, startDate: baseline.startDate, ...run }).run();
}

const AREAS = ['communication', 'cognition', 'semh', 'sensory_physical', 'other_need'] as const;

/** Each split and the total it partitions. */
const PARTITIONS: ReadonlyArray<readonly [MetricId, readonly MetricId[]]> = [
  ['crisis_events', ['crisis_events_low_advocacy', 'crisis_events_high_advocacy']],
  ['crisis_events', ['crisis_events_deprived', 'crisis_events_not_deprived']],
  ['crisis_events', AREAS.map((a) => `crisis_events_${a}` as MetricId)],
  ['exclusions', ['exclusions_low_advocacy', 'exclusions_high_advocacy']],
  ['exclusions', ['exclusions_deprived', 'exclusions_not_deprived']],
  ['exclusions', AREAS.map((a) => `exclusions_${a}` as MetricId)],
  ['exclusions', ['exclusions_no_sen', 'exclusions_sen_support', 'exclusions_with_plan']],
  ['suspensions', ['suspensions_low_advocacy', 'suspensions_high_advocacy']],
  ['suspensions', ['suspensions_deprived', 'suspensions_not_deprived']],
  ['suspensions', AREAS.map((a) => `suspensions_${a}` as MetricId)],
  ['suspensions', ['suspensions_no_sen', 'suspensions_sen_support', 'suspensions_with_plan']],
  ['outcome_at_25_had_plan', ['outcome_at_25_eet', 'outcome_at_25_neet', 'outcome_at_25_adult_social_care']],
];

/** Exclusion and suspension rates by SEN status: each a year's flow over January's stock of pupils. */
const RATES: ReadonlyArray<readonly [MetricId, MetricId, MetricId]> = [
  ['exclusion_rate_sen_support', 'exclusions_sen_support', 'pupils_on_sen_support'],
  ['exclusion_rate_with_plan', 'exclusions_with_plan', 'pupils_with_ehcp_in_schools'],
  ['suspension_rate_sen_support', 'suspensions_sen_support', 'pupils_on_sen_support'],
  ['suspension_rate_with_plan', 'suspensions_with_plan', 'pupils_with_ehcp_in_schools'],
];

/** The series this work added (a share's parts included). */
const NEW_SERIES: readonly MetricId[] = [
  ...new Set([
    ...PARTITIONS.flatMap(([, parts]) => parts.filter((p) => !p.startsWith('outcome_at_25_'))),
    'outcome_at_25_had_plan',
    'unmet_need_child_years_low_advocacy',
    'unmet_need_child_years_high_advocacy',
    'sen_families',
    'sen_families_trust_total',
    'sen_families_low_trust',
    'young_people_16_to_24_with_or_after_plan',
    'neet_16_to_24_with_or_after_plan',
    'mean_trust_sen_families',
    'share_low_trust',
    'share_neet_16_to_24_with_or_after_plan',
    'share_outcome_at_25_eet',
    ...RATES.map(([rate]) => rate),
  ] as MetricId[]),
];

const DEFINITION = new Map((METRICS as readonly MetricDefinition[]).map((d) => [d.id, d]));

/** Every value of `id` in the monthly and yearly series, with the output it came from. */
function valuesOf(out: SimulationOutput, id: MetricId): number[] {
  return [...out.monthly[id], ...out.yearly[id]];
}

describe('outcomes for families', () => {
  it('are whole non-negative counts, and shares and mean trust within [0, 1]', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const out = simulate(run);
        for (const id of NEW_SERIES) {
          const def = DEFINITION.get(id)!;
          for (const v of valuesOf(out, id)) {
            if (def.kind === 'share') {
              // NaN only where nothing was counted (no family, nobody reached 25).
              // A suspension rate counts repeat suspensions, so it may pass 1 (canExceedOne).
              if (!Number.isNaN(v)) {
                expect(v, id).toBeGreaterThanOrEqual(0);
                if (def.canExceedOne !== true) expect(v, id).toBeLessThanOrEqual(1);
              }
            } else {
              expect(v, id).toBeGreaterThanOrEqual(0);
              if ((def.kind === 'stock' || def.kind === 'flow') && def.fractional !== true)
                expect(Number.isInteger(v), id).toBe(true);
            }
          }
        }
        // Low-trust families and the trust index summed are within the families counted.
        out.monthly.sen_families.forEach((families, m) => {
          expect(out.monthly.sen_families_low_trust[m]!).toBeLessThanOrEqual(families);
          expect(out.monthly.sen_families_trust_total[m]!).toBeLessThanOrEqual(families + 1e-6);
          expect(out.monthly.neet_16_to_24_with_or_after_plan[m]!).toBeLessThanOrEqual(
            out.monthly.young_people_16_to_24_with_or_after_plan[m]!,
          );
        });
        // A rate is the year's flow over the stock in its January: one value a year, none for the end.
        for (const [rate, flow, stock] of RATES) {
          expect(out.yearly[rate], rate).toHaveLength(out.yearly[flow].length);
          out.yearly[rate].forEach((v, y) => {
            const pupils = out.yearly[stock][y]!;
            if (pupils > 0) expect(v, `${rate} in year ${y}`).toBe(out.yearly[flow][y]! / pupils);
            else expect(Number.isNaN(v), rate).toBe(true);
          });
        }
        // Families are counted from the start: a run at any scale holds thousands of them.
        expect(out.monthly.sen_families[0]!).toBeGreaterThan(0);
      }),
      { numRuns: 10 },
    );
  });

  it('split crises, exclusions, suspensions and outcomes at 25 so that the parts add up to the total, month by month', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const out = simulate(run);
        for (const [total, parts] of PARTITIONS) {
          out.monthly[total].forEach((t, m) => {
            const sum = parts.reduce((s, p) => s + out.monthly[p][m]!, 0);
            expect(sum, `${parts.join(' + ')} = ${total} in month ${m}`).toBe(t);
          });
        }
        // Unmet need by advocacy: child-years accrue in floating point, part by part.
        out.monthly.unmet_need_child_years.forEach((t, m) => {
          const sum =
            out.monthly.unmet_need_child_years_low_advocacy[m]! +
            out.monthly.unmet_need_child_years_high_advocacy[m]!;
          expect(Math.abs(sum - t)).toBeLessThanOrEqual(1e-9 * Math.max(1, t));
        });
      }),
      { numRuns: 10 },
    );
  });

  it('give each split something to split over a run (crises and exclusions happen on both sides)', () => {
    const out = simulate({ seed: 3, replication: 0, scale: 0.001, years: 4 });
    const total = (id: MetricId) => out.monthly[id].reduce((a, b) => a + b, 0);
    for (const id of [
      'crisis_events_low_advocacy',
      'crisis_events_high_advocacy',
      'exclusions_sen_support',
      'exclusions_with_plan',
      'suspensions_sen_support',
      'suspensions_with_plan',
      'unmet_need_child_years_low_advocacy',
      'unmet_need_child_years_high_advocacy',
    ] as const)
      expect(total(id), id).toBeGreaterThan(0);
    // Trust moves: some families lose it (refusals, crises), so not every family sits at the start value.
    expect(out.monthly.sen_families_low_trust.at(-1)!).toBeGreaterThan(0);
  });
});
