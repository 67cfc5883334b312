/**
 * The work a run may ask for (issue 13, item 11): a scenario whose population parameters
 * describe far more children than England has is refused before any child is made, with a
 * message naming the file, the parameters, the limit and the size found. Every parameter at its
 * legal maximum at scale 0.0001 for one year once reached 2.9 GB in 105 s; now the limit, 30
 * million children for all of England in proportion to the scale, is checked up front.
 */
import {
  type BaselineScenarioFile,
  MAX_CHILDREN_FOR_ENGLAND,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  type ParameterKey,
  parseScenarioFile,
  resolveScenario,
  runExperiment,
  runSize,
  Simulation,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, readScenario } from './load-scenario.js';

const TINY = { seed: 1, replications: 1, years: 1, scale: 0.0001 } as const;

/** The baseline file with some parameters set (their ranges widened to hold the value). */
function baselineWith(values: Partial<Record<ParameterKey, number>>): BaselineScenarioFile {
  const file = structuredClone(readScenario('baseline')) as BaselineScenarioFile & {
    parameters: Record<string, { value: number; range: [number, number] }>;
  };
  for (const [key, value] of Object.entries(values)) {
    const record = file.parameters[key]!;
    record.value = value;
    record.range = [Math.min(record.range[0], value), Math.max(record.range[1], value)];
  }
  // Through the validator, as a file would come: every value here is legal on its own.
  return parseScenarioFile(JSON.stringify(file), 'baseline.json') as BaselineScenarioFile;
}

/** Every parameter at its legal maximum, but for the shares that must sum to 1 or less (left as they are). */
function everyParameterAtItsMaximum(): BaselineScenarioFile {
  const grouped =
    /ehcpAgeShare|PlanSetting|laConcedes|familyWithdraws|residentialCareShare|residentialHealthShare|leavesEducationProbability|movesOnProbability/;
  return baselineWith(
    Object.fromEntries(
      PARAMETER_KEYS.filter((k) => !grouped.test(k)).map((k) => [k, PARAMETER_CATALOGUE[k].max]),
    ),
  );
}

describe('the work a run may ask for', () => {
  it('refuses a scenario with more children than the limit allows, before running it', () => {
    // 20 million on SEN support and 20 million plans (their legal maximum) and cohorts of 20 million:
    // about 50 million children at the start (young people whose plans ended among them) and 10
    // million new needs in a year, beyond the limit of 60 million.
    const crowded = resolveScenario(
      baselineWith({
        'population.senSupportStock': 20_000_000,
        'population.ehcpStock': 20_000_000,
        'population.cohortSize': 20_000_000,
      }),
    );
    expect(() => runExperiment(crowded, TINY)).toThrow(
      /^baseline\.json: parameters: expected a population a run can simulate, at most 6,000 children at scale 0\.0001 \(60 million for all of England, in proportion to the scale\), found about [\d,]+ over 1 year/,
    );
  });

  it('refuses more disputes in progress than plans in force, naming the field, before making a child', () => {
    // Found by the fuzz test: the start takes disputes against plans from the plans in force, and
    // more of them than plans once left a negative count and a table out of order.
    const disputed = resolveScenario(baselineWith({ 'population.appealsPerYear': 20_000_000 }));
    expect(() => runExperiment(disputed, TINY)).toThrow(
      /^baseline\.json: parameters\["population\.appealsPerYear"\]: expected disputes and appeals in progress against plans at the start .* no more than the plans in force \(population\.ehcpStock\) less the children waiting for a special place, found about [\d,]+ against 51\d,\d\d\d plans$/,
    );
  });

  it('refuses more ringfenced money moved out of high needs than they spend, naming the field (found by the fuzz test)', () => {
    const file = baselineWith({ 'cost.senSupportRingfenced': 10_000_000, 'ringfence.movedFromHighNeeds': 1 });
    expect(() => runExperiment(resolveScenario(file), TINY)).toThrow(
      /^baseline\.json: parameters\["cost\.senSupportRingfenced"\]: expected ringfenced SEN money moved out of LA high needs .* found LA high-needs spending of £-[\d,]+ in 2023$/,
    );
  });

  it('refuses every parameter at its legal maximum at once (it once grew to 2.9 GB), naming what drives it', () => {
    const extreme = resolveScenario(everyParameterAtItsMaximum());
    let message = '';
    try {
      runExperiment(extreme, TINY);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('at most 6,000 children at scale 0.0001');
    expect(message).toMatch(/found about [\d,]+ over 1 year: [\d,]+ at the start and [\d,]+ new needs; see /);
    expect(message).toContain('population.cohortSize');
    expect(message).toContain('need.onsetRate.*');
    expect(message).toContain('plan.ceaseNotInEducationProbability');
    // The engine checks too, whoever calls it (the app's workers, trace, split replications).
    expect(
      () =>
        new Simulation({
          params: extreme.params,
          startParams: extreme.startParams,
          startDate: extreme.startDate,
          seed: 1,
          replication: 0,
          years: 1,
          scale: 0.0001,
        }),
    ).toThrow(/at most 6,000 children at scale 0\.0001/);
  });

  it('leaves room for every shipped scenario at full scale for 50 years, and for either end of every plausible range', () => {
    const longest = { years: 50, scale: 1 };
    for (const id of ['baseline', 'backtest-2019', 'white-paper-2026', 'early-help-investment']) {
      const size = runSize(loadScenario(id), longest);
      expect(size.atStart + size.arriving, id).toBeLessThan(0.7 * MAX_CHILDREN_FOR_ENGLAND);
    }
    // What sensitivity runs: one parameter at a time at an end of its plausible range.
    const baseline = loadScenario('baseline');
    const population = PARAMETER_KEYS.filter((k) =>
      /^(population\.|need\.onset|need\.growthUntilYear|identification\.)/.test(k),
    );
    for (const key of population) {
      for (const end of baseline.records[key].range) {
        const params = { ...baseline.params, [key]: end };
        const size = runSize({ ...baseline, params, startParams: params }, longest);
        expect(size.atStart + size.arriving, `${key} = ${end}`).toBeLessThan(MAX_CHILDREN_FOR_ENGLAND);
      }
    }
  });

  it('counts what the engine makes: the starting children exactly, and new needs as the mean of the draws', () => {
    const baseline = loadScenario('baseline');
    const options = { years: 3, scale: 0.001 };
    const size = runSize(baseline, options);
    const out = new Simulation({ ...options, ...baseline, seed: 1, replication: 0 }).run();
    expect(out.childrenAtStart).toBe(size.atStart);
    const arrived = out.childrenSimulated - out.childrenAtStart;
    expect(Math.abs(arrived - size.arriving)).toBeLessThan(4 * Math.sqrt(size.arriving));
    expect(size.limit).toBe(MAX_CHILDREN_FOR_ENGLAND * 0.001);
  });
});
