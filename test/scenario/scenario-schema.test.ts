import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  LEVERS,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  PRICE_YEAR_PATTERN,
  SCENARIO_FIELDS,
  SCENARIO_ID_PATTERN,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

// The JSON schema is for editors; the TS validator is the authority. These checks keep them in step.
const schemaPath = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

interface SchemaNode {
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  type?: string;
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
  $schema: string;
  $defs: Record<string, SchemaNode>;
};
const defs = schema.$defs;

function def(name: string): SchemaNode {
  const node = defs[name];
  if (node === undefined) throw new Error(`schema has no $defs.${name}`);
  return node;
}

describe('scenario.schema.json', () => {
  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('allows the same fields as the validator at every level', () => {
    expect(Object.keys(def('baseline').properties ?? {}).sort()).toEqual(
      [...SCENARIO_FIELDS.baseline].sort(),
    );
    expect(Object.keys(def('reform').properties ?? {}).sort()).toEqual([...SCENARIO_FIELDS.reform].sort());
    expect(Object.keys(def('record').properties ?? {}).sort()).toEqual([...SCENARIO_FIELDS.record].sort());
    expect(Object.keys(def('source').properties ?? {}).sort()).toEqual([...SCENARIO_FIELDS.source].sort());
    expect(def('id').pattern).toBe(SCENARIO_ID_PATTERN.source);
    expect(def('record').properties?.priceYear?.pattern).toBe(PRICE_YEAR_PATTERN.source);
  });

  it('lists every catalogue parameter with its unit, bounds and money rule', () => {
    const properties = def('parameters').properties ?? {};
    expect(Object.keys(properties)).toEqual(PARAMETER_KEYS);
    expect(def('baseline').properties?.parameters?.required).toEqual(PARAMETER_KEYS);
    for (const key of PARAMETER_KEYS) {
      const spec = PARAMETER_CATALOGUE[key];
      const node = properties[key];
      expect(node?.properties?.unit?.const, key).toBe(spec.unit);
      expect(node?.properties?.value?.minimum, key).toBe(spec.min);
      expect(node?.properties?.value?.maximum, key).toBe(spec.max);
      expect(node?.properties?.range?.items?.minimum, key).toBe(spec.min);
      expect(node?.properties?.range?.items?.maximum, key).toBe(spec.max);
      const money = spec.unit.startsWith('GBP');
      expect(node?.$ref, key).toBe(money ? '#/$defs/moneyRecord' : '#/$defs/plainRecord');
    }
  });

  it('lists every lever with its settings', () => {
    const properties = def('levers').properties ?? {};
    expect(Object.keys(properties)).toEqual(LEVERS.map((l) => l.id));
    for (const lever of LEVERS) {
      const node = properties[lever.id];
      const s = lever.settings;
      expect(node?.default, lever.id).toBe(s.default);
      if (s.kind === 'choice') {
        expect(node?.enum, lever.id).toEqual(s.values);
      } else {
        expect(node?.type, lever.id).toBe('number');
        expect(node?.minimum, lever.id).toBe(s.min);
        expect(node?.maximum, lever.id).toBe(s.max);
      }
    }
  });
});
