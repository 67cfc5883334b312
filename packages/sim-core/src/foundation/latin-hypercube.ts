/**
 * A Latin hypercube sample of the unit cube (McKay, Beckman & Conover 1979): each dimension
 * is cut into `points` equal strata and every stratum holds exactly one point, so a few
 * hundred points cover each parameter's whole range evenly, which independent uniform draws
 * do not. The strata are paired across dimensions by seeded random permutations.
 */
import type { RandomStream } from './random-streams.js';

/** `points` points in [0, 1)^`dimensions`. */
export function latinHypercube(points: number, dimensions: number, random: RandomStream): number[][] {
  const sample = Array.from({ length: points }, () => new Array<number>(dimensions).fill(0));
  for (let d = 0; d < dimensions; d++) {
    const strata = Array.from({ length: points }, (_, i) => i);
    // Fisher–Yates shuffle.
    for (let i = points - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    for (let i = 0; i < points; i++) sample[i]![d] = (strata[i]! + random()) / points;
  }
  return sample;
}
