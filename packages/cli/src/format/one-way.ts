/**
 * What the tornado (sensitivity) and sweep tables share: the heading (what was measured, in
 * which scenarios, with which run), how the measured result is written (value or change, its
 * unit over the run's period), a result with its 95% interval (± its half-width for a change,
 * from–to for a level, whose interval respects its bounds so is not symmetric), each rounded by
 * sim-core's precision rule as the web app writes it, and parameter values as in the file.
 */
import {
  type Estimate,
  figureKind,
  PRICE_BASE,
  type RunMeasure,
  type RunMeta,
  roundingFor,
  type ValueBounds,
  writeEstimate,
  writeFigure,
} from '@send-sim/sim-core';
import { describeRun } from './meta.js';
import { formatNumber } from './numbers.js';
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
  /** `n` (a level, or a change reform − baseline) rounded as estimate `like` is: a bar's end, a scale's end. */
  readonly fmt: (n: number, like: Estimate) => string;
  /** The result with its 95% interval (no interval from one replication). */
  readonly withInterval: (e: Estimate) => string;
  /** |high − low| without a sign, rounded to the coarser of the two ends' steps (no more precise than either). */
  readonly swing: (low: Estimate, high: Estimate, swing: number) => string;
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
  const unit = unitFor(measure.kind, `${first}–${last}`, last + 1);
  const kind = figureKind(measure.id, meta.scale);
  const options = { change: result === 'difference' };
  const fmt = (n: number, like: Estimate) =>
    writeFigure(n, roundingFor(like, kind.quantity, kind.weight), options);
  // A change's interval is symmetric (mean ± half); a level's respects its bounds, so is not.
  const symmetric = result === 'difference' || measure.bounds === 'signed';
  const withInterval = (e: Estimate) => {
    const w = writeEstimate(e, kind, options);
    if (meta.reps === 1) return w.mean;
    return symmetric
      ? `${w.mean} ± ${writeFigure((e.hi - e.lo) / 2, w.rounding, { magnitude: true })}`
      : `${w.mean} (${w.lo}–${w.hi})`;
  };
  const swing = (low: Estimate, high: Estimate, n: number) => {
    const [a, b] = [low, high].map((e) => roundingFor(e, kind.quantity, kind.weight));
    return writeFigure(n, a!.step >= b!.step ? a! : b!, { magnitude: true });
  };
  return { fmt, withInterval, swing, symmetric, unit };
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

/** The unit of this measure's results, in words. */
function unitFor(kind: RunMeasure['kind'], period: string, endYear: number): string {
  return {
    cost: `£ over ${period} at ${PRICE_BASE} prices`,
    stock: `count in January ${endYear} (the end of the run)`,
    flow: `total over ${period}`,
    childYears: `child-years over ${period}`,
    share: `per cent over ${period} (changes in percentage points)`,
    meanDays: `days, mean of the yearly mean waits over ${period}`,
  }[kind];
}

/**
 * A parameter value as written in the scenario file: whole numbers with thousands separators,
 * others to six significant figures (more than any file or `--values` gives, but not the digits
 * of a value derived for a local area: 43.57736943907157 FTE reads 43.5774).
 */
export function parameterValue(n: number): string {
  return Number.isInteger(n) ? formatNumber(n) : String(Number(n.toPrecision(6)));
}
