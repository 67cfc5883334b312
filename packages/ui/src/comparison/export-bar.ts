/**
 * `<export-bar>`: take a finished run away. Two CSV files in the formats of
 * `sendsim run --format csv` (every series of every scenario, with a `scenario` column) and
 * `sendsim compare --format csv` (every paired difference), so the browser and the CLI give
 * the same files; and a printable one-page briefing for the chosen reform (the page asks the
 * shell to print, with `print-requested`). Choosing a reform under "Briefing for" tells the
 * shell at once (`briefing-chosen`), so the browser's own Print (Ctrl+P) prints that briefing
 * too. Charts have their own PNG button.
 */
import { compareCsv, scenariosCsv } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { downloadText, exportName } from '../app/download.js';
import { buttonStyles, fitStyles, focusRing } from '../app/shared-styles.js';
import type { SimulationResults } from '../worker/worker-protocol.js';

/**
 * Detail of `print-requested` and `briefing-chosen`: which reform's briefing to print (index
 * into `results.reforms`).
 */
export interface PrintRequest {
  readonly reformIndex: number;
}

export class ExportBar extends LitElement {
  static override properties = {
    results: { attribute: false },
    briefingIndex: { type: Number },
  };

  declare results: SimulationResults | undefined;
  /** The reform whose briefing is chosen (the shell holds it, for the browser's Print too). */
  declare briefingIndex: number;

  constructor() {
    super();
    this.results = undefined;
    this.briefingIndex = 0;
  }

  static override styles = [
    buttonStyles,
    fitStyles,
    css`
      :host {
        display: block;
        margin: 1rem 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem 1rem;
        align-items: center;
      }
      button.print {
        background: #00703c;
        border-color: #00703c;
        color: #fff;
        font-weight: 600;
      }
      button:focus-visible,
      select:focus-visible {
        ${focusRing}
      }
      label {
        display: inline-flex;
        flex-wrap: wrap;
        max-width: 100%;
        gap: 0.4rem;
        align-items: center;
      }
      select {
        font: inherit;
        padding: 0.2rem;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  override render() {
    const results = this.results;
    if (results === undefined) return null;
    return html`<div class="bar" role="group" aria-label="Exports">
      <button type="button" id="download-series" @click=${this.downloadSeries}>
        Download every series (CSV)
      </button>
      <button type="button" id="download-comparison" @click=${this.downloadComparison}>
        Download the comparison table (CSV)
      </button>
      ${
        results.reforms.length > 1
          ? html`<label
              >Briefing for
              <select id="briefing-reform" @change=${this.chooseBriefing}>
                ${results.reforms.map(
                  (r, i) =>
                    html`<option value=${String(i)} ?selected=${i === this.briefingIndex}>${r.meta.scenarioName}</option>`,
                )}
              </select></label
            >`
          : null
      }
      <button type="button" class="print" id="print-briefing" @click=${this.requestPrint}>
        Print a one-page briefing
      </button>
    </div>`;
  }

  private scenarioIds(results: SimulationResults): string[] {
    return [results.baseline, ...results.reforms].map((r) => r.meta.scenario);
  }

  private downloadSeries(): void {
    const results = this.results;
    if (results === undefined) return;
    const csv = scenariosCsv([results.baseline, ...results.reforms]);
    downloadText(exportName(this.scenarioIds(results), results.baseline.meta, 'series', 'csv'), csv);
  }

  private downloadComparison(): void {
    const results = this.results;
    if (results === undefined) return;
    const csv = compareCsv(results.comparisons);
    downloadText(exportName(this.scenarioIds(results), results.baseline.meta, 'comparison', 'csv'), csv);
  }

  private chosen(): PrintRequest {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#briefing-reform');
    return { reformIndex: select === null ? 0 : Number(select.value) };
  }

  private chooseBriefing(): void {
    const detail = this.chosen();
    this.dispatchEvent(new CustomEvent('briefing-chosen', { detail, bubbles: true, composed: true }));
  }

  private requestPrint(): void {
    const detail = this.chosen();
    this.dispatchEvent(new CustomEvent('print-requested', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('export-bar', ExportBar);

declare global {
  interface HTMLElementTagNameMap {
    'export-bar': ExportBar;
  }
}
