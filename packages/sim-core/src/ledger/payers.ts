/**
 * Who pays. Every pound in the model is booked to exactly one of these (DESIGN 2.4).
 */
export const PAYERS = [
  'school',
  'laHighNeeds',
  'laOther',
  'health',
  'socialCare',
  'adultSocialCare',
  'dwp',
  'hmcts',
  'dfe',
  'family',
] as const;
export type Payer = (typeof PAYERS)[number];

/** Plain-English names for tables and charts. */
export const PAYER_LABELS: Readonly<Record<Payer, string>> = {
  school: 'Schools (notional SEN budget)',
  laHighNeeds: 'LA high needs',
  laOther: 'LA other (assessment, casework, transport, tribunal defence)',
  health: 'Health (ICB)',
  socialCare: "Children's social care and early help",
  adultSocialCare: 'Adult social care (councils)',
  dwp: 'DWP (out-of-work benefits)',
  hmcts: 'HMCTS / MoJ',
  dfe: 'DfE (capital for new special school places)',
  family: 'Families',
};
