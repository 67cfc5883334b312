/**
 * Sweep of one parameter: the row at each value must equal a plain run (or compare) of the
 * baseline file with that value and the same seed; the reform is re-resolved on the changed
 * baseline; rows keep the order of the values; values outside the plausible range are flagged;
 * more educational psychologists give shorter waits; bad input is an error naming the field.
 */
import {
  type BaselineScenarioFile,
  compareExperiments,
  type ParameterKey,
  planSweep,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
  runSweep,
  type SweepAnalysis,
} from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readScenario } from './load-scenario.js';

const options = { seed: 7, replications: 2, years: 2, scale: 0.002 };
const baseline = readScenario('baseline') as BaselineScenarioFile;
const reform = readScenario('early-help-investment') as ReformScenarioFile;

/** A baseline file with one parameter's value changed (range and evidence kept). */
function withValue(key: ParameterKey, value: number, file = baseline): BaselineScenarioFile {
  return {
    ...file,
    parameters: { ...file.parameters, [key]: { ...file.parameters[key], value } },
  };
}

/** The metric over a plain run, reduced as compare reduces it. */
function level(file: BaselineScenarioFile, metric: string, runOptions = options) {
  const run = runExperiment(resolveScenario(file), runOptions);
  return compareExperiments(run, run).differences.find((d) => d.metric === metric)!.baseline;
}

describe('sweep of one scenario (the metric over the run)', () => {
  let sweep: SweepAnalysis;
  beforeAll(() => {
    sweep = runSweep(
      { baseline, metric: 'ep_wait_days', parameter: 'ep.workforceFte', values: [2500, 3500, 5000] },
      options,
    );
  });

  it('gives at the baseline’s own value what a plain run of the baseline gives with the same seed', () => {
    expect(sweep.result).toBe('level');
    expect(sweep.rows.map((r) => r.value)).toEqual([2500, 3500, 5000]);
    const own = sweep.rows[1]!;
    expect(own.atBaseline).toBe(true);
    expect(own.result).toEqual(level(baseline, 'ep_wait_days'));
  });

  it('gives at another value what a plain run of the baseline file with that value gives', () => {
    expect(sweep.rows[2]!.result).toEqual(level(withValue('ep.workforceFte', 5000), 'ep_wait_days'));
    expect(sweep.rows[0]!.atBaseline).toBe(false);
  });

  it('flags values outside the plausible range and records the parameter', () => {
    expect(sweep.rows.map((r) => r.outsideRange)).toEqual([true, false, true]);
    expect(sweep.parameter).toMatchObject({
      key: 'ep.workforceFte',
      unit: 'FTE',
      evidence: 'source',
      value: 3500,
      range: [2800, 4200],
      reformOverrides: false,
    });
    expect(sweep.parameter.basis).toMatch(/Educational psychologists/);
  });

  it('shows shorter waits for an EP assessment with more educational psychologists', () => {
    const means = sweep.rows.map((r) => r.result.mean);
    expect(means[1]).toBeLessThan(means[0]!);
    expect(means[2]).toBeLessThan(means[1]!);
  });

  it('gives byte-identical JSON for the same seed', () => {
    const again = runSweep(
      { baseline, metric: 'ep_wait_days', parameter: 'ep.workforceFte', values: [2500, 3500, 5000] },
      options,
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(sweep));
  });
});

describe('sweep of a reform (reform − baseline, paired)', () => {
  const request = {
    baseline,
    reform,
    metric: 'crisis_events',
    parameter: 'earlyHelp.capacity' as ParameterKey,
    values: [20_000, 40_000],
  };

  it('re-resolves the reform on the changed baseline, so its lever scales the changed value', () => {
    const plan = planSweep(request);
    expect(plan.scenarios).toHaveLength(4);
    const point = plan.points[1]!;
    expect(plan.scenarios[point.baseline]!.params['earlyHelp.capacity']).toBe(40_000);
    // The reform doubles early help capacity: double the changed baseline's, not the file's.
    expect(plan.scenarios[point.reform!]!.params['earlyHelp.capacity']).toBe(80_000);
  });

  it('gives at each value the paired difference compare gives for the changed baseline', () => {
    const small = { ...options, replications: 1 };
    const sweep = runSweep(request, small);
    const changed = withValue('earlyHelp.capacity', 20_000);
    const difference = compareExperiments(
      runExperiment(resolveScenario(changed), small),
      runExperiment(resolveScenario(reform, changed), small),
    ).differences.find((d) => d.metric === 'crisis_events')!.difference;
    expect(sweep.result).toBe('difference');
    expect(sweep.reform?.scenario).toBe('early-help-investment');
    expect(sweep.rows[0]!.result).toEqual(difference);
  });
});

describe('sweep input', () => {
  const good = { baseline, metric: 'ep_wait_days', parameter: 'ep.workforceFte' as ParameterKey };

  it('names the field for an unknown metric or parameter', () => {
    expect(() => planSweep({ ...good, metric: 'ep_waits', values: [1, 2] })).toThrow(
      /^metric: expected .*found "ep_waits"/,
    );
    expect(() => planSweep({ ...good, parameter: 'ep.fte' as ParameterKey, values: [1, 2] })).toThrow(
      /^parameter: expected a parameter key of baseline\.json, found "ep\.fte"/,
    );
  });

  it('needs at least two values, each a number within the legal bounds', () => {
    expect(() => planSweep({ ...good, values: [3000] })).toThrow(
      /^values: expected at least 2 values, found 1/,
    );
    expect(() => planSweep({ ...good, values: [3000, -1] })).toThrow(
      /^values\[1\]: expected a number from 0 to 20000000 \(FTE, the legal bounds of ep\.workforceFte\), found -1/,
    );
    expect(() => planSweep({ ...good, values: [Number.NaN, 1] })).toThrow(/^values\[0\]: .*found NaN/);
  });

  it('refuses a value that breaks a scenario rule, naming the rule rather than skipping it', () => {
    expect(() =>
      planSweep({ ...good, parameter: 'population.ehcpAgeShare.under5', values: [0.05, 0.5] }),
    ).toThrow(
      /^values\[\d\]: population\.ehcpAgeShare\.under5 = 0\.\d+ breaks a scenario rule: parameters\["population\.ehcpAgeShare\.\*"\]: expected values summing to 1.*found a sum of/,
    );
  });

  it('runs a repeated value once', () => {
    const plan = planSweep({ ...good, values: [3000, 4000, 3000] });
    expect(plan.scenarios).toHaveLength(2);
    expect(plan.points[2]).toEqual(plan.points[0]);
  });
});
