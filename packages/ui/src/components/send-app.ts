/**
 * `<send-app>`: the app shell. It owns the `SimulationController` (and so the worker), passes
 * the reform library to `<run-controls>`, and shows progress and, when a run is done, each
 * reform's headline cards, cost by payer and a chart. No simulation logic lives here.
 *
 * Also: each reform's plain-English headline, the known limits under the results, exports
 * (CSV, PNG, a printable briefing: `print-requested` from `<export-bar>`) and the assumptions
 * page, shown instead of the comparison while the address ends in `#assumptions`.
 */
import { MODEL_VERSION } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { BASELINE_ID, REFORM_OPTIONS } from '../scenarios.js';
import { SimulationController } from '../simulation-controller.js';
import type { SimulationRequest, SimulationResults } from '../simulation-protocol.js';
import type {} from './assumptions-page.js';
import type {} from './briefing-page.js';
import type { PrintRequest } from './export-bar.js';
import './export-bar.js';
import './known-limits.js';
import './reform-headline.js';
import './cost-by-payer.js';
import './headline-cards.js';
import './run-controls.js';
import './run-progress.js';
import './series-chart.js';

/** The address fragment that shows the assumptions page. */
const ASSUMPTIONS_HASH = '#assumptions';

export class SendApp extends LitElement {
  private readonly simulation = new SimulationController(this);

  static override properties = {
    view: { state: true },
    briefingIndex: { state: true },
    printing: { state: true },
  };

  /** The comparison, or the assumptions page (from the address, so the link and Back work). */
  declare view: 'compare' | 'assumptions';
  /** Which reform the printed briefing is for. */
  declare briefingIndex: number;
  /**
   * Whether the page is being printed: the briefing exists only then, so the screen's DOM
   * (and every test's selectors) never holds a second copy of the cards, table and chart.
   */
  declare printing: boolean;

  private readonly onHashChange = () => {
    this.view = location.hash === ASSUMPTIONS_HASH ? 'assumptions' : 'compare';
  };

  private readonly printMedia = matchMedia('print');
  // `beforeprint` for the browser's Print command; the media query for print previews and
  // emulated print media, which fire no `beforeprint`.
  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = this.printMedia.matches;
  };

  constructor() {
    super();
    this.view = 'compare';
    this.briefingIndex = 0;
    this.printing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    this.printMedia.addEventListener('change', this.onAfterPrint);
    this.onHashChange();
    this.onAfterPrint();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia.removeEventListener('change', this.onAfterPrint);
  }

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
    .meta {
      color: #505a5f;
      font-size: 0.9rem;
      margin: 0 0 0.75rem;
    }
    nav ul {
      list-style: none;
      display: flex;
      gap: 1.5rem;
      padding: 0;
      margin: 0 0 1rem;
      border-bottom: 1px solid #b1b4b6;
    }
    nav a {
      display: inline-block;
      padding: 0.4rem 0;
      color: #1d70b8;
      font-weight: 600;
    }
    nav a[aria-current='page'] {
      color: #0b0c0c;
      text-decoration: none;
      border-bottom: 4px solid #1d70b8;
    }
    nav a:focus-visible {
      outline: 3px solid #ffbf47;
      outline-offset: 2px;
    }
    /* Printing a finished comparison prints its one-page briefing, and nothing else. */
    @media print {
      :host {
        max-width: none;
        padding: 0;
      }
      :host([data-briefing]) header,
      :host([data-briefing]) nav,
      :host([data-briefing]) main {
        display: none;
      }
    }
  `;

  override render() {
    const sim = this.simulation;
    return html`
      <header>
        <h1>SEND system simulator</h1>
        <p class="lede">
          Compare reforms of England's system for special educational needs and disabilities with today's
          system. Each run simulates the same children under every scenario, so the change is measured
          replication by replication and shown with its 95% interval.
        </p>
      </header>
      <nav aria-label="Pages">
        <ul>
          <li>
            <a href="#" aria-current=${this.view === 'compare' ? 'page' : 'false'} @click=${this.showCompare}
              >Compare reforms</a
            >
          </li>
          <li>
            <a href=${ASSUMPTIONS_HASH} aria-current=${this.view === 'assumptions' ? 'page' : 'false'}
              >Assumptions and sources</a
            >
          </li>
        </ul>
      </nav>
      ${
        this.view === 'assumptions'
          ? html`<assumptions-page
              .reform=${sim.results?.reforms[0]?.meta.scenario ?? REFORM_OPTIONS[0]?.id ?? ''}
            ></assumptions-page>`
          : null
      }
      <main ?hidden=${this.view !== 'compare'}>
        <run-controls
          .reforms=${REFORM_OPTIONS}
          .baselineId=${BASELINE_ID}
          ?running=${sim.state === 'running'}
          @run-requested=${this.onRun}
          @cancel-requested=${this.onCancel}
        ></run-controls>
        <p class="status" id="status" role="status" data-state=${sim.state}>${this.statusText()}</p>
        ${sim.state === 'running' ? html`<run-progress .value=${sim.progress}></run-progress>` : null}
        ${sim.state === 'done' && sim.results !== undefined ? this.renderResults(sim.results) : null}
      </main>
      ${
        this.briefingShown()
          ? html`<briefing-page .results=${sim.results} .reformIndex=${this.briefingIndex}></briefing-page>`
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
        return `Running: ${Math.round(sim.progress * 100)}% done. You can keep using the page, or cancel.`;
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
    return html`
      <p class="meta" id="run-meta">
        Seed ${m.seed}, ${m.reps} replications, ${m.years} years from ${m.startDate}, scale ${m.scale}
        (results weighted to England), model version ${MODEL_VERSION}.
      </p>
      ${results.comparisons.map(
        (comparison) => html`<section class="reform" data-reform=${comparison.reform.scenario}>
          <h2>${comparison.reform.scenarioName} compared with the baseline</h2>
          <reform-headline .comparison=${comparison}></reform-headline>
          <h3>Headline outcomes, ${period}</h3>
          <headline-cards .comparison=${comparison}></headline-cards>
          <h3>Who pays</h3>
          <cost-by-payer .comparison=${comparison} .period=${period}></cost-by-payer>
        </section>`,
      )}
      <section class="reform">
        <h2>Over time</h2>
        <series-chart .baseline=${results.baseline} .reforms=${results.reforms}></series-chart>
      </section>
      <section class="reform">
        <h2>Take the results away</h2>
        <export-bar .results=${results} @print-requested=${this.onPrint}></export-bar>
        <known-limits></known-limits>
      </section>
    `;
  }

  private briefingShown(): boolean {
    const sim = this.simulation;
    return this.printing && this.view === 'compare' && sim.state === 'done' && sim.results !== undefined;
  }

  override updated(): void {
    // The print stylesheet shows only the briefing when there is one.
    this.toggleAttribute('data-briefing', this.briefingShown());
    // The assumptions page and the briefing describe the model (the statechart, every
    // parameter): loaded when first wanted, so the first screen loads less.
    if (this.view === 'assumptions') void import('./assumptions-page.js');
    if (this.simulation.state === 'done') void import('./briefing-page.js');
  }

  private showCompare(event: Event): void {
    event.preventDefault();
    if (location.hash === ASSUMPTIONS_HASH) history.pushState(null, '', location.pathname + location.search);
    this.view = 'compare';
  }

  private async onPrint(event: CustomEvent<PrintRequest>): Promise<void> {
    this.briefingIndex = event.detail.reformIndex;
    this.printing = true;
    await customElements.whenDefined('briefing-page');
    await this.updateComplete;
    await this.renderRoot.querySelector('briefing-page')?.fitted;
    print();
  }

  private onRun(event: CustomEvent<SimulationRequest>): void {
    this.simulation.run(event.detail);
  }

  private onCancel(): void {
    this.simulation.cancel();
  }
}

customElements.define('send-app', SendApp);

declare global {
  interface HTMLElementTagNameMap {
    'send-app': SendApp;
  }
}
