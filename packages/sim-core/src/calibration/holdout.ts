/**
 * The forecasting self-test's split: targets whose period reaches into the held-out years are
 * kept from the fit, so the fit never sees a month of them, and are judged only against the
 * projection afterwards. A period is held out if any month of it falls in or after January of
 * the first held-out year: `Jan 2022`, `CY 2022`, `AY 2021/22` (to August 2022) and
 * `FY 2021/22` (to March 2022) are all held out from 2022.
 *
 * The fit it feeds starts from an uninformed point, the middle of every free parameter's
 * plausible range: the baseline file's values were fitted to every target, held-out ones
 * included, and starting there would carry what they taught into the test.
 */

import { roundFitted } from './calibration-objective.js';
import type { CalibrationTarget } from './calibration-types.js';
import type { SearchParameter } from './parameter-space.js';
import { lastMonth, periodSpan } from './periods.js';

export interface Holdout {
  /** The first held-out year. */
  readonly from: number;
  /** Targets wholly before January of `from`: the fit's. */
  readonly fitting: readonly CalibrationTarget[];
  /** Targets with a month in `from` or later: the projection's test. */
  readonly heldOut: readonly CalibrationTarget[];
}

/** Whether `period` has a month in January of `year` or later. */
export function reachesYear(period: string, year: number): boolean {
  const span = periodSpan(period, year);
  if (typeof span === 'string') throw new Error(`reachesYear: ${span}`);
  // Months count from January of `year`: a snapshot there is month 0, a span ending in it ends after 0.
  return span.kind === 'snapshot' ? span.month >= 0 : lastMonth(span) > 0;
}

/** Split `targets` into those the fit may use and those held out from `from` on. */
export function holdOut(targets: readonly CalibrationTarget[], from: number): Holdout {
  return {
    from,
    fitting: targets.filter((t) => !reachesYear(t.period, from)),
    heldOut: targets.filter((t) => reachesYear(t.period, from)),
  };
}

/** Every parameter at the middle of its bounds: a start that no target has informed. */
export function uninformedStart(parameters: readonly SearchParameter[]): Record<string, number> {
  return Object.fromEntries(parameters.map((p) => [p.key, roundFitted((p.min + p.max) / 2)]));
}
