/**
 * `<run-progress>`: a labelled progress bar for the run in progress (`role="progressbar"`,
 * with the share done as text too, so it does not rely on the bar alone).
 */
import { css, html, LitElement } from 'lit';

export class RunProgress extends LitElement {
  static override properties = {
    value: { type: Number },
    label: { type: String },
  };

  /** Share done, 0–1. */
  declare value: number;
  declare label: string;

  constructor() {
    super();
    this.value = 0;
    this.label = 'Simulation progress';
  }

  static override styles = css`
    :host {
      display: block;
      margin: 1rem 0;
    }
    .track {
      height: 1.1rem;
      border: 2px solid #0b0c0c;
      background: #fff;
      border-radius: 3px;
      overflow: hidden;
    }
    .bar {
      height: 100%;
      background: #1d70b8;
      transition: width 0.2s linear;
    }
    p {
      margin: 0.25rem 0 0;
    }
  `;

  override render() {
    const percent = Math.max(0, Math.min(100, Math.round(this.value * 100)));
    return html`
      <div
        class="track"
        role="progressbar"
        aria-label=${this.label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${`${percent}% done`}
      >
        <div class="bar" style="width: ${percent}%"></div>
      </div>
      <p>${this.label}: ${percent}% done</p>
    `;
  }
}

customElements.define('run-progress', RunProgress);

declare global {
  interface HTMLElementTagNameMap {
    'run-progress': RunProgress;
  }
}
