/**
 * One change's verdict in words, as the cards print it: better or worse only when the change is
 * clear (`judgeChange`, the rule the headline follows), and otherwise why not, in words that do
 * not contradict themselves. "No clear change … the reform did better in 3 of 3 replications"
 * read as a contradiction; so a replication count is given only for a clear change, or, for an
 * unclear one whose replications all went the reform's way, with the reason it is still too
 * uncertain to call.
 */
import { type ClearBasis, judgeChange, UNCLEAR_WORDS } from '../experiment/clear-direction.js';
import type { PairedDifference } from '../experiment/experiment-types.js';

/** A verdict: which way the change clearly went and whether that is better, with the sentence. */
export interface VerdictWords {
  /** `better` / `worse` for a clear change, `unclear` otherwise. */
  readonly verdict: 'better' | 'worse' | 'unclear';
  /** One or two plain sentences, ending with a full stop. */
  readonly text: string;
}

/**
 * The verdict on `d` in a run of `run.reps` replications at `run.scale`.
 *
 * @example
 * verdictWords(d, { reps: 10, scale: 0.01 }).text;
 * // 'Better: clearly lower. The reform did better in 10 of 10 replications.'
 * // 'No clear change: the reform did better in each of the 3 replications, but the 95% interval includes zero, so the change is too uncertain to call.'
 */
export function verdictWords(d: PairedDifference, run: ClearBasis): VerdictWords {
  const judged = judgeChange(d.difference, d.metric, run);
  const reps = run.reps;
  const better = Math.round(d.shareReformBetter * reps);
  if (judged.direction !== 'unclear') {
    const up = judged.direction === 'up';
    const isBetter = up === d.higherIsBetter;
    const count = isBetter
      ? `in ${better} of ${reps}`
      : better === 0
        ? `in none of the ${reps}`
        : `in only ${better} of ${reps}`;
    return {
      verdict: isBetter ? 'better' : 'worse',
      text: `${isBetter ? 'Better' : 'Worse'}: clearly ${up ? 'higher' : 'lower'}. The reform did better ${count} replications.`,
    };
  }
  const reason = judged.reason ?? 'interval includes zero';
  if (better === reps && (reason === 'interval includes zero' || reason === 'too few simulated children')) {
    const why =
      reason === 'interval includes zero'
        ? 'the 95% interval includes zero, so the change is too uncertain to call'
        : `${UNCLEAR_WORDS[reason].replace(/^it /, 'the change ')}, too few to call`;
    return {
      verdict: 'unclear',
      text: `No clear change: the reform did better in each of the ${reps} replications, but ${why}.`,
    };
  }
  return { verdict: 'unclear', text: `No clear change: ${UNCLEAR_WORDS[reason]}.` };
}
