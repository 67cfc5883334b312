/**
 * The statechart the trainer view draws is read from the xstate machine. These tests hold it
 * to the compiled transition tables the engine runs (every leaf, every move, nothing more),
 * to the moves real runs make, and to the plain-English labels (every leaf has one).
 */
import {
  compileJourney,
  createJourneyMachine,
  JOURNEY_STATE_LABELS,
  journeyGraph,
  runMovementSample,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const machine = createJourneyMachine(baseline.params);
const compiled = compileJourney(machine, baseline.params);
const graph = journeyGraph(machine);

describe('journeyGraph', () => {
  it('has the regions and, in each, exactly the leaves of the compiled journey, with its initial leaf', () => {
    expect(graph.regions.map((r) => r.name)).toEqual(compiled.regions.map((r) => r.name));
    compiled.regions.forEach((region, r) => {
      const states = graph.regions[r]!.states;
      expect(states.map((s) => s.id)).toEqual(region.leaves);
      expect(states.filter((s) => s.initial).map((s) => s.id)).toEqual([region.leaves[region.initialLeaf]]);
    });
  });

  it('has exactly the state-changing transitions of the compiled tables (source, target, event)', () => {
    compiled.regions.forEach((region, r) => {
      const fromTables = new Set<string>();
      region.leaves.forEach((from, leaf) => {
        for (const { event, target } of compiled.candidates(r, leaf)) {
          if (target >= 0) fromTables.add(`${from} -> ${region.leaves[target]} on ${event}`);
        }
      });
      const fromGraph = graph.regions[r]!.transitions.map((t) => `${t.from} -> ${t.to} on ${t.event}`);
      expect(new Set(fromGraph).size).toBe(fromGraph.length);
      expect(new Set(fromGraph)).toEqual(fromTables);
    });
  });

  it('draws the pathway the trainer explains, from universal to a plan and on to the tribunal', () => {
    const moves = (region: string) =>
      graph.regions.find((r) => r.name === region)!.transitions.map((t) => `${t.from} -> ${t.to}`);
    expect(moves('support')).toEqual(
      expect.arrayContaining([
        'universal -> senSupport',
        'senSupport -> earlyHelp.waiting',
        'earlyHelp.waiting -> earlyHelp.receiving',
        'senSupport -> statutory.requested',
        'statutory.requested -> statutory.refused',
        'statutory.requested -> statutory.assessing.waitingForEP',
        'statutory.assessing.waitingForEP -> statutory.assessing.withEP',
        'statutory.assessing.withEP -> statutory.decidingToIssue',
        'statutory.decidingToIssue -> statutory.drafting',
        'statutory.decidingToIssue -> statutory.notIssued',
        'statutory.drafting -> statutory.plan',
        'statutory.plan -> ended',
      ]),
    );
    expect(moves('redress')).toEqual(
      expect.arrayContaining([
        'idle -> mediation',
        'idle -> appealLodged',
        'appealLodged -> awaitingHearing.queued',
        'awaitingHearing.queued -> awaitingHearing.listed',
        'awaitingHearing.listed -> decided',
        'awaitingHearing.queued -> conceded',
        'awaitingHearing.listed -> withdrawn',
      ]),
    );
  });

  it('contains every move children make in a real run', () => {
    const run = runMovementSample(baseline, { seed: 3, years: 2, scale: 0.001, sampleSize: 10_000 });
    const edges = new Set(
      graph.regions.flatMap((r) => r.transitions.map((t) => `${r.name}:${t.from}->${t.to}`)),
    );
    let moves = 0;
    for (const child of run.children) {
      for (const move of child.moves) {
        moves++;
        expect(edges, `${move.region}: ${move.from} -> ${move.to} on ${move.event}`).toContain(
          `${move.region}:${move.from}->${move.to}`,
        );
      }
    }
    expect(moves).toBeGreaterThan(1000);
  });

  it('every leaf has a plain-English label', () => {
    for (const region of graph.regions) {
      for (const state of region.states) {
        const label = JOURNEY_STATE_LABELS[region.name]?.[state.id];
        expect(label, `${region.name}.${state.id}`).toMatch(/^[A-Z][\w ,()'-]+$/);
      }
    }
  });
});
