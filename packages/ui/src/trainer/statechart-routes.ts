/**
 * How an arrow of the statechart finds its way from one box to another without crossing a
 * third. Boxes sit on a grid, so the gaps between rows and between columns are clear lanes:
 * an arrow between neighbouring boxes goes straight across the gap between them; a longer one
 * goes straight when nothing is in the way, and otherwise leaves its box into the lane above
 * or below it, runs along that lane, turns into the lane beside its target's column, and
 * enters the target from the side (or from above or below when the target is one row away).
 * Each arrow is shifted within its lanes by a few pixels by its number (`lane`), so arrows that
 * share a lane run side by side rather than on top of each other.
 */

/** A box on the grid: its column and row, and its top-left corner. */
export interface GridBox {
  readonly column: number;
  readonly row: number;
  readonly x: number;
  readonly y: number;
}

/** The grid's geometry: where a column and a row start, and the size of a box. */
export interface GridGeometry {
  readonly columnX: (column: number) => number;
  readonly rowY: (row: number) => number;
  readonly width: number;
  readonly height: number;
}

type Point = readonly [number, number];

/** Shifts within a lane, in pixels, taken in turn by the arrows of a region. */
const LANE_SHIFTS = [0, -4, 4, -8, 8];

/** Whether the segment a–b passes through the inside of `box` (Liang–Barsky clipping). */
export function crossesBox(a: Point, b: Point, box: GridBox, geometry: GridGeometry, inset = 1): boolean {
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, x0 - (box.x + inset)],
    [dx, box.x + geometry.width - inset - x0],
    [-dy, y0 - (box.y + inset)],
    [dy, box.y + geometry.height - inset - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * The corner points of an arrow from `from` to `to`, avoiding every other box in `boxes`.
 *
 * @example
 * routeEdge(a, b, boxes, geometry, 3); // [[x, y], …]: from the edge of a to the edge of b
 */
export function routeEdge(
  from: GridBox,
  to: GridBox,
  boxes: readonly GridBox[],
  geometry: GridGeometry,
  lane: number,
): Point[] {
  const { width: w, height: h } = geometry;
  const shift = LANE_SHIFTS[lane % LANE_SHIFTS.length]!;
  const cx = (b: GridBox) => b.x + w / 2;
  const cy = (b: GridBox) => b.y + h / 2;
  const dc = to.column - from.column;
  const dr = to.row - from.row;
  const others = boxes.filter((b) => b !== from && b !== to);
  const clear = (points: readonly Point[]) =>
    points.every((p, i) => i === 0 || others.every((b) => !crossesBox(points[i - 1]!, p, b, geometry)));

  // Straight, between the edges that face each other; a move and its reverse a little apart.
  const horizontal =
    Math.abs(dc) * h * (geometry.columnX(1) - geometry.columnX(0)) >=
    Math.abs(dr) * w * (geometry.rowY(1) - geometry.rowY(0));
  const straight: Point[] = horizontal
    ? [
        [cx(from) + (Math.sign(dc) * w) / 2, cy(from) - Math.sign(dc) * 6],
        [cx(to) - (Math.sign(dc) * w) / 2, cy(to) - Math.sign(dc) * 6],
      ]
    : [
        [cx(from) + Math.sign(dr) * 6, cy(from) + (Math.sign(dr) * h) / 2],
        [cx(to) + Math.sign(dr) * 6, cy(to) - (Math.sign(dr) * h) / 2],
      ];
  if ((Math.abs(dc) <= 1 && Math.abs(dr) <= 1) || clear(straight)) return straight;

  // Out through the top or bottom into the lane beside the row.
  const up = dr < 0 || (dr === 0 && dc > 0);
  const gapY = geometry.rowY(1) - geometry.rowY(0) - h;
  const gapX = geometry.columnX(1) - geometry.columnX(0) - w;
  const exitY = up ? from.y : from.y + h;
  const laneY = up ? from.y - gapY / 2 + shift / 2 : from.y + h + gapY / 2 + shift / 2;
  const ax = cx(from) + shift * 2;
  if (dr === 0 || Math.abs(dr) === 1) {
    // Along the lane to above (or below) the target, and in.
    const bx = cx(to) + shift * 2;
    const entryY = laneY < to.y ? to.y : to.y + h;
    return [
      [ax, exitY],
      [ax, laneY],
      [bx, laneY],
      [bx, entryY],
    ];
  }
  // Along the lane to the gap beside the target's column, down (or up) it, and in from the side.
  const left = dc > 0;
  const laneX = left ? to.x - gapX / 2 + shift / 2 : to.x + w + gapX / 2 + shift / 2;
  const by = cy(to) + shift;
  return [
    [ax, exitY],
    [ax, laneY],
    [laneX, laneY],
    [laneX, by],
    [left ? to.x : to.x + w, by],
  ];
}
