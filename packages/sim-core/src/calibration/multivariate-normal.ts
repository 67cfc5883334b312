/**
 * Draws from a multivariate normal distribution N(mean, covariance), as the calibration search
 * samples candidate parameter sets: x = mean + B·D·z with z standard normal, where B holds the
 * covariance's eigenvectors and D the square roots of its eigenvalues. Standard normals come
 * from Box–Muller with the portable `log` and `cos`, so every engine draws the same numbers.
 */
import { cos, log } from '../foundation/portable-math.js';
import type { RandomStream } from '../foundation/random-streams.js';
import { symmetricEigen } from './symmetric-eigen.js';

/** A standard normal draw (Box–Muller; the second value of each pair is not kept, for simplicity). */
export function standardNormal(random: RandomStream): number {
  const u = 1 - random(); // in (0, 1]: log(u) is finite
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * random());
}

/** The covariance's factors: eigenvectors `basis` (columns) and the square roots of its eigenvalues `scales`. */
export interface CovarianceFactors {
  readonly basis: number[][];
  readonly scales: number[];
}

/** Factor a covariance matrix; negative eigenvalues (rounding) count as zero. */
export function factorCovariance(covariance: readonly (readonly number[])[]): CovarianceFactors {
  const { values, vectors } = symmetricEigen(covariance);
  return { basis: vectors, scales: values.map((v) => Math.sqrt(Math.max(v, 0))) };
}

/** The direction `y = B·D·z` for standard normal `z` (the step from the mean, before scaling). */
export function correlatedStep(factors: CovarianceFactors, random: RandomStream): number[] {
  const n = factors.scales.length;
  const dz = factors.scales.map((d) => d * standardNormal(random));
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += factors.basis[i]![k]! * dz[k]!;
    y[i] = sum;
  }
  return y;
}

/** Mean and (n − 1)-denominator covariance of `points` (at least two). */
export function sampleMoments(points: readonly (readonly number[])[]): {
  mean: number[];
  covariance: number[][];
} {
  const n = points[0]!.length;
  const mean = new Array<number>(n).fill(0);
  for (const p of points) for (let i = 0; i < n; i++) mean[i]! += p[i]! / points.length;
  const covariance = mean.map(() => new Array<number>(n).fill(0));
  for (const p of points) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        covariance[i]![j]! += ((p[i]! - mean[i]!) * (p[j]! - mean[j]!)) / (points.length - 1);
    }
  }
  return { mean, covariance };
}

/** A point moved back into the unit cube by reflection at its faces (a sample stays a sample of the same spread). */
export function reflectIntoUnitCube(x: readonly number[]): number[] {
  return x.map((v) => {
    let u = v;
    // Reflect until inside; a far outlier (more than one width out) is folded repeatedly.
    for (let i = 0; i < 8 && (u < 0 || u > 1); i++) u = u < 0 ? -u : 2 - u;
    return Math.min(1, Math.max(0, u));
  });
}
