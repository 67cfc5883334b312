/**
 * CMA-ES, the covariance matrix adaptation evolution strategy (Hansen, "The CMA Evolution
 * Strategy: A Tutorial", arXiv:1604.00772, 2016; the default settings and update equations
 * are that tutorial's, section "Algorithm summary"). Each generation samples a population of
 * parameter sets from a multivariate normal, ranks them by the objective, and moves the mean
 * towards the best half while learning the covariance of good steps: parameters that trade off
 * against each other (a higher request rate with a higher refusal rate, say) are moved
 * together, which a one-at-a-time search cannot do. It needs only the ranking of candidates,
 * so it tolerates a rough, capped objective. It works in the unit cube of the parameters'
 * bounds; a sample outside is reflected back in (the step that is learnt from is the
 * reflected one, so the mean never leaves the cube).
 *
 * Deterministic: the draws come from one seeded stream, and a generation's candidates are
 * evaluated together (in parallel by the caller) but ranked in a fixed order, ties broken by
 * sampling order.
 */
import { exp, log } from '../foundation/portable-math.js';
import type { RandomStream } from '../foundation/random-streams.js';
import { correlatedStep, factorCovariance, reflectIntoUnitCube } from './multivariate-normal.js';

export interface CmaEsOptions {
  /** The starting mean, in the unit cube. */
  readonly mean: readonly number[];
  /** The starting step size, in unit-cube widths. */
  readonly sigma: number;
  /** The starting shape of the search distribution (default: the identity). */
  readonly covariance?: readonly (readonly number[])[];
  readonly generations: number;
  /** Candidates per generation (default 4 + ⌊3 ln n⌋, the tutorial's). */
  readonly populationSize?: number;
  readonly random: RandomStream;
}

export interface CmaEsGeneration {
  readonly generation: number;
  readonly evaluations: number;
  /** The best objective so far, and the step size the next generation will use. */
  readonly best: number;
  readonly sigma: number;
}

export interface CmaEsResult {
  /** The best candidate evaluated, and its objective. */
  readonly best: number[];
  readonly bestValue: number;
  readonly evaluations: number;
}

/** The tutorial's default population for `n` parameters: 4 + ⌊3 ln n⌋. */
export function defaultPopulationSize(n: number): number {
  return 4 + Math.floor(3 * log(n));
}

/** Minimise `evaluate` (which scores a batch of unit-cube points, in order) with CMA-ES. */
export async function cmaEs(
  evaluate: (points: number[][]) => Promise<number[]>,
  options: CmaEsOptions,
  onGeneration?: (g: CmaEsGeneration) => void,
): Promise<CmaEsResult> {
  const n = options.mean.length;
  const lambda = options.populationSize ?? defaultPopulationSize(n);
  const mu = Math.floor(lambda / 2);
  const raw = Array.from({ length: mu }, (_, i) => log(mu + 0.5) - log(i + 1));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w) => w / rawSum);
  const muEff = 1 / weights.reduce((a, w) => a + w * w, 0);
  const cSigma = (muEff + 2) / (n + muEff + 5);
  const dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
  const cC = (4 + muEff / n) / (n + 4 + (2 * muEff) / n);
  const c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
  const cMu = Math.min(1 - c1, (2 * (muEff - 2 + 1 / muEff)) / ((n + 2) * (n + 2) + muEff));
  const expectedNorm = Math.sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n));

  let mean = [...options.mean];
  let sigma = options.sigma;
  let c = options.covariance?.map((row) => [...row]) ?? identity(n);
  let pSigma = new Array<number>(n).fill(0);
  let pC = new Array<number>(n).fill(0);
  let best: number[] = [...mean];
  let bestValue = Number.POSITIVE_INFINITY;
  let evaluations = 0;

  for (let g = 0; g < options.generations; g++) {
    const factors = factorCovariance(c);
    const points = Array.from({ length: lambda }, () =>
      reflectIntoUnitCube(correlatedStep(factors, options.random).map((y, i) => mean[i]! + sigma * y)),
    );
    const values = await evaluate(points);
    evaluations += lambda;
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (order[0]![0] < bestValue) {
      bestValue = order[0]![0];
      best = points[order[0]![1]]!;
    }
    // Steps of the selected candidates, as taken (after reflection).
    const steps = order.slice(0, mu).map(([, i]) => points[i]!.map((x, k) => (x - mean[k]!) / sigma));
    const meanStep = mean.map((_, k) => steps.reduce((s, y, i) => s + weights[i]! * y[k]!, 0));
    mean = mean.map((m, k) => m + sigma * meanStep[k]!);

    // Evolution paths: C^(-1/2)·step for the step size, the step itself for the covariance.
    const whitened = inverseSqrtTimes(factors, meanStep);
    pSigma = pSigma.map((p, k) => (1 - cSigma) * p + Math.sqrt(cSigma * (2 - cSigma) * muEff) * whitened[k]!);
    const pSigmaNorm = Math.sqrt(pSigma.reduce((s, p) => s + p * p, 0));
    const fading = exp(2 * (g + 1) * log(1 - cSigma)); // (1 − cσ)^(2(g+1))
    const hSigma = pSigmaNorm / Math.sqrt(1 - fading) < (1.4 + 2 / (n + 1)) * expectedNorm ? 1 : 0;
    pC = pC.map((p, k) => (1 - cC) * p + hSigma * Math.sqrt(cC * (2 - cC) * muEff) * meanStep[k]!);
    const keep = 1 - c1 - cMu + (1 - hSigma) * c1 * cC * (2 - cC);
    c = c.map((row, i) =>
      row.map((cij, j) => {
        let rankMu = 0;
        for (let s = 0; s < mu; s++) rankMu += weights[s]! * steps[s]![i]! * steps[s]![j]!;
        return keep * cij + c1 * pC[i]! * pC[j]! + cMu * rankMu;
      }),
    );
    sigma *= exp((cSigma / dSigma) * (pSigmaNorm / expectedNorm - 1));
    onGeneration?.({ generation: g + 1, evaluations, best: bestValue, sigma });
  }
  return { best, bestValue, evaluations };
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** B·D⁻¹·Bᵀ·y: the step measured in the search distribution's own units. */
function inverseSqrtTimes(f: { basis: number[][]; scales: number[] }, y: readonly number[]): number[] {
  const n = y.length;
  const projected = f.scales.map((d, k) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += f.basis[i]![k]! * y[i]!;
    return d > 0 ? s / d : 0;
  });
  return y.map((_, i) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += f.basis[i]![k]! * projected[k]!;
    return s;
  });
}
