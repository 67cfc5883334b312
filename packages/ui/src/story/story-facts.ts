/**
 * Fills the story's narration from the simulation: counts from the run on screen at the
 * month shown, totals and paired changes (each with its 95% interval) from the comparison,
 * and how a change builds up year by year from its running total (`story-running.ts`).
 * A placeholder the data cannot fill is an error, never a blank or a guess.
 */
import { METRICS, type MetricKind, type MovementRun } from '@send-sim/sim-core';
import { formatChangeWithInterval, formatCount, formatWithInterval } from '../text/format.js';
import { monthCount, monthName } from '../trainer/trainer-playback.js';
import { RUNNING_MEASURES, type RunningMeasure, type StoryComparison } from './story-comparison.js';
import type { StoryStep } from './story-content.js';
import { runningWords } from './story-running.js';

/** What a step's narration is filled from: the two animated runs, the comparison and the running changes. */
export interface StoryData extends StoryComparison {
  readonly baseline: MovementRun;
  readonly reform: MovementRun;
}

/** The month a step shows in its run. */
export function storyMonth(step: StoryStep, run: MovementRun): number {
  const months = monthCount(run);
  return step.at === 'start' ? 0 : step.at === 'middle' ? Math.floor(months / 2) : months;
}

function kindOf(metric: string): MetricKind | 'money' {
  if (metric.startsWith('cost_')) return 'money';
  const def = METRICS.find((m) => m.id === metric);
  if (def === undefined) throw new Error(`story: no metric '${metric}'`);
  return def.kind;
}

/** `text` with every placeholder filled for `step` (throws on one it cannot fill). */
export function fillStory(text: string, step: StoryStep, data: StoryData): string {
  const run = step.scenario === 'baseline' ? data.baseline : data.reform;
  const month = storyMonth(step, run);
  const difference = (metric: string) => {
    const d = data.comparison.differences.find((x) => x.metric === metric);
    if (d === undefined) throw new Error(`story: the comparison has no '${metric}'`);
    return d;
  };
  return text.replace(/\{([a-z]+)(?::([\w.]+))?\}/g, (_, key: string, arg: string | undefined) => {
    switch (key) {
      case 'date':
        return monthName(run.monthDates[month]!);
      case 'years':
        return String(run.years);
      case 'reform':
        return data.reform.scenarioName;
      case 'count': {
        const dot = arg?.indexOf('.') ?? -1;
        const row = run.stateCounts[arg!.slice(0, dot)]?.[arg!.slice(dot + 1)];
        if (dot < 0 || row === undefined) throw new Error(`story: no state '${arg}'`);
        return formatCount(row[month]!, run.scale);
      }
      case 'total':
        return formatWithInterval(kindOf(arg!), difference(arg!).baseline, data.comparison.reform.scale);
      case 'change':
        return formatChangeWithInterval(
          kindOf(arg!),
          difference(arg!).difference,
          data.comparison.reform.scale,
        );
      case 'running': {
        if (!RUNNING_MEASURES.includes(arg as RunningMeasure))
          throw new Error(`story: no running total of '${arg}'`);
        return runningWords(
          arg as RunningMeasure,
          data.running[arg as RunningMeasure],
          data.comparison.reform.scale,
          arg === 'cost_public' ? data.running.cost_family : undefined,
        );
      }
      default:
        throw new Error(`story: unknown placeholder {${key}}`);
    }
  });
}
