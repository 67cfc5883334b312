/**
 * The editor JSON Schema of local-area files (`areas/local-area.schema.json`), converted from
 * sim-core's Valibot schema (`local-area/local-area-schema.ts`). Rules between figures (a split
 * given whole, refusals not above requests) are checked by sim-core only.
 */
import { CHECKS_NOT_IN_JSON_SCHEMA, LocalAreaFileSchema } from '@send-sim/sim-core';
import { toJsonSchema } from '@valibot/to-json-schema';

/** The schema's text as committed: two-space JSON ending in a newline. */
export function localAreaJsonSchemaText(): string {
  const { $schema, ...schema } = toJsonSchema(LocalAreaFileSchema, {
    target: 'draft-2020-12',
    ignoreActions: CHECKS_NOT_IN_JSON_SCHEMA,
  });
  return `${JSON.stringify({ $schema, $id: 'local-area.schema.json', ...schema }, null, 2)}\n`;
}
