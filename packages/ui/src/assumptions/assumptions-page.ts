/**
 * `<assumptions-page>`: every assumption behind the results, generated from sim-core's
 * `describeModel` (the description `sendsim describe` renders): each parameter of the baseline
 * with its value, plausible range, unit, price year and source (title, publisher, year and
 * status) or the reason it is an assumption, grouped and collapsible, with a search box; what
 * a chosen reform changes; how the baseline was calibrated, misses counted as misses (and,
 * on request, the backtest run here, target by target); and the model's known limits (DESIGN 4).
 */
import {
  describeModel,
  findLever,
  KNOWN_LIMITS,
  type ModelDescription,
  type ParameterRow,
  plausibleSetsText,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BASELINE_ID, REFORM_OPTIONS, resolveScenarioById } from '../app/scenarios.js';
import { keyAssumptions } from '../briefing/key-assumptions.js';
import { evidenceText, formatParameterValue, STATUS_KEY, unitText } from '../text/parameter-text.js';
import { type PhaseChange, reformChanges } from '../text/reform-change-words.js';
import '../calibration/calibration-check.js';
import {
  fitStyles,
  ruledTableStyles,
  sharedStyles,
  stackedTableStyles,
  tableStyles,
} from '../app/shared-styles.js';
import { phaseList } from '../comparison/reform-changes.js';

/** A lever's title for a reader; its id only if the registry has no such lever. */
const leverTitle = (id: string): string => findLever(id)?.title ?? id;

export class AssumptionsPage extends LitElement {
  static override properties = {
    reform: { type: String },
    query: { state: true },
  };

  /** The reform whose changes are shown (defaults to the first in the library). */
  declare reform: string;
  declare query: string;

  private description: ModelDescription | undefined;

  constructor() {
    super();
    this.reform = REFORM_OPTIONS[0]?.id ?? '';
    this.query = '';
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    tableStyles,
    ruledTableStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.5rem;
        margin: 1rem 0 0.5rem;
      }
      h3 {
        font-size: 1.2rem;
        margin: 1.5rem 0 0.5rem;
      }
      h4 {
        font-size: 1.05rem;
        margin: 1rem 0 0.4rem;
      }
      p {
        max-width: 60rem;
      }
      details {
        border: 1px solid #b1b4b6;
        border-radius: 4px;
        margin: 0.4rem 0;
        padding: 0.3rem 0.6rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.2rem 0;
      }
      table {
        margin: 0.4rem 0;
        font-size: 0.92rem;
      }
      caption {
        padding-bottom: 0.3rem;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.3rem 0.5rem;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      code {
        font-size: 0.85em;
        color: #505a5f;
        overflow-wrap: anywhere;
      }
      td code {
        display: block;
      }
      label {
        font-weight: 600;
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      input,
      select {
        font: inherit;
        padding: 0.25rem 0.4rem;
        border: 2px solid #0b0c0c;
      }
      input {
        width: 22rem;
        max-width: 100%;
      }
      .miss {
        font-weight: 700;
      }
      .count,
      .seed-documents {
        color: #505a5f;
      }
      /* Mechanisms, limits and sources name files, metrics and parameters: long words that must wrap on a phone. */
      #seed-asks-table td,
      td.source,
      ul.limits li {
        overflow-wrap: anywhere;
      }
    `,
    stackedTableStyles,
  ];

  private get model(): ModelDescription {
    this.description ??= describeModel(resolveScenarioById(BASELINE_ID));
    return this.description;
  }

  override render() {
    const d = this.model;
    const c = d.parameters.counts;
    return html`
      <h2 id="assumptions-heading">Assumptions and sources</h2>
      <p>
        Generated from the model's code and its scenario files (model version ${d.overview.modelVersion}). The
        baseline, “${d.overview.scenario.name}”, starts on ${d.overview.scenario.startDate} and has
        ${c.total} parameters: ${c.sourced} have a published source (status V ${c.byStatus.V}, V2
        ${c.byStatus.V2}, D ${c.byStatus.D}, not stated ${c.byStatus.unstated}) and ${c.assumptions} are
        stated assumptions. Money is recorded in the prices of its source's year and uprated to
        ${d.overview.priceBase} prices before the model reads it. ${STATUS_KEY}
      </p>
      ${this.renderReform()} ${this.renderParameters(d)} ${this.renderCalibration(d)}
      <h3 id="limits">What this model does not include</h3>
      <ul class="limits">
        ${KNOWN_LIMITS.map((l) => html`<li><strong>${l.topic}:</strong> ${l.text}</li>`)}
      </ul>
      ${this.renderSeedAsks(d)}
    `;
  }

  /**
   * Every concrete ask in the founding documents and what represents it (issue 15): written from
   * each lever's declared asks, as `sendsim describe` section 11 is.
   */
  private renderSeedAsks(d: ModelDescription) {
    const c = d.seedAsks;
    const short = new Map(c.documents.map((doc) => [doc.id, doc.short]));
    return html`<h3 id="seed-asks">What the founding documents ask for</h3>
      <p>
        The simulator was built to test the asks in ${c.documents.length} documents: ${c.documents.map(
          (doc, i) => html`${i > 0 ? '; ' : ''}<cite>${doc.title}</cite> (${doc.year})`,
        )}. Of their ${c.asks.length} concrete asks, ${c.counts.lever} are represented by a lever,
        ${c.counts.mechanism} by a mechanism of the model, ${c.counts.outcome} by the outcomes it reports,
        and ${c.counts.notModelled} are not modelled, each with the reason.
      </p>
      <details id="seed-asks-table">
        <summary>Every ask and what represents it (${c.asks.length})</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Ask</th>
              <th scope="col">Represented by</th>
              <th scope="col">Not modelled, or how far it goes</th>
            </tr>
          </thead>
          <tbody>
            ${c.asks.map(
              (a) => html`<tr data-ask=${a.id} data-status=${a.status}>
                <td>
                  ${a.ask}
                  <span class="seed-documents">(${a.seeds.map((s) => short.get(s) ?? s).join('; ')})</span>
                </td>
                <td data-label="Represented by">
                  ${
                    a.status === 'notModelled' && a.outcomes.length === 0
                      ? html`<strong>Not modelled</strong>`
                      : html`<ul>
                          ${a.levers.map((l) => html`<li>Lever: ${l.title}</li>`)}
                          ${a.mechanisms.map((m) => html`<li>Mechanism: ${m}</li>`)}
                          ${a.outcomes.length > 0 ? html`<li>Outcomes: ${a.outcomes.map((o) => html`<code>${o}</code>`)}</li>` : null}
                        </ul>`
                  }
                </td>
                <td data-label=${ifDefined(a.notModelled === undefined && a.note === undefined ? undefined : 'Not modelled, or how far it goes')}>
                  ${a.notModelled ?? a.note ?? ''}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>`;
  }

  private renderReform() {
    const a = keyAssumptions(BASELINE_ID, this.reform);
    return html`<h3>What a reform changes</h3>
      <label
        >Reform
        <select id="reform" @change=${(e: Event) => (this.reform = (e.target as HTMLSelectElement).value)}>
          ${REFORM_OPTIONS.map((r) => html`<option value=${r.id} ?selected=${r.id === this.reform}>${r.name}</option>`)}
        </select>
      </label>
      ${
        a === undefined
          ? html`<p>This reform cannot be described.</p>`
          : html`<ul>
              ${a.levers.map((l) => html`<li><strong>${l.title}</strong> set to ${l.setting}. Evidence: ${l.evidence}</li>`)}
            </ul>
            <table id="reform-changes">
              <caption>
                Parameters this reform changes (${a.changes.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Reform</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Changed by, and its evidence</th>
                </tr>
              </thead>
              <tbody>
                ${a.changes.map(
                  (ch) => html`<tr>
                    <td>${ch.reform.meaning} <code>${ch.reform.key}</code></td>
                    <td class="num" data-label="Baseline">${formatParameterValue(ch.baseline.value)}</td>
                    <td class="num" data-label="Reform">${formatParameterValue(ch.reform.value)}</td>
                    <td data-label="Unit">${ch.reform.unit}</td>
                    <td data-label="Changed by">
                      ${
                        ch.reform.changedBy?.startsWith('lever:')
                          ? `The lever “${leverTitle(ch.reform.changedBy.slice('lever:'.length))}” (evidence above).`
                          : evidenceText(ch.reform)
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
            ${this.renderPhases()}`
      }`;
  }

  /** A phased reform's dated policies: its parameter table above shows only the start of a run. */
  private renderPhases() {
    let phases: readonly PhaseChange[];
    try {
      phases = reformChanges(resolveScenarioById(BASELINE_ID), resolveScenarioById(this.reform)).phases;
    } catch {
      return null; // the reform cannot be described; the text above says so
    }
    return phases.length === 0
      ? null
      : html`<h4>Policies that start part-way through a run</h4>
          ${phaseList(phases)}`;
  }

  private renderParameters(d: ModelDescription) {
    const q = this.query.trim().toLowerCase();
    const matches = (row: ParameterRow) =>
      q === '' || `${row.key} ${row.meaning} ${row.unit} ${evidenceText(row)}`.toLowerCase().includes(q);
    const groups = d.parameters.groups.map((g) => ({ ...g, shown: g.rows.filter(matches) }));
    const shown = groups.reduce((n, g) => n + g.shown.length, 0);
    return html`<h3>Every parameter of the baseline</h3>
      <label
        >Search parameters
        <input
          id="parameter-search"
          type="search"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          placeholder="e.g. tribunal, cost, SEN2"
        />
      </label>
      <p class="count" role="status">Showing ${shown} of ${d.parameters.counts.total} parameters.</p>
      ${groups
        .filter((g) => g.shown.length > 0)
        .map(
          (g) => html`<details data-group=${g.id} ?open=${q !== ''}>
            <summary>${g.title} (${g.shown.length})</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Value</th>
                  <th scope="col">Plausible range</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Source or assumption</th>
                </tr>
              </thead>
              <tbody>
                ${g.shown.map(
                  (row) => html`<tr data-key=${row.key}>
                    <td>${row.meaning} <code>${row.key}</code></td>
                    <td class="num" data-label="Value">${formatParameterValue(row.value)}</td>
                    <td class="num" data-label="Plausible range">${formatParameterValue(row.range[0])} to ${formatParameterValue(row.range[1])}</td>
                    <td data-label="Unit">${unitText(row, d.overview.priceBase)}</td>
                    <td class="source" data-label="Source">
                      ${
                        row.source?.url
                          ? html`<a href=${row.source.url} rel="noopener">${evidenceText(row)}</a>`
                          : evidenceText(row)
                      }${row.source?.note ? html`<br /><small>${row.source.note}</small>` : null}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </details>`,
        )}`;
  }

  private renderCalibration(d: ModelDescription) {
    const fit = d.calibration.fit;
    if (fit === null) return html`<h3>Calibration</h3><p>The baseline has not been calibrated.</p>`;
    const r = fit.result;
    return html`<h3>Calibration</h3>
      <p>
        ${fit.method} Objective: ${fit.objective} It fell from ${fit.objectiveBefore} to ${fit.objectiveAfter} over
        ${fit.evaluations} runs of the backtest “${fit.backtest}” (model version ${fit.modelVersion}). Targets:
        ${fit.targets}.
      </p>
      <table id="calibration">
        <caption>
          How the calibrated baseline fits the published targets (checked with seed ${r.checkedWith.seed},
          ${r.checkedWith.replications} replications, scale ${r.checkedWith.scale})
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">Published targets</th>
            <th scope="col" class="num">Within tolerance (pass)</th>
            <th scope="col" class="num">Missed</th>
            <th scope="col" class="num">Cannot be evaluated by the backtest</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td class="num" data-label="Published targets">${r.targets}</td>
            <td class="num" data-label="Within tolerance (pass)">${r.passed}</td>
            <td class="num miss" data-label="Missed">${r.evaluated - r.passed} missed</td>
            <td class="num" data-label="Cannot be evaluated by the backtest">${r.targets - r.evaluated}</td>
          </tr>
        </tbody>
      </table>
      <p>
        Fitted parameters (${fit.fitted.length}): ${fit.fitted.map((k, i) => html`${i > 0 ? ', ' : ''}<code>${k}</code>`)}.
        ${plausibleSetsText(fit)}
      </p>
      <h4>Target by target</h4>
      <calibration-check .asFitted=${{ ...r.checkedWith }}></calibration-check>`;
  }
}

customElements.define('assumptions-page', AssumptionsPage);

declare global {
  interface HTMLElementTagNameMap {
    'assumptions-page': AssumptionsPage;
  }
}
