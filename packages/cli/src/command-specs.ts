/**
 * What sendsim accepts: its commands, the options each takes, and how each option's value is
 * read and checked. The parser (`args.ts`) and the help text (`help-text.ts`) both work from
 * these tables, so a new option or command is added in one place.
 *
 * Over 500 lines because it is two tables, an entry per option and per command, each with the
 * words the help prints: split, an option's check and the commands that take it would drift apart.
 */
import {
  FIT_RUN,
  LEAD_OUTCOME_IDS,
  MAX_REPLICATIONS,
  MAX_YEARS,
  MIN_QUOTE_REPLICATIONS,
  MIN_SCALE,
} from '@send-sim/sim-core';
import { parseRedisUrl, REDIS_URL_EXPECTED } from './parallel/redis-connection.js';

export const COMMANDS = [
  'run',
  'compare',
  'sensitivity',
  'sweep',
  'psa',
  'trace',
  'validate',
  'bench',
  'describe',
  'calibrate',
  'rerun',
  'worker',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const FORMATS = ['table', 'json', 'csv'] as const;

/**
 * Most draws one `psa` runs: each is a full run of the baseline and every reform, so 1,000 is
 * already hours at 1% of England; a Latin hypercube covers each range evenly with far fewer.
 */
export const MAX_PSA_DRAWS = 1000;

/** The metric `psa` explains when not told: unmet need, the denominator of value for money. */
export const PSA_DEFAULT_METRIC = 'unmet_need_child_years';
export type Format = (typeof FORMATS)[number];

export type OptionName =
  | 'seed'
  | 'years'
  | 'scale'
  | 'prices'
  | 'reps'
  | 'format'
  | 'out'
  | 'child'
  | 'replication'
  | 'calibration'
  | 'targets'
  | 'fit'
  | 'apply'
  | 'holdout-from'
  | 'metric'
  | 'lead'
  | 'params'
  | 'param'
  | 'values'
  | 'draws'
  | 'threads'
  | 'backend'
  | 'redis'
  | 'concurrency'
  | 'lock-seconds'
  | 'area';

export interface OptionSpec {
  readonly name: OptionName;
  /** Placeholder in usage text, e.g. `N`. */
  readonly placeholder: string;
  /** What a valid value is, in words (used in error messages and help). */
  readonly expected: string;
  readonly help: string;
  /** Parse the text given; `undefined` when it is not a valid value. */
  readonly parse: (text: string) => number | string | undefined;
  /** A switch that takes no value (`--fit`). */
  readonly flag?: true;
  /**
   * The value when the option is not given, for every command that takes it unless the command
   * sets its own (`CommandSpec.defaults`); help adds "(default …)" after `help`.
   */
  readonly default?: number;
}

const wholeNumber = (min: number, max: number) => (text: string) => {
  if (!/^[+-]?\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
};

export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: 'seed',
    placeholder: 'N',
    expected: 'a whole number from 0 to 4294967295',
    help: 'master random seed',
    default: 1,
    parse: wholeNumber(0, 4_294_967_295),
  },
  {
    name: 'years',
    placeholder: 'N',
    expected: `a whole number of years from 1 to ${MAX_YEARS}`,
    help: `years simulated from the start date, 1 to ${MAX_YEARS}`,
    default: 10,
    parse: wholeNumber(1, MAX_YEARS),
  },
  {
    name: 'scale',
    placeholder: 'X',
    expected: `a share of the national population from ${MIN_SCALE} (about 500 simulated children) to at most 1, e.g. 0.01`,
    help: `share of England simulated, ${MIN_SCALE} to 1, results weighted back`,
    default: 0.01,
    parse: (text) => {
      if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) return undefined;
      const x = Number(text);
      return x >= MIN_SCALE && x <= 1 ? x : undefined;
    },
  },
  {
    name: 'area',
    placeholder: 'FILE',
    expected: 'a local-area file (.json with "kind": "local-area", e.g. areas/staffordshire.json)',
    help: 'your own local area, run one-to-one (see areas/)',
    parse: (text) => (text.trim() === '' ? undefined : text),
  },
  {
    name: 'prices',
    placeholder: 'P',
    expected: "real (2025/26 prices) or cash (each financial year's own prices)",
    help: 'money in 2025/26 prices (default) or in cash',
    parse: (text) => (text === 'real' || text === 'cash' ? text : undefined),
  },
  {
    name: 'threads',
    placeholder: 'N',
    expected: 'a whole number of threads from 1 to 64',
    help: 'threads per replication (default: every CPU from scale 0.05)',
    parse: wholeNumber(1, 64),
  },
  {
    name: 'reps',
    placeholder: 'N',
    expected: `a whole number of replications from 1 to ${MAX_REPLICATIONS}`,
    help: `replications, 1 to ${MAX_REPLICATIONS}`,
    default: 5,
    parse: wholeNumber(1, MAX_REPLICATIONS),
  },
  {
    name: 'format',
    placeholder: 'FMT',
    expected: `one of ${FORMATS.join(', ')}`,
    help: 'table, json or csv (default table)',
    parse: (text) => ((FORMATS as readonly string[]).includes(text) ? text : undefined),
  },
  {
    name: 'out',
    placeholder: 'FILE',
    expected: 'a file path',
    help: 'write the output to FILE (folders created) instead of standard output',
    parse: (text) => (text.length > 0 ? text : undefined),
  },
  {
    name: 'child',
    placeholder: 'ID',
    expected: 'a child id: a whole number from 0',
    help: 'the child to follow: 0 to the number of children simulated − 1',
    parse: wholeNumber(0, Number.MAX_SAFE_INTEGER),
  },
  {
    name: 'replication',
    placeholder: 'N',
    expected: 'a replication number from 0 to 999',
    help: 'the replication to trace, from 0 (default 0)',
    parse: wholeNumber(0, 999),
  },
  {
    name: 'targets',
    placeholder: 'FILE',
    expected: 'a file path (a calibration-targets JSON file)',
    help: 'published targets (default: shared calibration-targets.json)',
    parse: (text) => (text.length > 0 ? text : undefined),
  },
  {
    name: 'fit',
    placeholder: '',
    expected: 'no value',
    help: 'fit the free parameters (slow: hundreds of backtests)',
    parse: () => 'yes',
    flag: true,
  },
  {
    name: 'apply',
    placeholder: '',
    expected: 'no value',
    help: 'with --fit: write the fit into the baseline scenario file',
    parse: () => 'yes',
    flag: true,
  },
  {
    name: 'holdout-from',
    placeholder: 'YEAR',
    expected: 'a year such as 2022',
    help: 'forecast self-test: fit on targets before YEAR, test the rest',
    parse: wholeNumber(1900, 2100),
  },
  {
    name: 'metric',
    placeholder: 'ID',
    expected: 'a metric id such as crisis_events, or a cost such as cost_public',
    help: 'the outcome, e.g. crisis_events or cost_public',
    parse: (text) => (text.trim().length > 0 ? text.trim() : undefined),
  },
  {
    name: 'lead',
    placeholder: 'ID',
    expected: `an outcome the headline can lead with: ${LEAD_OUTCOME_IDS.join(', ')}`,
    help: 'the outcome the headline names first, e.g. crisis_events',
    parse: (text) => (LEAD_OUTCOME_IDS.includes(text.trim()) ? text.trim() : undefined),
  },
  {
    name: 'params',
    placeholder: 'KEYS',
    expected: 'parameter keys separated by commas, or free, councils or all',
    help: 'KEY,KEY…, free, councils or all (default free,councils)',
    parse: (text) => (text.trim().length > 0 ? text.trim() : undefined),
  },
  {
    name: 'param',
    placeholder: 'KEY',
    expected: 'one parameter key of the baseline, e.g. ep.workforceFte',
    help: 'the parameter to sweep, e.g. ep.workforceFte',
    parse: (text) => (text.trim().length > 0 ? text.trim() : undefined),
  },
  {
    name: 'values',
    placeholder: 'V1,V2…',
    expected: '2 to 50 numbers separated by commas, e.g. 3000,4000,5000',
    help: 'the values to set it to, 2 to 50, e.g. 3000,4000,5000',
    parse: (text) => (text.trim().length > 0 ? text.trim() : undefined),
  },
  {
    name: 'draws',
    placeholder: 'N',
    expected: `a whole number of draws from 2 to ${MAX_PSA_DRAWS}`,
    help: `draws of the parameters, 2 to ${MAX_PSA_DRAWS}`,
    parse: wholeNumber(2, MAX_PSA_DRAWS),
  },
  {
    name: 'backend',
    placeholder: 'B',
    expected: 'local (worker threads on this machine) or redis (sendsim workers through Redis)',
    help: 'where replications run: local (default) or redis',
    parse: (text) => (text === 'local' || text === 'redis' ? text : undefined),
  },
  {
    name: 'redis',
    placeholder: 'URL',
    expected: REDIS_URL_EXPECTED,
    help: 'the Redis the workers take jobs from, e.g. redis://host:6379',
    parse: parseRedisUrl,
  },
  {
    name: 'concurrency',
    placeholder: 'N',
    expected: 'a whole number of replications at once from 1 to 64',
    help: 'replications a worker runs at once (default: one per CPU)',
    parse: wholeNumber(1, 64),
  },
  {
    name: 'lock-seconds',
    placeholder: 'S',
    expected: 'a whole number of seconds from 1 to 3600',
    help: "a dead worker's jobs are retried within twice this",
    default: 30,
    parse: wholeNumber(1, 3600),
  },
  {
    name: 'calibration',
    placeholder: 'FILE',
    expected: 'a file path (a report from sendsim calibrate --format json --out FILE)',
    help: 'include a calibration report (JSON from sendsim calibrate)',
    parse: (text) => (text.length > 0 ? text : undefined),
  },
];

/** What one command accepts. */
export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** What the positional arguments are, for "needs …" messages. */
  readonly argsDescription: string;
  readonly options: readonly OptionName[];
  /** This command's own defaults, where they differ from the option's (`OptionSpec.default`). */
  readonly defaults?: Readonly<Partial<Record<OptionName, number>>>;
  /** More about the command, for `sendsim help <command>`. */
  readonly details: readonly string[];
}

/** What each command accepts: its positional arguments and options. */
export const COMMAND_SPECS: Readonly<Record<CommandName, CommandSpec>> = {
  run: {
    usage: 'run <scenario>',
    summary: 'outcomes and costs of one scenario, by year',
    minArgs: 1,
    maxArgs: 1,
    argsDescription: 'one scenario (a .json file or an id such as baseline)',
    options: ['seed', 'years', 'scale', 'reps', 'prices', 'format', 'out', 'area'],
    details: [
      'Prints the main outcomes by year (mean and 95% interval over replications) and cost by',
      'payer by year in £ million. --format json gives { meta, series, costs, totals }; --format csv',
      'gives one row per metric (or payer) and year: kind,metric,year,mean,lo,hi.',
    ],
  },
  compare: {
    usage: 'compare <baseline> <reform>...',
    summary: 'paired differences: reforms against a baseline',
    minArgs: 2,
    maxArgs: Number.POSITIVE_INFINITY,
    argsDescription: 'a baseline and at least one reform (.json files or ids)',
    options: ['seed', 'years', 'scale', 'reps', 'prices', 'lead', 'format', 'out', 'area'],
    // A comparison is what people quote: by default, as many replications as quoting needs.
    defaults: { reps: MIN_QUOTE_REPLICATIONS },
    details: [
      'Runs the baseline once and each reform with the same options and random numbers. For each',
      "reform and outcome (and each payer's cost): baseline and reform means, the paired change",
      'with its 95% interval, and the share of replications in which the reform did better.',
      `Replications default to ${MIN_QUOTE_REPLICATIONS}, the fewest the fit-to-quote rule allows; the table`,
      'ends with which results are fit to quote. --lead ID makes the headline name that outcome first',
      '(unmet need, crises, families’ trust, exclusions, NEET, outcomes at 25), when fit to quote.',
    ],
  },
  sensitivity: {
    usage: 'sensitivity <baseline> [reform]',
    summary: 'tornado: which parameter moves a result most',
    minArgs: 1,
    maxArgs: 2,
    argsDescription: 'a baseline and at most one reform of it (.json files or ids)',
    options: [
      'metric',
      'params',
      'seed',
      'years',
      'scale',
      'reps',
      'format',
      'out',
      'area',
      'backend',
      'redis',
    ],
    details: [
      'Needs --metric ID. Sets each parameter in turn to the low and then the high end of the',
      'plausible range in the baseline file, all others at their baseline values, and runs again with',
      'the same seed: the metric over the run (or, with a reform, the paired change reform − baseline',
      'with the reform re-resolved on the changed baseline), each with its 95% interval. Rows are',
      'sorted by swing (|high − low|). --params: comma-separated keys, free (the parameters the',
      'calibration fits), councils (the declared parameters of councils’ responses to backlogs,',
      'tribunal powers and budget pressure; free,councils is the default) or all (every parameter',
      'with a range). Parameters with no range or that cannot change alone are listed as skipped.',
      '--area FILE: the same for your local area, run one-to-one: each changed baseline is the',
      "area's (its values and ranges, levers scaled to it as run --area scales them).",
      '--backend redis --redis URL runs the replications on sendsim workers through Redis (sendsim',
      'help worker); the output is the same, byte for byte.',
    ],
  },
  sweep: {
    usage: 'sweep <baseline> [reform]',
    summary: 'one parameter across a list of values',
    minArgs: 1,
    maxArgs: 2,
    argsDescription: 'a baseline and at most one reform of it (.json files or ids)',
    options: [
      'metric',
      'param',
      'values',
      'seed',
      'years',
      'scale',
      'reps',
      'format',
      'out',
      'area',
      'backend',
      'redis',
    ],
    details: [
      'Needs --metric ID, --param KEY and --values V1,V2,... (at least 2, each within the',
      "parameter's legal bounds). Sets the parameter to each value in turn, all others at their",
      'baseline values, and runs again with the same seed: the metric over the run (or, with a',
      'reform, the paired change reform − baseline with the reform re-resolved on the changed',
      'baseline), each with its 95% interval, one row per value in the order given. Values outside',
      'the plausible range in the baseline file are marked; a value that breaks a scenario rule (e.g.',
      'a share group no longer summing to 1) is an error. With --out FILE each finished value is kept',
      'in FILE.points.jsonl: the same command again resumes there. --area FILE: the same for your',
      "local area, run one-to-one (each changed baseline the area's, levers scaled to it).",
      '--backend redis --redis URL runs the replications on sendsim workers through Redis (sendsim',
      'help worker); the output is the same, byte for byte.',
    ],
  },
  psa: {
    usage: 'psa <baseline> [reform...]',
    summary: 'all uncertain parameters drawn together, many times',
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    argsDescription: 'a baseline and any number of reforms of it (.json files or ids)',
    options: [
      'draws',
      'metric',
      'seed',
      'years',
      'scale',
      'reps',
      'format',
      'out',
      'area',
      'backend',
      'redis',
    ],
    // Each draw is a whole run of every scenario: draws, not replications, carry the spread.
    defaults: { reps: 1 },
    details: [
      'Needs --draws N. Draws every parameter with a plausible range in the baseline file together',
      '(a seeded Latin hypercube; uniform over the range, or triangular where the file says so;',
      'rank correlations the file lists induced by Iman–Conover), and for each draw runs the',
      'baseline and each reform re-resolved on it with the same seed. --metric ID (default',
      `${PSA_DEFAULT_METRIC}). Per reform: the effect's mean and 2.5–97.5% range over draws, the`,
      'probability the reform is better, the parameters whose draws go most with the effect',
      "(Spearman's rank correlation; top 10 in the table, all in JSON and CSV), and per draw the",
      'change in public spending against unmet-need child-years avoided (JSON and CSV). With --out',
      'FILE each finished draw is kept in FILE.points.jsonl: the same command again resumes there.',
      "--area FILE: the same for your local area, run one-to-one (each drawn baseline the area's).",
      '--backend redis --redis URL runs the replications on sendsim workers through Redis (sendsim',
      'help worker); the output is the same, byte for byte.',
    ],
  },
  trace: {
    usage: 'trace <scenario> --child <id>',
    summary: "one child's journey, step by step, with costs",
    minArgs: 1,
    maxArgs: 1,
    argsDescription: 'one scenario (a .json file or an id such as baseline)',
    options: ['child', 'replication', 'seed', 'years', 'scale', 'format', 'out'],
    details: [
      'Follows one simulated child: attributes, then one line per event with the state changes,',
      'effects, severity, trust and costs to date by payer. The same --child id under a reform',
      'is the same child in the other system.',
    ],
  },
  validate: {
    usage: 'validate <file>...',
    summary: 'check scenario files (reforms against their baseline)',
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    argsDescription: 'at least one scenario file (or id)',
    options: [],
    details: [
      "Prints 'ok <file> (...)' for each valid file and every problem in each invalid one (file,",
      'field path, expected, found). Exit code 1 if any file is invalid.',
    ],
  },
  bench: {
    usage: 'bench',
    summary: 'speed and memory on a fixed workload',
    minArgs: 0,
    maxArgs: 0,
    argsDescription: 'no arguments',
    options: ['scale', 'threads', 'format', 'out'],
    details: [
      'Workload: the baseline scenario, seed 1, one replication, 10 years, at scales 0.01, 0.1 and 1',
      '(all of England; or only --scale X). A replication of at least 5% of England is split across',
      'every CPU by partition (--threads N to choose; results are identical). Reports children and',
      'events simulated, wall and CPU time, events per second and per CPU-second, peak RSS, table',
      'and live heap bytes per child, the live bytes beside the tables (per run: what does not grow',
      "with the children), and the compiled journey against xstate's transition().",
    ],
  },
  describe: {
    usage: 'describe <scenario>',
    summary: 'the model and its assumptions, as a document',
    minArgs: 1,
    maxArgs: 1,
    argsDescription: 'one scenario (a .json file or an id such as baseline)',
    options: ['calibration', 'format', 'out', 'area'],
    details: [
      'Writes an ODD-style model description in markdown: purpose and users, entities, process and',
      'scheduling, design concepts, initialisation, input data and levers, submodels (statechart and',
      'rules), every parameter with its source or assumption, calibration results (with --calibration',
      'FILE, a report from sendsim calibrate --format json --out FILE) and known limits.',
      '--format table (the default) gives markdown, --format json the same description as data.',
      "--area FILE describes your local area's baseline: which parameters came from its file and",
      'which were derived from the national value × its share of England.',
    ],
  },
  calibrate: {
    usage: 'calibrate [scenario]',
    summary: 'backtest against published statistics (--fit: fit)',
    minArgs: 0,
    maxArgs: 1,
    argsDescription: 'at most one backtest scenario (default backtest-2019)',
    options: [
      'targets',
      'seed',
      'reps',
      'scale',
      'fit',
      'apply',
      'holdout-from',
      'format',
      'out',
      'backend',
      'redis',
    ],
    // The check's protocol: the replications the fit optimises against (FIT_RUN), whatever the others' default.
    defaults: { reps: FIT_RUN.replications },
    details: [
      'Runs the backtest scenario (default backtest-2019: the baseline from the January 2019 stocks)',
      'and compares the model (mean and 95% interval over replications) with every published target:',
      'period, published value, model value, tolerance, pass or miss. --fit searches the free',
      'parameters (the method and objective are printed); --apply then writes the fitted values and',
      'how they were obtained into the baseline scenario file. --holdout-from YEAR is the forecasting',
      'self-test: it fits from the middle of every free range on the targets wholly before YEAR, then',
      'reports how many of the held-out targets (any month in YEAR or later) the projection hits.',
      '--backend redis --redis URL runs the backtests (a fit’s hundreds, and the check) on sendsim',
      'workers through Redis (sendsim help worker); the output is the same, byte for byte.',
    ],
  },
  rerun: {
    usage: 'rerun <result file>',
    summary: 'make a result file again from its manifest',
    minArgs: 1,
    maxArgs: 1,
    argsDescription: 'one result file (JSON from run, compare, sensitivity, sweep, psa or calibrate)',
    options: ['out'],
    details: [
      'Every result carries a manifest: the command line, every option as resolved, the start date,',
      'the model and sendsim versions and the SHA-256 of every file read. JSON has it under',
      '"manifest"; a CSV or table written with --out FILE has it beside it in FILE.manifest.json.',
      'rerun checks that each file still has its hash and the model version is the same, runs the',
      'command again and writes the output (to standard output, or --out FILE), then checks it is',
      'byte for byte the result given. Exit code 1, naming what differs, if anything does.',
    ],
  },
  worker: {
    usage: 'worker --redis <url>',
    summary: 'run replications sent through Redis (--backend redis)',
    minArgs: 0,
    maxArgs: 0,
    argsDescription: 'no arguments',
    options: ['redis', 'concurrency', 'lock-seconds'],
    details: [
      'Takes replications from the queue at --redis URL, sent there by sweep, sensitivity, psa and',
      'calibrate with --backend redis --redis URL, and runs them, --concurrency at a time, until',
      'stopped (Ctrl-C or SIGTERM: running replications finish first). Run workers on as many',
      'machines as reach the Redis; each must run the same model version as the command (sendsim',
      '--version), and a worker of another version refuses the job, which fails the command. If a',
      'worker dies, its replications go to another within about twice --lock-seconds. Logs one line',
      'per job to standard error.',
    ],
  },
};

/** The value `command` gives `option` when it is not given: the command's own default, else the option's. */
export function defaultFor(command: CommandName, option: OptionName): number | undefined {
  return COMMAND_SPECS[command].defaults?.[option] ?? OPTION_SPECS.find((o) => o.name === option)?.default;
}
