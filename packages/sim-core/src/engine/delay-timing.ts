/**
 * The timing stream a delay draws from, pointed at the child's stream (`TIMING_STREAM` in
 * `child-table.ts`) just before each delay is sampled. One function for every run in the
 * process, so the delays' calls to it always see the same target and stay optimised from one
 * replication to the next (a closure per partition or per child would not).
 */

import { stepAlea } from '../foundation/random-streams.js';

/** Where `drawTiming` draws from: set by the engine before each delay (words of a `ChildTable`). */
export const timingStream: { u32: Uint32Array; at: number } = { u32: new Uint32Array(4), at: 0 };

/** The next uniform draw from the child's timing stream. */
export const drawTiming = (): number => stepAlea(timingStream.u32, timingStream.at);
