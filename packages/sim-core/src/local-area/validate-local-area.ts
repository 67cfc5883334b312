/**
 * Reading and checking a local-area file (`local-area-schema.ts`) as scenario files are read:
 * JSON syntax with line and column, keys given twice, then every problem the schema finds, each
 * naming the file, the field, what was expected and what was found. Rules between figures that
 * a schema of single fields cannot say (the age and setting splits are given whole or not at all;
 * refusals are not more than requests) are checked here too.
 */
import * as v from 'valibot';
import { readJson } from '../scenario/read-json.js';
import { ScenarioError, ScenarioValidationError } from '../scenario/scenario-error.js';
import { isObject, issueErrors } from '../scenario/schema-kit.js';
import { type LocalAreaFigureName, type LocalAreaFile, LocalAreaFileSchema } from './local-area-schema.js';

/** Figures a split needs together: the shares are each count over their sum. */
export const AGE_SPLIT = [
  'plansUnder5',
  'plansAge5to10',
  'plansAge11to15',
  'plansAge16to19',
  'plansAge20to25',
] as const satisfies readonly LocalAreaFigureName[];
export const SETTING_SPLIT = [
  'plansMainstream',
  'plansResourcedProvision',
  'plansStateSpecial',
  'plansIndependentSpecial',
  'plansAlternativeProvision',
] as const satisfies readonly LocalAreaFigureName[];

export type LocalAreaCheck =
  | { readonly ok: true; readonly area: LocalAreaFile }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/** Whether parsed JSON says it is a local-area file (`"kind": "local-area"`). */
export function isLocalAreaData(data: unknown): boolean {
  return isObject(data) && data.kind === 'local-area';
}

/**
 * Parse and validate the text of a local-area file; throws a `ScenarioValidationError` listing
 * every problem.
 *
 * @example
 * const area = parseLocalAreaFile(readFileSync(path, 'utf8'), path);
 */
export function parseLocalAreaFile(text: string, file: string): LocalAreaFile {
  const { data, duplicates } = readJson(text, file);
  const check = validateLocalAreaData(data, file);
  const errors = [...duplicates, ...(check.ok ? [] : check.errors)];
  if (errors.length > 0 || !check.ok) throw new ScenarioValidationError(errors);
  return check.area;
}

/** Validate an already-parsed document (e.g. the app's editor's) and return the area or every problem. */
export function validateLocalAreaData(data: unknown, file: string): LocalAreaCheck {
  const result = v.safeParse(LocalAreaFileSchema, data);
  if (!result.success) return { ok: false, errors: issueErrors(file, result.issues) };
  const { $schema: _, ...area } = result.output;
  const errors = crossFieldErrors(area, file);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, area };
}

function crossFieldErrors(area: LocalAreaFile, file: string): ScenarioError[] {
  const f = area.figures;
  const errors: ScenarioError[] = [];
  for (const split of [AGE_SPLIT, SETTING_SPLIT]) {
    const given = split.filter((k) => f[k] !== undefined);
    if (given.length > 0 && given.length < split.length) {
      const missing = split.filter((k) => f[k] === undefined);
      errors.push(
        new ScenarioError(
          file,
          `figures.${missing[0]}`,
          `all of ${split.join(', ')} or none (a split is turned into shares of its sum)`,
          `only ${given.join(', ')}`,
        ),
      );
    } else if (given.length === split.length && split.every((k) => f[k]!.value === 0)) {
      errors.push(
        new ScenarioError(file, `figures.${split[0]}`, 'a split with at least one plan', 'all zero'),
      );
    }
  }
  if (f.refusalsPerYear !== undefined && f.requestsPerYear === undefined) {
    errors.push(
      new ScenarioError(
        file,
        'figures.requestsPerYear',
        'the requests the refusals are a share of, when refusalsPerYear is given',
        'nothing',
      ),
    );
  }
  if (
    f.refusalsPerYear !== undefined &&
    f.requestsPerYear !== undefined &&
    f.refusalsPerYear.value > f.requestsPerYear.value
  ) {
    errors.push(
      new ScenarioError(
        file,
        'figures.refusalsPerYear.value',
        `at most requestsPerYear (${f.requestsPerYear.value})`,
        String(f.refusalsPerYear.value),
      ),
    );
  }
  if (f.highNeedsSpend !== undefined && f.highNeedsAllocation === undefined) {
    errors.push(
      new ScenarioError(
        file,
        'figures.highNeedsAllocation',
        'the allocation the spending is set against, when highNeedsSpend is given',
        'nothing',
      ),
    );
  }
  if (
    f.highNeedsSpend !== undefined &&
    f.highNeedsAllocation !== undefined &&
    f.highNeedsSpend.financialYear !== f.highNeedsAllocation.financialYear
  ) {
    errors.push(
      new ScenarioError(
        file,
        'figures.highNeedsSpend.financialYear',
        `the allocation's financial year, "${f.highNeedsAllocation.financialYear}" (spending is set against the same year's income)`,
        JSON.stringify(f.highNeedsSpend.financialYear),
      ),
    );
  }
  if (f.highNeedsAllocation !== undefined && f.highNeedsAllocation.value === 0) {
    errors.push(new ScenarioError(file, 'figures.highNeedsAllocation.value', 'a positive allocation', '0'));
  }
  return errors;
}
