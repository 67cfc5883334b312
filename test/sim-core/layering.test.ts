/**
 * sim-core's folders are layers, and imports point one way: down. Each folder may import only
 * folders in layers below its own (never a folder in its own layer, never one above), so the
 * foundation can be read alone, the journey without the engine, and the engine without the
 * experiments that drive it. The test reads the import (and `export … from`) statements of every
 * source file, type-only ones included: a type is a dependency too.
 *
 * The layers, lowest first:
 * 0. `foundation/` (calendar, random streams, portable maths, payers) and `version.ts`: import
 *    no other folder.
 * 1. `scenario/`: parameters, levers, scenario files.
 * 2. `journey/`: the statechart, its guards, actions and delays.
 * 3. `metrics/`: collectors and definitions.
 * 4. `ledger/`: costs by payer.
 * 5. `services/` and `population/`: capacity and queues; the synthetic population.
 * 6. `engine/`: the child table, the future event list, the run loop; `local-area/`: a council's
 *    figures made into a baseline for its area (it reads scenarios and the high-needs block).
 * 7. `experiment/`: replications, comparisons, sweeps, sensitivity.
 * 8. `report/` and `calibration/`: words and figures; backtests and fits.
 * 9. `describe/`: the model as a document.
 * 10. `index.ts`: the public API, which re-exports every folder's `index.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../packages/sim-core/src/', import.meta.url));

/** Folders (and root files) in layers, lowest first. */
const LAYERS: readonly (readonly string[])[] = [
  ['foundation', 'version.ts'],
  ['scenario'],
  ['journey'],
  ['metrics'],
  ['ledger'],
  ['services', 'population'],
  ['engine', 'local-area'],
  ['experiment'],
  ['report', 'calibration'],
  ['describe'],
  ['index.ts'],
];

const LAYER_OF = new Map(LAYERS.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The folder (or root file) a path inside `src/` belongs to. */
function unitOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0]!;
}

/** The relative module specifiers a source file imports or re-exports. */
function importedSpecifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.push(match[1]!);
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}

interface CrossImport {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

/** Every import in sim-core that crosses from one folder (or root file) to another. */
function crossImports(): CrossImport[] {
  const out: CrossImport[] = [];
  for (const file of sources(SRC)) {
    const from = unitOf(file);
    for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier);
      const to = unitOf(target.endsWith('.js') ? target.replace(/\.js$/, '.ts') : target);
      if (to !== from) out.push({ file: relative(SRC, file), from, to });
    }
  }
  return out;
}

describe('sim-core layering', () => {
  const imports = crossImports();

  it('knows every folder and root file', () => {
    const units = [...new Set(sources(SRC).map(unitOf))].sort();
    expect(units.filter((unit) => !LAYER_OF.has(unit))).toEqual([]);
    expect(imports.length).toBeGreaterThan(100);
  });

  it('finds imports, re-exports and type-only imports', () => {
    expect(
      importedSpecifiers(
        "import { a } from './a.js';\nimport type {\n  B,\n} from '../b/b.js';\nexport * from './c.js';\nimport 'node:x';",
      ),
    ).toEqual(['./a.js', '../b/b.js', './c.js']);
  });

  it('the foundation imports no other sim-core folder', () => {
    expect(imports.filter((i) => i.from === 'foundation')).toEqual([]);
  });

  it('no folder imports a folder in its own layer or above it ("back up")', () => {
    const backUp = imports
      .filter((i) => LAYER_OF.get(i.to)! >= LAYER_OF.get(i.from)!)
      .map((i) => `${i.file} imports ${i.to}/`);
    expect(backUp).toEqual([]);
  });
});
