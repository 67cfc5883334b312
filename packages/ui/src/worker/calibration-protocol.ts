/**
 * The messages between the assumptions page and the calibration worker, which runs the
 * January 2019 backtest in the browser and judges it against the published targets (what
 * `sendsim calibrate` does). Plain data only.
 */
import type { CalibrationReport } from '@send-sim/sim-core';

/** How to run the backtest; its years follow from the targets. */
export interface BacktestOptions {
  readonly seed: number;
  readonly replications: number;
  readonly scale: number;
}

/** Page → worker. */
export interface BacktestMessage {
  readonly type: 'backtest';
  readonly runId: number;
  readonly options: BacktestOptions;
  /** The text of `calibration-targets.json`. */
  readonly targets: string;
}

/** Worker → page. `done` is the share of the run finished, 0–1. */
export type BacktestReply =
  | { readonly type: 'progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'done'; readonly runId: number; readonly report: CalibrationReport }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
