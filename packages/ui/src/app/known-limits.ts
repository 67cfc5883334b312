/**
 * `<known-limits>`: "What this model does not include", from sim-core's KNOWN_LIMITS, shown
 * under the results (DESIGN 4: the model's limits are written down next to its results), with
 * a link to the assumptions page for every parameter and the calibration table. `compact`
 * gives the printed briefing's smaller, two-column version of the same list.
 */
import { KNOWN_LIMITS } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { focusRing } from './shared-styles.js';

export class KnownLimits extends LitElement {
  static override properties = {
    compact: { type: Boolean, reflect: true },
  };

  declare compact: boolean;

  constructor() {
    super();
    this.compact = false;
  }

  static override styles = css`
    :host {
      display: block;
    }
    h2,
    h3 {
      font-size: 1.2rem;
      margin: 1.25rem 0 0.5rem;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
      max-width: 60rem;
    }
    li {
      margin: 0.2rem 0;
    }
    .topic {
      font-weight: 700;
    }
    a {
      color: #1d70b8;
    }
    a:focus-visible {
      ${focusRing}
    }
    :host([compact]) h3 {
      font-size: 9pt;
      margin: 1.5mm 0 0.8mm;
    }
    :host([compact]) ul {
      columns: 3;
      column-gap: 4mm;
      font-size: 6pt;
      line-height: 1.15;
      padding-left: 3mm;
      max-width: none;
    }
    :host([compact]) li {
      margin: 0 0 0.6mm;
    }
  `;

  override render() {
    const list = html`<ul>
      ${KNOWN_LIMITS.map(
        (limit) =>
          html`<li data-topic=${limit.topic}><span class="topic">${limit.topic}:</span> ${limit.text}</li>`,
      )}
    </ul>`;
    if (this.compact) {
      return html`<h3>What this model does not include</h3>
        ${list}`;
    }
    return html`<h2 id="limits-heading">What this model does not include</h2>
      <p>
        Read the results with these limits in mind. Every parameter, its source and the calibration table are
        on the <a href="#assumptions">assumptions and sources page</a>.
      </p>
      ${list}`;
  }
}

customElements.define('known-limits', KnownLimits);

declare global {
  interface HTMLElementTagNameMap {
    'known-limits': KnownLimits;
  }
}
