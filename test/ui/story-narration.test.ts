/**
 * The story's narration of how early help's effect builds up, in Node, on real runs: the running
 * change year by year is the paired sum the test works out itself from the replications, its
 * last year is the whole run's change, and the words follow the run: a short run that only
 * shows the extra cost says so and claims no saving; a ten-year run names the year the running
 * total turns and the year it is first clear. Money is public spending; the cost to families is
 * said beside it when it moves the other way. Also the playback clock, which must never run
 * backwards or before month 0 (the story's step-6 "reading 'slice'" error).
 */
import { compareExperiments, runExperiment, runningDifference } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { storyFromExperiments } from '../../packages/ui/src/story/story-comparison.js';
import { STORY_REFORM } from '../../packages/ui/src/story/story-content.js';
import { runningWords } from '../../packages/ui/src/story/story-running.js';
import { formatChangeWithInterval, formatSize } from '../../packages/ui/src/text/format.js';
import { advanceClock, wholeMonth } from '../../packages/ui/src/trainer/trainer-playback.js';
import { loadScenario } from '../sim-core/load-scenario.js';

const baseline = loadScenario('baseline');
const reform = loadScenario(STORY_REFORM);

function experiments(years: number, replications: number, scale = 0.002) {
  const options = { seed: 1, years, scale, replications };
  return [runExperiment(baseline, options), runExperiment(reform, options)] as const;
}

describe('the running change', () => {
  const [b, r] = experiments(4, 3);

  it('is the paired sum since the start at each year end, ending on the whole run’s change', () => {
    for (const measure of ['cost_public', 'cost_family', 'crisis_events'] as const) {
      const rd = runningDifference(b, r, measure);
      expect(rd.years.map((y) => y.year)).toEqual(b.years);
      rd.years.forEach((y, i) => {
        const sums = b.replications.map((rep, k) => {
          const row = (x: typeof rep) =>
            measure === 'crisis_events'
              ? x.metrics.crisis_events!
              : x.costs[measure === 'cost_public' ? 'public' : 'family'];
          let sum = 0;
          for (let j = 0; j <= i; j++) sum += row(r.replications[k]!)[j]! - row(rep)[j]!;
          return sum;
        });
        expect(y.difference.mean).toBeCloseTo(sums.reduce((a, c) => a + c, 0) / sums.length, 3);
      });
      const whole = compareExperiments(b, r).differences.find((d) => d.metric === measure)!.difference;
      expect(rd.years.at(-1)!.difference.mean).toBeCloseTo(whole.mean, 3);
      expect(rd.years.at(-1)!.difference.hi).toBeCloseTo(whole.hi, 3);
    }
  });

  it('refuses a measure that does not add up over time', () => {
    expect(() => runningDifference(b, r, 'pupils_on_sen_support')).toThrow(/does not add up/);
  });
});

describe('the narration', () => {
  it('says a short run only shows the extra cost, and claims no saving', () => {
    const story = storyFromExperiments(...experiments(3, 3));
    const cost = story.running.cost_public;
    // What a three-year run of early help shows (issue 12): it costs more at every year end.
    expect(cost.years.every((y) => y.difference.mean > 0)).toBe(true);
    const words = runningWords('cost_public', cost, story.comparison.reform.scale);
    expect(words).toContain(`In ${cost.years[0]!.year}, its first year, the reform costs the public purse`);
    expect(words).toContain('Within these 3 years the extra public spending is not paid back');
    expect(words).not.toMatch(/saving|saves/);
    expect(words).toContain(
      formatChangeWithInterval('money', cost.years.at(-1)!.difference, story.comparison.reform.scale),
    );
    // Families' own costs fall (less unmet need, fewer lost earnings) while public spending
    // rises: the narration says so, apart from public spending, never adding the two.
    const families = story.running.cost_family;
    expect(families.years.at(-1)!.difference.mean).toBeLessThan(0);
    const both = runningWords('cost_public', cost, story.comparison.reform.scale, families);
    expect(both.startsWith(words)).toBe(true);
    expect(both).toContain(
      `The cost to families (lost earnings, legal costs, private reports; not part of public spending) moves the other way: over all 3 years, ${formatChangeWithInterval('money', families.years.at(-1)!.difference, story.comparison.reform.scale)}`,
    );
  });

  it('names the year a ten-year run turns into a saving and the year it is first clear', () => {
    // The story's own defaults (10 years, 12 replications at 0.25%): since model 0.10.0 a smaller run
    // (6 replications at 0.2%) no longer turns into a saving within the ten years.
    const story = storyFromExperiments(...experiments(10, 12, 0.0025));
    const cost = story.running.cost_public;
    const turn = cost.years.findIndex((_, i) => cost.years.slice(i).every((y) => y.difference.mean < 0));
    expect(turn).toBeGreaterThan(0);
    const words = runningWords('cost_public', cost, story.comparison.reform.scale);
    expect(words).toContain(`The running total turns into a saving in ${cost.years[turn]!.year}`);
    const top = cost.years.slice(0, turn).reduce((a, c) => (c.difference.mean > a.difference.mean ? c : a));
    expect(words).toContain(
      `largest by the end of ${top.year} (${formatSize('money', top.difference, story.comparison.reform.scale)} more in all)`,
    );
    const clear = cost.years.find((y) => y.verdict.direction === 'down');
    expect(words).toContain(
      clear === undefined
        ? 'the saving is never clear'
        : `The saving is first clear at the end of ${clear.year}.`,
    );
    // Over ten years both fall: the cost to families needs no sentence of its own.
    const families = story.running.cost_family;
    expect(Math.sign(families.years.at(-1)!.difference.mean)).toBe(
      Math.sign(cost.years.at(-1)!.difference.mean),
    );
    expect(runningWords('cost_public', cost, story.comparison.reform.scale, families)).toBe(words);
    const crises = runningWords('crisis_events', story.running.crisis_events, story.comparison.reform.scale);
    expect(crises).toContain(
      `${formatChangeWithInterval('flow', story.running.crisis_events.years.at(-1)!.difference, story.comparison.reform.scale)} crises`,
    );
  });
});

describe('the playback clock', () => {
  it('never runs backwards, nor before the first month or past the last', () => {
    // A frame stamped 16 ms before Play was pressed (Chromium stamps a frame when it begins).
    expect(advanceClock(0, -16, 32, 120)).toBe(0);
    expect(advanceClock(5, -16, 32, 120)).toBe(5);
    expect(advanceClock(119.9, 1000, 32, 120)).toBe(120);
    expect(advanceClock(10, 500, 8, 120)).toBe(14);
    expect(wholeMonth(-0.0005, 120)).toBe(0);
    expect(wholeMonth(120.4, 120)).toBe(120);
    expect(wholeMonth(3.9999999999, 120)).toBe(4);
  });
});
