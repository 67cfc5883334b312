/**
 * `<tornado-chart>`: a one-way sensitivity analysis drawn as a tornado. One row per parameter,
 * largest swing at the top; each row is two floating bars from the central result (a solid
 * vertical line) to the result with that parameter at the low end of its range (plain grey) and
 * at the high end (striped blue), so which end is which never rests on colour alone. For a
 * reform a dashed line marks zero: bars that cross it are ends where the effect's sign may change.
 * Rows are labelled with what each assumption means (cut short: the table has it whole and its
 * key), not its key. The numbers, with their intervals, are in the panel's table; the canvas has
 * a text alternative.
 */
import type { SensitivityAnalysis } from '@send-sim/sim-core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { css, html, LitElement, nothing } from 'lit';
import { downloadUrl, exportName } from '../app/download.js';
import { ChartController } from '../charts/chart-controller.js';
import { chartPng } from '../charts/chart-image.js';
import { stripes } from '../charts/chart-patterns.js';
import { formatNumber } from '../text/format.js';
import {
  formatResult,
  formatResultWithInterval,
  outcomeKind,
  parameterMeaning,
  shortMeaning,
} from './sensitivity-words.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const LOW_COLOUR = '#505a5f';
const HIGH_COLOUR = '#1d70b8';

/** Vertical reference lines drawn over the bars: the central result (solid) and zero (dashed). */
interface ReferenceLines {
  readonly central: number;
  readonly zero: boolean;
}

const referenceLines: Plugin<'bar', ReferenceLines> = {
  id: 'referenceLines',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    if (x === undefined) return;
    const line = (value: number, dash: number[], colour: string) => {
      if (!Number.isFinite(value)) return;
      const px = x.getPixelForValue(value);
      if (px < chartArea.left || px > chartArea.right) return;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(dash);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    };
    if (options.zero) line(0, [6, 4], '#d4351c');
    line(options.central, [], '#0b0c0c');
  },
};

export class TornadoChart extends LitElement {
  static override properties = {
    analysis: { attribute: false },
  };

  declare analysis: SensitivityAnalysis | undefined;

  private readonly charts = new ChartController<Chart<'bar', [number, number][], string | string[]>>(this, {
    create: () => this.create(),
  });

  constructor() {
    super();
    this.analysis = undefined;
  }

  static override styles = css`
    :host {
      display: block;
    }
    .frame {
      position: relative;
    }
    .note {
      color: #505a5f;
      font-size: 0.9rem;
      margin: 0.25rem 0 0.75rem;
    }
  `;

  /** Shares are drawn as percentages and money in £ million (the axis title says so). */
  private get unitScale(): number {
    const kind = this.analysis === undefined ? 'flow' : outcomeKind(this.analysis);
    return kind === 'share' ? 100 : kind === 'money' ? 1e-6 : 1;
  }

  override render() {
    const a = this.analysis;
    if (a === undefined || a.rows.length === 0) return nothing;
    // Room for each row's two bars and a label of up to three lines, the axis, and a key that
    // wraps onto two or three lines on a phone.
    const height = `${Math.max(16, a.rows.length * 3.6 + 9)}rem`;
    return html`<div class="frame" style="height: ${height}">
        <canvas role="img" aria-label=${this.describe(a)}></canvas>
      </div>
      <p class="note">
        Each bar starts at the central result (solid black line)${a.result === 'difference' ? '; the dashed red line is zero, no effect' : ''}.
        Bars are means; the table gives each with its 95% interval.
      </p>`;
  }

  /**
   * Offer the chart as a PNG that stands on its own: titled with the outcome and captioned with
   * how to read it and everything that reproduces the run (scenarios, seed, replications, years,
   * scale, model version).
   */
  downloadPng(): void {
    const a = this.analysis;
    const chart = this.charts.chart;
    if (a === undefined || chart === undefined) return;
    const m = a.baseline;
    const scenarios = [m, ...(a.reform === undefined ? [] : [a.reform])];
    const caption = [
      `Each bar: the result with one parameter at the low (plain grey) or high (striped blue) end of its plausible range, all others at their baseline values; solid line: the central result${a.result === 'difference' ? '; dashed line: zero' : ''}. Scenarios: ${scenarios.map((s) => s.scenarioName).join('; ')}.`,
      `SEND system simulator, model version ${m.modelVersion}: seed ${m.seed}, ${m.reps} replications per run, ${m.years} years from ${m.startDate}, scale ${m.scale} (weighted to England).`,
    ];
    const title = `What drives ${a.measure.label}${a.result === 'difference' ? ' (reform − baseline)' : ''}: one parameter at a time`;
    const png = chartPng(chart.canvas, title, caption, chart.currentDevicePixelRatio);
    downloadUrl(
      exportName(
        scenarios.map((s) => s.scenario),
        m,
        `sensitivity_${a.measure.id}`,
        'png',
      ),
      png,
    );
  }

  /** The text alternative: what the chart shows and every bar's two ends. */
  private describe(a: SensitivityAnalysis): string {
    const rows = a.rows.map(
      (r) =>
        `${parameterMeaning(r.key)}: ${formatResult(a, r.atLow)} at the low end, ${formatResult(a, r.atHigh)} at the high end`,
    );
    return `Tornado chart of ${a.measure.label}${a.result === 'difference' ? ', change reform minus baseline' : ''}, largest swing first (low end plain grey bars, high end striped blue bars, central result ${formatResultWithInterval(a, a.central)} as a solid line${a.result === 'difference' ? ', zero as a dashed red line' : ''}). ${rows.join('. ')}. The table below gives every number with its 95% interval.`;
  }

  /** Draw the tornado on the canvas rendered (none without an analysis). */
  private create(): Chart<'bar', [number, number][], string | string[]>[] {
    const a = this.analysis;
    const canvas = this.renderRoot.querySelector('canvas');
    if (a === undefined || canvas === null) return [];
    const k = this.unitScale;
    const central = a.central.mean * k;
    const bar = (value: number): [number, number] => [central, value * k];
    const datasets: ChartDataset<'bar', [number, number][]>[] = [
      {
        label: 'Parameter at the low end of its range (plain grey bars)',
        data: a.rows.map((r) => bar(r.atLow.mean)),
        backgroundColor: LOW_COLOUR,
        borderColor: LOW_COLOUR,
        borderWidth: 1,
        grouped: false,
        barPercentage: 0.8,
      },
      {
        label: 'At the high end (striped blue bars)',
        data: a.rows.map((r) => bar(r.atHigh.mean)),
        backgroundColor: stripes(HIGH_COLOUR),
        borderColor: HIGH_COLOUR,
        borderWidth: 2,
        grouped: false,
        barPercentage: 0.5,
      },
    ];
    const kind = outcomeKind(a);
    const unit = kind === 'share' ? ' (%)' : kind === 'money' ? ' (£ million)' : '';
    const title = `${a.measure.label}${unit}${a.result === 'difference' ? ': reform − baseline' : ': baseline'}`;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: a.rows.map((r) => shortMeaning(r.key)), datasets },
      plugins: [referenceLines],
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 18 } },
          // @ts-expect-error Chart.js types plugin options by registered id; this one is local.
          referenceLines: { central, zero: a.result === 'difference' } satisfies ReferenceLines,
          tooltip: {
            callbacks: {
              label: (item) => {
                const row = a.rows[item.dataIndex];
                if (row === undefined) return '';
                const e = item.datasetIndex === 0 ? row.atLow : row.atHigh;
                return `${item.datasetIndex === 0 ? 'Low end' : 'High end'}: ${formatResultWithInterval(a, e)}`;
              },
            },
          },
        },
        scales: {
          x: {
            // A reform's effect is read against zero, so zero is always on its axis; a level is not.
            beginAtZero: a.result === 'difference',
            title: { display: true, text: title },
            ticks: { callback: (v) => formatNumber(Number(v), Math.abs(Number(v)) < 10 ? 1 : 0) },
          },
          y: { ticks: { autoSkip: false } },
        },
      },
    });
    return [chart];
  }
}

customElements.define('tornado-chart', TornadoChart);

declare global {
  interface HTMLElementTagNameMap {
    'tornado-chart': TornadoChart;
  }
}
