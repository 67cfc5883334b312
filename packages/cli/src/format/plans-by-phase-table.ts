/**
 * The plans-by-phase check as text: of plan holders in mainstream schools at primary and at
 * secondary age, the share with each of the five commonest primary needs, in the runs against the
 * school census (sim-core's plans-by-phase.ts).
 */
import {
  PHASE_SHARE_TOLERANCE,
  type PhaseNeedRow,
  PLAN_PHASES,
  PLANS_BY_PHASE_YEAR,
} from '@send-sim/sim-core';
import { renderTable } from './table.js';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The check's table: a row per phase and need, a column per January looked at. */
export function plansByPhaseTable(rows: readonly PhaseNeedRow[], labels: readonly string[]): string {
  const { relative, absolute } = PHASE_SHARE_TOLERANCE;
  const [primary, secondary] = PLAN_PHASES;
  const lines = [
    '',
    `Plans in mainstream schools by phase and primary need: of plan holders in mainstream schools aged ${primary.ages} and aged ${secondary.ages}, the share with each need, against the school census (not fitted; tolerance ${Math.round(relative * 100)}% of the census's share or ${Math.round(absolute * 100)} points, an assumption):`,
    '',
    renderTable(
      [
        { header: 'Phase' },
        { header: 'Need' },
        { header: `Census, January ${PLANS_BY_PHASE_YEAR}`, align: 'right' },
        ...labels.map((label) => ({ header: label, align: 'right' as const })),
      ],
      rows.map((row) => [
        row.phase,
        row.need,
        percent(row.published),
        ...row.model.map((m, i) => `${percent(m)}${row.within[i] ? '' : ' outside'}`),
      ]),
    ),
    '',
    `The census: Special educational needs in England, January ${PLANS_BY_PHASE_YEAR} (DfE): pupils with an EHC plan in state-funded primary and secondary schools by primary need. Its primary schools hold 4-year-olds in reception and its secondary schools their sixth forms; the model counts plan holders aged ${primary.ages} and ${secondary.ages} in mainstream schools and resourced provision.`,
  ];
  return `${lines.join('\n')}\n`;
}
