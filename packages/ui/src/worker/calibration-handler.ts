/**
 * The simulation worker's answer to a `backtest` request: runs the calibration backtest
 * (`backtest-2019`: the calibrated baseline started from the January 2019 stocks) and judges
 * every published target, as `sendsim calibrate` does, so the assumptions page can show the
 * target-by-target table without freezing the page.
 */
import {
  type BaselineScenarioFile,
  backtestYears,
  calibrationReport,
  parseCalibrationTargets,
  parseScenarioFile,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
  withStartConsistency,
} from '@send-sim/sim-core';
import type { AnswerTo, BacktestMessage } from './worker-protocol.js';

const texts = import.meta.glob<string>(
  ['../../../../scenarios/backtest-2019.json', '../../../../scenarios/baseline.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/** Report progress in steps of at least this share, so messages do not flood the page. */
const PROGRESS_STEP = 0.01;
const TARGETS_NAME = 'calibration-targets.json';

function scenarioText(id: string): string {
  const entry = Object.entries(texts).find(([path]) => path.endsWith(`/${id}.json`));
  if (entry === undefined) throw new Error(`scenarios/${id}.json is not bundled`);
  return entry[1];
}

/** Answer one `backtest` request through `post`. Never throws: failures are posted as `backtest-error`. */
export function handleBacktest(message: BacktestMessage, post: (answer: AnswerTo<'backtest'>) => void): void {
  const { runId, options, targets: targetsText } = message;
  try {
    const baseline = parseScenarioFile(
      scenarioText('baseline'),
      'scenarios/baseline.json',
    ) as BaselineScenarioFile;
    const start = resolveScenario(baseline);
    const targets = withStartConsistency(
      parseCalibrationTargets(targetsText, TARGETS_NAME),
      start.params,
      start.startDate,
    );
    const backtest = parseScenarioFile(scenarioText('backtest-2019'), 'scenarios/backtest-2019.json');
    const scenario =
      backtest.kind === 'baseline'
        ? resolveScenario(backtest)
        : resolveScenario(backtest as ReformScenarioFile, baseline);
    const years = backtestYears(targets, Number(scenario.startDate.slice(0, 4)));
    const runOptions = { ...options, years };
    let reported = -1;
    const result = runExperiment(scenario, runOptions, (progress) => {
      if (progress.done - reported >= PROGRESS_STEP) {
        reported = progress.done;
        post({ type: 'backtest-progress', runId, done: progress.done });
      }
    });
    const report = calibrationReport(scenario, runOptions, targets, result.replications, TARGETS_NAME);
    post({ type: 'backtest-done', runId, report });
  } catch (error) {
    post({ type: 'backtest-error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}
