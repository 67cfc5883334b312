/**
 * Who pays. Every pound in the model is booked to exactly one of these (DESIGN 2.4).
 *
 * Nine of the ten payers are public bodies; the tenth is families (lost earnings, legal costs,
 * private reports). Results report the two apart, never silently added (DESIGN 2.5a): "public
 * spending" is the sum of `PUBLIC_PAYERS`, "cost to families" is `family` alone, and the one
 * combined figure kept for existing consumers (`total`) is always called "public spending plus
 * cost to families".
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

/** A public body: every payer but families. */
export type PublicPayer = Exclude<Payer, 'family'>;

/** The nine public payers, in `PAYERS` order: their sum is public spending. */
export const PUBLIC_PAYERS: readonly PublicPayer[] = PAYERS.filter((p): p is PublicPayer => p !== 'family');

/**
 * The sums a result carries beside each payer's cost: `public` (public spending, the nine public
 * payers) and `total` (public spending plus cost to families; every payer).
 */
export const COST_SUMS = ['public', 'total'] as const;
export type CostSum = (typeof COST_SUMS)[number];

/** A payer or a sum of payers: what `costs[…]` rows and `cost_<key>` measure ids name. */
export type CostKey = Payer | CostSum;

/** Every cost row a result carries, in data order (CSV and JSON): each payer, then the sums. */
export const COST_KEYS: readonly CostKey[] = [...PAYERS, ...COST_SUMS];

/**
 * The order a cost table shows them in: the public payers, their subtotal (public spending),
 * families, then the combined figure, labelled as such.
 */
export const COST_TABLE_ORDER: readonly CostKey[] = [...PUBLIC_PAYERS, 'public', 'family', 'total'];

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
  dfe: 'DfE (capital for special school places; national programmes)',
  family: 'Families',
};

/** What the sum of the nine public payers is called everywhere. */
export const PUBLIC_SPENDING_LABEL = 'Public spending';
/** What families' own costs (lost earnings, legal costs, private reports) are called everywhere. */
export const FAMILY_COST_LABEL = 'Cost to families';
/** What the sum of every payer is called, wherever it is still shown: never "total" alone. */
export const COMBINED_COST_LABEL = 'Public spending plus cost to families';

/**
 * The name of a cost row as a table or chart heads it: a public payer by its name, families as
 * "Cost to families", the sums as public spending and "public spending plus cost to families".
 */
export function costLabel(key: CostKey): string {
  if (key === 'public') return PUBLIC_SPENDING_LABEL;
  if (key === 'total') return COMBINED_COST_LABEL;
  if (key === 'family') return FAMILY_COST_LABEL;
  return PAYER_LABELS[key];
}

/** Whether `key` names one payer (not a sum). */
export function isPayer(key: CostKey): key is Payer {
  return key !== 'public' && key !== 'total';
}
