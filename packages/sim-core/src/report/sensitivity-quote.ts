/**
 * Whether a one-way sensitivity analysis (a tornado) may be quoted, in words for the page and
 * `sendsim sensitivity`, and settings that should make its central result fit to quote. The
 * verdict is the one rule's (`fitToQuote`, held in `SensitivityAnalysis.quote`), said as the
 * cards say it (`quoteWords`); nothing here judges anything the rule does not.
 *
 * A tornado runs the model dozens of times, so it gets few replications (the page's at most 3,
 * the CLI's default 5), below the rule's minimum: its central result is then not fit to quote,
 * and neither is any row's result, which rests on the same replications. The rule is written for
 * a reform's change; the baseline's own level is said to fail its first part when it has too few
 * replications, and otherwise to be outside what the rule judges.
 */

import { MIN_QUOTE_REPLICATIONS } from '../experiment/fit-to-quote.js';
import type { SensitivityAnalysis } from '../experiment/sensitivity.js';
import { quoteWords, tooFewReplicationsReason } from './fit-to-quote-words.js';
import type { NumberStyle } from './number-format.js';
import { PLAIN_NUMBERS } from './number-format.js';
import { type SettingsLimits, type SettingsToQuote, settingsToQuote } from './settings-to-quote.js';

/** The central result's verdict in words: `fit`, `not fit`, or `not judged` (a level with enough replications). */
export interface CentralQuoteWords {
  readonly verdict: 'fit' | 'not fit' | 'not judged';
  /** `Fit to quote.`, `Not fit to quote: …; ….`, or why the rule does not judge it. */
  readonly text: string;
}

/**
 * Whether the central result of `a` is fit to quote, in one or two sentences.
 *
 * @example
 * centralQuoteWords(runSensitivity(request, { seed: 1, replications: 3, years: 10, scale: 0.01 })).text;
 * // 'Not fit to quote: it rests on 3 replications, and quoting needs at least 10; its 95% interval is ±1,200, …'
 */
export function centralQuoteWords(
  a: SensitivityAnalysis,
  style: NumberStyle = PLAIN_NUMBERS,
): CentralQuoteWords {
  if (a.quote !== undefined) {
    const words = quoteWords(a.quote, style);
    return { verdict: words.fit ? 'fit' : 'not fit', text: words.text };
  }
  const reps = a.baseline.reps;
  if (reps < MIN_QUOTE_REPLICATIONS) {
    return {
      verdict: 'not fit',
      text: `Not fit to quote: ${tooFewReplicationsReason(reps)} (the rest of the rule judges a reform’s change, not a level).`,
    };
  }
  return {
    verdict: 'not judged',
    text: 'Not judged for fit to quote: the rule judges a reform’s change (reform − baseline), not one scenario’s own level.',
  };
}

/** What the rows may be quoted as: one sentence, since every row rests on the central run's replications. */
export function rowsQuoteWords(a: SensitivityAnalysis): string {
  const reps = a.baseline.reps;
  return reps < MIN_QUOTE_REPLICATIONS
    ? `Each row’s results rest on the same ${reps} replication${reps === 1 ? '' : 's'}, so none is fit to quote either: read the rows for which assumptions move the result, and which way, not as figures to repeat.`
    : 'Each row’s results are what-ifs at one end of a range, with the same replications; the rule judges only the central result.';
}

/**
 * Settings (replications, scale) that should make the central result fit to quote, within
 * `limits` (`settingsToQuote` on its verdict); for a level, the replications the rule's first part
 * needs. The same seed and years are meant.
 */
export function centralSettingsToQuote(a: SensitivityAnalysis, limits: SettingsLimits): SettingsToQuote {
  if (a.quote !== undefined) return settingsToQuote([a.quote], limits);
  const { reps, scale } = a.baseline;
  if (reps >= MIN_QUOTE_REPLICATIONS) return { notFit: 0, reachable: true };
  return MIN_QUOTE_REPLICATIONS <= limits.reps
    ? { notFit: 1, moreReplications: { reps: MIN_QUOTE_REPLICATIONS, scale }, reachable: true }
    : { notFit: 1, reachable: false };
}
