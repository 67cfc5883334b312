/**
 * `<reform-headline>`: one reform's plain-English headline, written by sim-core's
 * `writeHeadline` from the paired comparison (the same words `sendsim compare` prints, with a
 * true minus sign). It claims a direction only where the 95% interval excludes zero, and
 * always gives the interval, so it can be quoted as it stands.
 */
import { type Comparison, writeHeadline } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { TYPESET } from '../text/format.js';

export class ReformHeadline extends LitElement {
  static override properties = {
    comparison: { attribute: false },
    compact: { type: Boolean, reflect: true },
    lead: { attribute: false },
  };

  declare comparison: Comparison | undefined;
  /** Smaller, for the printed briefing. */
  declare compact: boolean;
  /** The outcome to name first (`writeHeadline`'s `lead`), or undefined for the usual order. */
  declare lead: string | undefined;

  constructor() {
    super();
    this.comparison = undefined;
    this.compact = false;
    this.lead = undefined;
  }

  static override styles = css`
    :host {
      display: block;
    }
    p {
      margin: 0.5rem 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 6px solid #1d70b8;
      background: #f3f2f1;
      font-size: 1.15rem;
      line-height: 1.5;
      max-width: 60rem;
    }
    :host([compact]) p {
      font-size: 9pt;
      line-height: 1.35;
      margin: 0 0 1.5mm;
      padding: 1mm 2.5mm;
      background: none;
      border-left-width: 3pt;
      max-width: none;
    }
  `;

  override render() {
    if (this.comparison === undefined) return null;
    const options = this.lead === undefined ? {} : { lead: this.lead };
    return html`<p class="headline">${writeHeadline(this.comparison, TYPESET, options).text}</p>`;
  }
}

customElements.define('reform-headline', ReformHeadline);

declare global {
  interface HTMLElementTagNameMap {
    'reform-headline': ReformHeadline;
  }
}
