/**
 * `<lever-control>`: one policy lever in the scenario editor. It shows the lever's title, what
 * the policy is, the allowed settings (a list of choices, or a number with its range and unit),
 * and, behind a disclosure, how the model applies it, the evidence or stated assumption and what
 * it costs to deliver, all read from sim-core's lever registry. Property in (`lever`, `value`, `problem`), event out
 * (`lever-input` with `{ id, value }`). It does not judge values: the editor's check, sim-core's
 * validator, sets `problem`, which is shown next to the control and tied to it for screen readers.
 */
import {
  type LeverDefinition,
  leverDeliveryCostWords,
  PARAMETER_CATALOGUE,
  type ParameterKey,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldErrorStyles, fitStyles, sharedStyles } from '../app/shared-styles.js';
import { choiceWords } from '../text/choice-words.js';

/** Detail of the `lever-input` event. */
export interface LeverInput {
  readonly id: string;
  readonly value: string;
}

/** Whether `value` (a control's text) differs from the lever's default; `2.0` equals `2`. */
function isMoved(lever: LeverDefinition, value: string): boolean {
  const s = lever.settings;
  return s.kind === 'number' ? value.trim() === '' || Number(value) !== s.default : value !== s.default;
}

/** Every parameter the lever may change, its phases' too (a phased lever changes nothing at the start). */
function leverKeys(lever: LeverDefinition): ParameterKey[] {
  return [...new Set([...lever.changes, ...(lever.phases ?? []).flatMap((p) => p.changes)])];
}

export class LeverControl extends LitElement {
  static override properties = {
    lever: { attribute: false },
    value: { attribute: false },
    problem: { attribute: false },
    disabled: { type: Boolean },
  };

  declare lever: LeverDefinition | undefined;
  declare value: string;
  declare problem: string | undefined;
  declare disabled: boolean;

  constructor() {
    super();
    this.lever = undefined;
    this.value = '';
    this.problem = undefined;
    this.disabled = false;
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    fieldErrorStyles,
    css`
      :host {
        display: block;
        border: 1px solid #b1b4b6;
        border-left: 5px solid #b1b4b6;
        border-radius: 4px;
        padding: 0.6rem 0.8rem;
      }
      :host([data-moved]) {
        border-left-color: #1d70b8;
      }
      :host([data-invalid]) {
        border-left-color: #d4351c;
      }
      label {
        display: block;
        font-weight: 700;
      }
      .moved {
        font-weight: 400;
        font-size: 0.85rem;
        color: #1d70b8;
      }
      p {
        margin: 0.25rem 0;
        font-size: 0.9rem;
      }
      .range {
        color: #505a5f;
      }
      select,
      input {
        font: inherit;
        padding: 0.25rem 0.4rem;
        border: 2px solid #0b0c0c;
        min-width: 12rem;
      }
      .number {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
      }
      .number input {
        min-width: 0;
        width: 7rem;
      }
      details {
        font-size: 0.85rem;
        margin-top: 0.35rem;
      }
      summary {
        cursor: pointer;
        color: #1d70b8;
        text-decoration: underline;
      }
      details p {
        font-size: 0.85rem;
      }
      details ul {
        margin: 0.2rem 0;
        padding-left: 1.2rem;
      }
      code {
        color: #505a5f;
        overflow-wrap: anywhere;
      }
    `,
  ];

  override updated(): void {
    // Attributes on the host, so the card's state also shows in its border (and in words inside).
    const lever = this.lever;
    this.toggleAttribute('data-moved', lever !== undefined && isMoved(lever, this.value));
    this.toggleAttribute('data-invalid', this.problem !== undefined);
    if (lever !== undefined) this.dataset.lever = lever.id;
  }

  override render() {
    const lever = this.lever;
    if (lever === undefined) return null;
    const s = lever.settings;
    const moved = isMoved(lever, this.value);
    const invalid = this.problem !== undefined;
    const describedBy = `range-${lever.id} about-${lever.id}${invalid ? ` problem-${lever.id}` : ''}`;
    const range =
      s.kind === 'number'
        ? `A number from ${s.min} to ${s.max} (${s.unit}); today's system is ${s.default}.`
        : `One of: ${s.values.map(choiceWords).join(', ')}; today's system is ${choiceWords(s.default)}.`;
    const control =
      s.kind === 'number'
        ? html`<span class="number"><input
            id="control"
            name=${lever.id}
            type="number"
            inputmode="decimal"
            min=${s.min}
            max=${s.max}
            step="any"
            .value=${live(this.value)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            ?disabled=${this.disabled}
            @input=${this.onInput}
          />
          <span aria-hidden="true">${s.unit}</span></span>`
        : html`<select
            id="control"
            name=${lever.id}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            ?disabled=${this.disabled}
            @change=${this.onInput}
          >
            ${s.values.map(
              (v) =>
                html`<option value=${v} .selected=${live(v === this.value)}>
                  ${choiceWords(v)}${v === s.default ? " (today's system)" : ''}
                </option>`,
            )}
          </select>`;
    return html`
      <label for="control">
        ${lever.title} ${moved ? html`<span class="moved">(changed from today's system)</span>` : null}
      </label>
      <p id=${`about-${lever.id}`}>${lever.description}</p>
      <p class="range" id=${`range-${lever.id}`}>${range}</p>
      ${control}
      ${invalid ? html`<p class="problem" id=${`problem-${lever.id}`}>${this.problem}</p>` : null}
      <details>
        <summary>How the model applies it, and the evidence</summary>
        <p><strong>Mechanism:</strong> ${lever.mechanism}</p>
        <p><strong>Evidence:</strong> ${lever.evidence}</p>
        <p><strong>Cost to deliver:</strong> ${leverDeliveryCostWords(lever)}</p>
        <p><strong>Parameters it changes:</strong></p>
        <ul>
          ${leverKeys(lever).map((key) => html`<li>${PARAMETER_CATALOGUE[key].meaning} <code>${key}</code></li>`)}
        </ul>
      </details>
    `;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const id = this.lever?.id;
    if (id === undefined) return;
    const detail: LeverInput = { id, value: target.value };
    this.dispatchEvent(new CustomEvent('lever-input', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('lever-control', LeverControl);

declare global {
  interface HTMLElementTagNameMap {
    'lever-control': LeverControl;
  }
}
