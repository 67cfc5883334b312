/**
 * Settings that would make results fit to quote, in words for the page: sim-core's
 * `settingsToQuote` gives the settings, each way within the run options' limits; this says each
 * as a reader would set it ("24 replications", "a scale of 0.024 (1 simulated child = about 42
 * children)") and, with the run's size and speed, how long such a run would take.
 */
import type { QuoteSettings, SettingsToQuote } from '@send-sim/sim-core';
import { scaleWords } from '../text/scale-words.js';
import { estimateText, type RunSpeed } from './run-time-estimate.js';

/** The ways on offer, in the order the page lists them: more replications, a larger scale, both. */
export function suggestedWays(s: SettingsToQuote): QuoteSettings[] {
  return [s.moreReplications, s.largerScale, s.both].filter((w) => w !== undefined);
}

/** One way, said against the run's own settings: only what changes. */
export function settingsText(way: QuoteSettings, now: QuoteSettings): string {
  const reps = `${way.reps} replications`;
  const scale = `a scale of ${way.scale} (${scaleWords(way.scale)})`;
  if (way.scale === now.scale) return reps;
  if (way.reps === now.reps) return scale;
  return `${reps} at ${scale}`;
}

/** One sentence for a card: what would make it fit to quote, or that nothing on offer would. */
export function cardSuggestion(s: SettingsToQuote, now: QuoteSettings): string {
  const ways = suggestedWays(s);
  if (ways.length === 0) {
    return 'No run this page offers (up to its largest replications and scale) would make it fit to quote.';
  }
  return `About ${ways.map((w) => settingsText(w, now)).join(', or ')} should make it fit to quote.`;
}

/** What a run with `way` would take, for a comparison of `scenarios` scenarios over `years`. */
export function wayEstimate(way: QuoteSettings, scenarios: number, years: number, speed: RunSpeed): string {
  return estimateText({ scenarios, replications: way.reps, years, scale: way.scale }, speed);
}
