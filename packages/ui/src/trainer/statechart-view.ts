/**
 * `<statechart-view>`: the journey statechart as SVG: a box per state with its plain-English
 * label and the number of children in it now, an arrow per move the machine allows (hover or
 * focus shows the events), and the sampled children as dots. The states where children rest
 * once done (left the system, a dispute ended) sit apart under a dashed line, in dashed boxes,
 * and show a running total since the start ("so far") instead of a count now, so the two kinds
 * of number are never read as one. Properties in only; it draws what it is given and keeps no
 * time of its own.
 */
import { JOURNEY_REGION_LABELS } from '@send-sim/sim-core';
import { css, html, LitElement, svg } from 'lit';
import { formatCount } from '../text/format.js';
import { eventTypeWords } from '../text/journey-words.js';
import {
  type ChartLayout,
  type ChartNode,
  edgePath,
  labelLines,
  NODE_HEIGHT,
  NODE_WIDTH,
} from './statechart-layout.js';

/** A dot to draw: its place and whether it is travelling along a move. */
export interface ChartDot {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly moving: boolean;
}

export class StatechartView extends LitElement {
  static override properties = {
    layout: { attribute: false },
    counts: { attribute: false },
    totals: { attribute: false },
    dots: { attribute: false },
    highlight: { attribute: false },
    scale: { type: Number },
  };

  declare layout: ChartLayout | undefined;
  /** Children per state, by region then leaf; `undefined` before a run. */
  declare counts: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  /** Moves into each state since the start, by region then leaf (shown on the tally boxes). */
  declare totals: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  declare dots: readonly ChartDot[];
  /** `region.leaf` keys to emphasise (the story points at them). */
  declare highlight: readonly string[];
  /** The run's scale: counts are written to one simulated child (sim-core's precision rule). */
  declare scale: number;

  constructor() {
    super();
    this.layout = undefined;
    this.counts = undefined;
    this.totals = undefined;
    this.dots = [];
    this.highlight = [];
    this.scale = 1;
  }

  static override styles = css`
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      font-family: inherit;
    }
    .region-title {
      font-size: 15px;
      font-weight: 700;
      fill: #0b0c0c;
    }
    .band {
      fill: #f3f2f1;
    }
    .edge {
      fill: none;
      stroke: #6f777b;
      stroke-width: 1.3;
      opacity: 0.55;
    }
    .edge.to-ended {
      opacity: 0.35;
    }
    .box {
      fill: #ffffff;
      stroke: #505a5f;
      stroke-width: 1.2;
    }
    .node.tally .box {
      fill: #f8f8f8;
      stroke-dasharray: 5 3;
    }
    .tally-line {
      stroke: #505a5f;
      stroke-width: 1.2;
      stroke-dasharray: 6 4;
    }
    .tally-title,
    .any-label {
      font-size: 12px;
      fill: #383f43;
      font-style: italic;
    }
    .node.tally .count {
      fill: #383f43;
    }
    .node.highlight .box {
      stroke: #1d70b8;
      stroke-width: 4;
    }
    .label {
      font-size: 11.5px;
      fill: #0b0c0c;
    }
    .count {
      font-size: 11.5px;
      font-weight: 700;
      fill: #1d70b8;
      font-variant-numeric: tabular-nums;
    }
    .dot {
      fill: #1d70b8;
      opacity: 0.75;
    }
    /* A moving child is larger and ringed in black as well as red: not told by colour alone. */
    .dot.moving {
      fill: #d4351c;
      stroke: #0b0c0c;
      stroke-width: 1.2;
      opacity: 1;
    }
  `;

  override render() {
    const layout = this.layout;
    if (layout === undefined) return null;
    const highlighted = new Set(this.highlight);
    return html`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="img"
      aria-labelledby="chart-title"
    >
      <title id="chart-title">
        The journey statechart: each box is a state a child can be in, each arrow a move the model allows.
      </title>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#6f777b"></path>
        </marker>
      </defs>
      ${layout.regions.map(
        (r) => svg`<rect class="band" x="0" y=${r.y} width=${layout.width} height=${r.height} rx="6"></rect>
          <text class="region-title" x="10" y=${r.y + 22}>${JOURNEY_REGION_LABELS[r.name] ?? r.name}</text>
          ${
            r.tallyY === undefined
              ? null
              : svg`<line class="tally-line" x1="6" x2=${layout.width - 6} y1=${r.tallyY} y2=${r.tallyY}></line>
                <text class="tally-title" x=${layout.width - 10} y=${r.tallyY + 14} text-anchor="end">Below the line: totals since the start of the run</text>`
          }`,
      )}
      ${layout.edges.map((e) => {
        const from = typeof e.from === 'string' ? e.from : e.from.id;
        const fromLabel =
          e.from === 'any' ? 'Any state' : e.from === 'totals' ? 'A dispute that has ended' : e.from.label;
        return svg`<path class="edge ${e.to.tally ? 'to-ended' : ''}" d=${edgePath(e)}
          marker-end="url(#arrow)" data-from=${from} data-to=${e.to.id}><title>${fromLabel} → ${e.to.label}: ${e.events.map(eventTypeWords).join('; ')}</title></path>
          ${
            typeof e.from === 'string'
              ? svg`<text class="any-label" x=${e.points[0]![0] + 6} y=${e.points[0]![1] + (e.from === 'any' ? 4 : -4)}>${
                  e.from === 'any' ? 'from any state' : 'new dispute'
                }</text>`
              : null
          }`;
      })}
      ${layout.nodes.map((n) => this.renderNode(n, highlighted))}
      <g aria-hidden="true">
        ${this.dots.map(
          (d) =>
            svg`<circle class="dot ${d.moving ? 'moving' : ''}" cx=${d.x.toFixed(1)} cy=${d.y.toFixed(1)} r=${d.moving ? 3.6 : 2.3}></circle>`,
        )}
      </g>
    </svg>`;
  }

  private renderNode(n: ChartNode, highlighted: ReadonlySet<string>) {
    const value = (n.tally ? this.totals : this.counts)?.[n.region]?.[n.id];
    const shown =
      value === undefined
        ? undefined
        : n.tally
          ? `${formatCount(value, this.scale)} so far`
          : formatCount(value, this.scale);
    const spoken = value === undefined ? '' : n.tally ? `: ${shown} since the start` : `: ${shown} now`;
    return svg`<g class="node ${n.tally ? 'tally' : ''} ${highlighted.has(`${n.region}.${n.id}`) ? 'highlight' : ''}"
      data-region=${n.region} data-state=${n.id} data-count=${value ?? ''} data-kind=${n.tally ? 'total' : 'now'}>
      <title>${n.label}${spoken}</title>
      <rect class="box" x=${n.x} y=${n.y} width=${NODE_WIDTH} height=${NODE_HEIGHT} rx="5"></rect>
      <text class="label" x=${n.x + 6} y=${n.y + 14}>${labelLines(n).map(
        (line, i) => svg`<tspan x=${n.x + 6} dy=${i === 0 ? 0 : 12.5}>${line}</tspan>`,
      )}</text>
      ${shown === undefined ? null : svg`<text class="count" x=${n.x + 6} y=${n.y + 51}>${shown}</text>`}
    </g>`;
  }
}

customElements.define('statechart-view', StatechartView);

declare global {
  interface HTMLElementTagNameMap {
    'statechart-view': StatechartView;
  }
}
