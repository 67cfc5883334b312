/**
 * Which children's journeys a reform changes most: the "same child, two systems" view needs a
 * child worth following, and with common random numbers most children live the same life in
 * both systems. Replication 0 of the baseline and the reform run with the same options; each
 * child present in both is compared at the end of the run.
 *
 * The measure (documented for the UI and the README):
 * - `differences`: the number of statechart regions (need, support, redress, setting) in which
 *   the child ends the run in a different state, plus the absolute differences in the
 *   journey's milestone counts (requests, refusals, mediations, appeals, crises, exclusions);
 * - `costGap`: the sum over payers of the absolute difference in the child's cost, in pounds,
 *   so money moved from one payer to another counts even when the total is unchanged.
 * Children rank by `differences`, then `costGap` (both descending), then id (ascending, so
 * ties are deterministic). A child with no differences and no cost gap is not divergent.
 * Children who exist in only one run (possible when a reform changes how many needs arise)
 * cannot be paired and are left out.
 *
 * A typical child, beside the most divergent: the most divergent are extremes, and a trainer
 * needs to show what usually happens to a child the reform touches. Among the children whose
 * journeys differ, each has a pattern of difference: for each region that ends in a different
 * state, the two states; for each milestone, whether the reform has more or fewer; and whether
 * the child's total cost goes up or down. The most common pattern is the typical one (a tie
 * goes to the pattern whose lowest child id is lowest), and within it the typical child is the
 * one whose change in total cost is the median (children ordered by that change, then by id;
 * with an even number, the lower of the two middle ones). "Total cost" here is the child's cost to
 * every payer (public spending plus cost to the family): it only picks a child, and is never shown
 * as a figure; the app shows the chosen child's public spending and family cost apart. Deterministic:
 * it depends only on the two runs.
 */
import { Simulation } from '../engine/simulation.js';
import { simulationInput } from '../engine/simulation-input.js';
import { PAYERS, type Payer } from '../foundation/payers.js';
import type { JourneyContext } from '../journey/journey-context.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import type { RunOptions } from './experiment-types.js';

/** Counts in the journey context that mark a path's milestones, compared child by child. */
export const JOURNEY_MILESTONES = [
  'requests',
  'refusals',
  'mediations',
  'appeals',
  'crises',
  'exclusions',
] as const satisfies ReadonlyArray<keyof JourneyContext>;
export type JourneyMilestone = (typeof JOURNEY_MILESTONES)[number];

/** What a child's run ends with: state per region, milestone counts and cost by payer (pounds). */
export interface ChildOutcome {
  readonly finalState: Readonly<Record<string, string>>;
  readonly milestones: Readonly<Record<JourneyMilestone, number>>;
  readonly costs: Readonly<Record<Payer, number>>;
}

/** One child whose journey differs between the two systems, and how. */
export interface DivergentChild {
  readonly childId: number;
  readonly baseline: ChildOutcome;
  readonly reform: ChildOutcome;
  /** Regions ending in a different state plus the absolute differences in milestone counts. */
  readonly differences: number;
  /** Sum over payers of |reform − baseline| cost for this child, pounds. */
  readonly costGap: number;
  /** One line on how the journeys differ, with the model's state names. */
  readonly reason: string;
}

/** The typical child: the median child of the most common pattern of difference. */
export interface TypicalChild extends DivergentChild {
  /** How many of the divergent children share its pattern of difference. */
  readonly patternCount: number;
  /** The pattern, with the model's names: `support ends statutory.plan vs senSupport; crises fewer; cost up`. */
  readonly pattern: string;
}

export interface DivergentChildren {
  /** Children simulated in replication 0 of each run (valid ids are 0 … count − 1). */
  readonly childrenSimulated: { readonly baseline: number; readonly reform: number };
  /** Children whose journeys differ at all (before the limit was applied). */
  readonly divergentCount: number;
  /** The most divergent children, most divergent first. */
  readonly children: readonly DivergentChild[];
  /** The typical child (rule in the header), or `undefined` when no child's journey differs. */
  readonly typical: TypicalChild | undefined;
}

/** Options for `divergentChildren`: the run (replication 0 is used) and how many to return. */
export interface DivergentChildrenOptions extends Omit<RunOptions, 'replications'> {
  /** How many children to return (default 5). */
  readonly limit?: number;
  /** Share done, 0–1, over both runs. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Rank the children of replication 0 by how much their journeys differ between `baseline`
 * and `reform` run with the same options (common random numbers), most divergent first.
 *
 * @example
 * const { children } = divergentChildren(baseline, reform, { seed: 1, years: 10, scale: 0.005 });
 * const trace = traceChild(reform, { seed: 1, years: 10, scale: 0.005 }, children[0]!.childId);
 */
export function divergentChildren(
  baseline: ResolvedScenario,
  reform: ResolvedScenario,
  options: DivergentChildrenOptions,
): DivergentChildren {
  const limit = options.limit ?? 5;
  const a = outcomes(baseline, options, (done) => options.onProgress?.(done / 2));
  const b = outcomes(reform, options, (done) => options.onProgress?.((1 + done) / 2));
  // Score every paired child from the compact tables; objects are built only for the few returned.
  const scored: Array<{ id: number; differences: number; costGap: number }> = [];
  // Divergent children by pattern of difference, each list in increasing id order.
  const patterns = new Map<string, number[]>();
  const paired = Math.min(a.count, b.count);
  for (let id = 0; id < paired; id++) {
    const { differences, costGap } = score(a, b, id);
    if (differences > 0 || costGap > 0) {
      scored.push({ id, differences, costGap });
      const key = patternOf(a, b, id);
      const ids = patterns.get(key);
      if (ids === undefined) patterns.set(key, [id]);
      else ids.push(id);
    }
  }
  const typical = typicalChild(a, b, patterns, scored);
  scored.sort((x, y) => y.differences - x.differences || y.costGap - x.costGap || x.id - y.id);
  return {
    childrenSimulated: { baseline: a.count, reform: b.count },
    divergentCount: scored.length,
    children: scored
      .slice(0, limit)
      .map(({ id, differences, costGap }) =>
        describeChild(id, outcomeOf(a, id), outcomeOf(b, id), differences, costGap),
      ),
    typical,
  };
}

/** The change in a child's cost to every payer (public spending plus cost to the family), reform − baseline, in whole pence. */
function costChangePence(a: OutcomeTable, b: OutcomeTable, id: number): number {
  const P = PAYERS.length;
  let change = 0;
  for (let p = 0; p < P; p++) change += b.pence[id * P + p]! - a.pence[id * P + p]!;
  return change;
}

/** A divergent child's pattern of difference (see the header), as a key that is also its description. */
function patternOf(a: OutcomeTable, b: OutcomeTable, id: number): string {
  const parts: string[] = [];
  for (let r = 0; r < a.regions.length; r++) {
    const from = leafName(a, id, r);
    const to = leafName(b, id, r);
    if (from !== to) parts.push(`${a.regions[r]!.name} ends ${from} vs ${to}`);
  }
  const M = JOURNEY_MILESTONES.length;
  JOURNEY_MILESTONES.forEach((m, i) => {
    const d = b.milestones[id * M + i]! - a.milestones[id * M + i]!;
    if (d !== 0) parts.push(`${m} ${d > 0 ? 'more' : 'fewer'}`);
  });
  const cost = costChangePence(a, b, id);
  parts.push(cost > 0 ? 'cost up' : cost < 0 ? 'cost down' : 'cost the same');
  return parts.join('; ');
}

/** The median child (by change in total cost, then id) of the most common pattern. */
function typicalChild(
  a: OutcomeTable,
  b: OutcomeTable,
  patterns: ReadonlyMap<string, readonly number[]>,
  scored: ReadonlyArray<{ id: number; differences: number; costGap: number }>,
): TypicalChild | undefined {
  let best: { key: string; ids: readonly number[] } | undefined;
  for (const [key, ids] of patterns) {
    if (
      best === undefined ||
      ids.length > best.ids.length ||
      (ids.length === best.ids.length && ids[0]! < best.ids[0]!)
    ) {
      best = { key, ids };
    }
  }
  if (best === undefined) return undefined;
  const ordered = [...best.ids].sort((x, y) => costChangePence(a, b, x) - costChangePence(a, b, y) || x - y);
  const id = ordered[Math.floor((ordered.length - 1) / 2)]!;
  const { differences, costGap } = scored.find((c) => c.id === id)!;
  return {
    ...describeChild(id, outcomeOf(a, id), outcomeOf(b, id), differences, costGap),
    patternCount: best.ids.length,
    pattern: best.key,
  };
}

/**
 * Every child's outcome in one run as typed-array columns (a national run has hundreds of
 * thousands of children, and two runs' worth are held at once): leaf index per region (a
 * region has far fewer than 256 states), milestone counts, and cost by payer in whole pence.
 */
interface OutcomeTable {
  readonly count: number;
  readonly regions: ReadonlyArray<{ readonly name: string; readonly leaves: readonly string[] }>;
  readonly leaves: Uint8Array;
  readonly milestones: Int32Array;
  readonly pence: Float64Array;
}

/** Replication 0 of `scenario`: every child's outcome, indexed by id. */
function outcomes(
  scenario: ResolvedScenario,
  options: DivergentChildrenOptions,
  onProgress: (done: number) => void,
): OutcomeTable {
  const sim = new Simulation({
    ...simulationInput(scenario, options, 0),
    childCosts: true,
    onProgress,
  });
  sim.run();
  const count = sim.childCount;
  const regions = sim.journey.regions.map((r) => ({ name: r.name, leaves: r.leaves }));
  const R = regions.length;
  const M = JOURNEY_MILESTONES.length;
  const P = PAYERS.length;
  const table: OutcomeTable = {
    count,
    regions,
    leaves: new Uint8Array(count * R),
    milestones: new Int32Array(count * M),
    pence: new Float64Array(count * P),
  };
  for (let id = 0; id < count; id++) {
    const child = sim.child(id);
    for (let r = 0; r < R; r++) table.leaves[child.id * R + r] = child.leaves[r]!;
    JOURNEY_MILESTONES.forEach((m, i) => {
      table.milestones[child.id * M + i] = child.context[m];
    });
    // Rounded to whole pence exactly as a trace's totals are, so the two always agree.
    const pence = sim.childCosts(child.id);
    for (let p = 0; p < P; p++) table.pence[child.id * P + p] = Math.round(pence[p]!);
  }
  return table;
}

function leafName(table: OutcomeTable, id: number, r: number): string {
  return table.regions[r]!.leaves[table.leaves[id * table.regions.length + r]!]!;
}

/** The measure in the header: differences (regions and milestones) and the cost gap in pounds. */
function score(a: OutcomeTable, b: OutcomeTable, id: number): { differences: number; costGap: number } {
  let differences = 0;
  // Compared by name, not index: the two scenarios' statecharts are compiled separately.
  for (let r = 0; r < a.regions.length; r++) if (leafName(a, id, r) !== leafName(b, id, r)) differences++;
  const M = JOURNEY_MILESTONES.length;
  for (let i = 0; i < M; i++) differences += Math.abs(a.milestones[id * M + i]! - b.milestones[id * M + i]!);
  let gapPence = 0;
  const P = PAYERS.length;
  for (let p = 0; p < P; p++) gapPence += Math.abs(a.pence[id * P + p]! - b.pence[id * P + p]!);
  return { differences, costGap: gapPence / 100 };
}

function outcomeOf(table: OutcomeTable, id: number): ChildOutcome {
  const finalState: Record<string, string> = {};
  table.regions.forEach((region, r) => {
    finalState[region.name] = leafName(table, id, r);
  });
  const M = JOURNEY_MILESTONES.length;
  const milestones = Object.fromEntries(
    JOURNEY_MILESTONES.map((m, i) => [m, table.milestones[id * M + i]!]),
  ) as Record<JourneyMilestone, number>;
  const P = PAYERS.length;
  const costs = Object.fromEntries(PAYERS.map((p, i) => [p, table.pence[id * P + i]! / 100])) as Record<
    Payer,
    number
  >;
  return { finalState, milestones, costs };
}

/** A divergent child with the one-line reason, in the model's state names. */
function describeChild(
  childId: number,
  baseline: ChildOutcome,
  reform: ChildOutcome,
  differences: number,
  costGap: number,
): DivergentChild {
  const regions = Object.keys(baseline.finalState).filter(
    (region) => baseline.finalState[region] !== reform.finalState[region],
  );
  const milestones = JOURNEY_MILESTONES.filter((m) => baseline.milestones[m] !== reform.milestones[m]);
  const parts = [
    ...regions.map((r) => `${r} ends ${baseline.finalState[r]} vs ${reform.finalState[r]}`),
    ...milestones.map((m) => `${m} ${baseline.milestones[m]} vs ${reform.milestones[m]}`),
  ];
  const total = (o: ChildOutcome) => PAYERS.reduce((sum, p) => sum + o.costs[p], 0);
  parts.push(
    `cost £${Math.round(total(baseline))} vs £${Math.round(total(reform))} (£${Math.round(costGap)} moved or changed between payers)`,
  );
  return { childId, baseline, reform, differences, costGap, reason: parts.join('; ') };
}
