/**
 * The editor JSON Schema of scenario files (`scenarios/scenario.schema.json`), converted from
 * sim-core's Valibot schema: the same fields, patterns, parameters (with meaning, unit and
 * bounds) and levers (with settings and default) that validation checks. What JSON Schema
 * cannot say (shares summing to 1, a range containing its value, price years the deflator
 * covers) is checked by sim-core only; `$schema` in a file points editors here.
 */
import {
  CHECKS_NOT_IN_JSON_SCHEMA,
  SCENARIO_SCHEMA_DEFINITIONS,
  ScenarioFileSchema,
} from '@send-sim/sim-core';
import { toJsonSchema } from '@valibot/to-json-schema';

/** The schema's text as committed: two-space JSON ending in a newline. */
export function scenarioJsonSchemaText(): string {
  const { $schema, ...schema } = toJsonSchema(ScenarioFileSchema, {
    target: 'draft-2020-12',
    // Anything else the converter cannot express fails the conversion, so nothing is lost unseen.
    ignoreActions: CHECKS_NOT_IN_JSON_SCHEMA,
    definitions: SCENARIO_SCHEMA_DEFINITIONS,
    // A range is a pair of like numbers: one `items` rather than the same schema twice.
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      const { prefixItems, items: _, ...rest } = jsonSchema;
      if (valibotSchema.type !== 'strict_tuple' || !Array.isArray(prefixItems)) return undefined;
      const [first] = prefixItems;
      const alike = prefixItems.every((item) => JSON.stringify(item) === JSON.stringify(first));
      return alike ? { ...rest, items: first, maxItems: prefixItems.length } : undefined;
    },
  });
  return `${JSON.stringify({ $schema, $id: 'scenario.schema.json', ...schema }, null, 2)}\n`;
}
