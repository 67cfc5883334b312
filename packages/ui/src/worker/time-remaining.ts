/**
 * `TimeRemaining`: how long a run has left, estimated from its progress so far, for the
 * progress bar ("about 40 s left"). The caller passes the times (the controllers read
 * `performance.now()`; sim-core never reads a clock), so Node tests can drive it.
 *
 * The rate (share done per second) starts as the average since the run began, once there is
 * enough to go on (`MIN_SHARE_FOR_ESTIMATE` done and `MIN_SECONDS_FOR_ESTIMATE` gone), and is
 * then smoothed exponentially over time with a time constant of `SMOOTHING_SECONDS`: weighted
 * by the time between reports, not their number, so it reads the same whether progress comes
 * often or seldom; recent enough to follow a run that slows (the pool's last few jobs keep
 * fewer workers busy), steady enough not to jump with each report.
 */
import { durationText } from '../comparison/run-time-estimate.js';

/** No estimate before this share of the run is done: the first moments say little about the rest. */
export const MIN_SHARE_FOR_ESTIMATE = 0.05;
/** … nor before this many seconds (starting the workers is part of the first second). */
export const MIN_SECONDS_FOR_ESTIMATE = 2;
/** Time constant of the smoothed rate, in seconds. */
export const SMOOTHING_SECONDS = 5;

export class TimeRemaining {
  private lastAt: number;
  private lastDone = 0;
  /** Share done per second, once estimated. */
  private rate: number | undefined = undefined;

  /** `startedAt`: when the run started, in milliseconds (`performance.now()`). */
  constructor(private readonly startedAt: number) {
    this.lastAt = startedAt;
  }

  /** The run has `done` (0–1) finished at `now` (milliseconds, the clock `startedAt` was read from). */
  update(done: number, now: number): void {
    if (this.rate === undefined) {
      const elapsed = (now - this.startedAt) / 1000;
      if (done >= MIN_SHARE_FOR_ESTIMATE && elapsed >= MIN_SECONDS_FOR_ESTIMATE) this.rate = done / elapsed;
    } else {
      const dt = (now - this.lastAt) / 1000;
      if (dt <= 0) return;
      const recent = (done - this.lastDone) / dt;
      this.rate += (1 - Math.exp(-dt / SMOOTHING_SECONDS)) * (recent - this.rate);
    }
    this.lastAt = now;
    this.lastDone = done;
  }

  /** Seconds left at the last update, or undefined while there is too little to go on. */
  get seconds(): number | undefined {
    if (this.rate === undefined || !(this.rate > 0)) return undefined;
    return Math.max(0, (1 - this.lastDone) / this.rate);
  }
}

/**
 * The estimate in words: "about 8 s left", "about 45 s left" (to 5 s past 10 s), "about 3 min
 * left" (from 55 s); undefined when there is no estimate.
 */
export function timeRemainingText(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  return `${durationText(seconds)} left`;
}
