/**
 * The run manifest: what a result file was made from, so anyone holding the file can make it
 * again (`sendsim rerun`). It records the command line as given, every option the command takes
 * as it was resolved (defaults included), the start date, the model and sendsim versions, and
 * the SHA-256 of the bytes of every file the command read (scenarios, a reform's baseline, a
 * targets file). Nothing in it depends on the clock or the machine beyond the paths the user
 * gave, so the same inputs give byte-identical results, manifest included.
 *
 * Where it goes (one rule for every result command): a JSON result carries it as its last key,
 * `manifest`; a CSV or table written with `--out FILE` gets a sidecar `FILE.manifest.json`
 * (`{ manifest, output }`, the output's file name and SHA-256). CSV files keep no comment lines,
 * because spreadsheets, pandas and this repository's own CSV tests read the first line as the
 * header. Standard output carries a manifest only as JSON.
 *
 * It lives in the CLI, not sim-core: it hashes files with node:crypto and records a command
 * line, neither of which the web app has (the app's reproducible record is its shareable URL).
 * A new result command (such as `psa`) gets its manifest by being listed in
 * `RESULT_COMMANDS`: the options are read from its `CommandSpec`.
 *
 * Where the replications ran is left out, as the number of threads is: `--backend` and `--redis`
 * are neither in the options nor in the command line recorded. They change nothing in a result
 * (a run through Redis is byte-identical to a local one, manifest included, decision 0012), a
 * Redis URL may hold a password, and a result made on workers can be made again on a laptop.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { MODEL_VERSION } from '@send-sim/sim-core';
import cliPackage from '../package.json' with { type: 'json' };
import {
  type CliOptions,
  COMMAND_SPECS,
  type CommandName,
  type OptionName,
  PSA_DEFAULT_METRIC,
} from './args.js';
import { DEFAULT_SCENARIO, targetsFile } from './commands/calibrate.js';
import { loadArea, loadScenario } from './commands/context.js';
import { DEFAULT_PARAMS } from './commands/sensitivity.js';
import { toJson } from './format/json.js';
import { readInputBytes } from './input-file.js';
import { displayPath, resolveScenarioPath } from './scenario-path.js';

/** The manifest's own format; a reader refuses a manifest of a later version. */
export const MANIFEST_VERSION = 1;

/** The commands whose output is a result, and so carries a manifest. */
export const RESULT_COMMANDS: readonly CommandName[] = [
  'run',
  'compare',
  'sensitivity',
  'sweep',
  'psa',
  'calibrate',
];

/** One file the command read, as the user named it and by the SHA-256 of its bytes. */
export interface ManifestFile {
  /** The argument as given (`baseline`, `scenarios/x.json`); for a file read because of another (a reform's baseline), the path it was found at. */
  readonly path: string;
  /** Where it was found: relative to the working folder when below it, else absolute. */
  readonly file: string;
  /** The scenario's id; absent for a file that is not a scenario (a targets file). */
  readonly id?: string;
  readonly sha256: string;
}

export interface RunManifest {
  readonly manifestVersion: number;
  readonly modelVersion: string;
  readonly sendsimVersion: string;
  /** The command line as given, the program named `sendsim`. */
  readonly command: readonly string[];
  /** Every option the command takes but `--out`, as resolved (defaults filled in; null when unset). */
  readonly options: Readonly<Record<string, number | string | boolean | null>>;
  /** The start date of the (first) scenario run. */
  readonly startDate: string;
  readonly scenarios: readonly ManifestFile[];
  /** Other files read: `calibrate`'s targets. */
  readonly inputs: readonly ManifestFile[];
}

/** A command line ready to run: what `parseArgs` gives for a command. */
export interface CommandLine {
  readonly command: CommandName;
  readonly args: readonly string[];
  readonly options: CliOptions;
}

/** True when `command`'s output is a result that carries a manifest. */
export function isResultCommand(command: CommandName): boolean {
  return RESULT_COMMANDS.includes(command);
}

/**
 * The manifest of `line`, run as `argv` (the arguments after the program name) from `cwd`:
 * reads and hashes every file the command reads, as it is now.
 *
 * @example
 * buildManifest(['run', 'baseline', '--reps', '2'], parseArgs(['run', 'baseline', '--reps', '2']), cwd)
 * // { manifestVersion: 1, modelVersion: '0.9.0', command: ['sendsim', 'run', 'baseline', '--reps', '2'], … }
 */
export function buildManifest(argv: readonly string[], line: CommandLine, cwd: string): RunManifest {
  const { scenarios, startDate } = scenarioFiles(line, cwd);
  return {
    manifestVersion: MANIFEST_VERSION,
    modelVersion: MODEL_VERSION,
    sendsimVersion: cliPackage.version,
    command: ['sendsim', ...withoutPlacement(argv)],
    options: resolvedOptions(line),
    startDate,
    scenarios,
    inputs:
      line.command === 'calibrate'
        ? [targetsInput(line.options, cwd)]
        : line.options.area !== undefined
          ? [areaInput(line.options.area, cwd)]
          : [],
  };
}

/** `text` (a JSON object, as `toJson` writes it) with `manifest` added as its last key. */
export function withManifest(text: string, manifest: RunManifest): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  return toJson({ ...value, manifest });
}

/** Where the manifest of a CSV or table written to `out` goes. */
export function sidecarPathOf(out: string): string {
  return `${out}.manifest.json`;
}

/** The sidecar of `text`, written to `out`: the manifest and which output it describes. */
export function sidecarText(manifest: RunManifest, out: string, text: string): string {
  return toJson({ manifest, output: { file: basename(out), sha256: sha256Of(text) } });
}

/** The SHA-256 of `data` in hex (a string is hashed as its UTF-8 bytes). */
export function sha256Of(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Each file the command's scenario arguments read, in order, each once; and the first one's start. */
function scenarioFiles(line: CommandLine, cwd: string): { scenarios: ManifestFile[]; startDate: string } {
  // calibrate also reads the baseline, whose start sets the start-consistency targets.
  const args = line.command === 'calibrate' ? [line.args[0] ?? DEFAULT_SCENARIO, 'baseline'] : [...line.args];
  const seen = new Set<string>();
  const scenarios: ManifestFile[] = [];
  let startDate = '';
  const add = (path: string, file: { path: string; display: string }, id: string) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    scenarios.push({
      path,
      file: file.display,
      id,
      sha256: sha256Of(readInputBytes(file.path, file.display)),
    });
  };
  // A local area (`--area`) changes the baseline, and its start, that every scenario resolves against.
  const area = line.options.area === undefined ? undefined : loadArea(line.options.area, cwd);
  for (const arg of args) {
    const loaded = loadScenario(arg, cwd, area);
    if (startDate === '') startDate = loaded.resolved.startDate;
    add(arg, loaded.path, loaded.file.id);
    if (loaded.baselinePath !== undefined && loaded.file.kind === 'reform') {
      add(loaded.baselinePath.display, loaded.baselinePath, loaded.file.baseline);
    }
  }
  return { scenarios, startDate };
}

/** The local-area file `--area` named, hashed as the scenarios are. */
function areaInput(arg: string, cwd: string): ManifestFile {
  const path = resolveScenarioPath(arg, cwd);
  return {
    path: `--area ${arg}`,
    file: path.display,
    sha256: sha256Of(readInputBytes(path.path, path.display)),
  };
}

function targetsInput(options: CliOptions, cwd: string): ManifestFile {
  const path = targetsFile(options, cwd);
  const display = displayPath(path, cwd);
  const bytes = readInputBytes(
    path,
    options.targets === undefined ? display : `--targets ${options.targets}`,
  );
  return { path: options.targets ?? display, file: display, sha256: sha256Of(bytes) };
}

/** The options that say where replications run, not what they are: never recorded. */
const PLACEMENT_OPTIONS: readonly OptionName[] = ['backend', 'redis'];

/** `argv` without `--backend X` and `--redis URL` (in either spelling), up to a `--` that ends the options. */
export function withoutPlacement(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      kept.push(...argv.slice(i));
      break;
    }
    const name = token.startsWith('--') ? token.slice(2).split('=')[0]! : '';
    if (!(PLACEMENT_OPTIONS as readonly string[]).includes(name)) kept.push(token);
    // The value, when given as the next argument (as the parser reads it).
    else if (!token.includes('=') && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) i++;
  }
  return kept;
}

/** The value of every option the command takes (but `--out` and where it runs), keyed by option name, in the spec's order. */
function resolvedOptions(line: CommandLine): Record<string, number | string | boolean | null> {
  const result: Record<string, number | string | boolean | null> = {};
  for (const name of COMMAND_SPECS[line.command].options) {
    if (name === 'out' || PLACEMENT_OPTIONS.includes(name)) continue;
    result[name] = optionValue(name, line);
  }
  return result;
}

function optionValue(name: OptionName, { command, options: o }: CommandLine) {
  switch (name) {
    case 'lock-seconds':
      return o.lockSeconds;
    case 'holdout-from':
      return o.holdoutFrom ?? null;
    case 'params':
      return o.params ?? (command === 'sensitivity' ? DEFAULT_PARAMS : null);
    case 'metric':
      return o.metric ?? (command === 'psa' ? PSA_DEFAULT_METRIC : null);
    default:
      return o[name] ?? null;
  }
}
