/**
 * A probabilistic sensitivity analysis as CSV (`sendsim psa --format csv`): one file with a
 * `section` column, so one download holds the summary, the parameters that matter and every
 * draw of the cost-effectiveness plane, each row readable alone.
 *
 * - `summary`: per scenario, the distribution over draws (mean, 2.5th and 97.5th percentiles) of
 *   the baseline's level (`level`) or a reform's `effect`, `public_cost` and
 *   `unmet_need_avoided`; and the `probability_better` (in `mean`).
 * - `influence`: per scenario and sampled parameter, Spearman's ρ over draws with its rank.
 * - `draw`: per reform and draw, its effect, change in public spending (£) and unmet-need
 *   child-years avoided: the scatter.
 */
import type { PsaAnalysis, PsaInfluence, PsaSpread } from '../experiment/psa.js';
import { toCsv } from './results-csv.js';

const HEADER = [
  'section',
  'metric',
  'scenario',
  'item',
  'draw',
  'mean',
  'lo',
  'hi',
  'draws',
  'rank',
  'spearman',
  'effect',
  'public_cost',
  'unmet_need_avoided',
];

/** The whole analysis, summary rows first, then influence, then draws. */
export function psaCsv(a: PsaAnalysis): string {
  const metric = a.measure.id;
  const summary = (scenario: string, item: string, s: PsaSpread) => [
    'summary',
    metric,
    scenario,
    item,
    undefined,
    s.mean,
    s.lo,
    s.hi,
    s.draws,
  ];
  const influence = (scenario: string, rows: readonly PsaInfluence[]) =>
    rows.map((row, i) => [
      'influence',
      metric,
      scenario,
      row.key,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      i + 1,
      row.spearman,
    ]);
  const base = a.baseline.scenario;
  const rows = [
    summary(base, 'level', a.level.spread),
    ...a.reforms.flatMap((r) => [
      summary(r.reform.scenario, 'effect', r.effect),
      [
        'summary',
        metric,
        r.reform.scenario,
        'probability_better',
        undefined,
        r.probabilityBetter,
        undefined,
        undefined,
        r.effect.draws,
      ],
      summary(r.reform.scenario, 'public_cost', r.publicCost),
      summary(r.reform.scenario, 'unmet_need_avoided', r.unmetNeedAvoided),
    ]),
    ...influence(base, a.level.influence),
    ...a.reforms.flatMap((r) => influence(r.reform.scenario, r.influence)),
    ...a.reforms.flatMap((r) =>
      r.scatter.map((p) => [
        'draw',
        metric,
        r.reform.scenario,
        undefined,
        p.draw + 1,
        ...new Array<undefined>(6).fill(undefined),
        p.effect,
        p.publicCost,
        p.unmetNeedAvoided,
      ]),
    ),
  ];
  return toCsv(HEADER, rows);
}
