/**
 * Delivery costs booked by real runs (issue 11, requirement 2): for every lever that declares
 * any, a reform with that lever set books, to the declared payer, exactly the declared money ×
 * the months it runs ÷ 12 (weighted back to England), and nothing to anyone else; the ledger
 * still sums exactly (children + capital + delivery = the months); and ringfencing moves money
 * from LA high needs to schools without adding to public spending.
 */
import {
  type BaselineScenarioFile,
  Calendar,
  LEVERS,
  type LeverDefinition,
  type LeverSetting,
  MONEY_PARAMETERS,
  PAYER_COUNT,
  PAYER_INDEX,
  PAYERS,
  PLACE_CAPITAL,
  RelativePrices,
  type ResolvedScenario,
  resolveScenario,
  runExperiment,
  type ScheduledDeliveryCost,
  Simulation,
  simulationInput,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, readScenario } from './load-scenario.js';

const baselineFile = readScenario('baseline') as BaselineScenarioFile;
const YEARS = 8; // 2023–2030: covers the White Paper's phases from September 2026 and 2027
const OPTIONS = { seed: 3, replications: 1, years: YEARS, scale: 0.0005 };

function reformWith(lever: string, setting: LeverSetting): ResolvedScenario {
  return resolveScenario(
    {
      kind: 'reform',
      id: `only-${lever}`,
      name: lever,
      description: 'one lever',
      baseline: 'baseline',
      levers: { [lever]: setting },
    },
    baselineFile,
  );
}

/** A setting of `lever` that brings delivery costs (the largest number, or the first such choice). */
function costedSetting(lever: LeverDefinition): LeverSetting {
  const s = lever.settings;
  if (s.kind === 'number') return s.max;
  const wanted = lever.deliveryCosts?.[0]?.settings;
  return s.values.find((v) => v !== s.default && (wanted === undefined || wanted.includes(v)))!;
}

/** Months of the run (from 2023-01-01) a scheduled cost is paid in, computed from its declaration. */
function monthsPaid(item: ScheduledDeliveryCost): number {
  if (item.timing === 'oneOff') return 12; // the whole sum, once
  const [y, m] = (item.from ?? '2023-01-01').split('-').map(Number) as [number, number];
  const first = (y - 2023) * 12 + (m - 1);
  const last = item.years === undefined ? YEARS * 12 : Math.min(YEARS * 12, first + item.years * 12);
  return Math.max(0, last - Math.max(0, first));
}

/**
 * `monthsPaid` with each month weighted by the cost's relative price factor in its financial
 * year (issue 11, requirement 4: a cost that follows EP pay, say, moves against the deflator).
 */
function pricedMonthsPaid(item: ScheduledDeliveryCost, params: ResolvedScenario['params']): number {
  const prices = new RelativePrices(params, 2022, 2031);
  const k = MONEY_PARAMETERS.indexOf(item.cost);
  const factor = (month: number) => {
    const year = 2023 + Math.floor(month / 12);
    return prices.factorAt(k, month % 12 >= 3 ? year : year - 1);
  };
  const [y, m] = (item.from ?? '2023-01-01').split('-').map(Number) as [number, number];
  const first = (y - 2023) * 12 + (m - 1);
  if (item.timing === 'oneOff') return 12 * factor(Math.max(0, first));
  const last = item.years === undefined ? YEARS * 12 : Math.min(YEARS * 12, first + item.years * 12);
  let total = 0;
  for (let month = Math.max(0, first); month < last; month++) total += factor(month);
  return total;
}

const totalByPayer = (scenario: ResolvedScenario) => {
  const result = runExperiment(scenario, OPTIONS);
  const costs = result.replications[0]!.costs;
  return Object.fromEntries(PAYERS.map((p) => [p, costs[p].reduce((a, b) => a + b, 0)])) as Record<
    (typeof PAYERS)[number],
    number
  >;
};

describe('levers’ delivery costs in a run', () => {
  const costed = LEVERS.filter((lever) => (lever.deliveryCosts ?? []).length > 0);

  it('there are levers with delivery costs to test', () => {
    expect(costed.map((l) => l.id).sort()).toEqual(
      [
        'inclusiveMainstream',
        'inspectionAccountability',
        'lenehanRecommendations',
        'minimumServiceStandards',
        'whitePaper2026',
        'workforceStrategy',
        'independentAdvice',
        'transparencyAndCoproduction',
        'shortBreaksAndCoproduction',
      ].sort(),
    );
  });

  it.each(costed.map((lever) => [lever.id, lever] as const))(
    '%s books its declared delivery costs to the declared payers, and nothing else',
    (_id, lever) => {
      const reform = reformWith(lever.id, costedSetting(lever));
      expect(reform.deliveryCosts.length).toBeGreaterThan(0);
      const withCosts = totalByPayer(reform);
      const without = totalByPayer({ ...reform, deliveryCosts: [] });
      const expected = Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<string, number>;
      let months = 0;
      for (const item of reform.deliveryCosts) {
        expected[item.payer]! +=
          (reform.params[item.cost] * item.units * pricedMonthsPaid(item, reform.params)) / 12;
        months += item.timing === 'oneOff' ? 1 : monthsPaid(item);
      }
      for (const payer of PAYERS) {
        // Whole pence per month at the run's scale (½p each, × 1/scale) and whole pounds a year.
        const tolerance = (months * 0.005) / OPTIONS.scale + YEARS;
        expect(
          Math.abs(withCosts[payer] - without[payer] - expected[payer]!),
          `${lever.id}: ${payer}`,
        ).toBeLessThanOrEqual(tolerance);
        if (expected[payer] === 0) expect(withCosts[payer], payer).toBe(without[payer]);
      }
    },
  );

  it('the ledger sums exactly: children’s costs, capital and delivery costs add up to the months, payer by payer', () => {
    const scenario = loadScenario('nnpcf-asks');
    const calendar = new Calendar(scenario.startDate);
    expect(calendar.startYear).toBe(2023);
    const sim = new Simulation({
      ...simulationInput(scenario, { ...OPTIONS, years: 4 }, 0),
      childCosts: true,
    });
    const out = sim.run();
    const delivery = out.deliveryByMonth.flat().reduce((a, b) => a + b, 0);
    expect(delivery).toBeGreaterThan(0);
    for (let p = 0; p < PAYER_COUNT; p++) {
      const byMonth = out.costsByMonth[p]!.reduce((a, b) => a + b, 0);
      let byChild = 0;
      for (const child of sim.children()) byChild += sim.childCosts(child.id)[p]!;
      const capital =
        p === PAYER_INDEX[PLACE_CAPITAL.payer] ? out.capitalByMonth.reduce((a, b) => a + b, 0) : 0;
      const deliveryHere = out.deliveryByMonth[p]!.reduce((a, b) => a + b, 0);
      expect(byChild + capital + deliveryHere, PAYERS[p]).toBe(byMonth);
    }
  });
});

describe('ringfencing in a run', () => {
  it('moves money from LA high needs to schools: public spending is unchanged by the move itself', () => {
    const moved = reformWith('ringfencedMainstreamFunding', 'ringfenced');
    // The same reform with nothing ringfenced: only the money differs, so behaviour is identical.
    const none = { ...moved, params: { ...moved.params, 'cost.senSupportRingfenced': 0 } };
    const a = totalByPayer(moved);
    const b = totalByPayer(none);
    expect(a.school - b.school).toBeGreaterThan(0);
    // Whole pounds a year per payer: the two moves cancel to within the yearly rounding.
    expect(Math.abs(a.school - b.school + (a.laHighNeeds - b.laHighNeeds))).toBeLessThanOrEqual(2 * YEARS);
    for (const payer of PAYERS)
      if (payer !== 'school' && payer !== 'laHighNeeds') expect(a[payer]).toBe(b[payer]);
    // The high-needs block still pays what it moves: the DSG account and its deficit are unchanged by the move.
    const dsg = (scenario: ResolvedScenario) => runExperiment(scenario, OPTIONS).replications[0]!.metrics;
    const [x, y] = [dsg(moved), dsg(none)];
    expect(x.high_needs_spending).toEqual(y.high_needs_spending);
    expect(x.dsg_deficit_cumulative).toEqual(y.dsg_deficit_cumulative);
  });

  it('adds new money only when the scenario says so', () => {
    const added = reformWith('ringfencedMainstreamFunding', 'ringfencedNewMoney');
    const none = { ...added, params: { ...added.params, 'cost.senSupportRingfenced': 0 } };
    const a = totalByPayer(added);
    const b = totalByPayer(none);
    expect(a.school - b.school).toBeGreaterThan(0);
    expect(a.laHighNeeds).toBe(b.laHighNeeds);
  });
});
