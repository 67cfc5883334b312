/**
 * `<series-chart>`: one outcome over the years (a metric, or spending by a payer: who pays, year
 * by year) for the baseline and each reform, each as its
 * mean line with the 95% band between replications as a filled area. Lines differ in dash
 * pattern as well as colour, and a visually hidden table gives the same numbers to screen
 * readers (and to anyone who wants them without the picture).
 */
import {
  CategoryScale,
  Chart,
  type ChartData,
  type ChartDataset,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { css, html, LitElement } from 'lit';
import { fitStyles, sharedStyles } from '../app/shared-styles.js';
import { formatEstimateParts } from '../text/format.js';
import type { ExperimentSummary } from '../worker/worker-protocol.js';
import { ChartController } from './chart-controller.js';
import { downloadChartPng } from './chart-image.js';
import { CHART_OUTCOMES, type ChartOutcome, type OutcomePoint, pricedLabel } from './chart-outcomes.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
);

/** Line styles: colour and dash together, so lines can be told apart without colour. */
const STYLES = [
  { color: '#0b0c0c', dash: [] as number[], name: 'solid line' },
  { color: '#1d70b8', dash: [8, 4], name: 'dashed line' },
  { color: '#d4351c', dash: [2, 3], name: 'dotted line' },
  { color: '#4c2c92', dash: [10, 3, 2, 3], name: 'dash-dot line' },
];

interface Line {
  readonly label: string;
  readonly points: readonly OutcomePoint[];
}

export class SeriesChart extends LitElement {
  static override properties = {
    baseline: { attribute: false },
    reforms: { attribute: false },
    metric: { type: String },
    compact: { type: Boolean, reflect: true },
  };

  declare baseline: ExperimentSummary | undefined;
  declare reforms: readonly ExperimentSummary[];
  declare metric: string;
  /** A fixed-size chart without its controls, for the printed briefing. */
  declare compact: boolean;

  private readonly charts = new ChartController<Chart<'line'>>(this, {
    create: () => this.create(),
    update: ([chart]) => this.refresh(chart!),
  });

  constructor() {
    super();
    this.baseline = undefined;
    this.reforms = [];
    this.metric = 'ehcp_stock_all_ages';
    this.compact = false;
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    css`
      :host {
        display: block;
        /* The visually hidden table is placed inside the chart, not at the page's edge. */
        position: relative;
      }
      label {
        font-weight: 600;
        display: inline-flex;
        flex-wrap: wrap;
        max-width: 100%;
        gap: 0.25rem 0.5rem;
        align-items: center;
      }
      select {
        font: inherit;
        padding: 0.2rem;
        /* As wide as its longest outcome (about 950 px) unless held to a readable width. */
        max-width: min(100%, 32rem);
      }
      .frame {
        position: relative;
        height: 20rem;
        margin-top: 0.5rem;
      }
      .note {
        font-size: 0.9rem;
        color: #505a5f;
      }
      .png {
        font: inherit;
        margin-left: 1rem;
        padding: 0.3rem 0.7rem;
        border: 2px solid #0b0c0c;
        border-radius: 4px;
        background: #f3f2f1;
        cursor: pointer;
      }
      /* The briefing's chart: same size on screen and paper, so it never resizes when printing. */
      :host([compact]) label,
      :host([compact]) .png {
        display: none;
      }
      :host([compact]) .frame {
        height: 4.8cm;
        margin-top: 0;
      }
      :host([compact]) .note {
        font-size: 6.5pt;
        margin: 1mm 0 0;
      }
      @media print {
        label,
        .png {
          display: none;
        }
      }
    `,
  ];

  private get definition(): ChartOutcome {
    return CHART_OUTCOMES.find((o) => o.id === this.metric) ?? CHART_OUTCOMES[0]!;
  }

  private lines(): Line[] {
    const all = this.baseline === undefined ? [] : [this.baseline, ...this.reforms];
    const outcome = this.definition;
    return all.map((result, i) => ({
      label: i === 0 ? `Baseline: ${result.meta.scenarioName}` : result.meta.scenarioName,
      points: outcome.points(result),
    }));
  }

  override render() {
    const outcome = this.definition;
    // Labels say which prices the results are in (2025/26 prices, or cash).
    const def = { ...outcome, label: pricedLabel(outcome.label, this.baseline?.meta.prices) };
    const lines = this.lines();
    const years = lines[0]?.points.map((p) => p.year) ?? [];
    const when = def.kind === 'stock' ? 'in January of each year' : 'in each calendar year';
    const description = `${def.label} ${when}: mean with 95% interval band, ${lines
      .map((l, i) => `${l.label} (${STYLES[i % STYLES.length]!.name})`)
      .join(', ')}.`;
    return html`
      <label
        >Outcome to chart
        <select @change=${this.onMetricChange} .value=${this.metric}>
          ${CHART_OUTCOMES.map(
            (o) =>
              html`<option value=${o.id} ?selected=${o.id === this.metric}>${pricedLabel(o.label, this.baseline?.meta.prices)}</option>`,
          )}
        </select>
      </label>
      <button type="button" class="png" @click=${this.onDownloadPng}>
        Download this chart (PNG)
      </button>
      <div class="frame">
        <canvas role="img" aria-label=${description}></canvas>
      </div>
      <p class="note">
        ${this.compact ? 'Lines: means; shaded bands: 95% intervals over replications.' : `Shaded bands: 95% interval over replications. ${description}`}
      </p>
      <div class="visually-hidden">
      <table>
        <caption>
          ${def.label} ${when} (mean, and 95% interval)
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            ${lines.map((l) => html`<th scope="col">${l.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (year, y) => html`<tr>
              <th scope="row">${year}</th>
              ${lines.map((l) => {
                const p = l.points[y];
                return html`<td>
                  ${
                    p === undefined
                      ? '–'
                      : interval(formatEstimateParts(def.kind, p, this.baseline?.meta.scale ?? 1))
                  }
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      </div>
    `;
  }

  private onMetricChange(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  /** The chart as a PNG on white, titled, with a caption that says how to reproduce it. */
  private onDownloadPng(): void {
    const chart = this.charts.chart;
    if (chart === undefined || this.baseline === undefined) return;
    downloadChartPng(chart, this.definition, [this.baseline, ...this.reforms]);
  }

  /** The chart's data and its y axis's title, for the outcome chosen. */
  private data(): { data: ChartData<'line'>; yTitle: string } {
    const def = { ...this.definition, label: pricedLabel(this.definition.label, this.baseline?.meta.prices) };
    const lines = this.lines();
    const labels = (lines[0]?.points ?? []).map((p) => String(p.year));
    // Shares as percentages, money in £ million (the axis label says so).
    const scale = def.kind === 'share' ? 100 : def.kind === 'money' ? 1e-6 : 1;
    const datasets: ChartDataset<'line'>[] = lines.flatMap((line, i) => {
      const style = STYLES[i % STYLES.length]!;
      const band = `${style.color}26`;
      return [
        {
          label: `${line.label} upper`,
          data: line.points.map((p) => p.hi * scale),
          borderWidth: 0,
          pointRadius: 0,
          fill: false,
        },
        {
          label: `${line.label} lower`,
          data: line.points.map((p) => p.lo * scale),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: band,
          fill: '-1',
        },
        {
          label: line.label,
          data: line.points.map((p) => p.mean * scale),
          borderColor: style.color,
          backgroundColor: style.color,
          borderDash: style.dash,
          borderWidth: 2,
          pointRadius: 2,
          fill: false,
        },
      ];
    });
    const yTitle = def.kind === 'share' ? `${def.label} (%)` : def.label;
    return { data: { labels, datasets }, yTitle };
  }

  /** Draw the chart on the canvas rendered (none before there is one). */
  private create(): Chart<'line'>[] {
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas === null) return [];
    const { data, yTitle } = this.data();
    // Print needs more pixels than a screen (a sharp line on paper) and smaller type.
    const font = this.compact ? { size: 10 } : {};
    if (this.compact) {
      // A fixed-size canvas: the briefing may be zoomed to fit its page, and a responsive
      // chart would measure the zoomed frame and shrink twice.
      canvas.width = canvas.parentElement?.clientWidth ?? canvas.width;
      canvas.height = canvas.parentElement?.clientHeight ?? canvas.height;
    }
    return [
      new Chart(canvas, {
        type: 'line',
        data,
        options: {
          animation: false,
          maintainAspectRatio: false,
          ...(this.compact ? { devicePixelRatio: 3, responsive: false } : {}),
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: {
              labels: {
                filter: (item) => !/ (upper|lower)$/.test(item.text),
                // A short line in each line's own dash pattern, not a filled box: the key must
                // tell the lines apart without colour, as the lines themselves do.
                usePointStyle: true,
                pointStyle: 'line',
                pointStyleWidth: 36,
                font,
                ...(this.compact ? { boxWidth: 24, padding: 6 } : {}),
              },
            },
            tooltip: {
              filter: (item) => !/ (upper|lower)$/.test(item.dataset.label ?? ''),
              callbacks: {
                // The mean and its interval rounded by the precision rule, as in the table below.
                label: (item) => {
                  const line = this.lines()[Math.floor(item.datasetIndex / 3)];
                  const p = line?.points[item.dataIndex];
                  const run = this.baseline?.meta.scale ?? 1;
                  return p === undefined
                    ? ''
                    : `${line!.label}: ${interval(formatEstimateParts(this.definition.kind, p, run))}`;
                },
              },
            },
          },
          scales: {
            x: { ticks: { font } },
            y: {
              ticks: { font },
              title: { display: true, font, text: yTitle },
            },
          },
        },
      }),
    ];
  }

  /** Give the chart already drawn the outcome now chosen, if its canvas is still rendered. */
  private refresh(chart: Chart<'line'>): void {
    if (this.renderRoot.querySelector('canvas') === null) return;
    const { data, yTitle } = this.data();
    chart.data = data;
    const y = chart.options.scales?.y;
    if (y !== undefined && 'title' in y && y.title !== undefined) {
      y.title.text = yTitle;
    }
    chart.update();
  }
}

/** A mean and its interval in a table cell: `882,000 (879,700 to 884,300)`, rounded alike. */
function interval(f: { mean: string; lo: string; hi: string }): string {
  return `${f.mean} (${f.lo} to ${f.hi})`;
}

customElements.define('series-chart', SeriesChart);

declare global {
  interface HTMLElementTagNameMap {
    'series-chart': SeriesChart;
  }
}
