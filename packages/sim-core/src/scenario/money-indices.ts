/**
 * Which price index each money parameter follows (issue 11, requirement 4). A parameter not
 * named here follows the GDP deflator: what general inflation does to a cost is the default,
 * and a cost moves relative to it only where a published index says what it buys got dearer
 * or cheaper (staff paid on national scales, independent school fees, care and health).
 */
import { PARAMETER_CATALOGUE, PARAMETER_KEYS, type ParameterKey } from './parameter-catalogue.js';
import type { PriceIndexId } from './price-indices.js';

/** Whether `key` counts money (its unit is in GBP): the parameters uprated and indexed. */
export function isMoneyParameter(key: ParameterKey): boolean {
  return PARAMETER_CATALOGUE[key].unit.startsWith('GBP');
}

/** Every money parameter, in catalogue order. */
export const MONEY_PARAMETERS: readonly ParameterKey[] = PARAMETER_KEYS.filter(isMoneyParameter);

/**
 * The money parameters that follow an index other than the GDP deflator, and why (the reason is
 * shown with the index on the assumptions page and in `sendsim describe`).
 */
export const MONEY_INDEX_TABLE: Readonly<
  Partial<Record<ParameterKey, { index: PriceIndexId; why: string }>>
> = {
  'cost.senSupportSchool': { index: 'teacherPay', why: 'mostly teachers’ and teaching assistants’ time' },
  'cost.ehcpMainstreamSchool': { index: 'teacherPay', why: 'school staff time' },
  'cost.ehcpMainstreamTopUp': { index: 'teacherPay', why: 'top-ups pay for staff time in school' },
  'cost.resourcedProvision': { index: 'teacherPay', why: 'school staff' },
  'cost.maintainedSpecial': {
    index: 'teacherPay',
    why: 'special schools’ costs are mostly staff on teachers’ pay',
  },
  'cost.alternativeProvision': { index: 'teacherPay', why: 'school staff' },
  'cost.independentSpecial': { index: 'independentFees', why: 'fees set by independent providers' },
  'cost.epAssessment': { index: 'epPay', why: 'educational psychologists’ time (Soulbury scales)' },
  'cost.epLocumPremium': { index: 'epPay', why: 'educational psychologists’ time' },
  'delivery.epFte': { index: 'epPay', why: 'salary and on-costs of an educational psychologist' },
  'cost.planHealthProvision': { index: 'health', why: 'NHS therapies and services' },
  'cost.crisisHealth': { index: 'health', why: 'NHS (CAMHS) care' },
  'cost.planSocialCareProvision': { index: 'socialCare', why: 'social care services' },
  'cost.crisisSocialCare': { index: 'socialCare', why: 'social care services' },
  'cost.adultSocialCare': { index: 'socialCare', why: 'adult social care packages' },
  'cost.residentialWeeklyExtra': {
    index: 'socialCare',
    why: 'residential care staff: what a boarding place adds to the day place',
  },
  'cost.residential52WeekExtra': {
    index: 'socialCare',
    why: 'residential care staff all year: what a 52-week place adds to the day place',
  },
};

/** The price index money parameter `key` follows (the GDP deflator unless the table says otherwise). */
export function priceIndexOf(key: ParameterKey): PriceIndexId {
  return MONEY_INDEX_TABLE[key]?.index ?? 'gdpDeflator';
}
