/**
 * `<child-timeline>`: one child's two journeys side by side, a row per date on which anything
 * happened in either system: the baseline's steps on the left, the reform's on the right.
 * Each step says what happened and which states the child entered, in plain English, any wait
 * for a service, whether it was a decision, and the cost to date by payer. Rows where the two
 * systems differ say so in words (not only by colour), and the row where the paths part is
 * labelled. It is a table, so a screen reader can move along a date or down a system.
 *
 * Each step carries its raw event, day and cost to date as data attributes, so tests (and
 * exports) can check the page against `traceChild` exactly.
 */
import { type ChildTracePair, PUBLIC_PAYERS, publicPounds, totalPounds } from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { ruledTableStyles, sharedStyles, tableStyles } from '../app/shared-styles.js';
import { ageOn, formatDate, formatPounds, payerBreakdown } from '../text/child-format.js';
import { eventWords, REGION_WORDS, SERVICE_WORDS, stateWords, waitWords } from '../text/journey-words.js';
import { dateRows, type IndexedStep } from './timeline-rows.js';

export class ChildTimeline extends LitElement {
  static override properties = {
    pair: { attribute: false },
    reformName: { type: String },
    differencesOnly: { state: true },
  };

  declare pair: ChildTracePair | undefined;
  declare reformName: string;
  /** Hide dates on which both systems did the same: a long shared start can bury the parting. */
  declare differencesOnly: boolean;

  constructor() {
    super();
    this.pair = undefined;
    this.reformName = 'Reform';
    this.differencesOnly = false;
  }

  static override styles = [
    sharedStyles,
    tableStyles,
    ruledTableStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      .filter {
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0 0 0.6rem;
      }
      .filter input {
        width: 1.1rem;
        height: 1.1rem;
      }
      table {
        table-layout: fixed;
      }
      th,
      td {
        vertical-align: top;
        text-align: left;
        padding: 0.4rem 0.6rem;
      }
      col.when {
        width: 9.5rem;
      }
      /* A phone: a narrower date column, and a long word may break rather than overflow its cell. */
      @media screen and (max-width: 40rem) {
        col.when {
          width: 5.5rem;
        }
        th,
        td {
          padding: 0.4rem 0.3rem;
          overflow-wrap: anywhere;
        }
      }
      tr.differs th,
      tr.differs td {
        background: #f3f2f1;
      }
      tr.parting th,
      tr.parting td {
        border-top: 4px solid #d4351c;
      }
      .marker {
        display: block;
        font-size: 0.85rem;
        font-weight: 700;
      }
      .age {
        display: block;
        color: #505a5f;
        font-weight: 400;
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li + li {
        margin-top: 0.45rem;
      }
      li {
        border-left: 4px solid #b1b4b6;
        padding-left: 0.5rem;
      }
      li.decision {
        border-left-color: #1d70b8;
      }
      .what {
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        font-size: 0.75rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        border: 1px solid #1d70b8;
        color: #1d70b8;
        border-radius: 3px;
        padding: 0 0.25rem;
        margin-right: 0.3rem;
      }
      .now,
      .wait,
      .cost {
        display: block;
        font-size: 0.9rem;
      }
      .wait {
        font-weight: 600;
      }
      .cost {
        color: #505a5f;
      }
      .unknown-state {
        font-family: monospace;
      }
      .none {
        color: #505a5f;
      }
    `,
  ];

  override render() {
    const pair = this.pair;
    if (pair === undefined) return nothing;
    const all = dateRows(pair);
    const rows = this.differencesOnly ? all.filter((row) => !row.same) : all;
    const parting = pair.divergence.firstDifferentDate;
    const birth = String(pair.baseline.attributes.birthDate ?? '');
    return html`<label class="filter">
        <input
          type="checkbox"
          id="differences-only"
          .checked=${this.differencesOnly}
          @change=${(e: Event) => {
            this.differencesOnly = (e.target as HTMLInputElement).checked;
          }}
        />
        Show only the dates on which the two systems differ (${all.filter((r) => !r.same).length} of ${all.length})
      </label>
      <table>
      <caption>
        Child ${pair.childId}'s journey by date: the baseline (today's system) and ${this.reformName}. A row marked
        "different" is where the two systems differ.
      </caption>
      <colgroup>
        <col class="when" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Baseline (today's system)</th>
          <th scope="col">${this.reformName}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const isParting = row.date === parting;
          return html`<tr
            class="${row.same ? 'same' : 'differs'} ${isParting ? 'parting' : ''}"
            data-date=${row.date}
          >
            <th scope="row">
              ${formatDate(row.date)}
              ${birth === '' ? nothing : html`<span class="age">age ${ageOn(birth, row.date)}</span>`}
              ${
                isParting
                  ? html`<span class="marker">Paths part here</span>`
                  : row.same
                    ? nothing
                    : html`<span class="marker">Different</span>`
              }
            </th>
            <td>${this.cell(row.baseline, 'baseline')}</td>
            <td>${this.cell(row.reform, 'reform')}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private cell(steps: readonly IndexedStep[], system: 'baseline' | 'reform') {
    if (steps.length === 0) return html`<span class="none">Nothing happens</span>`;
    return html`<ul>
      ${steps.map(({ step, index }) => {
        const what = eventWords(step);
        const regions = Object.keys(step.to);
        return html`<li
          class=${what.decision ? 'decision' : ''}
          data-system=${system}
          data-index=${index}
          data-day=${step.day}
          data-event=${step.event}
          data-cost-total=${totalPounds(step.costsToDate)}
          data-cost-public=${publicPounds(step.costsToDate)}
        >
          <span class="what"
            >${what.decision ? html`<span class="badge">Decision</span>` : nothing}${what.text}</span
          >
          ${
            regions.length === 0
              ? nothing
              : html`<span class="now"
                >Now:
                ${regions.map((region, i) => {
                  const words = stateWords(region, step.to[region]!);
                  return html`${i > 0 ? '; ' : ''}${REGION_WORDS[region] ?? region}:
                    <span class=${words.known ? 'state' : 'unknown-state'}>${words.text}</span>`;
                })}</span
              >`
          }
          ${
            step.wait === undefined
              ? nothing
              : html`<span class="wait"
                  >Waited ${waitWords(step.wait.days)} for ${SERVICE_WORDS[step.wait.service]}</span
                >`
          }
          <span class="cost"
            >Public spending to date ${formatPounds(publicPounds(step.costsToDate))}${
              PUBLIC_PAYERS.some((p) => Math.round(step.costsToDate[p]) !== 0)
                ? ` (${payerBreakdown(step.costsToDate, PUBLIC_PAYERS)})`
                : ''
            }; cost to the family ${formatPounds(step.costsToDate.family)}</span
          >
        </li>`;
      })}
    </ul>`;
  }
}

customElements.define('child-timeline', ChildTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'child-timeline': ChildTimeline;
  }
}
