/**
 * What `sendsim sensitivity` and `sendsim sweep` share: checking the metric, a baseline given
 * first (its parameters are changed) and a reform of that baseline (re-resolved on each changed
 * baseline), each problem a usage error naming what was expected and what was found; and running
 * the planned scenarios' replications with a progress bar, on this machine's worker threads or,
 * with `--backend redis`, on sendsim workers through Redis (`parallel/backend.ts`).
 */
import {
  type BaselineScenarioFile,
  closestName,
  type ExperimentResult,
  findRunMeasure,
  type LeverScaling,
  PAYERS,
  type ReformScenarioFile,
  type ResolvedScenario,
  RUN_MEASURES,
} from '@send-sim/sim-core';
import type { CliOptions, CommandName } from '../args.js';
import { quoted, UsageError } from '../errors.js';
import { ProgressBar } from '../format/progress.js';
import type { ExperimentDone } from '../parallel/backend.js';
import { shownRedisUrl } from '../parallel/redis-connection.js';
import { openCommandBackend } from './command-backend.js';
import {
  type CliIo,
  checkSameStart,
  type LoadedArea,
  type LoadedScenario,
  loadArea,
  loadScenario,
} from './context.js';
import { runOptionsOf } from './run.js';

/** The metric id, or a usage error naming --metric, what it accepts and the nearest id. */
export function checkMetric(metric: string, command: CommandName): string {
  if (findRunMeasure(metric) !== undefined) return metric;
  const near = closestName(
    metric,
    RUN_MEASURES.map((m) => m.id),
  );
  throw new UsageError(
    `--metric: expected a metric id such as crisis_events or ep_wait_days, or a cost such as cost_public, found ${quoted(metric)}${near === undefined ? '' : `; did you mean "${near}"?`} (sendsim describe baseline lists every metric id; costs are ${PAYERS.map((p) => `cost_${p}`).join(', ')}, cost_public (public spending: every payer but families) and cost_total (public spending plus cost to families))`,
    command,
  );
}

/** The local-area file `--area` names, read and validated (the errors `run` gives); undefined for England. */
export function areaOption(options: CliOptions, io: CliIo): LoadedArea | undefined {
  return options.area === undefined ? undefined : loadArea(options.area, io.cwd);
}

/**
 * The baseline sim-core's planners change, and how a reform's levers are scaled on it: for a
 * local area (`--area`), the national baseline made the area's and its lever scaling, so every
 * changed (or drawn) baseline is the area's and the reform acts on it as `run --area` has it act.
 */
export function plannedBaseline(baseline: LoadedScenario & { file: BaselineScenarioFile }): {
  baseline: BaselineScenarioFile;
  scaling?: LeverScaling;
} {
  const local = baseline.local;
  return local === undefined
    ? { baseline: baseline.file }
    : { baseline: local.baseline, scaling: local.scaling };
}

/** How a table names the baseline whose values and ranges were changed: the file, and the area it was made. */
export function baselineDisplay(baseline: LoadedScenario, area: LoadedArea | undefined): string {
  const display = baseline.path.display;
  return area === undefined || baseline.area === undefined
    ? display
    : `${display} made ${baseline.area.name}'s by ${area.display}`;
}

/** The command that lists the baseline's parameters with their sources, for a local area with its file. */
export function describeCommand(baseline: LoadedScenario, area: LoadedArea | undefined): string {
  return `sendsim describe ${baseline.path.display}${area === undefined ? '' : ` --area ${area.display}`}`;
}

/** The baseline (first argument) and the optional reform of it (second), loaded and checked. */
export function loadBaselineAndReform(
  args: readonly string[],
  io: CliIo,
  command: CommandName,
  why: string,
  area?: LoadedArea,
): {
  baseline: LoadedScenario & { file: BaselineScenarioFile };
  reform: ReformScenarioFile | undefined;
  /** The reform as loaded (its path and bytes, for a points file), when one is given. */
  loadedReform: LoadedScenario | undefined;
} {
  const baseline = loadScenario(args[0]!, io.cwd, area);
  if (baseline.file.kind !== 'baseline') {
    throw new UsageError(
      `${baseline.path.display}: expected a baseline scenario first (${why}), found the reform "${baseline.file.id}"; for a reform, give its baseline first: sendsim ${command} ${baseline.file.baseline} ${args[0]}`,
      command,
    );
  }
  const checked = baseline as LoadedScenario & { file: BaselineScenarioFile };
  const loadedReform = args[1] === undefined ? undefined : loadScenario(args[1], io.cwd, area);
  const reform = loadedReform === undefined ? undefined : reformOf(loadedReform, checked, command);
  return { baseline: checked, reform, loadedReform };
}

/** The reform file, checked to be a reform of the baseline given (it is re-resolved on that baseline's changed values). */
export function reformOf(
  reform: LoadedScenario,
  baseline: LoadedScenario & { file: BaselineScenarioFile },
  command: CommandName,
): ReformScenarioFile {
  const file = reform.file;
  if (file.kind !== 'reform') {
    throw new UsageError(
      `${reform.path.display}: expected a reform as the second scenario, found the baseline "${file.id}"`,
      command,
    );
  }
  const baselineId = baseline.file.id;
  if (file.baseline !== baselineId) {
    throw new UsageError(
      `${reform.path.display}: baseline: expected a reform of "${baselineId}" (the baseline given), found a reform of "${file.baseline}"`,
      command,
    );
  }
  checkSameStart(baseline, reform);
  return file;
}

/**
 * Every planned scenario's replications on the backend `--backend` chose (this machine's worker
 * pool unless told), with a progress bar labelled `label`. Where they ran never shows in the
 * result: every backend gives the same bytes. `onScenarioDone` hears of each scenario as soon
 * as it is done (a resumable command writes its points there).
 */
export async function runPlannedInPool(
  scenarios: readonly ResolvedScenario[],
  options: CliOptions,
  io: CliIo,
  label: string,
  onScenarioDone?: ExperimentDone,
): Promise<ExperimentResult[]> {
  const { backend, choice } = await openCommandBackend(options, io);
  if (choice.kind === 'redis') {
    const jobs = scenarios.length * options.reps;
    io.stderr.write(
      `sendsim: sending ${jobs} replications to sendsim workers through ${shownRedisUrl(choice.url)}\n`,
    );
  }
  const bar = new ProgressBar(io.stderr, label);
  try {
    return await backend.runExperiments(
      scenarios,
      runOptionsOf(options),
      (done, finished, total) => bar.update(done, `${finished}/${total} replications`),
      onScenarioDone,
    );
  } finally {
    bar.finish();
    await backend.close();
  }
}
