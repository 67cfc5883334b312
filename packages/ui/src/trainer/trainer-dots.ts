/**
 * The dots of trainer mode: where each sampled child is drawn on the statechart on a given
 * day. A child has a dot in the support region always, in the need region once a need has
 * arisen, and in the redress region while it is in (or has been through) a dispute; a child that moved in the last few weeks is drawn
 * part-way along its move, so the eye can follow it. Each child keeps a fixed spot inside a
 * box (from its id), so dots that do not move stay still.
 */
import type { MovementRun } from '@send-sim/sim-core';
import { type ChartLayout, type ChartNode, DRAWN_REGIONS, dotSpot } from './statechart-layout.js';
import type { ChartDot } from './statechart-view.js';
import { placeOn, scatter } from './trainer-playback.js';

/** Dots for every sampled child of `run` on `day`; `tween` draws moves in progress part-way. */
export function placeDots(run: MovementRun, layout: ChartLayout, day: number, tween: boolean): ChartDot[] {
  const nodes = new Map<string, ChartNode>(layout.nodes.map((n) => [`${n.region}.${n.id}`, n]));
  const dots: ChartDot[] = [];
  for (const child of run.children) {
    const ux = scatter(child.id, 1);
    const uy = scatter(child.id, 2);
    for (const region of DRAWN_REGIONS) {
      const place = placeOn(child, region, day, tween);
      if (place === undefined) continue;
      // Children without a dispute, or without a need, are the great majority: their box shows a count, not dots.
      const quiet =
        (region === 'redress' && place.state === 'idle') || (region === 'need' && place.state === 'none');
      if (quiet && place.from === undefined) continue;
      const node = nodes.get(`${region}.${place.state}`);
      if (node === undefined) continue;
      const at = dotSpot(node, ux, uy);
      const from = place.from === undefined ? undefined : nodes.get(`${region}.${place.from}`);
      if (from === undefined || place.progress === undefined) {
        dots.push({ id: child.id, ...at, moving: false });
        continue;
      }
      const start = dotSpot(from, ux, uy);
      const p = place.progress;
      dots.push({
        id: child.id,
        x: start.x + (at.x - start.x) * p,
        y: start.y + (at.y - start.y) * p,
        moving: true,
      });
    }
  }
  return dots;
}
