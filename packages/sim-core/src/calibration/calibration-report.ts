/**
 * The calibration backtest's verdict: every published target against the model's value over
 * replications, pass or miss against the target's tolerance. Targets the model cannot produce,
 * or that fall outside the run, are listed as not evaluated with the reason, never dropped.
 */
import type { ReplicationResult, RunOptions } from '../experiment/experiment-types.js';
import { runMeta } from '../experiment/run-experiment.js';
import { estimate } from '../experiment/statistics.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import type {
  CalibrationReport,
  CalibrationRow,
  CalibrationTally,
  CalibrationTarget,
} from './calibration-types.js';
import { reachesYear } from './holdout.js';
import { lastMonth, periodSpan } from './periods.js';
import { isStartConsistency } from './start-consistency.js';
import { financialYearOfPeriod, measureTarget, TARGET_CAVEATS, TARGET_MEASURES } from './target-measures.js';

/** Whole years a backtest from `startYear` must run to cover every target at or after its start. */
export function backtestYears(targets: readonly CalibrationTarget[], startYear: number): number {
  let last = 12;
  for (const t of targets) {
    const span = periodSpan(t.period, startYear);
    if (typeof span !== 'string' && (span.kind === 'snapshot' ? span.month : span.from) >= 0) {
      last = Math.max(last, lastMonth(span));
    }
  }
  return Math.ceil(last / 12);
}

/**
 * Judge every target against the replications of a backtest run of `scenario`; with
 * `heldOutFrom`, mark the targets a forecasting self-test kept from its fit and tally them apart.
 */
export function calibrationReport(
  scenario: ResolvedScenario,
  options: RunOptions,
  targets: readonly CalibrationTarget[],
  replications: readonly ReplicationResult[],
  targetsFile: string,
  heldOutFrom?: number,
): CalibrationReport {
  const startYear = Number(scenario.startDate.slice(0, 4));
  const months = options.years * 12;
  const start = `January ${startYear}`;
  const rows: CalibrationRow[] = targets.map((target) => {
    const heldOut = heldOutFrom !== undefined && reachesYear(target.period, heldOutFrom);
    const notEvaluated = (note: string): CalibrationRow => ({
      target,
      model: null,
      error: null,
      score: null,
      allowed: null,
      standardError: null,
      status: 'not evaluated',
      note,
      heldOut,
    });
    const span = periodSpan(target.period, startYear);
    if (typeof span === 'string') return notEvaluated(`unreadable period: expected ${span}`);
    const first = span.kind === 'snapshot' ? span.month : span.from;
    if (first < 0) return notEvaluated(`before the backtest starts (${start})`);
    if (lastMonth(span) > months)
      return notEvaluated(`after the backtest ends (${options.years} years from ${start})`);
    const measure = TARGET_MEASURES[target.metric];
    if (measure === undefined) return notEvaluated('no model measure for this statistic yet');
    if (measure.kind === 'notModelled') return notEvaluated(`not modelled: ${measure.reason}`);
    const fy = financialYearOfPeriod(target.period);
    const values = replications.map((r) => measureTarget(measure, span, r, scenario.params, fy));
    if (values.some((v) => v === null)) return notEvaluated('the model produced no value for this period');
    const model = estimate(
      values as number[],
      measure.kind === 'ratio' && measure.atMostOne ? 'share' : 'nonNegative',
    );
    const standardError = standardErrorOf(values as number[]);
    const error = model.mean - target.value;
    const allowed =
      target.toleranceIsAbsolute === true ? target.tolerance : target.tolerance * Math.abs(target.value);
    const score = Math.abs(error) / allowed;
    return {
      target,
      model,
      error,
      score,
      allowed,
      standardError,
      status: score <= 1 ? 'pass' : 'miss',
      note: [measureNote(measure.kind), TARGET_CAVEATS[target.metric] ?? '']
        .filter((n) => n !== '')
        .join('; '),
      heldOut,
    };
  });
  const published = rows.filter((r) => !isStartConsistency(r.target));
  const consistency = rows.filter((r) => isStartConsistency(r.target));
  const { evaluated, passed } = tally(published);
  const stocks = rows.filter((r) => r.target.metric === 'ehcp_stock_all_ages');
  return {
    meta: { ...runMeta(scenario, options), targetsFile },
    rows,
    summary: {
      targets: published.length,
      evaluated,
      passed,
      shareOfAll: published.length === 0 ? 0 : passed / published.length,
      shareOfEvaluated: evaluated === 0 ? 0 : passed / evaluated,
      ehcpStocksAllPass: stocks.length > 0 && stocks.every((r) => r.status === 'pass'),
      ...(consistency.length === 0 ? {} : { startConsistency: tally(consistency) }),
      ...(heldOutFrom === undefined
        ? {}
        : {
            holdout: {
              from: heldOutFrom,
              fitted: tally(published.filter((r) => !r.heldOut)),
              heldOut: tally(published.filter((r) => r.heldOut)),
            },
          }),
    },
  };
}

function tally(rows: readonly CalibrationRow[]): CalibrationTally {
  return {
    targets: rows.length,
    evaluated: rows.filter((r) => r.status !== 'not evaluated').length,
    passed: rows.filter((r) => r.status === 'pass').length,
  };
}

/** Standard error of the mean of `values` (0 for one value). */
function standardErrorOf(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const ss = values.reduce((a, v) => a + (v - mean) * (v - mean), 0);
  return Math.sqrt(ss / (n - 1) / n);
}

function measureNote(kind: string): string {
  switch (kind) {
    case 'unitCost':
      return 'an input: the unit cost parameter in the period’s cash prices';
    case 'spend':
      return 'mean stock in the year × unit cost, in the period’s cash prices';
    default:
      return '';
  }
}
