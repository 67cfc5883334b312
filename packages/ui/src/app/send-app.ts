/**
 * `<send-app>`: the app shell. It owns the `SimulationController` (and so the worker pool), passes
 * the reform library to `<run-controls>` (with the scenario editor in its `editor` slot, below
 * the reforms), and shows progress and, when a run is done, which results are fit to quote
 * (`<quote-summary>`, whose suggested settings it puts in the run options), each reform's
 * headline, cards (the headline outcomes, then waits, independent placements and fairness),
 * cost by payer and pathway flows, a chart, the same-child view, what drives the result (a
 * one-way sensitivity tornado), how sure the result is (a probabilistic sensitivity analysis),
 * exports and the known limits. No simulation logic lives here.
 *
 * It also holds the scenario editor's reform (added to a run when ticked); keeps the address
 * bar a link to the run and opens such links (`LinkController`, the query string); shows one
 * page at a time, the comparison, trainer mode or the assumptions page, from the address
 * fragment (`PageViewController`); and prints a one-page briefing (`PrintController`).
 *
 * About 500 lines, most of them the shell's template and its event handlers: each panel is its own
 * component and each behaviour its own controller; what stays here is the wiring between them.
 */
import { type LocalAreaFile, MODEL_VERSION, type ReformScenarioFile } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import type {} from '../assumptions/assumptions-page.js';
import type {} from '../briefing/briefing-page.js';
import { PrintController } from '../briefing/print-controller.js';
import { CARD_GROUPS } from '../comparison/card-groups.js';
import { MAX_REFORMS, NUMBER_FIELDS } from '../comparison/run-options.js';
import { SimulationController } from '../comparison/simulation-controller.js';
import { LinkController } from '../links/link-controller.js';
import { editedReformFile, type ViewState } from '../links/url-state.js';
import { type ReformChanges, reformChanges } from '../text/reform-change-words.js';
import { scaleWords } from '../text/scale-words.js';
import type { SimulationRequest, SimulationResults } from '../worker/worker-protocol.js';
import { type PageView, PageViewController } from './page-view-controller.js';
import {
  BASELINE_FILE,
  BASELINE_ID,
  REFORM_FILES,
  REFORM_OPTIONS,
  resolveForArea,
  resolveReformFile,
  resolveScenarioById,
} from './scenarios.js';
import '../child-journeys/child-journeys.js';
import '../comparison/cost-by-payer.js';
import '../comparison/export-bar.js';
import type { PrintRequest } from '../comparison/export-bar.js';
import '../comparison/headline-cards.js';
import '../comparison/headline-lead.js';
import './known-limits.js';
import './page-nav.js';
import '../comparison/pathway-flows.js';
import type { QuoteSettingsChoice } from '../comparison/quote-summary.js';
import '../comparison/quote-summary.js';
import '../comparison/reform-changes.js';
import '../comparison/reform-headline.js';
import '../comparison/run-controls.js';
import './run-progress.js';
import type { EditedChange } from '../editor/scenario-editor.js';
import '../editor/scenario-editor.js';
import type { AreaChange } from '../local-area/local-area-picker.js';
import '../local-area/local-area-picker.js';
import '../psa/psa-panel.js';
import '../sensitivity/sensitivity-panel.js';
import '../charts/series-chart.js';
import '../links/share-link.js';
import '../trainer/trainer-mode.js';

/** Each page's name, first in the window title so tabs and history tell the pages apart. */
const PAGE_TITLES: Readonly<Record<PageView, string>> = {
  compare: 'Compare reforms',
  trainer: 'Trainer mode',
  assumptions: 'Assumptions and sources',
};

export class SendApp extends LitElement {
  private readonly simulation = new SimulationController(this);
  /** Which page is shown; the comparison and trainer mode stay alive while hidden. */
  private readonly page = new PageViewController(this);
  private readonly printing = new PrintController(this);
  private readonly link = new LinkController(
    this,
    {
      reformIds: REFORM_OPTIONS.map((r) => r.id),
      baselineId: BASELINE_ID,
      limits: NUMBER_FIELDS,
      maxReforms: MAX_REFORMS,
    },
    MODEL_VERSION,
  );
  /** The editor's reform, and whether the next run compares it. */
  private edited: EditedChange = { include: false, file: undefined, problems: [] };
  /** England, or the local area chosen (with its problems while it has any). */
  private area: AreaChange = { local: false, area: undefined, share: undefined, problems: [] };
  /** The edited reforms the last run compared (library reforms are found by id). */
  private ranFiles: readonly ReformScenarioFile[] = [];
  /** The local area the last run was for (undefined: England). */
  private ranArea: LocalAreaFile | undefined = undefined;
  /** Each compared reform's changes, by id, for the run shown. */
  private readonly changes = new Map<string, ReformChanges | undefined>();
  /** Why the last Run press ran nothing (the edited reform's problems), when it did not. */
  private runProblem: string | undefined = undefined;
  /** The outcome each headline names first (`<headline-lead>`), or undefined for the usual order. */
  private headlineLead: string | undefined = undefined;

  static override styles = css`
    :host {
      display: block;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem 1.25rem 3rem;
    }
    h1 {
      margin: 0.5rem 0 0.25rem;
      font-size: 1.8rem;
    }
    .lede {
      margin: 0 0 1rem;
      max-width: 48rem;
    }
    .status {
      margin: 1rem 0;
      font-weight: 600;
    }
    .status[data-state='error'] {
      border-left: 5px solid #d4351c;
      padding-left: 0.75rem;
    }
    section.reform {
      border-top: 3px solid #0b0c0c;
      margin-top: 1.5rem;
      padding-top: 0.5rem;
    }
    h2 {
      font-size: 1.4rem;
      margin: 0.5rem 0;
    }
    h3 {
      font-size: 1.15rem;
      margin: 1.25rem 0 0.5rem;
    }
    /* Hidden until focused: the first Tab stop, so keyboard users can pass the header and tabs. */
    .skip-link {
      position: absolute;
      left: -100vw;
      padding: 0.5rem 0.75rem;
      background: #ffdd00;
      color: #0b0c0c;
      font-weight: 700;
    }
    .skip-link:focus {
      position: static;
      display: inline-block;
      outline: 3px solid #0b0c0c;
    }
    /* Focused only by the skip link, to move the reading position; it is not a control. */
    main:focus {
      outline: none;
    }
    .group-intro {
      margin: 0 0 0.6rem;
      max-width: 52rem;
      color: #505a5f;
    }
    .meta {
      color: #505a5f;
      font-size: 0.9rem;
      margin: 0 0 0.75rem;
    }
    /* Printing a finished comparison prints its one-page briefing, and nothing else. */
    @media print {
      :host {
        max-width: none;
        padding: 0;
      }
      :host([data-briefing]) header,
      :host([data-briefing]) main {
        display: none;
      }
    }
  `;

  override render() {
    const sim = this.simulation;
    return html`
      <header>
        <a class="skip-link" href="#main" @click=${this.onSkip}>Skip to main content</a>
        <h1>SEND system simulator</h1>
        <p class="lede">
          Compare reforms of England's system for special educational needs and disabilities with today's
          system. Each run simulates the same children under every scenario, so the change is measured
          replication by replication and shown with its 95% interval.
        </p>
      </header>
      <page-nav .view=${this.page.view}></page-nav>
      <main id="main" tabindex="-1">
      <trainer-mode ?hidden=${this.page.view !== 'trainer'}></trainer-mode>
      ${
        this.page.view === 'assumptions'
          ? html`<assumptions-page .reform=${sim.results?.reforms[0]?.meta.scenario ?? REFORM_OPTIONS[0]?.id ?? ''}></assumptions-page>`
          : null
      }
      <div id="compare" ?hidden=${this.page.view !== 'compare'}>
        <local-area-picker
          .baselineFile=${BASELINE_FILE}
          ?disabled=${sim.state === 'running'}
          @area-change=${this.onAreaChange}
        ></local-area-picker>
        <run-controls
          .extraReforms=${this.edited.include ? 1 : 0}
          .reforms=${REFORM_OPTIONS}
          .baselineId=${BASELINE_ID}
          .speed=${sim.speed}
          .areaShare=${this.area.local ? this.area.share : undefined}
          ?running=${sim.state === 'running'}
          @run-requested=${this.onRun}
          @cancel-requested=${this.onCancel}
        >
          <scenario-editor
            slot="editor"
            .reforms=${REFORM_FILES}
            .baselineFile=${BASELINE_FILE}
            ?disabled=${sim.state === 'running'}
            @edited-change=${this.onEdited}
          ></scenario-editor>
        </run-controls>
        ${this.runProblem === undefined ? null : html`<p class="status" id="run-problem" role="alert" data-state="error">${this.runProblem}</p>`}
        <p class="status" id="status" role="status" data-state=${sim.state}>${this.statusText()}</p>
        <share-link
          .url=${this.link.url}
          .problems=${this.link.problems}
          .versionWarning=${this.link.versionWarning}
          .unlinkable=${this.link.unlinkable}
        ></share-link>
        ${sim.state === 'running' ? html`<run-progress .value=${sim.progress} .remaining=${sim.remaining}></run-progress>` : null}
        ${sim.state === 'done' && sim.results !== undefined ? this.renderResults(sim.results) : null}
      </div>
      </main>
      ${
        this.briefingShown()
          ? html`<briefing-page .results=${sim.results} .reformIndex=${this.printing.reformIndex} .lead=${this.headlineLead}></briefing-page>`
          : null
      }
    `;
  }

  private statusText(): string {
    const sim = this.simulation;
    switch (sim.state) {
      case 'idle':
        return 'Choose reforms and press Run.';
      case 'running':
        // No share done here: this is a live region, and the progress bar has it (and the time left).
        return 'Running. You can keep using the page, or cancel.';
      case 'done':
        return 'Done.';
      case 'cancelled':
        return 'Cancelled: the run was stopped and there are no results.';
      case 'error':
        return `The run failed: ${sim.error ?? 'unknown error'}`;
    }
  }

  private renderResults(results: SimulationResults) {
    const years = results.baseline.years;
    const period = `${years[0]}–${years[years.length - 1]}`;
    const m = results.baseline.meta;
    const runEnd = addYears(m.startDate, m.years);
    return html`
      <p class="meta" id="run-meta">
        ${
          this.ranArea === undefined
            ? html`Seed ${m.seed}, ${m.reps} replications, ${m.years} years from ${m.startDate}, scale ${m.scale}
        (${scaleWords(m.scale)}; results weighted to England), model version ${MODEL_VERSION}.`
            : html`Local area: ${this.ranArea.name} (${this.ranArea.laCode}), simulated one-to-one: the figures are the area's own.
        Seed ${m.seed}, ${m.reps} replications, ${m.years} years from ${m.startDate}, model version ${MODEL_VERSION}.
        Behaviour and unit costs are the national baseline's. A lever that adds a national count (such as +20,000 special
        places) adds the area's share of it: "What this reform changes" lists the area's own values, while a lever's setting in
        words keeps England's numbers.`
        }
      </p>
      <quote-summary .results=${results} .speed=${this.simulation.speed} @quote-settings-chosen=${this.onQuoteSettings}></quote-summary>
      <headline-lead .lead=${this.headlineLead} @headline-lead-chosen=${this.onHeadlineLead}></headline-lead>
      ${results.comparisons.map(
        (comparison) => html`<section class="reform" data-reform=${comparison.reform.scenario}>
          <h2>${comparison.reform.scenarioName} compared with the baseline</h2>
          <reform-headline .comparison=${comparison} .lead=${this.headlineLead}></reform-headline>
          <reform-changes .changes=${this.changesOf(comparison.reform.scenario)} .runEnd=${runEnd}></reform-changes>
          <h3>Headline outcomes, ${period}</h3>
          <headline-cards .comparison=${comparison}></headline-cards>
          ${CARD_GROUPS.map(
            (group) => html`<div class="card-group" data-group=${group.id}>
              <h3>${group.heading}, ${period}</h3>
              <p class="group-intro">${group.intro}</p>
              <headline-cards .comparison=${comparison} .metrics=${group.metrics}></headline-cards>
            </div>`,
          )}
          <h3>Who pays</h3>
          <cost-by-payer .comparison=${comparison} .period=${period}></cost-by-payer>
          <h3>Pathway flows: where children go</h3>
          <pathway-flows .comparison=${comparison} .period=${period}></pathway-flows>
        </section>`,
      )}
      <section class="reform">
        <h2>Over time</h2>
        <series-chart .baseline=${results.baseline} .reforms=${results.reforms}></series-chart>
      </section>
      <section class="reform" id="same-child">
        <h2>Same child, two systems</h2>
        <child-journeys .results=${results}></child-journeys>
      </section>
      <section class="reform" id="drivers">
        <h2>What drives this result?</h2>
        <sensitivity-panel .results=${results} .editedFiles=${this.ranFiles}></sensitivity-panel>
      </section>
      <section class="reform" id="how-sure">
        <h2>How sure is this?</h2>
        <psa-panel .results=${results} .editedFiles=${this.ranFiles} .speed=${this.simulation.speed}></psa-panel>
      </section>
      <section class="reform">
        <h2>Take the results away</h2>
        <export-bar
          .results=${results}
          .briefingIndex=${this.printing.reformIndex}
          @briefing-chosen=${this.onBriefingChosen}
          @print-requested=${this.onPrint}
        ></export-bar>
        <known-limits></known-limits>
      </section>
    `;
  }

  private briefingShown(): boolean {
    const sim = this.simulation;
    return this.printing.printing && this.page.view === 'compare' && sim.state === 'done';
  }

  override updated(): void {
    document.title = `${PAGE_TITLES[this.page.view]}: SEND system simulator`;
    // The print stylesheet shows only the briefing when there is one.
    this.toggleAttribute('data-briefing', this.briefingShown());
    // Both describe the model (the statechart, every parameter): loaded when first wanted.
    if (this.page.view === 'assumptions') void import('../assumptions/assumptions-page.js');
    if (this.simulation.state === 'done') void import('../briefing/briefing-page.js');
  }

  /** The skip link moves focus itself: the fragment `#main` would switch pages, and it is in a shadow root. */
  private onSkip(event: Event): void {
    event.preventDefault();
    const main = this.renderRoot.querySelector<HTMLElement>('#main');
    main?.focus();
    main?.scrollIntoView({ block: 'start' });
  }

  private onHeadlineLead(event: CustomEvent<string | null>): void {
    this.headlineLead = event.detail ?? undefined;
    this.requestUpdate();
  }

  /** Kept at once, so the browser's own Print (not only the button) prints this briefing. */
  private onBriefingChosen(event: CustomEvent<PrintRequest>): void {
    this.printing.choose(event.detail.reformIndex);
  }

  private onPrint(event: CustomEvent<PrintRequest>): void {
    void this.printing.print(event.detail.reformIndex, async () => {
      await customElements.whenDefined('briefing-page');
      await this.updateComplete;
      const briefing = this.renderRoot.querySelector('briefing-page');
      await briefing?.updateComplete;
      await briefing?.fitted;
    });
  }

  private onRun(event: CustomEvent<SimulationRequest>): void {
    const { include, file, problems } = this.edited;
    this.runProblem = undefined;
    if (this.area.local && this.area.area === undefined) {
      this.runProblem = `Nothing ran: the local-area file has problems (see above). ${this.area.problems.join(' ')}`;
    } else if (include && file === undefined) {
      this.runProblem = `Nothing ran: the edited reform has problems (see the editor). ${problems.join(' ')}`;
    } else if (include && file !== undefined && event.detail.reforms.includes(file.id)) {
      this.runProblem = `Nothing ran: the edited reform's id "${file.id}" is a library reform you also chose; give it another id.`;
    }
    if (this.runProblem !== undefined) {
      this.requestUpdate();
      return;
    }
    const reforms = include && file !== undefined ? [...event.detail.reforms, file] : event.detail.reforms;
    const area = this.area.local ? this.area.area : undefined;
    const request: SimulationRequest = { ...event.detail, reforms, ...(area !== undefined ? { area } : {}) };
    this.link.write(request);
    this.start(request);
  }

  private onAreaChange(event: CustomEvent<AreaChange>): void {
    this.area = event.detail;
    this.requestUpdate();
  }

  /** Put the suggested settings in the run options and take the reader there; nothing runs until Run. */
  private async onQuoteSettings(event: CustomEvent<QuoteSettingsChoice>): Promise<void> {
    const controls = this.renderRoot.querySelector('run-controls');
    if (controls === null) return;
    const { replications, scale } = event.detail;
    controls.values = { ...controls.values, replications: String(replications), scale: String(scale) };
    await controls.updateComplete;
    const field = controls.renderRoot.querySelector<HTMLInputElement>('#replications');
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  }

  private onEdited(event: CustomEvent<EditedChange>): void {
    this.edited = event.detail;
    this.requestUpdate();
  }

  /** Open with the view a shared link asks for: set the controls as it says, then run it. */
  override async firstUpdated(): Promise<void> {
    if (location.search === '') return;
    const state = this.link.readOpened();
    if (state !== undefined) this.restore(state);
    // An address that only sizes the worker pool (`?workers=1`) asks for nothing to look at.
    else if (this.link.problems.length === 0) return;
    // Whoever opens a link wants its run (or what is wrong with it), not the editor at the top.
    await this.updateComplete;
    this.renderRoot.querySelector('#status')?.scrollIntoView({ block: 'start' });
  }

  private restore(state: ViewState): void {
    const controls = this.renderRoot.querySelector('run-controls');
    const editor = this.renderRoot.querySelector('scenario-editor');
    if (controls !== null) {
      controls.selected = state.reforms;
      controls.values = Object.fromEntries(
        NUMBER_FIELDS.map((f) => [f.key, String(state.options[f.key])]),
      ) as typeof controls.values;
      controls.prices = state.options.prices ?? 'real';
    }
    if (state.edited !== undefined) editor?.restore(state.edited);
    // The area the link was made for, in the area editor as if the reader had pasted its file.
    if (state.area !== undefined) this.renderRoot.querySelector('local-area-picker')?.restore(state.area);
    const reforms = [
      ...state.reforms,
      ...(state.edited ? [editedReformFile(state.edited, BASELINE_ID)] : []),
    ];
    const request: SimulationRequest = {
      baseline: BASELINE_ID,
      reforms,
      options: state.options,
      ...(state.area !== undefined ? { area: state.area } : {}),
    };
    this.link.write(request, true);
    this.start(request);
  }

  /** Run `request`, keeping the edited reform it runs so its results can say what it changes. */
  private start(request: SimulationRequest): void {
    this.ranArea = request.area;
    this.ranFiles = request.reforms.filter((r): r is ReformScenarioFile => typeof r !== 'string');
    this.changes.clear();
    // A new run's reforms may differ: its briefing starts at the first again.
    this.printing.choose(0);
    this.simulation.run(request);
  }

  /**
   * What reform `id` changes (a library reform, or the edited one that ran), worked out once per
   * run: for a local area, against the area's baseline with the levers scaled as the run was.
   */
  private changesOf(id: string): ReformChanges | undefined {
    if (!this.changes.has(id)) {
      let found: ReformChanges | undefined;
      try {
        const file = this.ranFiles.find((f) => f.id === id);
        const area = this.ranArea;
        if (area !== undefined) {
          found = reformChanges(resolveForArea(BASELINE_ID, area), resolveForArea(file ?? id, area), {
            forArea: true,
          });
        } else {
          const reform = file === undefined ? resolveScenarioById(id) : resolveReformFile(file);
          found = reformChanges(resolveScenarioById(reform.baselineId), reform);
        }
      } catch {
        found = undefined; // the view says it cannot list them
      }
      this.changes.set(id, found);
    }
    return this.changes.get(id);
  }

  private onCancel(): void {
    this.simulation.cancel();
  }
}

/** The ISO date `years` whole years after `iso` (the day after a run of that length ends). */
function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

customElements.define('send-app', SendApp);

declare global {
  interface HTMLElementTagNameMap {
    'send-app': SendApp;
  }
}
