/**
 * `<run-controls>`: choose up to three reforms to compare with the baseline and the run
 * options, then Run or Cancel. Properties in (`reforms`, `running`, `speed`), events out
 * (`run-requested` with a `SimulationRequest`, `cancel-requested`). Out-of-range values are
 * named in a message and nothing runs.
 *
 * The reforms are grouped by theme, each with one plain sentence saying what it does
 * (`reform-themes.ts`); the scenario editor ("build your own") sits below them, in the `editor`
 * slot, before the run options. The scale is also said as "1 simulated child = N children", and
 * before anything runs the page estimates how long the chosen settings would take
 * (`run-time-estimate.ts`: the last run's speed on this computer, or a stated reference).
 */
import { css, html, LitElement } from 'lit';
import type { ReformOption } from '../app/scenarios.js';
import { fitStyles, sharedStyles } from '../app/shared-styles.js';
import { reformsByTheme } from '../editor/reform-themes.js';
import { scaleWords } from '../text/scale-words.js';
import type { SimulationRequest } from '../worker/worker-protocol.js';
import { MAX_REFORMS, NUMBER_FIELDS, type NumberField } from './run-options.js';
import { estimateText, REFERENCE_SPEED, type RunSpeed } from './run-time-estimate.js';

export class RunControls extends LitElement {
  static override properties = {
    reforms: { attribute: false },
    baselineId: { attribute: false },
    running: { type: Boolean },
    extraReforms: { type: Number },
    speed: { attribute: false },
    selected: { state: true },
    values: { state: true },
    prices: { state: true },
    problems: { state: true },
    areaShare: { attribute: false },
  };

  declare reforms: readonly ReformOption[];
  declare baselineId: string;
  declare running: boolean;
  /** Reforms added to the run from elsewhere (the scenario editor); they count towards the limit. */
  declare extraReforms: number;
  /** How fast a run goes here, for the estimate of the run time. */
  declare speed: RunSpeed;
  declare selected: readonly string[];
  declare values: Readonly<Record<NumberField['key'], string>>;
  /** Money in real 2025/26 prices or in cash (each financial year's own prices). */
  declare prices: 'real' | 'cash';
  declare problems: readonly string[];
  /**
   * A local area's share of England's children when the run is for an area (undefined for
   * England): the area runs one-to-one, so the scale option does not apply, and the run takes
   * about as long as England at this scale.
   */
  declare areaShare: number | undefined;

  constructor() {
    super();
    this.reforms = [];
    this.baselineId = 'baseline';
    this.running = false;
    this.extraReforms = 0;
    this.speed = REFERENCE_SPEED;
    this.selected = [];
    this.values = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, f.initial])) as Record<
      NumberField['key'],
      string
    >;
    this.prices = 'real';
    this.areaShare = undefined;
    this.problems = [];
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid #b1b4b6;
        border-radius: 4px;
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      fieldset.theme {
        border: none;
        border-top: 1px solid #b1b4b6;
        border-radius: 0;
        margin: 0.5rem 0 0;
        padding: 0.4rem 0 0;
      }
      fieldset.theme legend {
        padding: 0 0.4rem 0 0;
        font-size: 1rem;
      }
      .reforms {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(19rem, 100%), 1fr));
        gap: 0.35rem 1rem;
      }
      .reforms label {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.15rem 0;
      }
      .reforms input {
        margin-top: 0.3rem;
        flex: none;
      }
      .reforms .name {
        display: block;
        font-weight: 600;
      }
      .reforms .summary {
        display: block;
        font-size: 0.9rem;
        color: #505a5f;
      }
      .estimate {
        margin: 0 0 1rem;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 1.5rem;
      }
      .options label {
        display: flex;
        flex-direction: column;
        font-weight: 600;
        max-width: 14rem;
      }
      .options .hint {
        font-weight: 400;
        font-size: 0.85rem;
        color: #505a5f;
      }
      .options #scale-words {
        color: #0b0c0c;
      }
      .options input {
        margin-top: 0.25rem;
        font: inherit;
        padding: 0.25rem 0.4rem;
        width: 9rem;
        border: 2px solid #0b0c0c;
      }
      .options input[aria-invalid='true'] {
        border-color: #d4351c;
        border-width: 3px;
      }
      .note {
        margin: 0.5rem 0 0;
        font-size: 0.9rem;
        color: #505a5f;
      }
      .problems {
        border-left: 5px solid #d4351c;
        padding: 0.5rem 1rem;
        margin: 0 0 1rem;
        background: #fdf0ee;
      }
      .problems p {
        margin: 0;
        font-weight: 600;
      }
      .buttons {
        display: flex;
        gap: 0.75rem;
      }
      button {
        font: inherit;
        font-weight: 600;
        padding: 0.45rem 1.2rem;
        border-radius: 4px;
        border: 2px solid #0b0c0c;
        cursor: pointer;
      }
      #run {
        background: #00703c;
        color: #fff;
        border-color: #00703c;
      }
      #cancel {
        background: #f3f2f1;
        color: #0b0c0c;
      }
      button:disabled {
        opacity: 0.5;
        cursor: not-allowed;
      }
    `,
  ];

  override render() {
    const full = this.selected.length + this.extraReforms >= MAX_REFORMS;
    return html`
      <form @submit=${this.onSubmit} novalidate>
        <fieldset>
          <legend>Reforms to compare with the baseline (choose up to ${MAX_REFORMS})</legend>
          ${reformsByTheme(this.reforms).map(
            (group) => html`<fieldset class="theme">
              <legend>${group.theme}</legend>
              <div class="reforms">
                ${group.reforms.map((reform) => {
                  const checked = this.selected.includes(reform.id);
                  return html`<label>
                    <input
                      type="checkbox"
                      name="reform"
                      value=${reform.id}
                      .checked=${checked}
                      ?disabled=${this.running || (full && !checked)}
                      @change=${this.onReformChange}
                    />
                    <span><span class="name">${reform.name}</span><span class="summary">${reform.summary}</span></span>
                  </label>`;
                })}
              </div>
            </fieldset>`,
          )}
          <p class="note">
            Each is compared with the baseline, <strong>today's system</strong> (scenario file
            ${this.baselineId}.json). ${this.selected.length} of
            ${MAX_REFORMS} reforms chosen${this.extraReforms > 0 ? html`, plus ${this.extraReforms} from the editor` : ''}.
          </p>
        </fieldset>
        <slot name="editor"></slot>
        <fieldset>
          <legend>Run options</legend>
          <div class="options">
            ${NUMBER_FIELDS.map((field) => {
              const invalid = this.fieldProblem(field) !== undefined;
              return html`<label>
                ${field.label}
                <span class="hint">${field.hint} (${field.min} to ${field.max})</span>
                ${
                  field.key === 'scale' && this.areaShare !== undefined
                    ? html`<span class="hint" id="scale-words">Not used for a local area: it runs one-to-one.</span>`
                    : field.key === 'scale' && this.fieldProblem(field) === undefined
                      ? html`<span class="hint" id="scale-words">${scaleWords(Number(this.values.scale))}</span>`
                      : null
                }
                <input
                  id=${field.key}
                  name=${field.key}
                  type="number"
                  inputmode=${field.whole ? 'numeric' : 'decimal'}
                  min=${field.min}
                  max=${field.max}
                  step=${field.step}
                  .value=${this.values[field.key]}
                  aria-invalid=${invalid ? 'true' : 'false'}
                  ?disabled=${this.running || (field.key === 'scale' && this.areaShare !== undefined)}
                  @input=${this.onNumberInput}
                />
              </label>`;
            })}
            <label>
              Prices
              <span class="hint">money in 2025/26 prices, or in cash (each financial year’s own prices)</span>
              <select
                id="prices"
                name="prices"
                ?disabled=${this.running}
                @change=${(e: Event) => {
                  this.prices = (e.target as HTMLSelectElement).value === 'cash' ? 'cash' : 'real';
                }}
              >
                <option value="real" ?selected=${this.prices === 'real'}>2025/26 prices</option>
                <option value="cash" ?selected=${this.prices === 'cash'}>Cash</option>
              </select>
            </label>
          </div>
        </fieldset>
        <p class="estimate" id="run-estimate">${this.estimate()}</p>
        ${
          this.problems.length === 0
            ? null
            : html`<div class="problems" role="alert" id="problems">
              ${this.problems.map((p) => html`<p>${p}</p>`)}
            </div>`
        }
        <div class="buttons">
          <button id="run" type="submit" ?disabled=${this.running}>Run</button>
          <button id="cancel" type="button" ?disabled=${!this.running} @click=${this.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    `;
  }

  /** The estimated run time for the settings as they stand, or what is missing for one. */
  private estimate(): string {
    const reforms = this.selected.length + this.extraReforms;
    if (reforms === 0) return 'Choose a reform to see how long the run would take.';
    if (NUMBER_FIELDS.some((f) => this.fieldProblem(f) !== undefined)) {
      return 'Fix the run options to see how long the run would take.';
    }
    const size = {
      scenarios: 1 + reforms,
      replications: Number(this.values.replications),
      years: Number(this.values.years),
      // An area's children are about its share of England's: it runs as long as England at that scale.
      scale: this.areaShare ?? Number(this.values.scale),
    };
    return `Estimated run time: ${estimateText(size, this.speed)}.`;
  }

  private onReformChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const others = this.selected.filter((id) => id !== input.value);
    this.selected = input.checked ? [...others, input.value].slice(0, MAX_REFORMS) : others;
  }

  private onNumberInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, [input.name]: input.value };
  }

  /** What is wrong with a field's value, in words, or undefined if it is fine. */
  private fieldProblem(field: NumberField): string | undefined {
    const text = this.values[field.key].trim();
    const value = Number(text);
    const expected = `${field.label}: enter ${field.whole ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}`;
    if (text === '' || !Number.isFinite(value)) return `${expected}.`;
    if ((field.whole && !Number.isInteger(value)) || value < field.min || value > field.max) {
      return `${expected}; ${text} is out of range.`;
    }
    return undefined;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    const problems = NUMBER_FIELDS.map((f) => this.fieldProblem(f)).filter((p) => p !== undefined);
    if (this.selected.length + this.extraReforms === 0)
      problems.unshift('Choose at least one reform to compare with the baseline.');
    if (this.selected.length + this.extraReforms > MAX_REFORMS)
      problems.unshift(`Choose at most ${MAX_REFORMS} reforms in all, the edited one included.`);
    this.problems = problems;
    if (problems.length > 0) return;
    const number = (key: NumberField['key']) => Number(this.values[key].trim());
    const request: SimulationRequest = {
      baseline: this.baselineId,
      // In the order the library lists them, whatever order they were ticked in.
      reforms: this.reforms.filter((r) => this.selected.includes(r.id)).map((r) => r.id),
      options: {
        seed: number('seed'),
        replications: number('replications'),
        years: number('years'),
        scale: number('scale'),
        ...(this.prices === 'cash' ? { prices: 'cash' as const } : {}),
      },
    };
    this.dispatchEvent(new CustomEvent('run-requested', { detail: request, bubbles: true, composed: true }));
  }

  private onCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel-requested', { bubbles: true, composed: true }));
  }
}

customElements.define('run-controls', RunControls);

declare global {
  interface HTMLElementTagNameMap {
    'run-controls': RunControls;
  }
}
