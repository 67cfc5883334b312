/**
 * How results are written for people: thousands separators, signed changes, £ millions, and a
 * metric's value or change by its kind (shares in per cent and percentage points, waits to one
 * decimal, counts whole). One set of rules for the CLI and the web app, so a figure reads the
 * same in a terminal and a browser. Hand-written rather than `Intl`: identical on every machine.
 * Only the minus sign differs by medium (a hyphen in terminals and CSV, U+2212 on the page), and
 * on the page a figure is kept on one line with its sign and unit (a browser may break a line
 * between "−" and "£59.1m", or between "−8.3" and "pp").
 */
import type { MetricKind } from '../metrics/metric-definitions.js';

/** The character written for a minus sign. */
export interface NumberStyle {
  readonly minus: string;
  /**
   * Written between a sign and the £ after it, e.g. U+2060 WORD JOINER: a line may break
   * between "−" or "+" and "£" (both prefix characters to the line breaker), never between a
   * sign and a digit. Nothing when absent.
   */
  readonly signJoiner?: string;
  /**
   * The space between a figure and a unit written as a word ("−8.3 pp", "£810 million"), e.g. U+00A0 NO-BREAK
   * SPACE so the unit never starts a line on its own. A plain space when absent.
   */
  readonly unitSpace?: string;
  /**
   * Written before the bound a level above zero is under when it rounds to zero beside another
   * (`writeSideBySide`): "under " on the page, where a reader should not have to decode a symbol;
   * "<" when absent (terminals and files, whose tables are narrow).
   */
  readonly below?: string;
}

/** Terminals and files: an ASCII hyphen-minus. */
export const PLAIN_NUMBERS: NumberStyle = { minus: '-' };

/** Written for a number that is not finite (no value). */
export const NO_VALUE = '–';

/** `n` with `decimals` places and comma separators: `1,234,567.8`. */
export function formatNumber(n: number, decimals = 0, style: NumberStyle = PLAIN_NUMBERS): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = n < 0 && Number(fixed) !== 0;
  return `${negative ? style.minus : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A change with its sign: `+1,234`, `-56`, `0`. */
export function formatSigned(n: number, decimals = 0, style: NumberStyle = PLAIN_NUMBERS): string {
  const text = formatNumber(n, decimals, style);
  if (text === NO_VALUE || text.startsWith(style.minus) || Number(text.replace(/,/g, '')) === 0) return text;
  return `+${text}`;
}

/** Pounds as money in £ millions: `£16,525.3m`, or signed `+£1.3m` / `-£59.1m`. */
export function formatMoneyMillions(
  pounds: number,
  signed = false,
  style: NumberStyle = PLAIN_NUMBERS,
): string {
  const text = signed ? formatSigned(pounds / 1e6, 1, style) : formatNumber(pounds / 1e6, 1, style);
  if (text === NO_VALUE) return text;
  const sign = text.startsWith(style.minus) || text.startsWith('+') ? text.slice(0, 1) : '';
  return `${sign}${sign === '' ? '' : (style.signJoiner ?? '')}£${text.slice(sign.length)}m`;
}

/** A value of a metric of this kind: shares as percentages, waits to one decimal, counts whole. */
export function formatMetricValue(
  kind: MetricKind,
  value: number,
  style: NumberStyle = PLAIN_NUMBERS,
): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (kind === 'share') return `${formatNumber(value * 100, 1, style)}%`;
  return formatNumber(value, kind === 'meanDays' ? 1 : 0, style);
}

/** A change in a metric of this kind: shares in percentage points, waits to one decimal, counts whole. */
export function formatMetricChange(
  kind: MetricKind,
  value: number,
  style: NumberStyle = PLAIN_NUMBERS,
): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (kind === 'share') return `${formatSigned(value * 100, 1, style)}${style.unitSpace ?? ' '}pp`;
  return formatSigned(value, kind === 'meanDays' ? 1 : 0, style);
}
