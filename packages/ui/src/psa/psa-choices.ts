/**
 * What the "How sure is this?" panel offers and what a run of it costs: the number of draws
 * (few by default, so it takes about a minute in a browser; `sendsim psa` takes many more), one
 * replication a draw (the CLI's default: draws, not replications, carry the spread), the outcome
 * (unmet need by default, the denominator of value for money, as the CLI's), the run's size in
 * the comparison's units of work (for its time estimate), and the `sendsim psa` command that
 * runs the same analysis with more draws and replications.
 */
import type { ReformScenarioFile } from '@send-sim/sim-core';
import type { RunSize } from '../comparison/run-time-estimate.js';

/** Draws offered first: enough to see a spread and a probability, few enough for a browser. */
export const DEFAULT_PSA_DRAWS = 30;
/** The fewest draws sim-core takes (a spread needs two). */
export const MIN_PSA_DRAWS = 2;
/** The most the page runs: beyond this, the CLI (which resumes a stopped run) is the tool. */
export const MAX_PSA_DRAWS = 200;
/** Replications per draw (the CLI's default for `psa`). */
export const PSA_REPLICATIONS = 1;
/** The outcome analysed unless the user picks another: unmet need, as `sendsim psa`. */
export const PSA_DEFAULT_METRIC = 'unmet_need_child_years';
/** What the CLI command the page suggests runs: many more draws, several replications each. */
export const CLI_PSA = { draws: 200, reps: 5 } as const;

/**
 * The draws typed in, as a whole number from `MIN_PSA_DRAWS` to `MAX_PSA_DRAWS`, or what is
 * wrong with them, in the words the page shows.
 */
export function parseDraws(text: string): { ok: true; draws: number } | { ok: false; problem: string } {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isSafeInteger(n) || n < MIN_PSA_DRAWS || n > MAX_PSA_DRAWS) {
    return {
      ok: false,
      problem: `Number of draws: expected a whole number from ${MIN_PSA_DRAWS} to ${MAX_PSA_DRAWS}, found “${trimmed}”. For more, use the command line (below).`,
    };
  }
  return { ok: true, draws: n };
}

/** Runs a PSA needs: each draw runs the baseline and every reform. */
export function psaRuns(draws: number, reforms: number): number {
  return draws * (1 + reforms);
}

/** The PSA as the comparison's run-time estimate measures work (each run one scenario). */
export function psaRunSize(draws: number, reforms: number, years: number, scale: number): RunSize {
  return { scenarios: psaRuns(draws, reforms), replications: PSA_REPLICATIONS, years, scale };
}

/**
 * The `sendsim psa` command for the same analysis with the CLI's larger numbers; a reform built
 * in the editor is named by its file (`<id>.json`), which the user downloads first (`needsFile`).
 */
export function psaCommand(
  reforms: readonly (string | ReformScenarioFile)[],
  metric: string,
  options: { readonly seed: number; readonly years: number; readonly scale: number },
): { command: string; needsFile: boolean } {
  const names = reforms.map((r) => (typeof r === 'string' ? r : `${r.id}.json`));
  const command = [
    'sendsim psa baseline',
    ...names,
    `--draws ${CLI_PSA.draws}`,
    `--reps ${CLI_PSA.reps}`,
    `--metric ${metric}`,
    `--seed ${options.seed}`,
    `--years ${options.years}`,
    `--scale ${options.scale}`,
    '--format csv --out psa.csv',
  ].join(' ');
  return { command, needsFile: reforms.some((r) => typeof r !== 'string') };
}
