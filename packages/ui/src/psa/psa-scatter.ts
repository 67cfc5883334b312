/**
 * `<psa-scatter>`: the cost-effectiveness plane of a probabilistic sensitivity analysis. One
 * point per draw and reform: across, the child-years of unmet need the reform avoided; up, the
 * change in public spending over the run (£ million at the price base). Solid lines mark zero
 * on both axes and each quadrant is labelled in its corner (where it has room), so "bottom
 * right" (unmet need avoided and money saved) needs no legend to read. Reforms differ by shape
 * as well as colour. Drawn with Chart.js through the app's `ChartController`; the canvas has a
 * text alternative (where the draws fall, in words), and the panel lists every point in a table.
 */
import { PRICE_BASE, type PsaAnalysis } from '@send-sim/sim-core';
import {
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  type Plugin,
  PointElement,
  type PointStyle,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { css, html, LitElement, nothing } from 'lit';
import { downloadUrl, exportName } from '../app/download.js';
import { ChartController } from '../charts/chart-controller.js';
import { chartPng } from '../charts/chart-image.js';
import { formatMoney, formatNumber } from '../text/format.js';
import { quadrantSentence, twoFigures } from './psa-words.js';

Chart.register(ScatterController, PointElement, LinearScale, Legend, Tooltip);

/** Per reform, in the order compared: colour and shape (never colour alone). */
const MARKS: readonly { colour: string; shape: PointStyle; shapeName: string }[] = [
  { colour: '#1d70b8', shape: 'circle', shapeName: 'circles' },
  { colour: '#d4351c', shape: 'triangle', shapeName: 'triangles' },
  { colour: '#00703c', shape: 'rect', shapeName: 'squares' },
  { colour: '#6f3c97', shape: 'rectRot', shapeName: 'diamonds' },
];

/** Each quadrant's label, two short lines, by corner. */
const QUADRANT_LABELS = {
  topRight: ['Avoids unmet need,', 'costs more'],
  bottomRight: ['Avoids unmet need,', 'saves money'],
  topLeft: ['More unmet need,', 'costs more'],
  bottomLeft: ['More unmet need,', 'saves money'],
} as const;

export const X_TITLE = 'Child-years of unmet need avoided over the run (weighted to England)';
export const Y_TITLE = `Change in public spending over the run, £ million at ${PRICE_BASE} prices`;

/** Zero lines on both axes and each quadrant's label in its outer corner, when the quadrant has room. */
const quadrants: Plugin<'scatter'> = {
  id: 'quadrants',
  beforeDatasetsDraw(chart) {
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (x === undefined || y === undefined) return;
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const x0 = clamp(x.getPixelForValue(0), area.left, area.right);
    const y0 = clamp(y.getPixelForValue(0), area.top, area.bottom);
    ctx.save();
    ctx.strokeStyle = '#0b0c0c';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x0, area.top);
    ctx.lineTo(x0, area.bottom);
    ctx.moveTo(area.left, y0);
    ctx.lineTo(area.right, y0);
    ctx.stroke();
    // Smaller on a phone, so each quadrant's label fits its corner.
    ctx.font = `${area.right - area.left < 400 ? 10 : 12}px system-ui, sans-serif`;
    ctx.fillStyle = '#505a5f';
    const pad = 4;
    const lineHeight = area.right - area.left < 400 ? 13 : 15;
    const label = (
      lines: readonly string[],
      left: number,
      right: number,
      top: number,
      bottom: number,
      alignRight: boolean,
      alignBottom: boolean,
    ) => {
      const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
      if (right - left < width + 2 * pad || bottom - top < lines.length * lineHeight + 2 * pad) return;
      ctx.textAlign = alignRight ? 'right' : 'left';
      ctx.textBaseline = 'top';
      const tx = alignRight ? right - pad : left + pad;
      const ty = alignBottom ? bottom - pad - lines.length * lineHeight : top + pad;
      lines.forEach((line, i) => {
        ctx.fillText(line, tx, ty + i * lineHeight);
      });
    };
    label(QUADRANT_LABELS.topRight, x0, area.right, area.top, y0, true, false);
    label(QUADRANT_LABELS.bottomRight, x0, area.right, y0, area.bottom, true, true);
    label(QUADRANT_LABELS.topLeft, area.left, x0, area.top, y0, false, false);
    label(QUADRANT_LABELS.bottomLeft, area.left, x0, y0, area.bottom, false, true);
    ctx.restore();
  },
};

export class PsaScatter extends LitElement {
  static override properties = {
    analysis: { attribute: false },
  };

  declare analysis: PsaAnalysis | undefined;

  private readonly charts = new ChartController<Chart<'scatter', { x: number; y: number }[]>>(this, {
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
      height: 26rem;
      max-width: 56rem;
    }
    .note {
      color: #505a5f;
      font-size: 0.9rem;
      margin: 0.25rem 0 0.75rem;
      max-width: 60rem;
    }
  `;

  override render() {
    const a = this.analysis;
    if (a === undefined || a.reforms.length === 0) return nothing;
    return html`<div class="frame">
        <canvas role="img" aria-label=${this.describe(a)}></canvas>
      </div>
      <p class="note">
        One point per draw${a.reforms.length > 1 ? ' and reform' : ''}. Right of the vertical line the reform avoided unmet
        need; above the horizontal line it raised public spending. Points bottom right avoided unmet need and saved
        money; top right bought fewer child-years of unmet need at a cost. The table below lists every point.
      </p>`;
  }

  /** The plot as a PNG titled and captioned with what it shows and the run that made it. */
  downloadPng(): void {
    const a = this.analysis;
    const chart = this.charts.chart;
    if (a === undefined || chart === undefined) return;
    const m = a.baseline;
    const caption = [
      `One point per draw of every uncertain parameter (${a.draws} draws, a Latin hypercube over the baseline file's plausible ranges): across, ${X_TITLE.toLowerCase()}; up, ${Y_TITLE.toLowerCase()}. Reforms: ${a.reforms.map((r, i) => `${r.reform.scenarioName} (${MARKS[i % MARKS.length]!.shapeName})`).join('; ')}.`,
      `SEND system simulator, model version ${m.modelVersion}: seed ${m.seed}, ${m.reps} replication${m.reps === 1 ? '' : 's'} per draw, ${m.years} years from ${m.startDate}, scale ${m.scale} (weighted to England). The spread includes simulation noise.`,
    ];
    const png = chartPng(
      chart.canvas,
      'How sure is this? Cost against unmet need avoided, draw by draw',
      caption,
      chart.currentDevicePixelRatio,
    );
    downloadUrl(
      exportName([m.scenario, ...a.reforms.map((r) => r.reform.scenario)], m, 'psa_plane', 'png'),
      png,
    );
  }

  /** The text alternative: the axes, and where each reform's draws fall. */
  private describe(a: PsaAnalysis): string {
    const where = a.reforms.map(
      (r, i) => `${r.reform.scenarioName} (${MARKS[i % MARKS.length]!.shapeName}): ${quadrantSentence(r)}`,
    );
    return `Scatter plot, one point per draw: across, ${X_TITLE.toLowerCase()}; up, ${Y_TITLE.toLowerCase()}; zero marked on both axes. ${where.join(' ')} The table below lists every point.`;
  }

  private create(): Chart<'scatter', { x: number; y: number }[]>[] {
    const a = this.analysis;
    const canvas = this.renderRoot.querySelector('canvas');
    if (a === undefined || canvas === null) return [];
    const datasets: ChartDataset<'scatter', { x: number; y: number }[]>[] = a.reforms.map((r, i) => {
      const mark = MARKS[i % MARKS.length]!;
      return {
        label: `${r.reform.scenarioName} (${mark.shapeName})`,
        data: r.scatter
          .filter((p) => Number.isFinite(p.unmetNeedAvoided) && Number.isFinite(p.publicCost))
          .map((p) => ({ x: p.unmetNeedAvoided, y: p.publicCost / 1e6 })),
        backgroundColor: `${mark.colour}99`,
        borderColor: mark.colour,
        borderWidth: 1.5,
        pointStyle: mark.shape,
        pointRadius: 5,
        pointHoverRadius: 7,
      };
    });
    // Each axis symmetric about zero, so all four quadrants have room for their labels.
    const reach = (values: number[]) => Math.max(1e-9, ...values.map(Math.abs)) * 1.05;
    const xReach = reach(datasets.flatMap((d) => d.data.map((p) => p.x)));
    const yReach = reach(datasets.flatMap((d) => d.data.map((p) => p.y)));
    const chart = new Chart(canvas, {
      type: 'scatter',
      data: { datasets },
      plugins: [quadrants],
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const r = a.reforms[item.datasetIndex];
                const p = r?.scatter.filter(
                  (s) => Number.isFinite(s.unmetNeedAvoided) && Number.isFinite(s.publicCost),
                )[item.dataIndex];
                if (r === undefined || p === undefined) return '';
                return `${r.reform.scenarioName}, draw ${p.draw + 1}: ${twoFigures(p.unmetNeedAvoided)} child-years avoided, public spending ${formatMoney(p.publicCost, true)}`;
              },
            },
          },
        },
        scales: {
          x: {
            type: 'linear',
            suggestedMin: -xReach,
            suggestedMax: xReach,
            title: { display: true, text: X_TITLE },
            ticks: { callback: (v) => formatNumber(Number(v)) },
          },
          y: {
            type: 'linear',
            suggestedMin: -yReach,
            suggestedMax: yReach,
            title: { display: true, text: `Public spending, £ million (${PRICE_BASE} prices)` },
            ticks: { callback: (v) => formatNumber(Number(v), Math.abs(Number(v)) < 10 ? 1 : 0) },
          },
        },
      },
    });
    return [chart];
  }
}

customElements.define('psa-scatter', PsaScatter);

declare global {
  interface HTMLElementTagNameMap {
    'psa-scatter': PsaScatter;
  }
}
