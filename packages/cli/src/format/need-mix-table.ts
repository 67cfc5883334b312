/**
 * The need-mix check as text: the baseline's pupils with SEN in school and its plans by primary
 * need, against the school census and SEN2, at the projection's start and end
 * (sim-core's need-mix.ts).
 */
import { NEED_SHARE_TOLERANCE, type NeedShareRow } from '@send-sim/sim-core';
import { renderTable } from './table.js';

/** The check's table, with the evidence for each published share under it. */
export function needMixTable(rows: readonly NeedShareRow[]): string {
  const [start, end] = rows[0]!.years;
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const { relative, absolute } = NEED_SHARE_TOLERANCE;
  const lines = [
    '',
    `Primary needs: pupils with SEN in school by area of need (school census) and plans by primary need (SEN2), the baseline's January ${start} and January ${end} (parameters estimated from them, not fitted; within ±${relative * 100}% or ±${absolute * 100} point, whichever is wider, in both years):`,
    '',
    renderTable(
      [
        { header: 'Share' },
        { header: 'Published', align: 'right' },
        { header: String(start), align: 'right' },
        { header: String(end), align: 'right' },
        { header: 'Result' },
      ],
      rows.map((r) => [
        r.label,
        percent(r.share),
        percent(r.model[0]),
        percent(r.model[1]),
        r.within ? 'within' : 'outside',
      ]),
    ),
    '',
    'Published shares:',
    ...rows.filter((r) => r.of === 'pupilsWithSen').map((r) => `  ${r.label}: ${r.evidence}.`),
    `  Plans by primary need: ${rows.find((r) => r.of === 'plans')?.evidence}.`,
  ];
  return `${lines.join('\n')}\n`;
}
