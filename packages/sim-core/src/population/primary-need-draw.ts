/**
 * Which primary need a child's need is. Plan holders at the start draw from the published mix of
 * plans; a need that arises (in the run, or in a replayed history at the start) draws with the
 * age it arises at: before school, complex with chance `need.earlyComplexShare`, in the plans'
 * mix of complex needs; otherwise, and always from school age on, one of the other needs in the
 * shares `need.arisingShare.*` (journey/primary-need.ts says why complex needs differ).
 *
 * Until model 0.23.0 the other needs arose in the plans' mix too, which has far more autism
 * (31.5% of plans against 11.7% of pupils with SEN) and far less specific learning difficulty
 * (2.3% against 12.5%): communication and interaction needs were 58% of the model's pupils with
 * SEN in school against the census's 34%. Nothing publishes the mix of needs as they arise, so
 * the shares are estimated, with `provision.senSupportByNeed.*`, so that the model's pupils
 * with SEN in school come out in the census's mix and its plans in SEN2's (the parameters'
 * records in scenarios/baseline.json say how).
 */
import { cumulate, pickIndex, type RandomStream } from '../foundation/random-streams.js';
import { PRIMARY_NEEDS, type PrimaryNeed } from '../journey/journey-context.js';
import { EARLY_ONSET_END, isComplexNeed } from '../journey/primary-need.js';
import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';

/**
 * Primary need of plan holders: SEN2 2025 data catalogue (calibration-targets.json →
 * structure; 'unknown' 0.008 folded into OTH). Complex needs that arise are drawn in these
 * proportions too (assumption: our evidence has no breakdown of new needs).
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
/** The parameter giving each of the other needs' share of new needs, in `OTHER`'s order. */
const ARISING_SHARE: readonly ParameterKey[] = OTHER.map(
  (need) => `need.arisingShare.${need}` as ParameterKey,
);

/** The primary need of a plan holder at the start date. */
export function drawPlanHolderNeed(r: RandomStream): PrimaryNeed {
  return ALL[pickIndex(r, ALL_CUMULATIVE)]!;
}

/** The primary need of a need that arises at `onsetAge`. */
export function drawArisingNeed(onsetAge: number, p: Params, r: RandomStream): PrimaryNeed {
  const complex = r() < p['need.earlyComplexShare'] && onsetAge < EARLY_ONSET_END;
  return complex ? COMPLEX[pickIndex(r, COMPLEX_CUMULATIVE)]! : OTHER[pickOther(p, r)]!;
}

/** One of the other needs in proportion to `need.arisingShare.*`, from one draw (no array made). */
function pickOther(p: Params, r: RandomStream): number {
  let total = 0;
  for (const key of ARISING_SHARE) total += p[key];
  let u = r() * total;
  for (let i = 0; i < ARISING_SHARE.length - 1; i++) {
    u -= p[ARISING_SHARE[i]!];
    if (u < 0) return i;
  }
  return ARISING_SHARE.length - 1;
}
