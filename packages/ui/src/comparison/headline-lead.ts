/**
 * `<headline-lead>`: which outcome each reform's headline names first (issue 11: the headline
 * and the briefing can lead with an outcome for families, not only the usual order). The choices
 * are sim-core's `LEAD_OUTCOMES` (plans, appeals, requests, unmet need, crises, then families'
 * trust, exclusions, NEET, outcomes at 25 and unmet need and crises by family advocacy), named
 * as the headline names them; "the usual order" leaves the headline's fixed rule alone. Sends
 * `headline-lead-chosen` with the metric id, or null for the usual order (a CustomEvent's
 * detail is null, never undefined, when none is given).
 */
import { LEAD_OUTCOMES } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';

/** The choices offered, in sim-core's order: [metric id, words]. */
export const HEADLINE_LEAD_CHOICES: ReadonlyArray<readonly [string, string]> = LEAD_OUTCOMES.map(
  ([id, words]) => [id, words.noun.charAt(0).toUpperCase() + words.noun.slice(1)],
);

export class HeadlineLead extends LitElement {
  static override properties = {
    lead: { attribute: false },
  };

  /** The chosen outcome's metric id, or undefined for the usual order. */
  declare lead: string | undefined;

  constructor() {
    super();
    this.lead = undefined;
  }

  static override styles = css`
    :host {
      display: block;
      margin: 0.5rem 0 1rem;
    }
    label {
      font-weight: 600;
      margin-right: 0.5rem;
    }
    select {
      font: inherit;
      max-width: 100%;
      padding: 0.25rem;
    }
    p {
      margin: 0.25rem 0 0;
      color: #505a5f;
      max-width: 48rem;
    }
  `;

  override render() {
    return html`<label for="lead">Lead each headline with</label>
      <select id="lead" @change=${this.onChange}>
        <option value="" ?selected=${this.lead === undefined}>the usual order (plans, appeals, requests, unmet need, crises…)</option>
        ${HEADLINE_LEAD_CHOICES.map(
          ([id, words]) => html`<option value=${id} ?selected=${this.lead === id}>${words}</option>`,
        )}
      </select>
      <p>The chosen outcome is named first when its change is fit to quote, whether or not it moved clearly; the printed briefing charts it.</p>`;
  }

  private onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.lead = value === '' ? undefined : value;
    this.dispatchEvent(
      new CustomEvent<string | null>('headline-lead-chosen', {
        detail: this.lead ?? null,
        bubbles: true,
        composed: true,
      }),
    );
  }
}

customElements.define('headline-lead', HeadlineLead);

declare global {
  interface HTMLElementTagNameMap {
    'headline-lead': HeadlineLead;
  }
}
