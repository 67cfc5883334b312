/**
 * Running one parsed command line: check `--out`, run the command, stamp a result with its
 * manifest (run-manifest.ts) and write it to standard output or `--out`. Shared by `main` and
 * `sendsim rerun`, which runs a manifest's command line through the same path so its output is
 * made exactly as the original was.
 */
import { printable } from '@send-sim/sim-core';
import { benchCommand } from './commands/bench.js';
import { calibrateCommand, DEFAULT_SCENARIO, defaultTargetsFile } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import type { CliIo, CommandOutput } from './commands/context.js';
import { describeCommand } from './commands/describe.js';
import { psaCommand } from './commands/psa.js';
import { runCommand } from './commands/run.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { traceCommand } from './commands/trace.js';
import { validateCommand } from './commands/validate.js';
import { workerCommand } from './commands/worker.js';
import { prepareOut, writeOut } from './out-file.js';
import {
  buildManifest,
  type CommandLine,
  isResultCommand,
  type RunManifest,
  sidecarPathOf,
  sidecarText,
  withManifest,
} from './run-manifest.js';

/** What a command line produced: its exit code and the text it wrote (manifest included). */
export interface Executed {
  readonly exitCode: number;
  readonly text: string;
}

/** What `rerun` adds: the manifest it has built and checked, and the result file it reads. */
export interface ExecuteExtras {
  readonly manifest?: RunManifest;
  readonly alsoReads?: readonly string[];
  /** Called with the output once made, before it is written (rerun compares it there). */
  readonly beforeWrite?: (text: string) => void;
}

/**
 * Run `line` (parsed from `argv`, the arguments after the program name) and write its output.
 *
 * @example
 * await execute(parsed, ['run', 'baseline', '--format', 'json'], io)
 */
export async function execute(
  line: CommandLine,
  argv: readonly string[],
  io: CliIo,
  { manifest, alsoReads = [], beforeWrite }: ExecuteExtras = {},
): Promise<Executed> {
  const { command, options } = line;
  const inputs = [...inputsOf(line, io.cwd), ...alsoReads];
  const out = options.out === undefined ? undefined : prepareOut(options.out, inputs, io.cwd);
  const stamped = isResultCommand(command);
  // A CSV or table written to a file gets its manifest beside it (JSON carries its own).
  const sidecar =
    stamped && options.out !== undefined && options.format !== 'json'
      ? { given: sidecarPathOf(options.out), path: prepareOut(sidecarPathOf(options.out), inputs, io.cwd) }
      : undefined;
  // The inputs are hashed before the run, as they were read. A file that cannot be read is left
  // for the command to report in its own words and order (it checks its options first).
  let made = manifest;
  if (stamped && made === undefined) {
    try {
      made = buildManifest(argv, line, io.cwd);
    } catch {}
  }
  const output = await dispatch(line, io);
  if (stamped && made === undefined) made = buildManifest(argv, line, io.cwd);
  const text =
    made !== undefined && options.format === 'json' ? withManifest(output.text, made) : output.text;
  beforeWrite?.(text);
  if (out !== undefined) {
    if (sidecar !== undefined && made !== undefined) {
      writeOut(sidecar.path, sidecarText(made, out, text));
      io.stderr.write(`wrote ${printable(sidecar.given)}\n`);
    }
    writeOut(out, text);
    io.stderr.write(`wrote ${printable(options.out ?? '')}\n`);
  } else if (text !== '') {
    // Names and paths the user gave may hold terminal escapes; JSON has none raw.
    io.stdout.write(printable(text));
  }
  return { exitCode: output.exitCode, text };
}

async function dispatch({ command, args, options }: CommandLine, io: CliIo): Promise<CommandOutput> {
  switch (command) {
    case 'run':
      return await runCommand(args, options, io);
    case 'compare':
      return await compareCommand(args, options, io);
    case 'sensitivity':
      return await sensitivityCommand(args, options, io);
    case 'sweep':
      return await sweepCommand(args, options, io);
    case 'psa':
      return await psaCommand(args, options, io);
    case 'trace':
      return traceCommand(args, options, io);
    case 'validate':
      return validateCommand(args, io);
    case 'bench':
      return await benchCommand(options, io);
    case 'calibrate':
      return await calibrateCommand(args, options, io);
    case 'describe':
      return describeCommand(args, options, io);
    case 'worker':
      return await workerCommand(options, io);
    case 'rerun':
      // main hands `rerun` to its own command; a manifest never names it (rerun checks).
      throw new Error('rerun cannot run itself');
  }
}

/**
 * Every file a command line reads, which `--out` must never be: its scenarios (a reform's
 * baseline is found from each), `--targets` and `--calibration`, and what `calibrate` reads
 * when not told (the backtest and the shared targets file) or always (the baseline, whose start
 * sets the start-consistency targets).
 */
function inputsOf(line: CommandLine, cwd: string): string[] {
  const { command, args, options } = line;
  const calibrate = command === 'calibrate';
  return [
    ...(calibrate && args.length === 0 ? [DEFAULT_SCENARIO] : args),
    ...(calibrate ? ['baseline'] : []),
    ...(options.targets !== undefined ? [options.targets] : calibrate ? [defaultTargetsFile(cwd)] : []),
    ...(options.calibration !== undefined ? [options.calibration] : []),
  ];
}
