/**
 * `<child-suggestions>`: after "Suggest a child", the most divergent children in rank order,
 * each with a button to follow them and their difference in words, the one shown marked.
 * Properties in (`suggestions`, `divergentCount`, `current`), an event out (`follow-child`).
 * The list stays while the person follows one child after another, so focus stays on it.
 */
import { type DivergentChild, totalPounds } from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { formatPounds } from '../child-format.js';
import { REGION_WORDS, stateWords } from '../journey-words.js';
import { sharedStyles } from './shared-styles.js';

export class ChildSuggestions extends LitElement {
  static override properties = {
    suggestions: { attribute: false },
    divergentCount: { attribute: false },
    current: { attribute: false },
  };

  /** Most divergent first; the first is the child shown. */
  declare suggestions: readonly DivergentChild[];
  declare divergentCount: number | undefined;
  /** The child shown below, marked in the list. */
  declare current: number | undefined;

  constructor() {
    super();
    this.suggestions = [];
    this.divergentCount = undefined;
    this.current = undefined;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.95rem;
      }
      p {
        margin: 0.5rem 0;
        max-width: 60rem;
      }
      ol {
        margin: 0;
        padding-left: 1.25rem;
      }
      li {
        margin: 0.3rem 0;
      }
      button {
        font: inherit;
        padding: 0.1rem 0.5rem;
        margin-right: 0.4rem;
        border: 2px solid #0b0c0c;
        border-radius: 4px;
        background: #f3f2f1;
        cursor: pointer;
      }
    `,
  ];

  override render() {
    const first = this.suggestions[0];
    if (first === undefined) return nothing;
    return html`<p>
        The children whose paths differ most, of the ${this.divergentCount ?? '?'} whose journeys differ at all.
        Children are ranked by how many of the states they end in and of their requests, refusals, mediations,
        appeals, crises and exclusions differ, then by how much of their cost changes or moves between payers.
      </p>
      <ol>
        ${this.suggestions.map((s) => {
          const shown = s.childId === this.current;
          return html`<li aria-current=${shown ? 'true' : 'false'}>
            <button type="button" data-child=${s.childId} @click=${() => this.follow(s.childId)}>
              Follow child ${s.childId}
            </button>
            ${shown ? html`<strong>(shown below)</strong>` : nothing} ${suggestionWords(s)}
          </li>`;
        })}
      </ol>`;
  }

  private follow(childId: number): void {
    this.dispatchEvent(new CustomEvent('follow-child', { detail: childId, bubbles: true, composed: true }));
  }
}

/** A suggested child's difference in words: `Support: SEN support in school today, has an EHCP under the reform; …`. */
function suggestionWords(child: DivergentChild): string {
  const parts = Object.keys(child.baseline.finalState)
    .filter((r) => child.baseline.finalState[r] !== child.reform.finalState[r])
    .map(
      (r) =>
        `${REGION_WORDS[r] ?? r} at the end: ${stateWords(r, child.baseline.finalState[r]!).text} today, ${
          stateWords(r, child.reform.finalState[r]!).text
        } under the reform`,
    );
  parts.push(
    `cost ${formatPounds(totalPounds(child.baseline.costs))} today, ${formatPounds(totalPounds(child.reform.costs))} under the reform`,
  );
  return `${parts.join('; ')}.`;
}

customElements.define('child-suggestions', ChildSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'child-suggestions': ChildSuggestions;
  }
}
