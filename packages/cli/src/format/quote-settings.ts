/**
 * How `sendsim` suggests settings that should make results fit to quote (`settingsToQuote` in
 * sim-core): the largest it suggests, and each way as the flags to type.
 */
import type { QuoteSettings, SettingsLimits, SettingsToQuote } from '@send-sim/sim-core';

/** The largest settings suggested: all of England, and replications to keep a run to hours. */
export const SUGGESTION_LIMITS: SettingsLimits = { reps: 100, scale: 1 };

/** One way as flags: `--reps 12 --scale 0.01`. */
export function settingsFlags(s: QuoteSettings): string {
  return `--reps ${s.reps} --scale ${s.scale}`;
}

/** Every way on offer, as flags joined by ", or ": empty when there is none. */
export function suggestedFlags(s: SettingsToQuote): string {
  return [s.moreReplications, s.largerScale, s.both]
    .filter((w) => w !== undefined)
    .map(settingsFlags)
    .join(', or ');
}
