/**
 * A sweep as a terminal table: what was run and measured, the parameter with its baseline value,
 * plausible range and evidence, then one line per value (in the order given) with the result,
 * the half-width of its 95% interval and a text bar on one scale for all rows.
 */
import type { Estimate, SweepAnalysis } from '@send-sim/sim-core';
import { LINE_WIDTH, oneWayHeading, parameterValue, resultFormat } from './one-way.js';
import { renderTable, wrap } from './table.js';

const BAR_WIDTH = 20;

/**
 * The sweep for `a`; `baselinePath` names the file whose other values were kept, and `describe` is the command that lists each parameter's source or assumption (with `--area` for a
 * local area, whose values come from its file).
 */
export function sweepTable(a: SweepAnalysis, baselinePath: string, describe: string): string {
  const p = a.parameter;
  const { fmt, withInterval, unit } = resultFormat(a.measure, a.baseline, a.result);
  const out: string[] = [
    ...oneWayHeading('Sweep of', a, unit),
    ...wrap(
      `Parameter: ${p.key} (${p.unit}): baseline value ${parameterValue(p.value)}, plausible range ${parameterValue(p.range[0])} to ${parameterValue(p.range[1])}; ${p.evidence}: ${p.basis === '' ? 'not recorded' : p.basis}.`,
      LINE_WIDTH,
    ),
    ...wrap(
      `Each row sets ${p.key} to one value, with all other parameters at their values in ${baselinePath} and the same seed.${p.reformOverrides ? ' The reform sets this parameter itself, so only the baseline side of the change moves.' : ''}`,
      LINE_WIDTH,
    ),
    '',
  ];
  const results = a.rows.map((r) => r.result).filter((e) => Number.isFinite(e.mean));
  const lowest = results.reduce<Estimate | undefined>(
    (m, e) => (m === undefined || e.mean < m.mean ? e : m),
    undefined,
  );
  const highest = results.reduce<Estimate | undefined>(
    (m, e) => (m === undefined || e.mean > m.mean ? e : m),
    undefined,
  );
  const min = lowest?.mean ?? 0;
  const max = highest?.mean ?? 0;
  const bar = (mean: number) => {
    if (!Number.isFinite(mean)) return '';
    const filled =
      max === min ? BAR_WIDTH / 2 : 1 + Math.round(((mean - min) / (max - min)) * (BAR_WIDTH - 1));
    return `|${'#'.repeat(filled).padEnd(BAR_WIDTH)}|`;
  };
  const note = (r: SweepAnalysis['rows'][number]) =>
    [r.atBaseline ? 'baseline value' : '', r.outsideRange ? 'outside plausible range' : '']
      .filter((n) => n !== '')
      .join('; ');
  out.push(
    renderTable(
      [
        { header: `${p.key} (${p.unit})`, align: 'right' },
        { header: a.result === 'level' ? 'Result' : 'Change', align: 'right' },
        { header: 'Bar' },
        { header: 'Note' },
      ],
      a.rows.map((r) => [parameterValue(r.value), withInterval(r.result), bar(r.result.mean), note(r)]),
    ),
    ...wrap(
      `Bars share one scale, from ${lowest === undefined ? '–' : fmt(min, lowest)} (shortest) to ${highest === undefined ? '–' : fmt(max, highest)} (longest). Values outside the plausible range are legal but beyond what the baseline's evidence supports.`,
      LINE_WIDTH,
    ),
    '',
    ...wrap(
      `One parameter moves alone: the table does not show what happens when others move with it. Each parameter’s source or assumption: ${describe}.`,
      LINE_WIDTH,
    ),
  );
  return `${out.join('\n')}\n`;
}
