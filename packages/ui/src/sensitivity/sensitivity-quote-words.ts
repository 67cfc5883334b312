/**
 * Whether the sensitivity panel's central result is fit to quote, and how to get one that is,
 * in words for the page. The verdict and its words are sim-core's (`centralQuoteWords`: the one
 * fit-to-quote rule, as the cards say it); settings come from `centralSettingsToQuote` within the
 * run options' limits and are said as the fit-to-quote summary says them (`settingsText`). The
 * panel gives each run at most `MAX_SENSITIVITY_REPLICATIONS`, so where more are needed the page
 * points to a comparison with those settings (the central result alone) or to
 * `sendsim sensitivity` with them (the whole tornado), written out to copy.
 */
import {
  centralSettingsToQuote,
  type QuoteSettings,
  type SensitivityAnalysis,
  type SettingsLimits,
} from '@send-sim/sim-core';
import { settingsText, suggestedWays } from '../comparison/quote-suggestion.js';
import type { SensitivityRunRequest } from '../worker/worker-protocol.js';
import { FREE_PARAMETER_KEYS, MAX_SENSITIVITY_REPLICATIONS } from './sensitivity-choices.js';

/** What would make the central result fit to quote: the ways, in words, and the command that would run the tornado with the first. */
export interface CentralQuoteFix {
  /** "About 10 replications should make it fit to quote …", or that no run on offer would. */
  readonly text: string;
  /** `sendsim sensitivity …` with the first way's settings; absent when there is no way. */
  readonly command?: string;
  /** The reform is one built in the editor, so its file must be downloaded before the command can run. */
  readonly needsFile: boolean;
}

/**
 * Settings that should make the central result of `a` (run for `request`) fit to quote, within
 * `limits`, in words.
 *
 * @example
 * centralQuoteFix(analysis, request, RUN_LIMITS).text;
 * // 'About 10 replications should make it fit to quote (an estimate from this run’s spread). …'
 */
export function centralQuoteFix(
  a: SensitivityAnalysis,
  request: SensitivityRunRequest,
  limits: SettingsLimits,
): CentralQuoteFix {
  const now: QuoteSettings = { reps: a.baseline.reps, scale: a.baseline.scale };
  const ways = suggestedWays(centralSettingsToQuote(a, limits));
  const needsFile = request.reform !== undefined && typeof request.reform !== 'string';
  const first = ways[0];
  if (first === undefined) {
    return {
      text: `No run this page offers (up to ${limits.reps} replications at a scale of ${limits.scale}) would make it fit to quote; sendsim sensitivity can run larger ones.`,
      needsFile,
    };
  }
  const capped = ways.every((w) => w.reps > MAX_SENSITIVITY_REPLICATIONS);
  return {
    text:
      `About ${ways.map((w) => settingsText(w, now)).join(', or ')} should make it fit to quote (an estimate from this run’s spread, with the same seed and years). ` +
      (capped
        ? `This page gives each run at most ${MAX_SENSITIVITY_REPLICATIONS} replications, to keep the analysis to minutes: a comparison with those settings (above) gives the central result without the tornado’s other runs, and the command line runs the whole tornado with them:`
        : 'The command line runs the tornado with them:'),
    command: sensitivityCommand(request, first),
    needsFile,
  };
}

/** The `sendsim sensitivity` command for `request` with `settings` (its seed and years kept). */
export function sensitivityCommand(request: SensitivityRunRequest, settings: QuoteSettings): string {
  const reform =
    request.reform === undefined
      ? ''
      : ` ${typeof request.reform === 'string' ? request.reform : `${request.reform.id}.json`}`;
  const params = sameKeys(request.parameters, FREE_PARAMETER_KEYS) ? 'free' : request.parameters.join(',');
  const { seed, years } = request.options;
  return `sendsim sensitivity baseline${reform} --metric ${request.metric} --params ${params} --seed ${seed} --years ${years} --reps ${settings.reps} --scale ${settings.scale}`;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}
