/**
 * The special-schools-by-age check: the census's shares as its tables give them, and the verdict
 * on a run's ratio of the secondary to the primary share.
 */
import {
  PUBLISHED_SECONDARY_TO_PRIMARY,
  RATIO_TOLERANCE,
  SCHOOL_PHASES,
  specialSchoolsByAge,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

/** A run's series with the two shares in January `year`. */
function run(year: number, primary: number, secondary: number) {
  const row = (metric: string, mean: number) => ({ metric, year, value: { mean, lo: mean, hi: mean } });
  return {
    series: [row('share_state_special_5_to_10', primary), row('share_state_special_11_to_15', secondary)],
  };
}

describe('special schools by age against the school census', () => {
  it('takes the census shares from its counts by age: 32,990 of 89,320 at 5–10, 49,690 of 102,410 at 11–15', () => {
    expect(SCHOOL_PHASES[0].published).toBeCloseTo(32_990 / 89_320, 12);
    expect(SCHOOL_PHASES[1].published).toBeCloseTo(49_690 / 102_410, 12);
    expect(PUBLISHED_SECONDARY_TO_PRIMARY).toBeCloseTo(1.3137, 4);
  });

  it('reads the shares of the year asked for, and judges their ratio against the census with its tolerance', () => {
    const census = run(2015, SCHOOL_PHASES[0].published, SCHOOL_PHASES[1].published);
    expect(specialSchoolsByAge(census, 2015, 'census')).toMatchObject({
      ratio: PUBLISHED_SECONDARY_TO_PRIMARY,
      within: true,
    });
    const edge = PUBLISHED_SECONDARY_TO_PRIMARY * (1 + RATIO_TOLERANCE);
    expect(specialSchoolsByAge(run(2023, 0.3, 0.3 * edge * 0.999), 2023, 'x').within).toBe(true);
    expect(specialSchoolsByAge(run(2023, 0.3, 0.3 * edge * 1.001), 2023, 'x').within).toBe(false);
    // The 2019 backtest's January 2023 in model 0.13.0: few children of primary age in special schools.
    const backtest = specialSchoolsByAge(run(2023, 0.188, 0.379), 2023, 'Backtest, January 2023');
    expect(backtest.ratio).toBeCloseTo(2.016, 3);
    expect(backtest.within).toBe(false);
    // A flat share, as the start spreads special-school pupils over ages, is outside too.
    expect(specialSchoolsByAge(run(2023, 0.42, 0.42), 2023, 'flat').within).toBe(false);
  });

  it('says which share a run lacks rather than reading another year', () => {
    expect(() => specialSchoolsByAge(run(2023, 0.3, 0.4), 2024, 'x')).toThrow(
      'specialSchoolsByAge: the run has no share_state_special_5_to_10 for 2024',
    );
  });
});
