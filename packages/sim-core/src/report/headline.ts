/**
 * The plain-English headline of a comparison: one short paragraph a parent carer forum could
 * quote, written from the paired differences alone (pure and deterministic: the CLI's
 * `compare` and the web app print the same words for the same run).
 *
 * Honesty rules it follows (DESIGN 4):
 * - a direction ("fewer", "more", "pay less") is claimed only when the change is clear
 *   (`clearDirection`: the paired 95% interval excludes zero, with enough replications and
 *   simulated children behind it); otherwise it says "no clear change in …";
 * - every figure comes with its interval, rounded by the one precision rule (`figures.ts`) and
 *   measured as the cards and the cost table measure it (flows and child-years over the whole
 *   run, plans in force at its end, costs over the run), so each figure it quotes is on the page,
 *   written the same way;
 * - it names the period, and says who pays more and who pays less, with amounts;
 * - on money it judges public spending (the nine public payers) and the cost to families apart,
 *   never their sum: a reform that saves public money by moving cost onto families says both
 *   ("public spending would fall by …, but families would bear … more");
 * - it quotes only results fit to quote (`fitToQuote`: enough replications, enough simulated
 *   children behind a count, an interval narrow against the change or the level), and says
 *   plainly which of the outcomes, payers, public spending and the cost to families it leaves
 *   out because they are not.
 *
 * Which outcomes (a stated, stable rule): of `HEADLINE_OUTCOMES` whose change is fit to quote,
 * in their fixed order, the first two whose change is clear; any place left goes to the first of
 * the others, in the same order, said as "no clear change", so a reform with no effect says so.
 * Nothing else (the size of a change, its rank in this run) moves an outcome up or down.
 * A reader may choose the outcome to lead with (`HeadlineOptions.lead`, one of `LEAD_OUTCOMES`,
 * such as unmet need, crises or families' trust): when fit to quote it is named first, clear or
 * not, and the one place left follows the rule; when not, the headline says so and follows the rule.
 *
 * Just over 400 lines: the rules above and the sentences they write are one piece of text logic;
 * the figures' rounding and the fit-to-quote rule already live in their own files.
 */
import {
  type ChangeDirection,
  clearDirection,
  MIN_CLEAR_REPLICATIONS,
} from '../experiment/clear-direction.js';
import type { Comparison, Estimate, PairedDifference } from '../experiment/experiment-types.js';
import { fitToQuote, MIN_QUOTE_REPLICATIONS } from '../experiment/fit-to-quote.js';
import { PUBLIC_PAYERS, type PublicPayer } from '../foundation/payers.js';
import { METRICS, type MetricKind } from '../metrics/metric-definitions.js';
import { PRICE_BASE } from '../scenario/price-base.js';
import { type FigureKind, figureKind, writeEstimate } from './figures.js';
import {
  capitalise,
  HEADLINE_OUTCOMES,
  LEAD_OUTCOMES,
  type OutcomeWords,
  PAYER_WORDS,
  yearsInWords,
} from './headline-words.js';
import { type NumberStyle, PLAIN_NUMBERS } from './number-format.js';
import { FINEST } from './precision.js';

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
  /** The public payers named (at most one paying more and one paying less). */
  readonly payers: readonly HeadlineClaim[];
  /** Public spending (`cost_public`), or null if the comparison has none or it is not fit to quote. */
  readonly publicSpending: HeadlineClaim | null;
  /** The cost to families (`cost_family`), or null if the comparison has none or it is not fit to quote. */
  readonly familyCost: HeadlineClaim | null;
  /**
   * Outcomes, public payers' costs, public spending and the cost to families left out because
   * they are not fit to quote (ids, in that order).
   */
  readonly notQuoted: readonly string[];
}

/** What a reader may choose about the headline. */
export interface HeadlineOptions {
  /**
   * The outcome to lead with (a metric id in `LEAD_OUTCOMES`): named first when fit to quote,
   * whether or not its change is clear. By default the headline outcomes' fixed order decides.
   */
  readonly lead?: string;
}

/** The ids a headline can lead with (`HeadlineOptions.lead`). */
export const LEAD_OUTCOME_IDS: readonly string[] = LEAD_OUTCOMES.map(([id]) => id);

/** How many outcomes the first sentence names. */
const OUTCOMES_NAMED = 2;

/**
 * Write the headline for `comparison` (reform − baseline, paired by replication). `style`
 * sets the minus sign: a hyphen for terminals and files (default), U+2212 on the page.
 *
 * @example
 * writeHeadline(compareExperiments(baseline, reform)).text;
 * // 'Over ten years (2023–2032), “…” would mean about 10,800 fewer EHC plans in force by January 2033 (95% interval 8,500 to 13,100) and …'
 */
export function writeHeadline(
  comparison: Comparison,
  style: NumberStyle = PLAIN_NUMBERS,
  options: HeadlineOptions = {},
): Headline {
  const { lead } = options;
  if (lead !== undefined && !LEAD_OUTCOME_IDS.includes(lead))
    throw new RangeError(
      `writeHeadline: lead: expected one of ${LEAD_OUTCOME_IDS.join(', ')}, found ${JSON.stringify(lead)}`,
    );
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

  const quotable = (d: PairedDifference) => fitToQuote(comparison, d.metric).fit;
  // The chosen lead first, then the headline outcomes in their fixed order.
  const outcomeIds = [
    ...(lead === undefined ? [] : [lead]),
    ...HEADLINE_OUTCOMES.map(([id]) => id).filter((id) => id !== lead),
  ];
  const headlineOutcomes = outcomeIds.flatMap((id) => byMetric.get(id) ?? []);
  const payerDifferences = PUBLIC_PAYERS.flatMap((payer) => byMetric.get(`cost_${payer}`) ?? []);
  const publicDifference = byMetric.get('cost_public');
  const familyDifference = byMetric.get('cost_family');
  const notQuoted = [
    ...headlineOutcomes,
    ...payerDifferences,
    ...(publicDifference === undefined ? [] : [publicDifference]),
    ...(familyDifference === undefined ? [] : [familyDifference]),
  ]
    .filter((d) => !quotable(d))
    .map((d) => d.metric);
  const name = `“${meta.scenarioName}”`;

  // Too few replications: nothing is fit to quote, so the headline says that and no figure.
  if (reps < MIN_QUOTE_REPLICATIONS) {
    const why =
      reps < MIN_CLEAR_REPLICATIONS
        ? reps === 1
          ? ' With one replication there is no interval, so no change is claimed either.'
          : ` With ${reps} replications no change is called clear either (that needs at least ${MIN_CLEAR_REPLICATIONS}).`
        : '';
    const text = `${opening}, no result for ${name} is fit to quote from this run: it has ${reps} replication${reps === 1 ? '' : 's'}, and quoting needs at least ${MIN_QUOTE_REPLICATIONS}.${why}`;
    return { text, outcomes: [], payers: [], publicSpending: null, familyCost: null, notQuoted };
  }

  const leading = headlineOutcomes[0]?.metric === lead ? headlineOutcomes[0] : undefined;
  const outcomes = (
    leading !== undefined && quotable(leading)
      ? [leading, ...pickOutcomes(headlineOutcomes.slice(1).filter(quotable), meta, OUTCOMES_NAMED - 1)]
      : pickOutcomes(headlineOutcomes.filter(quotable), meta)
  ).map(claim);
  const words = { endYear: lastYear + 1, scale: meta.scale, style };
  const sentences =
    outcomes.length > 0
      ? [`${opening}, ${name} would ${joinClauses(outcomes.map((c) => outcomeClause(c, words)))}.`]
      : [`${opening}, no change ${name} would make in the headline outcomes is fit to quote from this run.`];
  const unquotedOutcomes = headlineOutcomes.filter((d) => !quotable(d)).map((d) => nounOf(d.metric));
  if (outcomes.length > 0 && unquotedOutcomes.length > 0) {
    sentences.push(
      `Not fit to quote from this run, so not given here: the change in ${joinAnd(unquotedOutcomes)}.`,
    );
  }

  const publicSpending =
    publicDifference !== undefined && quotable(publicDifference) ? claim(publicDifference) : null;
  const familyCost =
    familyDifference !== undefined && quotable(familyDifference) ? claim(familyDifference) : null;
  const moneySentence = publicAndFamilySentence(
    publicSpending,
    familyCost,
    { public: publicDifference !== undefined, family: familyDifference !== undefined },
    period,
    style,
  );
  if (moneySentence !== '') sentences.push(moneySentence);

  const payerClaims = payerDifferences.filter(quotable).map((d) => ({
    payer: d.metric.slice('cost_'.length) as PublicPayer,
    claim: claim(d),
  }));
  const largest = (direction: HeadlineDirection) =>
    payerClaims
      .filter((p) => p.claim.direction === direction)
      .sort((a, b) => Math.abs(b.claim.difference.mean) - Math.abs(a.claim.difference.mean))[0];
  const more = largest('up');
  const less = largest('down');
  const named = [more, less].filter((p) => p !== undefined);
  const unquotedPayers = payerDifferences.filter((d) => !quotable(d));
  if (payerClaims.length > 0) {
    sentences.push(payerSentence(more, less, period, style, unquotedPayers.length > 0));
  }
  if (unquotedPayers.length > 0) {
    const who = unquotedPayers.map((d) => PAYER_WORDS[d.metric.slice('cost_'.length) as PublicPayer]);
    sentences.push(`The change in costs to ${joinAnd(who)} is not fit to quote from this run.`);
  }

  return {
    text: sentences.join(' '),
    outcomes,
    payers: named.map((p) => p.claim),
    publicSpending,
    familyCost,
    notQuoted,
  };
}

/** How a sentence names an outcome. */
function nounOf(metric: string): string {
  return WORDS_BY_ID.get(metric)?.noun ?? metric;
}

/** The outcomes to name, by the rule in this file's header: of those fit to quote (`present`, in list order), the first two clear ones, then the first unclear ones in any place left. */
function pickOutcomes(
  present: readonly PairedDifference[],
  run: Comparison['reform'],
  places = OUTCOMES_NAMED,
): PairedDifference[] {
  const isClear = (d: PairedDifference) => clearDirection(d.difference, d.metric, run) !== 'unclear';
  const clear = present.filter(isClear).slice(0, places);
  const unclear = present.filter((d) => !isClear(d)).slice(0, places - clear.length);
  return [...clear, ...unclear];
}

interface ClauseWords {
  readonly endYear: number;
  readonly scale: number;
  readonly style: NumberStyle;
}

/** A verb phrase after "would", split so that a repeated verb can be left out ("mean … and … "). */
interface Clause {
  readonly verb: string;
  readonly rest: string;
}

const KIND_BY_ID = new Map<string, MetricKind>(METRICS.map((m) => [m.id, m.kind]));
const WORDS_BY_ID = new Map<string, OutcomeWords>(LEAD_OUTCOMES);

/**
 * A change's interval as sizes from smaller to larger, written by the precision rule: the
 * figures of the cards without their signs (a fall of −13,100 to −8,500 is "8,500 to 13,100").
 */
function sizes(c: HeadlineClaim, kind: FigureKind, style: NumberStyle, bare = false) {
  const w = writeEstimate(c.difference, kind, { change: true, magnitude: true, bare }, style);
  const falling = c.difference.hi <= 0;
  return { mean: w.mean, small: falling ? w.hi : w.lo, large: falling ? w.lo : w.hi };
}

/**
 * "(95% interval a to b)" of a change that is not clear, with signs, as on the cards (a share's
 * ends bare, then `unit` in words); "(no interval)" when the replications gave no spread.
 */
function signedInterval(c: HeadlineClaim, kind: FigureKind, style: NumberStyle, unit = ''): string {
  if (!(c.difference.lo < c.difference.hi)) return '(no interval)';
  const w = writeEstimate(c.difference, kind, { change: true, bare: unit !== '' }, style);
  return `(95% interval ${w.lo} to ${w.hi}${unit})`;
}

/**
 * One outcome as a verb phrase after "would", measured as its card measures it: flows and
 * child-years over the whole run, stocks at its end, shares over the run in percentage points.
 */
function outcomeClause(c: HeadlineClaim, w: ClauseWords): Clause {
  const metricKind = KIND_BY_ID.get(c.metric) ?? 'flow';
  const words = WORDS_BY_ID.get(c.metric);
  const noun = words?.noun ?? c.metric;
  const kind = figureKind(c.metric, w.scale);
  const { style } = w;
  const share = metricKind === 'share';
  const subject = share ? (words?.subject ?? `the share of ${noun}`) : noun;
  const when = metricKind === 'stock' ? ` by January ${w.endYear}` : '';
  const unit = share ? ' percentage points' : '';
  if (c.direction === 'unclear') {
    const rest = `${subject}${when} ${signedInterval(c, kind, style, unit)}`;
    return c.difference.lo === 0 && c.difference.hi === 0
      ? { verb: 'make no change at all in', rest: `${subject}${when}` }
      : { verb: 'make no clear change in', rest };
  }
  const f = sizes(c, kind, style, share);
  const interval = `(95% interval ${f.small} to ${f.large})`;
  if (share) {
    const verb = c.direction === 'up' ? 'raise' : 'lower';
    // A clear change whose whole interval rounds to nothing at a share's finest step (a tenth of a
    // point, precision.ts) would read "by about 0.0 percentage points": say how small it is instead.
    if (Math.max(Math.abs(c.difference.lo), Math.abs(c.difference.hi)) < FINEST.share / 2)
      return { verb, rest: `${subject} by less than 0.1${unit} (a clear change, but a very small one)` };
    return { verb, rest: `${subject} by about ${f.mean}${unit} ${interval}` };
  }
  return {
    verb: 'mean',
    rest: `about ${f.mean} ${c.direction === 'up' ? 'more' : 'fewer'} ${noun}${when} ${interval}`,
  };
}

/** The clauses after "would", leaving out a verb that repeats the one before it. */
function joinClauses(clauses: readonly Clause[]): string {
  const parts = clauses.map((c, i) =>
    i > 0 && clauses[i - 1]!.verb === c.verb ? c.rest : `${c.verb} ${c.rest}`,
  );
  return joinAnd(parts);
}

const MONEY: FigureKind = { quantity: 'money', weight: 1 };

/** An amount of money that clearly changed: `about £1.9bn less (95% interval £1.6bn to £2.2bn)`; `more`/`less` follow the amount. */
function moneyChange(c: HeadlineClaim, style: NumberStyle, more: string, less: string): string {
  const f = sizes(c, MONEY, style);
  return `about ${f.mean}${c.direction === 'up' ? more : less} (95% interval ${f.small} to ${f.large})`;
}

/** Which public bodies clearly pay more and which clearly less: the largest change each way. */
function payerSentence(
  more: { payer: PublicPayer; claim: HeadlineClaim } | undefined,
  less: { payer: PublicPayer; claim: HeadlineClaim } | undefined,
  period: string,
  style: NumberStyle,
  someLeftOut: boolean,
): string {
  const prices = `${period}, at ${PRICE_BASE} prices`;
  const amount = (c: HeadlineClaim) => moneyChange(c, style, ' more', ' less');
  if (more !== undefined && less !== undefined) {
    return `Within public spending, costs would move between payers ${prices}: ${PAYER_WORDS[less.payer]} would pay ${amount(less.claim)} and ${PAYER_WORDS[more.payer]} ${amount(more.claim)}.`;
  }
  const one = more ?? less;
  if (one !== undefined) {
    return `Within public spending, ${PAYER_WORDS[one.payer]} would pay ${amount(one.claim)} ${prices}.`;
  }
  return someLeftOut
    ? `No public payer's costs that are fit to quote would change clearly ${prices}.`
    : `No public payer's costs would change clearly ${prices}.`;
}

/**
 * Public spending and the cost to families, each judged on its own and never added: "Public
 * spending would fall by about £X (…), but families would bear about £Y more (…)" when they move
 * clearly in opposite directions, so a saving to the public purse that families pay for reads as
 * both. Each that is not fit to quote is said to be so; empty when the comparison has neither.
 */
function publicAndFamilySentence(
  publicSpending: HeadlineClaim | null,
  familyCost: HeadlineClaim | null,
  present: { readonly public: boolean; readonly family: boolean },
  period: string,
  style: NumberStyle,
): string {
  const prices = `${period}, at ${PRICE_BASE} prices`;
  const publicWords = (c: HeadlineClaim) =>
    c.direction === 'unclear'
      ? `public spending would show no clear change ${signedInterval(c, MONEY, style)}`
      : `public spending would ${c.direction === 'up' ? 'rise' : 'fall'} by ${moneyChange(c, style, '', '')}`;
  const familyWords = (c: HeadlineClaim) =>
    c.direction === 'unclear'
      ? `the cost to families would show no clear change ${signedInterval(c, MONEY, style)}`
      : `families would bear ${moneyChange(c, style, ' more', ' less')}`;
  const unfit = (what: string) => `The change in ${what} is not fit to quote from this run.`;
  if (publicSpending !== null && familyCost !== null) {
    const opposite =
      publicSpending.direction !== 'unclear' &&
      familyCost.direction !== 'unclear' &&
      publicSpending.direction !== familyCost.direction;
    const link = opposite ? ', but ' : familyCost.direction === 'unclear' ? ', while ' : ', and ';
    return `${capitalise(publicWords(publicSpending))} ${prices}${link}${familyWords(familyCost)}.`;
  }
  if (publicSpending !== null) {
    const rest = present.family ? ` ${unfit('the cost to families')}` : '';
    return `${capitalise(publicWords(publicSpending))} ${prices}.${rest}`;
  }
  if (familyCost !== null) {
    const first = present.public ? `${unfit('public spending')} ` : '';
    return `${first}${capitalise(familyWords(familyCost))} ${prices}.`;
  }
  if (present.public && present.family) {
    return 'The changes in public spending and in the cost to families are not fit to quote from this run.';
  }
  if (present.public) return unfit('public spending');
  if (present.family) return unfit('the cost to families');
  return '';
}

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? 'make no clear change in any headline outcome';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
