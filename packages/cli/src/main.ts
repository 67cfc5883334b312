/**
 * The sendsim entry point: parse the command line, run the command (execute.ts: its output to
 * standard output or `--out FILE`, a result with its manifest), and turn errors into one clear line and an exit code:
 * 0 success, 1 invalid or missing input (or a run its backend could not complete), 2 usage error, 3 internal error (a bug: the only case
 * that prints a stack trace).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_VERSION, printable, RunSizeError, ScenarioError } from '@send-sim/sim-core';
// Imported, not read at run time: the bundle lives elsewhere (dist/<key>/) and carries the version.
import cliPackage from '../package.json' with { type: 'json' };
import { parseArgs } from './args.js';
import type { CliIo } from './commands/context.js';
import { rerunCommand } from './commands/rerun.js';
import { BackendError, InputError, RerunError, UsageError, withLongWordsCut } from './errors.js';
import { execute } from './execute.js';
import { commandHelpText, usageText } from './help-text.js';

export type { CliIo, OutputStream } from './commands/context.js';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/**
 * Run sendsim with `argv` (the arguments after the program name) and return the exit code.
 *
 * @example
 * const code = await main(['run', 'baseline', '--format', 'json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(parsed.topic === undefined ? usageText() : commandHelpText(parsed.topic));
      return EXIT.ok;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`sendsim ${cliPackage.version} (model ${MODEL_VERSION})\n`);
      return EXIT.ok;
    }
    if (parsed.command === 'rerun') return await rerunCommand(parsed.args, parsed.options, io);
    return (await execute(parsed, argv, io)).exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof Error) error.message = withLongWordsCut(printable(error.message));
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'sendsim --help' : `sendsim help ${error.command}`;
    io.stderr.write(`sendsim: ${error.message}\nrun '${help}' for usage\n`);
    return EXIT.usage;
  }
  if (error instanceof ScenarioError) {
    io.stderr.write(
      `sendsim: ${error.message}\nrun 'sendsim validate ${withLongWordsCut(printable(error.file))}' to list every problem\n`,
    );
    return EXIT.input;
  }
  if (error instanceof RunSizeError) {
    // The scenario's population, not how the CLI was called: nothing to add but the message.
    io.stderr.write(`sendsim: ${error.message}\n`);
    return EXIT.input;
  }
  if (error instanceof BackendError) {
    // Where the run was sent, not how sendsim was called: the message says what to do.
    io.stderr.write(`sendsim: ${error.message}\n`);
    return EXIT.input;
  }
  if (error instanceof RerunError) {
    // The message says what differs and what to do; the usage is not the problem.
    io.stderr.write(`sendsim: ${error.message}\n`);
    return EXIT.input;
  }
  if (error instanceof InputError) {
    io.stderr.write(`sendsim: ${error.message}\nrun 'sendsim --help' for usage\n`);
    return EXIT.input;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`sendsim: internal error (a bug in sendsim, please report it):\n${detail}\n`);
  return EXIT.internal;
}

/** Run as the `sendsim` process: real argv, streams and working directory; sets the exit code. */
export async function runAsProcess(): Promise<void> {
  // `sendsim … | head` closes the pipe early: stop quietly rather than crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// `tsx packages/cli/src/main.ts …` (the root `sendsim` script) runs this file directly.
if (isEntryPoint()) await runAsProcess();
