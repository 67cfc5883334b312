import {
  backtestYears,
  type CalibrationTarget,
  calibrationObjective,
  calibrationReport,
  complexShareAt5to10AtStart,
  isStartConsistency,
  MISS_PENALTY,
  parseCalibrationTargets,
  periodSpan,
  type ReplicationResult,
  ScenarioError,
  ScenarioValidationError,
  START_CONSISTENCY,
  withStartConsistency,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const target = (
  metric: string,
  period: string,
  value: number,
  tolerance: number,
  absolute = false,
): CalibrationTarget => ({
  metric,
  period,
  value,
  unit: metric.startsWith('share') ? 'share' : 'count',
  tolerance,
  ...(absolute ? { toleranceIsAbsolute: true } : {}),
  source: 'test',
  status: 'V',
});

/** A replication whose monthly series are given by hand (48 months; stocks have 49 points). */
function replication(scale: number): ReplicationResult {
  const months = 48;
  const flat = (v: number, n = months) => Array.from({ length: n }, () => v * scale);
  return {
    metrics: {},
    costs: {
      school: [],
      laHighNeeds: [],
      laOther: [],
      health: [],
      socialCare: [],
      adultSocialCare: [],
      dwp: [],
      hmcts: [],
      dfe: [],
      family: [],
      public: [],
      total: [],
    },
    monthly: {
      ehcp_stock_all_ages: Array.from({ length: months + 1 }, (_, m) => (100_000 + 1000 * m) * scale),
      assessment_requests: flat(1000),
      assessment_decisions: flat(1000),
      requests_refused: flat(200),
      appeals_registered: flat(100),
      // More decided than registered in a year: last year's appeals reach their hearing.
      appeals_decided: flat(110),
    },
  };
}

describe('periods', () => {
  it('maps snapshots, calendar, academic and financial years to months of the run', () => {
    expect(periodSpan('Jan 2021', 2019)).toEqual({ kind: 'snapshot', month: 24 });
    expect(periodSpan('CY 2020', 2019)).toEqual({ kind: 'span', from: 12, to: 24 });
    expect(periodSpan('AY 2019/20', 2019)).toEqual({ kind: 'span', from: 8, to: 20 });
    expect(periodSpan('FY 2020/21', 2019)).toEqual({ kind: 'span', from: 15, to: 27 });
    expect(periodSpan('AY 2019/21', 2019)).toMatch(/second year follows the first/);
    expect(periodSpan('Q3 2020', 2019)).toMatch(/'Jan YYYY', 'CY YYYY'/);
  });

  it('runs a backtest long enough for every target after its start', () => {
    expect(backtestYears([target('x', 'Jan 2023', 1, 0.1), target('y', 'AY 2022/23', 1, 0.1)], 2019)).toBe(5);
    expect(backtestYears([target('x', 'CY 2014', 1, 0.1)], 2019)).toBe(1);
  });
});

describe('calibration report', () => {
  const scenario = loadScenario('backtest-2019');
  const options = { seed: 1, replications: 2, years: 4, scale: 1 };
  const reps = [replication(1), replication(1)];

  it('passes a target within tolerance, misses one outside, and says why others are not evaluated', () => {
    const targets = [
      target('ehcp_stock_all_ages', 'Jan 2020', 112_500, 0.05), // model 112,000: within 5%
      target('ehcp_stock_all_ages', 'Jan 2021', 100_000, 0.05), // model 124,000: 24% out
      target('share_requests_refused', 'CY 2020', 0.21, 0.03, true), // model 0.2: within ±0.03
      target('assessment_requests', 'CY 2018', 1, 0.1), // before the start
      target('pupils_in_schools', 'Jan 2020', 9_000_000, 0.02), // not modelled
      target('no_such_statistic', 'Jan 2020', 1, 0.1),
    ];
    const report = calibrationReport(scenario, options, targets, reps, 'targets.json');
    const status = report.rows.map((r) => r.status);
    expect(status).toEqual(['pass', 'miss', 'pass', 'not evaluated', 'not evaluated', 'not evaluated']);
    expect(report.rows[0]!.model!.mean).toBe(112_000);
    expect(report.rows[1]!.score).toBeCloseTo(24_000 / 5_000, 9);
    expect(report.rows[2]!.model!.mean).toBeCloseTo(0.2, 12);
    expect(report.rows[3]!.note).toMatch(/before the backtest starts \(January 2019\)/);
    expect(report.rows[4]!.note).toMatch(/not modelled/);
    expect(report.summary).toMatchObject({ targets: 6, evaluated: 3, passed: 2, ehcpStocksAllPass: false });
  });

  it('measures a ratio of flows counted at different times even above 1, and judges every row’s noise', () => {
    const noisy = [replication(1), replication(1.2)];
    const report = calibrationReport(
      scenario,
      options,
      [
        target('share_appeals_reaching_decision', 'CY 2020', 1.05, 0.1),
        target('assessment_requests', 'CY 2020', 12_000, 0.1),
      ],
      noisy,
      'targets.json',
    );
    expect(report.rows[0]!.model!.mean).toBeCloseTo(1.1, 12);
    expect(report.rows[0]!.status).toBe('pass');
    // Requests: 12,000 and 14,400 in the two replications; the standard error of their mean is 1,200.
    expect(report.rows[1]!.model!.mean).toBeCloseTo(13_200, 9);
    expect(report.rows[1]!.standardError).toBeCloseTo(1_200, 9);
    expect(report.rows[1]!.allowed).toBeCloseTo(1_200, 9);
  });

  it('weights the EHCP stock targets four times in the fit objective, caps wild scores and adds a penalty per miss', () => {
    const rows = [
      { score: 1, target: { metric: 'ehcp_stock_all_ages' } },
      { score: 2, target: { metric: 'mediations_held' } },
      { score: 50, target: { metric: 'plans_ceased' } },
      { score: null, target: { metric: 'pupils_in_schools' } },
    ];
    // A score of exactly 1 is a pass (no penalty); 2 and 50 are misses.
    expect(calibrationObjective(rows)).toBe(4 * 1 + (4 + MISS_PENALTY) + (25 + MISS_PENALTY));
    expect(MISS_PENALTY).toBeGreaterThan(0);
  });
});

describe('targets file', () => {
  it('reads a well-formed file', () => {
    const text = JSON.stringify({ targets: [target('ehcp_stock_all_ages', 'Jan 2020', 390_100, 0.05)] });
    expect(parseCalibrationTargets(text, 't.json')).toHaveLength(1);
  });

  it('names the file, the field, what was expected and what was found', () => {
    const bad = JSON.stringify({ targets: [{ ...target('x', 'Jan 2020', 1, 0.1), period: 'Spring 2020' }] });
    expect(() => parseCalibrationTargets(bad, 't.json')).toThrow(ScenarioError);
    expect(() => parseCalibrationTargets(bad, 't.json')).toThrow(
      /t\.json: targets\[0\]\.period: expected a period .*found "Spring 2020"/,
    );
    const noNumber = JSON.stringify({ targets: [{ ...target('x', 'Jan 2020', 1, 0.1), value: 'lots' }] });
    expect(() => parseCalibrationTargets(noNumber, 't.json')).toThrow(
      /targets\[0\]\.value: expected a number, found "lots"/,
    );
    expect(() => parseCalibrationTargets('{', 't.json')).toThrow(/t\.json: .*valid JSON/);
  });

  it('lists every problem in the file at once, with the nearest field for a misspelt one', () => {
    const rows = [
      { ...target('x', 'Jan 2020', 1, 0.1), toleranceIsAbsolut: true },
      { ...target('y', 'AY 2020/22', 1, 0), value: 'lots' },
      7,
    ];
    let caught: unknown;
    try {
      parseCalibrationTargets(JSON.stringify({ targets: rows }), 't.json');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioValidationError);
    const lines = (caught as ScenarioValidationError).errors.map(
      (e) => `${e.path}: ${e.expected}; ${e.found}`,
    );
    expect(lines).toEqual([
      'targets[0].toleranceIsAbsolut: no such field (did you mean "toleranceIsAbsolute"? allowed: metric, period, value, unit, tolerance, toleranceIsAbsolute, source, status); true',
      'targets[1].period: a period whose second year follows the first; "AY 2020/22"',
      'targets[1].value: a number; "lots"',
      'targets[1].tolerance: a positive number; 0',
      'targets[2]: a target {metric, period, value, unit, tolerance, toleranceIsAbsolute?, source, status}; 7',
    ]);
  });

  it('reports a key given twice, which JSON would silently resolve to the last', () => {
    const text = `{"targets": [${JSON.stringify(target('x', 'Jan 2020', 1, 0.1)).replace('"value":1,', '"value":1,"value":2,')}]}`;
    expect(() => parseCalibrationTargets(text, 't.json')).toThrow(
      /t\.json: targets\[0\]\.value: expected each key only once in an object, found "value" twice/,
    );
  });
});

describe('start consistency', () => {
  const baseline = loadScenario('baseline');
  const published = [
    target('ehcp_age_share_5_to_10', 'Jan 2020', 0.33, 0.03, true),
    target('ehcp_stock_all_ages', 'Jan 2020', 112_500, 0.05),
  ];

  it('carries each published age share, with its tolerance, to the baseline’s start as the start assumes it', () => {
    const targets = withStartConsistency(published, baseline.params, '2023-01-01');
    expect(targets.slice(0, 2)).toEqual(published);
    expect(targets).toHaveLength(5);
    expect(targets[2]).toMatchObject({
      metric: 'ehcp_age_share_5_to_10',
      period: 'Jan 2023',
      value: baseline.params['population.ehcpAgeShare.age5to10'],
      tolerance: 0.03,
      toleranceIsAbsolute: true,
      status: START_CONSISTENCY,
    });
    expect(isStartConsistency(targets[2]!)).toBe(true);
    // And the complex needs' share of plans the start gives plan holders (SEN2's primary-need mix).
    expect(targets[3]).toMatchObject({
      metric: 'ehcp_share_complex_needs',
      period: 'Jan 2023',
      value: 0.117,
      tolerance: 0.02,
      toleranceIsAbsolute: true,
      status: START_CONSISTENCY,
    });
    // And the complex needs' share of 5- to 10-year-olds' plans, as the start itself draws them:
    // between the census's share in mainstream primary schools (13.9%) and the share left for
    // every other place, so the start must be measured, not read from one table.
    expect(targets[4]).toMatchObject({
      metric: 'ehcp_share_complex_needs_5_to_10',
      period: 'Jan 2023',
      tolerance: 0.02,
      toleranceIsAbsolute: true,
      status: START_CONSISTENCY,
    });
    expect(targets[4]!.value).toBeCloseTo(0.127, 2);
    expect(targets[4]!.value).toBeCloseTo(complexShareAt5to10AtStart(baseline.params, 2023), 4);
    // A target for that period is never doubled.
    expect(withStartConsistency(targets, baseline.params, '2023-01-01')).toHaveLength(5);
    // Without the published age mix there is no mix to arrive at, so nothing is added.
    expect(withStartConsistency(published.slice(1), baseline.params, '2023-01-01')).toHaveLength(1);
  });

  it('carries the state special places the start fills, beside the published shares of plans by setting', () => {
    const bySetting = [
      ...published,
      target('ehcp_share_special_school_all_ages', 'Jan 2022', 0.348, 0.04, true),
    ];
    const targets = withStartConsistency(bySetting, baseline.params, '2023-01-01');
    expect(targets.at(-1)).toMatchObject({
      metric: 'special_school_places',
      period: 'Jan 2023',
      value: baseline.params['placement.specialSchoolPlaces'],
      tolerance: 0.05,
      status: START_CONSISTENCY,
    });
    expect(withStartConsistency(targets, baseline.params, '2023-01-01')).toHaveLength(targets.length);
    expect(targets.filter((t) => t.metric === 'special_school_places')).toHaveLength(1);
  });

  it('is judged like any target but tallied apart from the published ones', () => {
    const scenario = loadScenario('backtest-2019');
    const targets = withStartConsistency(published, baseline.params, '2021-01-01');
    const reps = [replication(1), replication(1)];
    const report = calibrationReport(
      scenario,
      { seed: 1, replications: 2, years: 4, scale: 1 },
      targets,
      reps,
      't',
    );
    expect(report.rows).toHaveLength(5);
    expect(report.summary.targets).toBe(2);
    expect(report.summary.startConsistency).toEqual({ targets: 3, evaluated: 0, passed: 0 });
  });
});
