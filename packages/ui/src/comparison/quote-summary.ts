/**
 * `<quote-summary>`: which of a run's results are fit to quote, said once above the reforms.
 * It states sim-core's rule (`FIT_TO_QUOTE_RULE`), counts the results on the page that pass
 * (every card and every row of the cost tables, for each reform), names those that do not, and
 * suggests settings that should make them all fit (`settingsToQuote`, within the run options'
 * limits), each with how long such a run would take on this computer (`run-time-estimate.ts`).
 * Each has a button ("Use 24 replications") that puts it in the run options (event
 * `quote-settings-chosen`); nothing runs until Run is pressed.
 */
import {
  COST_TABLE_ORDER,
  costLabel,
  FIT_TO_QUOTE_RULE,
  fitToQuote,
  MIN_QUOTE_REPLICATIONS,
  PAYER_LABELS,
  type QuoteSettings,
  type QuoteVerdict,
  settingsToQuote,
  tooFewReplicationsWords,
} from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { buttonStyles, sharedStyles } from '../app/shared-styles.js';
import type { SimulationResults } from '../worker/worker-protocol.js';
import { CARD_GROUPS } from './card-groups.js';
import { HEADLINE_METRICS } from './headline-metrics.js';
import { settingsText, suggestedWays, wayEstimate } from './quote-suggestion.js';
import { RUN_LIMITS } from './run-options.js';
import { REFERENCE_SPEED, type RunSpeed } from './run-time-estimate.js';

/** Detail of `quote-settings-chosen`: the run options to set. */
export interface QuoteSettingsChoice {
  readonly replications: number;
  readonly scale: number;
}

/** Every result the page shows with a change and its interval: the cards, then the cost tables' rows. */
const RESULTS: ReadonlyArray<{ readonly id: string; readonly label: string }> = [
  ...[...HEADLINE_METRICS, ...CARD_GROUPS.flatMap((g) => g.metrics)].map((m) => ({
    id: m.id,
    label: m.label,
  })),
  ...COST_TABLE_ORDER.map((p) => ({
    id: `cost_${p}`,
    label: p === 'public' || p === 'family' || p === 'total' ? costLabel(p) : `Cost to ${PAYER_LABELS[p]}`,
  })),
].filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i);

export class QuoteSummary extends LitElement {
  static override properties = {
    results: { attribute: false },
    speed: { attribute: false },
  };

  declare results: SimulationResults | undefined;
  declare speed: RunSpeed;
  /** Whether every result passed at the last render (the host's edge turns red when not). */
  private allFit = true;

  constructor() {
    super();
    this.results = undefined;
    this.speed = REFERENCE_SPEED;
  }

  static override styles = [
    sharedStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        border-left: 6px solid #1d70b8;
        background: #f3f2f1;
        padding: 0.5rem 1rem 0.75rem;
        margin: 0 0 1rem;
        max-width: 60rem;
      }
      :host([data-all-fit='no']) {
        border-left-color: #d4351c;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0.25rem 0 0.5rem;
      }
      p,
      ul {
        margin: 0.35rem 0;
      }
      .rule {
        font-size: 0.9rem;
        color: #0b0c0c;
      }
      ul.ways {
        list-style: none;
        padding: 0;
      }
      ul.ways li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        margin: 0.35rem 0;
      }
      details summary {
        cursor: pointer;
      }
    `,
  ];

  override render() {
    const results = this.results;
    if (results === undefined) return nothing;
    const m = results.baseline.meta;
    const now: QuoteSettings = { reps: m.reps, scale: m.scale };
    const judged = results.comparisons.flatMap((comparison) =>
      RESULTS.filter((r) => comparison.differences.some((d) => d.metric === r.id)).map((r) => ({
        ...r,
        reform: comparison.reform.scenarioName,
        verdict: fitToQuote(comparison, r.id),
      })),
    );
    const notFit = judged.filter((j) => !j.verdict.fit);
    this.allFit = notFit.length === 0;
    return html`<h2 id="fit-heading">Which results are fit to quote</h2>
      <p id="fit-count">
        <strong>${judged.length - notFit.length} of ${judged.length}</strong> results on this page (the cards and
        the cost tables, for each reform) are fit to quote.
        ${notFit.length === 0 ? 'The headline and the briefing quote them.' : 'The headline and the briefing quote only those; the others are marked “Not fit to quote” with the reason.'}
      </p>
      <p class="rule" id="fit-rule">${FIT_TO_QUOTE_RULE}</p>
      ${notFit.length === 0 ? nothing : this.renderNotFit(notFit, m.reps)}
      ${
        notFit.length === 0
          ? nothing
          : this.renderWays(
              judged.map((j) => j.verdict),
              now,
              results,
            )
      }`;
  }

  override updated(): void {
    this.dataset.allFit = this.allFit ? 'yes' : 'no';
  }

  private renderNotFit(
    notFit: ReadonlyArray<{ label: string; reform: string; verdict: QuoteVerdict }>,
    reps: number,
  ) {
    if (reps < MIN_QUOTE_REPLICATIONS) {
      return html`<p id="fit-missing">${tooFewReplicationsWords(reps)}</p>`;
    }
    return html`<details id="fit-missing">
      <summary>Not fit to quote (${notFit.length})</summary>
      <ul>
        ${notFit.map((n) => html`<li>${n.label} (${n.reform})</li>`)}
      </ul>
    </details>`;
  }

  private renderWays(verdicts: readonly QuoteVerdict[], now: QuoteSettings, results: SimulationResults) {
    const s = settingsToQuote(verdicts, RUN_LIMITS);
    const ways = suggestedWays(s);
    const scenarios = 1 + results.reforms.length;
    const years = results.baseline.meta.years;
    if (ways.length === 0) {
      return html`<p id="fit-ways">
        No run this page offers (up to ${RUN_LIMITS.reps} replications at a scale of ${RUN_LIMITS.scale}) would make
        every result fit to quote; <code>sendsim compare</code> can run larger ones.
      </p>`;
    }
    return html`<p>
        Settings that should make every result on this page fit to quote, with the same seed and years (an
        estimate from this run's spread between replications: a new run may still miss narrowly):
      </p>
      <ul class="ways" id="fit-ways">
        ${ways.map(
          (way) => html`<li data-replications=${way.reps} data-scale=${way.scale}>
            <span>${capitalise(settingsText(way, now))}: ${wayEstimate(way, scenarios, years, this.speed)}.</span>
            <button type="button" @click=${() => this.choose(way)}>Use ${shortText(way, now)}</button>
          </li>`,
        )}
      </ul>`;
  }

  private choose(way: QuoteSettings): void {
    const detail: QuoteSettingsChoice = { replications: way.reps, scale: way.scale };
    this.dispatchEvent(new CustomEvent('quote-settings-chosen', { detail, bubbles: true, composed: true }));
  }
}

/** The first letter in capitals, for a phrase that starts a line. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A way in a few words, for its button: "24 replications", "scale 0.024", "50 replications at scale 0.043". */
function shortText(way: QuoteSettings, now: QuoteSettings): string {
  if (way.scale === now.scale) return `${way.reps} replications`;
  if (way.reps === now.reps) return `scale ${way.scale}`;
  return `${way.reps} replications at scale ${way.scale}`;
}

customElements.define('quote-summary', QuoteSummary);

declare global {
  interface HTMLElementTagNameMap {
    'quote-summary': QuoteSummary;
  }
}
