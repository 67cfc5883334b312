/**
 * Distance from home and residential placements (issue 15, requirements 1 and 5): a child's
 * distance is a fixed hash of its id, not a random draw, so the kinds nest as shares change and
 * the baseline's dynamics do not move; home-to-school transport follows setting and distance and
 * is booked to the council's own budget (LA other), never the high-needs block, so it changes
 * nothing councils do; a residential placement's care and health shares go to their payers.
 */
import {
  distanceShares,
  HOME_TO_SCHOOL_TRANSPORT,
  LEDGER_COLUMNS,
  localAreaOf,
  PAYER_COUNT,
  PAYER_INDEX,
  type Params,
  PLACEMENT_DISTANCES,
  placementDistanceOf,
  RESIDENTIAL_HEALTH,
  RESIDENTIAL_SOCIAL_CARE,
  runningCosts,
  type SettingName,
  Simulation,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const p = baseline.params;
const [LOCAL, OUT_OF_AREA_DAY, RESIDENTIAL_WEEKLY, RESIDENTIAL_52_WEEK] = [0, 1, 2, 3];
const IDS = Array.from({ length: 200_000 }, (_, i) => i);

function shareOf(distance: number, setting: SettingName, params: Params): number {
  const shares = distanceShares(params);
  return IDS.filter((id) => placementDistanceOf(id, setting, true, shares) === distance).length / IDS.length;
}

describe('distance from home', () => {
  it('gives each setting the shares its parameters say, within sampling error', () => {
    expect(PLACEMENT_DISTANCES).toEqual(['local', 'outOfAreaDay', 'residentialWeekly', 'residential52Week']);
    const residential = p['placement.residentialShareIndependent'];
    const fiftyTwo = p['placement.fiftyTwoWeekShare'];
    expect(shareOf(OUT_OF_AREA_DAY, 'maintainedSpecial', p)).toBeCloseTo(
      p['placement.outOfAreaShareMaintained'],
      2,
    );
    expect(shareOf(RESIDENTIAL_WEEKLY, 'maintainedSpecial', p)).toBe(0);
    expect(shareOf(RESIDENTIAL_WEEKLY, 'independentSpecial', p)).toBeCloseTo(residential * (1 - fiftyTwo), 2);
    expect(shareOf(RESIDENTIAL_52_WEEK, 'independentSpecial', p)).toBeCloseTo(residential * fiftyTwo, 2);
    expect(shareOf(OUT_OF_AREA_DAY, 'independentSpecial', p)).toBeCloseTo(
      p['placement.outOfAreaShareIndependent'] - residential,
      2,
    );
    // No plan, or a setting other than a special school: local, whatever the hash.
    const shares = distanceShares(p);
    for (const id of IDS.slice(0, 2000)) {
      expect(placementDistanceOf(id, 'independentSpecial', false, shares)).toBe(LOCAL);
      expect(placementDistanceOf(id, 'mainstream', true, shares)).toBe(LOCAL);
    }
  });

  it('is independent of the local area group (a different hash)', () => {
    const shares = distanceShares(p);
    const perGroup = Array.from({ length: 10 }, () => [0, 0]);
    for (const id of IDS) {
      const g = perGroup[localAreaOf(id, 10)]!;
      g[0]! += placementDistanceOf(id, 'independentSpecial', true, shares) === LOCAL ? 0 : 1;
      g[1]! += 1;
    }
    for (const [out, all] of perGroup)
      expect(out! / all!).toBeCloseTo(p['placement.outOfAreaShareIndependent'], 1);
  });

  it('nests: a larger out-of-area or residential share only adds children at its margin', () => {
    fc.assert(
      fc.property(
        fc.nat(0x7fffffff),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (id, a, b, r) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const at = (outOfArea: number, residential: number) =>
            placementDistanceOf(id, 'independentSpecial', true, {
              maintainedOutOfArea: outOfArea,
              independentOutOfArea: outOfArea,
              independentResidential: Math.min(residential, outOfArea),
              fiftyTwoWeek: 0.1,
            });
          // Out of area at the smaller share ⇒ out of area at the larger.
          if (at(lo, r * lo) !== LOCAL) expect(at(hi, r * lo)).not.toBe(LOCAL);
          // Residential at the smaller residential share ⇒ residential at the larger.
          if (at(1, lo) >= RESIDENTIAL_WEEKLY) expect(at(1, hi)).toBeGreaterThanOrEqual(RESIDENTIAL_WEEKLY);
        },
      ),
      { seed: 41, numRuns: 2000 },
    );
  });
});

describe('the cost of a placement by distance', () => {
  const costs = (setting: SettingName, distance: number, params: Params = p) => {
    const out = new Float64Array(LEDGER_COLUMNS);
    runningCosts('plan', true, setting, false, true, params, out, distance);
    return out;
  };

  it('books transport to LA other only, noted in the transport memo, by setting and distance', () => {
    const laOther = PAYER_INDEX.laOther;
    expect(costs('maintainedSpecial', LOCAL)[laOther]).toBe(p['cost.transportSpecialLocal']);
    expect(costs('maintainedSpecial', OUT_OF_AREA_DAY)[laOther]).toBe(p['cost.transportOutOfArea']);
    expect(costs('independentSpecial', RESIDENTIAL_52_WEEK)[laOther]).toBe(p['cost.transportResidential']);
    expect(costs('mainstream', LOCAL)[laOther]).toBe(p['cost.transportMainstreamPlan']);
    expect(costs('furtherEducation', LOCAL)[laOther]).toBe(0);
    for (const setting of [
      'mainstream',
      'resourcedProvision',
      'maintainedSpecial',
      'independentSpecial',
    ] as const)
      for (let d = 0; d < PLACEMENT_DISTANCES.length; d++) {
        const out = costs(setting, d);
        expect(out[HOME_TO_SCHOOL_TRANSPORT]).toBe(out[laOther]);
      }
  });

  it('changes only transport and residential care and health with distance: high needs pays the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SettingName>('maintainedSpecial', 'independentSpecial'),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (setting, distance, care, health) => {
          const params = {
            ...p,
            'placement.residentialCareShare': care,
            'placement.residentialHealthShare': health,
          } as Params;
          const local = costs(setting, LOCAL, params);
          const here = costs(setting, distance, params);
          const extra =
            setting !== 'independentSpecial'
              ? 0
              : distance === RESIDENTIAL_WEEKLY
                ? p['cost.residentialWeeklyExtra']
                : distance === RESIDENTIAL_52_WEEK
                  ? p['cost.residential52WeekExtra']
                  : 0;
          for (let payer = 0; payer < PAYER_COUNT; payer++) {
            const moved = here[payer]! - local[payer]!;
            if (payer === PAYER_INDEX.laOther)
              expect(moved).toBeCloseTo(
                here[HOME_TO_SCHOOL_TRANSPORT]! - local[HOME_TO_SCHOOL_TRANSPORT]!,
                6,
              );
            else if (payer === PAYER_INDEX.socialCare) expect(moved).toBeCloseTo(extra * care, 6);
            else if (payer === PAYER_INDEX.health) expect(moved).toBeCloseTo(extra * health, 6);
            else expect(moved).toBe(0);
          }
          // The memos say what of it is the residential placement's.
          expect(here[RESIDENTIAL_SOCIAL_CARE]).toBeCloseTo(extra * care, 6);
          expect(here[RESIDENTIAL_HEALTH]).toBeCloseTo(extra * health, 6);
        },
      ),
      { seed: 43, numRuns: 300 },
    );
  });
});

describe('in a run', () => {
  const run = (params: Params) =>
    new Simulation({
      params,
      startDate: baseline.startDate,
      seed: 3,
      replication: 0,
      scale: 0.002,
      years: 4,
    }).run();

  it('counts residential placements within independent special schools, and out-of-area placements beyond them', () => {
    const out = run(p);
    const independent = out.monthly.ehcp_in_independent_special;
    const residential = out.monthly.residential_placements;
    const outOfArea = out.monthly.placements_out_of_area;
    const special = out.monthly.ehcp_in_special_school;
    let months = 0;
    for (let m = 0; m < independent.length; m++) {
      expect(residential[m]!).toBeLessThanOrEqual(independent[m]!);
      expect(out.monthly.residential_placements_52_week[m]!).toBeLessThanOrEqual(residential[m]!);
      expect(outOfArea[m]!).toBeGreaterThanOrEqual(residential[m]!);
      expect(outOfArea[m]!).toBeLessThanOrEqual(special[m]!);
      // Simulated children (not weighted to England): about 0.18 of 50 or more, give or take sampling.
      if (independent[m]! >= 50) {
        months++;
        expect(residential[m]! / independent[m]!).toBeGreaterThan(0.05);
        expect(residential[m]! / independent[m]!).toBeLessThan(0.4);
      }
    }
    expect(months).toBeGreaterThan(0);
    // Transport is part of LA other, every month.
    const transport = out.monthly.home_to_school_transport;
    expect(transport.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    transport.forEach((pounds, m) => {
      const laOther = out.costsByMonth[PAYER_INDEX.laOther]![m]! / 100;
      expect(pounds).toBeLessThanOrEqual(laOther + 1e-6);
    });
    // Residential care and health are part of their payers' costs, and there are some.
    for (const [metric, payer] of [
      ['residential_placement_social_care', 'socialCare'],
      ['residential_placement_health', 'health'],
    ] as const) {
      const series = out.monthly[metric];
      expect(
        series.reduce((a, b) => a + b, 0),
        metric,
      ).toBeGreaterThan(0);
      series.forEach((pounds, m) => {
        expect(pounds).toBeLessThanOrEqual(out.costsByMonth[PAYER_INDEX[payer]]![m]! / 100 + 1e-6);
      });
    }
  });

  it('counts, at the run’s last month start, exactly the children the hash places out of area or residentially', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 3 }), (seed, years) => {
        const sim = new Simulation({
          params: p,
          startDate: baseline.startDate,
          seed,
          replication: 0,
          scale: 0.001,
          years,
        });
        const out = sim.run();
        const setting = sim.layout.setting;
        const names = ['maintainedSpecial', 'independentSpecial'] as const;
        const leaves = names.map((n) => sim.journey.leafIndex(setting, n));
        const shares = distanceShares(p);
        let residential = 0;
        let outOfArea = 0;
        for (const child of sim.children()) {
          const k = leaves.indexOf(child.leaves[setting]!);
          if (!child.active || child.context.supportLevel !== 'plan' || k < 0) continue;
          const d = placementDistanceOf(child.id, names[k]!, true, shares);
          if (d >= RESIDENTIAL_WEEKLY) residential++;
          if (d !== LOCAL) outOfArea++;
        }
        expect(out.monthly.residential_placements.at(-1)).toBe(residential);
        expect(out.monthly.placements_out_of_area.at(-1)).toBe(outOfArea);
      }),
      { seed: 47, numRuns: 6 },
    );
  });

  it('leaves what councils and families do unchanged when transport costs ten times as much (not high-needs money)', () => {
    const dearer = { ...p } as Record<string, number>;
    for (const key of [
      'cost.transportMainstreamPlan',
      'cost.transportSpecialLocal',
      'cost.transportOutOfArea',
      'cost.transportResidential',
    ])
      dearer[key] = p[key as keyof Params] * 10;
    const a = run(p);
    const b = run(dearer as Params);
    for (const metric of [
      'ehcp_stock_all_ages',
      'requests_refused',
      'independent_placements',
      'high_needs_spending',
    ] as const)
      expect(b.monthly[metric], metric).toEqual(a.monthly[metric]);
    const total = (o: typeof a) => o.monthly.home_to_school_transport.reduce((x, y) => x + y, 0);
    expect(total(b)).toBeGreaterThan(9 * total(a));
  });
});
