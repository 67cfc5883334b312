/**
 * The plain-English headline of a comparison: one short paragraph a parent carer forum could
 * quote, written from the paired differences alone (pure and deterministic: the CLI's
 * `compare` and the web app print the same words for the same run).
 *
 * Honesty rules it follows (DESIGN 4):
 * - a direction ("fewer", "more", "pay less") is claimed only when the change is clear
 *   (`clearDirection`: the paired 95% interval excludes zero, with enough replications and
 *   simulated children behind it); otherwise it says "no clear change in …";
 * - every figure comes with its interval, rounded to two significant figures ("about 2,100");
 * - it names the period, and says who pays more and who pays less, with amounts.
 *
 * Outcomes: of the outcomes in `HEADLINE_OUTCOMES` (most important first) that change clearly,
 * the first two that change by at least 2% of the baseline, then smaller clear changes; any
 * place left goes to the most important outcomes that do not change clearly, so a reform with
 * no effect says so.
 */
import {
  type ChangeDirection,
  clearDirection,
  MIN_CLEAR_REPLICATIONS,
} from '../experiment/clear-direction.js';
import type { Comparison, Estimate, PairedDifference } from '../experiment/experiment-types.js';
import { PAYERS, type Payer } from '../ledger/payers.js';
import { METRICS, type MetricKind } from '../metrics/metric-definitions.js';
import { PRICE_BASE } from '../scenario/price-base.js';
import {
  capitalise,
  distinctly,
  HEADLINE_OUTCOMES,
  type OutcomeWords,
  PAYER_WORDS,
  roughly,
  roughlyMoney,
  roughlySigned,
  yearsInWords,
} from './headline-words.js';
import { type NumberStyle, PLAIN_NUMBERS } from './number-format.js';

/** Which way a figure clearly moved (`clearDirection`'s rule), or `unclear`. */
export type HeadlineDirection = ChangeDirection;

/** One figure the headline mentions: what it is, which way, and the estimate it rests on. */
export interface HeadlineClaim {
  /** A metric id, or `cost_<payer>` / `cost_total`. */
  readonly metric: string;
  readonly direction: HeadlineDirection;
  /** Reform − baseline over the whole run, as in the comparison. */
  readonly difference: Estimate;
}

/** The headline: the paragraph, and the claims behind it (for tests and for highlighting). */
export interface Headline {
  readonly text: string;
  /** The outcomes named, in the order the text names them. */
  readonly outcomes: readonly HeadlineClaim[];
  /** The payers named (at most one paying more and one paying less). */
  readonly payers: readonly HeadlineClaim[];
  /** Total cost over all payers, or null if the comparison has none. */
  readonly total: HeadlineClaim | null;
}

/** How many outcomes the first sentence names. */
const OUTCOMES_NAMED = 2;

/**
 * Write the headline for `comparison` (reform − baseline, paired by replication). `style`
 * sets the minus sign: a hyphen for terminals and files (default), U+2212 on the page.
 *
 * @example
 * writeHeadline(compareExperiments(baseline, reform)).text;
 * // 'Over ten years (2023–2032), “…” would mean about 2,100 fewer tribunal appeals a year (95% interval 1,800 to 2,400) and …'
 */
export function writeHeadline(comparison: Comparison, style: NumberStyle = PLAIN_NUMBERS): Headline {
  const meta = comparison.reform;
  const reps = meta.reps;
  const firstYear = Number(meta.startDate.slice(0, 4));
  const lastYear = firstYear + meta.years - 1;
  // "Over ten years (2023–2032)", or "In 2023" for a one-year run; money "over the ten years".
  const opening =
    meta.years === 1 ? `In ${firstYear}` : `Over ${yearsInWords(meta.years)} (${firstYear}–${lastYear})`;
  const period = meta.years === 1 ? `in ${firstYear}` : `over the ${yearsInWords(meta.years)}`;
  const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
  const claim = (d: PairedDifference): HeadlineClaim => ({
    metric: d.metric,
    direction: clearDirection(d.difference, d.metric, meta),
    difference: d.difference,
  });

  const outcomes = pickOutcomes(byMetric, meta).map(claim);
  const words = { years: meta.years, endYear: lastYear + 1, style };
  const clauses = outcomes.map((c) => outcomeClause(c, words));
  const sentences = [`${opening}, “${meta.scenarioName}” would ${joinClauses(clauses)}.`];

  const payerClaims = PAYERS.flatMap((payer) => {
    const d = byMetric.get(`cost_${payer}`);
    return d === undefined ? [] : [{ payer, claim: claim(d) }];
  });
  const largest = (direction: HeadlineDirection) =>
    payerClaims
      .filter((p) => p.claim.direction === direction)
      .sort((a, b) => Math.abs(b.claim.difference.mean) - Math.abs(a.claim.difference.mean))[0];
  const more = largest('up');
  const less = largest('down');
  const named = [more, less].filter((p) => p !== undefined);
  if (payerClaims.length > 0) sentences.push(payerSentence(more, less, period, style));

  const totalDifference = byMetric.get('cost_total');
  const total = totalDifference === undefined ? null : claim(totalDifference);
  if (total !== null) sentences.push(totalSentence(total, style));
  if (reps < MIN_CLEAR_REPLICATIONS) {
    sentences.push(
      reps === 1
        ? 'With one replication there is no interval, so no change is claimed.'
        : `With ${reps} replications no change is called clear (that needs at least ${MIN_CLEAR_REPLICATIONS}).`,
    );
  }
  return { text: sentences.join(' '), outcomes, payers: named.map((p) => p.claim), total };
}

/**
 * A clear change smaller than this share of the baseline is named only when no larger one is
 * left: a reform that moves appeals by a third should not be headlined by a 0.3% change in
 * plans just because plans come first in the list.
 */
const NOTABLE_RELATIVE_CHANGE = 0.02;

/** The outcomes to name: clear, notable changes first (by importance), then the most important unclear ones. */
function pickOutcomes(
  byMetric: ReadonlyMap<string, PairedDifference>,
  run: Comparison['reform'],
): PairedDifference[] {
  const present = HEADLINE_OUTCOMES.flatMap(([id], rank) => {
    const d = byMetric.get(id);
    return d === undefined ? [] : [{ d, rank }];
  });
  const notable = (d: PairedDifference) =>
    d.baseline.mean === 0 || Math.abs(d.difference.mean / d.baseline.mean) >= NOTABLE_RELATIVE_CHANGE ? 0 : 1;
  const clear = present
    .filter(({ d }) => clearDirection(d.difference, d.metric, run) !== 'unclear')
    .sort((a, b) => notable(a.d) - notable(b.d) || a.rank - b.rank)
    .slice(0, OUTCOMES_NAMED);
  const unclear = present
    .filter(({ d }) => clearDirection(d.difference, d.metric, run) === 'unclear')
    .slice(0, OUTCOMES_NAMED - clear.length);
  return [...clear, ...unclear].map(({ d }) => d);
}

interface ClauseWords {
  readonly years: number;
  readonly endYear: number;
  readonly style: NumberStyle;
}

/** A verb phrase after "would", split so that a repeated verb can be left out ("mean … and … "). */
interface Clause {
  readonly verb: string;
  readonly rest: string;
}

const KIND_BY_ID = new Map<string, MetricKind>(METRICS.map((m) => [m.id, m.kind]));
const WORDS_BY_ID = new Map<string, OutcomeWords>(HEADLINE_OUTCOMES);

/**
 * One outcome as a verb phrase after "would". Flows and child-years are per year (the run's
 * total ÷ its years, so the interval divides exactly too); stocks are at the end of the run;
 * shares move in percentage points.
 */
function outcomeClause(c: HeadlineClaim, w: ClauseWords): Clause {
  const kind = KIND_BY_ID.get(c.metric) ?? 'flow';
  const noun = WORDS_BY_ID.get(c.metric)?.noun ?? c.metric;
  const { style } = w;
  const share = kind === 'share';
  const scale = share ? 100 : kind === 'stock' || kind === 'meanDays' ? 1 : 1 / w.years;
  const mean = c.difference.mean * scale;
  const lo = c.difference.lo * scale;
  const hi = c.difference.hi * scale;
  const subject = share ? `the share of ${noun}` : noun;
  const when = share ? '' : kind === 'stock' ? ` by January ${w.endYear}` : ' a year';
  const unit = share ? ' percentage points' : '';
  if (c.direction === 'unclear') {
    const [a, b] = distinctly([lo, hi], (x, f) => roughlySigned(x, style, f));
    const rest = `${subject}${when} (95% interval ${a} to ${b}${unit})`;
    return lo === 0 && hi === 0
      ? { verb: 'make no change at all in', rest }
      : { verb: 'make no clear change in', rest };
  }
  const [small, large] = magnitudes(lo, hi);
  const [m, a, b] = distinctly([Math.abs(mean), small, large], (x, f) => roughly(x, style, f));
  const interval = `(95% interval ${a} to ${b})`;
  if (share) {
    return {
      verb: c.direction === 'up' ? 'raise' : 'lower',
      rest: `${subject} by about ${m}${unit} ${interval}`,
    };
  }
  return {
    verb: 'mean',
    rest: `about ${m} ${c.direction === 'up' ? 'more' : 'fewer'} ${noun}${when} ${interval}`,
  };
}

/** The clauses after "would", leaving out a verb that repeats the one before it. */
function joinClauses(clauses: readonly Clause[]): string {
  const parts = clauses.map((c, i) =>
    i > 0 && clauses[i - 1]!.verb === c.verb ? c.rest : `${c.verb} ${c.rest}`,
  );
  return joinAnd(parts);
}

/** The ends of an interval on one side of zero, as sizes from smaller to larger. */
function magnitudes(lo: number, hi: number): [number, number] {
  const a = Math.abs(lo);
  const b = Math.abs(hi);
  return a <= b ? [a, b] : [b, a];
}

/** An amount of money that clearly changed: `about £590 million more (95% interval £500 million to £680 million)`; `more`/`less` follow the amount. */
function moneyChange(c: HeadlineClaim, style: NumberStyle, more: string, less: string): string {
  const [small, large] = magnitudes(c.difference.lo, c.difference.hi);
  const [m, a, b] = distinctly([Math.abs(c.difference.mean), small, large], (x, f) =>
    roughlyMoney(x, style, false, f),
  );
  return `about ${m}${c.direction === 'up' ? more : less} (95% interval ${a} to ${b})`;
}

/** Who pays clearly more and who clearly less: the largest change each way. */
function payerSentence(
  more: { payer: Payer; claim: HeadlineClaim } | undefined,
  less: { payer: Payer; claim: HeadlineClaim } | undefined,
  period: string,
  style: NumberStyle,
): string {
  const prices = `${period}, at ${PRICE_BASE} prices`;
  const amount = (c: HeadlineClaim) => moneyChange(c, style, ' more', ' less');
  if (more !== undefined && less !== undefined) {
    return `Costs would move between payers ${prices}: ${PAYER_WORDS[less.payer]} would pay ${amount(less.claim)} and ${PAYER_WORDS[more.payer]} ${amount(more.claim)}.`;
  }
  const one = more ?? less;
  if (one !== undefined) {
    return `${capitalise(PAYER_WORDS[one.payer])} would pay ${amount(one.claim)} ${prices}.`;
  }
  return `No payer's costs would change clearly ${prices}.`;
}

/** The net change across all payers, or "no clear change" with its interval. */
function totalSentence(total: HeadlineClaim, style: NumberStyle): string {
  const { lo, hi } = total.difference;
  if (total.direction === 'unclear') {
    const [a, b] = distinctly([lo, hi], (x, f) => roughlyMoney(x, style, true, f));
    return `The total cost across all payers would show no clear change (95% interval ${a} to ${b}).`;
  }
  return `The total cost across all payers would ${total.direction === 'up' ? 'rise' : 'fall'} by ${moneyChange(total, style, '', '')}.`;
}

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? 'make no clear change in any headline outcome';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
