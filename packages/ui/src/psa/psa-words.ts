/**
 * A probabilistic sensitivity analysis in words: how its figures are written, how often each
 * reform did better, the range over draws, which assumptions' draws go most with the effect,
 * where the draws fall in the cost-effectiveness plane, and what the numbers cannot say. Pure
 * functions of sim-core's `PsaAnalysis`, so the panel, its tables, the plot's description and a
 * test read the same words.
 *
 * Figures follow `sendsim psa`'s table: a spread's mean and both ends are rounded by the
 * precision rule to the digits its mean has (the range ÷ √draws), with the page's true minus.
 * Honesty rules: "In 27 of 30 draws" is a count of draws, said as such, never "a 90% chance";
 * a rank correlation smaller than 2/√draws is said to be indistinguishable from none.
 */
import {
  type Estimate,
  figureKind,
  PRICE_BASE,
  type PsaAnalysis,
  type PsaInfluence,
  type PsaReformResult,
  type PsaScatterPoint,
  type PsaSpread,
  roundingFor,
  UNMET_NEED_METRIC,
  writeFigure,
} from '@send-sim/sim-core';
import { parameterAmount, parameterMeaning } from '../sensitivity/sensitivity-words.js';
import { formatNumber, TYPESET } from '../text/format.js';
import { scaleWords } from '../text/scale-words.js';

/** Parameters listed per reform on the page (the CSV lists every one). */
export const TOP_PSA_PARAMETERS = 5;

/**
 * What the precision rule rounds a spread by, as `sendsim psa`'s table: its mean is uncertain by
 * about the range ÷ √draws, so the figures carry the digits that mean has.
 */
function asEstimate(s: PsaSpread): Estimate {
  const half = (s.hi - s.lo) / 2 / Math.sqrt(Math.max(s.draws, 1));
  return { mean: s.mean, lo: s.mean - half, hi: s.mean + half };
}

/** A spread's mean and 2.5th and 97.5th percentiles, written alike; `measureId` says what kind of figure. */
export function spreadFigures(
  s: PsaSpread,
  measureId: string,
  scale: number,
  change: boolean,
): { mean: string; lo: string; hi: string } {
  const kind = figureKind(measureId, scale);
  const rounding = roundingFor(asEstimate(s), kind.quantity, kind.weight);
  const write = (n: number) => (Number.isFinite(n) ? writeFigure(n, rounding, { change }, TYPESET) : '–');
  return { mean: write(s.mean), lo: write(s.lo), hi: write(s.hi) };
}

/** One draw's figure, a lone number with no interval: two significant figures (`17,000`, `−1,300`), `–` when undefined. */
export function twoFigures(n: number): string {
  return Number.isFinite(n) ? formatNumber(Number(n.toPrecision(2))) : '–';
}

/** A label inside a sentence: its first letter lower case unless it begins an abbreviation (EHCP). */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A share of draws as a whole percentage: `90%`. */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "reduced" or "increased": the way the analysis's outcome counts as better. */
function betterVerb(a: PsaAnalysis): string {
  return a.measure.higherIsBetter ? 'increased' : 'reduced';
}

/**
 * How often the reform moved the outcome its good way, in draws:
 * "In 27 of 30 draws (90%), Early help investment reduced child-years of unmet need; in the other 3 it did not."
 */
export function betterSentence(a: PsaAnalysis, r: PsaReformResult): string {
  const name = r.reform.scenarioName;
  const outcome = inSentence(a.measure.label);
  const defined = r.effect.draws;
  if (defined === 0)
    return `${name}’s effect on ${outcome} is not defined in any draw, so no count is given.`;
  const better = Math.round(r.probabilityBetter * defined);
  const of =
    defined === a.draws ? `${a.draws} draws` : `${defined} draws in which it is defined (of ${a.draws})`;
  const rest = defined - better;
  const others =
    rest === 0
      ? 'it did so in every one'
      : `in the other ${rest === 1 ? 'draw' : `${rest}`} it did not (it ${a.measure.higherIsBetter ? 'reduced' : 'increased'} it or left it unchanged)`;
  return `In ${better} of ${of} (${percent(r.probabilityBetter)}), ${name} ${betterVerb(a)} ${outcome}; ${others}.`;
}

/** The outcome's level in the baseline over the draws: what the assumptions' uncertainty does to today's system. */
export function levelSentence(a: PsaAnalysis): string {
  const s = a.level.spread;
  if (s.draws === 0) return `In the baseline, ${inSentence(a.measure.label)} is not defined in any draw.`;
  const f = spreadFigures(s, a.measure.id, a.baseline.scale, false);
  return `In the baseline (no reform), ${inSentence(a.measure.label)} is ${f.mean} on average over the draws (${a.measure.overRun}); the middle 95% of draws lie between ${f.lo} and ${f.hi}.`;
}

/** The effect's mean and middle 95% over draws, in one sentence. */
export function effectSentence(a: PsaAnalysis, r: PsaReformResult): string {
  if (r.effect.draws === 0) return 'The effect is not defined in any draw.';
  const f = spreadFigures(r.effect, a.measure.id, a.baseline.scale, true);
  return `Mean effect over the draws: ${f.mean} (${a.measure.overRun}, reform − baseline); the middle 95% of draws lie between ${f.lo} and ${f.hi}.`;
}

/** The change in public spending and the unmet need avoided, each with its middle 95%, in one sentence. */
export function costSentence(a: PsaAnalysis, r: PsaReformResult): string {
  const scale = a.baseline.scale;
  const cost = spreadFigures(r.publicCost, 'cost_public', scale, true);
  const avoided = spreadFigures(r.unmetNeedAvoided, UNMET_NEED_METRIC, scale, false);
  return `Public spending over the run changes by ${cost.mean} on average (middle 95% of draws: ${cost.lo} to ${cost.hi}; at ${PRICE_BASE} prices, weighted to England), and ${avoided.mean} child-years of unmet need are avoided on average (${avoided.lo} to ${avoided.hi}; a negative number means more unmet need).`;
}

/** One reform's row of the at-a-glance table: the same figures as its sentences, each in its own cell. */
export interface SummaryRow {
  readonly effect: string;
  /** The middle 95% of draws: `−18,000 to +1,000`. */
  readonly range: string;
  /** Draws in which the reform did better: `27 of 30 (90%)`. */
  readonly better: string;
  readonly publicCost: string;
  readonly avoided: string;
}

export function summaryRow(a: PsaAnalysis, r: PsaReformResult): SummaryRow {
  const scale = a.baseline.scale;
  const effect = spreadFigures(r.effect, a.measure.id, scale, true);
  const cost = spreadFigures(r.publicCost, 'cost_public', scale, true);
  const avoided = spreadFigures(r.unmetNeedAvoided, UNMET_NEED_METRIC, scale, false);
  const defined = r.effect.draws;
  return {
    effect: effect.mean,
    range: defined === 0 ? '–' : `${effect.lo} to ${effect.hi}`,
    better:
      defined === 0
        ? 'not defined'
        : `${Math.round(r.probabilityBetter * defined)} of ${defined} (${percent(r.probabilityBetter)})`,
    publicCost: cost.mean,
    avoided: avoided.mean,
  };
}

/** The size a rank correlation must reach before chance alone is an unlikely explanation: 2/√draws. */
export function noiseThreshold(draws: number): number {
  return 2 / Math.sqrt(draws);
}

/** One parameter in the ranked list, ready to show. */
export interface InfluenceRow {
  readonly rank: number;
  readonly key: PsaInfluence['key'];
  readonly meaning: string;
  readonly spearman: number;
  /** `−0.78`, or `–` when undefined. */
  readonly rho: string;
  /** What its draws were spread over: `0% to 10%`, with `triangular, mode …` when so. */
  readonly drawnOver: string;
  /** Whether |ρ| reaches 2/√draws. */
  readonly clear: boolean;
  /** Which way it pushes the reform, in words. */
  readonly reading: string;
}

/** The parameters whose draws go most with reform `r`'s effect (top `top`), in rank order. */
export function influenceRows(a: PsaAnalysis, r: PsaReformResult, top = TOP_PSA_PARAMETERS): InfluenceRow[] {
  const byKey = new Map(a.parameters.map((p) => [p.key, p]));
  const threshold = noiseThreshold(a.draws);
  return r.influence.slice(0, top).map((row, i) => {
    const p = byKey.get(row.key)!;
    const defined = Number.isFinite(row.spearman);
    const clear = defined && Math.abs(row.spearman) >= threshold;
    const good = row.spearman > 0 === a.measure.higherIsBetter;
    const reading = !defined
      ? 'not defined in this run'
      : !clear
        ? 'not distinguishable from chance with this many draws'
        : `the higher it is, the ${good ? 'better' : 'worse'} the reform does`;
    return {
      rank: i + 1,
      key: row.key,
      meaning: parameterMeaning(row.key),
      spearman: row.spearman,
      rho: defined ? formatNumber(row.spearman, 2) : '–',
      drawnOver: `${amountRange(p.low, p.high, p.unit)}${p.distribution === 'triangular' ? `, triangular, most likely ${parameterAmount(p.value, p.unit)}` : ''}`,
      clear,
      reading,
    };
  });
}

/** `0.25 to 0.45 on the need-severity scale from 0 to 1`: the unit said once when both ends share it. */
export function amountRange(low: number, high: number, unit: string): string {
  const [lo, hi] = [parameterAmount(low, unit), parameterAmount(high, unit)];
  const space = lo.indexOf(' ');
  if (space > 0 && hi.endsWith(lo.slice(space))) return `${lo.slice(0, space)} to ${hi}`;
  return `${lo} to ${hi}`;
}

/** The top parameter in one sentence, or why none stands out. */
export function topInfluenceSentence(a: PsaAnalysis, r: PsaReformResult): string {
  const [top] = influenceRows(a, r, 1);
  if (top === undefined) return 'No parameter was drawn, so none can be ranked.';
  const threshold = noiseThreshold(a.draws).toFixed(2);
  if (!top.clear) {
    return `No assumption’s draws clearly go with ${r.reform.scenarioName}’s effect: the strongest, ${inSentence(top.meaning)} (${top.key}), has a rank correlation of ${top.rho}, within what chance alone gives with ${a.draws} draws (about ±${threshold}).`;
  }
  return `${r.reform.scenarioName}’s effect goes most with ${inSentence(top.meaning)} (${top.key}): a rank correlation of ${top.rho} over the draws; ${top.reading}.`;
}

/** Where a draw falls in the cost-effectiveness plane. */
export type Quadrant = 'avoids-saves' | 'avoids-costs' | 'adds-saves' | 'adds-costs' | 'on-axis';

/** The quadrants in the order the words list ties, with their words ("… in 25"). */
export const QUADRANT_WORDS: Readonly<Record<Quadrant, string>> = {
  'avoids-saves': 'avoided unmet need and saved public money',
  'avoids-costs': 'avoided unmet need at extra public cost',
  'adds-saves': 'saved public money but added unmet need',
  'adds-costs': 'added unmet need and cost more',
  'on-axis': 'left unmet need or public spending exactly unchanged',
};

/** The quadrant of one point: right is unmet need avoided, up is public spending higher. */
export function quadrantOf(p: Pick<PsaScatterPoint, 'publicCost' | 'unmetNeedAvoided'>): Quadrant {
  const { publicCost: y, unmetNeedAvoided: x } = p;
  if (!(x !== 0 && y !== 0 && Number.isFinite(x) && Number.isFinite(y))) return 'on-axis';
  if (x > 0) return y < 0 ? 'avoids-saves' : 'avoids-costs';
  return y < 0 ? 'adds-saves' : 'adds-costs';
}

/** "Of the 30 draws, Early help investment avoided unmet need at extra public cost in 25, …" (most first). */
export function quadrantSentence(r: PsaReformResult): string {
  const counts = new Map<Quadrant, number>();
  for (const p of r.scatter) counts.set(quadrantOf(p), (counts.get(quadrantOf(p)) ?? 0) + 1);
  const order = Object.keys(QUADRANT_WORDS) as Quadrant[];
  const parts = order
    .filter((q) => counts.has(q))
    .sort((x, y) => counts.get(y)! - counts.get(x)! || order.indexOf(x) - order.indexOf(y))
    .map((q) => `${QUADRANT_WORDS[q]} in ${counts.get(q)}`);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Of the ${r.scatter.length} draws, ${r.reform.scenarioName} ${list}.`;
}

/** What the numbers cannot say, one paragraph per point. */
export function psaCaveats(a: PsaAnalysis): string[] {
  const m = a.baseline;
  const reps = `${m.reps} replication${m.reps === 1 ? '' : 's'}`;
  const held = a.held.length;
  return [
    `The middle-95% ranges over draws mix two things. Each draw is one run of ${reps} at scale ${m.scale} (${scaleWords(m.scale)}), so the spread over draws is the assumptions’ uncertainty plus simulation noise, the chance differences between runs; at this small scale the noise can be a large part of it, and those ranges are wider than the assumptions alone would make them. More replications per draw and a larger scale (the command line) shrink the noise.`,
    `With ${a.draws} draws the ends of each range rest on few draws, and a rank correlation smaller than about ${noiseThreshold(a.draws).toFixed(2)} (2/√draws) could be chance. With ${a.parameters.length} assumptions ranked, the first few can pass that mark by chance too: trust a ranking that stays much the same with more draws.`,
    `The draws cover the ${a.parameters.length} assumptions with a plausible range in the baseline file, each drawn over that range (uniform unless the file says triangular)${a.correlations.length === 0 ? ' and independently of the others' : `, with the file’s ${a.correlations.length} rank correlation${a.correlations.length === 1 ? '' : 's'}`}; ${held} ${held === 1 ? 'is' : 'are'} held at ${held === 1 ? 'its value' : 'their values'} (no range, or shares that must sum to 1). The ranges are the file’s judgements, not measured uncertainty, and the model’s structure is not drawn at all.`,
    `“In … of ${a.draws} draws” counts draws: it is not the chance that the reform works in England, only how often it did better across these ranges in this model.`,
  ];
}
