/**
 * Which primary need a child's need is. Plan holders at the start draw from the published mix of
 * plans for where they are (in mainstream schools by phase, the school census's; elsewhere, what
 * SEN2's mix of all plans leaves), so that both mixes hold on the first day (until model 0.24.0
 * they drew from SEN2's mix wherever they were, and the 2023 start held SEMH at 20% of primary-age
 * plans in mainstream schools against the census's 13%). A need that arises (in the run, or in a
 * replayed history at the start) draws with the age it arises at: before school, complex with the
 * chance that year gives (`earlyComplexChance`, demand-trends.ts), in the plans' mix of complex
 * needs; otherwise, and always from school age on, one of the other needs in the shares
 * `need.arisingShare.*` (journey/primary-need.ts says why complex needs differ).
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
import type { SettingName } from '../journey/setting-name.js';
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

/**
 * Pupils with an EHC plan in state-funded primary and secondary schools by primary need, January
 * 2021 (DfE, Special educational needs in England 2021, table "02 - Age and Gender, by type of SEN
 * provision and type of need": 95,601 and 68,370, the 2.1% and 2.0% of those schools' pupils the
 * release gives for EHC plans); calibration/plans-by-phase.ts holds the model against them.
 */
export const MAINSTREAM_PLANS_BY_PHASE_2021: Readonly<
  Record<PrimaryNeed, readonly [primary: number, secondary: number]>
> = {
  ASD: [28_758, 18_906],
  SLCN: [26_046, 11_598],
  SEMH: [12_619, 13_264],
  MLD: [7_949, 7_852],
  SpLD: [4_013, 5_054],
  SLD: [2_425, 1_190],
  PMLD: [1_279, 288],
  PD: [5_259, 4_133],
  HI: [2_601, 2_118],
  VI: [1_292, 1_380],
  MSI: [429, 241],
  OTH: [2_931, 2_346],
};

/** Plans in force in January 2021 (SEN2 2022; calibration-targets.json). */
const PLANS_2021 = 430_700;

/** Where a plan holder is at the start, as the draw of its need distinguishes it. */
export type PlanHolderPlace = 'mainstreamPrimary' | 'mainstreamSecondary' | 'elsewhere' | 'anywhere';

const ALL = PRIMARY_NEEDS;
const COMPLEX = PRIMARY_NEEDS.filter(isComplexNeed);
const OTHER = PRIMARY_NEEDS.filter((n) => !isComplexNeed(n));
const cumulativeOf = (needs: readonly PrimaryNeed[]) => cumulate(needs.map((n) => PRIMARY_NEED_SHARES[n]));
/**
 * The mix of needs of plan holders in each place: SEN2's, for a plan holder wherever it is; the
 * census's in mainstream schools at primary and secondary age; elsewhere (special schools, early
 * years, further education, out of education) what SEN2's mix of all plans leaves once the
 * census's mainstream pupils are taken out of it, in 2021's numbers (every need leaves a positive
 * remainder; the smallest is SpLD's, about 840 plans).
 */
const PLACE_CUMULATIVE: Readonly<Record<PlanHolderPlace, readonly number[]>> = {
  mainstreamPrimary: cumulate(ALL.map((n) => MAINSTREAM_PLANS_BY_PHASE_2021[n][0])),
  mainstreamSecondary: cumulate(ALL.map((n) => MAINSTREAM_PLANS_BY_PHASE_2021[n][1])),
  anywhere: cumulativeOf(ALL),
  elsewhere: cumulate(
    ALL.map((n) => {
      const [primary, secondary] = MAINSTREAM_PLANS_BY_PHASE_2021[n];
      return PRIMARY_NEED_SHARES[n] * PLANS_2021 - primary - secondary;
    }),
  ),
};
const COMPLEX_CUMULATIVE = cumulativeOf(COMPLEX);
/** The parameter giving each of the other needs' share of new needs, in `OTHER`'s order. */
const ARISING_SHARE: readonly ParameterKey[] = OTHER.map(
  (need) => `need.arisingShare.${need}` as ParameterKey,
);

/** Where a plan holder in `setting` aged `age` (whole years) is, as its need is drawn: mainstream schools by phase, or elsewhere. */
export function planHolderPlace(setting: SettingName, age: number): PlanHolderPlace {
  if (setting !== 'mainstream' && setting !== 'resourcedProvision') return 'elsewhere';
  if (age >= 5 && age <= 10) return 'mainstreamPrimary';
  return age >= 11 && age <= 15 ? 'mainstreamSecondary' : 'elsewhere';
}

/** The primary need of a plan holder at the start date, in `place`. */
export function drawPlanHolderNeed(place: PlanHolderPlace, r: RandomStream): PrimaryNeed {
  return ALL[pickIndex(r, PLACE_CUMULATIVE[place])]!;
}

/**
 * The primary need of a need that arises at `onsetAge`, in a year in which a need arising before
 * school is complex with chance `earlyComplexChance`.
 */
export function drawArisingNeed(
  onsetAge: number,
  earlyComplexChance: number,
  p: Params,
  r: RandomStream,
): PrimaryNeed {
  const complex = r() < earlyComplexChance && onsetAge < EARLY_ONSET_END;
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
