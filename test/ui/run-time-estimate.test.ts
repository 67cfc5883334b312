/**
 * The run-time estimate (`run-time-estimate.ts`), without a browser: before any run it uses the
 * stated reference speed and says it is a typical 2-core laptop's; once a run has finished it
 * uses that run's own speed, measured from fixed inputs here, and says it is this computer's;
 * it grows in proportion to the work and is rounded as said.
 */
import { describe, expect, it } from 'vitest';
import {
  durationText,
  estimateSeconds,
  estimateText,
  measuredSpeed,
  REFERENCE_SECONDS_PER_UNIT,
  REFERENCE_SPEED,
  runWork,
} from '../../packages/ui/src/comparison/run-time-estimate.js';

/** The default comparison: the baseline and three reforms, 10 replications at 1% over 10 years (4 units). */
const size = { scenarios: 4, replications: 10, years: 10, scale: 0.01 };

describe('run-time estimates', () => {
  it('measures a run’s speed from its size and seconds, and estimates another run from it', () => {
    expect(runWork(size)).toBeCloseTo(4, 12);
    // A run of 4 units that took 20 s: 5 s a unit on this computer.
    const speed = measuredSpeed(size, 20)!;
    expect(speed).toEqual({ secondsPerUnit: 5, measured: true });
    expect(estimateSeconds(size, speed)).toBeCloseTo(20, 9);
    // Three times the replications: three times the work, 60 s, said as a minute.
    expect(estimateSeconds({ ...size, replications: 30 }, speed)).toBeCloseTo(60, 9);
    expect(estimateText({ ...size, replications: 30 }, speed)).toBe(
      'about 1 min on this computer, at the speed of your last run',
    );
    // One scenario of one replication for one year at all of England: one unit, 5 s.
    expect(estimateText({ scenarios: 1, replications: 1, years: 1, scale: 1 }, speed)).toBe(
      'about 5 s on this computer, at the speed of your last run',
    );
  });

  it('uses the stated reference before any run, and says it is a typical laptop’s, not this computer’s', () => {
    expect(REFERENCE_SPEED).toEqual({ secondsPerUnit: REFERENCE_SECONDS_PER_UNIT, measured: false });
    expect(estimateSeconds(size, REFERENCE_SPEED)).toBeCloseTo(4 * REFERENCE_SECONDS_PER_UNIT, 9);
    expect(estimateText(size, REFERENCE_SPEED)).toBe(
      `${durationText(4 * REFERENCE_SECONDS_PER_UNIT)} on a 2-core laptop (your computer may be faster or slower; after your first run the estimate uses its own speed)`,
    );
  });

  it('keeps no speed from a run that measured nothing', () => {
    expect(measuredSpeed(size, 0)).toBeUndefined();
    expect(measuredSpeed(size, Number.NaN)).toBeUndefined();
    expect(measuredSpeed({ ...size, replications: 0 }, 20)).toBeUndefined();
  });

  it('grows in proportion to scenarios × replications × years × scale', () => {
    const base = estimateSeconds(size, REFERENCE_SPEED);
    expect(estimateSeconds({ ...size, replications: 20 }, REFERENCE_SPEED)).toBeCloseTo(2 * base, 9);
    expect(estimateSeconds({ ...size, scale: 0.005 }, REFERENCE_SPEED)).toBeCloseTo(base / 2, 9);
    expect(estimateSeconds({ ...size, scenarios: 2 }, REFERENCE_SPEED)).toBeCloseTo(base / 2, 9);
    expect(estimateSeconds({ ...size, years: 5 }, REFERENCE_SPEED)).toBeCloseTo(base / 2, 9);
  });

  it('rounds a duration as an estimate is said', () => {
    expect([3.2, 12.4, 54, 55, 89, 3600, 5400, 7800].map(durationText)).toEqual([
      'about 4 s',
      'about 10 s',
      'about 55 s',
      'about 1 min',
      'about 1 min',
      'about 60 min',
      'about 1 h 30 min',
      'about 2 h 10 min',
    ]);
  });
});
