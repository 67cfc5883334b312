/**
 * The command line, parsed by hand (no dependency): which command, its positional arguments,
 * and its options, each checked against what the command accepts. Every problem is a
 * `UsageError` (exit 2) that names the option, what was expected and what was found.
 */
import { closestName } from '@send-sim/sim-core';
import {
  COMMAND_SPECS,
  COMMANDS,
  type CommandName,
  defaultFor,
  type Format,
  OPTION_SPECS,
  type OptionName,
  type OptionSpec,
} from './command-specs.js';
import { quoted, UsageError } from './errors.js';

/** Options after parsing, defaults filled in. */
export interface CliOptions {
  readonly seed: number;
  readonly years: number;
  readonly scale: number;
  /** Money in real 2025/26 prices or in cash (`run`, `compare`). */
  readonly prices: 'real' | 'cash';
  readonly reps: number;
  readonly format: Format;
  readonly out: string | undefined;
  readonly child: number | undefined;
  readonly replication: number;
  /** A calibration report (JSON from `sendsim calibrate`) for `describe` to include. */
  readonly calibration: string | undefined;
  /** `calibrate`: the published targets file (default: the shared reference folder's). */
  readonly targets: string | undefined;
  /** `calibrate`: fit the free parameters, and write the fit into the baseline file. */
  readonly fit: boolean;
  readonly apply: boolean;
  /** `calibrate`: the forecasting self-test's first held-out year (implies a fit). */
  readonly holdoutFrom: number | undefined;
  /** `sensitivity`, `sweep`: the metric to explain (required there). */
  readonly metric: string | undefined;
  /** `compare`: the outcome the headline names first (`writeHeadline`'s `lead`). */
  readonly lead: string | undefined;
  /** `sensitivity`: parameter keys (comma-separated), `free`, `councils` or `all`, as given. */
  readonly params: string | undefined;
  /** `sweep`: the parameter key and its values (comma-separated), as given (required there). */
  readonly param: string | undefined;
  readonly values: string | undefined;
  /** `psa`: draws of the parameters (required there). */
  readonly draws: number | undefined;
  /** `bench`: threads one replication is split across. */
  readonly threads: number;
  /** `sensitivity`, `sweep`, `psa`, `calibrate`: where the replications run (`--backend`; never part of a result). */
  readonly backend: 'local' | 'redis';
  /** `--backend redis` and `worker`: the Redis URL (never recorded: it may hold a password). */
  readonly redis: string | undefined;
  /** `worker`: replications run at once (undefined: one per CPU). */
  readonly concurrency: number | undefined;
  /** `worker`: seconds a job stays a worker's without the worker renewing its lock. */
  readonly lockSeconds: number;
  /** `run`, `compare`, `describe`, `sensitivity`, `sweep`, `psa`: a local-area file; runs are then the area's, one-to-one (scale 1). */
  readonly area: string | undefined;
  /** The options the user actually gave (e.g. bench runs two scales unless `scale` is here). */
  readonly given: readonly OptionName[];
}

export type ParsedArgs =
  | { readonly kind: 'help'; readonly topic: CommandName | undefined }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'command';
      readonly command: CommandName;
      readonly args: readonly string[];
      readonly options: CliOptions;
    };

/** Defaults of options without an `OptionSpec.default` (those with one are read with `defaultFor`). */
const DEFAULTS = {
  format: 'table' as Format,
  replication: 0,
  threads: 1,
};

/**
 * Parse `argv` (without `node` and the script).
 *
 * @example
 * parseArgs(['run', 'baseline', '--reps=3']) // { kind: 'command', command: 'run', args: ['baseline'], options: { reps: 3, … } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const first = argv[0];
  if (first === undefined) return { kind: 'help', topic: undefined };
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = argv[1];
    if (topic === undefined) return { kind: 'help', topic: undefined };
    return { kind: 'help', topic: commandNamed(topic) };
  }
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first.startsWith('-')) {
    throw new UsageError(
      `expected a command (${COMMANDS.join(', ')}) before any option, found ${quoted(first)}`,
    );
  }
  const command = commandNamed(first);
  const spec = COMMAND_SPECS[command];
  const args: string[] = [];
  const values = new Map<OptionName, number | string>();
  let onlyPositionals = false;
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i]!;
    if (onlyPositionals || token === '-' || !token.startsWith('-')) {
      args.push(token);
      continue;
    }
    if (token === '--') {
      onlyPositionals = true;
      continue;
    }
    if (token === '--help' || token === '-h') return { kind: 'help', topic: command };
    if (token === '--version') return { kind: 'version' };
    if (!token.startsWith('--')) {
      throw new UsageError(`unknown option ${token}${suggestOption(token.replace(/^-+/, ''))}`, command);
    }
    const eq = token.indexOf('=');
    const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
    const option = OPTION_SPECS.find((o) => o.name === name);
    if (option === undefined) {
      throw new UsageError(`unknown option --${name}${suggestOption(name, spec.options)}`, command);
    }
    if (!spec.options.includes(option.name)) {
      const takes =
        spec.options.length === 0
          ? `${command} takes no options`
          : `${command} takes ${spec.options.map((o) => `--${o}`).join(', ')}`;
      throw new UsageError(`--${name} does not apply to ${command} (${takes})`, command);
    }
    if (option.flag === true) {
      if (eq !== -1) throw new UsageError(`--${name} is a switch and takes no value`, command);
      values.set(option.name, 'yes');
      continue;
    }
    let text: string | undefined;
    if (eq !== -1) {
      text = token.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        text = next;
        i++;
      }
    }
    if (text === undefined || text === '') {
      throw new UsageError(
        `--${name} needs a value (${option.expected}), e.g. --${name} ${example(option.name)}`,
        command,
      );
    }
    if (values.has(option.name)) {
      throw new UsageError(
        `--${name} given more than once (${quoted(String(values.get(option.name)))} and ${quoted(text)})`,
        command,
      );
    }
    const value = option.parse(text);
    if (value === undefined) {
      throw new UsageError(`--${name}: expected ${option.expected}, found ${quoted(text)}`, command);
    }
    values.set(option.name, value);
  }

  if (args.length < spec.minArgs || args.length > spec.maxArgs) {
    const found = args.length === 0 ? 'none' : `${args.length}: ${args.map(quoted).join(' ')}`;
    throw new UsageError(`${command} takes ${spec.argsDescription}; found ${found}`, command);
  }
  if (values.has('apply') && values.has('holdout-from')) {
    throw new UsageError(
      '--apply writes a fit into the baseline file, and a --holdout-from fit is a self-test that leaves out published years: run them separately',
      command,
    );
  }
  if (values.has('apply') && !values.has('fit')) {
    throw new UsageError('--apply writes a fit into the baseline file: use it with --fit', command);
  }
  if (values.get('backend') === 'redis' && !values.has('redis')) {
    throw new UsageError(
      '--backend redis needs --redis URL (the Redis the workers take jobs from, e.g. --redis redis://localhost:6379)',
      command,
    );
  }
  if (command !== 'worker' && values.has('redis') && values.get('backend') !== 'redis') {
    throw new UsageError(
      '--redis URL is where --backend redis sends the replications: add --backend redis (or leave out --redis to run them on this machine)',
      command,
    );
  }
  if (command === 'worker' && !values.has('redis')) {
    throw new UsageError(
      'worker needs --redis URL (the Redis to take jobs from, e.g. --redis redis://localhost:6379)',
      command,
    );
  }
  if (values.has('area') && values.has('scale')) {
    throw new UsageError(
      '--area runs the local area one-to-one (scale 1, every child simulated): leave out --scale',
      command,
    );
  }
  if (command === 'trace' && !values.has('child')) {
    throw new UsageError('trace needs --child ID (the id of the child to follow, e.g. --child 42)', command);
  }
  if ((command === 'sensitivity' || command === 'sweep') && !values.has('metric')) {
    throw new UsageError(
      `${command} needs --metric ID (the outcome to explain, e.g. --metric crisis_events)`,
      command,
    );
  }
  if (command === 'psa' && !values.has('draws')) {
    throw new UsageError(
      'psa needs --draws N (how many times to draw every uncertain parameter, e.g. --draws 50)',
      command,
    );
  }
  if (command === 'sweep' && !values.has('param')) {
    throw new UsageError(
      'sweep needs --param KEY (the parameter to vary, e.g. --param ep.workforceFte)',
      command,
    );
  }
  if (command === 'sweep' && !values.has('values')) {
    throw new UsageError(
      'sweep needs --values V1,V2,... (at least 2 values for the parameter, e.g. --values 3000,4000,5000)',
      command,
    );
  }

  const num = (name: OptionName, fallback: number): number => {
    const v = values.get(name);
    return typeof v === 'number' ? v : fallback;
  };
  const numOrDefault = (name: OptionName): number => num(name, defaultFor(command, name)!);
  const str = (name: OptionName): string | undefined => {
    const v = values.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const child = values.get('child');
  return {
    kind: 'command',
    command,
    args,
    options: {
      seed: numOrDefault('seed'),
      years: numOrDefault('years'),
      scale: numOrDefault('scale'),
      prices: str('prices') === 'cash' ? 'cash' : 'real',
      reps: numOrDefault('reps'),
      format: (str('format') as Format | undefined) ?? DEFAULTS.format,
      out: str('out'),
      child: typeof child === 'number' ? child : undefined,
      replication: num('replication', DEFAULTS.replication),
      calibration: str('calibration'),
      targets: str('targets'),
      fit: values.has('fit') || values.has('holdout-from'),
      apply: values.has('apply'),
      holdoutFrom: values.has('holdout-from') ? num('holdout-from', 0) : undefined,
      metric: str('metric'),
      lead: str('lead'),
      params: str('params'),
      param: str('param'),
      values: str('values'),
      draws: typeof values.get('draws') === 'number' ? (values.get('draws') as number) : undefined,
      threads: num('threads', DEFAULTS.threads),
      backend: str('backend') === 'redis' ? 'redis' : 'local',
      redis: str('redis'),
      concurrency: typeof values.get('concurrency') === 'number' ? num('concurrency', 1) : undefined,
      lockSeconds: numOrDefault('lock-seconds'),
      area: str('area'),
      given: [...values.keys()],
    },
  };
}

export function optionSpec(name: OptionName): OptionSpec {
  return OPTION_SPECS.find((o) => o.name === name)!;
}

function example(name: OptionName): string {
  return {
    seed: '1',
    years: '10',
    scale: '0.01',
    prices: 'cash',
    reps: '5',
    format: 'json',
    out: 'out.json',
    child: '42',
    replication: '0',
    calibration: 'calibration.json',
    targets: 'calibration-targets.json',
    fit: '',
    apply: '',
    'holdout-from': '2022',
    metric: 'crisis_events',
    lead: 'unmet_need_child_years',
    params: 'free',
    param: 'ep.workforceFte',
    values: '3000,4000,5000',
    draws: '50',
    threads: '2',
    backend: 'redis',
    redis: 'redis://localhost:6379',
    concurrency: '2',
    'lock-seconds': '30',
    area: 'areas/staffordshire.json',
  }[name];
}

function commandNamed(text: string): CommandName {
  if ((COMMANDS as readonly string[]).includes(text)) return text as CommandName;
  const near = closestName(text, [...COMMANDS, 'help']);
  const hint = near === undefined ? '' : `; did you mean "${near}"?`;
  throw new UsageError(`unknown command ${quoted(text)}${hint} (commands: ${COMMANDS.join(', ')}, help)`);
}

/** "; did you mean --x?" for an unknown option, preferring options of the command. */
function suggestOption(name: string, preferred: readonly OptionName[] = []): string {
  const near =
    closestName(name, preferred) ??
    closestName(name, [...OPTION_SPECS.map((o) => o.name), 'help', 'version']);
  return near === undefined ? '' : `; did you mean --${near}?`;
}

export {
  COMMAND_SPECS,
  COMMANDS,
  type CommandName,
  defaultFor,
  FORMATS,
  type Format,
  MAX_PSA_DRAWS,
  OPTION_SPECS,
  type OptionName,
  type OptionSpec,
  PSA_DEFAULT_METRIC,
} from './command-specs.js';
