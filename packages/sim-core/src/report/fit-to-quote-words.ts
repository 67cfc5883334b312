/**
 * The fit-to-quote rule (`fit-to-quote.ts`) in words: the rule itself, stated once for the page,
 * the CLI and the README to repeat, and each verdict as a sentence that says which part of the
 * rule a result fails and by how much, in figures a reader can check against the card.
 */

import {
  MAX_HALF_WIDTH_OF_CHANGE,
  MAX_HALF_WIDTH_OF_LEVEL,
  MIN_QUOTE_REPLICATIONS,
  MIN_QUOTE_SIMULATED,
  type NotFitReason,
  type QuoteVerdict,
} from '../experiment/fit-to-quote.js';
import { writeFigure } from './figures.js';
import { formatNumber, type NumberStyle, PLAIN_NUMBERS } from './number-format.js';
import {
  childWeight,
  decimalExponent,
  finestStep,
  powerOfTen,
  quantityOf,
  roundingFor,
} from './precision.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The rule in plain words, as the page, the CLI and the README state it. */
export const FIT_TO_QUOTE_RULE =
  `A result is fit to quote when the run has at least ${MIN_QUOTE_REPLICATIONS} replications; ` +
  `a count rests on at least ${MIN_QUOTE_SIMULATED} simulated children (or events) per replication ` +
  `(a share, on that many in its denominator); and the change's 95% interval is at most ` +
  `${percent(MAX_HALF_WIDTH_OF_CHANGE)} of the change either way, or at most ` +
  `${percent(MAX_HALF_WIDTH_OF_LEVEL)} of the baseline's level either way, whichever is wider.`;

/** Whether a verdict is fit, and why not in one sentence. */
export interface QuoteWords {
  readonly fit: boolean;
  /** `Fit to quote.` or `Not fit to quote: …; ….` */
  readonly text: string;
}

/**
 * The verdict `v` in words. Figures are written as the cards write figures of that measure
 * (`£`, `pp`, days, counts), to two significant figures, or more where two would make the
 * interval's half-width and its limit read the same.
 *
 * @example
 * quoteWords(fitToQuote(comparison, 'tribunal_wait_days')).text;
 * // 'Not fit to quote: its 95% interval is ±14 days, more than the ±10 days it may be (half the change, or 2% of the baseline's level, whichever is larger).'
 */
export function quoteWords(v: QuoteVerdict, style: NumberStyle = PLAIN_NUMBERS): QuoteWords {
  if (v.fit) return { fit: true, text: 'Fit to quote.' };
  return { fit: false, text: `Not fit to quote: ${whyNotFit(v, style)}.` };
}

/** Why `v` is not fit to quote: each broken rule in words, joined by semicolons, to follow "Not fit to quote: ". */
export function whyNotFit(v: QuoteVerdict, style: NumberStyle = PLAIN_NUMBERS): string {
  return v.reasons.map((reason) => reasonWords(v, reason, style)).join('; ');
}

/** What a run with too few replications says once, instead of saying it for every result. */
export function tooFewReplicationsWords(reps: number): string {
  return `None is fit to quote: the run has ${reps} replications, and quoting needs at least ${MIN_QUOTE_REPLICATIONS}.`;
}

/** Rule 1 broken, in words to follow "Not fit to quote: ": "it rests on 3 replications, and quoting needs at least 10". */
export function tooFewReplicationsReason(reps: number): string {
  return `it rests on ${reps} replication${reps === 1 ? '' : 's'}, and quoting needs at least ${MIN_QUOTE_REPLICATIONS}`;
}

/** One broken rule in words, to follow "Not fit to quote: ". */
function reasonWords(v: QuoteVerdict, reason: NotFitReason, style: NumberStyle): string {
  switch (reason) {
    case 'too few replications':
      return tooFewReplicationsReason(v.reps);
    case 'too few simulated children': {
      const n = v.simulatedPerReplication ?? 0;
      return `it rests on ${formatNumber(n, n < 10 ? 1 : 0, style)} simulated children (or events) per replication, and quoting needs at least ${MIN_QUOTE_SIMULATED}`;
    }
    case 'interval too wide': {
      const [width, allowed] = pairOfAmounts(v, style);
      const limit = `(half the change, or ${percent(MAX_HALF_WIDTH_OF_LEVEL)} of the baseline's level, whichever is larger)`;
      // Counts are never written finer than a simulated child, so a figure below one would be
      // rounded out of shape ("±0", or a limit of 500 written "1,000"): then the rule is said
      // without figures.
      const finest = finestStep(quantityOf(v.metric), childWeight(v.scale));
      return width === allowed || Math.min(v.halfWidth, v.allowedHalfWidth) < finest
        ? `its 95% interval is wider than it may be ${limit}`
        : `its 95% interval is ±${width}, more than the ±${allowed} it may be ${limit}`;
    }
  }
}

/**
 * The half-width and its limit, written alike: two significant figures of the smaller, finer
 * while the two would read the same, never finer than the measure allows (a simulated child).
 */
function pairOfAmounts(v: QuoteVerdict, style: NumberStyle): [string, string] {
  const quantity = quantityOf(v.metric);
  const weight = childWeight(v.scale);
  const finest = finestStep(quantity, weight);
  const { halfWidth, allowedHalfWidth } = v;
  const smaller = Math.min(halfWidth, allowedHalfWidth);
  const largest = Math.max(halfWidth, allowedHalfWidth);
  const moneyUnit = roundingFor({ mean: largest, lo: largest, hi: largest }, quantity, weight).moneyUnit;
  let step = smaller > 0 && Number.isFinite(smaller) ? powerOfTen(decimalExponent(smaller) - 1) : finest;
  for (;;) {
    const rounding = { quantity, step: Math.max(step, finest), moneyUnit };
    const write = (x: number) => {
      const text = writeFigure(x, rounding, { change: true, magnitude: true }, style);
      return quantity === 'days' ? `${text} days` : text;
    };
    const pair: [string, string] = [write(halfWidth), write(allowedHalfWidth)];
    if (pair[0] !== pair[1] || rounding.step <= finest || step < smaller * 1e-6) return pair;
    step /= 10;
  }
}
