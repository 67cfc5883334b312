/**
 * Writes `areas/local-area.schema.json`, the JSON Schema editors use for local-area files, from
 * sim-core's Valibot schema (`local-area/local-area-schema.ts`). Rules between figures (a split
 * given whole, refusals not above requests) are checked by sim-core only.
 *
 * @example
 * node --import tsx scripts/write-local-area-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS_NOT_IN_JSON_SCHEMA, LocalAreaFileSchema } from '@send-sim/sim-core';
import { toJsonSchema } from '@valibot/to-json-schema';

const { $schema, ...schema } = toJsonSchema(LocalAreaFileSchema, {
  target: 'draft-2020-12',
  ignoreActions: CHECKS_NOT_IN_JSON_SCHEMA,
});
const path = fileURLToPath(new URL('../areas/local-area.schema.json', import.meta.url));
writeFileSync(path, `${JSON.stringify({ $schema, $id: 'local-area.schema.json', ...schema }, null, 2)}\n`);
console.log('wrote areas/local-area.schema.json');
