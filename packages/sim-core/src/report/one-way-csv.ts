/**
 * One-way analyses as CSV: a sensitivity analysis (the same file from `sendsim sensitivity
 * --format csv` and the web app's "What drives this result?" download) and a sweep
 * (`sendsim sweep --format csv`).
 */
import type { SensitivityAnalysis } from '../experiment/sensitivity.js';
import type { SweepAnalysis } from '../experiment/sweep.js';
import { toCsv } from './results-csv.js';

/** One row per parameter (varied ones by swing, then skipped ones with the reason). */
export function sensitivityCsv(a: SensitivityAnalysis): string {
  const header = [
    'metric',
    'result',
    'baseline',
    'reform',
    'parameter',
    'unit',
    'evidence',
    'value',
    'low',
    'high',
    'at_low_mean',
    'at_low_lo',
    'at_low_hi',
    'at_high_mean',
    'at_high_lo',
    'at_high_hi',
    'swing',
    'central_mean',
    'central_lo',
    'central_hi',
    'reform_overrides',
    'skipped_because',
  ];
  const common = [a.measure.id, a.result, a.baseline.scenario, a.reform?.scenario];
  const central = [a.central.mean, a.central.lo, a.central.hi];
  const rows = [
    ...a.rows.map((r) => [
      ...common,
      r.key,
      r.unit,
      r.evidence,
      r.value,
      r.low,
      r.high,
      r.atLow.mean,
      r.atLow.lo,
      r.atLow.hi,
      r.atHigh.mean,
      r.atHigh.lo,
      r.atHigh.hi,
      r.swing,
      ...central,
      r.reformOverrides,
      undefined,
    ]),
    ...a.skipped.map((s) => [
      ...common,
      s.key,
      ...new Array<undefined>(header.length - common.length - 2).fill(undefined),
      s.reason,
    ]),
  ];
  return toCsv(header, rows);
}

/** One row per value, in the order given. */
export function sweepCsv(a: SweepAnalysis): string {
  const header = [
    'metric',
    'result',
    'baseline',
    'reform',
    'parameter',
    'unit',
    'value',
    'at_baseline',
    'outside_range',
    'mean',
    'lo',
    'hi',
  ];
  const p = a.parameter;
  const rows = a.rows.map((r) => [
    a.measure.id,
    a.result,
    a.baseline.scenario,
    a.reform?.scenario,
    p.key,
    p.unit,
    r.value,
    r.atBaseline,
    r.outsideRange,
    r.result.mean,
    r.result.lo,
    r.result.hi,
  ]);
  return toCsv(header, rows);
}
