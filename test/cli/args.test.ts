import { parseArgs } from '@send-sim/cli';
import { FIT_RUN, MIN_QUOTE_REPLICATIONS } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { sendsim, tempDir } from './cli-harness.js';

describe('sendsim arguments', () => {
  it('prints usage for --help, -h and help, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const r = await sendsim(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage:');
      expect(r.stdout).toContain('sendsim compare <baseline> <reform>...');
      for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    }
    const run = await sendsim(['run', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: sendsim run <scenario>');
  });

  it('prints the CLI and model versions', async () => {
    const r = await sendsim(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sendsim \S+ \(model \S+\)\n$/);
  });

  it('accepts --opt=value and --opt value, with defaults for the rest', () => {
    const a = parseArgs(['run', 'baseline', '--seed=7', '--scale', '0.05', '--format=csv']);
    expect(a).toMatchObject({
      kind: 'command',
      command: 'run',
      args: ['baseline'],
      options: { seed: 7, scale: 0.05, format: 'csv', years: 10, reps: 5 },
    });
    const t = parseArgs(['trace', 'baseline', '--child', '3', '--replication=2']);
    expect(t).toMatchObject({ options: { child: 3, replication: 2, seed: 1 } });
  });

  it('defaults compare to the replications quoting needs, and calibrate to its check’s, and says so in help', async () => {
    expect(MIN_QUOTE_REPLICATIONS).toBeGreaterThan(FIT_RUN.replications);
    const reps = (argv: string[]) => {
      const a = parseArgs(argv);
      return a.kind === 'command' ? a.options.reps : undefined;
    };
    expect(reps(['compare', 'baseline', 'early-help-investment'])).toBe(MIN_QUOTE_REPLICATIONS);
    expect(reps(['compare', 'baseline', 'early-help-investment', '--reps', '3'])).toBe(3);
    expect(reps(['calibrate'])).toBe(FIT_RUN.replications);
    expect(reps(['run', 'baseline'])).toBe(5);
    expect(reps(['sensitivity', 'baseline', '--metric', 'crisis_events'])).toBe(5);

    const usage = await sendsim(['--help']);
    expect(usage.stdout).toMatch(
      new RegExp(
        `--reps N +replications, 1 to 1000 \\(default 5; compare ${MIN_QUOTE_REPLICATIONS}; psa 1\\)`,
      ),
    );
    const compare = await sendsim(['help', 'compare']);
    expect(compare.stdout).toMatch(
      new RegExp(`--reps N +replications, 1 to 1000 \\(default ${MIN_QUOTE_REPLICATIONS}\\)`),
    );
    const calibrate = await sendsim(['calibrate', '--help']);
    expect(calibrate.stdout).toMatch(/--reps N +replications, 1 to 1000 \(default 5\)/);
  });

  it('rejects an unknown command, suggesting the nearest', async () => {
    const r = await sendsim(['rnu', 'baseline']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sendsim: unknown command "rnu"; did you mean "run"?');
    expect(r.stderr).toContain("run 'sendsim --help'");
  });

  it('rejects an unknown option, suggesting the nearest by edit distance', async () => {
    const r = await sendsim(['run', 'baseline', '--sede', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --sede; did you mean --seed?');
    const s = await sendsim(['compare', 'baseline', 'x', '--rpes=3']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('did you mean --reps?');
  });

  it('rejects non-numeric and out-of-range values, naming the option, what was expected and what was found', async () => {
    const reps = await sendsim(['run', 'baseline', '--reps', 'abc']);
    expect(reps.code).toBe(2);
    expect(reps.stderr).toContain(
      '--reps: expected a whole number of replications from 1 to 1000, found "abc"',
    );
    const scale = await sendsim(['run', 'baseline', '--scale', '2']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toMatch(/--scale: expected a share .* at most 1.*, found "2"/);
    // A scale so small it simulates nobody would report England as 0 plans and £0.
    const tiny = await sendsim(['run', 'baseline', '--scale', '1e-9']);
    expect(tiny.code).toBe(2);
    expect(tiny.stderr).toMatch(
      /--scale: expected a share of the national population from 0\.0001 \(about 500 simulated children\).*, found "1e-9"/,
    );
    const years = await sendsim(['run', 'baseline', '--years=0']);
    expect(years.code).toBe(2);
    expect(years.stderr).toContain('--years: expected a whole number of years from 1 to 50, found "0"');
    const format = await sendsim(['run', 'baseline', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: expected one of table, json, csv, found "xml"');
  });

  it('rejects a missing value, a repeated option and an option the command does not take', async () => {
    const missing = await sendsim(['run', 'baseline', '--seed']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--seed needs a value');
    const twice = await sendsim(['run', 'baseline', '--seed', '1', '--seed', '2']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--seed given more than once');
    const child = await sendsim(['run', 'baseline', '--child', '3']);
    expect(child.code).toBe(2);
    expect(child.stderr).toContain('--child does not apply to run');
    const validate = await sendsim(['validate', 'baseline', '--reps', '2']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('validate takes no options');
  });

  it('cuts a huge value or path it repeats to its start and length (found by the fuzz suite)', async () => {
    const nines = '9'.repeat(20_000);
    const value = await sendsim(['run', 'baseline', '--scale', nines]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain(`--scale: expected a share of the national population`);
    expect(value.stderr).toContain(`found "${'9'.repeat(59)}… (20000 characters)\n`);
    const path = `${'x'.repeat(3_000)}.json`;
    const missing = await sendsim(['validate', path], tempDir());
    const option = await sendsim(['run', 'baseline', `--${'x'.repeat(5_000)}`]);
    for (const r of [value, missing, option]) {
      for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(400);
    }
    expect(missing.stderr).toContain('(3005 characters)');
    expect(option.stderr).toContain(`unknown option --${'x'.repeat(78)}… (5002 characters)`);
  });

  it('rejects the wrong number of scenarios and trace without --child', async () => {
    const none = await sendsim(['run']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('run takes one scenario');
    const one = await sendsim(['compare', 'baseline']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare takes a baseline and at least one reform');
    const trace = await sendsim(['trace', 'baseline']);
    expect(trace.code).toBe(2);
    expect(trace.stderr).toContain('trace needs --child');
  });

  it('reports a missing scenario file with the path tried, and exits 1', async () => {
    const dir = tempDir();
    const file = await sendsim(['run', 'nothing-here.json'], dir);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain(
      `scenario file "nothing-here.json" not found: tried ${dir}/nothing-here.json`,
    );
    const id = await sendsim(['run', 'baselin']);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('scenario "baselin" not found: tried');
    expect(id.stderr).toContain('scenarios/baselin.json');
    expect(id.stderr).toContain('did you mean "baseline"?');
  });

  it('finds a bare scenario id from any working folder (via the repository root)', async () => {
    const r = await sendsim(['validate', 'baseline'], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok \/.*scenarios\/baseline\.json \(baseline baseline/);
  });
});
