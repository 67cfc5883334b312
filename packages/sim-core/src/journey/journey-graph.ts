/**
 * The journey statechart as a graph for drawing: per parallel region, its leaf states and
 * the moves between them (source leaf → target leaf, with the event that causes the move).
 *
 * Why a graph read from the machine: the trainer view draws the statechart people are shown,
 * and it must be the one the engine runs. So this module reads the xstate definition itself
 * (the machine's state nodes and their `on` transitions), never a hand-copied list; a test
 * checks it against the compiled transition tables, so neither can drift from the other.
 *
 * Semantics match the compiled journey: a transition declared on a compound state applies
 * to every leaf below it (as xstate tries a leaf's ancestors), and a target that is a
 * compound state means its initial leaf. Targetless transitions (timers, reviews) change no
 * state and are left out.
 */
import type { JourneyEventType } from './journey-events.js';
import type { JourneyMachine } from './journey-machine.js';

/** A leaf state of one region. */
export interface JourneyGraphState {
  /** Dotted path below the region, as the compiled journey names leaves: `statutory.assessing.withEP`. */
  readonly id: string;
  /** Whether the region starts here. */
  readonly initial: boolean;
}

/** A move between two leaves of the same region. */
export interface JourneyGraphTransition {
  readonly from: string;
  readonly to: string;
  readonly event: JourneyEventType;
}

/** One parallel region: its leaves in document order and its moves (each distinct move once). */
export interface JourneyGraphRegion {
  readonly name: string;
  readonly states: readonly JourneyGraphState[];
  readonly transitions: readonly JourneyGraphTransition[];
}

/** The whole statechart as a graph, region by region in document order. */
export interface JourneyGraph {
  readonly regions: readonly JourneyGraphRegion[];
}

// Structural view of the parts of xstate's StateNode this module reads.
interface NodeView {
  readonly key: string;
  readonly path: readonly string[];
  readonly parent?: NodeView | undefined;
  readonly states: Readonly<Record<string, NodeView>>;
  readonly transitions: ReadonlyMap<string, ReadonlyArray<{ readonly target?: readonly NodeView[] }>>;
  readonly initial?: { readonly target: readonly NodeView[] } | undefined;
}

/**
 * Read the graph of `machine` (any parameters: the structure does not depend on them).
 *
 * @example
 * const graph = journeyGraph(createJourneyMachine(params));
 * const support = graph.regions.find((r) => r.name === 'support');
 */
export function journeyGraph(machine: JourneyMachine): JourneyGraph {
  const root = machine.root as unknown as NodeView;
  return {
    regions: Object.values(root.states).map((region) => {
      const leaves = leavesOf(region);
      const initial = initialLeafOf(region);
      const transitions: JourneyGraphTransition[] = [];
      const seen = new Set<string>();
      for (const leaf of leaves) {
        const from = leafId(leaf);
        // The leaf's own transitions, then each enclosing state's up to the region.
        for (let node: NodeView | undefined = leaf; node !== undefined && node !== root; node = node.parent) {
          for (const [event, list] of node.transitions) {
            for (const t of list) {
              const target = t.target?.[0];
              if (target === undefined) continue;
              const to = leafId(initialLeafOf(target));
              const key = `${from}|${to}|${event}`;
              if (seen.has(key)) continue;
              seen.add(key);
              transitions.push({ from, to, event: event as JourneyEventType });
            }
          }
        }
      }
      return {
        name: region.key,
        states: leaves.map((leaf) => ({ id: leafId(leaf), initial: leaf === initial })),
        transitions,
      };
    }),
  };
}

/** Dotted path below the region (path[0] is the region). */
function leafId(node: NodeView): string {
  return node.path.slice(1).join('.');
}

function leavesOf(node: NodeView): NodeView[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(leavesOf);
}

function initialLeafOf(node: NodeView): NodeView {
  let current = node;
  for (let next = current.initial?.target[0]; next !== undefined; next = current.initial?.target[0]) {
    current = next;
  }
  return current;
}
