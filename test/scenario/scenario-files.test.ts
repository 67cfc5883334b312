import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BaselineScenarioFile, ScenarioFile } from '@send-sim/sim-core';
import {
  diffScenarios,
  LEVERS,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  parseScenarioFile,
  resolveScenario,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const scenarioNames = readdirSync(SCENARIOS).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);

function load(name: string): ScenarioFile {
  return parseScenarioFile(readFileSync(`${SCENARIOS}${name}`, 'utf8'), `scenarios/${name}`);
}

function loadBaseline(): BaselineScenarioFile {
  const file = load('baseline.json');
  if (file.kind !== 'baseline') throw new Error('scenarios/baseline.json is not a baseline');
  return file;
}

describe('the baseline scenario', () => {
  it('parses and resolves, with every lever at its default', () => {
    const resolved = resolveScenario(loadBaseline());
    expect(resolved.kind).toBe('baseline');
    expect(resolved.baselineId).toBe('baseline');
    expect(resolved.startDate).toBe('2023-01-01');
    expect(Object.keys(resolved.params).sort()).toEqual([...PARAMETER_KEYS].sort());
    expect(Object.isFrozen(resolved.params)).toBe(true);
    for (const lever of LEVERS) expect(resolved.levers[lever.id]).toBe(lever.settings.default);
    for (const key of PARAMETER_KEYS) expect(resolved.records[key].changedBy).toBeUndefined();
  });

  it('gives every catalogue parameter a source or an assumption, never both', () => {
    const { parameters } = loadBaseline();
    for (const key of PARAMETER_KEYS) {
      const record = parameters[key];
      const hasSource = record.source !== undefined;
      const hasAssumption = record.assumption !== undefined;
      expect(hasSource !== hasAssumption, key).toBe(true);
      if (record.assumption !== undefined) expect(record.assumption.trim().length, key).toBeGreaterThan(20);
    }
  });

  it('keeps every value inside its range and its range inside the catalogue bounds', () => {
    const { parameters } = loadBaseline();
    for (const key of PARAMETER_KEYS) {
      const { value, range } = parameters[key];
      const spec = PARAMETER_CATALOGUE[key];
      expect(range[0], key).toBeLessThanOrEqual(value);
      expect(value, key).toBeLessThanOrEqual(range[1]);
      expect(range[0], key).toBeGreaterThanOrEqual(spec.min);
      expect(range[1], key).toBeLessThanOrEqual(spec.max);
    }
  });

  it('states the catalogue unit everywhere and a price year exactly for money', () => {
    const { parameters } = loadBaseline();
    for (const key of PARAMETER_KEYS) {
      const record = parameters[key];
      expect(record.unit, key).toBe(PARAMETER_CATALOGUE[key].unit);
      expect(record.priceYear !== undefined, key).toBe(record.unit.startsWith('GBP'));
    }
  });

  it('gives the arithmetic for every derived (D) figure', () => {
    const { parameters } = loadBaseline();
    for (const key of PARAMETER_KEYS) {
      const source = parameters[key].source;
      if (source?.status === 'D') expect(source.note?.length ?? 0, key).toBeGreaterThan(20);
    }
  });
});

describe('the scenario folder', () => {
  it('holds files whose ids match their names and that point editors at the schema', () => {
    expect(scenarioNames).toContain('baseline.json');
    for (const name of scenarioNames) {
      const file = load(name);
      expect(`${file.id}.json`).toBe(name);
      const raw = JSON.parse(readFileSync(`${SCENARIOS}${name}`, 'utf8')) as { $schema?: unknown };
      expect(raw.$schema, name).toBe('./scenario.schema.json');
    }
  });

  it('resolves every reform against its baseline and states its expected effects', () => {
    const baseline = loadBaseline();
    const base = resolveScenario(baseline);
    const reforms = scenarioNames.map(load).filter((f) => f.kind === 'reform');
    expect(reforms.length).toBeGreaterThanOrEqual(2);
    for (const reform of reforms) {
      if (reform.kind !== 'reform') continue;
      expect(reform.baseline).toBe(baseline.id);
      const resolved = resolveScenario(reform, baseline);
      expect(resolved.expectedEffects.length, reform.id).toBeGreaterThan(0);
      // A reform changes something: at the start, in a later phase, or (a backtest) its start date.
      const changes =
        diffScenarios(base, resolved).length +
        resolved.phases.length +
        (resolved.startDate !== base.startDate ? 1 : 0);
      expect(changes, reform.id).toBeGreaterThan(0);
    }
  });

  it('doubles early help capacity in the early help reform', () => {
    const baseline = loadBaseline();
    const reform = load('early-help-investment.json');
    if (reform.kind !== 'reform') throw new Error('not a reform');
    const diff = diffScenarios(resolveScenario(baseline), resolveScenario(reform, baseline));
    expect(diff.map((d) => d.key).sort()).toEqual(['earlyHelp.capacity', 'earlyHelp.referralProbability']);
    const capacity = diff.find((d) => d.key === 'earlyHelp.capacity');
    expect(capacity?.to).toBe(2 * (capacity?.from ?? Number.NaN));
  });

  it('removes placement orders, and the deterrent they gave councils, and nothing else in the placement-orders reform', () => {
    const baseline = loadBaseline();
    const reform = load('no-tribunal-placement-orders.json');
    if (reform.kind !== 'reform') throw new Error('not a reform');
    const diff = diffScenarios(resolveScenario(baseline), resolveScenario(reform, baseline));
    expect(diff).toEqual([
      {
        key: 'la.tribunalDeterrence',
        from: 1,
        to: baseline.parameters['la.deterrenceNoPlacementOrders'].value,
      },
      { key: 'redress.placementOrders', from: 1, to: 0 },
    ]);
  });
});
