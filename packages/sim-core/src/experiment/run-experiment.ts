/**
 * Runs a scenario over replications and summarises the results, weighted back to national
 * figures (counts × 1/scale; money from pence to pounds × 1/scale).
 */

import { checkRunSize } from '../engine/run-size.js';
import { Simulation, type SimulationOutput } from '../engine/simulation.js';
import { simulationInput } from '../engine/simulation-input.js';
import type { ChildTrace } from '../engine/trace.js';
import { Calendar, financialYearStartOf } from '../foundation/calendar.js';
import { COST_KEYS, type CostKey, PAYERS, PUBLIC_PAYERS } from '../foundation/payers.js';
import {
  METRICS,
  type MetricDefinition,
  type MetricId,
  metricBounds,
} from '../metrics/metric-definitions.js';
import { cashPerReal } from '../scenario/price-base.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import { MODEL_VERSION } from '../version.js';
import type {
  CostRow,
  ExperimentResult,
  Progress,
  ReplicationResult,
  RunMeta,
  RunOptions,
  SeriesRow,
} from './experiment-types.js';
import { validateRunOptions } from './run-options.js';
import { estimate } from './statistics.js';

/** A replication's result, with how much the run did. */
export type WeightedReplication = ReplicationResult & {
  readonly childrenSimulated: number;
  readonly eventsProcessed: number;
};

/** One replication of `scenario`, weighted to national figures. */
export function runReplication(
  scenario: ResolvedScenario,
  options: RunOptions,
  replication: number,
  onProgress?: (done: number) => void,
): WeightedReplication {
  const input = simulationInput(scenario, options, replication);
  const out = new Simulation({ ...input, ...(onProgress === undefined ? {} : { onProgress }) }).run();
  return weighReplication(out, options, scenario.startDate);
}

/**
 * Cash per real pound in each month of the run (its financial year's GDP deflator ÷ the price
 * base's), or undefined for real prices.
 */
function cashFactorsByMonth(
  out: SimulationOutput,
  options: RunOptions,
  startDate: string | undefined,
): number[] | undefined {
  if ((options.prices ?? 'real') === 'real') return undefined;
  if (startDate === undefined) throw new Error("weighReplication: cash prices need the run's start date");
  const calendar = new Calendar(startDate);
  return out.monthStarts.map((day) => cashPerReal(financialYearStartOf(calendar.dateOf(day))));
}

/**
 * A replication's output weighted to national figures (however it was run: in one thread, or
 * split across threads by partition).
 */
export function weighReplication(
  out: SimulationOutput,
  options: RunOptions,
  startDate?: string,
): WeightedReplication {
  const weight = 1 / options.scale;
  const cash = cashFactorsByMonth(out, options, startDate);
  const metrics = {} as Record<MetricId, number[]>;
  const monthly = {} as Record<MetricId, number[]>;
  for (const def of METRICS) {
    const unweighted = def.kind === 'meanDays' || def.kind === 'share';
    metrics[def.id] = unweighted ? out.yearly[def.id] : out.yearly[def.id].map((v) => v * weight);
    monthly[def.id] = unweighted ? out.monthly[def.id] : out.monthly[def.id].map((v) => v * weight);
    if (cash !== undefined && (def as MetricDefinition).money === true) {
      // Cash: each month at its own financial year's prices; a flow's year is the sum of its
      // months, a stock (the cumulative deficit) is valued at its snapshot's prices.
      const months = monthly[def.id].map((v, m) => v * (cash[Math.min(m, cash.length - 1)] ?? 1));
      monthly[def.id] = months;
      metrics[def.id] =
        def.kind === 'stock'
          ? metrics[def.id].map((v, y) => v * (cash[Math.min(y * 12, cash.length - 1)] ?? 1))
          : metrics[def.id].map((_, y) => months.slice(y * 12, (y + 1) * 12).reduce((a, b) => a + b, 0));
    }
  }
  const costs = {} as Record<CostKey, number[]>;
  const total = new Array<number>(options.years).fill(0);
  PAYERS.forEach((payer, p) => {
    const row = out.costsByMonth[p]!;
    const yearly: number[] = [];
    for (let y = 0; y < options.years; y++) {
      let pence = 0;
      for (let m = y * 12; m < (y + 1) * 12; m++) pence += (row[m] ?? 0) * (cash?.[m] ?? 1);
      // Whole pounds per payer; the sums are sums of these, so tables always add up (and public
      // spending plus the cost to families is the total exactly: whole numbers add exactly).
      const pounds = Math.round((pence / 100) * weight);
      yearly.push(pounds);
      total[y]! += pounds;
    }
    costs[payer] = yearly;
  });
  costs.public = Array.from({ length: options.years }, (_, y) =>
    PUBLIC_PAYERS.reduce((sum, payer) => sum + costs[payer][y]!, 0),
  );
  costs.total = total;
  return {
    metrics,
    costs,
    monthly,
    childrenSimulated: out.childrenSimulated,
    eventsProcessed: out.eventsProcessed,
  };
}

/**
 * Run `scenario` for `options.replications` replications and summarise.
 *
 * @example
 * const result = runExperiment(resolveScenario(baselineFile), { seed: 1, replications: 5, years: 10, scale: 0.01 });
 */
export function runExperiment(
  scenario: ResolvedScenario,
  options: RunOptions,
  onProgress?: (progress: Progress) => void,
): ExperimentResult {
  validateRunOptions(options);
  checkRunSize(scenario, options, `${scenario.id}.json`);
  const replications: ReplicationResult[] = [];
  for (let rep = 0; rep < options.replications; rep++) {
    const report =
      onProgress === undefined
        ? undefined
        : (done: number) =>
            onProgress({
              replication: rep,
              replications: options.replications,
              done: (rep + done) / options.replications,
            });
    const { metrics, costs, monthly } = runReplication(scenario, options, rep, report);
    replications.push({ metrics, costs, monthly });
  }
  return summarise(scenario, options, replications);
}

/**
 * The one cost a scenario can drive below zero: LA high needs, when the ringfenced SEN money moved
 * out of it (`cost.senSupportRingfenced` × `ringfence.movedFromHighNeeds` a pupil on SEN support,
 * ledger/cost-model.ts) is more than the high-needs spending it is moved from. Such a file cannot
 * be run meaningfully, so it is refused, naming the field (the fuzz test found one: £10m a pupil).
 */
function refuseMoneyMovedBeyondHighNeeds(
  scenario: ResolvedScenario,
  replications: readonly ReplicationResult[],
  startYear: number,
): void {
  for (const r of replications) {
    const y = r.costs.laHighNeeds.findIndex((pounds) => pounds < 0);
    if (y < 0) continue;
    throw new ScenarioError(
      `${scenario.id}.json`,
      'parameters["cost.senSupportRingfenced"]',
      'ringfenced SEN money moved out of LA high needs (cost.senSupportRingfenced × ringfence.movedFromHighNeeds a pupil on SEN support) no more than the LA high-needs spending it is moved from',
      `LA high-needs spending of £${Math.round(r.costs.laHighNeeds[y]!).toLocaleString('en-GB')} in ${startYear + y}`,
    );
  }
}

/**
 * Summaries over replications (also used when replications run in parallel elsewhere): each
 * metric's interval within its bounds (`metricBounds`), costs never below zero.
 */
export function summarise(
  scenario: ResolvedScenario,
  options: RunOptions,
  replications: readonly ReplicationResult[],
): ExperimentResult {
  const startYear = Number(scenario.startDate.slice(0, 4));
  refuseMoneyMovedBeyondHighNeeds(scenario, replications, startYear);
  const years = Array.from({ length: options.years }, (_, y) => startYear + y);
  const series: SeriesRow[] = [];
  for (const def of METRICS) {
    const points = def.kind === 'stock' ? options.years + 1 : options.years;
    const bounds = metricBounds(def);
    for (let y = 0; y < points; y++) {
      series.push({
        metric: def.id,
        year: startYear + y,
        value: estimate(
          replications.map((r) => r.metrics[def.id]![y]!),
          bounds,
          `${def.id} in ${startYear + y}`,
        ),
      });
    }
  }
  const costs: CostRow[] = [];
  const totals: CostRow[] = [];
  for (const payer of COST_KEYS) {
    for (let y = 0; y < options.years; y++) {
      costs.push({
        payer,
        year: startYear + y,
        value: estimate(
          replications.map((r) => r.costs[payer][y]!),
          'nonNegative',
          `the cost to ${payer} in ${startYear + y}`,
        ),
      });
    }
    totals.push({
      payer,
      year: startYear,
      value: estimate(
        replications.map((r) => r.costs[payer].reduce((a, b) => a + b, 0)),
        'nonNegative',
      ),
    });
  }
  return { meta: runMeta(scenario, options), years, series, costs, totals, replications };
}

export function runMeta(scenario: ResolvedScenario, options: RunOptions): RunMeta {
  return {
    scenario: scenario.id,
    scenarioName: scenario.name,
    seed: options.seed,
    reps: options.replications,
    years: options.years,
    scale: options.scale,
    startDate: scenario.startDate,
    modelVersion: MODEL_VERSION,
    prices: options.prices ?? 'real',
  };
}

/**
 * One child's timeline in one replication of `scenario` (events, states, waits and costs by
 * payer). Ids are shared across scenarios, so the same id traced under a reform shows the
 * same child in the other system.
 */
export function traceChild(
  scenario: ResolvedScenario,
  options: Omit<RunOptions, 'replications'> & { readonly replication?: number },
  childId: number,
): ChildTrace {
  const out = runTracing(scenario, options, childId);
  if (out.trace === undefined) {
    throw new RangeError(
      `child ${childId}: expected an id from 0 to ${out.childrenSimulated - 1} (children simulated at this scale and seed), found ${childId}`,
    );
  }
  return out.trace;
}

/**
 * The run `traceChild` makes: replication `options.replication` (default 0) of `scenario`,
 * following child `childId`. Its `trace` is undefined for an id the run does not have.
 * `traceChildPair` makes the same run, so its traces are identical to `traceChild`'s.
 */
export function runTracing(
  scenario: ResolvedScenario,
  options: Omit<RunOptions, 'replications'> & { readonly replication?: number },
  childId: number,
  onProgress?: (done: number) => void,
): { readonly trace: ChildTrace | undefined; readonly childrenSimulated: number } {
  const out = new Simulation({
    ...simulationInput(scenario, options, options.replication ?? 0),
    traceChildId: childId,
    ...(onProgress === undefined ? {} : { onProgress }),
  }).run();
  return { trace: out.trace, childrenSimulated: out.childrenSimulated };
}
