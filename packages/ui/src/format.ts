/**
 * Numbers for people on the page: thousands separators, a true minus sign (−), money in
 * £ millions and shares in percentage points. Hand-written rather than `Intl`, so a figure
 * reads the same in every browser and matches the CLI's rounding.
 */
import type { Estimate, MetricKind } from '@send-sim/sim-core';

const MINUS = '\u2212';
const DASH = '–';

/** `n` with `decimals` places and comma separators: `1,234.5`, `−56`. */
export function formatNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return DASH;
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = n < 0 && Number(fixed) !== 0;
  return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A change with its sign: `+1,234`, `−56`, `0`. */
export function formatSigned(n: number, decimals = 0): string {
  const text = formatNumber(n, decimals);
  if (text === DASH || text.startsWith(MINUS) || Number(text.replace(/,/g, '')) === 0) return text;
  return `+${text}`;
}

/** Pounds as £ millions with one decimal place: `£16,525.3m`, signed `+£1.3m` / `−£59.1m`. */
export function formatMoney(pounds: number, signed = false): string {
  const text = signed ? formatSigned(pounds / 1e6, 1) : formatNumber(pounds / 1e6, 1);
  if (text === DASH) return text;
  const sign = text.startsWith(MINUS) || text.startsWith('+') ? text.slice(0, 1) : '';
  return `${sign}£${text.slice(sign.length)}m`;
}

/** A value of a metric of this kind: shares as percentages, waits to one decimal, counts whole. */
export function formatValue(kind: MetricKind | 'money', value: number): string {
  if (kind === 'money') return formatMoney(value);
  if (!Number.isFinite(value)) return DASH;
  if (kind === 'share') return `${formatNumber(value * 100, 1)}%`;
  return formatNumber(value, kind === 'meanDays' ? 1 : 0);
}

/** A change in a metric of this kind: shares in percentage points, money in £m, counts whole. */
export function formatChange(kind: MetricKind | 'money', value: number): string {
  if (kind === 'money') return formatMoney(value, true);
  if (!Number.isFinite(value)) return DASH;
  if (kind === 'share') return `${formatSigned(value * 100, 1)} pp`;
  return formatSigned(value, kind === 'meanDays' ? 1 : 0);
}

/** A change with its 95% interval: `−2,100 (95% interval −2,400 to −1,800)`. */
export function formatChangeWithInterval(kind: MetricKind | 'money', change: Estimate): string {
  const f = (n: number) => formatChange(kind, n);
  return `${f(change.mean)} (95% interval ${f(change.lo)} to ${f(change.hi)})`;
}
