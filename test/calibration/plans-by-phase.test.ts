/**
 * Plans in mainstream schools by phase and primary need (sim-core's plans-by-phase.ts, the check
 * `sendsim calibrate` prints): the census's shares as published, and the check's verdicts on runs
 * whose shares are known. The model's own counts are checked child by child in stock-counts.test.ts.
 */
import {
  censusPhaseShare,
  PHASE_NEEDS,
  PHASE_SHARE_TOLERANCE,
  PLAN_PHASES,
  PLANS_BY_PHASE_YEAR,
  plansByPhaseCheck,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

/** A run holding 1,000 plan holders in each phase, with these shares of the five needs. */
function runWith(shares: (phase: 0 | 1, need: (typeof PHASE_NEEDS)[number]) => number, year: number) {
  return {
    series: PLAN_PHASES.flatMap(({ all, column }) => [
      { metric: all, year, value: { mean: 1000, lo: 0, hi: 0 } },
      ...PHASE_NEEDS.map((need) => ({
        metric: `${all}_${need}`,
        year,
        value: { mean: 1000 * shares(column, need), lo: 0, hi: 0 },
      })),
    ]),
  } as never;
}

describe('plans in mainstream schools by phase and need', () => {
  it('reads the census as published: SLCN 27.2% of primary plans and 17.0% of secondary ones', () => {
    expect(censusPhaseShare('SLCN', 0)).toBeCloseTo(26_046 / 95_601, 9);
    expect(censusPhaseShare('SLCN', 1)).toBeCloseTo(11_598 / 68_370, 9);
    expect(censusPhaseShare('SpLD', 1)).toBeCloseTo(5_054 / 68_370, 9);
  });

  it('finds a run with the census’s shares within in every row, and flags one need moved out', () => {
    const year = PLANS_BY_PHASE_YEAR;
    const exact = runWith((phase, need) => censusPhaseShare(need, phase), year);
    const rows = plansByPhaseCheck([{ label: 'exact', result: exact, year }]);
    expect(rows).toHaveLength(PLAN_PHASES.length * PHASE_NEEDS.length);
    expect(rows.every((r) => r.within[0])).toBe(true);

    // SLCN at secondary age one tolerance and a point above the census (17.0% + 2.6 + 1): outside.
    const published = censusPhaseShare('SLCN', 1);
    const off = Math.max(PHASE_SHARE_TOLERANCE.relative * published, PHASE_SHARE_TOLERANCE.absolute) + 0.01;
    const moved = runWith(
      (phase, need) => censusPhaseShare(need, phase) + (phase === 1 && need === 'SLCN' ? off : 0),
      year,
    );
    const checked = plansByPhaseCheck([
      { label: 'exact', result: exact, year },
      { label: 'moved', result: moved, year },
    ]);
    for (const row of checked) {
      expect(row.within[0]).toBe(true);
      expect(row.within[1], `${row.phase} ${row.need}`).toBe(
        !(row.phase === 'secondary' && row.need === 'SLCN'),
      );
    }
  });

  it('says which series a run lacks', () => {
    const run = runWith(() => 0.1, PLANS_BY_PHASE_YEAR);
    expect(() => plansByPhaseCheck([{ label: 'x', result: run, year: PLANS_BY_PHASE_YEAR + 1 }])).toThrow(
      /no ehcp_mainstream_5_to_10 for 2022/,
    );
  });
});
