/**
 * Rewrites the parameter part of `scenarios/scenario.schema.json` from sim-core's parameter
 * catalogue: every parameter in catalogue order with its meaning, unit and legal bounds, and the
 * baseline's list of required parameters. Run it after adding, removing or renaming a parameter
 * (or after a merge that touched the catalogue), instead of editing the schema by hand;
 * `test/scenario/scenario-schema.test.ts` checks the two agree.
 *
 * @example
 * node --import tsx scripts/write-schema-parameters.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PARAMETER_CATALOGUE } from '../packages/sim-core/src/scenario/parameter-catalogue.js';

const path = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(path, 'utf8'));
const properties: Record<string, unknown> = {};
for (const [key, spec] of Object.entries(PARAMETER_CATALOGUE)) {
  properties[key] = {
    description: spec.meaning,
    // Money carries a price year; the schema's money record says so.
    $ref: spec.unit.startsWith('GBP') ? '#/$defs/moneyRecord' : '#/$defs/plainRecord',
    properties: {
      value: { minimum: spec.min, maximum: spec.max },
      range: { items: { minimum: spec.min, maximum: spec.max } },
      unit: { const: spec.unit },
    },
  };
}
schema.$defs.parameters.properties = properties;
schema.$defs.baseline.properties.parameters.required = Object.keys(PARAMETER_CATALOGUE);
writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${Object.keys(properties).length} parameters to scenarios/scenario.schema.json`);
