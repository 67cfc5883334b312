/**
 * How far from home a specialist placement is, and whether it is residential (issue 15,
 * requirements 1 and 5): what home-to-school transport and a residential placement cost
 * follow from.
 *
 * A child placed in a special school goes to one in its home local authority, or out of area
 * by day, or (independent and non-maintained special schools only) to a residential school,
 * weekly or for 52 weeks a year. Which one is not drawn at random: it is a fixed integer hash
 * of the child's id, compared with the published or assumed shares for its setting. So it
 * needs no random draw and shifts no existing stream, it is the same in every scenario and
 * engine (common random numbers), and the kinds nest: a child whose hash puts it in a
 * residential school at one share is out of area at any larger out-of-area share, so lowering
 * a share moves only the children at its margin, never reshuffles the rest.
 *
 * The hash mixes the id with constants other than `localAreaOf`'s (services/local-areas.ts), so
 * a placement's distance is independent of the child's group of local areas.
 */
import type { SettingName } from '../journey/setting-name.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/**
 * Where a specialist placement is: `local` (in the home LA, or no specialist placement),
 * `outOfAreaDay` (a day school outside the home LA), `residentialWeekly` (boarding in term
 * time, home at weekends), `residential52Week` (living at the school all year). Codes are
 * indices: 0 is local, so a child with no specialist placement counts as 0.
 */
export const PLACEMENT_DISTANCES = [
  'local',
  'outOfAreaDay',
  'residentialWeekly',
  'residential52Week',
] as const;
export type PlacementDistance = (typeof PLACEMENT_DISTANCES)[number];

export const LOCAL = 0;
export const OUT_OF_AREA_DAY = 1;
export const RESIDENTIAL_WEEKLY = 2;
export const RESIDENTIAL_52_WEEK = 3;

/** Whether distance code `code` is a residential placement. */
export function isResidential(code: number): boolean {
  return code >= RESIDENTIAL_WEEKLY;
}

/** A uniform number in [0, 1) fixed by `child` and `salt` (a 32-bit integer hash; no random draw). */
function hashUniform(child: number, salt: number): number {
  let h = Math.imul(child ^ salt, 0x2c1b3c6d) ^ (child >>> 15);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** The child's place on the distance scale: lower is further from home (residential first). */
export function distanceDraw(child: number): number {
  return hashUniform(child, 0x5bd1e995);
}

/** Whether a residential placement is for 52 weeks (below the 52-week share) or weekly. */
export function fiftyTwoWeekDraw(child: number): number {
  return hashUniform(child, 0x27d4eb2f);
}

/**
 * The shares a setting's placements take, read from the parameters once per set of prices
 * (`ChildAccounts`), so the hot loop compares two numbers.
 */
export interface DistanceShares {
  /** Out-of-area share (day and residential) of state special school placements. */
  readonly maintainedOutOfArea: number;
  /** Out-of-area share (day and residential) of independent special school placements. */
  readonly independentOutOfArea: number;
  /** Residential share of independent special school placements (within the out-of-area share). */
  readonly independentResidential: number;
  /** 52-week share of residential placements. */
  readonly fiftyTwoWeek: number;
}

export function distanceShares(p: Params): DistanceShares {
  const independentOutOfArea = p['placement.outOfAreaShareIndependent'];
  return {
    maintainedOutOfArea: p['placement.outOfAreaShareMaintained'],
    independentOutOfArea,
    // A residential school is out of area by definition here: the residential share is capped by it.
    independentResidential: Math.min(p['placement.residentialShareIndependent'], independentOutOfArea),
    fiftyTwoWeek: p['placement.fiftyTwoWeekShare'],
  };
}

/** Whether a child in `setting`, holding a plan or not (`onPlan`), can be placed anywhere but `LOCAL`: only a plan holder in a special school. */
export function mayBeAwayFromHome(setting: SettingName, onPlan: boolean): boolean {
  return onPlan && (setting === 'maintainedSpecial' || setting === 'independentSpecial');
}

/**
 * The distance code of child `child` placed in `setting` while it holds a plan (`onPlan`):
 * `LOCAL` for every setting but the special schools, and for a child without a plan.
 */
export function placementDistanceOf(
  child: number,
  setting: SettingName,
  onPlan: boolean,
  shares: DistanceShares,
): number {
  if (!mayBeAwayFromHome(setting, onPlan)) return LOCAL;
  if (setting === 'maintainedSpecial')
    return distanceDraw(child) < shares.maintainedOutOfArea ? OUT_OF_AREA_DAY : LOCAL;
  const u = distanceDraw(child);
  if (u < shares.independentResidential)
    return fiftyTwoWeekDraw(child) < shares.fiftyTwoWeek ? RESIDENTIAL_52_WEEK : RESIDENTIAL_WEEKLY;
  return u < shares.independentOutOfArea ? OUT_OF_AREA_DAY : LOCAL;
}
