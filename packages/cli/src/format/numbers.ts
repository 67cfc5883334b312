/**
 * Numbers for people: thousands separators, money in £ millions, signed differences and
 * shares. Hand-written rather than `Intl` so the output is the same on every machine.
 */

const DASH = '–';

/** `n` with `decimals` decimal places and comma thousands separators, e.g. `1,234,567.8`. */
export function formatNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return DASH;
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = n < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A difference with its sign: `+1,234`, `-56`, `0`. */
export function formatSigned(n: number, decimals = 0): string {
  const text = formatNumber(n, decimals);
  if (text === DASH || text.startsWith('-') || Number(text.replace(/,/g, '')) === 0) return text;
  return `+${text}`;
}

/** Pounds as £ millions with one decimal place, without the unit: `16,525.3`. */
export function formatMillions(pounds: number, signed = false): string {
  return signed ? formatSigned(pounds / 1e6, 1) : formatNumber(pounds / 1e6, 1);
}

/** Pounds as money in £ millions with the unit: `£16,525.3m`, or signed `+£1.3m` / `-£59.1m`. */
export function formatMoneyMillions(pounds: number, signed = false): string {
  const text = formatMillions(pounds, signed);
  if (text === DASH) return text;
  const sign = text.startsWith('-') || text.startsWith('+') ? text.slice(0, 1) : '';
  return `${sign}£${text.slice(sign.length)}m`;
}

/** Pounds with thousands separators and pence when there are any: `1,234.50`. */
export function formatPounds(pounds: number): string {
  return formatNumber(pounds, Number.isInteger(pounds) ? 0 : 2);
}

/** A share 0–1 as a whole percentage: `45%`. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : DASH;
}

/** An interval `[lo, hi]` with the same formatter as its mean. */
export function formatInterval(lo: number, hi: number, format: (n: number) => string): string {
  return `${format(lo)} to ${format(hi)}`;
}
