/** Test helper: read and resolve scenario files from the repository's `scenarios/` folder. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BaselineScenarioFile,
  type Params,
  parseScenarioFile,
  type ResolvedScenario,
  resolveScenario,
} from '@send-sim/sim-core';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function readScenario(id: string) {
  const path = `${SCENARIOS_DIR}${id}.json`;
  return parseScenarioFile(readFileSync(path, 'utf8'), path);
}

/** The resolved scenario `id` (a reform is resolved against its baseline). */
export function loadScenario(id: string): ResolvedScenario {
  const file = readScenario(id);
  if (file.kind === 'baseline') return resolveScenario(file);
  return resolveScenario(file, readScenario(file.baseline) as BaselineScenarioFile);
}

/** The baseline's parameters with some changed (for tests of one mechanism). */
export function baselineParamsWith(values: Partial<Record<keyof Params, number>>): Params {
  return { ...loadScenario('baseline').params, ...values } as Params;
}
