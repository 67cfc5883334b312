/**
 * The scenario library, bundled from the repository's `scenarios/*.json` at build time. The
 * schema and the calibration backtest are not policies, so they are left out. Reforms are
 * resolved against the baseline they name, exactly as the CLI does, so the browser and
 * `sendsim compare` run the same parameters.
 */
import {
  areaBaseline,
  type BaselineScenarioFile,
  type LocalAreaFile,
  parseScenarioFile,
  type ReformScenarioFile,
  type ResolvedScenario,
  resolveScenario,
  type ScenarioFile,
  ScenarioValidationError,
  validateLocalAreaData,
  validateScenarioData,
} from '@send-sim/sim-core';

const texts = import.meta.glob<string>(
  [
    '../../../../scenarios/*.json',
    '!../../../../scenarios/scenario.schema.json',
    '!../../../../scenarios/backtest-2019.json',
  ],
  { eager: true, query: '?raw', import: 'default' },
);

/** A reform as the run controls list it. */
export interface ReformOption {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

const files = new Map<string, ScenarioFile>();
for (const [path, text] of Object.entries(texts)) {
  const id = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  // Each file's id is its name, as the CLI requires (`sendsim compare` finds `<id>.json`).
  files.set(id, parseScenarioFile(text, `scenarios/${id}.json`, { fileId: id }));
}

/** The id of the baseline every reform in the app is compared with. */
export const BASELINE_ID = 'baseline';

/** Every reform in the library, by name. */
export const REFORM_OPTIONS: readonly ReformOption[] = [...files.values()]
  .filter((file) => file.kind === 'reform')
  .map((file) => ({ id: file.id, name: file.name, description: file.description }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Resolve scenario `id` (a reform against the baseline it names). Throws for an unknown id. */
export function resolveScenarioById(id: string): ResolvedScenario {
  const file = files.get(id);
  if (file === undefined) throw new RangeError(`unknown scenario "${id}"`);
  if (file.kind === 'baseline') return resolveScenario(file);
  const baseline = files.get(file.baseline);
  if (baseline?.kind !== 'baseline') {
    throw new RangeError(`${id}: its baseline "${file.baseline}" is not in the bundled scenarios`);
  }
  return resolveScenario(file, baseline as BaselineScenarioFile);
}

/** Every reform file in the library, by name: the editor's starting points. */
export const REFORM_FILES: readonly ReformScenarioFile[] = REFORM_OPTIONS.map(
  (option) => files.get(option.id) as ReformScenarioFile,
);

/** The bundled baseline every reform in the app is compared with. */
export const BASELINE_FILE = files.get(BASELINE_ID) as BaselineScenarioFile;

/**
 * The reform file a run named: a library reform by id, or a file built in the editor, validated
 * again (it crossed from the page as plain data). The sensitivity analysis needs the file, not
 * the resolved scenario, because it resolves the reform again on each changed baseline.
 */
export function reformFileOf(ref: string | ReformScenarioFile): ReformScenarioFile {
  if (typeof ref === 'string') {
    const file = files.get(ref);
    if (file?.kind !== 'reform') throw new RangeError(`unknown reform "${ref}"`);
    return file;
  }
  const check = validateScenarioData(ref, `${ref.id}.json`);
  if (!check.ok) throw new ScenarioValidationError(check.errors);
  if (check.scenario.kind !== 'reform') throw new RangeError(`${ref.id}: expected a reform`);
  return check.scenario;
}

/**
 * Resolve a reform file that is not in the library (one built in the editor) against its
 * bundled baseline. It is validated again first: it crossed from the page as plain data.
 */
export function resolveReformFile(file: ReformScenarioFile): ResolvedScenario {
  const check = validateScenarioData(file, `${file.id}.json`);
  if (!check.ok) throw new ScenarioValidationError(check.errors);
  if (check.scenario.kind !== 'reform') throw new RangeError(`${file.id}: expected a reform`);
  const baseline = files.get(check.scenario.baseline);
  if (baseline?.kind !== 'baseline') {
    throw new RangeError(`${file.id}: its baseline "${file.baseline}" is not in the bundled scenarios`);
  }
  return resolveScenario(check.scenario, baseline);
}

/** A local area's share of England's children (what its one-to-one run is as large as). */
export function areaShareOf(area: LocalAreaFile): number {
  return areaBaseline(BASELINE_FILE, area, 'local-area.json').summary.share;
}

/**
 * Resolve a library scenario (by id) or an edited reform for a local area, as `sendsim --area`
 * does: the bundled baseline made the area's (`areaBaseline`) and the levers scaled to it. The
 * area is validated again: it crossed from the page as plain data.
 */
export function resolveForArea(ref: string | ReformScenarioFile, area: LocalAreaFile): ResolvedScenario {
  const check = validateLocalAreaData(area, 'local-area.json');
  if (!check.ok) throw new ScenarioValidationError(check.errors);
  const local = areaBaseline(BASELINE_FILE, check.area, 'local-area.json');
  if (ref === BASELINE_ID) return resolveScenario(local.baseline, undefined, local.scaling);
  const file = reformFileOf(ref);
  if (file.baseline !== BASELINE_ID)
    throw new RangeError(`${file.id}: a local area runs on the baseline "${BASELINE_ID}"`);
  return resolveScenario(file, local.baseline, local.scaling);
}
