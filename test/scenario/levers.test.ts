import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  BaselineScenarioFile,
  LeverSetting,
  ParameterKey,
  ReformScenarioFile,
} from '@send-sim/sim-core';
import {
  diffScenarios,
  findLever,
  LEVERS,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  parseScenarioFile,
  resolveScenario,
  upratingFactor,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const baseline = parseScenarioFile(
  readFileSync(`${SCENARIOS}baseline.json`, 'utf8'),
  'scenarios/baseline.json',
) as BaselineScenarioFile;
const base = resolveScenario(baseline);

function reform(
  levers: Record<string, LeverSetting>,
  extra: Partial<ReformScenarioFile> = {},
): ReformScenarioFile {
  return {
    kind: 'reform',
    id: 'test-reform',
    name: 'Test',
    description: 'Test',
    baseline: 'baseline',
    levers,
    ...extra,
  };
}

function changedKeys(levers: Record<string, LeverSetting>): ParameterKey[] {
  return diffScenarios(base, resolveScenario(reform(levers), baseline)).map((d) => d.key);
}

/** What each non-default setting changes, as the lever's mechanism states it. */
const EXPECTED_CHANGES: Array<[string, LeverSetting, ParameterKey[]]> = [
  ['earlyHelpInvestment', 2, ['earlyHelp.capacity', 'earlyHelp.referralProbability']],
  ['earlyHelpInvestment', 4, ['earlyHelp.capacity', 'earlyHelp.referralProbability']],
  ['tribunalPowers', 'noPlacementOrders', ['redress.placementOrders']],
  [
    'tribunalPowers',
    'nonJudicialRoute',
    ['redress.placementOrders', 'redress.familyWins', 'cost.tribunalLaHearing', 'cost.familyPerAppeal'],
  ],
  ['planUpperAge', '20', ['plan.upperAge']],
  ['planUpperAge', '18', ['plan.upperAge']],
];

describe('the lever registry', () => {
  it('has unique ids, valid defaults, and mechanisms that name every parameter they change', () => {
    expect(new Set(LEVERS.map((l) => l.id)).size).toBe(LEVERS.length);
    for (const lever of LEVERS) {
      expect(findLever(lever.id)).toBe(lever);
      const s = lever.settings;
      if (s.kind === 'choice') expect(s.values).toContain(s.default);
      else expect(s.default >= s.min && s.default <= s.max).toBe(true);
      for (const key of lever.changes) {
        expect(PARAMETER_KEYS).toContain(key);
        expect(lever.mechanism, `${lever.id} mechanism names ${key}`).toContain(key);
      }
      expect(lever.evidence.length).toBeGreaterThan(20);
    }
    expect(findLever('noSuchLever')).toBeUndefined();
  });

  it.each(EXPECTED_CHANGES)(
    '%s = %s changes exactly the parameters its mechanism names',
    (id, setting, keys) => {
      const changed = changedKeys({ [id]: setting });
      expect([...changed].sort()).toEqual([...keys].sort());
      const lever = findLever(id);
      for (const key of changed) expect(lever?.changes).toContain(key);
      const resolved = resolveScenario(reform({ [id]: setting }), baseline);
      for (const key of changed) {
        const record = resolved.records[key];
        expect(record.changedBy).toBe(`lever:${id}`);
        // Records stay in their own units (money in its price year's cash); the model reads the
        // value uprated to the price base.
        const uprate = record.priceYear === undefined ? 1 : upratingFactor(record.priceYear);
        expect(record.value * uprate).toBeCloseTo(resolved.params[key], 6);
        expect(record.range[0]).toBeLessThanOrEqual(record.value);
        expect(record.value).toBeLessThanOrEqual(record.range[1]);
      }
    },
  );

  it('applies the stated arithmetic', () => {
    const early = resolveScenario(reform({ earlyHelpInvestment: 2 }), baseline).params;
    expect(early['earlyHelp.capacity']).toBe(2 * base.params['earlyHelp.capacity']);
    expect(early['earlyHelp.referralProbability']).toBe(2 * base.params['earlyHelp.referralProbability']);
    const route = resolveScenario(reform({ tribunalPowers: 'nonJudicialRoute' }), baseline).params;
    expect(route['redress.placementOrders']).toBe(0);
    expect(route['redress.familyWins']).toBeCloseTo(0.6 * base.params['redress.familyWins'], 12);
    expect(route['cost.tribunalLaHearing']).toBe(0.5 * base.params['cost.tribunalLaHearing']);
    expect(route['cost.familyPerAppeal']).toBe(0.5 * base.params['cost.familyPerAppeal']);
    expect(resolveScenario(reform({ planUpperAge: '18' }), baseline).params['plan.upperAge']).toBe(18);
  });

  it('leaves the baseline untouched when a reform names no levers, or only defaults', () => {
    const none = resolveScenario(reform({}), baseline);
    expect(none.params).toEqual(base.params);
    expect(diffScenarios(base, none)).toEqual([]);
    expect(none.kind).toBe('reform');
    expect(none.baselineId).toBe('baseline');
    for (const key of PARAMETER_KEYS) expect(none.records[key].changedBy).toBeUndefined();
    const defaults = Object.fromEntries(LEVERS.map((l) => [l.id, l.settings.default]));
    expect(resolveScenario(reform(defaults), baseline).params).toEqual(base.params);
    expect(none.levers).toEqual(defaults);
  });

  it('applies explicit overrides after the levers', () => {
    const record = {
      value: 0.9,
      range: [0.85, 0.95] as [number, number],
      unit: 'share',
      assumption: 'A test override of the share of appeals upheld for the family.',
    };
    const resolved = resolveScenario(
      reform({ tribunalPowers: 'nonJudicialRoute' }, { parameters: { 'redress.familyWins': record } }),
      baseline,
    );
    expect(resolved.params['redress.familyWins']).toBe(0.9);
    expect(resolved.records['redress.familyWins'].changedBy).toBe('override');
    expect(resolved.records['redress.placementOrders'].changedBy).toBe('lever:tribunalPowers');
  });

  it('keeps every parameter within catalogue bounds for any valid lever settings', () => {
    const settings = fc.record({
      earlyHelpInvestment: fc.double({ min: 1, max: 4, noNaN: true }),
      tribunalPowers: fc.constantFrom('current', 'noPlacementOrders', 'nonJudicialRoute'),
      planUpperAge: fc.constantFrom('25', '20', '18'),
    });
    fc.assert(
      fc.property(settings, fc.double({ min: 0, max: 1, noNaN: true }), (levers, referral) => {
        // Vary the baseline too, so the cap on the referral probability is exercised.
        const record = baseline.parameters['earlyHelp.referralProbability'];
        const varied: BaselineScenarioFile = {
          ...baseline,
          parameters: {
            ...baseline.parameters,
            'earlyHelp.referralProbability': { ...record, value: referral, range: [0, 1] },
          },
        };
        const resolved = resolveScenario(reform(levers), varied);
        for (const key of PARAMETER_KEYS) {
          const spec = PARAMETER_CATALOGUE[key];
          const value = resolved.params[key];
          const record = resolved.records[key];
          const [low, high] = record.range;
          if (!(value >= spec.min && value <= spec.max)) return false;
          if (!(low <= record.value && record.value <= high && low >= spec.min && high <= spec.max))
            return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
