/**
 * A movement log of one replication, for the trainer view's animation: how many children
 * are in each state of the statechart at the start of every month, the money spent each
 * month by payer, and the moves (day, region, from, to, event) of an evenly spaced sample of
 * children to draw as dots.
 *
 * Why every child is traced: counts per state must be the simulation's own numbers, not a
 * sample scaled up, and the metrics report only some states. Tracing everyone is affordable
 * at the small scales the animation runs at (a few thousand children; hence the scale limit)
 * and leaves ordinary runs untouched (tracing only observes: a test holds traced and untraced
 * runs identical); the counts are the states the traces pass through, read at each month start.
 */
import { Simulation } from '../engine/simulation.js';
import { simulationInput } from '../engine/simulation-input.js';
import type { ChildTrace } from '../engine/trace.js';
import { PAYERS, type Payer } from '../foundation/payers.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import { MODEL_VERSION } from '../version.js';

/** Animation runs trace every child, so they are limited to small samples of England. */
export const MOVEMENT_MAX_SCALE = 0.01;

/** What to run: one replication of a scenario, and how many children to follow as dots. */
export interface MovementOptions {
  readonly seed: number;
  readonly years: number;
  readonly scale: number;
  readonly replication?: number;
  /** Children to return moves for (spread evenly over all simulated children). */
  readonly sampleSize: number;
  /** Share of the run done, 0–1, for a progress bar (it only observes). */
  readonly onProgress?: (done: number) => void;
}

/** One change of state in one region. */
export interface ChildMove {
  readonly day: number;
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
}

/** A sampled child: where it started, when it entered the model, and every move it made. */
export interface SampledChild {
  readonly id: number;
  /** Whether the child arrived during the run (else it was in the starting population). */
  readonly arrival: boolean;
  /** Day the child entered the model: 0 for the starting population, else its arrival day. */
  readonly enteredDay: number;
  /** Leaf per region on entering. */
  readonly start: Readonly<Record<string, string>>;
  readonly moves: readonly ChildMove[];
}

/** The movement log of one replication (money and counts weighted to England). */
export interface MovementRun {
  readonly scenario: string;
  readonly scenarioName: string;
  readonly seed: number;
  readonly replication: number;
  readonly years: number;
  readonly scale: number;
  readonly startDate: string;
  readonly modelVersion: string;
  /** Day of each month start from the start date, `years × 12 + 1` of them (the last is the end). */
  readonly monthStarts: readonly number[];
  /** ISO date of each month start. */
  readonly monthDates: readonly string[];
  /** Pounds spent in each month (`years × 12`), by payer, × 1/scale. */
  readonly costsByMonth: Readonly<Record<Payer, readonly number[]>>;
  /** Children in each leaf at each month start, by region, × 1/scale. */
  readonly stateCounts: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  /**
   * Moves into each leaf from the start of the run to each month start, by region, × 1/scale: a
   * running total (how many children have left the system so far, how many disputes have been
   * decided), where `stateCounts` says how many are in a state now.
   */
  readonly entriesSoFar: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  readonly childrenSimulated: number;
  readonly children: readonly SampledChild[];
}

/**
 * Run one replication of `scenario` and log its movements.
 *
 * @example
 * const run = runMovementSample(baseline, { seed: 1, years: 2, scale: 0.002, sampleSize: 200 });
 */
export function runMovementSample(scenario: ResolvedScenario, options: MovementOptions): MovementRun {
  const { seed, years, scale, sampleSize } = options;
  const replication = options.replication ?? 0;
  if (!(scale > 0 && scale <= MOVEMENT_MAX_SCALE)) {
    throw new RangeError(`scale: expected a share of England in (0, ${MOVEMENT_MAX_SCALE}], found ${scale}`);
  }
  if (!Number.isInteger(sampleSize) || sampleSize < 0) {
    throw new RangeError(`sampleSize: expected a whole number ≥ 0, found ${sampleSize}`);
  }
  const sim = new Simulation({
    ...simulationInput(scenario, { seed, years, scale }, replication),
    traceChildIds: 'all',
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const out = sim.run();
  const weight = 1 / scale;
  const children = out.traces.map((trace) => toSampledChild(trace, trace.childId < out.childrenAtStart));

  const stateCounts: Record<string, Record<string, number[]>> = {};
  for (const region of sim.journey.regions) {
    stateCounts[region.name] = Object.fromEntries(
      region.leaves.map((leaf) => [leaf, new Array<number>(out.monthStarts.length).fill(0)]),
    );
  }
  for (const child of children) countChild(child, out.monthStarts, stateCounts, weight);
  const entriesSoFar = countEntries(children, sim.journey.regions, out.monthStarts, weight);

  const costsByMonth = {} as Record<Payer, number[]>;
  PAYERS.forEach((payer, p) => {
    costsByMonth[payer] = out.costsByMonth[p]!.map((pence) => (pence / 100) * weight);
  });
  const step = children.length / Math.max(1, sampleSize);
  const sample =
    sampleSize >= children.length
      ? children
      : Array.from({ length: sampleSize }, (_, i) => children[Math.floor(i * step)]!);
  return {
    scenario: scenario.id,
    scenarioName: scenario.name,
    seed,
    replication,
    years,
    scale,
    startDate: scenario.startDate,
    modelVersion: MODEL_VERSION,
    monthStarts: out.monthStarts,
    monthDates: out.monthStarts.map((day) => sim.calendar.dateOf(day)),
    costsByMonth,
    stateCounts,
    entriesSoFar,
    childrenSimulated: out.childrenSimulated,
    children: sample,
  };
}

/** Where a traced child started: the state before its first move in each region, else where it ended. */
function toSampledChild(trace: ChildTrace, atStart: boolean): SampledChild {
  const start: Record<string, string> = { ...trace.finalState };
  const seen = new Set<string>();
  const moves: ChildMove[] = [];
  for (const step of trace.steps) {
    for (const [region, to] of Object.entries(step.to)) {
      const from = step.from[region]!;
      if (!seen.has(region)) {
        seen.add(region);
        start[region] = from;
      }
      moves.push({ day: step.day, region, from, to, event: step.event });
    }
  }
  // An arrival enters with its first event (need arises); the starting population is there at day 0.
  const enteredDay = atStart ? 0 : (trace.steps[0]?.day ?? 0);
  return { id: trace.childId, arrival: !atStart, enteredDay, start, moves };
}

/**
 * Add one child to the counts at each month start. As in the engine's snapshots, a month
 * start at day D sees every event before D and none at D; an arrival is counted from the
 * first month start after it arrived.
 */
function countChild(
  child: SampledChild,
  monthStarts: readonly number[],
  counts: Record<string, Record<string, number[]>>,
  weight: number,
): void {
  const current = { ...child.start };
  let next = 0;
  for (let m = 0; m < monthStarts.length; m++) {
    const day = monthStarts[m]!;
    if (child.arrival && child.enteredDay >= day) continue;
    while (next < child.moves.length && child.moves[next]!.day < day) {
      const move = child.moves[next++]!;
      current[move.region] = move.to;
    }
    for (const [region, leaf] of Object.entries(current)) counts[region]![leaf]![m]! += weight;
  }
}

/**
 * Moves into each leaf before each month start (a move on the day of a month start is not yet
 * counted, as in `countChild`), summed from the start of the run.
 */
function countEntries(
  children: readonly SampledChild[],
  regions: ReadonlyArray<{ readonly name: string; readonly leaves: readonly string[] }>,
  monthStarts: readonly number[],
  weight: number,
): Record<string, Record<string, number[]>> {
  const entries: Record<string, Record<string, number[]>> = {};
  for (const region of regions) {
    entries[region.name] = Object.fromEntries(
      region.leaves.map((leaf) => [leaf, new Array<number>(monthStarts.length).fill(0)]),
    );
  }
  for (const child of children) {
    for (const move of child.moves) {
      // The first month start after the move's day: from there on, the move is counted.
      let lo = 0;
      let hi = monthStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (monthStarts[mid]! > move.day) hi = mid;
        else lo = mid + 1;
      }
      if (lo < monthStarts.length) entries[move.region]![move.to]![lo]! += weight;
    }
  }
  for (const leaves of Object.values(entries)) {
    for (const row of Object.values(leaves)) for (let m = 1; m < row.length; m++) row[m]! += row[m - 1]!;
  }
  return entries;
}
