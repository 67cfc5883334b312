/**
 * The calibration record in the baseline file must stay true of the model that ships with it:
 * it names the model version it was made with (a change that alters results bumps the version,
 * so this fails until the record is re-checked), and, where the shared targets file is beside
 * the repository, the backtest run as the record says passes exactly the targets it claims.
 * A bare clone without the shared folder cannot run the second check, and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BaselineScenarioFile,
  backtestYears,
  calibrationReport,
  MODEL_VERSION,
  parseCalibrationTargets,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../sim-core/load-scenario.js';

const TARGETS = fileURLToPath(new URL('../../../shared/data/calibration-targets.json', import.meta.url));
const baseline = readScenario('baseline') as BaselineScenarioFile;
const record = baseline.calibration!;

describe('the calibration record in the baseline file', () => {
  it('was made with this model version', () => {
    expect(record.modelVersion).toBe(MODEL_VERSION);
  });

  const reproduced = 'is reproduced: the backtest passes exactly the targets it claims';
  if (!existsSync(TARGETS)) {
    it.todo(`${reproduced} (needs ../shared/data/calibration-targets.json beside the repository)`);
    return;
  }
  it(reproduced, () => {
    const targets = parseCalibrationTargets(readFileSync(TARGETS, 'utf8'), 'calibration-targets.json');
    const file = readScenario(record.backtest) as ReformScenarioFile;
    const backtest = resolveScenario(file, baseline);
    const startYear = Number(backtest.startDate.slice(0, 4));
    const options = { ...record.result.checkedWith, years: backtestYears(targets, startYear) };
    const report = calibrationReport(
      backtest,
      options,
      targets,
      runExperiment(backtest, options).replications,
      'calibration-targets.json',
    );
    expect(report.summary).toMatchObject({
      targets: record.result.targets,
      evaluated: record.result.evaluated,
      passed: record.result.passed,
      ehcpStocksAllPass: true,
    });
  });
});
