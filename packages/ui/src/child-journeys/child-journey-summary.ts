/**
 * `<child-journey-summary>`: who the followed child is and how their two journeys differ:
 * their attributes (the same in both systems), where the paths part, how each ends, and what
 * the child cost each payer in each system with the difference. The cost table carries the
 * raw pounds as data attributes for tests and exports.
 *
 * A single child's cost is one possible life, not an estimate, so it has no interval; the
 * note under the table says so and points to the dashboard's intervals.
 */
import {
  type ChildTrace,
  type ChildTracePair,
  COST_TABLE_ORDER,
  type CostKey,
  costLabel,
  PRICE_BASE,
  type PrimaryNeed,
  PUBLIC_SPENDING_LABEL,
  publicPounds,
  type TraceStep,
  totalPounds,
} from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { ruledTableStyles, sharedStyles, stackedTableStyles } from '../app/shared-styles.js';
import { ageOn, formatDate, formatPounds } from '../text/child-format.js';
import { eventWords, NEED_WORDS, REGION_WORDS, stateWords } from '../text/journey-words.js';

export class ChildJourneySummary extends LitElement {
  static override properties = {
    pair: { attribute: false },
    reformName: { type: String },
    startDate: { type: String },
  };

  declare pair: ChildTracePair | undefined;
  declare reformName: string;
  /** The run's start date, for the child's age at the start. */
  declare startDate: string;

  constructor() {
    super();
    this.pair = undefined;
    this.reformName = 'Reform';
    this.startDate = '';
  }

  static override styles = [
    sharedStyles,
    ruledTableStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 1.05rem;
      }
      dl.attributes {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15rem 0.8rem;
        margin: 0;
      }
      dt {
        color: #505a5f;
      }
      dd {
        margin: 0;
      }
      .parting {
        border-left: 5px solid #1d70b8;
        padding: 0.4rem 0.8rem;
        background: #f3f2f1;
        margin: 0.4rem 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 0.3rem 0.6rem;
        text-align: left;
      }
      table.costs td {
        text-align: right;
      }
      tr.total th,
      tr.total td {
        font-weight: 700;
        border-top: 2px solid #0b0c0c;
      }
      .note {
        font-size: 0.9rem;
        color: #505a5f;
        max-width: 48rem;
      }
    `,
    stackedTableStyles,
  ];

  override render() {
    const pair = this.pair;
    if (pair === undefined) return nothing;
    const a = pair.baseline.attributes;
    const need = String(a.primaryNeed) as PrimaryNeed;
    const birth = String(a.birthDate);
    const advocacy = Number(a.advocacy);
    return html`
      <h3>About child ${pair.childId}</h3>
      <dl class="attributes" id="child-attributes">
        <dt>Age at the start of the run</dt>
        <dd>${this.startDate === '' ? '–' : ageOn(birth, this.startDate)} (born ${formatDate(birth)})</dd>
        <dt>Sex</dt>
        <dd>${a.sex}</dd>
        <dt>Primary need</dt>
        <dd>${NEED_WORDS[need] ?? need} (${need})</dd>
        <dt>Free school meals</dt>
        <dd>${a.freeSchoolMeals ? 'yes' : 'no'}</dd>
        <dt>Family advocacy capacity</dt>
        <dd>
          ${advocacy.toFixed(2)} on a scale of 0 to 1 (${advocacy < 0.35 ? 'low' : advocacy < 0.65 ? 'middling' : 'high'}):
          the time, money and know-how to navigate the system
        </dd>
        <dt>Local area</dt>
        <dd>
          in tenth ${a.localAreaGroup} of 10 of England by educational psychologist capacity for its demand (1 = the
          least, so the longest waits for an assessment)
        </dd>
      </dl>
      <h3>Where the paths part</h3>
      <p class="parting" id="parting">${this.partingText(pair)}</p>
      ${this.endings(pair)} ${this.costs(pair)}
    `;
  }

  private partingText(pair: ChildTracePair): string {
    const d = pair.divergence;
    if (!d.differs) {
      return `Child ${pair.childId}'s journey is the same in both systems: ${this.reformName} changes nothing for this child in this run.`;
    }
    if (d.firstDifferentStep !== undefined && d.firstDifferentDate !== undefined) {
      const x = pair.baseline.steps[d.firstDifferentStep];
      const y = pair.reform.steps[d.firstDifferentStep];
      const lead = `The paths part on ${formatDate(d.firstDifferentDate)}.`;
      if (x !== undefined && y !== undefined && x.event === y.event && x.day !== y.day) {
        // The same step at a different time (usually a shorter or longer wait): say so plainly.
        const days = Math.round(Math.abs(y.day - x.day));
        return `${lead} ${eventWords(y).text} ${days} ${days === 1 ? 'day' : 'days'} ${
          y.day < x.day ? 'sooner' : 'later'
        } under ${this.reformName} (${formatDate(y.date)}) than in today's system (${formatDate(x.date)})${nowText(y)}.`;
      }
      const say = (step: TraceStep | undefined) =>
        step === undefined
          ? 'nothing further happens'
          : `on ${formatDate(step.date)}, ${lowerFirst(eventWords(step).text)}${nowText(step)}`;
      return `${lead} In today's system, ${say(x)}. Under ${this.reformName}, ${say(y)}.`;
    }
    const when =
      d.costsFirstDifferOn === undefined
        ? 'by the end of the run'
        : `from ${formatDate(d.costsFirstDifferOn)}`;
    return `The same things happen in both systems, but ${when} the costs differ: ${this.reformName} changes who pays, or how much, not what happens.`;
  }

  private endings(pair: ChildTracePair) {
    const regions = Object.keys(pair.baseline.finalState);
    return html`<h3>How the run ends</h3>
      <table class="endings" id="endings">
        <thead>
          <tr>
            <th scope="col">Part of the journey</th>
            <th scope="col">Baseline</th>
            <th scope="col">${this.reformName}</th>
            <th scope="col">Same?</th>
          </tr>
        </thead>
        <tbody>
          ${regions.map((region) => {
            const from = pair.baseline.finalState[region]!;
            const to = pair.reform.finalState[region] ?? from;
            return html`<tr data-region=${region}>
              <th scope="row">${REGION_WORDS[region] ?? region}</th>
              <td data-label="Baseline">${stateWords(region, from).text}</td>
              <td data-label=${this.reformName}>${stateWords(region, to).text}</td>
              <td data-label="Same?">${from === to ? 'same' : 'different'}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  private costs(pair: ChildTracePair) {
    // The public payers, their subtotal (public spending), the family's own costs, then the two
    // added, labelled as such: a reform can save public money by moving cost onto this family.
    const pounds = (costs: ChildTrace['totalCosts'], payer: CostKey) =>
      payer === 'total' ? totalPounds(costs) : payer === 'public' ? publicPounds(costs) : costs[payer];
    const label = (payer: CostKey) =>
      payer === 'public'
        ? `${PUBLIC_SPENDING_LABEL} (the public payers above)`
        : payer === 'family'
          ? 'Cost to the family'
          : costLabel(payer);
    const row = (payer: CostKey) => {
      const base = pounds(pair.baseline.totalCosts, payer);
      const reform = pounds(pair.reform.totalCosts, payer);
      const change = pair.divergence.costChange[payer];
      return html`<tr
        class=${payer === 'public' || payer === 'family' ? 'total' : ''}
        data-payer=${payer}
        data-baseline=${base}
        data-reform=${reform}
        data-change=${change}
      >
        <th scope="row">${label(payer)}</th>
        <td data-label="Baseline">${formatPounds(base)}</td>
        <td data-label=${this.reformName}>${formatPounds(reform)}</td>
        <td data-label="Difference">${formatPounds(change, true)}</td>
      </tr>`;
    };
    return html`<h3>What this child cost, by payer</h3>
      <table class="costs" id="child-costs">
        <caption class="visually-hidden">
          Cost of child ${pair.childId} over the run by payer, pounds at ${PRICE_BASE} prices
        </caption>
        <thead>
          <tr>
            <th scope="col">Payer</th>
            <th scope="col">Baseline</th>
            <th scope="col">${this.reformName}</th>
            <th scope="col">Difference (reform − baseline)</th>
          </tr>
        </thead>
        <tbody>
          ${COST_TABLE_ORDER.map(row)}
        </tbody>
      </table>
      <p class="note">
        Pounds at ${PRICE_BASE} prices for this one simulated child over the run (replication 0), not weighted to
        England. One child's path is one possible life, not an estimate, so it has no interval: the dashboard above
        gives averages over all children with their 95% intervals.
      </p>`;
  }
}

/** `Need escalates` → `need escalates`, but `LA refuses` stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** `, now has an EHCP` for a step that changed state, else nothing. */
function nowText(step: TraceStep): string {
  const regions = Object.keys(step.to);
  if (regions.length === 0) return '';
  return `, now ${regions.map((r) => stateWords(r, step.to[r]!).text).join('; ')}`;
}

customElements.define('child-journey-summary', ChildJourneySummary);

declare global {
  interface HTMLElementTagNameMap {
    'child-journey-summary': ChildJourneySummary;
  }
}
