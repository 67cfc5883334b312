/**
 * `PageViewController`: which page the app shows, the comparison or the assumptions page,
 * read from the address (`#assumptions`), so a link can open the assumptions page and the
 * browser's Back button returns to the comparison. The hash is the only state it reads, and
 * only that one value, so it leaves the rest of the address to other features.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The address fragment that shows the assumptions page. */
export const ASSUMPTIONS_HASH = '#assumptions';

/** The app's pages. */
export type PageView = 'compare' | 'assumptions';

export class PageViewController implements ReactiveController {
  view: PageView = 'compare';

  private readonly onHashChange = () => {
    const view: PageView = location.hash === ASSUMPTIONS_HASH ? 'assumptions' : 'compare';
    if (view !== this.view) {
      this.view = view;
      this.host.requestUpdate();
    }
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }
}

/** Go back to the comparison: drop `#assumptions` from the address (keeping a history entry). */
export function showComparison(): void {
  if (location.hash !== ASSUMPTIONS_HASH) return;
  history.pushState(null, '', location.pathname + location.search);
  // pushState fires no hashchange; tell the controllers as if it had.
  dispatchEvent(new HashChangeEvent('hashchange'));
}
