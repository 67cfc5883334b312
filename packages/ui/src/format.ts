/**
 * Numbers for people on the page: thousands separators, a true minus sign (−), money in
 * £ millions and shares in percentage points. Hand-written rather than `Intl`, so a figure
 * reads the same in every browser and matches the CLI's rounding.
 */
import {
  type Estimate,
  formatMetricChange,
  formatMetricValue,
  formatMoneyMillions,
  formatNumber as formatNumberWith,
  type MetricKind,
  type NumberStyle,
} from '@send-sim/sim-core';

/**
 * On the page a minus is a true minus sign (U+2212), not a hyphen; a sign is joined to the £
 * after it by a word joiner (U+2060, invisible), so "−£59.1m" never wraps after the "−"; and
 * "pp" follows its figure after a no-break space, so "−8.3 pp" never wraps before the "pp".
 */
export const TYPESET: NumberStyle = { minus: '\u2212', signJoiner: '\u2060', unitSpace: '\u00a0' };

/** `n` with `decimals` places and comma separators: `1,234.5`, `−56`. */
export const formatNumber = (n: number, decimals = 0): string => formatNumberWith(n, decimals, TYPESET);

/** Pounds as £ millions with one decimal place: `£16,525.3m`, signed `+£1.3m` / `−£59.1m`. */
export const formatMoney = (pounds: number, signed = false): string =>
  formatMoneyMillions(pounds, signed, TYPESET);

/** A value of a metric of this kind: shares as percentages, waits to one decimal, counts whole. */
export function formatValue(kind: MetricKind | 'money', value: number): string {
  return kind === 'money' ? formatMoney(value) : formatMetricValue(kind, value, TYPESET);
}

/** A change in a metric of this kind: shares in percentage points, money in £m, counts whole. */
export function formatChange(kind: MetricKind | 'money', value: number): string {
  return kind === 'money' ? formatMoney(value, true) : formatMetricChange(kind, value, TYPESET);
}

/** A change with its 95% interval: `−2,100 (95% interval −2,400 to −1,800)`. */
export function formatChangeWithInterval(kind: MetricKind | 'money', change: Estimate): string {
  const f = (n: number) => formatChange(kind, n);
  return `${f(change.mean)} (95% interval ${f(change.lo)} to ${f(change.hi)})`;
}
