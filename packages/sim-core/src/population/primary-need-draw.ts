/**
 * Which primary need a child's need is. Plan holders at the start draw from the published mix of
 * plans; a need that arises (in the run, or in a replayed history at the start) draws with the
 * age it arises at: before school, complex with chance `need.earlyComplexShare`; otherwise, and
 * always from school age on, one of the other needs (journey/primary-need.ts says why).
 */
import { cumulate, pickIndex, type RandomStream } from '../foundation/random-streams.js';
import { PRIMARY_NEEDS, type PrimaryNeed } from '../journey/journey-context.js';
import { EARLY_ONSET_END, isComplexNeed } from '../journey/primary-need.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/**
 * Primary need of plan holders: SEN2 2025 data catalogue (calibration-targets.json →
 * structure; 'unknown' 0.008 folded into OTH). Within the complex needs and within the others,
 * needs that arise are drawn in these proportions too (assumption: our evidence has no
 * breakdown of new needs or of SEN support by primary need).
 */
export const PRIMARY_NEED_SHARES: Readonly<Record<PrimaryNeed, number>> = {
  ASD: 0.315,
  SLCN: 0.213,
  SEMH: 0.207,
  MLD: 0.106,
  SLD: 0.04,
  PD: 0.039,
  SpLD: 0.023,
  HI: 0.014,
  PMLD: 0.013,
  OTH: 0.02,
  VI: 0.008,
  MSI: 0.003,
};

const ALL = PRIMARY_NEEDS;
const COMPLEX = PRIMARY_NEEDS.filter(isComplexNeed);
const OTHER = PRIMARY_NEEDS.filter((n) => !isComplexNeed(n));
const cumulativeOf = (needs: readonly PrimaryNeed[]) => cumulate(needs.map((n) => PRIMARY_NEED_SHARES[n]));
const ALL_CUMULATIVE = cumulativeOf(ALL);
const COMPLEX_CUMULATIVE = cumulativeOf(COMPLEX);
const OTHER_CUMULATIVE = cumulativeOf(OTHER);

/** The primary need of a plan holder at the start date. */
export function drawPlanHolderNeed(r: RandomStream): PrimaryNeed {
  return ALL[pickIndex(r, ALL_CUMULATIVE)]!;
}

/** The primary need of a need that arises at `onsetAge`. */
export function drawArisingNeed(onsetAge: number, p: Params, r: RandomStream): PrimaryNeed {
  const complex = r() < p['need.earlyComplexShare'] && onsetAge < EARLY_ONSET_END;
  return complex ? COMPLEX[pickIndex(r, COMPLEX_CUMULATIVE)]! : OTHER[pickIndex(r, OTHER_CUMULATIVE)]!;
}
