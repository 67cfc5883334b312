/**
 * The growth check `sendsim calibrate` prints after the backtest: each setting's growth over
 * the baseline's projection against the fastest published, with a verdict and the evidence
 * behind each published rate.
 */
import type { SettingGrowthRow } from '@send-sim/sim-core';
import { formatNumber } from './numbers.js';
import { renderTable } from './table.js';

/** The growth check as text, after a blank line. */
export function settingGrowthTable(rows: readonly SettingGrowthRow[]): string {
  const first = rows[0]!;
  const rate = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '',
    `Growth by setting over the baseline's projection, January ${first.fromYear} to January ${first.toYear}, against the fastest published (compound, a year; "Fastest" is the model's fastest over any window as long as the published one):`,
    '',
    renderTable(
      [
        { header: 'Stock' },
        { header: String(first.fromYear), align: 'right' },
        { header: String(first.toYear), align: 'right' },
        { header: 'Model', align: 'right' },
        { header: 'Fastest', align: 'right' },
        { header: 'Published', align: 'right' },
        { header: 'Verdict' },
      ],
      rows.map((r) => [
        r.label,
        formatNumber(r.from, 0),
        formatNumber(r.to, 0),
        rate(r.modelRate),
        `${rate(r.fastestRate)} from ${r.fastestFrom}`,
        `${rate(r.rate)} over ${r.years} yr`,
        r.faster
          ? 'faster than ever published: needs a mechanism'
          : r.falls
            ? 'falls where the published rose: needs a reason'
            : 'within',
      ]),
    ),
    '',
    'Published rates, from the longest window the evidence gives:',
    ...rows.map((r) => `  ${r.label}: ${r.evidence}.`),
  ];
  return `${lines.join('\n')}\n`;
}
