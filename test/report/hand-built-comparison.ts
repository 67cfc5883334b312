/**
 * Test helper: a comparison built by hand, every measure the model reports (metrics and costs)
 * at a level with a "quiet" change (no clear direction) except the changes a test gives, so
 * the report's rules (headline, fit to quote) can be driven without running the model.
 */
import {
  COST_KEYS,
  type Comparison,
  type Estimate,
  METRICS,
  type PairedDifference,
  type RunMeta,
  valueForMoney,
} from '@send-sim/sim-core';

/** Every measure a comparison carries: the metrics, then the costs by payer. */
export const ALL_IDS = [...METRICS.map((m) => m.id), ...COST_KEYS.map((p) => `cost_${p}`)];

/** The measures that are shares (0–1). */
export const SHARE_IDS = new Set<string>(METRICS.filter((m) => m.kind === 'share').map((m) => m.id));

export interface HandBuiltOptions {
  readonly reps?: number;
  readonly years?: number;
  readonly scale?: number;
  /** The reform's scenario id (its name is `names.reform`). */
  readonly reform?: string;
  readonly names?: { readonly baseline: string; readonly reform: string };
  /** Each measure's baseline level. */
  readonly level: (id: string) => number;
  /** Each measure's change where the test gives none. */
  readonly quiet: (id: string, level: number) => Estimate;
  /** The replications and scale value for money is judged at (default the run's). */
  readonly valueForMoney?: { readonly reps: number; readonly scale: number };
}

const meta = (scenario: string, name: string, o: HandBuiltOptions): RunMeta => ({
  scenario,
  scenarioName: name,
  seed: 1,
  reps: o.reps ?? 10,
  years: o.years ?? 10,
  scale: o.scale ?? 0.01,
  startDate: '2023-01-01',
  modelVersion: '0.1.0',
});

/** The comparison with `changes` (by measure) and everything else quiet. */
export function handBuiltComparison(changes: Record<string, Estimate>, o: HandBuiltOptions): Comparison {
  const differences: PairedDifference[] = ALL_IDS.map((id) => {
    const base = o.level(id);
    const difference = changes[id] ?? o.quiet(id, base);
    return {
      metric: id,
      baseline: { mean: base, lo: base, hi: base },
      reform: { mean: base + difference.mean, lo: base + difference.lo, hi: base + difference.hi },
      difference,
      shareReformBetter: 0.5,
      higherIsBetter: false,
    };
  });
  const reform = o.reform ?? 'reform';
  const names = o.names ?? { baseline: 'baseline', reform };
  return {
    baseline: meta('baseline', names.baseline, o),
    reform: meta(reform, names.reform, o),
    differences,
    valueForMoney: valueForMoney(
      [],
      [],
      [],
      o.valueForMoney ?? { reps: o.reps ?? 10, scale: o.scale ?? 0.01 },
    ),
  };
}
