/**
 * The calibration's plausible sets in one plain sentence, for the model description and the
 * app's assumptions page alike.
 */
import type { CalibrationRecord } from '../scenario/scenario-file.js';

export function plausibleSetsText(fit: CalibrationRecord): string {
  const p = fit.plausible;
  if (p === undefined) return '';
  const ties =
    p.correlations.length === 0
      ? ''
      : ` The parameters the evidence ties together most strongly (correlation across plausible sets): ${p.correlations
          .map((c) => `${c.a} and ${c.b} (${c.correlation.toFixed(2)})`)
          .join('; ')}.`;
  return (
    `History matching evaluated ${p.evaluated} parameter sets and did not rule out ${p.count}; ` +
    (p.count >= 10
      ? "each fitted parameter's range is the spread of those sets, so the sensitivity analysis varies it over what the published figures allow."
      : "too few to narrow the ranges, so each fitted parameter's range is the search's bounds.") +
    ties
  );
}
