/**
 * Where the trainer view draws each state of the statechart. The states and the arrows come
 * from the xstate machine (`journeyGraph`); only their places are fixed here, as a grid per
 * region read left to right along the pathway a family follows:
 *
 * need:     none → emerging → met (above) / not met → in crisis; met need eases back to none.
 * support:  universal → SEN support → (early help: waiting → receiving, above)
 *           → requested (refused, below) → waiting for an EP → with the EP
 *           → LA deciding (not issued, below) → drafting → plan → after the plan (right).
 * redress:  no dispute → (mediation, above) → appeal lodged → waiting for a hearing → listed.
 *
 * Where a child rests once it is done (left the system; a dispute conceded, withdrawn or
 * decided) is a running total since the start, not a state children pass through, so those
 * boxes sit in a row of their own at the foot of their region, under a line (`TALLY_STATES`),
 * and the view writes their numbers as totals. Leaving the system is possible from every
 * support state (moving away, ageing out), so its arrows are drawn as one, "from any state".
 * Arrows are routed around boxes (`statechart-routes.ts`).
 *
 * A state the machine gains that is not in the grid is still drawn, in an extra column at the
 * right, so the picture can be incomplete in its layout but never in its content.
 */
import { type JourneyGraph, stateLabel } from '@send-sim/sim-core';
import { type GridBox, routeEdge } from './statechart-routes.js';

/** The regions drawn, in order: the need the story talks about, the pathway, and the disputes. */
export const DRAWN_REGIONS = ['need', 'support', 'redress'] as const;

/** States that only gather children who are done: drawn apart, their numbers totals since the start. */
export const TALLY_STATES: ReadonlySet<string> = new Set([
  'support.ended',
  'redress.conceded',
  'redress.withdrawn',
  'redress.decided',
]);

/** Column and row of each leaf, by region (a tally state's row is its region's last). */
const GRID: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  need: {
    none: [0, 1],
    emerging: [1, 1],
    met: [2, 0],
    unmet: [2, 1],
    crisis: [3, 1],
  },
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
    'postPlan.starting': [8, 1],
    'postPlan.eet': [9, 0],
    'postPlan.neet': [9, 1],
    'postPlan.adultSocialCare': [9, 2],
    ended: [0, 3],
  },
  redress: {
    idle: [0, 1],
    mediation: [1, 0],
    appealLodged: [2, 1],
    'awaitingHearing.queued': [3, 1],
    'awaitingHearing.listed': [4, 1],
    conceded: [3, 2],
    decided: [4, 2],
    withdrawn: [5, 2],
  },
};

/**
 * Shorter words for boxes whose full label runs past three lines at the box's width (the full
 * label is the box's tooltip and what screen readers hear).
 */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  'support.postPlan.eet': 'After the plan: in education or work',
  'support.postPlan.neet': 'After the plan: NEET (not in education or work)',
  'support.postPlan.adultSocialCare': 'After the plan: adult social care',
};

export const NODE_WIDTH = 122;
export const NODE_HEIGHT = 88;
const COLUMN = 140;
const ROW = 110;
const MARGIN_X = 10;
/** Room above each region for its title. */
const REGION_TITLE = 34;
const REGION_GAP = 22;

/** A state box on the chart. */
export interface ChartNode {
  readonly region: string;
  readonly id: string;
  readonly label: string;
  /** The words written in the box: the label, or a shorter one where it would not fit. */
  readonly shortLabel: string;
  readonly x: number;
  readonly y: number;
  /** A running total since the start (`TALLY_STATES`) rather than children there now. */
  readonly tally: boolean;
}

/** An arrow between two boxes (or from every box of the region), with every event that makes that move. */
export interface ChartEdge {
  readonly region: string;
  /**
   * The box it leaves; `any` for a move every state of the region allows; `totals` for a move
   * out of any of the region's totals below the line (a new dispute after one has ended).
   */
  readonly from: ChartNode | 'any' | 'totals';
  readonly to: ChartNode;
  readonly events: readonly string[];
  /** Its route: corner points from the box it leaves (or above its target) to the edge of its target. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** A region's band on the chart, and where its row of totals starts, if it has one. */
export interface ChartRegion {
  readonly name: string;
  readonly y: number;
  readonly height: number;
  /** The y of the line above the region's running totals. */
  readonly tallyY: number | undefined;
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
    const cells = new Map<ChartNode, GridBox>();
    const rowTop = (row: number) => top + REGION_TITLE + row * ROW;
    for (const state of region.states) {
      const [column, row] = grid[state.id] ?? [extraColumn++, 1];
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
      const node = {
        region: name,
        id: state.id,
        label: stateLabel(name, state.id),
        shortLabel: SHORT_LABELS[`${name}.${state.id}`] ?? stateLabel(name, state.id),
        x: MARGIN_X + column * COLUMN,
        y: rowTop(row),
        tally: TALLY_STATES.has(`${name}.${state.id}`),
      };
      byId.set(state.id, node);
      nodes.push(node);
      cells.set(node, { column, row, x: node.x, y: node.y });
    }
    const geometry = {
      columnX: (c: number) => MARGIN_X + c * COLUMN,
      rowY: rowTop,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    };
    const pairs = new Map<string, { from: ChartEdge['from']; to: ChartNode; events: string[] }>();
    for (const t of region.transitions) {
      if (t.from === t.to) continue;
      const to = byId.get(t.to)!;
      const source = byId.get(t.from)!;
      // Every state can leave the system: one arrow "from any state" rather than one from each box;
      // and one arrow from the totals to each state a new dispute starts in.
      const from = to.tally && name === 'support' ? 'any' : source.tally ? 'totals' : source;
      const key = `${typeof from === 'string' ? from : t.from}|${t.to}`;
      const pair = pairs.get(key) ?? { from, to, events: [] };
      if (!pair.events.includes(t.event)) pair.events.push(t.event);
      pairs.set(key, pair);
    }
    const tallyRow = Math.max(-1, ...[...cells].filter(([n]) => n.tally).map(([, c]) => c.row));
    const tallyTop = rowTop(tallyRow);
    let lane = 0;
    for (const pair of pairs.values()) {
      const target = cells.get(pair.to)!;
      const gap = ROW - NODE_HEIGHT;
      const points =
        pair.from === 'any'
          ? [
              [target.x + NODE_WIDTH / 2, target.y - gap / 2 - 4] as const,
              [target.x + NODE_WIDTH / 2, target.y] as const,
            ]
          : pair.from === 'totals'
            ? // Straight up from the line above the totals into the box's foot (nothing stands below it).
              [
                [target.x + NODE_WIDTH / 2, tallyTop - gap / 2] as const,
                [target.x + NODE_WIDTH / 2, target.y + NODE_HEIGHT] as const,
              ]
            : routeEdge(cells.get(pair.from)!, target, [...cells.values()], geometry, lane++);
      edges.push({ region: name, ...pair, points });
    }
    const height = REGION_TITLE + rows * ROW;
    regions.push({
      name,
      y: top,
      height,
      tallyY: tallyRow < 0 ? undefined : rowTop(tallyRow) - (ROW - NODE_HEIGHT) / 2,
    });
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

/** Most characters on one line of a box's label. */
const LABEL_WIDTH = 18;

/** The lines a box's words are written on: at most `LABEL_WIDTH` characters each, split at spaces. */
export function labelLines(node: ChartNode): string[] {
  const lines: string[] = [];
  for (const word of node.shortLabel.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= LABEL_WIDTH)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** An SVG path through an edge's points, its corners rounded a little. */
export function edgePath(edge: ChartEdge): string {
  const p = edge.points;
  const f = (n: number) => n.toFixed(1);
  let d = `M${f(p[0]![0])},${f(p[0]![1])}`;
  for (let i = 1; i < p.length; i++) {
    const [x, y] = p[i]!;
    const next = p[i + 1];
    if (next === undefined) {
      d += ` L${f(x)},${f(y)}`;
      continue;
    }
    // Cut the corner: a line to just before it, a curve round it to just after.
    const [px, py] = p[i - 1]!;
    const r = Math.min(6, Math.hypot(x - px, y - py) / 2, Math.hypot(next[0] - x, next[1] - y) / 2);
    const toward = (ax: number, ay: number, bx: number, by: number) => {
      const len = Math.hypot(bx - ax, by - ay) || 1;
      return [ax + ((bx - ax) / len) * r, ay + ((by - ay) / len) * r] as const;
    };
    const [x1, y1] = toward(x, y, px, py);
    const [x2, y2] = toward(x, y, next[0], next[1]);
    d += ` L${f(x1)},${f(y1)} Q${f(x)},${f(y)} ${f(x2)},${f(y2)}`;
  }
  return d;
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
