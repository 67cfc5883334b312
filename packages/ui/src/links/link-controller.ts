/**
 * `LinkController`: a Lit reactive controller that keeps the page address in step with the run,
 * so the address (and the Copy link button) reproduces it. It reads the address the page opened
 * with (`readOpened`) and writes the address when a run starts (`write`, with
 * `history.replaceState`, so Back still leaves the app). The encoding is in `url-state.ts`.
 *
 * The address may also set the replication pool's size (`?workers=1`, `pool-size.ts`). That is
 * how this page runs, not what it runs (the numbers are the same whatever it says), so it is
 * not part of the view: it is checked with the rest (`opened-link.ts`, pure), kept in the
 * address when a run rewrites it (so reloading runs the same way) and left out of the link to share.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { linkableEdited } from '../editor/reform-draft.js';
import { WORKERS_PARAM, workersSetting } from '../worker/pool-size.js';
import type { SimulationRequest } from '../worker/worker-protocol.js';
import { readOpenedLink } from './opened-link.js';
import { encodeViewState, type UrlContext, type UrlProblem, type ViewState } from './url-state.js';

export class LinkController implements ReactiveController {
  /** The link to the current run, once one has started. */
  url: string | undefined = undefined;
  /** What was wrong with the address the page opened with. */
  problems: readonly UrlProblem[] = [];
  /** Set when the opened link was made with another model version. */
  versionWarning: string | undefined = undefined;
  /** Why the current run cannot be shared as a link, when it cannot. */
  unlinkable: string | undefined = undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: UrlContext,
    private readonly modelVersion: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The view the page's address asks for, or undefined when it asks for none or has problems
   * (then `problems` lists them and nothing should run).
   */
  readOpened(search: string = location.search): ViewState | undefined {
    const opened = readOpenedLink(search, this.context, this.modelVersion);
    if (opened.problems.length > 0) {
      this.problems = opened.problems;
      this.host.requestUpdate();
      return undefined;
    }
    if (opened.versionWarning !== undefined) {
      this.versionWarning = opened.versionWarning;
      this.host.requestUpdate();
    }
    return opened.view;
  }

  /**
   * Put `request` in the address bar (or clear it, when a link cannot hold the run). A run the
   * user starts clears the notices about the link the page opened with; the run that link
   * starts itself (`fromLink`) keeps them on screen.
   */
  write(request: SimulationRequest, fromLink = false): void {
    if (!fromLink) this.versionWarning = undefined;
    const workers = workersSetting(location.search);
    const keep = workers.ok && workers.workers !== undefined ? `${WORKERS_PARAM}=${workers.workers}` : '';
    const reforms = request.reforms.filter((r): r is string => typeof r === 'string');
    const file = request.reforms.find((r) => typeof r !== 'string');
    const edited = file === undefined ? undefined : linkableEdited(file);
    this.problems = [];
    if (file !== undefined && edited === undefined) {
      this.url = undefined;
      this.unlinkable =
        'No link for this run: the edited reform overrides parameters or the start date, which a link ' +
        'cannot carry. Download its scenario file and share that instead.';
      history.replaceState(null, '', keep === '' ? location.pathname : `${location.pathname}?${keep}`);
    } else {
      const state: ViewState = {
        reforms,
        ...(edited !== undefined ? { edited } : {}),
        options: { ...request.options },
        ...(request.area !== undefined ? { area: request.area } : {}),
        modelVersion: this.modelVersion,
      };
      const query = encodeViewState(state);
      history.replaceState(null, '', `${location.pathname}?${query}`);
      this.url = location.href;
      if (keep !== '') history.replaceState(null, '', `${location.pathname}?${query}&${keep}`);
      this.unlinkable = undefined;
    }
    this.host.requestUpdate();
  }
}
