/**
 * What a child's primary need (as SEN2 and the school census record it) does in the model.
 *
 * Complex needs (severe or profound and multiple learning difficulty, multi-sensory, physical,
 * hearing or visual impairment) are present from early childhood and call for a specialist
 * setting from the start: they are the route into special schools at reception, which a single
 * onset-severity distribution cannot produce (a need that starts mild must escalate for about ten
 * years of unmet need to reach a specialist place, so the model placed children in special schools
 * only at secondary age and their numbers fell as the starting pupils left). Every other need
 * starts at the general onset severity and grows or eases with provision, as before.
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import type { PrimaryNeed } from './journey-context.js';
import { clamp01 } from './journey-rules.js';

/** Primary needs that are complex from onset (see above). */
export const COMPLEX_NEEDS: readonly PrimaryNeed[] = ['SLD', 'PMLD', 'MSI', 'PD', 'VI', 'HI'];

/** Ages below this are before school (early years); complex needs arise only then (assumption). */
export const EARLY_ONSET_END = 5;

export function isComplexNeed(need: PrimaryNeed): boolean {
  return COMPLEX_NEEDS.includes(need);
}

/**
 * Severity of a need when it arises at `onsetAge`, from a uniform draw `u`: complex needs around
 * their own mean, other needs that arise before school around the early mean, later ones around
 * the general mean, each spread evenly over `need.onsetSeveritySpread`.
 */
export function onsetSeverity(need: PrimaryNeed, onsetAge: number, p: Params, u: number): number {
  const mean = isComplexNeed(need)
    ? p['need.complexOnsetSeverityMean']
    : p[onsetAge < EARLY_ONSET_END ? 'need.earlyOnsetSeverityMean' : 'need.onsetSeverityMean'];
  return clamp01(mean + p['need.onsetSeveritySpread'] * (u - 0.5));
}
