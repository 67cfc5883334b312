/**
 * The draws of a probabilistic sensitivity analysis (PSA): every parameter the baseline file
 * records with a plausible range, sampled together. A seeded Latin hypercube of the unit cube
 * (one draw per stratum of each parameter), rearranged by Iman–Conover to the rank correlations
 * the file lists (if any), then mapped through each parameter's distribution (uniform by
 * default, or triangular with its mode at the file's value); a parameter measured in years
 * (e.g. the year a deficit is written off) takes whole years only.
 *
 * Held at the file's value, and listed with the reason: a parameter with no range (low = high),
 * and a share of a group that must sum to 1 (the starting population's age and setting shares):
 * drawn independently such shares would break that rule in almost every draw, and scaling them
 * back to 1 would change the distributions the file states. Their ranges are narrow and they
 * set only the starting population.
 *
 * Deterministic: the hypercube draws from the seed's own `psa` stream, never a child's, so the
 * same seed gives the same draws, and the simulation's streams are the same in every draw.
 */
import { latinHypercube } from '../foundation/latin-hypercube.js';
import { randomStream } from '../foundation/random-streams.js';
import { PARAMETER_CATALOGUE, PARAMETER_KEYS, type ParameterKey } from '../scenario/parameter-catalogue.js';
import { shareGroupOf } from '../scenario/parameter-rules.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { BaselineScenarioFile } from '../scenario/scenario-file.js';
import { imanConover, RankCorrelationError } from './iman-conover.js';
import { parameterEvidence, parameterUnit } from './one-way.js';
import { quantileOf } from './parameter-distribution.js';

/** One sampled parameter, as the baseline file records it. */
export interface PsaParameter {
  readonly key: ParameterKey;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly distribution: 'uniform' | 'triangular';
  /** The unit, with the price year of a money value. */
  readonly unit: string;
  readonly evidence: 'source' | 'assumption';
}

/** A parameter kept at the file's value in every draw, and why. */
export interface HeldParameter {
  readonly key: ParameterKey;
  readonly value: number;
  readonly reason: string;
}

/** A rank correlation induced between two sampled parameters, with its evidence. */
export interface PsaCorrelation {
  readonly a: ParameterKey;
  readonly b: ParameterKey;
  readonly correlation: number;
  /** The source's title, or the assumption's text. */
  readonly basis: string;
}

/** The draws: `samples[draw][p]` is parameter `parameters[p]`'s value in that draw. */
export interface PsaDesign {
  readonly parameters: readonly PsaParameter[];
  readonly held: readonly HeldParameter[];
  readonly correlations: readonly PsaCorrelation[];
  readonly samples: readonly (readonly number[])[];
}

/**
 * The PSA's draws from `baseline`'s ranges, distributions and rank correlations.
 * Throws a `ScenarioError` (file `<id>.json`, field `rankCorrelations[i]` or `rankCorrelations`)
 * when a correlation names a parameter that is not sampled or the list cannot hold together,
 * and a `RangeError` (field `draws`) for too few draws to induce the correlations.
 */
export function designPsa(baseline: BaselineScenarioFile, draws: number, seed: number): PsaDesign {
  if (!Number.isSafeInteger(draws) || draws < 2) {
    throw new RangeError(`draws: expected a whole number of draws from 2, found ${draws}`);
  }
  const parameters: PsaParameter[] = [];
  const held: HeldParameter[] = [];
  for (const key of PARAMETER_KEYS) {
    const record = baseline.parameters[key];
    const [low, high] = record.range;
    const group = shareGroupOf(key);
    if (low === high) {
      held.push({ key, value: record.value, reason: `no plausible range recorded (low = high = ${low})` });
    } else if (group !== undefined) {
      held.push({
        key,
        value: record.value,
        reason: `a share of ${group}*, which must sum to 1: drawn alone it would break that rule`,
      });
    } else {
      parameters.push({
        key,
        value: record.value,
        low,
        high,
        distribution: record.distribution ?? 'uniform',
        unit: parameterUnit(record),
        evidence: parameterEvidence(record),
      });
    }
  }
  const file = `${baseline.id}.json`;
  const index = new Map(parameters.map((p, i) => [p.key, i]));
  const correlations: PsaCorrelation[] = (baseline.rankCorrelations ?? []).map((c, i) => {
    for (const end of ['a', 'b'] as const) {
      if (!index.has(c[end])) {
        const why = held.find((h) => h.key === c[end])?.reason ?? 'not sampled';
        throw new ScenarioError(
          file,
          `rankCorrelations[${i}].${end}`,
          'a parameter that psa samples (one with a plausible range, not a share of a group that sums to 1)',
          `${JSON.stringify(c[end])}, held at its value: ${why}`,
        );
      }
    }
    return { a: c.a, b: c.b, correlation: c.correlation, basis: c.source?.title ?? c.assumption ?? '' };
  });
  const unit = latinHypercube(draws, parameters.length, randomStream(seed, 0, 0, 'psa'));
  const correlated = unit.length === 0 ? unit : induce(unit, correlations, index, file);
  const samples = correlated.map((row) =>
    row.map((u, p) => {
      const { key, distribution, low, high, value } = parameters[p]!;
      if (PARAMETER_CATALOGUE[key].unit !== 'year') {
        return quantileOf({ kind: distribution, low, high, mode: value }, u);
      }
      // A year is whole: each year of the range holds the probability of a year-wide band around it.
      const year = quantileOf({ kind: distribution, low: low - 0.5, high: high + 0.5, mode: value }, u);
      return Math.min(high, Math.max(low, Math.round(year)));
    }),
  );
  return { parameters, held, correlations, samples };
}

/** The unit sample with the listed rank correlations induced (Iman–Conover), or unchanged when none. */
function induce(
  unit: number[][],
  correlations: readonly PsaCorrelation[],
  index: ReadonlyMap<ParameterKey, number>,
  file: string,
): number[][] {
  if (correlations.length === 0) return unit;
  // The correlated columns in the file's parameter order, so the result never depends on the list's order.
  const columns = [...new Set(correlations.flatMap((c) => [index.get(c.a)!, index.get(c.b)!]))].sort(
    (x, y) => x - y,
  );
  const at = new Map(columns.map((column, j) => [column, j]));
  const target = columns.map((_, a) => columns.map((_, b): number => (a === b ? 1 : 0)));
  for (const c of correlations) {
    const [a, b] = [at.get(index.get(c.a)!)!, at.get(index.get(c.b)!)!];
    target[a]![b] = c.correlation;
    target[b]![a] = c.correlation;
  }
  try {
    return imanConover(unit, columns, target);
  } catch (error) {
    if (!(error instanceof RankCorrelationError)) throw error;
    if (error.message.includes('draws')) {
      throw new RangeError(`draws: expected ${error.message}, found ${unit.length}`);
    }
    throw new ScenarioError(
      file,
      'rankCorrelations',
      `${error.message}, with every pair not listed at 0`,
      `${correlations.length} correlations among ${columns.length} parameters`,
    );
  }
}
