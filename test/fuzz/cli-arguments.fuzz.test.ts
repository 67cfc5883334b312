/**
 * Fuzz: sendsim's command line (issue 13, requirement 3). Random combinations of the real
 * commands, their arguments and options, with good and bad values, near-miss names and
 * hostile paths, at the smallest workloads. Every case ends with exit 0 and output that parses
 * (or the file `--out` names), or exit 1 (input) or 2 (usage) with a message naming what was
 * wrong; never a stack trace, never a terminal escape, and never a file the command read
 * overwritten. Most cases run in this process (`main`, as the CLI tests do); a few run the real
 * `sendsim` process, which must exit and print exactly the same.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, OPTION_SPECS } from '@send-sim/cli';
import { printable } from '@send-sim/sim-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, REPO_ROOT, sendsim, tempDir } from '../cli/cli-harness.js';
import {
  expectMemoryBound,
  expectNoCrash,
  expectPrintable,
  expectShortLines,
  fuzzParameters,
  fuzzSample,
  fuzzTimeout,
} from './fuzz-support.js';

type Token = readonly string[];

/** `--name value` or `--name=value`, as a person might write either. */
const option = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<Token> =>
  fc.tuple(value, fc.boolean()).map(([v, joined]) => (joined ? [`--${name}=${v}`] : [`--${name}`, v]));

/** A value no option takes, or that tests how it is read. */
const badValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'abc',
    '-1',
    '0',
    '1e999',
    'NaN',
    'Infinity',
    '0x10',
    '1.5',
    '1e-9',
    '99999999999999999999',
  ),
  fc.constantFrom('\u001b[2J', '\u009b31m', 'a\u0000b', '--', '-'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.nat({ max: 20_000 }).map((n) => '9'.repeat(n)),
);

/** Either a good value for an option (mostly) or a bad one. */
const goodOrBad = (good: fc.Arbitrary<string>, weight = 14): fc.Arbitrary<string> =>
  fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: badValue });

const IDS = ['baseline', 'early-help-investment', 'white-paper-2026', 'nnpcf-asks', 'backtest-2019'];
const REFORMS = IDS.filter((id) => id !== 'baseline' && id !== 'backtest-2019');
/** A scenario argument that exists. */
const goodScenario = fc.constantFrom(
  ...IDS,
  'scenarios/baseline.json',
  'scenarios/early-help-investment.json',
);
/** A scenario argument that does not: near an id, broken, missing, not a file, hostile. */
const badScenario = fc.constantFrom(
  'baselin',
  'early-help',
  'bad.json',
  'missing.json',
  'folder',
  'folder/',
  '/dev/null',
  '/dev/zero',
  'targets.json',
  'report.json',
  'mismatched.json',
  'no\u001b[2Jsuch.json',
  `${'x'.repeat(3000)}.json`,
  '-',
  '',
);
const scenarioArg = fc.oneof({ weight: 9, arbitrary: goodScenario }, { weight: 1, arbitrary: badScenario });

const metric = goodOrBad(
  fc.constantFrom('crisis_events', 'ep_wait_days', 'cost_total', 'crisis_event', 'cost_la'),
);
const param = goodOrBad(
  fc.constantFrom('ep.workforceFte', 'la.assessProbability', 'ep.workforceFtee', 'population.cohortSize'),
);
const values = goodOrBad(
  fc.constantFrom('3000,4000', '0.2,0.4,0.6', '1', '1,2,x', '1,,2', '700000,20000000', '-1,5', '3000,3000'),
);
const params = goodOrBad(
  fc.constantFrom('ep.workforceFte', 'la.assessProbability,ep.workforceFte', 'free,nope', 'ep.workforceFte,'),
);

/** Each option with good values (mostly) and bad ones, and the smallest workloads. */
const OPTIONS: Record<string, fc.Arbitrary<Token>> = {
  scale: option('scale', goodOrBad(fc.constantFrom('0.0001', '0.0002', '1e-4'))),
  years: option('years', goodOrBad(fc.constantFrom('1', '2'))),
  reps: option('reps', goodOrBad(fc.constantFrom('1', '2'))),
  format: option('format', goodOrBad(fc.constantFrom('table', 'json', 'csv'))),
  // Where output goes: a new file, a folder, nowhere writable, a hostile name; always inside the
  // case's folder or nowhere (never a random path). A command's own inputs: `inputsOf`.
  out: option(
    'out',
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('out/result.txt', 'out/deep/er/result.json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'folder',
          '/proc/nope/x.json',
          '',
          '-',
          'out/\u001b[2J.txt',
          'out/a\u0000b',
          `out/${'x'.repeat(300)}`,
          'out/deep/er',
        ),
      },
    ),
  ),
  seed: option('seed', goodOrBad(fc.constantFrom('1', '42', '4294967295'))),
  child: option('child', goodOrBad(fc.constantFrom('0', '5', '150', '100000'))),
  replication: option('replication', goodOrBad(fc.constantFrom('0', '1', '999'))),
  metric: option('metric', metric),
  param: option('param', param),
  values: option('values', values),
  params: option('params', params),
  // Mostly the file that works, now and then one that cannot be read as targets or a report.
  targets: option(
    'targets',
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('targets.json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('missing.json', 'bad.json', '/dev/zero', 'folder', 'report.json'),
      },
      { weight: 1, arbitrary: badValue },
    ),
  ),
  calibration: option(
    'calibration',
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('report.json') },
      { weight: 1, arbitrary: fc.constantFrom('bad.json', 'targets.json', 'missing.json', 'folder') },
      { weight: 1, arbitrary: badValue },
    ),
  ),
  threads: option('threads', goodOrBad(fc.constantFrom('1', '2'))),
  // A self-test year that fails before any fit (a fit runs hundreds of backtests).
  'holdout-from': option('holdout-from', fc.constantFrom('1800', '2000', '2019', '2100', 'last')),
};

/** Options no command takes as given: switches with values, near-miss names, stray dashes. */
const strayOption = fc.constantFrom<Token>(
  ['--fit=yes'],
  ['--apply'],
  ['--help'],
  ['-h'],
  ['--version'],
  ['--scal', '0.001'],
  ['--Seed', '1'],
  ['-s', '1'],
  ['--'],
  ['--out'],
);

/**
 * Each command: the options it needs to do something (each left out now and then), the
 * options it also takes, and how many scenarios it takes.
 */
const COMMAND_LINES: Record<string, { needs: string[]; takes: string[]; args: fc.Arbitrary<string[]> }> = {
  validate: { needs: [], takes: [], args: fc.array(scenarioArg, { minLength: 1, maxLength: 3 }) },
  run: {
    needs: ['scale', 'years', 'reps'],
    takes: ['seed', 'format', 'out'],
    args: scenarioArg.map((a) => [a]),
  },
  compare: {
    needs: ['scale', 'years', 'reps'],
    takes: ['seed', 'format', 'out'],
    args: fc
      .tuple(
        goodScenario,
        fc.array(fc.oneof(fc.constantFrom(...REFORMS), badScenario), { minLength: 1, maxLength: 2 }),
      )
      .map(([b, r]) => [b, ...r]),
  },
  trace: {
    needs: ['scale', 'years', 'child'],
    takes: ['replication', 'seed', 'format', 'out'],
    args: scenarioArg.map((a) => [a]),
  },
  sweep: {
    needs: ['scale', 'years', 'reps', 'metric', 'param', 'values'],
    takes: ['seed', 'format', 'out'],
    args: fc.oneof(
      scenarioArg.map((a) => [a]),
      fc.tuple(scenarioArg, scenarioArg),
    ),
  },
  sensitivity: {
    needs: ['scale', 'years', 'reps', 'metric', 'params'],
    takes: ['seed', 'format', 'out'],
    args: fc.oneof(
      scenarioArg.map((a) => [a]),
      fc.tuple(scenarioArg, scenarioArg),
    ),
  },
  describe: { needs: [], takes: ['calibration', 'format', 'out'], args: scenarioArg.map((a) => [a]) },
  calibrate: {
    needs: ['scale', 'reps', 'targets'],
    takes: ['seed', 'format', 'out', 'holdout-from'],
    args: fc.constantFrom<string[]>([], ['backtest-2019'], ['baseline'], ['bad.json']),
  },
  // report.json is a result with a manifest (calibrate's, made in beforeAll); the rest are not.
  rerun: {
    needs: [],
    takes: ['out'],
    args: fc.constantFrom<string[]>(
      ['report.json'],
      ['bad.json'],
      ['missing.json'],
      ['folder'],
      ['/dev/zero'],
    ),
  },
};

/**
 * The files a command line reads, as paths under the case's folder: its scenario arguments
 * (and a reform's baseline), `--targets` and `--calibration` files, and for `calibrate` with
 * no scenario the backtest and its baseline.
 */
function inputsOf(args: readonly string[]): string[] {
  const inputs = new Set<string>();
  const command = args[0];
  const positional: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    const joined = /^--(targets|calibration)=(.*)$/.exec(a);
    if (joined !== null) inputs.add(joined[2]!);
    else if (a === '--targets' || a === '--calibration') inputs.add(args[++i] ?? '');
    else if (a.startsWith('--')) {
      if (!a.includes('=') && i + 1 < args.length && !args[i + 1]!.startsWith('--')) i++;
    } else positional.push(a);
  }
  if (command === 'calibrate' && positional.length === 0) positional.push('backtest-2019');
  if (command === 'rerun') return positional.filter((a) => a === 'report.json');
  for (const arg of positional) {
    if (IDS.includes(arg)) {
      inputs.add(`scenarios/${arg}.json`);
      if (arg !== 'baseline') inputs.add('scenarios/baseline.json');
    } else if (arg.startsWith('scenarios/')) {
      inputs.add(arg);
      inputs.add('scenarios/baseline.json');
    } else if (['bad.json', 'targets.json', 'report.json', 'mismatched.json'].includes(arg)) inputs.add(arg);
  }
  inputs.delete('');
  return [...inputs];
}

/** `arbitrary`'s value one time in six, otherwise null. */
const seldom = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** One command's line: its needs (one perhaps left out), some of what it takes, now and then a stray option. */
function commandLine(command: string): fc.Arbitrary<string[]> {
  const spec = COMMAND_LINES[command]!;
  const needs = spec.needs.map((name) => OPTIONS[name]!);
  const takes = spec.takes.map((name) => OPTIONS[name]!);
  return fc
    .record({
      args: spec.args,
      needs: fc.tuple(...needs).chain((kit) => fc.subarray(kit, { minLength: Math.max(0, kit.length - 1) })),
      takes: fc.tuple(...takes).chain((some) => fc.subarray(some, { maxLength: Math.min(2, some.length) })),
      // One line in six has an option the command does not take, or one badly written.
      stray: seldom(fc.oneof(strayOption, ...Object.values(OPTIONS))),
      order: fc.nat(),
      // One line in four writes its output over a file it reads.
      outOnInput: spec.takes.includes('out')
        ? fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() })
        : fc.constant(null),
    })
    .map(({ args, needs: kit, takes: more, stray, order, outOnInput }) => {
      const options = [...kit, ...more, ...(stray === null ? [] : [stray])].flat();
      // Options before, between or after the arguments: the parser takes them anywhere.
      const at = order % (args.length + 1);
      const line = [command, ...args.slice(0, at), ...options, ...args.slice(at)];
      const inputs = inputsOf(line);
      if (outOnInput === null || inputs.length === 0 || line.some((a) => a.startsWith('--out'))) return line;
      return [...line, '--out', inputs[outOnInput % inputs.length]!];
    });
}

/** A whole command line: mostly a real command's, now and then anything. */
const argv: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 14, arbitrary: fc.constantFrom(...Object.keys(COMMAND_LINES)).chain(commandLine) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom<string[]>(
        ['help'],
        ['help', 'run'],
        ['help', 'nope'],
        ['--help'],
        ['--version'],
        ['-V'],
        [],
        ['rnu', 'baseline'],
        ['Run', 'baseline'],
        ['validat', 'baseline'],
        ['--scale', '1', 'run'],
        ['bench', '--years', '1'],
        ['bench', '--threads', '0'],
      ),
      fc.array(fc.string({ unit: 'binary', maxLength: 10 }), { maxLength: 4 }),
    ),
  },
);

/** The files the cases read, which none may change: every file in the folder but under out/. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'out') visit(path);
      } else files.set(path, readFileSync(path));
    }
  };
  visit(dir);
  return files;
}

/**
 * Expect every file that was in `before` to be there still, unchanged (new files are output).
 * Puts back any that changed first, so each case starts from the same folder and a failure
 * shrinks to the command line that did it.
 */
function expectUnchanged(before: ReadonlyMap<string, Buffer>, what: string): void {
  const changed: string[] = [];
  for (const [path, content] of before) {
    if (!existsSync(path) || !readFileSync(path).equals(content)) {
      changed.push(path);
      writeFileSync(path, content);
    }
  }
  expect(changed, `${what} changed or removed a file it had`).toEqual([]);
}

/** Command lines run as real processes: each starts Node, so a few only. */
const SPAWNED = 4;

/** Options the command line names, for "the message names what was wrong". */
const NAMES = [...OPTION_SPECS.map((o) => `--${o.name}`), ...COMMANDS, 'command', 'scenario'];

/** Expect `r`, the outcome of `args`, to be a clear one. */
function expectClear(args: readonly string[], r: CliRun, dir: string): void {
  const what = `sendsim ${args.map((a) => JSON.stringify(a.slice(0, 60))).join(' ')}`;
  expect([0, 1, 2], `${what}\n${r.stderr}`).toContain(r.code);
  expectPrintable(r.stdout + r.stderr, what);
  expectNoCrash(r.stderr, what);
  expectShortLines(r.stderr, what);
  if (r.code === 0) {
    const outAt = args.findIndex((a) => a === '--out' || a.startsWith('--out='));
    if (outAt >= 0 && !args.includes('--help') && !args.includes('-h') && !args.includes('--version')) {
      const file = args[outAt]!.startsWith('--out=') ? args[outAt]!.slice('--out='.length) : args[outAt + 1]!;
      expect(r.stderr.endsWith(`wrote ${printable(file)}\n`), `${what}: ${r.stderr}`).toBe(true);
      expect(existsSync(join(dir, file)), what).toBe(true);
      return;
    }
    expect(r.stdout.length, what).toBeGreaterThan(0);
    const json = args.some((a, i) => a === '--format=json' || (a === '--format' && args[i + 1] === 'json'));
    if (json && !args.some((a) => ['--help', '-h', '--version', 'help', '-V'].includes(a))) {
      expect(() => JSON.parse(r.stdout), `${what}: JSON that parses`).not.toThrow();
    }
    return;
  }
  const first = r.stderr.split('\n')[0]!;
  expect(first, what).toMatch(/^(sendsim: |invalid )/);
  const tokens = args
    .flatMap((a) => a.split('='))
    .map((a) => printable(a.replace(/\/+$/, '')).slice(0, 30))
    .filter((a) => a.length > 0);
  expect(
    [...tokens, ...NAMES].some((name) => first.includes(name)),
    `${what}: the message should name the file, option or command: ${first.slice(0, 300)}`,
  ).toBe(true);
  if (r.code === 2) expect(r.stderr, what).toMatch(/run 'sendsim (--help|help [a-z]+)' for usage\n$/);
}

describe('fuzz: the command line', () => {
  let dir = '';
  let before = new Map<string, Buffer>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    // A folder of its own: the scenarios (ids resolve here first), a targets file, a report,
    // a broken file, a file whose id is not its name, and a folder.
    dir = tempDir('sendsim-fuzz-cli-');
    mkdirSync(join(dir, 'scenarios'));
    for (const file of readdirSync(join(REPO_ROOT, 'scenarios'))) {
      copyFileSync(join(REPO_ROOT, 'scenarios', file), join(dir, 'scenarios', file));
    }
    const stock = (period: string, value: number) => ({
      metric: 'ehcp_stock_all_ages',
      period,
      value,
      unit: 'plans',
      tolerance: 0.05,
      source: 'test',
      status: 'V',
    });
    writeFileSync(
      join(dir, 'targets.json'),
      JSON.stringify({ targets: [stock('Jan 2019', 354_000), stock('Jan 2020', 390_100)] }),
    );
    writeFileSync(join(dir, 'bad.json'), '{"kind": "reform", "id": ');
    writeFileSync(
      join(dir, 'mismatched.json'),
      readFileSync(join(REPO_ROOT, 'scenarios', 'nnpcf-asks.json')),
    );
    mkdirSync(join(dir, 'folder'));
    const report = await sendsim(
      [
        'calibrate',
        '--targets',
        'targets.json',
        '--scale',
        '0.0001',
        '--reps',
        '1',
        '--format',
        'json',
        '--out',
        'report.json',
      ],
      dir,
    );
    expect(report.code, report.stderr).toBe(0);
    before = snapshot(dir);
  });

  it(
    'every command line ends clearly: exit 0 with output, or 1 or 2 naming what was wrong',
    async () => {
      const codes = [0, 0, 0];
      await fc.assert(
        fc.asyncProperty(argv, async (args) => {
          const r = await sendsim(args, dir);
          codes[r.code] = (codes[r.code] ?? 0) + 1;
          expectClear(args, r, dir);
          expectUnchanged(before, `sendsim ${args.join(' ')}`);
          expectMemoryBound('sendsim');
        }),
        fuzzParameters(80),
      );
      // Runs that finish, bad input and bad usage are all reached, so none is fuzzed vacuously.
      expect(
        codes.every((n) => n > 0),
        `exit codes 0, 1, 2: ${codes.join(', ')}`,
      ).toBe(true);
    },
    fuzzTimeout(80, 3_000),
  );

  it(
    'the real sendsim process exits and prints exactly as the in-process runs do',
    async () => {
      const bin = join(REPO_ROOT, 'packages', 'cli', 'bin', 'sendsim.js');
      // A few only: each process starts Node (and checks the bundle is current).
      for (const args of fuzzSample(argv, SPAWNED)) {
        const inProcess = await sendsim(args, dir);
        const child = spawnSync(process.execPath, [bin, ...args], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000, // a hang guard only
          maxBuffer: 64 * 1024 * 1024,
        });
        const r: CliRun = { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
        expectClear(args, r, dir);
        expect({ code: r.code, stdout: r.stdout }, `sendsim ${args.join(' ')}`).toEqual({
          code: inProcess.code,
          stdout: inProcess.stdout,
        });
      }
      expectUnchanged(before, 'the processes');
    },
    SPAWNED * 120_000,
  );
});
