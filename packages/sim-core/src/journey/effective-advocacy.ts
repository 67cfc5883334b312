/**
 * Effective advocacy: the capacity a family brings to the system once independent information,
 * advice and support (SENDIASS, parent carer forums) is counted. A family's own advocacy capacity
 * (time, money, knowledge) is drawn once and never changes (synthetic-population.ts); what advice
 * changes is how much of that capacity the system demands. An adviser who explains the law, drafts
 * a request or prepares an appeal stands in for the knowledge a family lacks, so a family below
 * the average is treated as if part of its gap to the average were closed.
 *
 * Applied wherever the model reads advocacy (a parent noticing need, a request, an appeal), so it
 * acts on children already in the model as well as new ones. Families at or above the average
 * (0.5, the centre every advocacy weight is measured from) are unchanged: advice of this kind
 * narrows the gap rather than raising everyone. The equity metrics keep grouping families by
 * their own capacity (`appeals_low_advocacy` uses `advocacy < 0.5`), so who gains shows.
 *
 * With `advice.reachBelowAverage` at 0 (the baseline) this returns `advocacy` itself, so a
 * scenario without the lever is bit-for-bit unchanged.
 */
import type { Params } from '../scenario/parameter-catalogue.js';

/** The advocacy every weight is centred on (`request.advocacyWeight × (advocacy − 0.5)`). */
export const AVERAGE_ADVOCACY = 0.5;

/**
 * The advocacy the model acts on for a family whose own capacity is `advocacy`: below the
 * average, raised by the expected share of the gap advice closes (`advice.reachBelowAverage`
 * families reached × `advice.gapClosedWhenAdvised` of the gap each), an expected value rather
 * than a draw so no random stream moves.
 *
 * @example
 * effectiveAdvocacy(0.2, p) // 0.2 + 0.5 × 0.5 × (0.5 − 0.2) = 0.275 with reach 0.5, gap closed 0.5
 */
export function effectiveAdvocacy(advocacy: number, p: Params): number {
  const closed = p['advice.reachBelowAverage'] * p['advice.gapClosedWhenAdvised'];
  if (closed === 0 || advocacy >= AVERAGE_ADVOCACY) return advocacy;
  return advocacy + closed * (AVERAGE_ADVOCACY - advocacy);
}
