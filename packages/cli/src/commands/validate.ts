/**
 * `sendsim validate <file>...`: parse and validate each scenario file; a reform is also
 * resolved against its baseline (`<baseline>.json` in the same folder), which checks its lever
 * settings against the baseline's values. Prints one `ok` line per valid file on standard output
 * and every problem in each invalid file on standard error (file, field path, expected, found).
 * Exit code 1 if any file is invalid.
 */

import { basename } from 'node:path';
import {
  areaBaseline,
  type BaselineScenarioFile,
  isLocalAreaData,
  printable,
  ScenarioError,
  ScenarioValidationError,
} from '@send-sim/sim-core';
import { InputError, withLongWordsCut } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { type CliIo, type CommandOutput, type LoadedScenario, loadArea, loadScenario } from './context.js';

export function validateCommand(args: readonly string[], io: CliIo): CommandOutput {
  const ok: string[] = [];
  let invalid = 0;
  let skipped = 0;
  for (const arg of args) {
    if (arg.endsWith('.schema.json')) {
      // `validate scenarios/*.json` also matches the editors' JSON Schema, which is not a scenario.
      skipped++;
      io.stderr.write(
        withLongWordsCut(printable(`skipped ${arg} (a JSON Schema for editors, not a scenario file)\n`)),
      );
      continue;
    }
    let loaded: LoadedScenario;
    let display = arg;
    try {
      display = resolveScenarioPath(arg, io.cwd).display;
      const area = localAreaLine(arg, io.cwd);
      if (area !== undefined) {
        ok.push(area);
        continue;
      }
      loaded = loadScenario(arg, io.cwd);
    } catch (error) {
      invalid++;
      io.stderr.write(withLongWordsCut(printable(describeProblem(display, error))));
      continue;
    }
    ok.push(`ok ${loaded.path.display} (${summary(loaded)})`);
  }
  const checked = args.length - skipped;
  if (checked > 1) {
    const tally = `${checked - invalid} of ${checked} files valid`;
    if (invalid > 0) io.stderr.write(`${tally}\n`);
    else ok.push(tally);
  }
  return { text: ok.length === 0 ? '' : `${ok.join('\n')}\n`, exitCode: invalid > 0 ? 1 : 0 };
}

/**
 * `ok areas/x.json (local area …)` when `arg` is a local-area file (`"kind": "local-area"`),
 * checked and applied to the national baseline (`baseline.json` in the repository's scenarios
 * folder) as `--area` would; `undefined` for a scenario file. Throws its problems.
 */
function localAreaLine(arg: string, cwd: string): string | undefined {
  const path = resolveScenarioPath(arg, cwd);
  let data: unknown;
  try {
    data = JSON.parse(readInputFile(path.path, path.display));
  } catch {
    return undefined; // not JSON: the scenario reader reports it with line and column
  }
  if (!isLocalAreaData(data)) return undefined;
  const loaded = loadArea(arg, cwd);
  const national = loadScenario('baseline', cwd);
  const { summary: s } = areaBaseline(national.file as BaselineScenarioFile, loaded.area, loaded.display);
  const given = Object.keys(loaded.area.figures).length;
  return (
    `ok ${loaded.display} (local area ${s.name} ${s.laCode}, starts ${s.startDate}, ${given} figure${given === 1 ? '' : 's'} given, ` +
    `${s.derivedFigures.length} from the national value × its share ${(s.share * 100).toPrecision(3)}%${s.derivedFigures.length === 0 ? '' : `: ${s.derivedFigures.join(', ')}`})`
  );
}

/** `baseline baseline, 123 parameters, levers none` or `reform x, 0 parameters, levers a=b; …`. */
function summary(loaded: LoadedScenario): string {
  const { file, resolved } = loaded;
  if (file.kind === 'baseline') {
    return `baseline ${file.id}, ${Object.keys(file.parameters).length} parameters, levers none, starts ${file.startDate}`;
  }
  const overrides = Object.keys(file.parameters ?? {}).length;
  const levers = Object.entries(file.levers).map(([id, setting]) => `${id}=${setting}`);
  const baselineDisplay = loaded.baselinePath?.display ?? `${file.baseline}.json`;
  const differ = Object.values(resolved.records).filter((r) => r.changedBy !== undefined).length;
  return (
    `reform ${file.id}, ${overrides} parameter${overrides === 1 ? '' : 's'}, ` +
    `levers ${levers.length === 0 ? 'none' : levers.join(', ')}; ` +
    `resolved against ${baselineDisplay}: ${differ} parameter${differ === 1 ? '' : 's'} changed`
  );
}

/** Every problem `error` describes, as lines for standard error. */
function describeProblem(display: string, error: unknown): string {
  if (error instanceof ScenarioError) {
    const errors = error instanceof ScenarioValidationError ? error.errors : [error];
    const n = errors.length;
    const lines = [`invalid ${display}: ${n} problem${n === 1 ? '' : 's'}`];
    for (const e of errors) lines.push(`  ${errorLine(e, display)}`);
    return `${lines.join('\n')}\n`;
  }
  if (error instanceof InputError) return `invalid ${display}: ${error.message}\n`;
  throw error;
}

/** `path: expected …, found …`, naming the file too when the problem is in another file (a baseline). */
function errorLine(e: ScenarioError, display: string): string {
  const same = e.file === display || e.file === basename(display);
  const where = same ? e.path : `${e.file}: ${e.path}`;
  return `${where}: expected ${e.expected}, found ${e.found}`;
}
