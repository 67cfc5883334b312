/**
 * The baseline's mix of primary needs against the school census (pupils with SEN in school by area
 * of need) and SEN2 (plans by primary need), at the start of a 12-year projection and at its end
 * (sim-core's need-mix.ts, the check `sendsim calibrate` prints). The parameters that set the mix
 * (need.arisingShare.*, provision.senSupportByNeed.*) were estimated from these figures once,
 * not fitted; this test says whether the baseline still reproduces them, and whether its plans
 * keep SEN2's mix as the plans at the start give way to the ones the run issues.
 *
 * Before model 0.23.0 new needs arose in the plans' mix: autism was 34.7% of the model's pupils
 * with SEN against the census's 11.7%, and SpLD 2.5% against 12.5%.
 */
import {
  needMixCheck,
  PUBLISHED_NEED_SHARES,
  runExperiment,
  withinNeedShareTolerance,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('the mix of primary needs', () => {
  it('is within tolerance of the census and SEN2 at the start of the baseline and twelve years on', () => {
    const result = runExperiment(loadScenario('baseline'), {
      seed: 1,
      replications: 4,
      years: 12,
      scale: 0.01,
    });
    const rows = needMixCheck(result);
    expect(rows.map((r) => r.metric)).toEqual(PUBLISHED_NEED_SHARES.map((r) => r.metric));
    for (const row of rows) {
      expect(row.years).toEqual([2023, 2035]);
      expect(
        row.within,
        `${row.metric}: model ${row.model.map((m) => (m * 100).toFixed(1)).join(' and ')}%, published ${(row.share * 100).toFixed(1)}%`,
      ).toBe(true);
    }
  });

  it('flags a share outside its tolerance in either year', () => {
    const published = new Map(PUBLISHED_NEED_SHARES.map((r) => [r.metric as string, r.share]));
    const share = (metric: string) => published.get(metric)!;
    // Stocks whose shares are exactly the published ones: the areas of need hold the needs
    // published within them, and the unpublished stocks share what is left of each group.
    const pupilsLeft =
      1 - share('pupils_with_sen_ASD') - share('pupils_with_sen_SLCN') - share('pupils_with_sen_semh');
    const cognition = share('pupils_with_sen_MLD') + share('pupils_with_sen_SpLD');
    const pupils: Record<string, number> = {
      pupils_with_sen_ASD: share('pupils_with_sen_ASD'),
      pupils_with_sen_SLCN: share('pupils_with_sen_SLCN'),
      pupils_with_sen_MLD: share('pupils_with_sen_MLD'),
      pupils_with_sen_SpLD: share('pupils_with_sen_SpLD'),
      pupils_with_sen_communication: share('pupils_with_sen_ASD') + share('pupils_with_sen_SLCN'),
      pupils_with_sen_cognition: cognition,
      pupils_with_sen_semh: share('pupils_with_sen_semh'),
      pupils_with_sen_sensory_physical: (pupilsLeft - cognition) / 2,
      pupils_with_sen_other_need: (pupilsLeft - cognition) / 2,
    };
    const plansLeft =
      1 - PUBLISHED_NEED_SHARES.filter((r) => r.of === 'plans').reduce((s, r) => s + r.share, 0);
    const plans = Object.fromEntries(
      ['ASD', 'SLCN', 'SEMH', 'MLD', 'SpLD', 'SLD', 'PMLD', 'PD', 'HI', 'VI', 'MSI', 'OTH'].map((n) => [
        `ehcp_need_${n}`,
        published.get(`ehcp_need_${n}`) ?? plansLeft / 6,
      ]),
    );
    const exact: Record<string, number> = { ...pupils, ...plans };
    const series = (times: (metric: string, year: number) => number) =>
      [2023, 2035].flatMap((year) =>
        Object.entries(exact).map(([metric, x]) => ({
          metric,
          year,
          value: { mean: 1000 * x * times(metric, year), lo: 0, hi: 0 },
        })),
      ) as unknown as Parameters<typeof needMixCheck>[0]['series'];
    for (const row of needMixCheck({ series: series(() => 1) })) {
      expect(row.model[0], row.metric).toBeCloseTo(row.share, 10);
      expect(row.model[1], row.metric).toBeCloseTo(row.share, 10);
      expect(row.within).toBe(true);
    }
    // Plans for autism drift to half as many again by the end: that row fails, and so do the shares
    // it crowds out; the pupils' rows do not move.
    const drifted = needMixCheck({
      series: series((m, y) => (m === 'ehcp_need_ASD' && y === 2035 ? 1.5 : 1)),
    });
    const row = (metric: string) =>
      drifted.find(
        (r) => r.metric === metric && r.of === (metric.startsWith('ehcp') ? 'plans' : 'pupilsWithSen'),
      )!;
    expect(row('ehcp_need_ASD').within).toBe(false);
    expect(row('ehcp_need_SLCN').within).toBe(false);
    expect(row('pupils_with_sen_semh').within).toBe(true);
    expect(withinNeedShareTolerance(0.2, 0.175)).toBe(false);
    expect(withinNeedShareTolerance(0.19, 0.175)).toBe(true);
    expect(withinNeedShareTolerance(0.032, 0.023)).toBe(true);
    expect(withinNeedShareTolerance(0.034, 0.023)).toBe(false);
  });
});
