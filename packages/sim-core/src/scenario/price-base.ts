/**
 * One price base for all money: unit costs come from sources dated 2015/16 to 2025/26, so
 * each is uprated from its own price year to the model's price base with the GDP deflator
 * (the Treasury's standard measure of general inflation, as the Green Book advises for public
 * spending). Method: value × index(price base) ÷ index(price year). A calendar-year price year
 * is deflated with the financial year that starts in it (which covers nine of its months).
 */

/** The price base every money parameter is uprated to. */
export const PRICE_BASE = '2025/26';

/**
 * GDP deflator at market prices, financial years, 2024-25 = 100: HM Treasury, "GDP deflators
 * at market prices, and money GDP, March 2026 (Quarterly National Accounts)", 31 March 2026
 * (outturn: ONS series L8GG to 2024-25). Read from a public copy of the release's spreadsheet
 * (ncl-icb-analytics/dbt-ncl-analytics, seeds/uk_cost_indices.csv, rounded to 4 decimals),
 * checked against a second copy for 2015-16, 2018-19, 2019-20, 2022-23 and 2024-25.
 * 2025-26 and 2026-27 are OBR forecasts (Spring Statement, 3 March 2026) applied as growth
 * on 2024-25 by that copy.
 */
export const GDP_DEFLATOR: Readonly<Record<string, number>> = {
  '2014/15': 74.0662,
  '2015/16': 74.5804,
  '2016/17': 76.0754,
  '2017/18': 77.0388,
  '2018/19': 78.7948,
  '2019/20': 80.8738,
  '2020/21': 85.1002,
  '2021/22': 85.3036,
  '2022/23': 91.2996,
  '2023/24': 96.1117,
  '2024/25': 100,
  '2025/26': 103.2388,
  '2026/27': 105.3095,
};

/**
 * OBR forecasts of the deflator beyond `GDP_DEFLATOR`, from the same release and copy (Spring
 * Statement, 3 March 2026), used only to show results in cash (`cashPerReal`); not price years.
 */
export const GDP_DEFLATOR_FORECAST: Readonly<Record<string, number>> = {
  '2027/28': 107.3546,
  '2028/29': 109.3571,
  '2029/30': 111.3959,
  '2030/31': 113.6416,
};

/**
 * General inflation a year beyond the last forecast (2030/31), for cash results only:
 * assumption, the Bank of England's 2% CPI target, which the OBR's deflator forecasts approach
 * (1.9–2.1% a year 2027/28 to 2030/31). Plausible range 1.5–2.5%.
 */
export const DEFLATOR_GROWTH_BEYOND_FORECAST = 0.02;

/** The deflator in the financial year starting in `year`, extended beyond the forecast at 2% a year. */
export function gdpDeflatorAt(year: number): number {
  const name = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  const known = GDP_DEFLATOR[name] ?? GDP_DEFLATOR_FORECAST[name];
  if (known !== undefined) return known;
  const first = Number(Object.keys(GDP_DEFLATOR)[0]!.slice(0, 4));
  if (year < first) throw new RangeError(`GDP deflator: no value before ${Object.keys(GDP_DEFLATOR)[0]}`);
  const lastName = Object.keys(GDP_DEFLATOR_FORECAST).at(-1)!;
  let value = GDP_DEFLATOR_FORECAST[lastName]!;
  for (let y = Number(lastName.slice(0, 4)); y < year; y++) value *= 1 + DEFLATOR_GROWTH_BEYOND_FORECAST;
  return value;
}

/**
 * Pounds of cash in the financial year starting in `year` per pound of price-base (real) money:
 * how results are shown "in cash" (`--prices cash`), applied when results are reported.
 */
export function cashPerReal(year: number): number {
  return gdpDeflatorAt(year) / GDP_DEFLATOR[PRICE_BASE]!;
}

export const GDP_DEFLATOR_SOURCE = {
  title: 'GDP deflators at market prices, and money GDP, March 2026 (Quarterly National Accounts)',
  publisher: 'HM Treasury',
  year: '2026',
  url: 'https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp',
} as const;

/** The financial year that starts in April of `year` (`2022` → `2022/23`). */
export function financialYearName(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The financial year a price year stands for: `2022/23` as is; calendar `2017` → `2017/18`. */
export function financialYearOf(priceYear: string): string {
  return /^\d{4}\/\d{2}$/.test(priceYear) ? priceYear : financialYearName(Number(priceYear));
}

/** Whether the deflator covers `priceYear`. */
export function hasDeflator(priceYear: string): boolean {
  return GDP_DEFLATOR[financialYearOf(priceYear)] !== undefined;
}

/** Factor taking money in `from` prices to `to` prices (default: the model's price base). */
export function upratingFactor(from: string, to: string = PRICE_BASE): number {
  const a = GDP_DEFLATOR[financialYearOf(from)];
  const b = GDP_DEFLATOR[financialYearOf(to)];
  if (a === undefined || b === undefined) {
    const years = Object.keys(GDP_DEFLATOR);
    throw new RangeError(
      `price year: expected one of ${years[0]} to ${years[years.length - 1]} (or a calendar year in that range), found '${a === undefined ? from : to}'`,
    );
  }
  return b / a;
}
