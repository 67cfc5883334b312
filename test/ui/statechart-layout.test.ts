/**
 * The trainer's statechart layout, in Node, on the real machine: the need region the story
 * talks about is drawn with every state; the states that gather children who are done (left
 * the system, a dispute ended) sit apart, below a line, as running totals; and no arrow passes
 * through a box it does not start or end at. The arrows are checked by walking along each one
 * a pixel at a time, not by the routing code's own clipping test.
 */
import { createJourneyMachine, JOURNEY_STATE_LABELS, journeyGraph } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import {
  type ChartNode,
  labelLines,
  layoutStatechart,
  NODE_HEIGHT,
  NODE_WIDTH,
} from '../../packages/ui/src/trainer/statechart-layout.js';
import { loadScenario } from '../sim-core/load-scenario.js';

const layout = layoutStatechart(journeyGraph(createJourneyMachine(loadScenario('baseline').params)));

/** Strictly inside the box, a pixel in from its edges. */
function inside(n: ChartNode, x: number, y: number): boolean {
  return x > n.x + 1 && x < n.x + NODE_WIDTH - 1 && y > n.y + 1 && y < n.y + NODE_HEIGHT - 1;
}

/** Whether (x, y) is on the edge of the box (within half a pixel). */
function onEdge(n: ChartNode, x: number, y: number): boolean {
  const within = (v: number, lo: number, hi: number) => v >= lo - 0.5 && v <= hi + 0.5;
  const box = within(x, n.x, n.x + NODE_WIDTH) && within(y, n.y, n.y + NODE_HEIGHT);
  const edge =
    Math.abs(x - n.x) <= 0.5 ||
    Math.abs(x - n.x - NODE_WIDTH) <= 0.5 ||
    Math.abs(y - n.y) <= 0.5 ||
    Math.abs(y - n.y - NODE_HEIGHT) <= 0.5;
  return box && edge;
}

describe('the trainer statechart layout', () => {
  it('draws the need region, every state of it by its label', () => {
    const need = layout.nodes.filter((n) => n.region === 'need');
    expect(need.map((n) => n.id).sort()).toEqual(Object.keys(JOURNEY_STATE_LABELS.need!).sort());
    expect(layout.regions[0]!.name).toBe('need');
    expect(layout.edges.some((e) => e.region === 'need' && e.to.id === 'crisis')).toBe(true);
  });

  it("writes every box's words on at most three lines, above its number", () => {
    for (const n of layout.nodes) expect(labelLines(n).length, n.shortLabel).toBeLessThanOrEqual(3);
  });

  it('puts the running totals apart, below a line under every state children are in now', () => {
    const tallies = layout.nodes.filter((n) => n.tally).map((n) => `${n.region}.${n.id}`);
    expect(tallies.sort()).toEqual(
      ['redress.conceded', 'redress.decided', 'redress.withdrawn', 'support.ended'].sort(),
    );
    for (const region of layout.regions.filter((r) => r.name !== 'need')) {
      const nodes = layout.nodes.filter((n) => n.region === region.name);
      expect(region.tallyY, region.name).toBeDefined();
      for (const n of nodes) {
        if (n.tally) expect(n.y, n.id).toBeGreaterThan(region.tallyY!);
        else expect(n.y + NODE_HEIGHT, n.id).toBeLessThan(region.tallyY!);
      }
    }
  });

  it('routes every arrow around the boxes it does not join, from the edge of one to the edge of the other', () => {
    expect(layout.edges.length).toBeGreaterThan(40);
    for (const edge of layout.edges) {
      const name = `${typeof edge.from === 'string' ? edge.from : edge.from.id} → ${edge.to.id}`;
      const points = edge.points;
      for (let i = 1; i < points.length; i++) {
        const [x0, y0] = points[i - 1]!;
        const [x1, y1] = points[i]!;
        const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0));
        for (let k = 0; k <= steps; k++) {
          const x = x0 + ((x1 - x0) * k) / steps;
          const y = y0 + ((y1 - y0) * k) / steps;
          for (const n of layout.nodes) {
            if (n === edge.from || n === edge.to) continue;
            expect(inside(n, x, y), `${name} passes through ${n.id} at ${x.toFixed(0)},${y.toFixed(0)}`).toBe(
              false,
            );
          }
        }
      }
      const [lx, ly] = points.at(-1)!;
      expect(onEdge(edge.to, lx, ly), `${name} ends on its target's edge`).toBe(true);
      if (typeof edge.from !== 'string') {
        const [fx, fy] = points[0]!;
        expect(onEdge(edge.from, fx, fy), `${name} starts on its box's edge`).toBe(true);
      }
    }
  });
});
