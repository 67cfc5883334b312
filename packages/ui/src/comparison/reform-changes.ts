/**
 * `<reform-changes>`: "What this reform changes", collapsed under a reform's results so the
 * reader can check what was simulated without leaving them: the levers it sets, in words; the
 * parameters it changes from the start (baseline → reform, with unit); and the policies that
 * start part-way through, by date, saying which start after the run ends and so did not affect
 * these results. Properties in (`changes`, `runEnd`); no events.
 */
import { css, html, LitElement } from 'lit';
import { sharedStyles } from '../app/shared-styles.js';
import { formatDate } from '../text/child-format.js';
import {
  type ParameterShift,
  type PhaseChange,
  type ReformChanges,
  valueWords,
} from '../text/reform-change-words.js';

export class ReformChangesView extends LitElement {
  static override properties = {
    changes: { attribute: false },
    runEnd: { type: String },
  };

  /** What the reform changes, or undefined when it could not be worked out (then it says so). */
  declare changes: ReformChanges | undefined;
  /** The first day after the run (ISO): phases from then on are outside the results. */
  declare runEnd: string;

  constructor() {
    super();
    this.changes = undefined;
    this.runEnd = '';
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 0.75rem 0;
      }
      details {
        border: 1px solid #b1b4b6;
        border-left: 5px solid #1d70b8;
        padding: 0.4rem 0.8rem;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        color: #1d70b8;
      }
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ul {
        margin: 0.25rem 0;
        padding-left: 1.25rem;
      }
      li {
        margin: 0.15rem 0;
      }
      .values {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .after-run {
        font-style: italic;
      }
    `,
  ];

  override render() {
    const c = this.changes;
    return html`<details>
      <summary>What this reform changes</summary>
      ${c === undefined ? html`<p>This reform's changes cannot be listed here.</p>` : this.renderChanges(c)}
    </details>`;
  }

  private renderChanges(c: ReformChanges) {
    return html`
      <h3>Levers</h3>
      ${
        c.levers.length === 0
          ? html`<p>None: every lever is as in today's system.</p>`
          : html`<ul class="levers">
              ${c.levers.map((l) => html`<li data-lever=${l.id}>${l.title}: ${l.setting}</li>`)}
            </ul>`
      }
      <h3>From the start of the run</h3>
      ${
        c.changes.length === 0
          ? html`<p>No parameter differs from the baseline at the start.</p>`
          : html`<ul class="changes">
              ${c.changes.map(shiftItem)}
            </ul>`
      }
      ${c.phases.length === 0 ? null : this.renderPhases(c)}
    `;
  }

  private renderPhases(c: ReformChanges) {
    return html`<h3>Policies that start part-way through</h3>
      ${phaseList(c.phases, this.runEnd)}`;
  }
}

/**
 * The dated policies as an ordered list, each with the parameters that change on its date;
 * with `runEnd` (ISO), those from then on say they are outside the results. The assumptions
 * page uses it too.
 */
export function phaseList(phases: readonly PhaseChange[], runEnd = '') {
  return html`<ol class="phases">
    ${phases.map((phase) => {
      const after = runEnd !== '' && phase.startDate >= runEnd;
      return html`<li data-start-date=${phase.startDate}>
        From <time datetime=${phase.startDate}>${formatDate(phase.startDate)}</time>
        (${phase.levers.join(', ')})${
          after ? html`, <span class="after-run">after this run ends, so not in these results</span>` : null
        }:
        <ul>
          ${phase.changes.map(shiftItem)}
        </ul>
      </li>`;
    })}
  </ol>`;
}

/** One parameter's change: what it means, from and to, and its unit. */
export function shiftItem(s: ParameterShift) {
  return html`<li data-key=${s.key}>
    ${s.meaning}: <span class="values">from ${valueWords(s, s.from)} to ${valueWords(s, s.to)}</span>
    ${s.unit === '' ? null : `(${s.unit})`}
  </li>`;
}

customElements.define('reform-changes', ReformChangesView);

declare global {
  interface HTMLElementTagNameMap {
    'reform-changes': ReformChangesView;
  }
}
