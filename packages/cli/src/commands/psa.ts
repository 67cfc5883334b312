/**
 * `sendsim psa <baseline> [reform...] --draws N`: probabilistic sensitivity analysis. Every
 * parameter with a plausible range in the baseline file drawn together (sim-core's `planPsa`),
 * each draw's baseline and reforms run with the same seed in one pool of worker threads
 * (`runPlannedInPool`, the one seam for another backend), and each draw reduced to its outcome
 * as soon as its scenarios are done. With `--out FILE` each outcome is written at once to
 * `FILE.points.jsonl` (`points-file.ts`), so the same command again resumes where it stopped;
 * the summary is made from the outcomes read back, so it is the same bytes either way.
 */
import {
  type PsaDrawOutcome,
  type PsaPlan,
  planPsa,
  psaCsv,
  psaDrawOutcome,
  psaFromOutcomes,
  ScenarioError,
} from '@send-sim/sim-core';
import { type CliOptions, PSA_DEFAULT_METRIC } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { areaTable, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { psaTable } from '../format/psa-table.js';
import { pointsPathOf } from '../points-file.js';
import { type CliIo, type CommandOutput, loadScenario } from './context.js';
import {
  areaOption,
  baselineDisplay,
  checkMetric,
  loadBaselineAndReform,
  plannedBaseline,
  reformOf,
} from './one-way.js';
import { areaPointsOption, openPointsFile, runResumablePoints } from './resumable-points.js';
import { runOptionsOf } from './run.js';

/**
 * Run `sendsim psa` and format its analysis.
 *
 * @example
 * await psaCommand(['baseline', 'early-help-investment'], { ...options, draws: 20 }, io)
 */
export async function psaCommand(
  args: readonly string[],
  options: CliOptions,
  io: CliIo,
): Promise<CommandOutput> {
  const metric = checkMetric(options.metric ?? PSA_DEFAULT_METRIC, 'psa');
  const draws = options.draws!;
  const area = areaOption(options, io);
  const { baseline } = loadBaselineAndReform(args.slice(0, 1), io, 'psa', 'its parameters are drawn', area);
  const reformFiles = args.slice(1).map((arg) => loadScenario(arg, io.cwd, area));
  const reforms = reformFiles.map((reform) => reformOf(reform, baseline, 'psa'));
  const display = baselineDisplay(baseline, area);
  // For an area, every drawn baseline is the area's, with the reforms' levers scaled to it.
  const plan = planOrExplain(
    () => planPsa({ ...plannedBaseline(baseline), reforms, metric, draws }, runOptionsOf(options)),
    display,
  );

  const points = openPointsFile(
    'psa',
    [baseline, ...reformFiles],
    // Not --format: the draws are the same whatever the summary's format.
    {
      draws,
      metric,
      seed: options.seed,
      years: options.years,
      scale: options.scale,
      reps: options.reps,
      ...areaPointsOption(options, io),
    },
    draws,
    options.out,
    io,
  );
  const outcomes = new Map<number, PsaDrawOutcome>();
  for (const [draw, value] of points?.done ?? []) {
    outcomes.set(draw, decodeOutcome(value, draw, reforms.length, pointsPathOf(options.out!)));
  }
  const runs = {
    scenarios: plan.scenarios,
    points: plan.points.map((point) => [point.baseline, ...point.reforms]),
    done: (draw: number) => outcomes.has(draw),
    label: `psa of ${draws - outcomes.size} draws`,
  };
  await runResumablePoints(runs, options, io, (draw, results) => {
    const encoded = encodeOutcome(psaDrawOutcome(plan, draw, results));
    points?.add(draw, encoded);
    // Kept as it reads back from the file (NaN as null and back), so both paths give the same bytes.
    outcomes.set(draw, decodeOutcome(encoded, draw, reforms.length, 'a draw'));
  });
  const analysis = psaFromOutcomes(plan, [...outcomes.values()]);
  switch (options.format) {
    case 'json':
      return { text: withAreaJson(toJson(analysis), baseline.area), exitCode: 0 };
    case 'csv':
      return { text: psaCsv(analysis), exitCode: 0 };
    case 'table':
      return { text: areaTable(psaTable(analysis, display), baseline.area), exitCode: 0 };
  }
}

/** The plan, with sim-core's errors in the CLI's words: the file and field, or the option. */
function planOrExplain(make: () => PsaPlan, baselineDisplay: string): PsaPlan {
  try {
    return make();
  } catch (error) {
    if (error instanceof ScenarioError) {
      throw new ScenarioError(baselineDisplay, error.path, error.expected, error.found);
    }
    if (error instanceof RangeError && error.message.startsWith('draws: ')) {
      throw new UsageError(`--draws: ${error.message.slice('draws: '.length)}`, 'psa');
    }
    if (error instanceof RangeError && /^draw \d+: /.test(error.message)) {
      throw new InputError(`${baselineDisplay}: ${error.message}`);
    }
    throw error;
  }
}

/** A draw's outcome as a points-file value: numbers, NaN written as null. */
function encodeOutcome(o: PsaDrawOutcome): unknown {
  return JSON.parse(
    JSON.stringify({
      baseline: o.baseline,
      reforms: o.reforms.map((r) => [r.effect, r.publicCost, r.unmetNeedAvoided]),
    }),
  );
}

/** A points-file value back as draw `draw`'s outcome, checked (a hand-edited file is refused, not trusted). */
function decodeOutcome(value: unknown, draw: number, reforms: number, display: string): PsaDrawOutcome {
  const bad = () =>
    new InputError(
      `${display}: point ${draw}: expected { baseline, reforms: [[effect, publicCost, unmetNeedAvoided], …] } with ${reforms} reform${reforms === 1 ? '' : 's'}, found ${JSON.stringify(value).slice(0, 60)}; delete the file to start again`,
    );
  const num = (x: unknown): number => {
    if (x === null) return Number.NaN;
    if (typeof x !== 'number') throw bad();
    return x;
  };
  if (typeof value !== 'object' || value === null) throw bad();
  const v = value as { baseline?: unknown; reforms?: unknown };
  if (!Array.isArray(v.reforms) || v.reforms.length !== reforms) throw bad();
  return {
    draw,
    baseline: num(v.baseline),
    reforms: v.reforms.map((r: unknown) => {
      if (!Array.isArray(r) || r.length !== 3) throw bad();
      return { effect: num(r[0]), publicCost: num(r[1]), unmetNeedAvoided: num(r[2]) };
    }),
  };
}
