/**
 * `<child-suggestions>`: after "Suggest a child", two ways in side by side: the children whose
 * paths differ most, in rank order, and a typical child (the middle child of the most common
 * way the reform changes a journey: the rule is `divergentChildren`'s in sim-core, said here in
 * words), each with a button to follow them and their difference in words, the one shown
 * marked. Properties in (`suggestions`, `typical`, `divergentCount`, `current`), an event out
 * (`follow-child`). The lists stay while the person follows one child after another, so focus
 * stays on them.
 */
import {
  type DivergentChild,
  JOURNEY_MILESTONES,
  type JourneyMilestone,
  publicPounds,
  type TypicalChild,
} from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { sharedStyles } from '../app/shared-styles.js';
import { formatPounds } from '../text/child-format.js';
import { REGION_WORDS, stateWords } from '../text/journey-words.js';

export class ChildSuggestions extends LitElement {
  static override properties = {
    suggestions: { attribute: false },
    typical: { attribute: false },
    divergentCount: { attribute: false },
    current: { attribute: false },
  };

  /** Most divergent first; the first is the child shown. */
  declare suggestions: readonly DivergentChild[];
  /** The typical child, shown beside the most divergent. */
  declare typical: TypicalChild | undefined;
  declare divergentCount: number | undefined;
  /** The child shown below, marked in the list. */
  declare current: number | undefined;

  constructor() {
    super();
    this.suggestions = [];
    this.typical = undefined;
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
      .ways {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 0.5rem 2rem;
      }
      section {
        min-width: 0;
      }
      h3 {
        margin: 0.5rem 0 0;
        font-size: 1rem;
      }
      ol {
        margin: 0;
        padding-left: 1.25rem;
      }
      li {
        margin: 0.3rem 0;
      }
      ul.one {
        list-style: none;
        padding-left: 0;
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
    const typical = this.typical;
    if (this.suggestions.length === 0 && typical === undefined) return nothing;
    const count = this.divergentCount ?? '?';
    return html`<div class="ways">
      <section id="differs-most" aria-labelledby="differs-most-title">
        <h3 id="differs-most-title">Differs most</h3>
        <p>
          The children whose paths differ most, of the ${count} whose journeys differ at all. Children are ranked by
          how many of the states they end in and of their requests, refusals, mediations, appeals, crises and
          exclusions differ, then by how much of their cost changes or moves between payers.
        </p>
        <ol>
          ${this.suggestions.map((s) => this.item(s, suggestionWords(s)))}
        </ol>
      </section>
      ${
        typical === undefined
          ? nothing
          : html`<section id="typical-child" aria-labelledby="typical-title" data-child=${typical.childId}>
              <h3 id="typical-title">A typical child</h3>
              <p>
                The most common way the reform changes a child's journey: ${patternWords(typical)}
                ${typical.patternCount} of the ${count} children whose journeys differ share it. The typical child is
                the middle one of them by change in cost.
              </p>
              <ul class="one">
                ${this.item(typical, suggestionWords(typical))}
              </ul>
            </section>`
      }
    </div>`;
  }

  private item(child: DivergentChild, words: string) {
    const shown = child.childId === this.current;
    return html`<li aria-current=${shown ? 'true' : 'false'}>
      <button type="button" data-child=${child.childId} @click=${() => this.follow(child.childId)}>
        Follow child ${child.childId}
      </button>
      ${shown ? html`<strong>(shown below)</strong>` : nothing} ${words}
    </li>`;
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
    `public spending ${formatPounds(publicPounds(child.baseline.costs))} today, ${formatPounds(publicPounds(child.reform.costs))} under the reform`,
    `cost to the family ${formatPounds(child.baseline.costs.family)} today, ${formatPounds(child.reform.costs.family)} under the reform`,
  );
  return `${parts.join('; ')}.`;
}

/** A milestone in words, after "more" or "fewer". */
const MILESTONE_WORDS: Readonly<Record<JourneyMilestone, string>> = {
  requests: 'requests for assessment',
  refusals: 'refusals',
  mediations: 'mediations',
  appeals: 'appeals',
  crises: 'crises',
  exclusions: 'exclusions',
};

/** The typical child's pattern of difference in words, ending with a full stop. */
function patternWords(child: DivergentChild): string {
  const regions = Object.keys(child.baseline.finalState).filter(
    (r) => child.baseline.finalState[r] !== child.reform.finalState[r],
  );
  const changes = JOURNEY_MILESTONES.filter(
    (m) => child.baseline.milestones[m] !== child.reform.milestones[m],
  ).map(
    (m) =>
      `${child.reform.milestones[m] > child.baseline.milestones[m] ? 'more' : 'fewer'} ${MILESTONE_WORDS[m]}`,
  );
  const parts = [
    regions.length === 0
      ? 'the child ends the run in the same place in both systems'
      : `the child ends the run differently (${regions.map((r) => REGION_WORDS[r] ?? r).join(', ')})`,
    changes.length === 0
      ? 'with the same number of requests, refusals, mediations, appeals, crises and exclusions'
      : `with ${changes.join(', ')}`,
  ];
  // Public spending and the family's own costs apart: a reform can save one by moving it to the other.
  const publicChange = publicPounds(child.reform.costs) - publicPounds(child.baseline.costs);
  const familyChange = child.reform.costs.family - child.baseline.costs.family;
  const way = (change: number) => (change > 0 ? 'more' : change < 0 ? 'less' : 'the same');
  parts.push(
    publicChange === 0 && familyChange === 0
      ? 'at the same cost to the public purse and to the family'
      : `and costs the public purse ${way(publicChange)} and the family ${way(familyChange)} under the reform`,
  );
  return `${parts.join(', ')}.`;
}

customElements.define('child-suggestions', ChildSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'child-suggestions': ChildSuggestions;
  }
}
