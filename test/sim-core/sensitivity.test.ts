/**
 * One-way sensitivity (tornado): each row runs the scenario with one parameter at an end of its
 * baseline range, so its results must equal a plain run (or compare) of that changed baseline;
 * the reform is re-resolved on the changed baseline; rows are ordered by swing; a parameter
 * with no range is skipped; and the same seed gives the same JSON.
 */
import {
  type BaselineScenarioFile,
  centralQuoteWords,
  centralSettingsToQuote,
  compareExperiments,
  fitToQuote,
  MIN_QUOTE_REPLICATIONS,
  type ParameterKey,
  planSensitivity,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
  runSensitivity,
  type SensitivityAnalysis,
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

/** The baseline with redress.laConcedes at the top of its range, so that end is the central run. */
const atTopOfRange = withValue('redress.laConcedes', baseline.parameters['redress.laConcedes'].range[1]);

describe('sensitivity of one scenario (the metric over the run)', () => {
  let tornado: SensitivityAnalysis;
  beforeAll(() => {
    tornado = runSensitivity(
      {
        baseline: atTopOfRange,
        metric: 'ep_wait_days',
        parameters: ['redress.laConcedes', 'ep.workforceFte', 'plan.upperAge', 'need.escalationRatePerYear'],
      },
      options,
    );
  });

  it('gives, at the files’ own values and at each range end, what a plain run gives with the same seed', () => {
    const level = (file: BaselineScenarioFile) => {
      const run = runExperiment(resolveScenario(file), options);
      return compareExperiments(run, run).differences.find((d) => d.metric === 'ep_wait_days')!.baseline;
    };
    expect(tornado.result).toBe('level');
    expect(tornado.central).toEqual(level(atTopOfRange));
    const ep = tornado.rows.find((r) => r.key === 'ep.workforceFte')!;
    expect(ep).toMatchObject({ value: 3500, low: 2800, high: 4200, unit: 'FTE', evidence: 'source' });
    expect(ep.atHigh).toEqual(level(withValue('ep.workforceFte', 4200, atTopOfRange)));
    // redress.laConcedes sits at the top of its range: that end is the central run itself.
    const concedes = tornado.rows.find((r) => r.key === 'redress.laConcedes')!;
    expect(concedes.high).toBe(atTopOfRange.parameters['redress.laConcedes'].value);
    expect(concedes.atHigh).toEqual(tornado.central);
  });

  it('shows shorter waits for an EP assessment with more educational psychologists', () => {
    const ep = tornado.rows.find((r) => r.key === 'ep.workforceFte')!;
    expect(ep.atHigh.mean).toBeLessThan(ep.atLow.mean);
    expect(ep.swing).toBeCloseTo(ep.atLow.mean - ep.atHigh.mean, 9);
  });

  it('sorts rows by swing, largest first', () => {
    const swings = tornado.rows.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(tornado.rows.map((r) => r.key)).toHaveLength(3);
    expect(swings[0]).toBeGreaterThan(swings[2]!);
  });

  it('judges a level on its replications alone: the rest of the rule is for a reform’s change', () => {
    expect(tornado.quote).toBeUndefined();
    expect(centralQuoteWords(tornado)).toEqual({
      verdict: 'not fit',
      text: 'Not fit to quote: it rests on 2 replications, and quoting needs at least 10 (the rest of the rule judges a reform’s change, not a level).',
    });
    expect(centralSettingsToQuote(tornado, { reps: 100, scale: 1 })).toEqual({
      notFit: 1,
      moreReplications: { reps: MIN_QUOTE_REPLICATIONS, scale: options.scale },
      reachable: true,
    });
    const enough = { ...tornado, baseline: { ...tornado.baseline, reps: MIN_QUOTE_REPLICATIONS } };
    expect(centralQuoteWords(enough).verdict).toBe('not judged');
    expect(centralSettingsToQuote(enough, { reps: 100, scale: 1 }).notFit).toBe(0);
  });

  it('skips a parameter with a zero-width range, saying why', () => {
    expect(tornado.rows.map((r) => r.key)).not.toContain('plan.upperAge');
    expect(tornado.skipped).toEqual([
      { key: 'plan.upperAge', reason: 'no plausible range recorded (low = high = 25)' },
    ]);
  });
});

describe('sensitivity of a reform (reform − baseline, paired)', () => {
  const request = {
    baseline,
    reform,
    metric: 'crisis_events',
    parameters: ['earlyHelp.capacity', 'ep.workforceFte'] as ParameterKey[],
  };

  it('re-resolves the reform on the changed baseline, so its lever scales the changed value', () => {
    const plan = planSensitivity(request);
    const capacity = plan.varied.find((v) => v.key === 'earlyHelp.capacity')!;
    const high = plan.scenarios[capacity.atHigh.reform!]!;
    const highBaseline = plan.scenarios[capacity.atHigh.baseline]!;
    expect(highBaseline.params['earlyHelp.capacity']).toBe(37_500);
    // The reform doubles early help capacity: double the changed baseline's, not the file's.
    expect(high.params['earlyHelp.capacity']).toBe(75_000);
  });

  it('gives at the files’ own values and at a range end the paired difference compare gives', () => {
    const tornado = runSensitivity(request, options);
    const difference = (file: BaselineScenarioFile) =>
      compareExperiments(
        runExperiment(resolveScenario(file), options),
        runExperiment(resolveScenario(reform, file), options),
      ).differences.find((d) => d.metric === 'crisis_events')!.difference;
    expect(tornado.result).toBe('difference');
    expect(tornado.reform?.scenario).toBe('early-help-investment');
    expect(tornado.central).toEqual(difference(baseline));
    const capacity = tornado.rows.find((r) => r.key === 'earlyHelp.capacity')!;
    expect(capacity.atLow).toEqual(difference(withValue('earlyHelp.capacity', 12_500)));
  });

  it('judges the central change by the fit-to-quote rule, as compare would, and says why not in its words', () => {
    // No parameter with a range: only the central runs are made.
    const tornado = runSensitivity({ ...request, parameters: ['plan.upperAge'] }, options);
    const comparison = compareExperiments(
      runExperiment(resolveScenario(baseline), options),
      runExperiment(resolveScenario(reform, baseline), options),
    );
    expect(tornado.quote).toEqual(fitToQuote(comparison, 'crisis_events'));
    expect(tornado.quote!.reasons).toContain('too few replications');
    const words = centralQuoteWords(tornado);
    expect(words.verdict).toBe('not fit');
    expect(words.text).toMatch(
      /^Not fit to quote: it rests on 2 replications, and quoting needs at least 10/,
    );
    const settings = centralSettingsToQuote(tornado, { reps: 100, scale: 1 });
    expect(settings.notFit).toBe(1);
    expect(settings.moreReplications?.reps ?? settings.largerScale?.reps).toBeGreaterThanOrEqual(
      MIN_QUOTE_REPLICATIONS,
    );
  });
});

describe('sensitivity input and determinism', () => {
  it('gives byte-identical JSON for the same seed', () => {
    const request = { baseline, metric: 'cost_total', parameters: ['ep.workforceFte'] as ParameterKey[] };
    const small = { ...options, replications: 1 };
    expect(JSON.stringify(runSensitivity(request, small))).toBe(
      JSON.stringify(runSensitivity(request, small)),
    );
  });

  it('skips a share that cannot change alone, naming the rule it would break', () => {
    const plan = planSensitivity({
      baseline,
      metric: 'crisis_events',
      parameters: ['population.ehcpAgeShare.under5'],
    });
    expect(plan.varied).toEqual([]);
    expect(plan.skipped[0]!.reason).toMatch(/population\.ehcpAgeShare\.\*.*summing to 1.*found a sum of/);
    expect(plan.skipped[0]!.rule).toMatch(
      /^parameters\["population\.ehcpAgeShare\.\*"\]: expected values summing to 1/,
    );
    expect(plan.scenarios).toHaveLength(1);
  });

  it('names the field for an unknown metric or parameter', () => {
    expect(() => planSensitivity({ baseline, metric: 'ep_waits', parameters: [] })).toThrow(
      /^metric: expected .*found "ep_waits"/,
    );
    expect(() =>
      planSensitivity({ baseline, metric: 'ep_wait_days', parameters: ['ep.fte' as ParameterKey] }),
    ).toThrow(/^parameters: expected parameter keys of baseline\.json, found "ep\.fte"/);
  });
});
