/**
 * The exclusion-rates check as text: the baseline's first projected year against DfE's published
 * permanent exclusion and suspension rates by SEN status, and SEMH pupils' share of them
 * (sim-core's exclusion-rates.ts).
 */
import type { ExclusionRateRow } from '@send-sim/sim-core';
import { renderTable } from './table.js';

/** The check's table, with the evidence for each published rate under it. */
export function exclusionRatesTable(rows: readonly ExclusionRateRow[]): string {
  const first = rows[0]!;
  const perThousand = (x: number) => (x * 1000).toFixed(1);
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '',
    `Exclusion and suspension rates by SEN status (per 1,000 pupils a year) and SEMH pupils' share of them, the baseline's ${first.year}, against DfE's published figures (parameters estimated from them, not fitted):`,
    '',
    renderTable(
      [
        { header: 'Rate' },
        { header: 'Published', align: 'right' },
        { header: 'Model (95% interval)', align: 'right' },
        { header: 'Tolerance', align: 'right' },
        { header: 'Result' },
      ],
      rows.map((r) => {
        const f = r.kind === 'rate' ? perThousand : percent;
        return [
          r.label,
          f(r.rate),
          `${f(r.model)} (${f(r.lo)}–${f(r.hi)})`,
          `±${Math.round(r.tolerance * 100)}%`,
          r.within ? 'within' : 'outside',
        ];
      }),
    ),
    '',
    'Published rates:',
    ...rows.map((r) => `  ${r.label}: ${r.evidence}.`),
  ];
  return `${lines.join('\n')}\n`;
}
