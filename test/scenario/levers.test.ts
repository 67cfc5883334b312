import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  BaselineScenarioFile,
  LeverDefinition,
  LeverSetting,
  ParameterKey,
  ReformScenarioFile,
} from '@send-sim/sim-core';
import {
  applyChanges,
  diffScenarios,
  effectsFor,
  findLever,
  indexUpratingFactor,
  LEVERS,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  PRICE_INDEX_DEFINITIONS,
  parseScenarioFile,
  priceIndexOf,
  resolveScenario,
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
  ['tribunalPowers', 'noPlacementOrders', ['redress.placementOrders', 'la.tribunalDeterrence']],
  ['placementPreference', 'contestLess', ['la.namesIndependentPreference']],
  [
    'tribunalPowers',
    'nonJudicialRoute',
    [
      'redress.placementOrders',
      'redress.familyWins',
      'cost.tribunalLaHearing',
      'cost.familyPerAppeal',
      'la.tribunalDeterrence',
    ],
  ],
  ['planUpperAge', '20', ['plan.upperAge']],
  ['planUpperAge', '18', ['plan.upperAge']],
  [
    'ringfencedMainstreamFunding',
    'ringfenced',
    [
      'provision.senSupport',
      'identification.schoolMeanDays',
      'request.schoolShare',
      'request.probabilityAtFullSeverity',
      'cost.senSupportRingfenced',
    ],
  ],
  [
    'ringfencedMainstreamFunding',
    'ringfencedNewMoney',
    [
      'provision.senSupport',
      'identification.schoolMeanDays',
      'request.schoolShare',
      'request.probabilityAtFullSeverity',
      'cost.senSupportRingfenced',
      'ringfence.movedFromHighNeeds',
    ],
  ],
  [
    'minimumServiceStandards',
    'standards',
    ['la.decisionCompliance', 'la.draftingMeanDays', 'tribunal.orderCompliance'],
  ],
  [
    'minimumServiceStandards',
    'standardsAndClarity',
    [
      'la.decisionCompliance',
      'la.draftingMeanDays',
      'tribunal.orderCompliance',
      'provision.planDeliveryProbability',
    ],
  ],
  [
    'workforceStrategy',
    'expanded',
    ['ep.workforceFte', 'identification.schoolMeanDays', 'provision.senSupport'],
  ],
  [
    'inclusiveMainstream',
    'inclusive',
    [
      'provision.senSupport',
      'provision.planPartlyDelivered',
      'placement.specialistSeverity',
      'placement.resourcedShare',
      'placement.specialSchoolPlaces',
    ],
  ],
  [
    'inspectionAccountability',
    'strong',
    ['la.decisionCompliance', 'la.assessProbability', 'tribunal.orderCompliance', 'redress.laConcedes'],
  ],
  ['independentSectorReform', 'feeCap', ['cost.independentSpecial']],
  ['lenehanRecommendations', 'implemented', ['placement.commissioningShare']],
  [
    'independentSectorReform',
    'notForProfit',
    ['cost.independentSpecial', 'placement.independentFallbackDays'],
  ],
  [
    'shortBreaksAndCoproduction',
    'expanded',
    ['need.crisisProbabilityAtFullSeverity', 'coproduction.decisionShare', 'cost.planSocialCareProvision'],
  ],
  ['independentAdvice', 'expanded', ['advice.reachBelowAverage']],
  ['transparencyAndCoproduction', 'coproduced', ['coproduction.decisionShare']],
  ['singleRouteOfRedress', 'none', ['redress.appealProbability.healthAndSocialCare']],
  [
    'singleRouteOfRedress',
    'binding',
    ['redress.healthAndSocialCareFollowed', 'provision.planDeliveryProbability'],
  ],
  // Phased levers change nothing at the start; their phases are checked below.
  ['whitePaper2026', 'on', []],
  ['statutoryOverride', 'ends-2028', []],
  ['deficitWriteOff', 0.5, ['dsg.writeOffShare']],
  ['deficitWriteOff', 1, ['dsg.writeOffShare']],
  ['safetyValve', 'agreements', ['dsg.safetyValve']],
];

/** Every non-default setting of a lever (for a number lever: its maximum and a value between). */
function nonDefaultSettings(lever: LeverDefinition): LeverSetting[] {
  const s = lever.settings;
  if (s.kind === 'choice') return s.values.filter((v) => v !== s.default);
  return [s.max, (s.default + s.max) / 2];
}

/** The keys a lever's changes for `setting` change when applied to a copy of `params`. */
function keysApplyChanges(
  lever: LeverDefinition,
  params: Readonly<Record<ParameterKey, number>>,
  setting: LeverSetting,
): ParameterKey[] {
  const copy = { ...params };
  applyChanges(copy, effectsFor(lever, setting), setting);
  return PARAMETER_KEYS.filter((k) => copy[k] !== params[k]);
}

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
        // Money follows its own price index (issue 11, requirement 4).
        const index = priceIndexOf(key);
        const growthKey = PRICE_INDEX_DEFINITIONS[index].growth;
        const growth = growthKey === undefined ? 0 : resolved.params[growthKey];
        const uprate =
          record.priceYear === undefined ? 1 : indexUpratingFactor(index, record.priceYear, growth);
        expect(record.value * uprate).toBeCloseTo(resolved.params[key], 6);
        expect(record.range[0]).toBeLessThanOrEqual(record.value);
        expect(record.value).toBeLessThanOrEqual(record.range[1]);
      }
    },
  );

  it('lists in `changes` exactly what its effects change over its non-default settings', () => {
    for (const lever of LEVERS) {
      const union = new Set<ParameterKey>();
      for (const setting of nonDefaultSettings(lever)) {
        const changed = keysApplyChanges(lever, base.params, setting);
        // A phased lever may change nothing at the start (its phases are checked separately).
        if ((lever.phases ?? []).length === 0) {
          expect(changed.length, `${lever.id} = ${setting} changes something`).toBeGreaterThan(0);
        }
        for (const key of changed) {
          expect(lever.changes, `${lever.id} = ${setting} lists ${key}`).toContain(key);
          expect(lever.mechanism, `${lever.id} mechanism names ${key}`).toContain(key);
          union.add(key);
        }
      }
      expect([...union].sort(), lever.id).toEqual([...lever.changes].sort());
      // The default means "as the baseline": it changes nothing.
      expect(keysApplyChanges(lever, base.params, lever.settings.default), lever.id).toEqual([]);
    }
  });

  it('has an expected-changes row for every non-default setting of every choice lever', () => {
    for (const lever of LEVERS) {
      if (lever.settings.kind !== 'choice') continue;
      for (const setting of nonDefaultSettings(lever)) {
        const row = EXPECTED_CHANGES.find(([id, s]) => id === lever.id && s === setting);
        expect(row, `${lever.id} = ${setting}`).toBeDefined();
      }
    }
  });

  it('applies the stated arithmetic of the reform library', () => {
    const b = base.params;
    const with_ = (levers: Record<string, LeverSetting>) => resolveScenario(reform(levers), baseline).params;

    const ring = with_({ ringfencedMainstreamFunding: 'ringfenced' });
    expect(ring['provision.senSupport']).toBeCloseTo(
      Math.min(b['provision.senSupport'] + 0.05, b['provision.earlyHelp']),
      12,
    );
    expect(ring['identification.schoolMeanDays']).toBeCloseTo(0.75 * b['identification.schoolMeanDays'], 9);
    // The ringfenced money is 15% of schools' SEN support spend, moved from high needs by default.
    expect(ring['cost.senSupportSchool']).toBe(b['cost.senSupportSchool']);
    expect(ring['cost.senSupportRingfenced']).toBeCloseTo(0.15 * b['cost.senSupportSchool'], 6);
    expect(ring['ringfence.movedFromHighNeeds']).toBe(1);
    expect(with_({ ringfencedMainstreamFunding: 'ringfencedNewMoney' })['ringfence.movedFromHighNeeds']).toBe(
      0,
    );
    // School requests fall by 30%; family requests are unchanged.
    const request = (p: typeof b) => p['request.probabilityAtFullSeverity'];
    const school = (p: typeof b) => request(p) * p['request.schoolShare'];
    const family = (p: typeof b) => request(p) * (1 - p['request.schoolShare']);
    expect(school(ring)).toBeCloseTo(0.7 * school(b), 12);
    expect(family(ring)).toBeCloseTo(family(b), 12);

    const standards = with_({ minimumServiceStandards: 'standards' });
    expect(standards['la.decisionCompliance']).toBe(Math.max(b['la.decisionCompliance'], 0.98));
    expect(standards['la.draftingMeanDays']).toBeCloseTo(0.7 * b['la.draftingMeanDays'], 9);
    expect(standards['tribunal.orderCompliance']).toBe(Math.max(b['tribunal.orderCompliance'], 0.95));
    expect(standards['provision.planDeliveryProbability']).toBe(b['provision.planDeliveryProbability']);
    const clarity = with_({ minimumServiceStandards: 'standardsAndClarity' });
    expect(clarity['provision.planDeliveryProbability']).toBeCloseTo(
      Math.max(
        b['provision.planDeliveryProbability'],
        Math.min(0.98, b['provision.planDeliveryProbability'] + 0.15),
      ),
      12,
    );

    const workforce = with_({ workforceStrategy: 'expanded' });
    expect(workforce['ep.workforceFte']).toBe(b['ep.workforceFte'] + 400);
    expect(workforce['identification.schoolMeanDays']).toBeCloseTo(
      0.8 * b['identification.schoolMeanDays'],
      9,
    );
    expect(workforce['provision.senSupport']).toBeCloseTo(b['provision.senSupport'] + 0.03, 12);

    const inclusive = with_({ inclusiveMainstream: 'inclusive' });
    expect(inclusive['provision.senSupport']).toBeCloseTo(b['provision.senSupport'] + 0.05, 12);
    expect(inclusive['provision.planPartlyDelivered']).toBeCloseTo(
      b['provision.planPartlyDelivered'] + 0.05,
      12,
    );
    expect(inclusive['placement.specialistSeverity']).toBeCloseTo(
      Math.min(0.95, b['placement.specialistSeverity'] + 0.05),
      12,
    );
    expect(inclusive['placement.resourcedShare']).toBeCloseTo(
      Math.min(1, 1.5 * b['placement.resourcedShare']),
      12,
    );
    expect(inclusive['placement.specialSchoolPlaces']).toBeCloseTo(
      1.1 * b['placement.specialSchoolPlaces'],
      6,
    );

    const inspection = with_({ inspectionAccountability: 'strong' });
    expect(inspection['la.decisionCompliance']).toBe(Math.max(b['la.decisionCompliance'], 0.97));
    expect(inspection['la.assessProbability']).toBeCloseTo(
      Math.max(b['la.assessProbability'], Math.min(0.98, b['la.assessProbability'] + 0.05)),
      12,
    );
    expect(inspection['tribunal.orderCompliance']).toBe(Math.max(b['tribunal.orderCompliance'], 0.95));
    expect(inspection['redress.laConcedes']).toBeCloseTo(
      Math.min(1.2 * b['redress.laConcedes'], 1 - b['redress.familyWithdraws']),
      12,
    );

    const lenehan = with_({ lenehanRecommendations: 'implemented' });
    expect(lenehan['placement.commissioningShare']).toBeCloseTo(
      Math.min(1, 1.5 * b['placement.commissioningShare']),
      12,
    );

    const feeCap = with_({ independentSectorReform: 'feeCap' });
    expect(feeCap['cost.independentSpecial']).toBeCloseTo(0.85 * b['cost.independentSpecial'], 6);
    const notForProfit = with_({ independentSectorReform: 'notForProfit' });
    expect(notForProfit['cost.independentSpecial']).toBeCloseTo(0.8 * b['cost.independentSpecial'], 6);
    expect(notForProfit['placement.independentFallbackDays']).toBeCloseTo(
      1.5 * b['placement.independentFallbackDays'],
      9,
    );

    const breaks = with_({ shortBreaksAndCoproduction: 'expanded' });
    expect(breaks['need.crisisProbabilityAtFullSeverity']).toBeCloseTo(
      0.8 * b['need.crisisProbabilityAtFullSeverity'],
      12,
    );
    // Co-production replaces the bare 0.7 factors: the trust a refusal costs and the distrust weight
    // are left as the baseline has them, and the share of decisions co-produced carries the effect.
    expect(breaks['trust.lossOnRefusal']).toBe(b['trust.lossOnRefusal']);
    expect(breaks['request.distrustWeight']).toBe(b['request.distrustWeight']);
    expect(breaks['coproduction.decisionShare']).toBe(0.6);
    expect(with_({ independentAdvice: 'expanded' })['advice.reachBelowAverage']).toBe(0.5);
    expect(with_({ transparencyAndCoproduction: 'coproduced' })['coproduction.decisionShare']).toBe(0.8);
    // Both co-production levers: the larger share holds, whichever applies last.
    expect(
      with_({ shortBreaksAndCoproduction: 'expanded', transparencyAndCoproduction: 'coproduced' })[
        'coproduction.decisionShare'
      ],
    ).toBe(0.8);
    expect(breaks['cost.planSocialCareProvision']).toBeCloseTo(b['cost.planSocialCareProvision'] + 1000, 6);
  });

  it('applies the stated arithmetic', () => {
    const early = resolveScenario(reform({ earlyHelpInvestment: 2 }), baseline).params;
    expect(early['earlyHelp.capacity']).toBe(2 * base.params['earlyHelp.capacity']);
    expect(early['earlyHelp.referralProbability']).toBe(2 * base.params['earlyHelp.referralProbability']);
    const route = resolveScenario(reform({ tribunalPowers: 'nonJudicialRoute' }), baseline).params;
    expect(route['redress.placementOrders']).toBe(0);
    expect(route['redress.familyWins']).toBeCloseTo(0.6 * base.params['redress.familyWins'], 12);
    expect(route['cost.tribunalLaHearing']).toBe(0.5 * base.params['cost.tribunalLaHearing']);
    expect(route['cost.familyPerAppeal']).toBe(0.5 * base.params['cost.familyPerAppeal']);
    expect(route['la.tribunalDeterrence']).toBe(base.params['la.deterrenceNonJudicialRoute']);
    const noOrders = resolveScenario(reform({ tribunalPowers: 'noPlacementOrders' }), baseline).params;
    expect(noOrders['la.tribunalDeterrence']).toBe(base.params['la.deterrenceNoPlacementOrders']);
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
    const choice = (id: string) => {
      const s = findLever(id)?.settings;
      if (s?.kind !== 'choice') throw new Error(`${id} is not a choice lever`);
      return fc.constantFrom(...s.values);
    };
    const settings = fc.record({
      earlyHelpInvestment: fc.double({ min: 1, max: 4, noNaN: true }),
      tribunalPowers: choice('tribunalPowers'),
      planUpperAge: choice('planUpperAge'),
      ringfencedMainstreamFunding: choice('ringfencedMainstreamFunding'),
      minimumServiceStandards: choice('minimumServiceStandards'),
      workforceStrategy: choice('workforceStrategy'),
      inclusiveMainstream: choice('inclusiveMainstream'),
      inspectionAccountability: choice('inspectionAccountability'),
      independentSectorReform: choice('independentSectorReform'),
      lenehanRecommendations: choice('lenehanRecommendations'),
      shortBreaksAndCoproduction: choice('shortBreaksAndCoproduction'),
      independentAdvice: choice('independentAdvice'),
      transparencyAndCoproduction: choice('transparencyAndCoproduction'),
      singleRouteOfRedress: choice('singleRouteOfRedress'),
      whitePaper2026: choice('whitePaper2026'),
      statutoryOverride: choice('statutoryOverride'),
      deficitWriteOff: fc.double({ min: 0, max: 1, noNaN: true }),
      safetyValve: choice('safetyValve'),
    });
    // Shares in steps of 0.001 (a denormal baseline value would overflow the record's range scaling).
    const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
    // Baseline values on both sides of the levers' caps and floors, so each is exercised.
    const shares = fc.record({
      'earlyHelp.referralProbability': unit,
      'provision.senSupport': unit,
      'provision.planPartlyDelivered': unit,
      'provision.planDeliveryProbability': unit,
      'placement.specialistSeverity': unit,
      'placement.resourcedShare': unit,
      'la.decisionCompliance': unit,
      'la.assessProbability': unit,
      'tribunal.orderCompliance': unit,
      'request.schoolShare': unit,
      'redress.familyWithdraws': unit,
      concedesOfRest: unit,
    });
    fc.assert(
      fc.property(settings, shares, (levers, { concedesOfRest, ...values }) => {
        // Vary the baseline too; redress.laConcedes + redress.familyWithdraws stays at most 1.
        const varied: Record<string, number> = {
          ...values,
          'redress.laConcedes': concedesOfRest * (1 - values['redress.familyWithdraws']),
        };
        const parameters = { ...baseline.parameters };
        for (const [key, value] of Object.entries(varied)) {
          const k = key as ParameterKey;
          parameters[k] = { ...parameters[k], value, range: [0, 1] };
        }
        const resolved = resolveScenario(reform(levers), { ...baseline, parameters });
        const before = resolveScenario({ ...baseline, parameters }).params;
        for (const lever of LEVERS) {
          const setting = levers[lever.id as keyof typeof levers];
          for (const key of keysApplyChanges(lever, before, setting)) {
            if (!lever.changes.includes(key)) return false;
          }
        }
        if (resolved.params['redress.laConcedes'] + resolved.params['redress.familyWithdraws'] > 1 + 1e-12)
          return false;
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

describe('phased levers', () => {
  it('each phase changes exactly the parameters it names, on top of what is in force by then', () => {
    for (const lever of LEVERS) {
      for (const phase of lever.phases ?? []) {
        expect(phase.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(lever.mechanism.length + phase.description.length).toBeGreaterThan(0);
        for (const key of phase.changes) expect(phase.description).toContain(key);
      }
    }
    const file = reform({ whitePaper2026: 'on' });
    const resolved = resolveScenario(file, baseline);
    const dates = resolved.phases.map((p) => p.startDate);
    expect(dates).toEqual(['2026-09-01', '2027-09-01', '2029-09-01', '2030-09-01']);
    const lever = findLever('whitePaper2026')!;
    let before = resolved.params;
    resolved.phases.forEach((phase, i) => {
      const changed = PARAMETER_KEYS.filter((k) => phase.params[k] !== before[k]);
      expect([...changed].sort()).toEqual([...lever.phases![i]!.changes].sort());
      before = phase.params;
    });
    // Nothing changes before the first phase, and the baseline has no phases.
    expect(diffScenarios(resolveScenario(baseline), resolved)).toEqual([]);
    expect(resolveScenario(baseline).phases).toEqual([]);
  });
});
