/**
 * `<scenario-editor>`: build a reform by setting the twelve policy levers, starting from today's
 * system or any library reform, or from a scenario file loaded from disk; name and describe it;
 * download it as a scenario file that `sendsim validate` and `sendsim compare` accept; and choose
 * to compare it with the baseline in the next run.
 *
 * Every check is sim-core's (`checkDraft` → `validateScenarioData`), so the browser and the CLI
 * agree; problems are shown next to their control and in a summary, and an invalid reform is
 * neither run nor downloaded. Properties in (`reforms`, `baselineFile`, `disabled`), event out
 * (`edited-change` with an `EditedChange`, after every change).
 */
import {
  type BaselineScenarioFile,
  LEVERS,
  MAX_INPUT_FILE_BYTES,
  type ReformScenarioFile,
} from '@send-sim/sim-core';
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditedReformState } from '../links/url-state.js';
import { editorStyles } from './editor-styles.js';
import type { LeverInput } from './lever-control.js';
import {
  checkDraft,
  type DraftCheck,
  defaultText,
  draftFromEdited,
  draftFromFile,
  fileNameOf,
  loadDraft,
  movedLevers,
  type ReformDraft,
  scenarioFileText,
} from './reform-draft.js';
import './lever-control.js';

/** Detail of `edited-change`: whether to run the edited reform, and it if it is valid. */
export interface EditedChange {
  readonly include: boolean;
  /** The valid scenario file, or undefined while it has problems. */
  readonly file: ReformScenarioFile | undefined;
  /** Every problem, as `sendsim validate` words it. */
  readonly problems: readonly string[];
}

type TextField = 'id' | 'name' | 'description';

export class ScenarioEditor extends LitElement {
  static override properties = {
    reforms: { attribute: false },
    baselineFile: { attribute: false },
    disabled: { type: Boolean },
    draft: { state: true },
    include: { state: true },
    open: { state: true },
    loadMessage: { state: true },
    loadedFrom: { state: true },
    showSummary: { state: true },
  };

  declare reforms: readonly ReformScenarioFile[];
  declare baselineFile: BaselineScenarioFile | undefined;
  declare disabled: boolean;
  declare draft: ReformDraft | undefined;
  declare include: boolean;
  declare open: boolean;
  /** Why the last file chosen could not be loaded (the ScenarioError message). */
  declare loadMessage: string | undefined;
  /** Where the current draft came from, in words. */
  declare loadedFrom: string;
  /** Set once the user tries to download with problems, so the summary is announced then. */
  declare showSummary: boolean;

  constructor() {
    super();
    this.reforms = [];
    this.baselineFile = undefined;
    this.disabled = false;
    this.draft = undefined;
    this.include = false;
    this.open = false;
    this.loadMessage = undefined;
    this.loadedFrom = "today's system";
    this.showSummary = false;
  }

  static override styles = editorStyles;

  /** Show a reform read from a link, opened and included in the run. */
  restore(edited: EditedReformState): void {
    const baseline = this.baselineFile?.id ?? 'baseline';
    this.setDraft(draftFromEdited(edited, baseline), 'the link you opened');
    this.include = true;
    this.open = true;
    this.announce();
  }

  private get check(): DraftCheck | undefined {
    return this.draft === undefined ? undefined : checkDraft(this.draft);
  }

  override willUpdate(): void {
    if (this.draft === undefined && this.baselineFile !== undefined) {
      this.draft = draftFromFile(this.baselineFile);
      this.announce();
    }
  }

  override render() {
    const draft = this.draft;
    const check = this.check;
    if (draft === undefined || check === undefined) return null;
    const moved = Object.keys(movedLevers(draft)).length;
    const problems = check.problems;
    return html`
      <h2>Build your own reform</h2>
      <details id="editor" ?open=${this.open} @toggle=${this.onToggle}>
        <summary id="open-editor">Scenario editor: set the levers, load or download a scenario file</summary>
        <p class="lede">
          Start from today's system or a reform in the library, or load a scenario file, then set each
          lever. Every value is checked by the same rules as <code>sendsim validate</code>. Download the
          result as a scenario file, or compare it with the baseline in the next run.
        </p>
        <div class="row">
          <label
            >Start from
            <select id="start-from" ?disabled=${this.disabled} @change=${this.onStartFrom}>
              <option value="" selected>Today's system (the baseline, no levers moved)</option>
              ${this.reforms.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
            </select>
          </label>
          <label
            >Or load a scenario file (.json)
            <input id="load" type="file" accept=".json,application/json" ?disabled=${this.disabled} @change=${this.onLoad} />
          </label>
        </div>
        ${this.loadMessage === undefined ? null : html`<div class="problems" role="alert" id="load-problem"><p>This file could not be loaded:</p><pre>${this.loadMessage}</pre></div>`}
        <p class="note" id="origin">Editing: ${draft.name.trim() === '' ? '(no name yet)' : draft.name} (from ${this.loadedFrom}). ${this.keptNote(draft)}</p>
        <fieldset>
          <legend>About this reform</legend>
          ${this.textField(check, 'name', 'Name', 'a short title for headings and charts')}
          ${this.textField(check, 'id', 'File name (id)', 'lower-case letters, digits and hyphens; the file is saved as <id>.json')}
          ${this.textField(check, 'description', 'Description', 'what the reform does, in plain English')}
        </fieldset>
        <fieldset>
          <legend>Levers (${moved} of ${LEVERS.length} changed from today's system)</legend>
          <div class="levers">
            ${LEVERS.map(
              (lever) => html`<lever-control
                .lever=${lever}
                .value=${draft.levers[lever.id] ?? defaultText(lever)}
                .problem=${this.problemText(check, lever.id)}
                ?disabled=${this.disabled}
                @lever-input=${this.onLeverInput}
              ></lever-control>`,
            )}
          </div>
        </fieldset>
        ${
          problems.length === 0
            ? null
            : html`<div class="problems" id="editor-problems" role=${this.showSummary ? 'alert' : 'status'}>
                <p>This reform has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so it cannot be run or downloaded until it is fixed:</p>
                <ul>${problems.map((p) => html`<li>${p.message}</li>`)}</ul>
              </div>`
        }
        <div class="row actions">
          <label class="check">
            <input id="include" type="checkbox" .checked=${this.include} ?disabled=${this.disabled} @change=${this.onInclude} />
            Compare this reform with the baseline when I press Run
          </label>
          <button id="download" type="button" @click=${this.onDownload}>Download scenario file</button>
        </div>
      </details>
    `;
  }

  private textField(check: DraftCheck, key: TextField, label: string, hint: string) {
    const problem = this.problemText(check, key);
    const describedBy = `hint-${key}${problem !== undefined ? ` problem-${key}` : ''}`;
    const value = this.draft?.[key] ?? '';
    const attrs = { id: `edit-${key}`, invalid: problem !== undefined ? 'true' : 'false' };
    return html`<div class="field">
      <label for=${attrs.id}>${label}</label>
      <span class="hint" id=${`hint-${key}`}>${hint}</span>
      ${
        key === 'description'
          ? html`<textarea id=${attrs.id} name=${key} rows="3" .value=${live(value)} aria-invalid=${attrs.invalid} aria-describedby=${describedBy} ?disabled=${this.disabled} @input=${this.onText}></textarea>`
          : html`<input id=${attrs.id} name=${key} type="text" .value=${live(value)} aria-invalid=${attrs.invalid} aria-describedby=${describedBy} ?disabled=${this.disabled} @input=${this.onText} />`
      }
      ${problem === undefined ? null : html`<p class="problem" id=${`problem-${key}`}>${problem}</p>`}
    </div>`;
  }

  private problemText(check: DraftCheck, control: string): string | undefined {
    const p = check.byControl.get(control);
    return p === undefined ? undefined : `Expected ${p.expected}; found ${p.found}.`;
  }

  private keptNote(draft: ReformDraft): string {
    const kept: string[] = [];
    const overrides = Object.keys(draft.kept.parameters ?? {});
    if (overrides.length > 0) kept.push(`parameter overrides (${overrides.join(', ')})`);
    const effects = draft.kept.expectedEffects?.length ?? 0;
    if (effects > 0) kept.push(`${effects} expected effect${effects === 1 ? '' : 's'}`);
    if (draft.kept.startDate !== undefined) kept.push(`start date ${draft.kept.startDate}`);
    return kept.length === 0 ? '' : `Kept unchanged from the file (no controls here): ${kept.join('; ')}.`;
  }

  private setDraft(draft: ReformDraft, from: string): void {
    this.draft = draft;
    this.loadedFrom = from;
    this.showSummary = false;
  }

  private update_(change: Partial<ReformDraft>): void {
    if (this.draft === undefined) return;
    this.draft = { ...this.draft, ...change };
    this.announce();
  }

  private onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }

  private onStartFrom(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const reform = this.reforms.find((r) => r.id === id);
    const start = reform ?? this.baselineFile;
    if (start === undefined) return;
    const draft = draftFromFile(start);
    // A new id and name, so the edited reform is never mistaken for the library one.
    const edited =
      reform === undefined ? draft : { ...draft, id: `${reform.id}-edited`, name: `${reform.name} (edited)` };
    this.setDraft(edited, reform === undefined ? "today's system" : `the library reform "${reform.name}"`);
    this.loadMessage = undefined;
    this.announce();
  }

  private async onLoad(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    if (chosen.size > MAX_INPUT_FILE_BYTES) {
      // Checked before reading: a 20 MB file stalled the page for seconds.
      input.value = '';
      this.loadMessage = `${chosen.name}: expected a scenario file of at most ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MB, found ${(chosen.size / 1024 / 1024).toFixed(1)} MB`;
      return;
    }
    const result = loadDraft(await chosen.text(), chosen.name, this.baselineFile?.id ?? 'baseline');
    input.value = ''; // so choosing the same file again (after fixing it) loads it again
    if (!result.ok) {
      this.loadMessage = result.message;
      return;
    }
    this.loadMessage = undefined;
    this.setDraft(result.draft, `the file ${chosen.name}`);
    this.announce();
  }

  private onText(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.update_({ [target.name as TextField]: target.value });
  }

  private onLeverInput(event: CustomEvent<LeverInput>): void {
    const levers = { ...this.draft?.levers, [event.detail.id]: event.detail.value };
    this.update_({ levers });
  }

  private onInclude(event: Event): void {
    this.include = (event.target as HTMLInputElement).checked;
    this.announce();
  }

  private onDownload(): void {
    const check = this.check;
    if (check?.file === undefined) {
      this.showSummary = true; // role=alert: the summary is read out now
      return;
    }
    const blob = new Blob([scenarioFileText(check.file)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileNameOf(check.file);
    link.click();
    // Later, not at once: the browser reads the blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  /** Tell the app the current state (after Lit has applied the change). */
  private announce(): void {
    const check = this.check;
    const detail: EditedChange = {
      include: this.include,
      file: check?.file,
      problems: check?.problems.map((p) => p.message) ?? [],
    };
    this.dispatchEvent(new CustomEvent('edited-change', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('scenario-editor', ScenarioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'scenario-editor': ScenarioEditor;
  }
}
