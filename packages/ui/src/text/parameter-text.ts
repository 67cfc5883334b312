/**
 * How the assumptions page and the briefing write a parameter: its value (whole numbers with
 * separators, others to six significant figures, as `sendsim describe` writes them), its unit
 * with the price year of money, and its source (title, publisher, year, status) or the reason
 * it is an assumption.
 */
import type { ParameterRow, SourceDescription } from '@send-sim/sim-core';
import { formatNumber } from './format.js';

/** A parameter value: `1,234`, `0.0125`, `–` when missing. */
export function formatParameterValue(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  const rounded = Number(n.toPrecision(6));
  const text = String(rounded);
  if (text.includes('e')) return text;
  return formatNumber(rounded, text.split('.')[1]?.length ?? 0);
}

/** The unit, with the price year of money and the value at the model's price base when they differ. */
export function unitText(row: ParameterRow, priceBase: string): string {
  if (row.priceYear === null) return row.unit;
  const uprated =
    row.modelValue === row.value
      ? ''
      : `; ${formatParameterValue(row.modelValue)} at ${priceBase} prices, as the model reads it`;
  return `${row.unit} (${row.priceYear} prices${uprated})`;
}

/** `Title, Publisher, 2024 (status V)`: enough to find the figure again. */
export function sourceText(source: SourceDescription): string {
  const status = source.status === null ? 'status not stated' : `status ${source.status}`;
  return `${source.title}, ${source.publisher}, ${source.year} (${status})`;
}

/** The source, or `Assumption: reason`. */
export function evidenceText(row: ParameterRow): string {
  if (row.source === null) return `Assumption: ${row.assumption ?? 'no reason given'}`;
  return sourceText(row.source);
}

/** What the evidence statuses mean, for a key under the tables. */
export const STATUS_KEY =
  'Status V: seen in the official source; V2: an official statistic quoted by a secondary source; D: derived by arithmetic from V or V2 figures.';

/**
 * A parameter's unit in plain words: "£" for GBP, "a year" for "per year", staff spelled out
 * instead of "FTE", the statistical units said as what they are. Shares are written as
 * percentages by `plainAmount`, so their unit words are only what follows the per cent.
 */
export function plainUnit(unit: string): string {
  const words: Readonly<Record<string, string>> = {
    FTE: 'full-time-equivalent staff',
    'FTE per year': 'full-time-equivalent staff a year',
    'per year': 'a year',
    'share a year': 'a year',
    'share per year': 'a year',
    'log-odds per unit severity': 'log-odds (a statistical effect size) per step of need severity',
    'log-odds per unit of excess spending': 'log-odds (a statistical effect size) per unit of overspending',
    'share per unit of excess spending': 'per unit of overspending',
    'need-severity scale (0–1)': 'on the need-severity scale from 0 to 1',
    'log-scale spread across local authorities':
      'spread across local areas (standard deviation of the logarithm)',
    'switch (1 = yes)': '(1 = on, 0 = off)',
  };
  if (unit in words) return words[unit]!;
  return unit.replace(/^GBP\b/, '£');
}

/** Whether a unit's values are shares (written as percentages). */
function isShare(unit: string): boolean {
  return unit === 'share' || unit.startsWith('share ');
}

/**
 * A parameter value with its unit, in plain words: `40%`, `6.4% a year`, `£61,500 per place
 * per year`, `3,500 full-time-equivalent staff`, `120 days`.
 */
export function plainAmount(value: number, unit: string): string {
  if (isShare(unit)) {
    const rest = plainUnit(unit);
    return `${formatParameterValue(value * 100)}%${unit === 'share' ? '' : ` ${rest}`}`;
  }
  const words = plainUnit(unit);
  if (words.startsWith('£')) return `£${formatParameterValue(value)} ${words.slice(1).trim()}`.trim();
  return `${formatParameterValue(value)} ${words}`;
}
