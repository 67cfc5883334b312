/**
 * What a child's primary need (as SEN2 and the school census record it) does in the model.
 *
 * Complex needs (severe or profound and multiple learning difficulty, multi-sensory, physical,
 * hearing or visual impairment) are present from early childhood and call for a specialist
 * setting from the start: they are the route into special schools at reception, which a single
 * onset-severity distribution cannot produce (a need that starts mild must escalate for about ten
 * years of unmet need to reach a specialist place, so the model placed children in special schools
 * only at secondary age and their numbers fell as the starting pupils left).
 *
 * Other needs are mostly mild when they arise and grow or ease with provision, but a share of them
 * is severe from the start (autism with a learning disability, a severe language disorder): such
 * a need calls for a plan within a year or two of being noticed, not after years of unmet need.
 * Severe needs arising before school are either complex or not (autism with a learning disability
 * is recorded as ASD), and both reach plans and special schools alike; their shares are separate
 * so the calibration can set each against its own evidence (the complex needs' share of plans, and
 * plans by age) rather than make every early severe need a complex one (model 0.8.0 did: complex
 * needs grew from 12% of plans to 22% by 2023). Without them every plan for a non-complex need
 * came after long escalation, so plans were issued
 * too late in childhood (in model 0.7.0 about 60% of new plans went to children aged 9–15) and the
 * age mix of plans drifted: 5–10-year-olds held 33% of plans at the start and 16% twelve years on,
 * against a published share steady near a third (SEN2 2015–2022).
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import type { PrimaryNeed } from './journey-context.js';
import { clamp01 } from './journey-rules.js';

/**
 * The SEND Code of Practice's four broad areas of need (DfE and DHSC, 2015, paragraphs
 * 6.28–6.35), which group the primary needs SEN2 and the school census record; 'other
 * difficulty or disability' belongs to none of them and is reported on its own. Results broken
 * down by primary need use these areas: twelve needs, several held by under 2% of plans, would
 * leave most series as noise at the scales a comparison runs at.
 */
export const AREAS_OF_NEED = ['communication', 'cognition', 'semh', 'sensoryPhysical', 'other'] as const;
export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

export const AREA_OF_NEED: Readonly<Record<PrimaryNeed, AreaOfNeed>> = {
  ASD: 'communication',
  SLCN: 'communication',
  MLD: 'cognition',
  SpLD: 'cognition',
  SLD: 'cognition',
  PMLD: 'cognition',
  SEMH: 'semh',
  PD: 'sensoryPhysical',
  HI: 'sensoryPhysical',
  VI: 'sensoryPhysical',
  MSI: 'sensoryPhysical',
  OTH: 'other',
};

/** Primary needs that are complex from onset (see above). */
export const COMPLEX_NEEDS: readonly PrimaryNeed[] = ['SLD', 'PMLD', 'MSI', 'PD', 'VI', 'HI'];

/** Ages below this are before school (early years); complex needs arise only then (assumption). */
export const EARLY_ONSET_END = 5;

export function isComplexNeed(need: PrimaryNeed): boolean {
  return COMPLEX_NEEDS.includes(need);
}

/**
 * Needs never severe when they arise (assumption, from model 0.25.0): a specific learning difficulty
 * (dyslexia, dyscalculia, dyspraxia) is a difficulty in one area of learning, noticed once that
 * learning is taught, and grows with unmet need like a mild one. Until 0.25.0 it took
 * `need.severeOnsetShare` like every other need, and once the fit doubled that share (0.021 to
 * 0.048, with complex needs' share of plans at 5–10 a target) SpLD reached 3.5% of the baseline's
 * plans by 2035 against SEN2's 2.3%.
 */
const NEVER_SEVERE_AT_ONSET: readonly PrimaryNeed[] = ['SpLD'];

/**
 * Severity of a need when it arises at `onsetAge`, from one uniform draw `u`. A complex need calls
 * for a specialist setting from the start, so it starts evenly between the specialist threshold
 * (`placement.specialistSeverity`) and 1, as the starting population's plan holders in specialist
 * settings do. (Until model 0.10.0 complex needs started around the severe mean like the other
 * severe needs, and the fit had moved that band wholly below the threshold, 0.56–0.86 against
 * 0.89: a complex need reached a special school only by escalating first, so almost no child
 * entered one before age 8 and the projection's special schools emptied from the bottom.) A share
 * of the other needs is severe from onset (`need.severeOnsetShareEarly` of those arising before
 * school and `need.severeOnsetShare` of later ones, taken from the bottom of `u`'s range) around
 * the severe mean; other needs that arise before school around the early mean, later ones around
 * the general mean; each spread evenly over `need.onsetSeveritySpread`. What is left of `u` after
 * the share is taken is rescaled to a uniform draw, so one draw decides both.
 */
export function onsetSeverity(need: PrimaryNeed, onsetAge: number, p: Params, u: number): number {
  if (isComplexNeed(need)) {
    const threshold = p['placement.specialistSeverity'];
    return clamp01(threshold + (1 - threshold) * u);
  }
  const share = NEVER_SEVERE_AT_ONSET.includes(need)
    ? 0
    : p[onsetAge < EARLY_ONSET_END ? 'need.severeOnsetShareEarly' : 'need.severeOnsetShare'];
  const severe = u < share;
  const within = severe ? u / share : (u - share) / (1 - share);
  const mean = severe
    ? p['need.severeOnsetSeverityMean']
    : p[onsetAge < EARLY_ONSET_END ? 'need.earlyOnsetSeverityMean' : 'need.onsetSeverityMean'];
  return clamp01(mean + p['need.onsetSeveritySpread'] * (within - 0.5));
}
