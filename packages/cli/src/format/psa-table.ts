/**
 * A probabilistic sensitivity analysis as a terminal table: what was drawn and run; per
 * scenario the distribution of the result over draws (mean and the 2.5–97.5% range), the
 * probability the reform is better and its mean change in public spending and unmet need; then
 * per reform the ten parameters whose draws go most with its effect; and what the numbers can
 * and cannot say (simulation noise, the number of draws).
 */
import {
  type Estimate,
  figureKind,
  type PsaAnalysis,
  type PsaInfluence,
  type PsaSpread,
  roundingFor,
  UNMET_NEED_METRIC,
  writeFigure,
} from '@send-sim/sim-core';
import { describeRun } from './meta.js';
import { formatMillions, formatShare } from './numbers.js';
import { LINE_WIDTH, parameterValue, resultFormat } from './one-way.js';
import { renderTable, wrap } from './table.js';

/** Parameters shown per scenario (JSON and CSV list every one). */
export const TOP_PARAMETERS = 10;

/** The table for `a`; `baselinePath` names the file whose ranges were drawn. */
export function psaTable(a: PsaAnalysis, baselinePath: string): string {
  const meta = a.baseline;
  const levelFormat = resultFormat(a.measure, meta, 'level');
  const kind = figureKind(a.measure.id, meta.scale);
  const figure = (n: number, like: PsaSpread, change: boolean) =>
    Number.isFinite(n)
      ? writeFigure(n, roundingFor(asEstimate(like), kind.quantity, kind.weight), { change })
      : '–';
  const range = (s: PsaSpread, change: boolean) =>
    s.draws === 0 ? '–' : `${figure(s.lo, s, change)} to ${figure(s.hi, s, change)}`;
  // Child-years avoided are rounded as the unmet-need metric is, whatever metric the analysis explains.
  const unmetKind = figureKind(UNMET_NEED_METRIC, meta.scale);
  const unmetFigure = (s: PsaSpread) =>
    Number.isFinite(s.mean)
      ? writeFigure(s.mean, roundingFor(asEstimate(s), unmetKind.quantity, unmetKind.weight))
      : '–';
  const triangular = a.parameters.filter((p) => p.distribution === 'triangular').length;
  const out: string[] = [
    ...wrap(
      `Probabilistic sensitivity analysis of: ${a.measure.label} [${a.measure.id}], ${levelFormat.unit}.`,
      LINE_WIDTH,
    ),
    `Baseline: ${meta.scenarioName} [${meta.scenario}]`,
    ...a.reforms.map(
      (r, i) =>
        `Reform${a.reforms.length > 1 ? ` ${i + 1}` : ''}: ${r.reform.scenarioName} [${r.reform.scenario}]`,
    ),
    describeRun(meta),
    ...wrap(
      `Draws: ${a.draws}, a Latin hypercube of the ${a.parameters.length} parameters with a plausible range in ${baselinePath} (${triangular === 0 ? 'each uniform over its range' : `uniform over the range, ${triangular} triangular with the mode at the file's value`}), ${a.correlations.length === 0 ? 'drawn independently (the file lists no rank correlations)' : `with the file's ${a.correlations.length} rank correlation${a.correlations.length === 1 ? '' : 's'} induced (Iman–Conover)`}; ${a.held.length} held at their values (no range, or shares that must sum to 1: the JSON lists them and why).`,
      LINE_WIDTH,
    ),
    ...wrap(
      `Each draw runs the baseline with the drawn values${a.reforms.length === 0 ? '' : ' and each reform re-resolved on it'}, all with the same seed (common random numbers); a draw's result is the mean of its ${meta.reps} replication${meta.reps === 1 ? '' : 's'}${a.reforms.length === 0 ? '' : ', a change paired replication by replication'}.`,
      LINE_WIDTH,
    ),
    '',
  ];
  const withReforms = a.reforms.length > 0;
  const level = [
    `${meta.scenario} (level)`,
    figure(a.level.spread.mean, a.level.spread, false),
    range(a.level.spread, false),
  ];
  const summary = renderTable(
    [
      { header: 'Scenario' },
      { header: 'Mean over draws', align: 'right' },
      { header: '2.5% to 97.5% of draws', align: 'right' },
      // A reform's columns only: a level alone has no direction, cost or unmet need avoided.
      ...(withReforms
        ? [
            { header: 'P(better)', align: 'right' as const },
            { header: 'Public £m (mean)', align: 'right' as const },
            { header: 'Unmet avoided (mean)', align: 'right' as const },
          ]
        : []),
    ],
    [
      withReforms ? [...level, '', '', ''] : level,
      ...a.reforms.map((r) => [
        `${r.reform.scenario} (change)`,
        figure(r.effect.mean, r.effect, true),
        range(r.effect, true),
        `${formatShare(r.probabilityBetter)} of ${r.effect.draws}`,
        Number.isFinite(r.publicCost.mean) ? formatMillions(r.publicCost.mean, true) : '–',
        unmetFigure(r.unmetNeedAvoided),
      ]),
    ],
  );
  // Its notes follow a reform's table at once; a level alone goes straight on to its parameters.
  out.push(withReforms ? summary : summary.replace(/\n$/, ''));
  if (withReforms) {
    out.push(
      ...wrap(
        `P(better): the share of draws in which the reform moves ${a.measure.id} its good way (${a.measure.higherIsBetter ? 'up' : 'down'}). Public £m: the change in public spending over the run (£ million, reform − baseline); unmet avoided: child-years of unmet need avoided. Every draw's pair of them is in the JSON (reforms[].scatter) and the CSV (section draw): the cost-effectiveness plane.`,
        LINE_WIDTH,
      ),
    );
  }
  const influenceTable = (title: string, rows: readonly PsaInfluence[]) => {
    const byKey = new Map(a.parameters.map((p) => [p.key, p]));
    out.push(
      '',
      ...wrap(title, LINE_WIDTH),
      renderTable(
        [
          { header: 'Rank', align: 'right' },
          { header: 'Parameter' },
          { header: 'Spearman ρ', align: 'right' },
          { header: 'Drawn over' },
        ],
        rows.slice(0, TOP_PARAMETERS).map((row, i) => {
          const p = byKey.get(row.key)!;
          return [
            String(i + 1),
            row.key,
            Number.isFinite(row.spearman) ? row.spearman.toFixed(2) : '–',
            `${parameterValue(p.low)} to ${parameterValue(p.high)} ${p.unit}${p.distribution === 'triangular' ? `, triangular, mode ${parameterValue(p.value)}` : ''}`,
          ];
        }),
      ),
    );
  };
  if (a.reforms.length === 0) {
    influenceTable(
      `Parameters whose uncertainty matters most for the level (top ${TOP_PARAMETERS} of ${a.parameters.length}, by |Spearman's rank correlation| of their draws with the result):`,
      a.level.influence,
    );
  }
  for (const r of a.reforms) {
    influenceTable(
      `Parameters whose uncertainty matters most for ${r.reform.scenario}'s effect (top ${TOP_PARAMETERS} of ${a.parameters.length}, by |Spearman's rank correlation| of their draws with the effect):`,
      r.influence,
    );
  }
  const noise = 2 / Math.sqrt(a.draws);
  out.push(
    ...wrap(
      `Read with care: the range over draws mixes the parameters' uncertainty with simulation noise, because each draw's result is the mean of only ${meta.reps} replication${meta.reps === 1 ? '' : 's'}; it is the parameters' alone only when replications are enough for each draw's interval to be small beside the range (sendsim compare shows that interval at the baseline's values). With ${a.draws} draws the 2.5% and 97.5% ends rest on few draws, and a rank correlation below about ${noise.toFixed(2)} (2/√draws) in size is not distinguishable from none. The ranges are the baseline file's plausible ranges, not measured uncertainty.`,
      LINE_WIDTH,
    ),
  );
  return `${out.join('\n')}\n`;
}

/**
 * What the precision rule should round a spread's figures by: its mean is uncertain by about the
 * range ÷ √draws (the range is about ±2 standard deviations of the draws, and the mean's 95%
 * interval about ±2 of their standard errors), so the figures carry the digits that mean has,
 * not the far fewer the whole range would allow (a mean of −4,152 within −20,000 to 0 is
 * −4,200, not 0).
 */
function asEstimate(s: PsaSpread): Estimate {
  const half = (s.hi - s.lo) / 2 / Math.sqrt(Math.max(s.draws, 1));
  return { mean: s.mean, lo: s.mean - half, hi: s.mean + half };
}
