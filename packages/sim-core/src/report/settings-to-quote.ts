/**
 * Settings that would make results fit to quote (`fit-to-quote.ts`), estimated from the run
 * that judged them, so the page can say "about 20 replications, or a scale of 0.02, would do".
 *
 * How: a 95% interval's half-width is t(n − 1) × sd ÷ √n over n replications, and the spread
 * between replications of a figure weighted back to England grows as 1/√scale (each simulated
 * child stands for 1/scale real ones, and chance in who is simulated averages out as √ of their
 * number). So the half-width goes roughly as t(n − 1) ÷ √(n × scale): more replications and a
 * larger scale buy the same precision for the same work (replications × scale). A count's
 * simulated children per replication grow with the scale alone (rule 2), and rule 1 needs
 * replications alone. The change and the baseline's level are taken to stay as they are, which
 * they do on average: this is an estimate from one run's spread, and a new run may still miss
 * narrowly, so the words say "about".
 */

import {
  MIN_QUOTE_REPLICATIONS,
  MIN_QUOTE_SIMULATED,
  type QuoteVerdict,
} from '../experiment/fit-to-quote.js';
import { tQuantile975 } from '../experiment/statistics.js';
import { decimalExponent, powerOfTen } from './precision.js';

/** The two settings that set precision. */
export interface QuoteSettings {
  readonly reps: number;
  readonly scale: number;
}

/** The largest settings on offer (the app's run options, for instance). */
export type SettingsLimits = QuoteSettings;

/** What would make every result given fit to quote, each way that stays within the limits. */
export interface SettingsToQuote {
  /** How many of the results given are not fit now. */
  readonly notFit: number;
  /** More replications at the same scale, when that alone would do it within the limits. */
  readonly moreReplications?: QuoteSettings;
  /** A larger scale (with at least the replications rule 1 needs), when that would do it within the limits. */
  readonly largerScale?: QuoteSettings;
  /** The most replications and the scale then needed, when neither alone would do it. */
  readonly both?: QuoteSettings;
  /** False when no settings within the limits would make every result fit. */
  readonly reachable: boolean;
}

/**
 * Settings that would make every verdict in `verdicts` (all from one run) fit to quote, by the
 * reasoning in this file's header, each within `limits`.
 *
 * @example
 * settingsToQuote(HEADLINE_OUTCOMES.map(([id]) => fitToQuote(comparison, id)), { reps: 50, scale: 0.05 });
 * // { notFit: 2, moreReplications: { reps: 24, scale: 0.01 }, largerScale: { reps: 10, scale: 0.024 }, reachable: true }
 */
export function settingsToQuote(verdicts: readonly QuoteVerdict[], limits: SettingsLimits): SettingsToQuote {
  const failing = verdicts.filter((v) => !v.fit);
  const first = verdicts[0];
  if (failing.length === 0 || first === undefined) return { notFit: 0, reachable: true };
  const { reps, scale } = first;
  if (verdicts.some((v) => v.reps !== reps || v.scale !== scale)) {
    throw new RangeError('settingsToQuote: every verdict must come from the same run');
  }
  // Precision needed, as the largest "variance" t² / (n × scale) allowed (rule 3) ...
  const now = variance(reps, scale);
  let allowed = Number.POSITIVE_INFINITY;
  // ... and the smallest scale that gives every count its simulated children (rule 2).
  let smallestScale = scale;
  let reachable = true;
  for (const v of failing) {
    if (v.reasons.includes('interval too wide')) {
      const ratio = v.allowedHalfWidth / v.halfWidth;
      if (!(ratio > 0) || !Number.isFinite(ratio)) reachable = false;
      else allowed = Math.min(allowed, now * ratio * ratio);
    }
    if (v.reasons.includes('too few simulated children')) {
      const cell = v.simulatedPerReplication ?? 0;
      if (!(cell > 0)) reachable = false;
      else smallestScale = Math.max(smallestScale, (scale * MIN_QUOTE_SIMULATED) / cell);
    }
  }
  const minReps = Math.max(reps, MIN_QUOTE_REPLICATIONS);
  if (!reachable) return { notFit: failing.length, reachable: false };

  const out: { -readonly [K in keyof SettingsToQuote]: SettingsToQuote[K] } = {
    notFit: failing.length,
    reachable: true,
  };
  if (smallestScale <= scale) {
    const n = replicationsFor(allowed, scale, minReps, limits.reps);
    if (n !== undefined) out.moreReplications = { reps: n, scale };
  }
  const byScale = scaleFor(allowed, minReps, smallestScale, scale);
  if (byScale > scale && byScale <= limits.scale) {
    out.largerScale = { reps: minReps, scale: byScale };
  }
  if (out.moreReplications === undefined && out.largerScale === undefined) {
    const both = scaleFor(allowed, limits.reps, smallestScale, scale);
    if (both <= limits.scale && limits.reps >= minReps) out.both = { reps: limits.reps, scale: both };
    else out.reachable = false;
  }
  return out;
}

/** t(n − 1)² ÷ (n × scale): the squared half-width, up to a factor the settings do not change. */
function variance(reps: number, scale: number): number {
  const t = tQuantile975(Math.max(1, reps - 1));
  return (t * t) / (reps * scale);
}

/** The fewest replications from `from` to `most` at `scale` whose variance is within `allowed`. */
function replicationsFor(allowed: number, scale: number, from: number, most: number): number | undefined {
  for (let n = from; n <= most; n++) if (variance(n, scale) <= allowed) return n;
  return undefined;
}

/**
 * The smallest tidy scale at which `reps` replications have a variance within `allowed` and
 * every count its simulated children (`smallest`); `current` itself when that already does.
 */
function scaleFor(allowed: number, reps: number, smallest: number, current: number): number {
  const t = tQuantile975(Math.max(1, reps - 1));
  const needed = Math.max(Number.isFinite(allowed) ? (t * t) / (reps * allowed) : 0, smallest);
  return needed <= current ? current : tidyUp(needed);
}

/** `x` rounded up to two significant figures (0.01371 → 0.014), exactly as the decimal reads. */
function tidyUp(x: number): number {
  const step = powerOfTen(decimalExponent(x) - 1);
  const steps = Math.ceil(x / step - 1e-9);
  return Number((steps * step).toPrecision(2));
}
