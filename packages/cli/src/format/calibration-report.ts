/**
 * `sendsim calibrate`'s report as a table and as CSV: each target's period, published value,
 * the model's value with its 95% interval (rounded by sim-core's precision rule, as the web app
 * writes it), tolerance and verdict, then the tallies (the self-test's split among them).
 */
import {
  type CalibrationReport,
  childWeight,
  type Estimate,
  quantityOfUnit,
  writeEstimate,
} from '@send-sim/sim-core';
import { toCsv } from './csv.js';
import { formatNumber } from './numbers.js';
import { renderTable, type TableRow } from './table.js';

export function reportTable(report: CalibrationReport): string {
  const { meta, summary } = report;
  const lines = [
    `Calibration backtest: ${meta.scenarioName} [${meta.scenario}], from ${meta.startDate} for ${meta.years} years`,
    `seed ${meta.seed}, ${meta.reps} replications, scale ${meta.scale}, model ${meta.modelVersion}; targets from ${meta.targetsFile}`,
    'Model: mean over replications with its 95% interval. Pass: |model − published| within the tolerance.',
    '',
  ];
  const rows: TableRow[] = report.rows.map((row) => {
    const t = row.target;
    const fmt = (x: number) => formatValue(x, t.unit);
    const tolerance =
      t.toleranceIsAbsolute === true ? `±${fmt(t.tolerance)}` : `±${Math.round(t.tolerance * 100)}%`;
    const model = row.model === null ? '–' : modelValue(row.model, t.unit, meta.scale, meta.reps);
    return [
      t.metric,
      t.period,
      fmt(t.value),
      model,
      tolerance,
      (row.status === 'not evaluated' ? `– ${row.note}` : row.status) + (row.heldOut ? ' (held out)' : ''),
    ];
  });
  lines.push(
    renderTable(
      [
        { header: 'Target' },
        { header: 'Period' },
        { header: 'Published', align: 'right' },
        { header: 'Model (95% interval)', align: 'right' },
        { header: 'Tolerance', align: 'right' },
        { header: 'Result' },
      ],
      rows,
    ),
    '',
    `Passed ${summary.passed} of ${summary.targets} targets (${pct(summary.shareOfAll)}); ${summary.passed} of the ${summary.evaluated} the backtest can evaluate (${pct(summary.shareOfEvaluated)}).`,
    `EHCP stock targets: ${summary.ehcpStocksAllPass ? 'all pass' : 'not all pass'}.`,
    ...(summary.startConsistency === undefined
      ? []
      : [
          `Start consistency (the 2019 backtest's January 2023 mix of plans by age and by complex need against the one the 2023 start assumes; not published targets): ${summary.startConsistency.passed} of ${summary.startConsistency.evaluated} pass.`,
        ]),
  );
  if (summary.holdout !== undefined) {
    const { from, fitted, heldOut } = summary.holdout;
    lines.push(
      `Fitted on the ${fitted.targets} targets wholly before ${from}: ${fitted.passed} of the ${fitted.evaluated} evaluated pass.`,
      `Held out the ${heldOut.targets} targets from ${from}: the projection hits ${heldOut.passed} of the ${heldOut.evaluated} evaluated (${pct(heldOut.evaluated === 0 ? 0 : heldOut.passed / heldOut.evaluated)}).`,
    );
  }
  const notes = report.rows.filter((r) => r.status !== 'not evaluated' && r.note !== '');
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const r of notes) lines.push(`  ${r.target.metric} ${r.target.period}: ${r.note}`);
  }
  return `${lines.join('\n')}\n`;
}

export function reportCsv(report: CalibrationReport): string {
  return toCsv(
    [
      'metric',
      'period',
      'published',
      'model_mean',
      'model_lo',
      'model_hi',
      'tolerance',
      'tolerance_is_absolute',
      'status',
      'held_out',
      'note',
    ],
    report.rows.map((r) => [
      r.target.metric,
      r.target.period,
      r.target.value,
      r.model?.mean ?? '',
      r.model?.lo ?? '',
      r.model?.hi ?? '',
      r.target.tolerance,
      r.target.toleranceIsAbsolute === true,
      r.status,
      r.heldOut,
      r.note,
    ]),
  );
}

/**
 * The model's value with its 95% interval, rounded by sim-core's precision rule (as the web
 * app's calibration check writes it): shares in per cent, £ as money, the rest as counts.
 */
export function modelValue(e: Estimate, unit: string, scale: number, reps: number): string {
  const w = writeEstimate(e, { quantity: quantityOfUnit(unit), weight: childWeight(scale) });
  return reps > 1 ? `${w.mean} (${w.lo} to ${w.hi})` : w.mean;
}

/** Shares as percentages, money and counts with separators (published values, as published). */
function formatValue(x: number, unit: string): string {
  if (unit.startsWith('share')) return `${(x * 100).toFixed(1)}%`;
  return formatNumber(x, Math.abs(x) < 100 && !Number.isInteger(x) ? 1 : 0);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}
