/**
 * `<local-area-picker>`: run for England or for your own local area (issue 11, requirement 6).
 * For an area, the reader loads the worked example (Staffordshire, from published figures),
 * the blank template, or a file from disk, and can edit it as JSON here. Every check is
 * sim-core's (`parseLocalAreaFile`, as `sendsim validate` and `--area` use), so problems are
 * worded as for scenario files: field, expected, found. Event out: `area-change` with the valid
 * area, or `undefined` for England or while the file has problems (`problems` says which).
 */
import {
  areaBaseline,
  type BaselineScenarioFile,
  type LocalAreaFile,
  MAX_INPUT_FILE_BYTES,
  parseLocalAreaFile,
  ScenarioError,
  ScenarioValidationError,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import example from '../../../../areas/staffordshire.json?raw';
import template from '../../../../areas/template.json?raw';

/** Detail of `area-change`. */
export interface AreaChange {
  /** Whether the reader chose a local area rather than England. */
  readonly local: boolean;
  /** The valid area, or undefined (England, or a file with problems). */
  readonly area: LocalAreaFile | undefined;
  /** The valid area's share of England's children (its run takes as long as England at this scale). */
  readonly share: number | undefined;
  readonly problems: readonly string[];
}

const FILE = 'local-area.json';

/** The file in the editor, checked: the area and its share of England, or its problems. */
interface AreaCheck {
  readonly area: LocalAreaFile | undefined;
  readonly share: number | undefined;
  readonly problems: readonly string[];
  readonly summary: string | undefined;
}

export class LocalAreaPicker extends LitElement {
  static override properties = {
    baselineFile: { attribute: false },
    disabled: { type: Boolean },
    local: { state: true },
    text: { state: true },
  };

  declare baselineFile: BaselineScenarioFile | undefined;
  declare disabled: boolean;
  /** Whether the reader chose a local area rather than England. */
  declare local: boolean;
  /** The local-area file as the reader has it (the worked example until changed). */
  declare text: string;

  constructor() {
    super();
    this.baselineFile = undefined;
    this.disabled = false;
    this.local = false;
    this.text = example;
  }

  static override styles = css`
    fieldset { border: 1px solid #b1b4b6; padding: 0.5rem 1rem; margin: 0 0 1rem; }
    legend { font-weight: bold; }
    textarea { width: 100%; box-sizing: border-box; min-height: 16rem; font-family: monospace; font-size: 0.85rem; }
    .problems { color: #d4351c; }
    .problems li { overflow-wrap: anywhere; }
    .ok { color: #00703c; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
    label { margin-right: 1rem; }
  `;

  override render() {
    const check = this.local ? this.check() : undefined;
    return html`
      <fieldset>
        <legend>Where</legend>
        <label><input type="radio" name="where" value="england" .checked=${!this.local} ?disabled=${this.disabled} @change=${() => this.choose(false)} /> England</label>
        <label><input type="radio" name="where" value="local" .checked=${this.local} ?disabled=${this.disabled} @change=${() => this.choose(true)} /> Your local area</label>
        ${this.local ? this.renderArea(check!) : null}
      </fieldset>
    `;
  }

  private renderArea(check: AreaCheck) {
    return html`
      <p>
        Describe your council's area in a local-area file (figures from SEN2, the school census, DSG allocations and
        s251 outturn, each with its source). The area is simulated one-to-one on the national model's behaviour;
        figures left out are the national value × the area's share.
      </p>
      <div class="buttons">
        <button type="button" id="area-example" ?disabled=${this.disabled} @click=${() => this.setText(example)}>Worked example: Staffordshire</button>
        <button type="button" id="area-template" ?disabled=${this.disabled} @click=${() => this.setText(template)}>Blank template</button>
        <label>Upload a local-area file <input type="file" id="area-upload" accept=".json,application/json" ?disabled=${this.disabled} @change=${this.onUpload} /></label>
      </div>
      <label for="area-text">Local-area file (JSON)</label>
      <textarea id="area-text" spellcheck="false" .value=${this.text} ?disabled=${this.disabled} @input=${this.onInput}></textarea>
      ${
        check.problems.length > 0
          ? html`<div class="problems" id="area-problems" role="alert"><p>${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}: nothing runs for the area until they are fixed.</p><ul>${check.problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
          : html`<p class="ok" id="area-ok" role="status">${check.summary}</p>`
      }
    `;
  }

  /** The area in the editor, checked, with its problems worded as `sendsim validate` words them. */
  private check(): AreaCheck {
    try {
      const area = parseLocalAreaFile(this.text, FILE);
      let summary = `Valid: ${area.name} (${area.laCode}) from ${area.startDate}.`;
      let share: number | undefined;
      if (this.baselineFile !== undefined) {
        const { summary: s } = areaBaseline(this.baselineFile, area, FILE);
        share = s.share;
        summary +=
          ` ${area.figures.ehcPlans.value.toLocaleString('en-GB')} EHC plans; the run is one-to-one (scale 1).` +
          (s.derivedFigures.length === 0
            ? ''
            : ` Not in the file, so the national value × ${(s.share * 100).toPrecision(3)}% (its share of England, from its ${s.shareBasis}): ${s.derivedFigures.join(', ')}.`);
      }
      return { area, share, problems: [], summary };
    } catch (error) {
      if (error instanceof ScenarioError) {
        const errors = error instanceof ScenarioValidationError ? error.errors : [error];
        return { area: undefined, share: undefined, problems: errors.map(line), summary: undefined };
      }
      throw error;
    }
  }

  /** Show `area` (from a shared link) as the chosen local area, its file in the editor. */
  restore(area: LocalAreaFile): void {
    this.local = true;
    this.setText(`${JSON.stringify(area, null, 2)}\n`);
  }

  private choose(local: boolean): void {
    this.local = local;
    this.emit();
  }

  private setText(text: string): void {
    this.text = text;
    this.emit();
  }

  private onInput(event: Event): void {
    this.setText((event.target as HTMLTextAreaElement).value);
  }

  private async onUpload(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    if (file.size > MAX_INPUT_FILE_BYTES) {
      this.setText(`file too large: ${file.size} bytes`);
      return;
    }
    this.setText(await file.text());
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('baselineFile')) this.emit();
  }

  private emit(): void {
    const check = this.local ? this.check() : { area: undefined, share: undefined, problems: [] };
    this.dispatchEvent(
      new CustomEvent<AreaChange>('area-change', {
        detail: { local: this.local, area: check.area, share: check.share, problems: check.problems },
        bubbles: true,
        composed: true,
      }),
    );
    this.requestUpdate();
  }
}

function line(e: ScenarioError): string {
  return `${e.path}: expected ${e.expected}, found ${e.found}`;
}

customElements.define('local-area-picker', LocalAreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'local-area-picker': LocalAreaPicker;
  }
}
