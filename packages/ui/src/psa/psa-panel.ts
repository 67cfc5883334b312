/**
 * `<psa-panel>`: "How sure is this?", a probabilistic sensitivity analysis after a comparison
 * has run. Where the one-way panel moves one assumption at a time, this draws every assumption
 * with a plausible range together, many times, and runs the baseline and the ticked reforms with
 * each draw (the comparison's seed, years and scale, one replication a draw). Per reform it says
 * in how many draws the reform did better, the mean effect and the middle 95% of draws, the
 * public spending and unmet need that go with it, and which assumptions' draws go most with the
 * effect; it plots every draw in the cost-effectiveness plane (with every point in a table) and
 * says what the numbers cannot say.
 *
 * The analysis runs on a replication pool of its own (`PsaController`: sim-core's `planPsa`,
 * then `psaFromResults`), so the numbers are `sendsim psa`'s for the same options. Longer than
 * most components because the form, the words and the tables belong together.
 */
import {
  PRICE_BASE,
  type PsaAnalysis,
  type PsaReformResult,
  psaCsv,
  type ReformScenarioFile,
} from '@send-sim/sim-core';
import { css, html, LitElement, nothing } from 'lit';
import { downloadText, exportName } from '../app/download.js';
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
import { estimateText, REFERENCE_SPEED, type RunSpeed } from '../comparison/run-time-estimate.js';
import { SENSITIVITY_OUTCOMES } from '../sensitivity/sensitivity-choices.js';
import { formatMoney, formatNumber } from '../text/format.js';
import { scaleWords } from '../text/scale-words.js';
import type { PsaRunRequest, SimulationResults } from '../worker/worker-protocol.js';
import {
  CLI_PSA,
  DEFAULT_PSA_DRAWS,
  MAX_PSA_DRAWS,
  MIN_PSA_DRAWS,
  PSA_DEFAULT_METRIC,
  PSA_REPLICATIONS,
  parseDraws,
  psaCommand,
  psaRunSize,
  psaRuns,
} from './psa-choices.js';
import { PsaController } from './psa-controller.js';
import {
  betterSentence,
  costSentence,
  effectSentence,
  influenceRows,
  inSentence,
  levelSentence,
  psaCaveats,
  QUADRANT_WORDS,
  quadrantOf,
  quadrantSentence,
  summaryRow,
  TOP_PSA_PARAMETERS,
  topInfluenceSentence,
  twoFigures,
} from './psa-words.js';
import '../app/run-progress.js';
import './psa-scatter.js';

/**
 * A command with each `--option value` kept on one line (a browser would break after the "--"),
 * breaking only between them; the text, and so a copy of it, is unchanged.
 */
function optionsApart(command: string) {
  return command
    .split(/ (?=--)/)
    .map(
      (part, i) =>
        html`${i > 0 ? ' ' : ''}<span class=${part.startsWith('--') ? 'option' : ''}>${part}</span>`,
    );
}

export class PsaPanel extends LitElement {
  static override properties = {
    results: { attribute: false },
    editedFiles: { attribute: false },
    speed: { attribute: false },
    chosen: { state: true },
    drawsText: { state: true },
    metric: { state: true },
    problem: { state: true },
  };

  declare results: SimulationResults | undefined;
  /** Reforms built in the editor that the comparison ran (library reforms are found by id). */
  declare editedFiles: readonly ReformScenarioFile[];
  /** The page's measured run speed, for the time estimate. */
  declare speed: RunSpeed;
  /** Ticked reforms, by id. */
  declare chosen: ReadonlySet<string>;
  declare drawsText: string;
  declare metric: string;
  declare problem: string | undefined;

  private readonly psa = new PsaController(this);
  /** The comparison the ticks were set for: a new one ticks all its reforms again. */
  private ticksFor: SimulationResults | undefined = undefined;

  constructor() {
    super();
    this.results = undefined;
    this.editedFiles = [];
    this.speed = REFERENCE_SPEED;
    this.chosen = new Set();
    this.drawsText = String(DEFAULT_PSA_DRAWS);
    this.metric = PSA_DEFAULT_METRIC;
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
      h4 {
        margin: 1rem 0 0.3rem;
        font-size: 1rem;
      }
      input[type='number'] {
        max-width: 8rem;
      }
      .command .option {
        white-space: nowrap;
      }
      .command code {
        /* A long command wraps between its words, and inside one only when a word is wider than the line. */
        white-space: normal;
        overflow-wrap: break-word;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .hint,
      .note {
        max-width: 60rem;
      }
      .finding.better {
        font-weight: 600;
      }
      .caveats {
        border-left: 5px solid #f47738;
        padding-left: 0.75rem;
        max-width: 60rem;
      }
      table.influence,
      #psa-summary {
        margin-top: 0.75rem;
      }
      table.influence thead th:not(.figure),
      th.words,
      td.words {
        text-align: left;
      }
      table.influence th[scope='row'] {
        min-width: 14rem;
      }
      .points {
        max-height: 24rem;
        overflow-y: auto;
      }
      @media screen and (max-width: 40rem) {
        /* Stacked, the table is read by scrolling the page, not a box inside it. */
        .points {
          max-height: none;
        }
      }
    `,
    stackedTableStyles,
  ];

  override willUpdate(): void {
    if (this.results !== this.ticksFor) {
      this.ticksFor = this.results;
      this.chosen = new Set(this.results?.comparisons.map((c) => c.reform.scenario) ?? []);
    }
  }

  override render() {
    const results = this.results;
    if (results === undefined) return nothing;
    if (results.comparisons.length === 0) {
      return html`<p id="psa-none">Compare at least one reform with the baseline to ask how sure its effect is.</p>`;
    }
    const p = this.psa;
    const busy = p.state === 'running';
    return html`
      <p>
        Every uncertain assumption in the model has a plausible range. This draws all of them together, many
        times over (a Latin hypercube, so each range is covered evenly), and runs the baseline and each reform with
        every draw. It shows how often a reform still does better when the assumptions are wrong together, and which
        assumptions its effect depends on most.
      </p>
      <form @submit=${this.onRun} novalidate>
        <fieldset>
          <legend>Reforms to test</legend>
          ${results.comparisons.map(
            (c) => html`<label class="choice"
              ><input
                type="checkbox"
                name="psa-reform"
                value=${c.reform.scenario}
                .checked=${this.chosen.has(c.reform.scenario)}
                @change=${(e: Event) => this.toggle(c.reform.scenario, (e.target as HTMLInputElement).checked)}
              />
              ${c.reform.scenarioName}</label
            >`,
          )}
        </fieldset>
        <label class="field"
          >Number of draws
          <input
            id="psa-draws"
            type="number"
            inputmode="numeric"
            min=${MIN_PSA_DRAWS}
            max=${MAX_PSA_DRAWS}
            step="1"
            aria-describedby="psa-plan"
            .value=${this.drawsText}
            @input=${(e: Event) => {
              this.drawsText = (e.target as HTMLInputElement).value;
            }}
          />
        </label>
        <label class="field"
          >Outcome
          <select id="psa-outcome" @change=${(e: Event) => {
            this.metric = (e.target as HTMLSelectElement).value;
          }}>
            ${SENSITIVITY_OUTCOMES.map(
              (o) => html`<option value=${o.id} ?selected=${o.id === this.metric}>${o.label}</option>`,
            )}
          </select>
        </label>
        ${this.renderPlan(results)}
        <div class="actions">
          <button id="psa-run" class="primary" type="submit">Run the draws</button>
          ${busy ? html`<button id="psa-cancel" type="button" @click=${() => p.cancel()}>Cancel</button>` : nothing}
        </div>
      </form>
      <div id="psa-problem" role="alert">
        ${this.problemText() === undefined ? nothing : html`<p class="problem">${this.problemText()}</p>`}
      </div>
      <p id="psa-status" role="status" data-state=${p.state}>${this.statusText()}</p>
      ${busy ? html`<run-progress .value=${p.progress} .remaining=${p.remaining} label="Progress of the draws"></run-progress>` : nothing}
      ${p.analysis === undefined || p.request === undefined ? nothing : this.renderAnalysis(p.analysis, p.request)}
    `;
  }

  /** What the run will cost, and what the command line does instead. */
  private renderPlan(results: SimulationResults) {
    const m = results.baseline.meta;
    const parsed = parseDraws(this.drawsText);
    const draws = parsed.ok ? parsed.draws : DEFAULT_PSA_DRAWS;
    const reforms = Math.max(this.chosen.size, 1);
    const runs = psaRuns(draws, reforms);
    const estimate = estimateText(psaRunSize(draws, reforms, m.years, m.scale), this.speed);
    const cli = psaCommand(this.reformRefs(), this.metric, m);
    return html`<div id="psa-plan">
      <p class="hint">
        ${draws} draws × ${1 + reforms} scenarios (the baseline and ${reforms} reform${reforms === 1 ? '' : 's'}) = ${formatNumber(runs)}
        runs of ${PSA_REPLICATIONS} replication each, with the comparison’s seed (${m.seed}), years (${m.years}) and scale
        (${m.scale}: ${scaleWords(m.scale)}): ${estimate}. From ${MIN_PSA_DRAWS} to ${MAX_PSA_DRAWS} draws here.
      </p>
      <p class="hint command">
        The command line does more: ${CLI_PSA.draws} draws of ${CLI_PSA.reps} replications each, which shrinks the
        simulation noise (it can stop and resume): <code id="psa-command">${optionsApart(cli.command)}</code>${
          cli.needsFile ? ' (download your reform’s file from the editor first, and give its path)' : ''
        }
      </p>
    </div>`;
  }

  private renderAnalysis(a: PsaAnalysis, request: PsaRunRequest) {
    const m = a.baseline;
    const cashNote =
      this.results?.baseline.meta.prices === 'cash'
        ? ` The comparison above is in cash; these figures are at ${PRICE_BASE} prices, as sendsim psa gives them.`
        : '';
    return html`<div id="psa-result" data-metric=${a.measure.id} data-draws=${a.draws}>
      <h3>How often each reform did better</h3>
      <p id="psa-meta" class="note">
        ${a.draws} draws of the ${a.parameters.length} assumptions with a plausible range, for “${a.measure.label}”
        (${a.measure.overRun}). Seed ${m.seed}, ${m.reps} replication${m.reps === 1 ? '' : 's'} per draw, ${m.years} years
        from ${m.startDate}, scale ${m.scale} (${scaleWords(m.scale)}); model version ${m.modelVersion}.${cashNote}
      </p>
      <p class="finding" id="psa-level" data-level-mean=${String(a.level.spread.mean)}>${levelSentence(a)}</p>
      ${this.renderSummary(a)}
      ${a.reforms.map((r, i) => this.renderReform(a, r, request.reforms[i]))}
      <h3>Cost against unmet need avoided, draw by draw</h3>
      <psa-scatter .analysis=${a}></psa-scatter>
      ${this.renderPoints(a)}
      <p class="downloads">
        <button type="button" id="psa-csv" @click=${() => this.downloadCsv(a)}>Download every draw (CSV)</button>
        <button type="button" id="psa-png" @click=${this.downloadPng}>Download the plot (PNG)</button>
      </p>
      <h3>Read with care</h3>
      <div id="psa-caveats" class="caveats">
        ${psaCaveats(a).map((text) => html`<p class="note">${text}</p>`)}
      </div>
    </div>`;
  }

  /** Every reform at a glance, so they can be compared; each is said in words below. */
  private renderSummary(a: PsaAnalysis) {
    return html`<table id="psa-summary">
      <caption>
        Each reform over the ${a.draws} draws: its effect on ${inSentence(a.measure.label)} (reform − baseline), and
        the change in public spending and unmet need avoided (means, ${PRICE_BASE} prices)
      </caption>
      <thead>
        <tr>
          <th scope="col">Reform</th>
          <th scope="col">Mean effect</th>
          <th scope="col">Middle 95% of draws</th>
          <th scope="col">Draws in which it did better</th>
          <th scope="col">Public spending</th>
          <th scope="col">Unmet need avoided (child-years)</th>
        </tr>
      </thead>
      <tbody>
        ${a.reforms.map((r) => {
          const row = summaryRow(a, r);
          return html`<tr data-reform=${r.reform.scenario}>
            <th scope="row">${r.reform.scenarioName}</th>
            <td class="effect" data-label="Mean effect">${row.effect}</td>
            <td class="range" data-label="Middle 95% of draws">${row.range}</td>
            <td class="better" data-label="Draws in which it did better">${row.better}</td>
            <td class="cost" data-label="Public spending">${row.publicCost}</td>
            <td class="avoided" data-label="Unmet need avoided (child-years)">${row.avoided}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  /** One reform: the count of better draws, the effect, money and unmet need, and what it hangs on. */
  private renderReform(
    a: PsaAnalysis,
    r: PsaReformResult,
    ref: PsaRunRequest['reforms'][number] | undefined,
  ) {
    const rows = influenceRows(a, r);
    const id = r.reform.scenario;
    return html`<section
      class="psa-reform"
      data-reform=${id}
      data-edited=${ref !== undefined && typeof ref !== 'string' ? 'yes' : 'no'}
      data-effect-mean=${String(r.effect.mean)}
      data-effect-lo=${String(r.effect.lo)}
      data-effect-hi=${String(r.effect.hi)}
      data-probability-better=${String(r.probabilityBetter)}
      data-cost-mean=${String(r.publicCost.mean)}
      data-avoided-mean=${String(r.unmetNeedAvoided.mean)}
    >
      <h4>${r.reform.scenarioName}</h4>
      <p class="finding better">${betterSentence(a, r)}</p>
      <p class="finding effect">${effectSentence(a, r)}</p>
      <p class="finding cost">${costSentence(a, r)}</p>
      <p class="finding quadrants">${quadrantSentence(r)}</p>
      <p class="finding top">${topInfluenceSentence(a, r)}</p>
      <table class="influence">
        <caption>
          The ${TOP_PSA_PARAMETERS} assumptions whose draws go most with ${r.reform.scenarioName}’s effect (Spearman’s rank
          correlation over the draws, from −1 to 1; the CSV lists all ${a.parameters.length})
        </caption>
        <thead>
          <tr>
            <th class="figure" scope="col">Rank</th>
            <th scope="col">Assumption</th>
            <th class="figure" scope="col">Rank correlation</th>
            <th scope="col">What it means</th>
            <th scope="col">Drawn over</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (
              row,
            ) => html`<tr data-key=${row.key} data-spearman=${String(row.spearman)} data-clear=${row.clear ? 'yes' : 'no'}>
              <td data-label="Rank">${row.rank}</td>
              <th scope="row"><span>${row.meaning}</span><code>${row.key}</code></th>
              <td data-label="Rank correlation">${row.rho}</td>
              <td class="words" data-label="What it means">${row.reading}</td>
              <td class="words" data-label="Drawn over">${row.drawnOver}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** The plot's table alternative: every point, folded (it is long). */
  private renderPoints(a: PsaAnalysis) {
    const points = a.reforms.flatMap((r) => r.scatter.map((p) => ({ r, p })));
    return html`<details id="psa-points-details">
      <summary>Every point of the plot as a table (${points.length} rows)</summary>
      <div class="points" tabindex="0" role="region" aria-label="Every point of the plot">
        <table id="psa-points">
          <caption>
            Each draw’s change in public spending over the run (${PRICE_BASE} prices, weighted to England) and child-years
            of unmet need avoided, reform against baseline
          </caption>
          <thead>
            <tr>
              <th scope="col">Reform</th>
              <th scope="col">Draw</th>
              <th scope="col">Unmet need avoided (child-years)</th>
              <th scope="col">Change in public spending</th>
              <th class="words" scope="col">Where it falls</th>
            </tr>
          </thead>
          <tbody>
            ${points.map(
              ({ r, p }) => html`<tr
                data-reform=${r.reform.scenario}
                data-draw=${p.draw}
                data-avoided=${String(p.unmetNeedAvoided)}
                data-cost=${String(p.publicCost)}
                data-effect=${String(p.effect)}
              >
                <th scope="row">${r.reform.scenarioName}</th>
                <td data-label="Draw">${p.draw + 1}</td>
                <td data-label="Unmet need avoided (child-years)">${twoFigures(p.unmetNeedAvoided)}</td>
                <td data-label="Change in public spending">${Number.isFinite(p.publicCost) ? formatMoney(p.publicCost, true) : '–'}</td>
                <td class="words" data-label="Where it falls">${QUADRANT_WORDS[quadrantOf(p)]}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="note">
        One draw is one run, so its figures are written to two significant figures. The CSV has them unrounded.
      </p>
    </details>`;
  }

  /** The same file as `sendsim psa --format csv`. */
  private downloadCsv(a: PsaAnalysis): void {
    const scenarios = [a.baseline.scenario, ...a.reforms.map((r) => r.reform.scenario)];
    downloadText(exportName(scenarios, a.baseline, `psa${a.draws}_${a.measure.id}`, 'csv'), psaCsv(a));
  }

  private readonly downloadPng = (): void => {
    this.renderRoot.querySelector('psa-scatter')?.downloadPng();
  };

  /** The ticked reforms as the request names them: a library id, or the editor's file. */
  private reformRefs(): PsaRunRequest['reforms'] {
    const ids =
      this.results?.comparisons.map((c) => c.reform.scenario).filter((id) => this.chosen.has(id)) ?? [];
    return ids.map((id) => this.editedFiles.find((f) => f.id === id) ?? id);
  }

  private problemText(): string | undefined {
    if (this.problem !== undefined) return this.problem;
    const p = this.psa;
    return p.state === 'error' ? `The draws failed: ${p.error ?? 'unknown error'}` : undefined;
  }

  private statusText(): string {
    const p = this.psa;
    switch (p.state) {
      case 'idle':
        return 'Choose the reforms and the number of draws, and press Run the draws.';
      case 'running':
        // No share done here: this is a live region, and the progress bar has it (and the time left).
        return 'Running the draws. You can keep using the page, or cancel.';
      case 'done':
        return 'Draws done.';
      case 'cancelled':
        return p.analysis === undefined
          ? 'Cancelled: the draws were stopped.'
          : 'Cancelled: the draws were stopped; the last analysis finished is shown below.';
      case 'error':
        return 'The draws failed: see the message above.';
    }
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
  }

  private onRun(event: Event): void {
    event.preventDefault();
    const results = this.results;
    if (results === undefined) return;
    const reforms = this.reformRefs();
    const parsed = parseDraws(this.drawsText);
    if (reforms.length === 0) {
      this.problem = 'Reforms to test: tick at least one reform.';
      return;
    }
    if (!parsed.ok) {
      this.problem = parsed.problem;
      return;
    }
    this.problem = undefined;
    const m = results.baseline.meta;
    this.psa.run({
      reforms,
      metric: this.metric,
      draws: parsed.draws,
      options: { seed: m.seed, replications: PSA_REPLICATIONS, years: m.years, scale: m.scale },
    });
  }
}

customElements.define('psa-panel', PsaPanel);

declare global {
  interface HTMLElementTagNameMap {
    'psa-panel': PsaPanel;
  }
}
