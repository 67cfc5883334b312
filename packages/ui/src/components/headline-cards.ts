/**
 * `<headline-cards>`: one reform's headline outcomes against the baseline. Each card gives the
 * baseline and reform means and the paired change with its 95% interval, never the change
 * alone, and says in words whether the change is better or worse (not by colour only). The
 * raw numbers are on the card as data attributes, for exports and tests.
 */
import {
  type ClearBasis,
  type Comparison,
  judgeChange,
  type PairedDifference,
  UNCLEAR_WORDS,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { formatChangeWithInterval, formatValue } from '../format.js';
import { HEADLINE_METRICS, type HeadlineMetric } from '../headline-metrics.js';

export class HeadlineCards extends LitElement {
  static override properties = {
    comparison: { attribute: false },
  };

  declare comparison: Comparison | undefined;

  constructor() {
    super();
    this.comparison = undefined;
  }

  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.75rem;
    }
    li {
      border: 1px solid #b1b4b6;
      border-top: 5px solid #1d70b8;
      border-radius: 4px;
      padding: 0.6rem 0.8rem;
      background: #fff;
    }
    li.better {
      border-top-color: #00703c;
    }
    li.worse {
      border-top-color: #d4351c;
    }
    h4 {
      margin: 0;
      font-size: 1rem;
    }
    .reduction {
      margin: 0 0 0.4rem;
      font-size: 0.85rem;
      color: #505a5f;
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.1rem 0.6rem;
    }
    dt {
      color: #505a5f;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .change {
      font-weight: 700;
    }
    .verdict {
      margin: 0.4rem 0 0;
      font-size: 0.9rem;
    }
  `;

  override render() {
    const comparison = this.comparison;
    if (comparison === undefined) return null;
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    return html`<ul>
      ${HEADLINE_METRICS.map((metric) => {
        const d = byMetric.get(metric.id);
        return d === undefined ? null : this.card(metric, d, comparison.reform);
      })}
    </ul>`;
  }

  private card(metric: HeadlineMetric, d: PairedDifference, run: ClearBasis) {
    const reps = run.reps;
    const verdict = verdictOf(d, run);
    return html`<li
      class="card ${verdict.className}"
      data-metric=${metric.id}
      data-baseline-mean=${String(d.baseline.mean)}
      data-reform-mean=${String(d.reform.mean)}
      data-change-mean=${String(d.difference.mean)}
      data-change-lo=${String(d.difference.lo)}
      data-change-hi=${String(d.difference.hi)}
    >
      <h4>${metric.label}</h4>
      <p class="reduction">${metric.reduction}</p>
      <dl>
        <dt>Baseline</dt>
        <dd class="baseline">${formatValue(metric.kind, d.baseline.mean)}</dd>
        <dt>Reform</dt>
        <dd class="reform">${formatValue(metric.kind, d.reform.mean)}</dd>
        <dt>Change</dt>
        <dd class="change">${formatChangeWithInterval(metric.kind, d.difference)}</dd>
      </dl>
      <p class="verdict">
        ${verdict.text}; the reform did better in ${Math.round(d.shareReformBetter * reps)} of ${reps}
        replications.
      </p>
    </li>`;
  }
}

/** Better or worse in words: only for a clear change (sim-core's `judgeChange`, as the headline). */
function verdictOf(d: PairedDifference, run: ClearBasis): { text: string; className: string } {
  const verdict = judgeChange(d.difference, d.metric, run);
  if (verdict.direction === 'unclear') {
    const why = verdict.reason === undefined ? '' : ` (${UNCLEAR_WORDS[verdict.reason]})`;
    return { text: `No clear change${why}`, className: 'unclear' };
  }
  const up = verdict.direction === 'up';
  const better = up === d.higherIsBetter;
  return {
    text: `${better ? 'Better' : 'Worse'}: clearly ${up ? 'higher' : 'lower'}`,
    className: better ? 'better' : 'worse',
  };
}

customElements.define('headline-cards', HeadlineCards);

declare global {
  interface HTMLElementTagNameMap {
    'headline-cards': HeadlineCards;
  }
}
