/**
 * `PageViewController`: which page the app shows, the comparison, trainer mode or the
 * assumptions page, read from the address fragment (`#trainer`, `#assumptions`), so a link can
 * open any page and the browser's Back button returns to the previous one. The fragment is the
 * only state it reads, so it leaves the query string (a shared run's settings) to `LinkController`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The app's pages, and the address fragment of each (the comparison has none). */
export const PAGE_HASHES = { compare: '', trainer: '#trainer', assumptions: '#assumptions' } as const;

export type PageView = keyof typeof PAGE_HASHES;

function viewOf(hash: string): PageView {
  for (const [view, fragment] of Object.entries(PAGE_HASHES) as Array<[PageView, string]>) {
    if (fragment !== '' && hash === fragment) return view;
  }
  return 'compare';
}

export class PageViewController implements ReactiveController {
  view: PageView = 'compare';

  private readonly onHashChange = () => {
    const view = viewOf(location.hash);
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

/** Go back to the comparison: drop the fragment from the address (keeping a history entry). */
export function showComparison(): void {
  if (location.hash === '') return;
  history.pushState(null, '', location.pathname + location.search);
  // pushState fires no hashchange; tell the controllers as if it had.
  dispatchEvent(new HashChangeEvent('hashchange'));
}
