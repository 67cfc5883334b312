/**
 * What the tornado (sensitivity) and sweep tables share: the heading (what was measured, in
 * which scenarios, with which run), how the measured result is written (value or change, its
 * unit over the run's period), a result with its 95% interval (± its half-width for a change,
 * from–to for a level, whose interval respects its bounds so is not symmetric), and parameter
 * values as in the file.
 */
import {
  type Estimate,
  PRICE_BASE,
  type RunMeasure,
  type RunMeta,
  type ValueBounds,
} from '@send-sim/sim-core';
import { formatMetricChange, formatMetricValue } from './labels.js';
import { describeRun } from './meta.js';
import { formatMillions, formatNumber } from './numbers.js';
import { wrap } from './table.js';

/** Lines fit a 100-column terminal. */
export const LINE_WIDTH = 100;

/** What both analyses carry: the measure, the scenarios' run metadata and the kind of result. */
export interface OneWayAnalysis {
  readonly measure: RunMeasure;
  readonly result: 'level' | 'difference';
  readonly baseline: RunMeta;
  readonly reform?: RunMeta;
}

/** The opening lines: `title` of the measure and its unit, the scenarios, the run and what each result is. */
export function oneWayHeading(title: string, a: OneWayAnalysis, unit: string): string[] {
  const meta = a.baseline;
  return [
    ...wrap(`${title}: ${a.measure.label} [${a.measure.id}], ${unit}.`, LINE_WIDTH),
    ...(a.reform === undefined
      ? [`Scenario: ${meta.scenarioName} [${meta.scenario}]`]
      : [
          `Reform:   ${a.reform.scenarioName} [${a.reform.scenario}]`,
          `Baseline: ${meta.scenarioName} [${meta.scenario}]`,
        ]),
    describeRun(meta),
    ...wrap(resultSentence(meta, a.result, a.measure.bounds), LINE_WIDTH),
  ];
}

/** How the result of `measure` over the run of `meta` is written, and its unit in words. */
export interface ResultFormat {
  /** A level (`level`) or a change reform − baseline (`difference`). */
  readonly fmt: (n: number) => string;
  /** The result with its 95% interval (no interval from one replication). */
  readonly withInterval: (e: Estimate) => string;
  /** Whether intervals are written mean ± half-width (changes, signed levels), else mean (lo–hi). */
  readonly symmetric: boolean;
  readonly unit: string;
}

export function resultFormat(
  measure: RunMeasure,
  meta: RunMeta,
  result: 'level' | 'difference',
): ResultFormat {
  const first = Number(meta.startDate.slice(0, 4));
  const last = first + meta.years - 1;
  const { value, change, unit } = formatsFor(measure.kind, `${first}–${last}`, last + 1);
  const fmt = result === 'level' ? value : change;
  // A change's interval is symmetric (mean ± half); a level's respects its bounds, so is not.
  const symmetric = result === 'difference' || measure.bounds === 'signed';
  const withInterval = (e: Estimate) => {
    if (meta.reps === 1) return fmt(e.mean);
    return symmetric
      ? `${fmt(e.mean)} ± ${unsigned(fmt((e.hi - e.lo) / 2))}`
      : `${fmt(e.mean)} (${fmt(e.lo)}–${fmt(e.hi)})`;
  };
  return { fmt, withInterval, symmetric, unit };
}

/** "Result: …": what each number in the table is. */
function resultSentence(meta: RunMeta, result: 'level' | 'difference', bounds: ValueBounds): string {
  const reps =
    meta.reps === 1
      ? 'from one replication: no interval'
      : result === 'difference' || bounds === 'signed'
        ? `mean of ${meta.reps} replications ± the half-width of its 95% interval`
        : `mean of ${meta.reps} replications (low–high end of its 95% interval, which never goes below zero${bounds === 'share' ? ' or above 100%' : ''})`;
  return result === 'level'
    ? `Result: the metric in the scenario, national figures (weighted back from the sample), ${reps}.`
    : `Result: the change reform − baseline, paired replication by replication (same children, same chance events), ${reps}; the reform is re-resolved on each changed baseline.`;
}

/** How values and changes of this measure are written, and its unit in words. */
function formatsFor(
  kind: RunMeasure['kind'],
  period: string,
  endYear: number,
): { value: (n: number) => string; change: (n: number) => string; unit: string } {
  if (kind === 'cost') {
    return {
      value: (n) => formatMillions(n),
      change: (n) => formatMillions(n, true),
      unit: `£ million over ${period} at ${PRICE_BASE} prices`,
    };
  }
  const unit = {
    stock: `count in January ${endYear} (the end of the run)`,
    flow: `total over ${period}`,
    childYears: `child-years over ${period}`,
    share: `per cent over ${period} (changes in percentage points)`,
    meanDays: `days, mean of the yearly mean waits over ${period}`,
  }[kind];
  return { value: (n) => formatMetricValue(kind, n), change: (n) => formatMetricChange(kind, n), unit };
}

/** A formatted number without its sign. */
export function unsigned(text: string): string {
  return text.replace(/^[+-]/, '');
}

/** A parameter value as written in the scenario file, with thousands separators. */
export function parameterValue(n: number): string {
  return Number.isInteger(n) ? formatNumber(n) : String(n);
}
