/**
 * How long a comparison would take before it runs, for the run controls ("about 40 s") and the
 * fit-to-quote suggestions ("25 replications: about 1 min"). The work of a run is taken as
 * proportional to scenarios × replications × years × scale: each replication of each scenario
 * is one job on the pool, it simulates about scale × England's children (a fixed share are
 * there at the start, the rest arrive year by year), and their events grow with the years. The
 * rate is what the last finished run on this page measured (its work over its seconds, read
 * with the page's clock by `SimulationController`), so it reflects this computer, its number of
 * workers and whatever else it is doing; before any run it is a stated reference measured on
 * the project's 2-core machine (`REFERENCE_SECONDS_PER_UNIT`), and the words say which.
 */

/** What a run is asked to do, as the run controls set it. */
export interface RunSize {
  /** The baseline and each reform. */
  readonly scenarios: number;
  readonly replications: number;
  readonly years: number;
  readonly scale: number;
}

/** A run's work in units of one scenario × one replication × one year at all of England. */
export function runWork(size: RunSize): number {
  return size.scenarios * size.replications * size.years * size.scale;
}

/**
 * Seconds per unit of work in Chromium on the project's 2-core machine (two workers), model
 * 0.7.0: the default comparison (the baseline and three reforms, 10 replications at 1% over
 * 10 years: 4 units) took 32.7, 34.7 and 38.8 s there (`scripts/time-app-comparison.ts`, while
 * other jobs shared the machine), so about 8.7 s a unit. A reference to start from, not a
 * promise: the first finished run replaces it with this computer's own rate.
 */
export const REFERENCE_SECONDS_PER_UNIT = 8.7;

/** Where a rate comes from: the last run on this page, or the stated reference. */
export interface RunSpeed {
  readonly secondsPerUnit: number;
  readonly measured: boolean;
}

/** The reference rate, until a run on this page measures one. */
export const REFERENCE_SPEED: RunSpeed = { secondsPerUnit: REFERENCE_SECONDS_PER_UNIT, measured: false };

/** The rate a finished run measured: `seconds` from Run to results for a run of `size`. */
export function measuredSpeed(size: RunSize, seconds: number): RunSpeed | undefined {
  const work = runWork(size);
  if (!(work > 0 && seconds > 0) || !Number.isFinite(seconds)) return undefined;
  return { secondsPerUnit: seconds / work, measured: true };
}

/** Seconds a run of `size` would take at `speed`. */
export function estimateSeconds(size: RunSize, speed: RunSpeed): number {
  return runWork(size) * speed.secondsPerUnit;
}

/**
 * A duration in words, rounded as an estimate should be: "about 8 s" (to 1 s up to 10 s),
 * "about 45 s" (to 5 s), "about 3 min" (from 55 s, to the minute), "about 2 h 10 min" (from
 * 90 minutes, to ten minutes).
 */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown';
  if (seconds < 55) {
    const shown = seconds <= 10 ? Math.max(1, Math.ceil(seconds)) : Math.round(seconds / 5) * 5;
    return `about ${shown} s`;
  }
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 90) return `about ${minutes} min`;
  const tens = Math.round(minutes / 10) * 10;
  const hours = Math.floor(tens / 60);
  const rest = tens - hours * 60;
  return `about ${hours} h${rest === 0 ? '' : ` ${rest} min`}`;
}

/** "about 40 s on this computer (measured from your last run)", or the reference said as one. */
export function estimateText(size: RunSize, speed: RunSpeed): string {
  const duration = durationText(estimateSeconds(size, speed));
  return speed.measured
    ? `${duration} on this computer, at the speed of your last run`
    : `${duration} on a 2-core laptop (your computer may be faster or slower; after your first run the estimate uses its own speed)`;
}
