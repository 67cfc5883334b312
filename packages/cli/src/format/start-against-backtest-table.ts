/**
 * The start against the backtest as text: each stock in the baseline's first January beside the
 * backtest's own same January, and whether they differ by more than the runs' noise (sim-core's
 * start-against-backtest.ts).
 */
import type { StartStockRow } from '@send-sim/sim-core';
import { formatNumber } from './numbers.js';
import { renderTable } from './table.js';

const signedPercent = (x: number) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%` : '–';

/** The table, with a line saying how many stocks the first projected years will carry away. */
export function startAgainstBacktestTable(rows: readonly StartStockRow[]): string {
  const year = rows[0]?.year;
  const apart = rows.filter((r) => !r.within);
  const lines = [
    '',
    `The start in motion: the baseline's stocks in January ${year} (its start) against the backtest's own January ${year} (four years of the model's journeys from January 2019), with the difference's 95% noise (not fitted):`,
    '',
    renderTable(
      [
        { header: 'Stock' },
        { header: 'Start', align: 'right' },
        { header: 'Backtest', align: 'right' },
        { header: 'Difference', align: 'right' },
        { header: 'Noise', align: 'right' },
        { header: 'Result' },
      ],
      rows.map((r) => [
        r.label,
        formatNumber(r.start.mean, 0),
        formatNumber(r.backtest.mean, 0),
        signedPercent(r.difference),
        Number.isFinite(r.noise) ? `±${(r.noise * 100).toFixed(1)}%` : '–',
        r.within ? 'within noise' : r.difference > 0 ? 'start higher' : 'start lower',
      ]),
    ),
    '',
    `${apart.length} of ${rows.length} stocks differ by more than their noise. The first projected years move such a stock towards the model's own level whatever the policy, so its growth then is partly the start's, not the journey's (see the growth by setting above). Where the start takes a published figure (plans in force and by age, pupils on SEN support, state special school places), a difference is the backtest's drift from the published series, not the start's.`,
  ];
  return `${lines.join('\n')}\n`;
}
