/**
 * Writes `areas/local-area.schema.json`, the JSON Schema editors use for local-area files, from
 * sim-core's Valibot schema. Run it after changing the schema; `test/scenario/local-area.test.ts`
 * fails while the file is stale.
 *
 * @example
 * node --import tsx scripts/write-local-area-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localAreaJsonSchemaText } from './local-area-json-schema.js';

const path = fileURLToPath(new URL('../areas/local-area.schema.json', import.meta.url));
writeFileSync(path, localAreaJsonSchemaText());
console.log('wrote areas/local-area.schema.json');
