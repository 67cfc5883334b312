/**
 * `<send-app>`: the app shell. It owns the `SimulationController` (and so the worker), passes
 * the reform library to `<run-controls>`, and shows progress and, when a run is done, each
 * reform's headline cards, cost by payer and a chart. No simulation logic lives here.
 */
import { MODEL_VERSION } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { BASELINE_ID, REFORM_OPTIONS } from '../scenarios.js';
import { SimulationController } from '../simulation-controller.js';
import type { SimulationRequest, SimulationResults } from '../simulation-protocol.js';
import './child-journeys.js';
import './cost-by-payer.js';
import './headline-cards.js';
import './pathway-flows.js';
import './run-controls.js';
import './run-progress.js';
import './series-chart.js';

export class SendApp extends LitElement {
  private readonly simulation = new SimulationController(this);

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
      <main>
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
          <h3>Headline outcomes, ${period}</h3>
          <headline-cards .comparison=${comparison}></headline-cards>
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
    `;
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
