/**
 * Figures kept whole on the page: a sign joined to the £ after it and a unit held to its figure,
 * only when the style asks (the page's), so the CLI and CSV files write what they always did.
 */
import { formatMetricChange, formatMoneyMillions, type NumberStyle, PLAIN_NUMBERS } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

const PAGE: NumberStyle = { minus: '\u2212', signJoiner: '\u2060', unitSpace: '\u00a0' };

describe('number formats for the page and for files', () => {
  it('joins a sign to the £ after it on the page, and nothing else', () => {
    expect(formatMoneyMillions(-59_100_000, true, PAGE)).toBe('\u2212\u2060£59.1m');
    expect(formatMoneyMillions(1_300_000, true, PAGE)).toBe('+\u2060£1.3m');
    expect(formatMoneyMillions(16_525_300_000, false, PAGE)).toBe('£16,525.3m');
    expect(formatMoneyMillions(0, true, PAGE)).toBe('£0.0m');
  });

  it('holds "pp" to its figure on the page', () => {
    expect(formatMetricChange('share', -0.083, PAGE)).toBe('\u22128.3\u00a0pp');
  });

  it('writes files and terminals as before: a hyphen, no joiner, a plain space', () => {
    expect(formatMoneyMillions(-59_100_000, true, PLAIN_NUMBERS)).toBe('-£59.1m');
    expect(formatMoneyMillions(1_300_000, true)).toBe('+£1.3m');
    expect(formatMetricChange('share', -0.083)).toBe('-8.3 pp');
  });
});
