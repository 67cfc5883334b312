/**
 * The words the plain-English headline uses: what each outcome and payer is called in the SEND
 * world (EHC plans, tribunal appeals, requests for assessment, councils' high needs budgets), the
 * order in which outcomes are chosen, and how many years a run covers in words. Kept apart from
 * the sentence logic in `headline.ts` so a reviewer from the field can check the wording in one
 * place. Figures are written by the precision rule (`figures.ts`), as everywhere else.
 */
import type { Payer } from '../foundation/payers.js';

/** How an outcome is named in a sentence. */
export interface OutcomeWords {
  /** A plural noun for counts (`tribunal appeals`), or what a share is of (`new EHC plans issued within 20 weeks`). */
  readonly noun: string;
  /** For a share that is not "the share of" something (a mean index): the whole subject. */
  readonly subject?: string;
}

/**
 * The outcomes a headline may name, in the order it chooses them: the first two whose change is
 * clear, then, in any place left, the first of the rest, said as "no clear change".
 * Only outcomes that have a card on the page, so every figure the headline quotes is also on
 * the cards, written the same way. Ids are sim-core metric ids.
 */
export const HEADLINE_OUTCOMES: ReadonlyArray<readonly [string, OutcomeWords]> = [
  ['ehcp_stock_all_ages', { noun: 'EHC plans in force' }],
  ['appeals_registered', { noun: 'tribunal appeals' }],
  ['assessment_requests', { noun: 'requests for an EHC needs assessment' }],
  ['unmet_need_child_years', { noun: 'child-years of unmet need' }],
  ['crisis_events', { noun: 'crises (exclusions, placement or family breakdowns, mental-health crises)' }],
  ['share_new_plans_within_20_weeks', { noun: 'new EHC plans issued within 20 weeks' }],
  ['requests_refused', { noun: 'requests for an EHC needs assessment refused' }],
];

/**
 * Outcomes for families a headline can be asked to lead with (`writeHeadline`'s `lead`), besides
 * `HEADLINE_OUTCOMES`: each has a card in the web app's "Outcomes for families" group.
 */
export const FAMILY_LEAD_OUTCOMES: ReadonlyArray<readonly [string, OutcomeWords]> = [
  [
    'mean_trust_sen_families',
    {
      noun: 'trust in the system',
      subject:
        'the mean trust in the system of families of children on SEN support or a plan (the model’s own index)',
    },
  ],
  ['share_low_trust', { noun: 'families of children on SEN support or a plan who have lost trust' }],
  ['exclusions', { noun: 'exclusions to alternative provision' }],
  ['exclusions_with_plan', { noun: 'exclusions of children with an EHC plan' }],
  ['suspensions', { noun: 'suspensions from school' }],
  [
    'share_neet_16_to_24_with_or_after_plan',
    { noun: 'young people aged 16–24 with or after a plan who are NEET' },
  ],
  [
    'share_outcome_at_25_eet',
    { noun: 'young people reaching 25 after a plan who are in education, employment or training' },
  ],
  [
    'unmet_need_child_years_low_advocacy',
    { noun: 'child-years of unmet need in families with less capacity to push for support' },
  ],
  ['crisis_events_low_advocacy', { noun: 'crises in families with less capacity to push for support' }],
];

/** Every outcome a headline can lead with: the headline outcomes, then the outcomes for families. */
export const LEAD_OUTCOMES: ReadonlyArray<readonly [string, OutcomeWords]> = [
  ...HEADLINE_OUTCOMES,
  ...FAMILY_LEAD_OUTCOMES,
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
  dfe: 'the Department for Education (capital for special school places, national programmes)',
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
