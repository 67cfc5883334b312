import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEVERS, PARAMETER_CATALOGUE, PARAMETER_KEYS, SCENARIO_FIELDS } from '@send-sim/sim-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../scripts/scenario-json-schema.js';

// scenarios/scenario.schema.json is for editors, generated from sim-core's Valibot schema.
const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const committed = readFileSync(`${SCENARIOS}scenario.schema.json`, 'utf8');

interface SchemaNode {
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  type?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}

const schema = JSON.parse(committed) as SchemaNode & { $schema: string; $defs: Record<string, SchemaNode> };
const [baseline, reform] = schema.oneOf ?? [];
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const shipped = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(`${SCENARIOS}${file}`, 'utf8')) as Json;

describe('scenario.schema.json', () => {
  it('is what the script writes from the schema (run node --import tsx scripts/write-scenario-schema.ts)', () => {
    expect(committed === scenarioJsonSchemaText(), 'scenarios/scenario.schema.json is stale').toBe(true);
  });

  it('is a draft 2020-12 schema of baselines and reforms with the fields validation allows', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(baseline?.properties ?? {})).toEqual(SCENARIO_FIELDS.baseline);
    expect(Object.keys(reform?.properties ?? {})).toEqual(SCENARIO_FIELDS.reform);
  });

  it('describes the calibration record as `sendsim calibrate --fit --apply` writes it, plausible sets too', () => {
    const calibration = baseline?.properties?.calibration;
    expect(Object.keys(calibration?.properties ?? {})).toEqual(SCENARIO_FIELDS.calibration);
    expect(Object.keys(calibration?.properties?.plausible?.properties ?? {})).toEqual([
      'evaluated',
      'count',
      'correlations',
    ]);
  });

  it('lists every catalogue parameter with its unit, bounds and money rule', () => {
    expect(Object.keys(baseline?.properties?.parameters?.properties ?? {})).toEqual(PARAMETER_KEYS);
    expect(baseline?.properties?.parameters?.required).toEqual(PARAMETER_KEYS);
    expect(reform?.properties?.parameters?.required).toEqual([]);
    for (const key of PARAMETER_KEYS) {
      const spec = PARAMETER_CATALOGUE[key];
      const node = schema.$defs[key];
      expect(node?.properties?.unit?.const, key).toBe(spec.unit);
      expect(node?.properties?.value?.minimum, key).toBe(spec.min);
      expect(node?.properties?.value?.maximum, key).toBe(spec.max);
      expect(node?.properties?.range?.items?.maximum, key).toBe(spec.max);
      expect(node?.required?.includes('priceYear'), key).toBe(spec.unit.startsWith('GBP'));
    }
  });

  it('lists every lever with its settings and default', () => {
    const levers = reform?.properties?.levers?.properties ?? {};
    expect(Object.keys(levers)).toEqual(LEVERS.map((l) => l.id));
    for (const lever of LEVERS) {
      const node = levers[lever.id];
      const s = lever.settings;
      expect(node?.default, lever.id).toBe(s.default);
      if (s.kind === 'choice') expect(node?.enum, lever.id).toEqual(s.values);
      else expect([node?.minimum, node?.maximum], lever.id).toEqual([s.min, s.max]);
    }
  });

  it('accepts every shipped scenario file in a JSON Schema validator', () => {
    expect(shipped.length).toBeGreaterThan(10);
    for (const file of shipped)
      expect(validate(read(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('refuses in an editor what sim-core refuses: unknown fields, missing price years, source and assumption both', () => {
    const broken: Array<(doc: Json) => void> = [
      (doc) => {
        doc.nmae = 'typo';
      },
      (doc) => {
        delete (doc.parameters as Record<string, Json>)['cost.mediation']!.priceYear;
      },
      (doc) => {
        const record = (doc.parameters as Record<string, Json>)['ep.workforceFte']!;
        record.assumption = 'a guess';
      },
      (doc) => {
        (doc.parameters as Record<string, Json>)['ep.workforceFte']!.priceYear = '2023/24';
      },
      (doc) => {
        (doc.calibration as Json).plausible = { evaluated: 1, count: 1, correlations: [{ a: 'x', b: 'y' }] };
      },
    ];
    for (const breakIt of broken) {
      const doc = read('baseline.json');
      breakIt(doc);
      expect(validate(doc), breakIt.toString()).toBe(false);
    }
    const doc = read('no-tribunal-placement-orders.json');
    doc.levers = { tribunalPowers: 'abolished' };
    expect(validate(doc)).toBe(false);
  });
});
