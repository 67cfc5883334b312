/**
 * A reform being edited, as the editor's controls hold it (text in each box), and the one way
 * to turn it into a scenario file: sim-core's own validator (`validateScenarioData`), the same
 * rules `sendsim validate` applies, so the browser never accepts a file the CLI would refuse.
 * Pure (imports only sim-core), so it can be tested without a browser.
 */
import {
  type BaselineScenarioFile,
  LEVERS,
  type LeverDefinition,
  parseScenarioFile,
  type ReformScenarioFile,
  type ScenarioError,
  validateScenarioData,
} from '@send-sim/sim-core';
import type { EditedReformState } from '../links/url-state.js';

/** Parts of a reform file the editor has no controls for; kept unchanged so nothing is dropped. */
export type KeptFields = Partial<Pick<ReformScenarioFile, 'parameters' | 'expectedEffects' | 'startDate'>>;

/** The editor's working copy of a reform. */
export interface ReformDraft {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly baseline: string;
  /** Lever id → the text in its control (a number box's text, or the chosen option). */
  readonly levers: Readonly<Record<string, string>>;
  readonly kept: KeptFields;
}

/** A draft checked by sim-core: the scenario file when valid, and every problem otherwise. */
export interface DraftCheck {
  readonly file: ReformScenarioFile | undefined;
  readonly problems: readonly ScenarioError[];
  /** The first problem for each control: `id`, `name`, `description` or a lever id. */
  readonly byControl: ReadonlyMap<string, ScenarioError>;
}

/** The text a lever's control shows for its default setting. */
export const defaultText = (lever: LeverDefinition) => String(lever.settings.default);

/** A draft of `file`: a reform's own settings, or (for a baseline) a reform that moves nothing. */
export function draftFromFile(file: ReformScenarioFile | BaselineScenarioFile): ReformDraft {
  if (file.kind === 'baseline') {
    return {
      id: 'my-reform',
      name: 'My reform',
      description: "Changes to today's system: the levers set in the scenario editor.",
      baseline: file.id,
      levers: {},
      kept: {},
    };
  }
  const { parameters, expectedEffects, startDate } = file;
  return {
    id: file.id,
    name: file.name,
    description: file.description,
    baseline: file.baseline,
    levers: Object.fromEntries(Object.entries(file.levers).map(([id, s]) => [id, String(s)])),
    kept: {
      ...(parameters !== undefined ? { parameters } : {}),
      ...(expectedEffects !== undefined ? { expectedEffects } : {}),
      ...(startDate !== undefined ? { startDate } : {}),
    },
  };
}

/** A draft of a reform read from a link. */
export function draftFromEdited(edited: EditedReformState, baselineId: string): ReformDraft {
  const levers = Object.fromEntries(Object.entries(edited.levers).map(([id, s]) => [id, String(s)]));
  return { ...edited, baseline: baselineId, levers, kept: {} };
}

/**
 * The document the draft stands for. A lever at its default is left out (a reform names only
 * the levers it changes); a number box's text that is not a number goes in as text, so the
 * validator reports exactly what was typed.
 */
export function draftDocument(draft: ReformDraft): Record<string, unknown> {
  return {
    kind: 'reform',
    id: draft.id,
    name: draft.name,
    description: draft.description,
    baseline: draft.baseline,
    levers: movedLevers(draft),
    ...draft.kept,
  };
}

/** The levers the draft moves from their defaults (a number box's `2.0` is the number 2). */
export function movedLevers(draft: ReformDraft): Record<string, string | number> {
  const levers: Record<string, string | number> = {};
  for (const lever of LEVERS) {
    const text = draft.levers[lever.id];
    if (text === undefined) continue;
    const trimmed = text.trim();
    const setting =
      lever.settings.kind === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))
        ? Number(trimmed)
        : text;
    if (setting !== lever.settings.default) levers[lever.id] = setting;
  }
  return levers;
}

/** Check a draft with sim-core's validator, naming the file as it would be downloaded. */
export function checkDraft(draft: ReformDraft): DraftCheck {
  const check = validateScenarioData(draftDocument(draft), fileNameOf(draft));
  const problems = check.ok ? [] : check.errors;
  const byControl = new Map<string, ScenarioError>();
  for (const problem of problems) {
    const control = problem.path.startsWith('levers.') ? problem.path.slice('levers.'.length) : problem.path;
    if (!byControl.has(control)) byControl.set(control, problem);
  }
  const file = check.ok && check.scenario.kind === 'reform' ? check.scenario : undefined;
  return { file, problems, byControl };
}

/** The name a draft's file is saved under: its id, or a stand-in while the id is blank. */
export function fileNameOf(draft: Pick<ReformDraft, 'id'>): string {
  return `${draft.id.trim() === '' ? 'edited-reform' : draft.id}.json`;
}

/** A reform file's text as the library writes it (with `$schema`, for editors), ending in a newline. */
export function scenarioFileText(file: ReformScenarioFile): string {
  return `${JSON.stringify({ $schema: './scenario.schema.json', ...file }, null, 2)}\n`;
}

/** What a loaded file gave: a draft, or a message naming the file and every problem. */
export type LoadResult =
  | { readonly ok: true; readonly draft: ReformDraft }
  | { readonly ok: false; readonly message: string };

/**
 * Read a scenario file the user chose. Problems come from `parseScenarioFile`, so the message
 * names the file, each field, what was expected and what was found, like `sendsim validate`.
 * Unlike the CLI, its id need not be its file name: a browser may save a second download as
 * `my-reform (1).json`, and the reform is saved again as `<id>.json` (`fileNameOf`).
 */
export function loadDraft(text: string, fileName: string, baselineId: string): LoadResult {
  let file: ReformScenarioFile | BaselineScenarioFile;
  try {
    file = parseScenarioFile(text, fileName);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (file.kind === 'baseline') {
    return {
      ok: false,
      message: `${fileName}: kind: expected "reform" (the editor changes levers of a reform), found "baseline"`,
    };
  }
  if (file.baseline !== baselineId) {
    return {
      ok: false,
      message: `${fileName}: baseline: expected "${baselineId}" (the baseline in this app), found ${JSON.stringify(file.baseline)}`,
    };
  }
  return { ok: true, draft: draftFromFile(file) };
}

/**
 * The edited reform as a link carries it, or undefined when the file overrides parameters or
 * the start date, which a link cannot hold (share the file instead).
 */
export function linkableEdited(file: ReformScenarioFile): EditedReformState | undefined {
  if (file.parameters !== undefined || file.startDate !== undefined) return undefined;
  return { id: file.id, name: file.name, description: file.description, levers: file.levers };
}
