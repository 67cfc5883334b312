import { readFileSync } from 'node:fs';
import {
  cashFactor,
  cashPerReal,
  GDP_DEFLATOR,
  GDP_DEFLATOR_FORECAST,
  gdpDeflatorAt,
  indexUpratingFactor,
  isMoneyParameter,
  MONEY_INDEX_TABLE,
  MONEY_PARAMETERS,
  PARAMETER_KEYS,
  PRICE_INDEX_DEFINITIONS,
  PRICE_INDICES,
  priceIndexOf,
  RelativePrices,
  relativePriceFactor,
  runReplication,
  Simulation,
  upratingFactor,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const growthArb = fc.double({ min: -0.1, max: 0.2, noNaN: true });
const indexArb = fc.constantFrom(...PRICE_INDICES);
const yearArb = fc.integer({ min: 2010, max: 2040 });

describe('price indices', () => {
  it('gives every index a relative factor of exactly 1 in the price base year, whatever its growth', () => {
    fc.assert(
      fc.property(indexArb, growthArb, (index, growth) => {
        expect(relativePriceFactor(index, 2025, growth)).toBe(1);
        expect(indexUpratingFactor(index, '2025/26', growth)).toBe(1);
      }),
    );
  });

  it('leaves a cost that follows the GDP deflator where the deflator puts it, in every year', () => {
    fc.assert(
      fc.property(yearArb, growthArb, (year, growth) => {
        expect(relativePriceFactor('gdpDeflator', year, growth)).toBe(1);
      }),
    );
    for (const year of Object.keys(GDP_DEFLATOR))
      expect(indexUpratingFactor('gdpDeflator', year, 0)).toBeCloseTo(upratingFactor(year), 12);
  });

  it('grows an index at its real growth a year beyond its published years', () => {
    fc.assert(
      fc.property(
        indexArb.filter((i) => i !== 'gdpDeflator'),
        growthArb,
        (index, growth) => {
          const ratio = relativePriceFactor(index, 2031, growth) / relativePriceFactor(index, 2030, growth);
          expect(ratio).toBeCloseTo(1 + growth, 12);
        },
      ),
    );
  });

  it('reproduces the published independent school cost per pupil in cash (PQ 100030)', () => {
    const base = 62_000 * indexUpratingFactor('independentFees', '2022/23', 0.02);
    expect(base * cashFactor('independentFees', '2020/21', 0.02)).toBeCloseTo(54_000, 6);
    expect(base * cashFactor('independentFees', '2022/23', 0.02)).toBeCloseTo(62_000, 6);
  });

  it('maps each money parameter to exactly one index, and nothing else to any', () => {
    for (const key of PARAMETER_KEYS) {
      if (!isMoneyParameter(key)) {
        expect(MONEY_INDEX_TABLE[key]).toBeUndefined();
        continue;
      }
      expect(PRICE_INDICES.filter((index) => index === priceIndexOf(key))).toHaveLength(1);
    }
    expect(MONEY_PARAMETERS.length).toBeGreaterThan(25);
    // Every index but the deflator names a growth parameter in the catalogue.
    for (const index of PRICE_INDICES) {
      const growth = PRICE_INDEX_DEFINITIONS[index].growth;
      expect(growth === undefined).toBe(index === 'gdpDeflator');
      if (growth !== undefined) expect(PARAMETER_KEYS).toContain(growth);
    }
  });

  it('books costs outside the repricing (place capital, the opening deficit) only with the GDP deflator', () => {
    expect(priceIndexOf('cost.specialPlaceCapital')).toBe('gdpDeflator');
    expect(priceIndexOf('dsg.deficitAtStart')).toBe('gdpDeflator');
  });
});

describe('relative prices in a run', () => {
  const baseline = loadScenario('baseline');

  it('changes nothing when every factor is 1 (every index equal to the deflator)', () => {
    const flat = new RelativePrices(baseline.params, 2022, 2035, false);
    for (let y = 2022; y <= 2035; y++) expect(flat.apply(baseline.params, y)).toBe(baseline.params);
    const run = (relativePrices: boolean) =>
      new Simulation({
        params: baseline.params,
        startDate: '2025-06-01',
        seed: 3,
        replication: 0,
        years: 1,
        scale: 0.0005,
        relativePrices,
      }).run();
    // Within 2025/26 every factor is 1: a run that ends before April 2026 is the same either way.
    const on = run(true);
    const off = run(false);
    expect(on.costsByMonth.slice(0, 10).map((row) => row.slice(0, 10))).toEqual(
      off.costsByMonth.slice(0, 10).map((row) => row.slice(0, 10)),
    );
  });

  it('raises the independent special school bill relative to general inflation from April', () => {
    const prices = new RelativePrices(baseline.params, 2022, 2030);
    const k = MONEY_PARAMETERS.indexOf('cost.independentSpecial');
    expect(prices.factorAt(k, 2025)).toBe(1);
    expect(prices.factorAt(k, 2026)).toBeCloseTo(1 + baseline.params['prices.independentFeesRealGrowth'], 12);
    expect(prices.factorAt(MONEY_PARAMETERS.indexOf('cost.tribunalHmcts'), 2030)).toBe(1);
  });

  it('works the factors out once for each parameter object and span, the same as a table of its own', () => {
    const p = { ...baseline.params, 'prices.independentFeesRealGrowth': 0.031 };
    const shared = RelativePrices.of(p, 2022, 2032);
    expect(RelativePrices.of(p, 2022, 2032)).toBe(shared);
    // Another span, switched off, or other parameters: other factors.
    expect(RelativePrices.of(p, 2022, 2033)).not.toBe(shared);
    expect(RelativePrices.of(p, 2022, 2032, false)).not.toBe(shared);
    const other = RelativePrices.of({ ...p }, 2022, 2032);
    expect(other).not.toBe(shared);
    // Re-pricing the same parameters for the same year gives the same object (partitions share it).
    const priced = shared.apply(p, 2027);
    expect(shared.apply(p, 2027)).toBe(priced);
    expect(shared.apply(p, 2028)).not.toBe(priced);
    const own = new RelativePrices(p, 2022, 2032);
    expect(own.apply(p, 2027)).toStrictEqual(priced);
    for (let k = 0; k < MONEY_PARAMETERS.length; k++)
      for (let y = 2020; y <= 2034; y++) expect(shared.factorAt(k, y)).toBe(own.factorAt(k, y));
    expect(
      RelativePrices.of(p, 2022, 2032, false).factorAt(
        MONEY_PARAMETERS.indexOf('cost.independentSpecial'),
        2030,
      ),
    ).toBe(1);
  });
});

describe('cash and real prices', () => {
  it('round-trips: cash ÷ cash per real pound gives real back, and 2025/26 cash is real', () => {
    expect(cashPerReal(2025)).toBe(1);
    fc.assert(
      fc.property(
        fc.integer({ min: 2014, max: 2045 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (year, real) => {
          expect((real * cashPerReal(year)) / cashPerReal(year)).toBeCloseTo(real, 3);
        },
      ),
    );
    expect(gdpDeflatorAt(2031) / gdpDeflatorAt(2030)).toBeCloseTo(1.02, 12);
  });

  it('reports a run in cash as its real costs at each month’s prices, and says so', () => {
    const scenario = loadScenario('baseline');
    const options = { seed: 2, replications: 1, years: 2, scale: 0.0005 };
    const real = runReplication(scenario, options, 0);
    const cash = runReplication(scenario, { ...options, prices: 'cash' }, 0);
    // 2023 and 2024 lie in 2022/23 to 2024/25: cash is below real, by between those years' factors.
    for (let y = 0; y < 2; y++) {
      const ratio = cash.costs.total[y]! / real.costs.total[y]!;
      expect(ratio).toBeGreaterThanOrEqual(cashPerReal(2022 + y) - 1e-3);
      expect(ratio).toBeLessThanOrEqual(cashPerReal(2023 + y) + 1e-3);
    }
    // Counts are not money: unchanged.
    expect(cash.metrics.ehcp_stock_all_ages).toEqual(real.metrics.ehcp_stock_all_ages);
  });
});

describe('the GDP deflator in price-base.ts', () => {
  const data = JSON.parse(
    readFileSync(new URL('../../data/hmt-gdp-deflator-march-2026.json', import.meta.url), 'utf8'),
  ) as {
    rounding: number;
    values: Record<string, number>;
  };

  it('matches HM Treasury’s March 2026 series, every year, to its 4 decimals', () => {
    const ours = { ...GDP_DEFLATOR, ...GDP_DEFLATOR_FORECAST };
    expect(Object.keys(ours).sort()).toEqual(Object.keys(data.values).sort());
    for (const [year, value] of Object.entries(data.values)) {
      expect(Math.abs(ours[year]! - value)).toBeLessThanOrEqual(0.5 * 10 ** -data.rounding);
    }
  });
});
