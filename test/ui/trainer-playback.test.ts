/**
 * Trainer-mode playback arithmetic and the story's narration, in Node: dots and counts agree
 * (placing every child with `placeOn` at a month start reproduces the run's counts per state),
 * the running cost is the sum of the months so far, and every placeholder of every story step
 * is filled from the runs, with 95% intervals on the comparison figures.
 */
import { PAYERS, runExperiment, runMovementSample } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { storyFromExperiments } from '../../packages/ui/src/story/story-comparison.js';
import { STORY, STORY_REFORM } from '../../packages/ui/src/story/story-content.js';
import { fillStory } from '../../packages/ui/src/story/story-facts.js';
import {
  countsAt,
  cumulativeCosts,
  dayAt,
  monthCount,
  monthName,
  placeOn,
} from '../../packages/ui/src/trainer/trainer-playback.js';
import { loadScenario } from '../sim-core/load-scenario.js';

const options = { seed: 2, years: 1, scale: 0.001 };
const baseline = loadScenario('baseline');
// Every child as a "dot", so the dots can be checked against the counts.
const run = runMovementSample(baseline, { ...options, sampleSize: 1_000_000 });

describe('trainer playback', () => {
  it('places every child where the counts say, at every month start', () => {
    for (let month = 0; month <= monthCount(run); month++) {
      for (const region of ['support', 'redress']) {
        const placed: Record<string, number> = {};
        for (const child of run.children) {
          const place = placeOn(child, region, run.monthStarts[month]!, false);
          if (place !== undefined) placed[place.state] = (placed[place.state] ?? 0) + 1 / run.scale;
        }
        const counts = Object.fromEntries(
          Object.entries(countsAt(run, region, month)).filter(([, n]) => n > 0),
        );
        expect(placed, `${region}, month ${month}`).toEqual(counts);
      }
    }
  });

  it('tweens a dot only along a move it made in the last few weeks', () => {
    // A move the child stays in for the whole tween (a plan ending is followed at once by the pathway's start).
    const lasting = (c: (typeof run.children)[number], m: (typeof run.children)[number]['moves'][number]) =>
      m.region === 'support' &&
      m.day > 10 &&
      !c.moves.some((n) => n !== m && n.region === 'support' && n.day >= m.day && n.day <= m.day + 20);
    const mover = run.children.find((c) => c.moves.some((m) => lasting(c, m)))!;
    const move = mover.moves.find((m) => lasting(mover, m))!;
    const during = placeOn(mover, 'support', move.day + 5, true);
    expect(during).toMatchObject({ state: move.to, from: move.from });
    expect(during?.progress).toBeCloseTo(5 / 20);
  });

  it('adds up the money spent month by month, by payer and in total', () => {
    expect(cumulativeCosts(run, 0).total).toBe(0);
    const m = 7;
    const costs = cumulativeCosts(run, m);
    for (const payer of PAYERS) {
      expect(costs[payer]).toBeCloseTo(
        run.costsByMonth[payer].slice(0, m).reduce((a, b) => a + b, 0),
        6,
      );
    }
    expect(costs.total).toBeGreaterThan(cumulativeCosts(run, m - 1).total);
  });

  it('reads time and dates the way the screen shows them', () => {
    expect(dayAt(run, 0)).toBe(0);
    expect(dayAt(run, 1)).toBe(run.monthStarts[1]);
    expect(dayAt(run, 99)).toBe(run.monthStarts[monthCount(run)]);
    expect(monthName('2024-03-01')).toBe('March 2024');
  });
});

describe('the story', () => {
  const reform = loadScenario(STORY_REFORM);
  const runOptions = { ...options, replications: 2 };
  const data = {
    baseline: run,
    reform: runMovementSample(reform, { ...options, sampleSize: 10 }),
    ...storyFromExperiments(runExperiment(baseline, runOptions), runExperiment(reform, runOptions)),
  };

  it('fills every placeholder of every step from the runs', () => {
    for (const step of STORY) {
      const text = fillStory(step.title, step, data) + fillStory(step.narration, step, data);
      expect(text, step.title).not.toMatch(/[{}]|NaN|undefined/);
    }
    const costs = STORY.find((s) => s.showCostByPayer)!;
    expect(fillStory(costs.narration, costs, data)).toMatch(/[+−]\u2060£[\d,.]+m \(95% interval /);
  });

  it('refuses a placeholder it cannot fill rather than guess', () => {
    expect(() => fillStory('{count:support.nowhere}', STORY[0]!, data)).toThrow(/no state/);
    expect(() => fillStory('{total:no_such_metric}', STORY[0]!, data)).toThrow(/no metric/);
  });
});
