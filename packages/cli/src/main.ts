/**
 * The sendsim entry point: parse the command line, run the command, write its output (to
 * standard output or `--out FILE`), and turn errors into one clear line and an exit code:
 * 0 success, 1 invalid or missing input, 2 usage error, 3 internal error (a bug: the only case
 * that prints a stack trace).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_VERSION, printable, RunSizeError, ScenarioError } from '@send-sim/sim-core';
// Imported, not read at run time: the bundle lives elsewhere (dist/<key>/) and carries the version.
import cliPackage from '../package.json' with { type: 'json' };
import { type ParsedArgs, parseArgs } from './args.js';
import { benchCommand } from './commands/bench.js';
import { calibrateCommand, DEFAULT_SCENARIO, defaultTargetsFile } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import type { CliIo, CommandOutput } from './commands/context.js';
import { describeCommand } from './commands/describe.js';
import { runCommand } from './commands/run.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { traceCommand } from './commands/trace.js';
import { validateCommand } from './commands/validate.js';
import { InputError, UsageError, withLongWordsCut } from './errors.js';
import { commandHelpText, usageText } from './help-text.js';
import { prepareOut, writeOut } from './out-file.js';

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
    const { command, args, options } = parsed;
    const out =
      options.out === undefined ? undefined : prepareOut(options.out, inputsOf(parsed, io.cwd), io.cwd);
    let output: CommandOutput;
    switch (command) {
      case 'run':
        output = await runCommand(args, options, io);
        break;
      case 'compare':
        output = await compareCommand(args, options, io);
        break;
      case 'sensitivity':
        output = await sensitivityCommand(args, options, io);
        break;
      case 'sweep':
        output = await sweepCommand(args, options, io);
        break;
      case 'trace':
        output = traceCommand(args, options, io);
        break;
      case 'validate':
        output = validateCommand(args, io);
        break;
      case 'bench':
        output = await benchCommand(options, io);
        break;
      case 'calibrate':
        output = await calibrateCommand(args, options, io);
        break;
      case 'describe':
        output = describeCommand(args, options, io);
        break;
    }
    if (out !== undefined) {
      writeOut(out, output.text);
      io.stderr.write(`wrote ${printable(options.out ?? '')}\n`);
    } else if (output.text !== '') {
      // Names and paths the user gave may hold terminal escapes; JSON has none raw.
      io.stdout.write(printable(output.text));
    }
    return output.exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Every file a command line reads, which `--out` must never be: its scenarios (a reform's
 * baseline is found from each), `--targets` and `--calibration`, and what `calibrate` reads
 * when not told (the backtest and the shared targets file) or always (the baseline, whose start
 * sets the start-consistency targets).
 */
function inputsOf(parsed: Extract<ParsedArgs, { kind: 'command' }>, cwd: string): string[] {
  const { command, args, options } = parsed;
  const calibrate = command === 'calibrate';
  return [
    ...(calibrate && args.length === 0 ? [DEFAULT_SCENARIO] : args),
    ...(calibrate ? ['baseline'] : []),
    ...(options.targets !== undefined ? [options.targets] : calibrate ? [defaultTargetsFile(cwd)] : []),
    ...(options.calibration !== undefined ? [options.calibration] : []),
  ];
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
