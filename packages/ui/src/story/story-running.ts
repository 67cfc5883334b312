/**
 * The story's account, in words, of how early help's effect builds up over the run: read from
 * the running change year by year (`runningDifference` in sim-core), never written in advance.
 * It says what the first year shows, whether and when the running total turns (extra public
 * spending into a saving, more crises into fewer), from which year end the turn is clear by the
 * project's rule (`judgeChange`), and what the whole run comes to, with its 95% interval. When
 * the run never turns, it says so: a short run of an early-help reform often shows only the
 * extra cost, and the story must not claim a saving the run does not show. Money is public
 * spending; the cost to families is said beside it whenever it moves the other way.
 */
import {
  type ChangeVerdict,
  type RunningDifference,
  type RunningYear,
  UNCLEAR_WORDS,
} from '@send-sim/sim-core';
import { formatChangeWithInterval, formatSize } from '../text/format.js';
import type { RunningMeasure } from './story-comparison.js';

/** "clear", or "not clear" and why, for a verdict on a change. */
export function verdictWords(verdict: ChangeVerdict): string {
  return verdict.direction === 'unclear'
    ? `not clear (${UNCLEAR_WORDS[verdict.reason ?? 'interval includes zero']})`
    : 'clear (its 95% interval is all on one side of zero)';
}

/** The year end at which the running change was furthest above zero. */
function peak(years: readonly RunningYear[]): RunningYear {
  return years.reduce((a, b) => (b.difference.mean > a.difference.mean ? b : a));
}

/**
 * The running change in public spending (the nine public payers; families' own costs are never
 * added in), in words.
 */
function publicSpendingWords(rd: RunningDifference, scale: number): string {
  const first = rd.years[0]!;
  const last = rd.years[rd.years.length - 1]!;
  const pounds = (y: RunningYear) => formatSize('money', y.difference, scale);
  const out: string[] = [];
  out.push(
    first.difference.mean > 0
      ? `In ${first.year}, its first year, the reform costs the public purse ${pounds(first)} more than today's system: ` +
          `early help is paid for before it can prevent anything.`
      : `In ${first.year}, its first year, the reform already costs the public purse ${pounds(first)} less than today's system.`,
  );
  if (rd.turnsDownIn !== undefined) {
    const top = peak(rd.years.filter((y) => y.year < rd.turnsDownIn!));
    if (top.difference.mean > 0) {
      out.push(
        `Adding up public spending year by year, the extra spending is largest by the end of ${top.year} ` +
          `(${pounds(top)} more in all).`,
      );
    }
    out.push(
      `The running total turns into a saving in ${rd.turnsDownIn}: from the end of that year on, ` +
        `the reform has cost the public purse less in all than today's system.`,
    );
  } else if (last.difference.mean > 0) {
    out.push(
      `Within these ${rd.years.length} years the extra public spending is not paid back: adding it up year by ` +
        `year, the reform has cost more in all at the end of ${rd.turnsUpIn === undefined ? 'every year' : `every year from ${rd.turnsUpIn}`}.`,
    );
  } else {
    out.push(
      'Adding up public spending year by year, the reform has cost less in all at the end of every year.',
    );
  }
  if (last.difference.mean < 0) {
    out.push(
      rd.firstClearlyDown === undefined
        ? 'Within this run, the saving is never clear: the runs cannot tell it from chance.'
        : `The saving is first clear at the end of ${rd.firstClearlyDown}.`,
    );
  }
  out.push(
    `Public spending over all ${rd.years.length} years: ${formatChangeWithInterval('money', last.difference, scale)}, ` +
      `${verdictWords(last.verdict)}.`,
  );
  return out.join(' ');
}

/**
 * The cost to families over the whole run, in words, when it moves the other way from public
 * spending (a saving to the public purse that families pay for, or the reverse); empty otherwise.
 */
function familyCostWords(
  publicSpending: RunningDifference,
  families: RunningDifference,
  scale: number,
): string {
  const publicChange = publicSpending.years[publicSpending.years.length - 1]!.difference.mean;
  const last = families.years[families.years.length - 1]!;
  if (
    publicChange === 0 ||
    last.difference.mean === 0 ||
    Math.sign(publicChange) === Math.sign(last.difference.mean)
  ) {
    return '';
  }
  return (
    `The cost to families (lost earnings, legal costs, private reports; not part of public spending) moves the other way: ` +
    `over all ${families.years.length} years, ${formatChangeWithInterval('money', last.difference, scale)}, ` +
    `${verdictWords(last.verdict)}.`
  );
}

/** The running change in crises, in words. */
function crisisWords(rd: RunningDifference, scale: number): string {
  const first = rd.years[0]!;
  const last = rd.years[rd.years.length - 1]!;
  const crises = (y: RunningYear) => formatSize('flow', y.difference, scale);
  const more = (y: RunningYear) => (y.difference.mean > 0 ? 'more' : 'fewer');
  const out: string[] = [];
  out.push(
    first.difference.mean === 0
      ? `In ${first.year} the reform makes no difference to the number of crises.`
      : `In ${first.year} the reform has ${crises(first)} ${more(first)} crises than today's system.`,
  );
  if (rd.turnsDownIn !== undefined) {
    out.push(
      `Counting crises since the start, the reform has had fewer in all from the end of ${rd.turnsDownIn} on.`,
    );
  } else if (last.difference.mean < 0) {
    out.push('Counting crises since the start, the reform has had fewer in all at the end of every year.');
  } else {
    out.push(
      `Within these ${rd.years.length} years the reform does not bring crises down: counting since the start, ` +
        `it has had at least as many in all at the end of the run.`,
    );
  }
  if (last.difference.mean < 0) {
    out.push(
      rd.firstClearlyDown === undefined
        ? 'Within this run, the fall in crises is never clear: the runs cannot tell it from chance.'
        : `The fall is first clear at the end of ${rd.firstClearlyDown}.`,
    );
  }
  out.push(
    `Over all ${rd.years.length} years: ${formatChangeWithInterval('flow', last.difference, scale)} crises, ` +
      `${verdictWords(last.verdict)}.`,
  );
  return out.join(' ');
}

/**
 * How `measure`'s running change builds up over the run, in plain words, from the run's own
 * numbers (a run at `scale`; figures rounded by sim-core's precision rule, as on the cards).
 * For public spending, `families` (the running change in the cost to families) adds a sentence
 * when families' costs move the other way, so a saving families pay for is never told as a saving.
 */
export function runningWords(
  measure: RunningMeasure,
  rd: RunningDifference,
  scale: number,
  families?: RunningDifference,
): string {
  if (rd.years.length === 0) throw new RangeError('story: a run has at least one year');
  if (measure === 'crisis_events') return crisisWords(rd, scale);
  if (measure === 'cost_family') {
    const last = rd.years[rd.years.length - 1]!;
    return `The cost to families over all ${rd.years.length} years: ${formatChangeWithInterval('money', last.difference, scale)}, ${verdictWords(last.verdict)}.`;
  }
  const familyWords = families === undefined ? '' : familyCostWords(rd, families, scale);
  return familyWords === ''
    ? publicSpendingWords(rd, scale)
    : `${publicSpendingWords(rd, scale)} ${familyWords}`;
}
