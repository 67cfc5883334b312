/**
 * Councils' responses to tribunal powers and to high-needs budget pressure: the decision
 * parameters the journey reads (`councilParams`), the yearly pressure signal
 * (`HighNeedsPressure`), and what they do in a run driven by the engine's clock and fixed seeds.
 */
import {
  Calendar,
  COUNCIL_RESPONSE_PARAMETERS,
  councilParams,
  HighNeedsPressure,
  type Params,
  Simulation,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { baselineParamsWith, loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const with_ = baselineParamsWith;

describe('councils’ decision parameters', () => {
  it('are the scenario’s own under today’s tribunal powers with spending within funding', () => {
    // Equal to the scenario's own, but a copy: the guards that read them then meet one hidden
    // class all run, not the scenario's object at first and copies once pressure moves.
    const q = councilParams(baseline.params, 0);
    expect(q).toStrictEqual(baseline.params);
    expect(q).not.toBe(baseline.params);
  });

  it('concede in proportion to the tribunal’s deterrence and name cheaper placements as it weakens', () => {
    const p = with_({
      'la.tribunalDeterrence': 0.25,
      'la.cheaperPlacementShare': 0,
      'la.cheaperPlacementWithoutDeterrence': 0.4,
    });
    const q = councilParams(p, 0);
    expect(q['redress.laConcedes']).toBeCloseTo(0.25 * p['redress.laConcedes'], 12);
    expect(q['la.namesIndependentPreference']).toBeCloseTo(0.25 * p['la.namesIndependentPreference'], 12);
    expect(q['la.cheaperPlacementShare']).toBeCloseTo(0.4 * 0.75, 12);
    expect(q['la.assessProbability']).toBeCloseTo(p['la.assessProbability'], 12);
    expect(q['la.issueProbability']).toBe(p['la.issueProbability']);
  });

  it('refuse more, issue less and name cheaper placements as spending outgrows funding', () => {
    const p = with_({
      'la.pressureRefusalToAssess': 1,
      'la.pressureRefusalToIssue': 0.2,
      'la.pressureCheaperPlacement': 0.3,
    });
    const low = councilParams(p, 0.1);
    const high = councilParams(p, 0.5);
    expect(low['la.assessProbability']).toBeLessThan(p['la.assessProbability']);
    expect(high['la.assessProbability']).toBeLessThan(low['la.assessProbability']);
    expect(high['la.issueProbability']).toBeCloseTo(p['la.issueProbability'] * 0.9, 12);
    expect(high['la.cheaperPlacementShare']).toBeCloseTo(0.15, 12);
    // Concessions answer the tribunal, not the budget.
    expect(high['redress.laConcedes']).toBe(p['redress.laConcedes']);
    expect(high['la.namesIndependentPreference']).toBe(p['la.namesIndependentPreference']);
  });

  it('are all in the sensitivity analysis’s default set, with a range in the baseline', () => {
    for (const key of COUNCIL_RESPONSE_PARAMETERS) {
      const record = baseline.records[key];
      expect(record.range[0], key).toBeLessThan(record.range[1]);
    }
  });
});

describe('high-needs budget pressure', () => {
  const calendar = new Calendar('2023-01-01');
  const monthOfYear = (m: number) => Number(calendar.dateOf(calendar.dayOf(2023, m, 1)).slice(5, 7)) - 1;
  const p = with_({ 'la.highNeedsFundingGrowth': 0.05 });

  it('is set each April from the second year on, against the first year grown at the funding rate', () => {
    const pressure = new HighNeedsPressure(monthOfYear, 0);
    // £1m a month in the first calendar year, then 10% more each year.
    const spent = (k: number) => 100e6 * 1.1 ** Math.floor(k / 12);
    expect(pressure.update(15, spent, p)).toBe(false); // April of the second year: one year only
    expect(pressure.update(26, spent, p)).toBe(false); // March
    expect(pressure.update(27, spent, p)).toBe(true); // April 2025
    // The 12 months before April 2025: April–December 2024 at 1.1, January–March 2025 at 1.21,
    // against 12 months' first-year spending grown for 15 months.
    const recent = 9 * 1.1 + 3 * 1.21;
    const funded = 12 * 1.05 ** (15 / 12);
    expect(pressure.excess).toBeCloseTo(recent / funded - 1, 9);
    expect(pressure.overFundingPence).toBeCloseTo((recent - funded) * 100e6, 0);
  });

  it('starts at the excess councils carry at the start date, which the funded level is below', () => {
    const pressure = new HighNeedsPressure(monthOfYear, 0.2);
    expect(pressure.excess).toBe(0.2);
    const spent = () => 100e6;
    expect(pressure.update(15, spent, p)).toBe(false);
    expect(pressure.excess).toBe(0.2);
    // Flat spending, 20% above a level that then grows 5% a year for 15 months.
    expect(pressure.update(27, spent, p)).toBe(true);
    expect(pressure.excess).toBeCloseTo(1.2 / 1.05 ** (15 / 12) - 1, 9);
  });

  it('is zero while spending stays within funding', () => {
    const pressure = new HighNeedsPressure(monthOfYear, 0);
    expect(pressure.update(27, () => 100e6, p)).toBe(true);
    expect(pressure.excess).toBe(0);
    expect(pressure.overFundingPence).toBeLessThan(0);
  });
});

function run(params: Params) {
  return new Simulation({
    params,
    startDate: baseline.startDate,
    seed: 4,
    replication: 0,
    years: 8,
    scale: 0.005,
  }).run();
}
const total = (series: readonly number[]) => series.reduce((a, b) => a + b, 0);

describe('councils’ responses in a run', () => {
  const today = run(baseline.params);
  const undeterred = run(with_({ 'la.tribunalDeterrence': 0.25 }));
  const noGatekeeping = run(
    with_({
      'la.pressureRefusalToAssess': 0,
      'la.pressureRefusalToIssue': 0,
      'la.pressureCheaperPlacement': 0,
    }),
  );

  it('concede fewer appeals and place fewer children in independent schools when the tribunal deters less', () => {
    expect(total(undeterred.yearly.appeals_conceded)).toBeLessThan(
      0.5 * total(today.yearly.appeals_conceded),
    );
    expect(total(undeterred.yearly.independent_placements)).toBeLessThan(
      total(today.yearly.independent_placements),
    );
    expect(total(undeterred.yearly.unmet_need_child_years)).toBeGreaterThan(
      total(today.yearly.unmet_need_child_years),
    );
  });

  it('leave more need unmet when they name cheaper placements for need that calls for a specialist one', () => {
    const cheaper = run(with_({ 'la.cheaperPlacementShare': 0.3 }));
    // Fewer children in special schools. (Not necessarily fewer independent placements: once few
    // wait for a state place, few fall back to an independent one, and most independent places
    // are a preference named or won, which the cheaper band does not touch.)
    expect(total(cheaper.yearly.ehcp_in_special_school)).toBeLessThan(
      total(today.yearly.ehcp_in_special_school),
    );
    expect(total(cheaper.yearly.unmet_need_child_years)).toBeGreaterThan(
      total(today.yearly.unmet_need_child_years),
    );
  });

  it('feel pressure as high-needs spending outgrows funding, and refuse more because of it', () => {
    const over = today.yearly.high_needs_over_funding;
    expect(over.slice(0, 3).every((x) => x === 0)).toBe(true); // no signal before April of year 3
    expect(over[over.length - 1]!).toBeGreaterThan(0);
    expect(total(today.yearly.requests_refused)).toBeGreaterThan(
      total(noGatekeeping.yearly.requests_refused),
    );
    expect(total(today.yearly.new_plans_issued)).toBeLessThan(total(noGatekeeping.yearly.new_plans_issued));
  });
});
