/**
 * The words and rounding the plain-English headline uses: what each outcome and payer is
 * called in the SEND world (EHC plans, tribunal appeals, SEN support, councils' high needs
 * budgets), how many years a run covers in words, and "about" numbers rounded to two
 * significant figures. Kept apart from the sentence logic in `headline.ts` so a reviewer from
 * the field can check the wording in one place.
 */
import type { Payer } from '../ledger/payers.js';
import { formatNumber, type NumberStyle, PLAIN_NUMBERS } from './number-format.js';

/** How an outcome is named in a sentence. */
export interface OutcomeWords {
  /** A plural noun for counts (`tribunal appeals`), or what a share is of (`new EHC plans issued within 20 weeks`). */
  readonly noun: string;
}

/**
 * The outcomes a headline may mention, most important first: the order breaks ties and picks
 * which outcomes to name when none changes clearly. Ids are sim-core metric ids.
 */
export const HEADLINE_OUTCOMES: ReadonlyArray<readonly [string, OutcomeWords]> = [
  ['ehcp_stock_all_ages', { noun: 'EHC plans in force' }],
  ['appeals_registered', { noun: 'tribunal appeals' }],
  ['assessment_requests', { noun: 'requests for an EHC needs assessment' }],
  ['pupils_on_sen_support', { noun: 'pupils on SEN support' }],
  ['unmet_need_child_years', { noun: 'child-years of unmet need' }],
  ['share_new_plans_within_20_weeks', { noun: 'new EHC plans issued within 20 weeks' }],
  ['crisis_events', { noun: 'crises (exclusions, placement or family breakdowns, mental-health crises)' }],
  ['new_plans_issued', { noun: 'new EHC plans issued' }],
  ['independent_placements', { noun: 'new places in independent special schools' }],
];

/** Who pays, as a sentence names them (lower case; capitalised at the start of a sentence). */
export const PAYER_WORDS: Readonly<Record<Payer, string>> = {
  school: 'schools',
  laHighNeeds: "councils' high needs budgets",
  laOther: "councils' other SEND budgets (assessment, casework, transport, tribunal defence)",
  health: 'health (integrated care boards)',
  socialCare: "children's social care and early help",
  adultSocialCare: 'adult social care',
  dwp: 'the Department for Work and Pensions (out-of-work benefits)',
  hmcts: 'the tribunal service (HMCTS)',
  dfe: 'the Department for Education (capital for special school places)',
  family: 'families',
};

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** `10` → `ten years`, `1` → `one year`, `25` → `25 years` (words up to twenty, as style guides advise). */
export function yearsInWords(years: number): string {
  const word = NUMBER_WORDS[years] ?? String(years);
  return `${word} year${years === 1 ? '' : 's'}`;
}

/** The first letter in capitals, for a phrase that starts a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * `x` rounded to `figures` significant figures and written with separators: 2,134 → `2,100`,
 * 5.27 → `5.3`, 0.0432 → `0.043`, 1 → `1`. Never rounds a non-zero number to zero, so an interval that
 * excludes zero still visibly excludes it once rounded.
 */
export function roughly(x: number, style: NumberStyle = PLAIN_NUMBERS, figures = 2): string {
  if (!Number.isFinite(x)) return formatNumber(x, 0, style);
  if (x === 0) return '0';
  // The decimal exponent from the exact decimal form, not Math.log10: the same on every engine.
  const digits = Number(Math.abs(x).toExponential().split('e')[1]) + 1;
  if (digits >= figures) {
    // 10^n by parsing `1en`, which ECMAScript rounds correctly; `**` is engine-approximated.
    const unit = Number(`1e${digits - figures}`);
    return formatNumber(Math.round(x / unit) * unit, 0, style);
  }
  // Decimals only as far as they carry a significant figure: 1 → `1`, not `1.0`.
  const decimals = Math.min(figures - digits, 10);
  const text = formatNumber(x, decimals, style);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `roughly` with a sign: `+200`, `−1,200` (for the ends of an interval that spans zero). */
export function roughlySigned(x: number, style: NumberStyle = PLAIN_NUMBERS, figures = 2): string {
  const text = roughly(x, style, figures);
  return x > 0 ? `+${text}` : text;
}

/**
 * Pounds as an "about" amount: 593,400,000 → `£590 million`, 2,480,000,000 → `£2.5 billion`,
 * 45,300 → `£45,000`; signed `−£30 million`.
 */
export function roughlyMoney(
  pounds: number,
  style: NumberStyle = PLAIN_NUMBERS,
  signed = false,
  figures = 2,
): string {
  const millions = Math.abs(pounds / 1e6);
  const space = style.unitSpace ?? ' ';
  // Below £0.1 million, whole pounds read better than "£0.000045 million".
  const amount =
    millions >= 1000
      ? `£${roughly(millions / 1000, style, figures)}${space}billion`
      : millions >= 0.1
        ? `£${roughly(millions, style, figures)}${space}million`
        : `£${roughly(Math.abs(pounds), style, figures)}`;
  if (!signed || pounds === 0) return amount;
  return `${pounds < 0 ? style.minus : '+'}${style.signJoiner ?? ''}${amount}`;
}

/**
 * Several figures written with `write` at two significant figures, or more when two different
 * figures would otherwise read the same (an interval of "£2.5 billion to £2.5 billion").
 */
export function distinctly(
  values: readonly number[],
  write: (x: number, figures: number) => string,
): string[] {
  for (let figures = 2; ; figures++) {
    const texts = values.map((x) => write(x, figures));
    const collide = values.some((x, i) => values.some((y, j) => j > i && x !== y && texts[i] === texts[j]));
    if (!collide || figures >= 6) return texts;
  }
}
