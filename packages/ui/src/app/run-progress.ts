/**
 * `<run-progress>`: a labelled progress bar for the run in progress (`role="progressbar"`,
 * with the share done as text too, so it does not rely on the bar alone), and the time left
 * once its controller can estimate it ("about 40 s left", `time-remaining.ts`).
 *
 * The time left is in the bar's `aria-valuetext` and the text under it, neither a live region:
 * it changes every few seconds, and announcing each change would drown out everything else. A
 * screen reader user hears it on reaching the bar.
 */
import { css, html, LitElement, nothing } from 'lit';
import { timeRemainingText } from '../worker/time-remaining.js';

export class RunProgress extends LitElement {
  static override properties = {
    value: { type: Number },
    remaining: { type: Number },
    label: { type: String },
  };

  /** Share done, 0–1. */
  declare value: number;
  /** Seconds left, when estimated. */
  declare remaining: number | undefined;
  declare label: string;

  constructor() {
    super();
    this.value = 0;
    this.remaining = undefined;
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
    /* "about 10 min left" stays on one line on a narrow screen. */
    .left {
      white-space: nowrap;
    }
  `;

  override render() {
    const percent = Math.max(0, Math.min(100, Math.round(this.value * 100)));
    const left = timeRemainingText(this.remaining);
    const text = left === undefined ? `${percent}% done` : `${percent}% done, ${left}`;
    return html`
      <div
        class="track"
        role="progressbar"
        aria-label=${this.label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${text}
      >
        <div class="bar" style="width: ${percent}%"></div>
      </div>
      <p>${this.label}: ${percent}% done${left === undefined ? nothing : html`, <span class="left">${left}</span>`}</p>
    `;
  }
}

customElements.define('run-progress', RunProgress);

declare global {
  interface HTMLElementTagNameMap {
    'run-progress': RunProgress;
  }
}
