/**
 * Numbers for the terminal: sim-core's shared formats (thousands separators, signed changes,
 * £ millions), plus the few only the CLI's tables use.
 */

import { formatNumber, formatSigned, NO_VALUE } from '@send-sim/sim-core';

export { formatMoneyMillions, formatNumber, formatSigned } from '@send-sim/sim-core';

/** Pounds as £ millions with one decimal place, without the unit: `16,525.3`. */
export function formatMillions(pounds: number, signed = false): string {
  return signed ? formatSigned(pounds / 1e6, 1) : formatNumber(pounds / 1e6, 1);
}

/** Pounds with thousands separators and pence when there are any: `1,234.50`. */
export function formatPounds(pounds: number): string {
  return formatNumber(pounds, Number.isInteger(pounds) ? 0 : 2);
}

/** A share 0–1 as a whole percentage: `45%`. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : NO_VALUE;
}

/** An interval `[lo, hi]` with the same formatter as its mean. */
export function formatInterval(lo: number, hi: number, format: (n: number) => string): string {
  return `${format(lo)} to ${format(hi)}`;
}
