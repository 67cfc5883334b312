/**
 * `<run-controls>`: choose up to three reforms to compare with the baseline and the run
 * options, then Run or Cancel. Properties in (`reforms`, `running`), events out
 * (`run-requested` with a `SimulationRequest`, `cancel-requested`). Out-of-range values are
 * named in a message and nothing runs.
 */
import { css, html, LitElement } from 'lit';
import type { ReformOption } from '../scenarios.js';
import type { SimulationRequest } from '../simulation-protocol.js';
import { fitStyles, sharedStyles } from './shared-styles.js';

/** At most this many reforms per run: the page and the run time stay readable. */
export const MAX_REFORMS = 3;

interface NumberField {
  readonly key: 'seed' | 'replications' | 'years' | 'scale';
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
  readonly initial: string;
  readonly whole: boolean;
}

/**
 * The run options, with limits that keep a browser run to minutes rather than hours. The
 * defaults (10 replications at 1% of England) make a comparison fit to quote, as the README's
 * Web app section defines it, in about 13 s for three reforms on a 2-core machine.
 */
export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'seed',
    label: 'Seed',
    hint: 'the same seed gives the same result',
    min: 0,
    max: 999_999,
    step: 1,
    initial: '1',
    whole: true,
  },
  {
    key: 'replications',
    label: 'Replications',
    hint: 'more give narrower intervals; at least 2 for an interval',
    min: 2,
    max: 50,
    step: 1,
    initial: '10',
    whole: true,
  },
  {
    key: 'years',
    label: 'Years',
    hint: 'length of the run from the start date',
    min: 1,
    max: 25,
    step: 1,
    initial: '10',
    whole: true,
  },
  {
    key: 'scale',
    label: 'Scale',
    hint: 'share of England simulated, weighted back to national figures',
    min: 0.0005,
    max: 0.05,
    step: 'any',
    initial: '0.01',
    whole: false,
  },
];

export class RunControls extends LitElement {
  static override properties = {
    reforms: { attribute: false },
    baselineId: { attribute: false },
    running: { type: Boolean },
    extraReforms: { type: Number },
    selected: { state: true },
    values: { state: true },
    problems: { state: true },
  };

  declare reforms: readonly ReformOption[];
  declare baselineId: string;
  declare running: boolean;
  /** Reforms added to the run from elsewhere (the scenario editor); they count towards the limit. */
  declare extraReforms: number;
  declare selected: readonly string[];
  declare values: Readonly<Record<NumberField['key'], string>>;
  declare problems: readonly string[];

  constructor() {
    super();
    this.reforms = [];
    this.baselineId = 'baseline';
    this.running = false;
    this.extraReforms = 0;
    this.selected = [];
    this.values = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, f.initial])) as Record<
      NumberField['key'],
      string
    >;
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
      .reforms {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr));
        gap: 0.25rem 1rem;
      }
      .reforms label {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.15rem 0;
      }
      .reforms input {
        margin-top: 0.3rem;
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
          <div class="reforms">
            ${this.reforms.map((reform) => {
              const checked = this.selected.includes(reform.id);
              return html`<label title=${reform.description}>
                <input
                  type="checkbox"
                  name="reform"
                  value=${reform.id}
                  .checked=${checked}
                  ?disabled=${this.running || (full && !checked)}
                  @change=${this.onReformChange}
                />
                <span>${reform.name}</span>
              </label>`;
            })}
          </div>
          <p class="note">
            Each is compared with the baseline, <strong>today's system</strong> (scenario file
            ${this.baselineId}.json). ${this.selected.length} of
            ${MAX_REFORMS} reforms chosen${this.extraReforms > 0 ? html`, plus ${this.extraReforms} from the editor` : ''}.
          </p>
        </fieldset>
        <fieldset>
          <legend>Run options</legend>
          <div class="options">
            ${NUMBER_FIELDS.map((field) => {
              const invalid = this.fieldProblem(field) !== undefined;
              return html`<label>
                ${field.label}
                <span class="hint">${field.hint} (${field.min} to ${field.max})</span>
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
                  ?disabled=${this.running}
                  @input=${this.onNumberInput}
                />
              </label>`;
            })}
          </div>
        </fieldset>
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
