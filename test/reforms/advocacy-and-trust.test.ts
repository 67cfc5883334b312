/**
 * Direction tests for the levers of issue 15 (independent advice; transparency and
 * co-production), paired with the baseline by common random numbers at a small scale, as
 * direction.test.ts does for the whole library, plus what that file cannot say: who gains
 * (families with least and most advocacy capacity), who pays (the payers the levers name), and
 * that the new mechanisms' effect sizes change nothing while their reach and share stay at the
 * baseline's 0.
 *
 * Workload: four runs of 6 replications over 8 years at scale 0.01 (about 20 s of CPU, 40 s of wall
 * time on the project's 2-core machine under load), so it is in the `model` project (vitest.config.ts).
 */
import {
  type BaselineScenarioFile,
  compareExperiments,
  type ExperimentResult,
  type PairedDifference,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
} from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, readScenario } from '../sim-core/load-scenario.js';

// At 0.003 the low group's rise (about 5%) is inside the noise; at 1% it is clear.
const OPTIONS = { seed: 1, replications: 6, years: 8, scale: 0.01 } as const;

let baseline: ExperimentResult;

beforeAll(() => {
  baseline = runExperiment(loadScenario('baseline'), OPTIONS);
});

function difference(reform: ExperimentResult, metric: string): PairedDifference {
  const d = compareExperiments(baseline, reform).differences.find((x) => x.metric === metric);
  if (d === undefined) throw new Error(`no metric ${metric} in the comparison`);
  return d;
}

function words(d: PairedDifference): string {
  const { mean, lo, hi } = d.difference;
  return `${d.metric}: baseline ${d.baseline.mean.toPrecision(4)}, difference ${mean.toPrecision(3)} [${lo.toPrecision(3)}, ${hi.toPrecision(3)}]`;
}

describe('independent advice and parent carer forums', () => {
  let advice: ExperimentResult;
  beforeAll(() => {
    advice = runExperiment(loadScenario('independent-advice'), OPTIONS);
  });

  it('narrows the appeal gap: families with less capacity appeal more, those with more about as before', () => {
    const low = difference(advice, 'appeals_low_advocacy');
    const high = difference(advice, 'appeals_high_advocacy');
    expect(low.difference.lo, words(low)).toBeGreaterThan(0);
    const lowChange = low.difference.mean / low.baseline.mean;
    const highChange = high.difference.mean / high.baseline.mean;
    // Advice leaves families at or above the average as they were; their appeals move only through
    // shared queues and councils' budgets, far less than the low group's rise (model 0.15.1: +6.8%
    // against +0.7%; 0.16.0, whose refit has more appeals of every kind: +4.0% against +0.3%).
    expect(Math.abs(highChange), words(high)).toBeLessThan(0.03);
    expect(lowChange - highChange, `${words(low)}; ${words(high)}`).toBeGreaterThan(0.025);
    expect(lowChange, `${words(low)}; ${words(high)}`).toBeGreaterThan(4 * Math.abs(highChange));
    const gapBefore = high.baseline.mean - low.baseline.mean;
    const gapAfter = high.baseline.mean + high.difference.mean - (low.baseline.mean + low.difference.mean);
    expect(gapAfter).toBeLessThan(gapBefore);
  });

  it('costs money to the payers it names: advisers to LA other, forum grants to the DfE', () => {
    const scheduled = loadScenario('independent-advice').deliveryCosts;
    expect(scheduled.map((c) => [c.payer, c.cost, c.units])).toEqual([
      ['laOther', 'delivery.sendiassFte', 459],
      ['dfe', 'delivery.parentCarerForumGrant', 153],
    ]);
    const laOther = difference(advice, 'cost_laOther');
    expect(laOther.difference.lo, words(laOther)).toBeGreaterThan(0);
  });
});

describe('transparency and co-production', () => {
  let coproduced: ExperimentResult;
  beforeAll(() => {
    coproduced = runExperiment(loadScenario('transparency-and-coproduction'), OPTIONS);
  });

  it('lowers appeals and mediations, and keeps trust: fewer requests from families who have lost it', () => {
    for (const metric of ['appeals_registered', 'mediations_held', 'requests_low_trust']) {
      const d = difference(coproduced, metric);
      expect(d.difference.hi, words(d)).toBeLessThan(0);
    }
  });

  it('costs LA officer time in proportion to the share of decisions co-produced', () => {
    const scheduled = loadScenario('transparency-and-coproduction').deliveryCosts;
    expect(scheduled.map((c) => [c.payer, c.cost, c.units])).toEqual([
      ['laOther', 'delivery.coproductionAllDecisions', 0.8],
    ]);
    // With short breaks and co-production too, only the rise above its share is booked.
    const nnpcf = loadScenario('nnpcf-asks').deliveryCosts.filter(
      (c) => c.cost === 'delivery.coproductionAllDecisions',
    );
    expect(nnpcf.map((c) => [c.lever, c.units])).toEqual([
      ['shortBreaksAndCoproduction', 0.6],
      ['transparencyAndCoproduction', 0.8 - 0.6],
    ]);
  });
});

describe('the baseline with the new mechanisms at their defaults', () => {
  it('is unchanged, bit for bit, whatever their effect sizes while reach and share are 0', () => {
    const assumption = { range: [0, 1] as [number, number], unit: 'share', assumption: 'test' };
    const file: ReformScenarioFile = {
      kind: 'reform',
      id: 'effect-sizes-only',
      name: 'Effect sizes without reach or share',
      description: 'Test',
      baseline: 'baseline',
      levers: {},
      parameters: {
        'advice.gapClosedWhenAdvised': { value: 0.9, ...assumption },
        'coproduction.trustLossAvoided': { value: 0.9, ...assumption },
        'coproduction.appealsAvoided': { value: 0.9, ...assumption },
      },
    };
    const sizes = runExperiment(
      resolveScenario(file, readScenario('baseline') as BaselineScenarioFile),
      OPTIONS,
    );
    expect(sizes.replications).toEqual(baseline.replications);
    expect(sizes.series).toEqual(baseline.series);
    expect(sizes.totals).toEqual(baseline.totals);
  });
});
