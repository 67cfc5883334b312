/**
 * The messages for following one child through two systems: the page asks the simulation
 * worker to trace a child (or to suggest the child whose path differs most, or a typical one) in the baseline
 * and one reform, and the worker answers with both traces. Plain data only (structured
 * clone), so the numbers arrive exactly as sim-core computed them.
 */
import type { ChildTracePair, DivergentChild, TypicalChild } from '@send-sim/sim-core';

/** Which child to follow, in which two systems, with the options the comparison ran with. */
export interface TraceRequest {
  readonly baseline: string;
  readonly reform: string;
  /** The comparison's seed, years and scale; replication 0 is traced. */
  readonly options: { readonly seed: number; readonly years: number; readonly scale: number };
  /**
   * A child id, `'suggest'` for the child whose journey differs most, or `'typical'` for the
   * typical child (`divergentChildren` in sim-core states the rule).
   */
  readonly childId: number | 'suggest' | 'typical';
}

/** Page → worker. */
export interface TraceMessage {
  readonly type: 'trace';
  readonly runId: number;
  readonly request: TraceRequest;
}

/** What the worker found: both traces and, when it was asked to suggest, the ranking. */
export interface TraceResult {
  readonly request: TraceRequest;
  readonly pair: ChildTracePair;
  /** For `'suggest'` and `'typical'`: the most divergent children, most divergent first. */
  readonly suggestions: readonly DivergentChild[];
  /** For `'suggest'` and `'typical'`: the typical child, shown beside them. */
  readonly typical: TypicalChild | undefined;
  /** For `'suggest'` and `'typical'`: how many children's journeys differ at all. */
  readonly divergentCount: number | undefined;
}

/** Worker → page. `done` is the share of the tracing finished, 0–1. */
export type TraceWorkerMessage =
  | { readonly type: 'trace-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'trace-done'; readonly runId: number; readonly result: TraceResult }
  | {
      readonly type: 'trace-error';
      readonly runId: number;
      readonly message: string;
      /** Set when the id was out of range: the children simulated, so the page can say which ids exist. */
      readonly childrenSimulated?: number;
    };
