/**
 * Who pays for what (DESIGN 2.4). Running costs follow from a child's state (support level,
 * setting, how far from home a specialist placement is, whether need is met); one-off costs
 * follow from events. Unit costs are scenario parameters with sources; this file only says
 * which payer bears each.
 *
 * Home-to-school transport is the council's own money (LA other, never the high-needs block:
 * the DSG account and councils' budget pressure read only LA high needs), and it follows the
 * setting and its distance from home (placement-distance.ts), so place planning and inclusion
 * move it. Its pence are also kept in the `HOME_TO_SCHOOL_TRANSPORT` memo column, within LA other,
 * and a residential placement's care and health in the `RESIDENTIAL_*` memos, within their payers.
 */

import type { Payer } from '../foundation/payers.js';
import type { SupportLevel } from '../journey/journey-context.js';
import type { OneOffCost } from '../journey/journey-events.js';
import type { SettingName } from '../journey/setting-name.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import {
  HOME_TO_SCHOOL_TRANSPORT,
  LEDGER_COLUMNS,
  MOVED_FROM_HIGH_NEEDS,
  PAYER_INDEX,
  RESIDENTIAL_HEALTH,
  RESIDENTIAL_SOCIAL_CARE,
} from './ledger.js';
import { LOCAL, OUT_OF_AREA_DAY, RESIDENTIAL_52_WEEK, RESIDENTIAL_WEEKLY } from './placement-distance.js';

const SCHOOL = PAYER_INDEX.school;
const HIGH_NEEDS = PAYER_INDEX.laHighNeeds;
const LA_OTHER = PAYER_INDEX.laOther;
const HEALTH = PAYER_INDEX.health;
const SOCIAL_CARE = PAYER_INDEX.socialCare;
const ADULT_SOCIAL_CARE = PAYER_INDEX.adultSocialCare;
const DWP = PAYER_INDEX.dwp;
const FAMILY = PAYER_INDEX.family;

/**
 * Running costs in pounds per year by payer, written into `out` (length `LEDGER_COLUMNS`: the
 * payers, then the memo of ringfenced money moved from LA high needs to schools), for a child
 * with this support level and setting whose need is unmet or not, and who is in the model or
 * not. Plan provision from health and social care is paid in full when delivered and half when
 * only partly delivered (assumption: undelivered provision is not paid for). After a plan ends
 * before 25, the pathway decides who pays: nobody modelled in education, employment or training
 * (college without a plan, work), the DWP while NEET, adult social care and the DWP in adult social care.
 * `distance` (a code of placement-distance.ts, `LOCAL` by default) says how far from home a
 * special school placement is and whether it is residential.
 */
export function runningCosts(
  supportLevel: SupportLevel,
  planDelivered: boolean,
  setting: SettingName,
  needUnmet: boolean,
  active: boolean,
  p: Params,
  out: Float64Array,
  distance: number = LOCAL,
): void {
  out.fill(0, 0, LEDGER_COLUMNS);
  if (!active) return;
  const inSchool = setting === 'mainstream' || setting === 'resourcedProvision';
  if (supportLevel === 'plan') {
    switch (setting) {
      case 'earlyYears':
        out[HIGH_NEEDS] = p['cost.ehcpMainstreamTopUp'];
        break;
      case 'mainstream':
        out[SCHOOL] = p['cost.ehcpMainstreamSchool'];
        out[HIGH_NEEDS] = p['cost.ehcpMainstreamTopUp'];
        transport(p['cost.transportMainstreamPlan'], out);
        break;
      case 'resourcedProvision':
        out[HIGH_NEEDS] = p['cost.resourcedProvision'];
        transport(p['cost.transportMainstreamPlan'], out);
        break;
      case 'maintainedSpecial':
        out[HIGH_NEEDS] = p['cost.maintainedSpecial'];
        transport(specialSchoolTransport(distance, p), out);
        break;
      case 'independentSpecial':
        out[HIGH_NEEDS] = p['cost.independentSpecial'];
        transport(specialSchoolTransport(distance, p), out);
        residentialCosts(distance, p, out);
        break;
      case 'alternativeProvision':
        out[HIGH_NEEDS] = p['cost.alternativeProvision'];
        break;
      case 'furtherEducation':
        out[HIGH_NEEDS] = p['cost.furtherEducationPlan'];
        break;
      case 'outOfEducation':
        // Not in education or training: out of work too, as after the plan (so ending plans
        // earlier moves this cost only as far as it moves young people out of education).
        out[DWP] = p['cost.dwpOutOfWorkBenefits'];
        break;
      default:
        break;
    }
    const delivered = planDelivered ? 1 : 0.5;
    out[HEALTH]! += p['cost.planHealthProvision'] * delivered;
    out[SOCIAL_CARE]! += p['cost.planSocialCareProvision'] * delivered;
  } else if (supportLevel === 'postPlanNEET') {
    out[DWP] = p['cost.dwpOutOfWorkBenefits'];
  } else if (supportLevel === 'adultSocialCare') {
    out[ADULT_SOCIAL_CARE] = p['cost.adultSocialCare'];
    out[DWP] = p['cost.dwpOutOfWorkBenefits'];
  } else if (setting === 'alternativeProvision') {
    out[HIGH_NEEDS] = p['cost.alternativeProvision'];
  } else if (inSchool && (supportLevel === 'senSupport' || supportLevel === 'earlyHelp')) {
    out[SCHOOL] = p['cost.senSupportSchool'];
    const ringfenced = p['cost.senSupportRingfenced'];
    if (ringfenced !== 0) {
      // Ringfenced SEN money: schools book it; the share moved from the LA high-needs budget comes
      // off high needs for the same pupil, so moving money changes public spending by nothing.
      const moved = ringfenced * p['ringfence.movedFromHighNeeds'];
      out[SCHOOL] += ringfenced;
      if (moved !== 0) {
        out[HIGH_NEEDS] = -moved;
        out[MOVED_FROM_HIGH_NEEDS] = moved;
      }
    }
  }
  if (needUnmet) out[FAMILY] = p['cost.familyLostEarningsUnmet'];
}

/** Book `pounds` a year of home-to-school transport to LA other, and note it in the memo column. */
function transport(pounds: number, out: Float64Array): void {
  out[LA_OTHER]! += pounds;
  out[HOME_TO_SCHOOL_TRANSPORT] = pounds;
}

/** Transport a year to a special school at `distance` from home. */
function specialSchoolTransport(distance: number, p: Params): number {
  switch (distance) {
    case OUT_OF_AREA_DAY:
      return p['cost.transportOutOfArea'];
    case RESIDENTIAL_WEEKLY:
    case RESIDENTIAL_52_WEEK:
      return p['cost.transportResidential'];
    default:
      return p['cost.transportSpecialLocal'];
  }
}

/**
 * A residential placement's cost over the day place, split between its payers: children's social
 * care and health book their shares here. The education share (the rest) is not booked again:
 * `cost.independentSpecial` is councils' high-needs spending on independent and non-maintained
 * special schools divided by their pupils (PQ 100030), an average over day and residential
 * places that already holds what education budgets pay for residential ones. Booking it again
 * would count it twice and, through councils' high-needs pressure, change what they do.
 */
function residentialCosts(distance: number, p: Params, out: Float64Array): void {
  const extra =
    distance === RESIDENTIAL_WEEKLY
      ? p['cost.residentialWeeklyExtra']
      : distance === RESIDENTIAL_52_WEEK
        ? p['cost.residential52WeekExtra']
        : 0;
  if (extra === 0) return;
  const care = extra * p['placement.residentialCareShare'];
  const health = extra * p['placement.residentialHealthShare'];
  out[SOCIAL_CARE]! += care;
  out[HEALTH]! += health;
  out[RESIDENTIAL_SOCIAL_CARE] = care;
  out[RESIDENTIAL_HEALTH] = health;
}

/** One-off costs of an event, as (payer, pounds) pairs. */
export function oneOffCosts(cost: OneOffCost, p: Params): ReadonlyArray<readonly [Payer, number]> {
  switch (cost) {
    case 'assessmentCasework':
      return [['laOther', p['cost.assessmentCasework']]];
    case 'epAssessment':
      return [['laOther', p['cost.epAssessment']]];
    case 'earlyHelpEpisode':
      return [['socialCare', p['cost.earlyHelpEpisode']]];
    case 'crisis':
      return [
        ['health', p['cost.crisisHealth']],
        ['socialCare', p['cost.crisisSocialCare']],
      ];
    case 'mediation':
      return [['laOther', p['cost.mediation']]];
    case 'appealLodged':
      return [['family', p['cost.familyPerAppeal']]];
    case 'appealWithoutHearing':
      return [
        ['laOther', p['cost.tribunalLaNoHearing']],
        ['hmcts', p['cost.tribunalHmcts']],
      ];
    case 'appealHearing':
      return [
        ['laOther', p['cost.tribunalLaHearing']],
        ['hmcts', p['cost.tribunalHmcts']],
      ];
    // A suspension costs the school and the LA nothing modelled (the LA arranges provision only
    // from the sixth day, and the average suspension is 2.1 days); a parent loses earnings.
    case 'suspension':
      return [['family', p['cost.familyPerSuspension']]];
  }
}
