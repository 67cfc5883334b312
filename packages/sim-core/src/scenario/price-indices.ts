/**
 * Prices that move (issue 11, requirement 4): a unit cost grows with the index of what it buys
 * (teachers' pay, educational psychologists' pay, independent special school fees, social care,
 * health), not only with general inflation. Each index is a published series of cash levels by
 * financial year where one was found, and the GDP deflator where none was; beyond its last
 * published year it grows at `prices.<index>RealGrowth` a year over the GDP deflator (a scenario
 * parameter with a range, so it shows on the assumptions page and enters sensitivity analysis).
 *
 * What the model reads is each index relative to the GDP deflator, `rel(t) = index(t) ÷ GDP(t)`:
 * money stays in real 2025/26 prices (`price-base.ts`), and a cost whose index outruns general
 * inflation costs more in real terms in later years. Before an index's first published year its
 * relative level is held at that year's (assumption: no relative price change is known there).
 *
 * A pay award made in September covers seven months of the financial year that starts that
 * April and five of the next, so a financial year's pay level is 5/12 of the previous award's
 * level plus 7/12 of the new one's.
 */
import type { ParameterKey } from './parameter-catalogue.js';
import { financialYearName, financialYearOf, GDP_DEFLATOR, PRICE_BASE } from './price-base.js';

/** The price indices a money parameter can follow. */
export const PRICE_INDICES = [
  'gdpDeflator',
  'teacherPay',
  'epPay',
  'independentFees',
  'socialCare',
  'health',
] as const;
export type PriceIndexId = (typeof PRICE_INDICES)[number];

/** Where a transcribed value comes from. */
export interface PriceIndexSource {
  readonly title: string;
  readonly publisher: string;
  readonly year: string;
  readonly url: string;
  /** V: read in the source; D: the award is well known but its source was not re-read here; A: assumption. */
  readonly status: 'V' | 'D' | 'A';
}

/** One September pay award, with where it comes from. */
export interface PayAward {
  /** Calendar year of the September the award takes effect. */
  readonly year: number;
  /** The award as a share (0.065 for 6.5%). */
  readonly award: number;
  readonly source: PriceIndexSource;
}

export interface PriceIndexDefinition {
  readonly id: PriceIndexId;
  /** Plain-English name. */
  readonly label: string;
  /** The parameter of its real growth a year beyond its last published year (none for the deflator). */
  readonly growth: ParameterKey | undefined;
  /** Cash levels by financial year (`2022/23`), any base; empty when no series was transcribed. */
  readonly levels: Readonly<Record<string, number>>;
  /** Why the series is what it is: what was found, what is assumed. */
  readonly note: string;
  /** The sources of the levels (or of the awards they are built from). */
  readonly sources: readonly PriceIndexSource[];
}

const NEU_SOULBURY_2018 = {
  title: 'Soulbury officers: pay agreement 2018/2019',
  publisher: 'National Education Union',
  year: '2018',
  url: 'https://neu.org.uk/advice/soulbury-officers',
  status: 'V',
} as const;
const NEU_SOULBURY_2024 = {
  title: "Soulbury Officers' pay agreement 2024",
  publisher: 'National Education Union',
  year: '2025',
  url: 'https://neu.org.uk/latest/library/soulbury-officers-pay-agreement-2024',
  status: 'V',
} as const;
const NEU_SOULBURY_2025 = {
  title: 'Soulbury pay offer 2025-26 (Soulbury Officers pay agreement 2025)',
  publisher: 'National Education Union',
  year: '2025',
  url: 'https://neu.org.uk/latest/library/soulbury-pay-offer-2025-26',
  status: 'V',
} as const;
const SOULBURY_NOT_FOUND = {
  title:
    'Soulbury Committee pay agreements (award not found; taken as the public sector pay policy or NJC award of the year)',
  publisher: 'Local Government Association (Soulbury Committee)',
  year: '2023',
  url: 'https://www.local.gov.uk/our-support/workforce-and-hr-support/education-and-young-people/soulbury-officers',
  status: 'A',
} as const;
const STRB = (
  year: number,
  status: 'V' | 'D',
  title: string,
  url: string,
  publisher = 'Department for Education',
) => ({ title, publisher, year: String(year), url, status }) as const;
const STRB_REPORTS = 'https://www.gov.uk/government/collections/school-teachers-review-body-strb-reports';

/**
 * Pay awards for experienced teachers in England (the upper pay range; the main pay range's
 * top point where awards differed), STRB recommendations as accepted by the government.
 */
export const TEACHER_PAY_AWARDS: readonly PayAward[] = [
  { year: 2015, award: 0.01, source: STRB(2015, 'D', 'STRB 25th report: 1% on pay ranges', STRB_REPORTS) },
  { year: 2016, award: 0.01, source: STRB(2016, 'D', 'STRB 26th report: 1% on pay ranges', STRB_REPORTS) },
  {
    year: 2017,
    award: 0.01,
    source: STRB(2017, 'D', 'STRB 27th report: 1% (2% on the main pay range minimum)', STRB_REPORTS),
  },
  {
    year: 2018,
    award: 0.02,
    source: STRB(
      2018,
      'D',
      'STRB 28th report: 2% on the upper pay range (3.5% main pay range)',
      STRB_REPORTS,
    ),
  },
  {
    year: 2019,
    award: 0.0275,
    source: STRB(2019, 'D', 'STRB 29th report: 2.75% on all ranges', STRB_REPORTS),
  },
  {
    year: 2020,
    award: 0.0275,
    source: STRB(2020, 'D', 'STRB 30th report: 2.75% upper pay range (5.5% starting)', STRB_REPORTS),
  },
  {
    year: 2021,
    award: 0,
    source: STRB(
      2021,
      'V',
      'Written statement HCWS232: STRB 31st report; pause to headline pay rises (only £250 below £24,000)',
      'https://questions-statements.parliament.uk/written-statements/detail/2021-07-21/hcws232',
    ),
  },
  {
    year: 2022,
    award: 0.05,
    source: STRB(2022, 'D', 'STRB 32nd report: 5% for experienced teachers (8.9% starting)', STRB_REPORTS),
  },
  {
    year: 2023,
    award: 0.065,
    source: STRB(
      2023,
      'V',
      'Government announces pay increase for teachers as per STRB recommendation (6.5%, 14 July 2023)',
      'https://www.lexisnexis.co.uk/legal/news/government-announces-pay-increase-for-teachers-as-per-strb-recommendation',
      'LexisNexis (reporting the DfE)',
    ),
  },
  {
    year: 2024,
    award: 0.055,
    source: STRB(
      2024,
      'V',
      'Government confirms STRB recommendations of fully funded 5.5% pay award to teachers',
      'https://theeducationview.com/government-confirms-strb-recommendations-of-fully-funded-5-5-pay-award-to-teachers/',
      'The Education View (reporting the DfE)',
    ),
  },
  {
    year: 2025,
    award: 0.04,
    source: STRB(2025, 'D', 'STRB 35th report: 4% on all pay ranges', STRB_REPORTS),
  },
];

/** Soulbury pay awards (educational psychologists' pay scales), from each September. */
export const EP_PAY_AWARDS: readonly PayAward[] = [
  { year: 2015, award: 0.01, source: SOULBURY_NOT_FOUND },
  { year: 2016, award: 0.01, source: SOULBURY_NOT_FOUND },
  { year: 2017, award: 0.01, source: SOULBURY_NOT_FOUND },
  { year: 2018, award: 0.02, source: NEU_SOULBURY_2018 },
  { year: 2019, award: 0.02, source: NEU_SOULBURY_2018 },
  { year: 2020, award: 0.0275, source: SOULBURY_NOT_FOUND },
  { year: 2021, award: 0.0175, source: SOULBURY_NOT_FOUND },
  { year: 2022, award: 0.035, source: SOULBURY_NOT_FOUND },
  { year: 2023, award: 0.035, source: SOULBURY_NOT_FOUND },
  { year: 2024, award: 0.025, source: NEU_SOULBURY_2024 },
  { year: 2025, award: 0.032, source: NEU_SOULBURY_2025 },
];

/** Financial-year levels of pay that changes by `awards` each September (level 100 before the first). */
export function payLevels(awards: readonly PayAward[]): Record<string, number> {
  const out: Record<string, number> = {};
  let before = 100;
  for (const { year, award } of awards) {
    const after = before * (1 + award);
    out[financialYearName(year)] = (5 / 12) * before + (7 / 12) * after;
    before = after;
  }
  return out;
}

const PQ_100030 = {
  title: 'Written question 100030: schools, special educational needs (answered 7 January 2026)',
  publisher: 'Department for Education (parliamentary answer)',
  year: '2026',
  url: 'https://parallelparliament.co.uk/question/100030/schools-special-educational-needs',
  status: 'V',
} as const;

const GROWTH_NOTE =
  'beyond its last published year it grows at its prices.*RealGrowth parameter over the GDP deflator';

/** Every index the model knows, in `PRICE_INDICES` order. */
export const PRICE_INDEX_DEFINITIONS: Readonly<Record<PriceIndexId, PriceIndexDefinition>> = {
  gdpDeflator: {
    id: 'gdpDeflator',
    label: 'GDP deflator (general inflation)',
    growth: undefined,
    levels: GDP_DEFLATOR,
    note: 'HM Treasury GDP deflator at market prices (price-base.ts): the default for every money parameter.',
    sources: [],
  },
  teacherPay: {
    id: 'teacherPay',
    label: "Teachers' pay (STRB awards)",
    growth: 'prices.teacherPayRealGrowth',
    levels: payLevels(TEACHER_PAY_AWARDS),
    note: `September pay awards for experienced teachers in England, 2015 to 2025, weighted 5/12 and 7/12 into financial years; ${GROWTH_NOTE}.`,
    sources: TEACHER_PAY_AWARDS.map((a) => a.source),
  },
  epPay: {
    id: 'epPay',
    label: "Educational psychologists' pay (Soulbury awards)",
    growth: 'prices.epPayRealGrowth',
    levels: payLevels(EP_PAY_AWARDS),
    note: `Soulbury Committee September awards; 2018, 2019, 2024 and 2025 read in the agreements, 2015–17 and 2020–23 not found and taken as the public sector pay policy or the NJC award of the year (assumption); ${GROWTH_NOTE}.`,
    sources: EP_PAY_AWARDS.map((a) => a.source),
  },
  independentFees: {
    id: 'independentFees',
    label: 'Independent special school fees (cost per pupil)',
    growth: 'prices.independentFeesRealGrowth',
    levels: { '2020/21': 54_000, '2021/22': 57_000, '2022/23': 62_000 },
    note: `Independent and non-maintained special school cost per pupil with an EHCP (PQ 100030), FY2020/21 to FY2022/23: the only published series found; it mixes fee growth with changes in the mix of placements; ${GROWTH_NOTE} (from 2023/24, so also to the price base).`,
    sources: [PQ_100030],
  },
  socialCare: {
    id: 'socialCare',
    label: 'Social care pay and prices',
    growth: 'prices.socialCareRealGrowth',
    levels: {},
    note: `No published series transcribed (the PSSRU Unit Costs of Health and Social Care inflation indices were not found in a readable copy): follows the GDP deflator to ${PRICE_BASE}; ${GROWTH_NOTE} after it.`,
    sources: [],
  },
  health: {
    id: 'health',
    label: 'NHS pay and prices',
    growth: 'prices.healthRealGrowth',
    levels: {},
    note: `No published series transcribed (NHS cost inflation index not found in a readable copy): follows the GDP deflator to ${PRICE_BASE}; ${GROWTH_NOTE} after it.`,
    sources: [],
  },
};

/** The start year of a financial year or price year (`2022/23` → 2022; `2017` → 2017). */
export function startYearOf(priceYear: string): number {
  return Number(financialYearOf(priceYear).slice(0, 4));
}

const BASE_YEAR = startYearOf(PRICE_BASE);

/** (1 + g)^n for a whole n ≥ 0, by multiplication (no engine-approximated Math.pow in sim-core). */
function compound(g: number, n: number): number {
  let out = 1;
  for (let i = 0; i < n; i++) out *= 1 + g;
  return out;
}

function deflatorAt(year: number): number {
  const value = GDP_DEFLATOR[financialYearName(year)];
  if (value === undefined) throw new RangeError(`GDP deflator: no value for ${financialYearName(year)}`);
  return value;
}

/**
 * The index's level relative to the GDP deflator in the financial year starting in `year`
 * (any scale: only ratios are used), with real growth `growth` a year beyond its published years.
 */
export function relativePriceLevel(index: PriceIndexId, year: number, growth: number): number {
  if (index === 'gdpDeflator') return 1;
  const years = Object.keys(PRICE_INDEX_DEFINITIONS[index].levels).map(startYearOf);
  const levels = PRICE_INDEX_DEFINITIONS[index].levels;
  if (years.length === 0) return year <= BASE_YEAR ? 1 : compound(growth, year - BASE_YEAR);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const at = (y: number) => levels[financialYearName(y)]! / deflatorAt(y);
  if (year <= first) return at(first);
  if (year <= last) return at(year);
  return at(last) * compound(growth, year - last);
}

/**
 * The relative price factor of a cost following `index` in the financial year starting in
 * `year`: its real (price-base) value then ÷ its real value in the price base year. 1 in the
 * price base year, and always 1 for the GDP deflator.
 */
export function relativePriceFactor(index: PriceIndexId, year: number, growth: number): number {
  if (index === 'gdpDeflator') return 1;
  return relativePriceLevel(index, year, growth) / relativePriceLevel(index, BASE_YEAR, growth);
}

/**
 * Factor taking a cost that follows `index` from cash in `priceYear` to the price base: the GDP
 * deflator's uprating times the index's relative price change over the years between.
 */
export function indexUpratingFactor(index: PriceIndexId, priceYear: string, growth: number): number {
  const from = startYearOf(priceYear);
  const general = deflatorAt(BASE_YEAR) / deflatorAt(from);
  return general / relativePriceFactor(index, from, growth);
}

/**
 * Factor taking a cost that follows `index` from the price base to cash in the financial year
 * `fy` (for comparing with published cash spending): its relative price factor that year times
 * general inflation from the price base to that year.
 */
export function cashFactor(index: PriceIndexId, fy: string, growth: number): number {
  const year = startYearOf(fy);
  return relativePriceFactor(index, year, growth) * (deflatorAt(year) / deflatorAt(BASE_YEAR));
}
