/** The run options' limits and their one check. */
import type { RunOptions } from './experiment-types.js';

/**
 * The smallest share of England a run may simulate: about 500 children with SEN (1% is about
 * 48,000). Below it a run stands for England on a handful of children, or on none (a scale of
 * 1e-9 reported England as 0 plans and £0).
 */
export const MIN_SCALE = 0.0001;

/** The most years a run may simulate. */
export const MAX_YEARS = 50;

/** The most replications a run may have. */
export const MAX_REPLICATIONS = 1000;

/**
 * Check run options, with a message naming each option that is wrong, what was expected and what
 * was found (a `RangeError`). The one check: every entry point that takes run options (experiments,
 * sweeps, sensitivity, the CLI's thread pool, the web app's controllers) calls it, and the CLI's
 * flags read the same limits.
 */
export function validateRunOptions(options: RunOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.seed) || options.seed < 0) {
    problems.push(`seed: expected a whole number ≥ 0, found ${options.seed}`);
  }
  const { replications } = options;
  if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS) {
    problems.push(
      `replications: expected a whole number from 1 to ${MAX_REPLICATIONS}, found ${replications}`,
    );
  }
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > MAX_YEARS) {
    problems.push(`years: expected a whole number from 1 to ${MAX_YEARS}, found ${options.years}`);
  }
  if (!(options.scale >= MIN_SCALE && options.scale <= 1)) {
    problems.push(
      `scale: expected a share of England from ${MIN_SCALE} (about 500 simulated children with SEN) to 1, found ${options.scale}`,
    );
  }
  if (problems.length > 0) throw new RangeError(problems.join('; '));
}
