/**
 * The special-schools-by-age check as text: the share of plan holders in state schools who are
 * in state special schools at primary and at secondary age, in the runs against the school
 * census (sim-core's special-schools-by-age.ts).
 */
import {
  PUBLISHED_SECONDARY_TO_PRIMARY,
  RATIO_TOLERANCE,
  SCHOOL_PHASES,
  type SpecialSchoolsByAgeColumn,
} from '@send-sim/sim-core';
import { renderTable } from './table.js';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The check's table: a row per January of a run, with the census's row first. */
export function specialSchoolsByAgeTable(columns: readonly SpecialSchoolsByAgeColumn[]): string {
  const [primary, secondary] = SCHOOL_PHASES;
  const lo = PUBLISHED_SECONDARY_TO_PRIMARY * (1 - RATIO_TOLERANCE);
  const hi = PUBLISHED_SECONDARY_TO_PRIMARY * (1 + RATIO_TOLERANCE);
  const lines = [
    '',
    `Special schools by age: the share of plan holders in state schools who are in state special schools, aged ${primary.ages} and ${secondary.ages}, against the school census (not fitted; the ratio's tolerance ±${Math.round(RATIO_TOLERANCE * 100)}% is an assumption):`,
    '',
    renderTable(
      [
        { header: 'January of' },
        { header: `Aged ${primary.ages}`, align: 'right' },
        { header: `Aged ${secondary.ages}`, align: 'right' },
        { header: 'Ratio', align: 'right' },
        { header: 'Result' },
      ],
      [
        [
          'School census, January 2015',
          percent(primary.published),
          percent(secondary.published),
          PUBLISHED_SECONDARY_TO_PRIMARY.toFixed(2),
          '',
        ],
        ...columns.map((c) => [
          c.label,
          percent(c.primary),
          percent(c.secondary),
          Number.isFinite(c.ratio) ? c.ratio.toFixed(2) : 'no primary pupils',
          c.within ? 'within' : `outside ${lo.toFixed(2)}–${hi.toFixed(2)}`,
        ]),
      ],
    ),
    '',
    'The census: Special educational needs in England, January 2015 (DfE), as the European Agency for Special Needs and Inclusive Education gives it (country data for England 2014/15, tables 5 and 6): pupils with a statement or EHC plan in state-funded primary, secondary and special schools by age, and of them those in special schools (non-maintained ones included). Its share is about the same at every age from 5 to 10 (35.9%–37.9%) and from 11 to 15 (47.8%–49.0%).',
  ];
  return `${lines.join('\n')}\n`;
}
