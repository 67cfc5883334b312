/**
 * The new-plans-by-age check as text: the share of a year's new EHC plans issued at each age, in
 * the runs against SEN2 (sim-core's new-plans-by-age.ts).
 */
import {
  NEW_PLAN_AGE_BANDS,
  NEW_PLAN_AGE_TOLERANCE,
  NEW_PLANS_BY_AGE_YEAR,
  type NewPlansByAgeColumn,
} from '@send-sim/sim-core';
import { renderTable } from './table.js';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The check's table: a row per calendar year of a run, with SEN2's row first. */
export function newPlansByAgeTable(columns: readonly NewPlansByAgeColumn[]): string {
  const lines = [
    '',
    `New plans by age: the share of a year's new EHC plans issued at each age, against SEN2 (not fitted; tolerance ±${Math.round(NEW_PLAN_AGE_TOLERANCE * 100)} points on each published share, an assumption):`,
    '',
    renderTable(
      [
        { header: 'Year' },
        ...NEW_PLAN_AGE_BANDS.map((band) => ({ header: `Aged ${band.ages}`, align: 'right' as const })),
        { header: 'Result' },
      ],
      [
        [
          `SEN2, ${NEW_PLANS_BY_AGE_YEAR}`,
          ...NEW_PLAN_AGE_BANDS.map((band) => (band.published === undefined ? '–' : percent(band.published))),
          '',
        ],
        ...columns.map((c) => [c.label, ...c.shares.map(percent), c.within ? 'within' : 'outside']),
      ],
    ),
    '',
    `SEN2: Education, health and care plans, reporting year 2022 (DfE, 12 May 2022), new plans issued in ${NEW_PLANS_BY_AGE_YEAR}, as nasen summarised it the same day: "just under a quarter" to children under 5 (read as 24%), 46.2% aged 5–10; the older bands are not given there. Ages in the model: on the day the plan is issued. A mix that holds while the plans' age mix drifts says the drift comes from what happens to plans after they are issued.`,
  ];
  return `${lines.join('\n')}\n`;
}
