/**
 * `sendsim compare --lead ID`: the headline names the chosen outcome first (issue 11: the
 * headline can lead with an outcome for families, not only money), as sim-core's `writeHeadline`
 * writes it (the table prints the same words, as compare.test.ts checks without --lead); the manifest records the choice; an outcome the
 * headline cannot lead with is a usage error that lists those it can.
 */
import { type Comparison, MIN_QUOTE_REPLICATIONS, writeHeadline } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { sendsim } from './cli-harness.js';

const REFORM = 'early-help-investment';
// Enough replications for results to be fit to quote, at a small scale.
const QUOTABLE = ['--scale', '0.002', '--years', '2', '--reps', String(MIN_QUOTE_REPLICATIONS)];

describe('sendsim compare --lead', () => {
  it('leads the headline with the chosen outcome, as sim-core writes it, and records the choice', async () => {
    // Fit to quote at this size (crises are too few at 0.2% of England over two years).
    const lead = 'mean_trust_sen_families';
    const run = await sendsim([
      'compare',
      'baseline',
      REFORM,
      ...QUOTABLE,
      '--lead',
      lead,
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    const reform = data.reforms[0];
    const comparison: Comparison = {
      baseline: data.baseline.meta,
      reform: reform.meta,
      differences: reform.comparison,
      valueForMoney: reform.valueForMoney,
    };
    const led = writeHeadline(comparison, undefined, { lead });
    expect(reform.headline).toBe(led.text);
    expect(led.outcomes[0]?.metric).toBe(lead);
    expect(led.text).toMatch(
      /^Over two years \(2023–2024\), “[^”]+” would [a-z ]+ the mean trust in the system of families/,
    );
    // Without --lead, the fixed order: another outcome first.
    expect(writeHeadline(comparison).outcomes[0]?.metric).not.toBe(lead);
    expect(data.manifest.options.lead).toBe(lead);
  });

  it('refuses an outcome the headline cannot lead with, listing those it can', async () => {
    const run = await sendsim(['compare', 'baseline', REFORM, '--lead', 'ep_wait_days']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--lead: expected an outcome the headline can lead with: ehcp_stock_all_ages',
    );
    expect(run.stderr).toContain('mean_trust_sen_families');
    expect(run.stderr).toContain('found "ep_wait_days"');
  });
});
