/**
 * Numbers and dates for one child's journey: whole pounds (a single child's costs are
 * thousands, not millions), dates as people write them, and ages. Built on format.ts, so
 * minus signs and separators match the rest of the page.
 */
import { PAYERS, type Payer } from '@send-sim/sim-core';
import { formatNumber, TYPESET } from './format.js';
import { PAYER_SHORT_WORDS } from './journey-words.js';

/** Whole pounds: `£7,253`, signed `+£9` / `−£17,927`. */
export function formatPounds(pounds: number, signed = false): string {
  const text = formatNumber(pounds, 0);
  const negative = text.startsWith('\u2212');
  const digits = negative ? text.slice(1) : text;
  const sign = negative ? '\u2212' : signed && digits !== '0' ? '+' : '';
  return `${sign}${sign === '' ? '' : (TYPESET.signJoiner ?? '')}£${digits}`;
}

/** Non-zero payers (of `payers`, default all), largest first: `school £3,080, family £4,173`. */
export function payerBreakdown(
  costs: Readonly<Record<Payer, number>>,
  payers: readonly Payer[] = PAYERS,
): string {
  return payers
    .filter((p) => Math.round(costs[p]) !== 0)
    .sort((a, b) => costs[b] - costs[a])
    .map((p) => `${PAYER_SHORT_WORDS[p]} ${formatPounds(costs[p])}`)
    .join(', ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2023-10-24` → `24 Oct 2023`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** Whole years from `birth` to `on` (both ISO dates), as a birthday counts them. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
