/**
 * `<headline-cards>`: one reform's outcomes against the baseline, the headline ones by default
 * (`metrics` for another group: waits, placements, fairness). Each card gives the baseline and
 * reform means and the paired change with its 95% interval, never the change alone, each
 * rounded by sim-core's precision rule (as the headline above quotes them), says in words
 * whether the change is better or worse (not by colour only; sim-core's `verdictWords`), and
 * whether it is fit to quote (`fitToQuote`), with settings that would make it so when it is
 * not. The raw numbers are on the card as data attributes, for exports and tests.
 */
import {
  type Comparison,
  fitToQuote,
  type PairedDifference,
  quoteWords,
  settingsToQuote,
  verdictWords,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { formatChangeWithInterval, formatPair, TYPESET } from '../text/format.js';
import { HEADLINE_METRICS, type HeadlineMetric } from './headline-metrics.js';
import { cardSuggestion } from './quote-suggestion.js';
import { RUN_LIMITS } from './run-options.js';

export class HeadlineCards extends LitElement {
  static override properties = {
    comparison: { attribute: false },
    metrics: { attribute: false },
  };

  declare comparison: Comparison | undefined;
  /** The cards to show, in order. */
  declare metrics: readonly HeadlineMetric[];

  constructor() {
    super();
    this.comparison = undefined;
    this.metrics = HEADLINE_METRICS;
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
    .quote {
      margin: 0.4rem 0 0;
      padding-top: 0.3rem;
      border-top: 1px dotted #b1b4b6;
      font-size: 0.85rem;
    }
    .quote[data-fit='no'] {
      font-weight: 600;
    }
    .quote-fix {
      margin: 0.2rem 0 0;
      font-size: 0.85rem;
      color: #505a5f;
    }
  `;

  override render() {
    const comparison = this.comparison;
    if (comparison === undefined) return null;
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    return html`<ul>
      ${this.metrics.map((metric) => {
        const d = byMetric.get(metric.id);
        return d === undefined ? null : this.card(metric, d, comparison);
      })}
    </ul>`;
  }

  private card(metric: HeadlineMetric, d: PairedDifference, comparison: Comparison) {
    const run = comparison.reform;
    const verdict = verdictWords(d, run);
    const quote = fitToQuote(comparison, metric.id);
    const [baseline, reform] = formatPair(metric.kind, d.baseline, d.reform, run.scale);
    const endYear = Number(run.startDate.slice(0, 4)) + run.years;
    // A stock is counted at the end of the run: say which January, as the headline does.
    const reduction = metric.kind === 'stock' ? `${metric.reduction} (January ${endYear})` : metric.reduction;
    return html`<li
      class="card ${verdict.verdict === 'unclear' ? 'unclear' : verdict.verdict}"
      data-metric=${metric.id}
      data-baseline-mean=${String(d.baseline.mean)}
      data-reform-mean=${String(d.reform.mean)}
      data-change-mean=${String(d.difference.mean)}
      data-change-lo=${String(d.difference.lo)}
      data-change-hi=${String(d.difference.hi)}
      data-fit-to-quote=${quote.fit ? 'yes' : 'no'}
    >
      <h4>${metric.label}</h4>
      <p class="reduction">${reduction}</p>
      <dl>
        <dt>Baseline</dt>
        <dd class="baseline">${baseline}</dd>
        <dt>Reform</dt>
        <dd class="reform">${reform}</dd>
        <dt>Change</dt>
        <dd class="change">${formatChangeWithInterval(metric.kind, d.difference, run.scale)}</dd>
      </dl>
      <p class="verdict">${verdict.text}</p>
      <p class="quote" data-fit=${quote.fit ? 'yes' : 'no'}>${quoteWords(quote, TYPESET).text}</p>
      ${
        quote.fit
          ? null
          : html`<p class="quote-fix">
              ${cardSuggestion(settingsToQuote([quote], RUN_LIMITS), { reps: run.reps, scale: run.scale })}
            </p>`
      }
    </li>`;
  }
}

customElements.define('headline-cards', HeadlineCards);

declare global {
  interface HTMLElementTagNameMap {
    'headline-cards': HeadlineCards;
  }
}
