/**
 * `sendsim rerun <result file> [--out FILE]`: make a result again from its manifest
 * (run-manifest.ts) and check it is the same, byte for byte. Before anything runs it checks that
 * the model and sendsim versions are this one's and that every file the result was made from
 * still has the SHA-256 the manifest records; then it runs the recorded command line through the
 * same path as any command (execute.ts), writes the output where told, and compares it with the
 * result given. Whatever differs is a `RerunError` (exit 1) naming the file and what differs.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MODEL_VERSION, ScenarioError } from '@send-sim/sim-core';
import cliPackage from '../../package.json' with { type: 'json' };
import { type CliOptions, parseArgs } from '../args.js';
import { InputError, RerunError, UsageError } from '../errors.js';
import { execute } from '../execute.js';
import { toJson } from '../format/json.js';
import { readInputBytes } from '../input-file.js';
import { prepareOut } from '../out-file.js';
import {
  buildManifest,
  type CommandLine,
  isResultCommand,
  MANIFEST_VERSION,
  type ManifestFile,
  RESULT_COMMANDS,
  type RunManifest,
  sha256Of,
  sidecarPathOf,
} from '../run-manifest.js';
import type { CliIo } from './context.js';

/** A result file's manifest, and what the rerun's output must be to match it. */
interface Found {
  readonly manifest: unknown;
  /** The result's bytes, or (given a sidecar alone) the SHA-256 its `output` records. */
  readonly expected: { readonly bytes: Buffer } | { readonly sha256: string };
  /** The files read, which `--out` must not overwrite. */
  readonly reads: readonly string[];
}

/**
 * Make the result at `args[0]` again from its manifest, to standard output or `options.out`;
 * throws a `RerunError` naming whatever no longer matches.
 *
 * @example
 * await rerunCommand(['out/baseline.json'], options, io) // 0, and "reproduced out/baseline.json: …" on stderr
 */
export async function rerunCommand(args: readonly string[], options: CliOptions, io: CliIo): Promise<number> {
  const given = args[0]!;
  const found = findManifest(given, io.cwd);
  // First, so a mistake costs nothing (execute checks it again against the scenarios too).
  if (options.out !== undefined) prepareOut(options.out, found.reads, io.cwd);
  const manifest = checkShape(found.manifest, given);
  checkVersions(manifest, given);
  const line = commandLineOf(manifest, given, options.out);
  checkFiles(manifest, given, io.cwd);
  const argv = manifest.command.slice(1);
  let fresh: RunManifest;
  try {
    fresh = buildManifest(argv, line, io.cwd);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ScenarioError)) throw error;
    throw new RerunError(
      `${given}: the files its manifest names cannot be read as they were: ${error.message}`,
    );
  }
  checkSameManifest(manifest, fresh, given);

  // Compared before it is written, so 'reproduced' comes before 'wrote'; written either way,
  // so an output that differs can be looked at.
  let differs: RerunError | undefined;
  const { exitCode } = await execute(line, argv, io, {
    manifest: fresh,
    alsoReads: found.reads,
    beforeWrite: (text) => {
      differs = difference(text, found.expected, given);
      if (differs === undefined) {
        const bytes = Buffer.from(text);
        io.stderr.write(`reproduced ${given}: the same ${bytes.length} bytes (sha256 ${sha256Of(bytes)})\n`);
      }
    },
  });
  if (differs !== undefined) throw differs;
  return exitCode;
}

/** Why the rerun's output `text` is not the result given, or undefined when it is. */
function difference(text: string, expected: Found['expected'], given: string): RerunError | undefined {
  const bytes = Buffer.from(text);
  if ('bytes' in expected) {
    if (bytes.equals(expected.bytes)) return undefined;
    return new RerunError(
      `${given}: the rerun's output differs from the result given (sha256 expected ${sha256Of(expected.bytes)}, found ${sha256Of(bytes)}; first difference on line ${firstDifferentLine(expected.bytes.toString('utf8'), text)}), although its files and versions match`,
    );
  }
  if (sha256Of(bytes) === expected.sha256) return undefined;
  return new RerunError(
    `${given}: the rerun's output differs from the one its manifest describes (sha256 expected ${expected.sha256}, found ${sha256Of(bytes)}), although its files and versions match`,
  );
}

/**
 * The manifest of the result at `given`: inside it (JSON), in the sidecar beside it (a CSV or
 * table written with --out), or the sidecar itself.
 */
function findManifest(given: string, cwd: string): Found {
  const path = resolve(cwd, given);
  const bytes = readInputBytes(path, `result file ${given}`);
  const data = parsedObject(bytes);
  if (data !== undefined && 'manifest' in data) {
    const output = data.output;
    if (isObject(output) && typeof output.sha256 === 'string') {
      // A sidecar: the output it describes sits beside it under the name it records.
      const outputFile = typeof output.file === 'string' ? [join(dirname(given), basename(output.file))] : [];
      return { manifest: data.manifest, expected: { sha256: output.sha256 }, reads: [given, ...outputFile] };
    }
    return { manifest: data.manifest, expected: { bytes }, reads: [given] };
  }
  const sidecar = sidecarPathOf(given);
  if (existsSync(resolve(cwd, sidecar))) {
    const side = parsedObject(readInputBytes(resolve(cwd, sidecar), sidecar));
    if (side === undefined || !('manifest' in side)) {
      throw new RerunError(
        `${sidecar}: expected a manifest written by sendsim ({ manifest, output }), found none`,
      );
    }
    return { manifest: side.manifest, expected: { bytes }, reads: [given, sidecar] };
  }
  const what = data === undefined ? 'text that is not a JSON object' : 'JSON without "manifest"';
  throw new RerunError(
    `${given}: no manifest (found ${what}): expected JSON from sendsim ${RESULT_COMMANDS.join(', ')} (which carries one under "manifest"), or ${sidecar} beside a CSV or table written with --out; results made before sendsim wrote manifests have none`,
  );
}

/** The manifest, checked to be one this sendsim can read. */
function checkShape(value: unknown, given: string): RunManifest {
  const bad = (what: string) => new RerunError(`${given}: manifest.${what}`);
  if (!isObject(value)) throw bad(`: expected an object, found ${kindOf(value)}`);
  const version = value.manifestVersion;
  if (typeof version !== 'number') throw bad(`manifestVersion: expected a number, found ${kindOf(version)}`);
  if (version > MANIFEST_VERSION) {
    throw bad(
      `manifestVersion: expected at most ${MANIFEST_VERSION} (what this sendsim reads), found ${version}; rerun it with the sendsim that made it`,
    );
  }
  for (const key of ['modelVersion', 'sendsimVersion', 'startDate'] as const) {
    if (typeof value[key] !== 'string') throw bad(`${key}: expected a string, found ${kindOf(value[key])}`);
  }
  const command = value.command;
  if (!Array.isArray(command) || command[0] !== 'sendsim' || !command.every((a) => typeof a === 'string')) {
    throw bad(
      `command: expected the command line as a list of strings starting "sendsim", found ${kindOf(command)}`,
    );
  }
  for (const key of ['scenarios', 'inputs'] as const) {
    const files = value[key];
    if (!Array.isArray(files) || !files.every(isManifestFile)) {
      throw bad(`${key}: expected a list of { path, file, sha256 }, found ${kindOf(files)}`);
    }
  }
  if (!isObject(value.options)) throw bad(`options: expected an object, found ${kindOf(value.options)}`);
  return value as unknown as RunManifest;
}

/** The model and sendsim the result was made with must be these: results differ between versions. */
function checkVersions(manifest: RunManifest, given: string): void {
  const versions = [
    ['model version', manifest.modelVersion, MODEL_VERSION],
    ['sendsim version', manifest.sendsimVersion, cliPackage.version],
  ] as const;
  for (const [what, made, now] of versions) {
    if (made === now) continue;
    throw new RerunError(
      `${given}: ${what}: the result was made with ${made}, this sendsim has ${now}; results differ between versions, so rerun it with the sendsim of ${what} ${made} (its git tag or commit)`,
    );
  }
}

/** The recorded command line, parsed as this sendsim parses it, its output sent where this rerun says. */
function commandLineOf(manifest: RunManifest, given: string, out: string | undefined): CommandLine {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(manifest.command.slice(1));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new RerunError(`${given}: manifest.command: this sendsim does not accept it: ${error.message}`);
  }
  if (parsed.kind !== 'command' || !isResultCommand(parsed.command)) {
    throw new RerunError(
      `${given}: manifest.command: expected a command that makes a result (${RESULT_COMMANDS.join(', ')}), found ${JSON.stringify(manifest.command.slice(0, 3).join(' '))}`,
    );
  }
  if (parsed.options.apply) {
    throw new RerunError(
      `${given}: manifest.command: --apply wrote a fit into the baseline file; rerun does not write scenario files (run it again without --apply to check the fit)`,
    );
  }
  return { command: parsed.command, args: parsed.args, options: { ...parsed.options, out } };
}

/** Every file the manifest names must still be where it was found, with the same bytes. */
function checkFiles(manifest: RunManifest, given: string, cwd: string): void {
  for (const [kind, files] of [
    ['scenario', manifest.scenarios],
    ['input', manifest.inputs],
  ] as const) {
    for (const entry of files) {
      const path = resolve(cwd, entry.file);
      let bytes: Buffer;
      try {
        bytes = readInputBytes(path, entry.file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const why = /\(([^()]*)\)$/.exec(error.message)?.[1] ?? error.message;
        throw new RerunError(
          `${given}: ${kind} ${entry.file} cannot be read now (${why}), and the result was made from it; rerun from the folder the result was made in`,
        );
      }
      const found = sha256Of(bytes);
      if (found !== entry.sha256) {
        throw new RerunError(
          `${given}: ${kind} ${entry.file} has changed since the result was made: sha256 expected ${entry.sha256}, found ${found}`,
        );
      }
    }
  }
}

/** The manifest this sendsim makes of the command now must be the one recorded, field by field. */
function checkSameManifest(recorded: RunManifest, fresh: RunManifest, given: string): void {
  const before = recorded as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(fresh)) {
    if (toJson(value) === toJson(before[key])) continue;
    throw new RerunError(
      `${given}: manifest.${key}: expected ${JSON.stringify(before[key])}, found ${JSON.stringify(value)} (what this sendsim makes of the same command and files)`,
    );
  }
}

function firstDifferentLine(a: string, b: string): number {
  const [x, y] = [a.split('\n'), b.split('\n')];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

function parsedObject(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isManifestFile(x: unknown): x is ManifestFile {
  return (
    isObject(x) && typeof x.path === 'string' && typeof x.file === 'string' && typeof x.sha256 === 'string'
  );
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const kindOf = (x: unknown): string =>
  x === undefined ? 'nothing' : Array.isArray(x) ? 'an array' : x === null ? 'null' : typeof x;
