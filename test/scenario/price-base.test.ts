import {
  financialYearOf,
  GDP_DEFLATOR,
  indexUpratingFactor,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  PRICE_BASE,
  PRICE_INDEX_DEFINITIONS,
  parseScenarioFile,
  priceIndexOf,
  resolveScenario,
  ScenarioError,
  upratingFactor,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../sim-core/load-scenario.js';

describe('price base', () => {
  it('uprates by the ratio of GDP deflators, and leaves the price base as it is', () => {
    expect(PRICE_BASE).toBe('2025/26');
    expect(upratingFactor('2025/26')).toBe(1);
    expect(upratingFactor('2022/23')).toBeCloseTo(103.2388 / 91.2996, 12);
    expect(upratingFactor('2015/16', '2024/25')).toBeCloseTo(100 / 74.5804, 12);
  });

  it('reads a calendar year as the financial year that starts in it', () => {
    expect(financialYearOf('2017')).toBe('2017/18');
    expect(financialYearOf('2019')).toBe('2019/20');
    expect(upratingFactor('2017')).toBe(upratingFactor('2017/18'));
  });

  it('has a rising deflator series, 2014/15 to 2026/27', () => {
    const values = Object.values(GDP_DEFLATOR);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Object.keys(GDP_DEFLATOR)[0]).toBe('2014/15');
  });

  it('gives the model every money parameter in price-base prices, and every other as written', () => {
    const file = readScenario('baseline');
    if (file.kind !== 'baseline') throw new Error('baseline.json is not a baseline');
    const resolved = resolveScenario(file);
    for (const key of PARAMETER_KEYS) {
      const record = file.parameters[key];
      const money = PARAMETER_CATALOGUE[key].unit.startsWith('GBP');
      const index = priceIndexOf(key);
      const growthKey = PRICE_INDEX_DEFINITIONS[index].growth;
      const growth = growthKey === undefined ? 0 : file.parameters[growthKey].value;
      const expected = money
        ? record.value * indexUpratingFactor(index, record.priceYear!, growth)
        : record.value;
      expect(resolved.params[key]).toBeCloseTo(expected, 9);
      if (money && index === 'gdpDeflator')
        expect(resolved.params[key]).toBeCloseTo(record.value * upratingFactor(record.priceYear!), 9);
    }
    // The independent special school place: £62,000 in 2022/23 follows fees, 2% a year above
    // the deflator from 2023/24 (prices.independentFeesRealGrowth): about £74,400 in 2025/26.
    expect(resolved.params['cost.independentSpecial']).toBeCloseTo(
      62_000 * (103.2388 / 91.2996) * 1.02 ** 3,
      6,
    );
  });

  it('rejects a price year the deflator does not cover, naming the field', () => {
    const file = readScenario('baseline');
    const data = JSON.parse(JSON.stringify(file));
    data.parameters['cost.epAssessment'].priceYear = '2009/10';
    const text = JSON.stringify(data);
    expect(() => parseScenarioFile(text, 'bad.json')).toThrow(ScenarioError);
    expect(() => parseScenarioFile(text, 'bad.json')).toThrow(
      /bad\.json: parameters\["cost\.epAssessment"\]\.priceYear: expected a price year the GDP deflator covers, 2014\/15 to 2026\/27.*found "2009\/10"/,
    );
  });
});
