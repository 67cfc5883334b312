/**
 * `<page-nav>`: the app's pages as tabs: the comparison, trainer mode and the assumptions page. Plain
 * links (keyboard and screen-reader friendly), with the current page marked by
 * `aria-current` and by an underline, not by colour alone.
 */
import { css, html, LitElement } from 'lit';
import { PAGE_HASHES, type PageView, showComparison } from './page-view-controller.js';
import { focusRing } from './shared-styles.js';

export class PageNav extends LitElement {
  static override properties = {
    view: { type: String },
  };

  declare view: PageView;

  constructor() {
    super();
    this.view = 'compare';
  }

  static override styles = css`
    ul {
      list-style: none;
      display: flex;
      gap: 1.5rem;
      padding: 0;
      margin: 0 0 1rem;
      border-bottom: 1px solid #b1b4b6;
    }
    a {
      display: inline-block;
      padding: 0.4rem 0;
      color: #1d70b8;
      font-weight: 600;
    }
    a[aria-current='page'] {
      color: #0b0c0c;
      text-decoration: none;
      border-bottom: 4px solid #1d70b8;
    }
    a:focus-visible {
      ${focusRing}
    }
    @media print {
      :host {
        display: none;
      }
    }
  `;

  override render() {
    const current = (view: PageView) => (this.view === view ? 'page' : 'false');
    return html`<nav aria-label="Pages">
      <ul>
        <li><a href="#" aria-current=${current('compare')} @click=${this.onCompare}>Compare reforms</a></li>
        <li><a href=${PAGE_HASHES.trainer} aria-current=${current('trainer')}>Trainer mode</a></li>
        <li><a href=${PAGE_HASHES.assumptions} aria-current=${current('assumptions')}>Assumptions and sources</a></li>
      </ul>
    </nav>`;
  }

  private onCompare(event: Event): void {
    event.preventDefault();
    showComparison();
  }
}

customElements.define('page-nav', PageNav);

declare global {
  interface HTMLElementTagNameMap {
    'page-nav': PageNav;
  }
}
