/**
 * `<child-journeys>`: "same child, two systems". After a comparison has run, pick a reform and
 * a child id (or ask for the child whose path differs most, or for a typical child) and see that child's journey in
 * today's system and under the reform, side by side. The comparison's seed, years and scale
 * are reused and replication 0 is traced, so common random numbers make it the same child
 * with the same chance events wherever the policy does not change them.
 *
 * Tracing runs in a worker of its own (`ChildTraceController`); this component validates the
 * id, shows progress and problems in words, and lays out the summary and the timeline. The
 * controls stay enabled while tracing (a new request replaces the one running), so keyboard
 * focus is never thrown back to the top of the page.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { SimulationResults, TraceRequest, TraceResult } from '../worker/worker-protocol.js';
import { ChildTraceController } from './child-trace-controller.js';
import './child-journey-summary.js';
import './child-suggestions.js';
import '../app/run-progress.js';
import './child-timeline.js';
import { fitStyles, sharedStyles } from '../app/shared-styles.js';

export class ChildJourneys extends LitElement {
  static override properties = {
    results: { attribute: false },
    reform: { state: true },
    childText: { state: true },
    problem: { state: true },
  };

  declare results: SimulationResults | undefined;
  declare reform: string;
  declare childText: string;
  declare problem: string | undefined;

  private readonly tracer = new ChildTraceController(this);
  private lastShown: TraceResult | undefined;
  /** The last suggestions made, kept while children from them are followed. */
  private suggested: TraceResult | undefined;

  constructor() {
    super();
    this.results = undefined;
    this.reform = '';
    this.childText = '';
    this.problem = undefined;
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 1.05rem;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.25rem;
        align-items: flex-end;
      }
      label {
        display: flex;
        flex-direction: column;
        font-weight: 600;
      }
      .hint {
        font-weight: 400;
        font-size: 0.85rem;
        color: #505a5f;
      }
      select,
      input {
        font: inherit;
        margin-top: 0.25rem;
        padding: 0.25rem 0.4rem;
        border: 2px solid #0b0c0c;
      }
      input {
        width: 9rem;
      }
      input[aria-invalid='true'] {
        border: 3px solid #d4351c;
      }
      button {
        font: inherit;
        font-weight: 600;
        padding: 0.4rem 1rem;
        border-radius: 4px;
        border: 2px solid #0b0c0c;
        background: #f3f2f1;
        cursor: pointer;
      }
      button.primary {
        background: #00703c;
        border-color: #00703c;
        color: #fff;
      }
      .problem {
        border-left: 5px solid #d4351c;
        background: #fdf0ee;
        padding: 0.5rem 1rem;
        margin: 0.75rem 0;
        font-weight: 600;
      }
      .status {
        margin: 0.75rem 0;
      }
    `,
  ];

  override willUpdate(): void {
    // The id box always names the child shown, also when the child was suggested.
    const shown = this.tracer.result;
    if (shown !== this.lastShown) {
      this.lastShown = shown;
      if (shown !== undefined) this.childText = String(shown.pair.childId);
      if (shown !== undefined && shown.suggestions.length > 0) this.suggested = shown;
    }
    const ids = this.results?.comparisons.map((c) => c.reform.scenario) ?? [];
    if (!ids.includes(this.reform)) this.reform = ids[0] ?? '';
  }

  override render() {
    const results = this.results;
    if (results === undefined || results.comparisons.length === 0) return nothing;
    const t = this.tracer;
    const busy = t.state === 'running';
    const count = t.childrenSimulated.get(this.reform);
    const range = count === undefined ? 'a whole number, 0 or more' : `0 to ${count - 1} in this run`;
    const shown = t.result;
    const problem = this.problemText();
    const reformName = this.nameOf(shown?.request.reform ?? this.reform);
    return html`
      <form @submit=${this.onFollow} novalidate>
        <label
          >Reform
          <select id="trace-reform" .value=${this.reform} @change=${this.onReformChange}>
            ${results.comparisons.map(
              (c) =>
                html`<option value=${c.reform.scenario} ?selected=${c.reform.scenario === this.reform}>
                  ${c.reform.scenarioName}
                </option>`,
            )}
          </select>
        </label>
        <label
          >Child id <span class="hint">${range}</span>
          <input
            id="child-id"
            name="child-id"
            type="number"
            inputmode="numeric"
            min="0"
            step="1"
            .value=${this.childText}
            aria-invalid=${problem === undefined || !this.isIdProblem() ? 'false' : 'true'}
            aria-describedby="child-problem"
            @input=${(e: Event) => {
              this.childText = (e.target as HTMLInputElement).value;
            }}
          />
        </label>
        <button id="follow" class="primary" type="submit">Follow this child</button>
        <button id="suggest" type="button" @click=${() => this.onSuggest('suggest')}>
          Suggest a child whose path differs most
        </button>
        <button id="suggest-typical" type="button" @click=${() => this.onSuggest('typical')}>
          Suggest a typical child
        </button>
        ${busy ? html`<button id="trace-cancel" type="button" @click=${() => t.cancel()}>Cancel</button>` : nothing}
      </form>
      <div id="child-problem" role="alert">
        ${problem === undefined ? nothing : html`<p class="problem">${problem}</p>`}
      </div>
      <p class="status" id="trace-status" role="status" data-state=${t.state}>${this.statusText()}</p>
      ${busy ? html`<run-progress .value=${t.progress} .remaining=${t.remaining} label="Tracing progress"></run-progress>` : nothing}
      ${
        shown === undefined
          ? nothing
          : html`<div id="child-journey" data-child-id=${shown.pair.childId} data-reform=${shown.request.reform}>
            <child-suggestions
              id="suggestions"
              .suggestions=${this.suggested?.request.reform === shown.request.reform ? this.suggested.suggestions : []}
              .typical=${this.suggested?.request.reform === shown.request.reform ? this.suggested.typical : undefined}
              .divergentCount=${this.suggested?.divergentCount}
              .current=${shown.pair.childId}
              @follow-child=${(e: CustomEvent<number>) => this.follow(e.detail)}
            ></child-suggestions>
            <child-journey-summary
              .pair=${shown.pair}
              .reformName=${reformName}
              .startDate=${results.baseline.meta.startDate}
            ></child-journey-summary>
            <h3>Step by step</h3>
            <child-timeline .pair=${shown.pair} .reformName=${reformName}></child-timeline>
          </div>`
      }
    `;
  }

  /** The problem to show: the id typed, checked here, or what the worker said about the last request. */
  private problemText(): string | undefined {
    if (this.problem !== undefined) return this.problem;
    const t = this.tracer;
    if (t.state !== 'error') return undefined;
    const request = t.request;
    if (t.outOfRange && request !== undefined) {
      return this.rangeProblem(String(request.childId), t.childrenSimulated.get(request.reform)) ?? t.error;
    }
    return t.error;
  }

  /** Whether the problem shown is about the id typed (rather than, say, no child differing). */
  private isIdProblem(): boolean {
    return this.problem !== undefined || (this.tracer.state === 'error' && this.tracer.outOfRange);
  }

  private nameOf(reform: string): string {
    return this.results?.comparisons.find((c) => c.reform.scenario === reform)?.reform.scenarioName ?? reform;
  }

  private statusText(): string {
    const t = this.tracer;
    switch (t.state) {
      case 'idle':
        return 'Enter a child id, or ask for a suggestion. Replication 0 of the comparison is traced, with the same seed, years and scale.';
      case 'running':
        return 'Tracing the child in both systems (replication 0 of the comparison)…';
      case 'done':
        return `Showing child ${t.result?.pair.childId} in today's system and under ${this.nameOf(t.result?.request.reform ?? '')}.`;
      case 'cancelled':
        return 'Cancelled.';
      case 'error':
        return 'Could not follow that child: see the message above.';
    }
  }

  private onReformChange(event: Event): void {
    this.reform = (event.target as HTMLSelectElement).value;
  }

  private onFollow(event: Event): void {
    event.preventDefault();
    const text = this.childText.trim();
    const count = this.tracer.childrenSimulated.get(this.reform);
    const problem = this.rangeProblem(text, count);
    this.problem = problem;
    if (problem === undefined) this.follow(Number(text));
  }

  private onSuggest(which: 'suggest' | 'typical'): void {
    this.problem = undefined;
    this.send(which);
  }

  private follow(childId: number): void {
    this.problem = undefined;
    this.childText = String(childId);
    this.send(childId);
  }

  private send(childId: TraceRequest['childId']): void {
    const results = this.results;
    if (results === undefined) return;
    const m = results.baseline.meta;
    this.tracer.trace({
      baseline: m.scenario,
      reform: this.reform,
      options: { seed: m.seed, years: m.years, scale: m.scale },
      childId,
    });
  }

  /** What is wrong with the id typed, in words, or undefined; `count` is the children simulated if known. */
  private rangeProblem(text: string, count: number | undefined): string | undefined {
    const value = Number(text);
    const valid = text !== '' && Number.isInteger(value) && value >= 0;
    if (valid && (count === undefined || value < count)) return undefined;
    const expected =
      count === undefined
        ? 'a whole number, 0 or more'
        : `a whole number from 0 to ${count - 1} (the ${count} children simulated at this scale, seed and length of run)`;
    return text === ''
      ? `Child id: enter ${expected}.`
      : `Child id: ${text} is not in this run; enter ${expected}.`;
  }
}

customElements.define('child-journeys', ChildJourneys);

declare global {
  interface HTMLElementTagNameMap {
    'child-journeys': ChildJourneys;
  }
}
