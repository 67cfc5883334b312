/**
 * `<pathway-flows>`: where children go, identification → support → assessment → plan →
 * redress, in the baseline and under one reform, from the comparison already computed (each
 * measure's baseline and reform means and the paired change with its 95% interval). One small
 * Chart.js bar chart per stage, each on its own scale (new needs run to hundreds of
 * thousands, appeals to thousands), then every number in a table. The reform's bars are
 * striped as well as coloured, so the two can be told apart without colour (one key in HTML
 * above the charts, so it wraps on a phone), and each chart's tooltip gives the change with
 * its interval, never the change alone.
 */
import type { Comparison, PairedDifference } from '@send-sim/sim-core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { css, html, LitElement, nothing, unsafeCSS } from 'lit';
import {
  figureTableStyles,
  ruledTableStyles,
  sharedStyles,
  stackedTableStyles,
  tableStyles,
} from '../app/shared-styles.js';
import { ChartController } from '../charts/chart-controller.js';
import { stripes } from '../charts/chart-patterns.js';
import { formatChangeWithInterval, formatNumber, formatPair } from '../text/format.js';
import { PATHWAY_CAVEAT, PATHWAY_STAGES, type PathwayStage } from './pathway-stages.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BASELINE_COLOUR = '#505a5f';
const REFORM_COLOUR = '#1d70b8';

export class PathwayFlows extends LitElement {
  static override properties = {
    comparison: { attribute: false },
    period: { type: String },
  };

  declare comparison: Comparison | undefined;
  /** The years covered, e.g. `2023–2032`. */
  declare period: string;

  /** A chart per stage, drawn afresh after each update. */
  readonly charts = new ChartController<Chart<'bar'>>(this, { create: () => this.create() });

  constructor() {
    super();
    this.comparison = undefined;
    this.period = '';
  }

  static override styles = [
    sharedStyles,
    tableStyles,
    ruledTableStyles,
    figureTableStyles,
    css`
      :host {
        display: block;
      }
      .stages {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(21rem, 100%), 1fr));
        gap: 0.75rem;
      }
      figure {
        margin: 0;
        border: 1px solid #b1b4b6;
        border-radius: 4px;
        padding: 0.5rem 0.75rem;
      }
      figcaption {
        font-weight: 700;
      }
      .frame {
        position: relative;
      }
      .missing {
        font-size: 0.85rem;
        color: #505a5f;
        margin: 0.3rem 0 0;
      }
      .caveat {
        font-size: 0.9rem;
        color: #505a5f;
        max-width: 56rem;
      }
      /*
       * The key in HTML, once for every chart: Chart.js draws its legend on the canvas, where
       * a long reform name was cut off mid-word at the chart's edge; here it wraps.
       */
      .key {
        list-style: none;
        margin: 0 0 0.6rem;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.5rem;
      }
      .key li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .swatch {
        flex: none;
        width: 1.5rem;
        height: 0.9rem;
        box-sizing: border-box;
        border: 1px solid ${unsafeCSS(BASELINE_COLOUR)};
        background: ${unsafeCSS(BASELINE_COLOUR)};
        forced-color-adjust: none;
      }
      .swatch.striped {
        border: 2px solid ${unsafeCSS(REFORM_COLOUR)};
        background: repeating-linear-gradient(
          135deg,
          ${unsafeCSS(REFORM_COLOUR)} 0 2px,
          #d2e2f1 2px 6px
        );
      }
      table {
        margin-top: 0.75rem;
      }
      th,
      td {
        padding: 0.3rem 0.6rem;
      }
      th[scope='rowgroup'] {
        text-align: left;
        padding-top: 0.7rem;
        border-bottom: 2px solid #0b0c0c;
      }
      /* With room to spare, a change and its interval on one line (a long reform name in the
         column head would otherwise take the room and wrap every interval). */
      @media screen and (min-width: 60rem) {
        td.change {
          white-space: nowrap;
        }
      }
    `,
    stackedTableStyles,
  ];

  override render() {
    const comparison = this.comparison;
    if (comparison === undefined) return nothing;
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    const reformName = comparison.reform.scenarioName;
    const scale = comparison.reform.scale;
    return html`
      <p class="caveat">${PATHWAY_CAVEAT}</p>
      <ul class="key" id="pathway-key" aria-label="Key to the bar charts">
        <li><span class="swatch" aria-hidden="true"></span>Baseline (plain grey bars)</li>
        <li><span class="swatch striped" aria-hidden="true"></span>${reformName} (striped blue bars)</li>
      </ul>
      <div class="stages">
        ${PATHWAY_STAGES.map(
          (stage) => html`<figure data-stage=${stage.id}>
            <figcaption>${stage.title}</figcaption>
            <div class="frame" style="height: ${5 + Math.max(stage.measures.length, 2) * 3}rem">
              <canvas role="img" aria-label=${this.describe(stage, byMetric, reformName)}></canvas>
            </div>
            ${stage.notMeasured === '' ? nothing : html`<p class="missing">Not counted: ${stage.notMeasured}</p>`}
          </figure>`,
        )}
      </div>
      <table id="pathway-table">
        <caption>
          Pathway flows over ${this.period}: events counted over the run, weighted to England (mean of
          ${comparison.reform.reps} replications), and the paired change with its 95% interval
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Baseline</th>
            <th scope="col">${reformName}</th>
            <th scope="col">Change (reform − baseline)</th>
          </tr>
        </thead>
        ${PATHWAY_STAGES.map(
          (stage) => html`<tbody data-stage=${stage.id}>
            <tr>
              <th scope="rowgroup" colspan="4">${stage.title}</th>
            </tr>
            ${stage.measures.map((m) => {
              const d = byMetric.get(m.id);
              if (d === undefined) return nothing;
              return html`<tr
                data-metric=${m.id}
                data-baseline-mean=${String(d.baseline.mean)}
                data-reform-mean=${String(d.reform.mean)}
                data-change-mean=${String(d.difference.mean)}
                data-change-lo=${String(d.difference.lo)}
                data-change-hi=${String(d.difference.hi)}
              >
                <th scope="row">${m.label}</th>
                <td data-label="Baseline">${formatPair('flow', d.baseline, d.reform, scale)[0]}</td>
                <td data-label=${reformName}>${formatPair('flow', d.baseline, d.reform, scale)[1]}</td>
                <td class="change" data-label="Change">${formatChangeWithInterval('flow', d.difference, scale)}</td>
              </tr>`;
            })}
          </tbody>`,
        )}
      </table>
    `;
  }

  /** The chart's text alternative: every bar's value and each change with its interval. */
  private describe(stage: PathwayStage, byMetric: Map<string, PairedDifference>, reformName: string): string {
    const scale = this.comparison?.reform.scale ?? 1;
    const parts = stage.measures.map((m) => {
      const d = byMetric.get(m.id);
      if (d === undefined) return `${m.label}: not available`;
      const [baseline, reform] = formatPair('flow', d.baseline, d.reform, scale);
      return `${m.label}: baseline ${baseline}, ${reformName} ${reform}, change ${formatChangeWithInterval('flow', d.difference, scale)}`;
    });
    return `${stage.title}, bar chart (baseline plain grey, reform striped blue). ${parts.join('. ')}.`;
  }

  /** Draw a chart per stage on the canvases rendered (none without a comparison). */
  private create(): Chart<'bar'>[] {
    const charts: Chart<'bar'>[] = [];
    const comparison = this.comparison;
    if (comparison === undefined) return charts;
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    const canvases = this.renderRoot.querySelectorAll('canvas');
    const pattern = stripes(REFORM_COLOUR);
    PATHWAY_STAGES.forEach((stage, i) => {
      const canvas = canvases[i];
      if (canvas === undefined) return;
      const rows = stage.measures.map((m) => ({ m, d: byMetric.get(m.id) }));
      charts.push(
        new Chart(canvas, {
          type: 'bar',
          data: {
            labels: rows.map(({ m }) => wrap(m.label, 24)),
            datasets: [
              {
                label: 'Baseline',
                data: rows.map(({ d }) => d?.baseline.mean ?? 0),
                backgroundColor: BASELINE_COLOUR,
                borderColor: BASELINE_COLOUR,
                borderWidth: 1,
              },
              {
                label: comparison.reform.scenarioName,
                data: rows.map(({ d }) => d?.reform.mean ?? 0),
                backgroundColor: pattern,
                borderColor: REFORM_COLOUR,
                borderWidth: 2,
              },
            ],
          },
          options: {
            indexAxis: 'y',
            animation: false,
            maintainAspectRatio: false,
            plugins: {
              // The key is in the page (above the charts), where long names wrap.
              legend: { display: false },
              tooltip: {
                callbacks: {
                  label: (item) => {
                    const d = rows[item.dataIndex]?.d;
                    const pair =
                      d === undefined
                        ? undefined
                        : formatPair('flow', d.baseline, d.reform, comparison.reform.scale);
                    return `${item.dataset.label}: ${pair?.[item.datasetIndex === 0 ? 0 : 1] ?? '–'}`;
                  },
                  footer: (items) => {
                    const d = rows[items[0]?.dataIndex ?? -1]?.d;
                    return d === undefined
                      ? ''
                      : `Change: ${formatChangeWithInterval('flow', d.difference, comparison.reform.scale)}`;
                  },
                },
              },
            },
            scales: {
              x: { beginAtZero: true, ticks: { maxRotation: 0, callback: (v) => compact(Number(v)) } },
              y: { ticks: { autoSkip: false } },
            },
          },
        }),
      );
    });
    return charts;
  }
}

/** Axis ticks short enough not to collide: `250k`, `1.5m`; the exact numbers are in the table. */
function compact(n: number): string {
  const [unit, suffix] = Math.abs(n) >= 1e6 ? [1e6, 'm'] : Math.abs(n) >= 1e3 ? [1e3, 'k'] : [1, ''];
  const scaled = n / unit;
  return `${formatNumber(scaled, Number.isInteger(scaled) ? 0 : 1)}${suffix}`;
}

/** A label in lines of about `width` characters: long labels would squeeze the bars. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

customElements.define('pathway-flows', PathwayFlows);

declare global {
  interface HTMLElementTagNameMap {
    'pathway-flows': PathwayFlows;
  }
}
