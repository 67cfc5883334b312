/**
 * The space the calibration searches: each free parameter's plausible bounds, mapped to the
 * unit interval so that every parameter counts alike whatever its units, and back to values
 * rounded as the baseline file holds them (so the file reproduces every evaluation).
 */
import { roundFitted } from './calibration-objective.js';

export interface SearchParameter {
  readonly key: string;
  readonly min: number;
  readonly max: number;
}

/** Values for a unit-cube point, in the order of `parameters`, rounded as written in the file. */
export function fromUnit(parameters: readonly SearchParameter[], unit: readonly number[]): number[] {
  return parameters.map((p, i) => {
    const u = Math.min(1, Math.max(0, unit[i]!));
    return Math.min(p.max, Math.max(p.min, roundFitted(p.min + u * (p.max - p.min))));
  });
}

/** The unit-cube point of `values` (clamped into the bounds). */
export function toUnit(
  parameters: readonly SearchParameter[],
  values: Readonly<Record<string, number>>,
): number[] {
  return parameters.map((p) => Math.min(1, Math.max(0, (values[p.key]! - p.min) / (p.max - p.min))));
}

/** Values by key for a unit-cube point. */
export function valuesAt(
  parameters: readonly SearchParameter[],
  unit: readonly number[],
): Record<string, number> {
  const values = fromUnit(parameters, unit);
  return Object.fromEntries(parameters.map((p, i) => [p.key, values[i]!]));
}
