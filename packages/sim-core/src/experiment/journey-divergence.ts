/**
 * Where one child's two journeys part: given the child's trace in the baseline and in a
 * reform (same seed, replication and options, so the same child and the same chance events),
 * find the first step at which they differ, the regions that end differently and the change
 * in cost by payer. Pure: it reads two traces and nothing else.
 */
import type { ChildTrace, TraceStep } from '../engine/trace.js';
import { type CostKey, PAYERS, type Payer, PUBLIC_PAYERS } from '../foundation/payers.js';

/** How a child's journey under a reform differs from the same child's under the baseline. */
export interface JourneyDivergence {
  /**
   * Index of the first step at which the event, its day or the states entered differ (in both
   * traces, since the steps before it are identical), or `undefined` when the steps match.
   */
  readonly firstDifferentStep: number | undefined;
  /** Date of that step: the earlier of the two systems' steps at that index. */
  readonly firstDifferentDate: string | undefined;
  /**
   * Date of the first step, before the paths part (or with none parting), at which the cost to
   * date differs: a reform can change who pays, or how much, without changing what happens.
   */
  readonly costsFirstDifferOn: string | undefined;
  /** Regions whose final state differs: `{ support: { baseline: 'statutory.plan', reform: 'senSupport' } }`. */
  readonly finalStates: Readonly<Record<string, { readonly baseline: string; readonly reform: string }>>;
  /**
   * Reform − baseline cost for the child over the run (pounds): by payer, public spending
   * (`public`), and public spending plus cost to families (`total`).
   */
  readonly costChange: Readonly<Record<CostKey, number>>;
  /** Whether anything differs at all: steps, costs or final state. */
  readonly differs: boolean;
}

/** Same event on the same day entering the same states. */
export function sameStep(a: TraceStep, b: TraceStep): boolean {
  if (a.day !== b.day || a.event !== b.event) return false;
  const regions = new Set([...Object.keys(a.to), ...Object.keys(b.to)]);
  for (const region of regions) if (a.to[region] !== b.to[region]) return false;
  return true;
}

/**
 * Public spending plus cost to families (every payer), in pounds, summed in pence so it carries
 * no floating-point dust.
 */
export function totalPounds(costs: Readonly<Record<Payer, number>>): number {
  return PAYERS.reduce((sum, p) => sum + Math.round(costs[p] * 100), 0) / 100;
}

/** Public spending (the nine public payers), in pounds, summed in pence like `totalPounds`. */
export function publicPounds(costs: Readonly<Record<Payer, number>>): number {
  return PUBLIC_PAYERS.reduce((sum, p) => sum + Math.round(costs[p] * 100), 0) / 100;
}

/**
 * Compare one child's trace under the baseline with the same child's under a reform.
 *
 * @example
 * const d = compareJourneys(traceChild(baseline, run, 7), traceChild(reform, run, 7));
 * d.firstDifferentDate; // e.g. '2025-03-14', or undefined when the steps are the same
 */
export function compareJourneys(baseline: ChildTrace, reform: ChildTrace): JourneyDivergence {
  if (baseline.childId !== reform.childId) {
    throw new RangeError(`compareJourneys: child ${baseline.childId} and child ${reform.childId} differ`);
  }
  const a = baseline.steps;
  const b = reform.steps;
  const shared = Math.min(a.length, b.length);
  let first: number | undefined;
  for (let i = 0; i < shared; i++) {
    if (!sameStep(a[i]!, b[i]!)) {
      first = i;
      break;
    }
  }
  if (first === undefined && a.length !== b.length) first = shared;
  let firstDate: string | undefined;
  if (first !== undefined) {
    const dates = [a[first]?.date, b[first]?.date].filter((d): d is string => d !== undefined);
    firstDate = dates.sort()[0];
  }

  // Only steps before the paths part can be compared for cost: after it, step i in one system
  // is a different event from step i in the other.
  let costsFirstDifferOn: string | undefined;
  for (let i = 0; i < (first ?? shared); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (PAYERS.some((p) => x.costsToDate[p] !== y.costsToDate[p])) {
      costsFirstDifferOn = x.date; // the same day in both: the steps so far are the same
      break;
    }
  }

  const finalStates: Record<string, { baseline: string; reform: string }> = {};
  for (const region of Object.keys(baseline.finalState)) {
    const from = baseline.finalState[region]!;
    const to = reform.finalState[region] ?? from;
    if (from !== to) finalStates[region] = { baseline: from, reform: to };
  }

  const costChange = {} as Record<CostKey, number>;
  for (const p of PAYERS) {
    costChange[p] = Math.round(reform.totalCosts[p] * 100 - baseline.totalCosts[p] * 100) / 100;
  }
  costChange.public =
    Math.round(publicPounds(reform.totalCosts) * 100 - publicPounds(baseline.totalCosts) * 100) / 100;
  costChange.total =
    Math.round(totalPounds(reform.totalCosts) * 100 - totalPounds(baseline.totalCosts) * 100) / 100;

  return {
    firstDifferentStep: first,
    firstDifferentDate: firstDate,
    costsFirstDifferOn,
    finalStates,
    costChange,
    differs:
      first !== undefined ||
      costsFirstDifferOn !== undefined ||
      Object.keys(finalStates).length > 0 ||
      PAYERS.some((p) => costChange[p] !== 0),
  };
}
