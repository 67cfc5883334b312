/**
 * Where the trainer view draws each state of the statechart. The states and the arrows come
 * from the xstate machine (`journeyGraph`); only their places are fixed here, as a grid per
 * region read left to right along the pathway a family follows:
 *
 * support:  universal → SEN support → (early help: waiting → receiving, above)
 *           → requested (refused, below) → waiting for an EP → with the EP
 *           → LA deciding (not issued, below) → drafting → plan; ended bottom right.
 * redress:  no dispute → (mediation, above) → appeal lodged → waiting for a hearing → listed
 *           → conceded (above) / decided / withdrawn (below).
 *
 * A state the machine gains that is not in the grid is still drawn, in an extra column at the
 * right, so the picture can be incomplete in its layout but never in its content.
 */
import { type JourneyGraph, stateLabel } from '@send-sim/sim-core';

/** The regions drawn, in order: they carry the pathway and the disputes. */
export const DRAWN_REGIONS = ['support', 'redress'] as const;

/** Column and row of each leaf, by region. */
const GRID: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  support: {
    universal: [0, 1],
    senSupport: [1, 1],
    'earlyHelp.waiting': [2, 0],
    'earlyHelp.receiving': [3, 0],
    'statutory.requested': [2, 1],
    'statutory.refused': [2, 2],
    'statutory.assessing.waitingForEP': [3, 1],
    'statutory.assessing.withEP': [4, 1],
    'statutory.decidingToIssue': [5, 1],
    'statutory.notIssued': [5, 2],
    'statutory.drafting': [6, 1],
    'statutory.plan': [7, 1],
    ended: [7, 2],
  },
  redress: {
    idle: [0, 1],
    mediation: [1, 0],
    appealLodged: [2, 1],
    'awaitingHearing.queued': [3, 1],
    'awaitingHearing.listed': [4, 1],
    conceded: [5, 0],
    decided: [5, 1],
    withdrawn: [5, 2],
  },
};

export const NODE_WIDTH = 122;
export const NODE_HEIGHT = 88;
const COLUMN = 138;
const ROW = 106;
const MARGIN_X = 10;
/** Room above each region for its title. */
const REGION_TITLE = 34;
const REGION_GAP = 22;

/** A state box on the chart. */
export interface ChartNode {
  readonly region: string;
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** An arrow between two boxes, with every event that makes that move. */
export interface ChartEdge {
  readonly region: string;
  readonly from: ChartNode;
  readonly to: ChartNode;
  readonly events: readonly string[];
}

/** A region's band on the chart. */
export interface ChartRegion {
  readonly name: string;
  readonly y: number;
  readonly height: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly regions: readonly ChartRegion[];
  readonly nodes: readonly ChartNode[];
  readonly edges: readonly ChartEdge[];
}

/** Lay out the drawn regions of `graph`. */
export function layoutStatechart(graph: JourneyGraph): ChartLayout {
  const nodes: ChartNode[] = [];
  const edges: ChartEdge[] = [];
  const regions: ChartRegion[] = [];
  let top = 0;
  let columns = 0;
  for (const name of DRAWN_REGIONS) {
    const region = graph.regions.find((r) => r.name === name);
    if (region === undefined) continue;
    const grid = GRID[name] ?? {};
    const known = Object.values(grid);
    let extraColumn = Math.max(0, ...known.map(([c]) => c)) + 1;
    let rows = Math.max(0, ...known.map(([, r]) => r)) + 1;
    const byId = new Map<string, ChartNode>();
    for (const state of region.states) {
      const [column, row] = grid[state.id] ?? [extraColumn++, 1];
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
      const node = {
        region: name,
        id: state.id,
        label: stateLabel(name, state.id),
        x: MARGIN_X + column * COLUMN,
        y: top + REGION_TITLE + row * ROW,
      };
      byId.set(state.id, node);
      nodes.push(node);
    }
    const pairs = new Map<string, { from: ChartNode; to: ChartNode; events: string[] }>();
    for (const t of region.transitions) {
      if (t.from === t.to) continue;
      const key = `${t.from}|${t.to}`;
      const pair = pairs.get(key) ?? { from: byId.get(t.from)!, to: byId.get(t.to)!, events: [] };
      if (!pair.events.includes(t.event)) pair.events.push(t.event);
      pairs.set(key, pair);
    }
    for (const pair of pairs.values()) edges.push({ region: name, ...pair });
    const height = REGION_TITLE + rows * ROW;
    regions.push({ name, y: top, height });
    top += height + REGION_GAP;
  }
  return {
    width: MARGIN_X * 2 + columns * COLUMN - (COLUMN - NODE_WIDTH),
    height: top,
    regions,
    nodes,
    edges,
  };
}

/**
 * An SVG path for an arrow from one box to another: leaving and entering at the box edges
 * facing each other, bowed a little so a move and its reverse draw as two lines.
 */
export function edgePath(from: ChartNode, to: ChartNode): string {
  const cx = (n: ChartNode) => n.x + NODE_WIDTH / 2;
  const cy = (n: ChartNode) => n.y + NODE_HEIGHT / 2;
  const dx = cx(to) - cx(from);
  const dy = cy(to) - cy(from);
  const horizontal = Math.abs(dx) * NODE_HEIGHT >= Math.abs(dy) * NODE_WIDTH;
  const [x1, y1] = horizontal
    ? [cx(from) + (Math.sign(dx) * NODE_WIDTH) / 2, cy(from)]
    : [cx(from), cy(from) + (Math.sign(dy) * NODE_HEIGHT) / 2];
  const [x2, y2] = horizontal
    ? [cx(to) - (Math.sign(dx) * NODE_WIDTH) / 2, cy(to)]
    : [cx(to), cy(to) - (Math.sign(dy) * NODE_HEIGHT) / 2];
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const bow = Math.min(18, length / 6);
  // Bow to the right of the direction of travel: the reverse arrow bows the other way.
  const mx = (x1 + x2) / 2 + ((y2 - y1) / length) * bow;
  const my = (y1 + y2) / 2 - ((x2 - x1) / length) * bow;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

/** Top of the area inside a box where its dots sit (below the label and the count). */
const DOT_AREA_TOP = 56;
const DOT_AREA_PAD = 5;

/** Where child `id`'s dot sits inside `node`: a fixed spot per child, so dots do not shuffle. */
export function dotSpot(node: ChartNode, unitX: number, unitY: number): { x: number; y: number } {
  return {
    x: node.x + DOT_AREA_PAD + unitX * (NODE_WIDTH - 2 * DOT_AREA_PAD),
    y: node.y + DOT_AREA_TOP + unitY * (NODE_HEIGHT - DOT_AREA_TOP - DOT_AREA_PAD),
  };
}
