/**
 * `<share-link>`: the link that reproduces the current run, with a Copy link button, and what
 * went wrong with a link that was opened: its problems (nothing ran) or a model version that
 * differs from this app's (the numbers may differ). Properties in; the app owns the state.
 */
import { css, html, LitElement } from 'lit';
import { sharedStyles } from '../app/shared-styles.js';
import type { UrlProblem } from './url-state.js';

export class ShareLink extends LitElement {
  static override properties = {
    url: { attribute: false },
    problems: { attribute: false },
    versionWarning: { attribute: false },
    unlinkable: { attribute: false },
    copied: { state: true },
  };

  /** The link to the run, once a run has started. */
  declare url: string | undefined;
  /** Problems with the link the page was opened with. */
  declare problems: readonly UrlProblem[];
  declare versionWarning: string | undefined;
  /** Why this run cannot be shared as a link, when it cannot. */
  declare unlinkable: string | undefined;
  declare copied: string;

  constructor() {
    super();
    this.url = undefined;
    this.problems = [];
    this.versionWarning = undefined;
    this.unlinkable = undefined;
    this.copied = '';
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border-left: 5px solid #d4351c;
        padding: 0.5rem 1rem;
        margin: 0.75rem 0;
        background: #fdf0ee;
      }
      .box.warning {
        border-left-color: #f47738;
        background: #fef5ef;
      }
      .box p {
        margin: 0;
        font-weight: 600;
      }
      .link {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin: 0.75rem 0;
      }
      .link label {
        font-weight: 600;
      }
      input {
        font: inherit;
        flex: 1 1 24rem;
        padding: 0.25rem 0.4rem;
        border: 2px solid #0b0c0c;
      }
      button {
        font: inherit;
        font-weight: 600;
        padding: 0.35rem 1rem;
        border-radius: 4px;
        border: 2px solid #0b0c0c;
        background: #f3f2f1;
        cursor: pointer;
      }
      .copied,
      .note {
        font-size: 0.9rem;
      }
    `,
  ];

  override render() {
    return html`
      ${
        this.problems.length === 0
          ? null
          : html`<div class="box" role="alert" id="link-problems">
            <p>This link could not be opened, so nothing has run. Fix the address or choose again below:</p>
            <ul>${this.problems.map((p) => html`<li data-parameter=${p.parameter}>${p.message}</li>`)}</ul>
          </div>`
      }
      ${
        this.versionWarning === undefined
          ? null
          : html`<div class="box warning" role="alert" id="version-warning"><p>Warning:</p>${this.versionWarning}</div>`
      }
      ${
        this.url === undefined
          ? null
          : html`<div class="link">
            <label for="link">Link to this run</label>
            <input id="link" type="text" readonly .value=${this.url} @focus=${this.selectAll} />
            <button id="copy" type="button" @click=${this.copy}>Copy link</button>
            <span class="copied" role="status">${this.copied}</span>
          </div>`
      }
      ${this.unlinkable === undefined ? null : html`<p class="note" id="unlinkable">${this.unlinkable}</p>`}
    `;
  }

  private selectAll(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private async copy(): Promise<void> {
    if (this.url === undefined) return;
    try {
      await navigator.clipboard.writeText(this.url);
      this.copied = 'Copied. Anyone who opens it gets the same run and the same numbers.';
    } catch {
      // No clipboard permission (some browsers, file pages): the link box is selectable instead.
      this.renderRoot.querySelector<HTMLInputElement>('#link')?.select();
      this.copied = 'Copying is blocked here: the link is selected, press Ctrl+C (or ⌘C) to copy it.';
    }
  }
}

customElements.define('share-link', ShareLink);

declare global {
  interface HTMLElementTagNameMap {
    'share-link': ShareLink;
  }
}
