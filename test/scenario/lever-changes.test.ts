/**
 * Levers as data: a lever's parameter changes are applied with immer's `produceWithPatches`, and
 * the patches are what a reform changes. These tests hold the patches to the parameters that
 * really differ, and the words written from the data to what the data says.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  BaselineScenarioFile,
  LeverSetting,
  ParameterChange,
  ParameterKey,
  ReformScenarioFile,
} from '@send-sim/sim-core';
import {
  applyChanges,
  changeWords,
  diffScenarios,
  LEVERS,
  numberWords,
  PARAMETER_KEYS,
  parseScenarioFile,
  resolveScenario,
  SETTING,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const baseline = parseScenarioFile(
  readFileSync(`${SCENARIOS}baseline.json`, 'utf8'),
  'scenarios/baseline.json',
) as BaselineScenarioFile;
const base = resolveScenario(baseline);

function reform(levers: Record<string, LeverSetting>): ReformScenarioFile {
  return {
    kind: 'reform',
    id: 'test-reform',
    name: 'Test',
    description: 'Test',
    baseline: 'baseline',
    levers,
  };
}

const SETTINGS: Array<[string, LeverSetting]> = LEVERS.flatMap((lever) => {
  const s = lever.settings;
  const settings =
    s.kind === 'choice' ? s.values.filter((v) => v !== s.default) : [s.max, (s.min + s.max) / 2];
  return settings.map((setting): [string, LeverSetting] => [lever.id, setting]);
});

describe('levers as data', () => {
  it.each(SETTINGS)(
    '%s = %s: the patches are exactly the parameters that differ from the baseline',
    (id, setting) => {
      const resolved = resolveScenario(reform({ [id]: setting }), baseline);
      const patches = resolved.leverChanges.flatMap((l) => l.changes);
      expect(resolved.leverChanges.map((l) => l.lever)).toEqual([id]);
      const differ = diffScenarios(base, resolved);
      expect(patches.map((p) => p.key).sort()).toEqual(differ.map((d) => d.key).sort());
      for (const patch of patches) {
        expect(patch.from).toBe(base.params[patch.key]);
        expect(patch.to).toBe(resolved.params[patch.key]);
      }
      // Each phase's patches are exactly what changes on its date.
      let before = resolved.params;
      for (const phase of resolved.phases) {
        const keys = phase.starts.flatMap((s) => s.changes.map((c) => c.key)).sort();
        expect(keys).toEqual(PARAMETER_KEYS.filter((k) => phase.params[k] !== before[k]).sort());
        before = phase.params;
      }
    },
  );

  it('gives the baseline no lever changes', () => {
    expect(base.leverChanges).toEqual([]);
  });

  it('applies each operation, then its cap, floor and "never lowered", as the arithmetic it replaced', () => {
    const params = { ...base.params } as Record<ParameterKey, number>;
    params['provision.senSupport'] = 0.5;
    params['provision.earlyHelp'] = 0.52;
    params['redress.laConcedes'] = 0.4;
    params['redress.familyWithdraws'] = 0.55;
    params['la.decisionCompliance'] = 0.99;
    const changes: ParameterChange[] = [
      { key: 'provision.senSupport', add: 0.05, atMost: { param: 'provision.earlyHelp' }, neverLower: true },
      {
        key: 'redress.laConcedes',
        multiply: 1.2,
        atMost: { oneMinus: 'redress.familyWithdraws' },
        neverLower: true,
      },
      { key: 'la.decisionCompliance', atLeast: 0.97 },
      { key: 'earlyHelp.capacity', multiply: SETTING },
    ];
    const capacity = params['earlyHelp.capacity'];
    applyChanges(params, changes, 2.5);
    expect(params['provision.senSupport']).toBe(Math.max(0.5, Math.min(0.52, 0.5 + 0.05)));
    expect(params['redress.laConcedes']).toBe(Math.max(0.4, Math.min(0.4 * 1.2, 1 - 0.55)));
    expect(params['la.decisionCompliance']).toBe(0.99);
    expect(params['earlyHelp.capacity']).toBe(capacity * 2.5);
  });

  it('writes each change in words from its data', () => {
    expect(changeWords({ key: 'redress.familyWins', multiply: 0.6 })).toBe('redress.familyWins ×0.6');
    expect(changeWords({ key: 'earlyHelp.capacity', multiply: SETTING })).toBe(
      'earlyHelp.capacity × the setting',
    );
    expect(changeWords({ key: 'la.decisionCompliance', atLeast: 0.97 })).toBe(
      'la.decisionCompliance at least 0.97',
    );
    expect(
      changeWords({
        key: 'provision.senSupport',
        add: 0.05,
        atMost: { param: 'provision.earlyHelp' },
        neverLower: true,
      }),
    ).toBe('provision.senSupport +0.05 (at most provision.earlyHelp; never lowered)');
    expect(changeWords({ key: 'placement.specialSchoolPlaces', add: 20_000, why: 'assumption' })).toBe(
      'placement.specialSchoolPlaces +20,000 (assumption)',
    );
    expect(changeWords({ key: 'redress.placementOrders', set: 0 })).toBe('redress.placementOrders becomes 0');
    expect(numberWords(-0.3)).toBe('−0.3');
  });

  it('writes every lever mechanism and phase description with the numbers of its data, no placeholder left', () => {
    for (const lever of LEVERS) {
      expect(lever.mechanism, lever.id).not.toMatch(/[{}]/);
      for (const phase of lever.phases ?? []) expect(phase.description, lever.id).not.toMatch(/[{}]/);
    }
    const wp = LEVERS.find((l) => l.id === 'whitePaper2026')!;
    expect(wp.phases![2]!.description).toContain('la.assessProbability ×0.6');
  });
});
