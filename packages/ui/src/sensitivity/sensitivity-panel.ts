/**
 * `<sensitivity-panel>`: "What drives this result?", a one-way sensitivity analysis after a
 * comparison has run. Pick a compared reform (its effect, reform − baseline) or the baseline
 * alone, an outcome and the parameters to vary; each parameter in turn is set to the low and the
 * high end of the plausible range the baseline file records, with the comparison's seed, years
 * and scale and a few replications, and the result is drawn as a tornado with every number in a
 * table, the top row and whether the effect keeps its sign said in words, and any assumption
 * whose result does not move one way across its range explained in words.
 *
 * The analysis runs on a worker pool of its own (`SensitivityController`: sim-core's
 * `planSensitivity`, then `sensitivityFromResults`), so the numbers are the CLI's
 * (`sendsim sensitivity`). The controls stay
 * enabled while it runs (a new request replaces the one running), so focus is never lost.
 * Longer than most components because the form, the words and the table belong together.
 */
import {
  centralQuoteWords,
  type ParameterKey,
  type ReformScenarioFile,
  rowsQuoteWords,
  type SensitivityAnalysis,
  type SkippedParameter,
  sensitivityCsv,
} from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { downloadText, exportName } from '../app/download.js';
import { BASELINE_FILE } from '../app/scenarios.js';
import { RUN_LIMITS } from '../comparison/run-options.js';
import { TYPESET } from '../text/format.js';
import { scaleWords } from '../text/scale-words.js';
import type { SensitivityRunRequest, SimulationResults } from '../worker/worker-protocol.js';
import {
  FREE_PARAMETER_KEYS,
  MAX_SENSITIVITY_REPLICATIONS,
  type ParameterSet,
  RANGED_PARAMETERS,
  runsNeeded,
  SENSITIVITY_OUTCOMES,
  sensitivityReplications,
} from './sensitivity-choices.js';
import { SensitivityController } from './sensitivity-controller.js';
import { centralQuoteFix } from './sensitivity-quote-words.js';
import {
  bendingRows,
  bendSentence,
  formatResultWithInterval,
  formatSwing,
  parameterAmount,
  parameterMeaning,
  signSentence,
  topRowSentence,
} from './sensitivity-words.js';
import '../app/run-progress.js';
import {
  analysisPanelStyles,
  buttonStyles,
  figureTableStyles,
  fitStyles,
  ruledTableStyles,
  sharedStyles,
  stackedTableStyles,
  tableStyles,
} from '../app/shared-styles.js';
import './tornado-chart.js';

/** The target select's value for the baseline's own level (no reform). */
const BASELINE_ALONE = '';

const SET_LABELS: Record<ParameterSet, string> = {
  free: `The calibration’s free parameters (${FREE_PARAMETER_KEYS.length}): the behavioural assumptions no source measures directly`,
  ranged: `Every parameter with a plausible range (${RANGED_PARAMETERS.length}): slow`,
  chosen: 'Parameters I choose',
};

export class SensitivityPanel extends LitElement {
  static override properties = {
    results: { attribute: false },
    editedFiles: { attribute: false },
    target: { state: true },
    metric: { state: true },
    set: { state: true },
    chosen: { state: true },
    problem: { state: true },
  };

  declare results: SimulationResults | undefined;
  /** Reforms built in the editor that the comparison ran (library reforms are found by id). */
  declare editedFiles: readonly ReformScenarioFile[];
  declare target: string;
  declare metric: string;
  declare set: ParameterSet;
  declare chosen: ReadonlySet<ParameterKey>;
  declare problem: string | undefined;

  private readonly sensitivity = new SensitivityController(this);

  constructor() {
    super();
    this.results = undefined;
    this.editedFiles = [];
    this.target = BASELINE_ALONE;
    this.metric = SENSITIVITY_OUTCOMES[0]?.id ?? 'cost_public';
    this.set = 'free';
    this.chosen = new Set(FREE_PARAMETER_KEYS);
    this.problem = undefined;
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    buttonStyles,
    tableStyles,
    ruledTableStyles,
    figureTableStyles,
    analysisPanelStyles,
    css`
      .quote {
        margin: 0.4rem 0 0;
      }
      .quote[data-fit='no'] {
        font-weight: 600;
      }
      .quote-fix {
        margin: 0.3rem 0 0;
        color: #505a5f;
      }
      .quote-fix code {
        /* A long command wraps between its words, and inside one only when a word is wider than the line. */
        white-space: normal;
        overflow-wrap: break-word;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .choose-list {
        max-height: 18rem;
        overflow-y: auto;
        border: 1px solid #b1b4b6;
        padding: 0.25rem 0.5rem;
        margin-top: 0.5rem;
      }
      .choose-list .choice {
        font-size: 0.95rem;
      }
      .finding[data-verdict='reverses'],
      .finding[data-verdict='not-clear'] {
        border-left-color: #d4351c;
      }
      td.evidence {
        text-align: left;
        max-width: 16rem;
      }
    `,
    stackedTableStyles,
  ];

  override willUpdate(): void {
    const ids = this.results?.comparisons.map((c) => c.reform.scenario) ?? [];
    // The first compared reform by default: the question is usually whether its effect holds.
    if (this.target !== BASELINE_ALONE && !ids.includes(this.target)) this.target = ids[0] ?? BASELINE_ALONE;
    if (!this.hasUpdated) this.target = ids[0] ?? BASELINE_ALONE;
  }

  override render() {
    const results = this.results;
    if (results === undefined) return nothing;
    const s = this.sensitivity;
    const busy = s.state === 'running';
    const m = results.baseline.meta;
    const reps = sensitivityReplications(m.reps);
    const count = this.parameters().length;
    const runs = runsNeeded(count, this.target !== BASELINE_ALONE);
    return html`
      <p>
        Every uncertain assumption in the model has a plausible range, with its source or the reason it is
        an assumption. This runs the model again with one assumption at a time at the low and then the high
        end of its range, all others unchanged, and shows how far the result moves. If a reform’s effect
        points the same way at every end, it does not hinge on any one of these assumptions.
      </p>
      <form @submit=${this.onRun} novalidate>
        <label class="field"
          >Result to test
          <select id="sens-target" @change=${this.onTargetChange}>
            ${results.comparisons.map(
              (c) =>
                html`<option value=${c.reform.scenario} ?selected=${c.reform.scenario === this.target}>
                  ${c.reform.scenarioName}: its effect (reform − baseline)
                </option>`,
            )}
            <option value=${BASELINE_ALONE} ?selected=${this.target === BASELINE_ALONE}>
              The baseline alone (today’s system, no reform)
            </option>
          </select>
        </label>
        <label class="field"
          >Outcome
          <select id="sens-outcome" @change=${this.onMetricChange}>
            ${SENSITIVITY_OUTCOMES.map(
              (o) => html`<option value=${o.id} ?selected=${o.id === this.metric}>${o.label}</option>`,
            )}
          </select>
        </label>
        <fieldset>
          <legend>Assumptions to vary</legend>
          ${(Object.keys(SET_LABELS) as ParameterSet[]).map(
            (set) => html`<label class="choice"
              ><input
                type="radio"
                name="sens-set"
                value=${set}
                .checked=${this.set === set}
                @change=${() => {
                  this.set = set;
                }}
              />
              ${SET_LABELS[set]}</label
            >`,
          )}
          ${this.set === 'chosen' ? this.renderChooser() : nothing}
        </fieldset>
        <p class="hint" id="sens-plan">
          About ${runs} runs of ${reps} replication${reps === 1 ? '' : 's'} each, with the comparison’s seed
          (${m.seed}), years (${m.years}) and scale (${m.scale}: ${scaleWords(m.scale)}). Each run has the comparison’s replications
          but at most ${MAX_SENSITIVITY_REPLICATIONS}, so this takes minutes rather than hours; the 95% intervals
          are correspondingly wider than the comparison’s.
        </p>
        <div class="actions">
          <button id="sens-run" class="primary" type="submit">Run sensitivity</button>
          ${busy ? html`<button id="sens-cancel" type="button" @click=${() => s.cancel()}>Cancel</button>` : nothing}
        </div>
      </form>
      <div id="sens-problem" role="alert">
        ${this.problemText() === undefined ? nothing : html`<p class="problem">${this.problemText()}</p>`}
      </div>
      <p id="sens-status" role="status" data-state=${s.state}>${this.statusText()}</p>
      ${busy ? html`<run-progress .value=${s.progress} .remaining=${s.remaining} label="Sensitivity progress"></run-progress>` : nothing}
      ${s.analysis === undefined || s.request === undefined ? nothing : this.renderAnalysis(s.analysis, s.request)}
    `;
  }

  private renderChooser() {
    return html`<fieldset class="choose-list" aria-describedby="sens-chosen-count">
      <legend class="visually-hidden">Parameters with a plausible range</legend>
      <p class="hint" id="sens-chosen-count">${this.chosen.size} ticked.</p>
      <div class="actions">
        <button id="sens-untick" type="button" @click=${() => this.choose([])}>Untick all</button>
        <button id="sens-tick-free" type="button" @click=${() => this.choose(FREE_PARAMETER_KEYS)}>
          Tick the free parameters
        </button>
      </div>
      ${RANGED_PARAMETERS.map(
        (key) => html`<label class="choice"
          ><input
            type="checkbox"
            name="sens-parameter"
            value=${key}
            .checked=${this.chosen.has(key)}
            @change=${(e: Event) => this.toggle(key, (e.target as HTMLInputElement).checked)}
          />
          ${parameterMeaning(key)} <code>${key}</code></label
        >`,
      )}
    </fieldset>`;
  }

  private renderAnalysis(a: SensitivityAnalysis, request: SensitivityRunRequest) {
    const sign = signSentence(a);
    const what =
      a.reform === undefined
        ? `${a.measure.label} in the baseline (${a.measure.overRun})`
        : `the change in ${a.measure.label} under ${a.reform.scenarioName}, reform − baseline, paired replication by replication (${a.measure.overRun})`;
    const m = a.baseline;
    return html`<div
      id="sens-result"
      data-metric=${a.measure.id}
      data-result=${a.result}
      data-central-mean=${String(a.central.mean)}
      data-central-lo=${String(a.central.lo)}
      data-central-hi=${String(a.central.hi)}
    >
      <h3>How far the result moves</h3>
      <p id="sens-meta" class="note">
        Sensitivity of ${what}. Seed ${m.seed}, ${m.reps} replication${m.reps === 1 ? '' : 's'} per run,
        ${m.years} years from ${m.startDate}, scale ${m.scale} (${scaleWords(m.scale)}); ${request.parameters.length} parameter${request.parameters.length === 1 ? '' : 's'} chosen.
      </p>
      <p id="sens-central">
        <strong>Central result</strong> (every parameter at its baseline value):
        ${formatResultWithInterval(a, a.central)}.
      </p>
      ${this.renderQuote(a, request)}
      <p class="finding" id="sens-top">${topRowSentence(a)}</p>
      <p class="finding" id="sens-sign" data-verdict=${sign.verdict}>${sign.text}</p>
      ${this.renderBends(a)}
      <tornado-chart .analysis=${a}></tornado-chart>
      ${a.rows.length === 0 ? nothing : this.renderTable(a)}
      <p class="downloads">
        <button type="button" id="sens-csv" @click=${() => this.downloadCsv(a)}>Download the table (CSV)</button>
        ${
          a.rows.length === 0
            ? nothing
            : html`<button type="button" id="sens-png" @click=${this.downloadPng}>Download the chart (PNG)</button>`
        }
      </p>
      ${this.renderSkipped(a.skipped)}
      <p class="note">
        One-way: each row moves one assumption alone, so the tornado does not show what happens when several
        are wrong together. Ranges, sources and assumptions are the baseline file’s (see the Assumptions page).
      </p>
    </div>`;
  }

  /**
   * Whether the central result is fit to quote (sim-core's rule, in the cards' words), what would
   * make it so, and what that means for the rows.
   */
  private renderQuote(a: SensitivityAnalysis, request: SensitivityRunRequest) {
    const words = centralQuoteWords(a, TYPESET);
    const fix = words.verdict === 'not fit' ? centralQuoteFix(a, request, RUN_LIMITS) : undefined;
    return html`<div id="sens-quote">
      <p class="quote" data-fit=${words.verdict === 'fit' ? 'yes' : words.verdict === 'not fit' ? 'no' : 'not judged'}>
        ${words.text}
      </p>
      ${
        fix === undefined
          ? nothing
          : html`<p class="quote-fix">${fix.text}</p>
            ${
              fix.command === undefined
                ? nothing
                : html`<p class="quote-fix"><code id="sens-command">${fix.command}</code>${
                    fix.needsFile
                      ? html` (download your reform’s file from the editor first, and give its path)`
                      : nothing
                  }</p>`
            }`
      }
      <p class="quote-fix">${rowsQuoteWords(a)}</p>
    </div>`;
  }

  /** Each assumption whose result is above (or below) the central one at both ends, said in words. */
  private renderBends(a: SensitivityAnalysis) {
    const rows = bendingRows(a);
    if (rows.length === 0) return nothing;
    return html`<div id="sens-bends">
      <h3>Where the result does not move one way</h3>
      ${rows.map((r) => html`<p class="finding bend" data-key=${r.key}>${bendSentence(a, r)}</p>`)}
    </div>`;
  }

  /** The same file as `sendsim sensitivity --format csv`. */
  private downloadCsv(a: SensitivityAnalysis): void {
    const scenarios = [a.baseline.scenario, ...(a.reform === undefined ? [] : [a.reform.scenario])];
    downloadText(exportName(scenarios, a.baseline, `sensitivity_${a.measure.id}`, 'csv'), sensitivityCsv(a));
  }

  private readonly downloadPng = (): void => {
    this.renderRoot.querySelector('tornado-chart')?.downloadPng();
  };

  private renderTable(a: SensitivityAnalysis) {
    return html`<table id="sens-table">
      <caption>
        Every assumption varied, the one that moves the result most first: the result at each end of its
        range (95% interval)
      </caption>
      <thead>
        <tr>
          <th scope="col">Assumption</th>
          <th scope="col">Baseline value</th>
          <th scope="col">Plausible range</th>
          <th scope="col">Source or reason</th>
          <th scope="col">Result at low end</th>
          <th scope="col">Result at high end</th>
          <th scope="col">How far it moves (swing)</th>
        </tr>
      </thead>
      <tbody>
        ${a.rows.map(
          (r) => html`<tr
            data-key=${r.key}
            data-value=${String(r.value)}
            data-low=${String(r.low)}
            data-high=${String(r.high)}
            data-at-low-mean=${String(r.atLow.mean)}
            data-at-low-lo=${String(r.atLow.lo)}
            data-at-low-hi=${String(r.atLow.hi)}
            data-at-high-mean=${String(r.atHigh.mean)}
            data-at-high-lo=${String(r.atHigh.lo)}
            data-at-high-hi=${String(r.atHigh.hi)}
            data-swing=${String(r.swing)}
          >
            <th scope="row">
              <span>${parameterMeaning(r.key)}</span>
              <code>${r.key}</code>
              ${r.reformOverrides ? html`<span class="note">The reform sets this itself, so only the baseline side moves.</span>` : nothing}
            </th>
            <td data-label="Baseline value">${parameterAmount(r.value, r.unit)}</td>
            <td data-label="Plausible range">${parameterAmount(r.low, r.unit)} to ${parameterAmount(r.high, r.unit)}</td>
            <td class="evidence" data-label="Source or reason">${this.evidence(r.key)}</td>
            <td class="at-low" data-label="Result at low end">${formatResultWithInterval(a, r.atLow)}</td>
            <td class="at-high" data-label="Result at high end">${formatResultWithInterval(a, r.atHigh)}</td>
            <td class="swing" data-label="How far it moves">${formatSwing(a, r)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The baseline file's source for a parameter, or its reason for being an assumption (folded: it can be long). */
  private evidence(key: ParameterKey) {
    const record = BASELINE_FILE.parameters[key];
    if (record.source !== undefined) {
      const { title, publisher, year } = record.source;
      return `Source: ${title}, ${publisher}, ${year}`;
    }
    return html`<details>
      <summary>Assumption</summary>
      ${record.assumption ?? 'No reason given.'}
    </details>`;
  }

  /** Parameters left out, those stopped by the same scenario rule together (a share group reads as one entry). */
  private renderSkipped(skipped: readonly SkippedParameter[]) {
    if (skipped.length === 0) return nothing;
    const groups = new Map<string, ParameterKey[]>();
    for (const s of skipped) {
      const why = s.rule === undefined ? s.reason : `changing one alone breaks a scenario rule: ${s.rule}`;
      groups.set(why, [...(groups.get(why) ?? []), s.key]);
    }
    return html`<h3>Not varied</h3>
      <ul id="sens-skipped">
        ${[...groups].map(
          ([why, keys]) =>
            html`<li data-keys=${keys.join(' ')}>${keys.map((k, i) => html`${i > 0 ? ', ' : ''}<code>${k}</code>`)}: ${why}</li>`,
        )}
      </ul>`;
  }

  /** The parameters the form asks for now. */
  private parameters(): ParameterKey[] {
    if (this.set === 'free') return [...FREE_PARAMETER_KEYS];
    if (this.set === 'ranged') return [...RANGED_PARAMETERS];
    return RANGED_PARAMETERS.filter((key) => this.chosen.has(key));
  }

  private problemText(): string | undefined {
    if (this.problem !== undefined) return this.problem;
    const s = this.sensitivity;
    return s.state === 'error' ? `The sensitivity analysis failed: ${s.error ?? 'unknown error'}` : undefined;
  }

  private statusText(): string {
    const s = this.sensitivity;
    switch (s.state) {
      case 'idle':
        return 'Choose what to test and press Run sensitivity.';
      case 'running':
        // No share done here: this is a live region, and the progress bar has it (and the time left).
        return 'Running the sensitivity analysis. You can keep using the page, or cancel.';
      case 'done':
        return 'Sensitivity analysis done.';
      case 'cancelled':
        return s.analysis === undefined
          ? 'Cancelled: the sensitivity analysis was stopped.'
          : 'Cancelled: the sensitivity analysis was stopped; the last one finished is shown below.';
      case 'error':
        return 'The sensitivity analysis failed: see the message above.';
    }
  }

  private choose(keys: readonly ParameterKey[]): void {
    this.chosen = new Set(keys);
  }

  private toggle(key: ParameterKey, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(key);
    else next.delete(key);
    this.chosen = next;
  }

  private onTargetChange(event: Event): void {
    this.target = (event.target as HTMLSelectElement).value;
  }

  private onMetricChange(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  private onRun(event: Event): void {
    event.preventDefault();
    const results = this.results;
    if (results === undefined) return;
    const parameters = this.parameters();
    if (parameters.length === 0) {
      this.problem = 'Assumptions to vary: tick at least one parameter.';
      return;
    }
    this.problem = undefined;
    const m = results.baseline.meta;
    const reform =
      this.target === BASELINE_ALONE
        ? undefined
        : (this.editedFiles.find((f) => f.id === this.target) ?? this.target);
    this.sensitivity.run({
      ...(reform === undefined ? {} : { reform }),
      metric: this.metric,
      parameters,
      options: {
        seed: m.seed,
        replications: sensitivityReplications(m.reps),
        years: m.years,
        scale: m.scale,
      },
    });
  }
}

customElements.define('sensitivity-panel', SensitivityPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sensitivity-panel': SensitivityPanel;
  }
}
