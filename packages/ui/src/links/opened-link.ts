/**
 * What the address the page opened with asks for: a view to run, or every problem with it, and
 * a warning when the link was made with another model version. Pure (the caller passes the
 * query string), so Node tests can run it on any address; `LinkController` shows the result.
 *
 * The address may also size the replication pool (`?workers=1`, `pool-size.ts`): that is how
 * the page runs, not what it runs, so it is checked here and left out of the view.
 */
import { WORKERS_EXPECTED, WORKERS_PARAM, workersSetting } from '../worker/pool-size.js';
import { decodeViewState, quoted, type UrlContext, UrlProblem, type ViewState } from './url-state.js';

/** What an opened address asks for. */
export interface OpenedLink {
  /** The view to run: undefined when the address asks for none, or has problems. */
  readonly view: ViewState | undefined;
  /** What is wrong with the address (nothing runs while there is anything). */
  readonly problems: readonly UrlProblem[];
  /** Set when the link was made with another model version than `modelVersion`. */
  readonly versionWarning: string | undefined;
}

/**
 * Read the address `search` (with or without `?`) against the app's `context`.
 *
 * @example
 * const opened = readOpenedLink(location.search, context, MODEL_VERSION);
 * if (opened.view !== undefined) run(opened.view);
 */
export function readOpenedLink(search: string, context: UrlContext, modelVersion: string): OpenedLink {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const workers = workersSetting(search);
  const workersText = params.get(WORKERS_PARAM) ?? '';
  params.delete(WORKERS_PARAM);
  const problems = workers.ok ? [] : [new UrlProblem(WORKERS_PARAM, WORKERS_EXPECTED, quoted(workersText))];
  // An address that only sizes the pool asks for no run.
  const result = [...params.keys()].length === 0 ? undefined : decodeViewState(params.toString(), context);
  if (result !== undefined && !result.ok) problems.push(...result.problems);
  if (problems.length > 0 || result === undefined || !result.ok) {
    return { view: undefined, problems, versionWarning: undefined };
  }
  const version = result.state.modelVersion;
  const versionWarning =
    version === modelVersion
      ? undefined
      : `This link was made with model version ${version}, and this app runs model version ` +
        `${modelVersion}. The run below uses this app's model, so its numbers may differ from ` +
        'those the link was shared with.';
  return { view: result.state, problems, versionWarning };
}
