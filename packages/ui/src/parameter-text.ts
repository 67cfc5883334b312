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
