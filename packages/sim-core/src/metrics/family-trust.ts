/**
 * Families' trust in the system as an output (issue 11): how many families of children on SEN
 * support, early help or an EHC plan there are, their trust index summed, and how many have low
 * trust, kept as running totals the engine changes when a child's trust or support level
 * changes, and recorded at each month start (no walk over the children).
 *
 * The trust index is the model's own construct, 0–1, not a survey measure: every family starts
 * at population.initialTrust (0.5, the scale's midpoint: no published measure exists), loses
 * trust.lossOnRefusal when the LA refuses to assess or to issue and trust.lossOnCrisis in a
 * crisis, and regains trust.gainWhenMet each time need is found met. It proxies the families'
 * confidence in the system: below 0.5 it raises the chance that they seek a plan as a legal
 * guarantee (request.distrustWeight). Families start between 0.3 and 0.7 (the starting spread),
 * so "low trust", below 0.3, is trust lost to refusals and crises, not where a family started.
 */
import { SUPPORT_LEVELS } from '../journey/journey-context.js';
import type { MetricsCollector } from './metrics-collector.js';

/**
 * Trust below which a family has lost trust: the lowest any family starts with
 * (population.initialTrust 0.5 less half of the spread of 0.4, synthetic-population.ts). Requests
 * by such families (`requests_low_trust`) use the same line.
 */
export const LOW_TRUST = 0.3;

/**
 * Trust is summed in whole thousandths, so the running sum is an exact integer whatever the
 * order of the changes (floats added and taken away would drift, and could end below zero).
 */
const STEPS = 1000;

/** Support levels whose families are counted: SEN support, early help (a form of it) and a plan. */
const COUNTED: readonly boolean[] = SUPPORT_LEVELS.map(
  (level) => level === 'senSupport' || level === 'earlyHelp' || level === 'plan',
);

/** Whether a child in the model at support level `supportCode` (its index in SUPPORT_LEVELS) is counted. */
export function countsForTrust(supportCode: number): boolean {
  return COUNTED[supportCode] === true;
}

export class FamilyTrust {
  private families = 0;
  /** Trust summed over the counted families, in thousandths. */
  private steps = 0;
  private low = 0;

  /**
   * A child's family changes from (`wasCounted`, `trustBefore`) to (`counted`, `trust`): whether
   * it is counted (in the model and at a counted support level) and its trust index.
   */
  change(wasCounted: boolean, trustBefore: number, counted: boolean, trust: number): void {
    if (wasCounted) this.remove(trustBefore);
    if (counted) this.add(trust);
  }

  add(trust: number): void {
    this.families++;
    this.steps += Math.round(trust * STEPS);
    if (trust < LOW_TRUST) this.low++;
  }

  private remove(trust: number): void {
    this.families--;
    this.steps -= Math.round(trust * STEPS);
    if (trust < LOW_TRUST) this.low--;
  }

  /** Record the counts at the start of month `month`. */
  record(metrics: MetricsCollector, month: number): void {
    metrics.setStock('sen_families', month, this.families);
    metrics.setStock('sen_families_trust_total', month, this.steps / STEPS);
    metrics.setStock('sen_families_low_trust', month, this.low);
  }
}
