/**
 * Writes `scenarios/scenario.schema.json`, the JSON Schema editors use for scenario files, from
 * sim-core's Valibot schema. Run it after changing the schema, the parameter catalogue or the
 * levers (or after a merge that touched them); `test/scenario/scenario-schema.test.ts` fails
 * while the file is stale.
 *
 * @example
 * node --import tsx scripts/write-scenario-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from './scenario-json-schema.js';

const path = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(path, scenarioJsonSchemaText());
console.log('wrote scenarios/scenario.schema.json');
