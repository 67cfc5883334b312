/**
 * The arithmetic of trainer-mode playback, kept out of the component so it can be read and
 * checked on its own: simulated time as a number of months, the day it stands for, where each
 * sampled child is (and where it is coming from) on that day, the running cost by payer and
 * the counts per state at a month start. Every figure is read from the movement log; nothing
 * here invents or smooths a number (the tween only moves a dot along its real move).
 */
import { type CostKey, type MovementRun, PAYERS, type SampledChild } from '@send-sim/sim-core';

/** A dot in motion takes this many simulated days to travel from its old state to its new one. */
export const TWEEN_DAYS = 20;

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** `2024-03-01` → `March 2024`. */
export function monthName(isoDate: string): string {
  return `${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

/** Months in the run (the last month start is the end of the run). */
export function monthCount(run: MovementRun): number {
  return run.monthStarts.length - 1;
}

/**
 * The playback clock after `elapsedMs` of real time at `monthsPerSecond`, from `t`, kept within
 * the run (0 … `months`). A frame's timestamp can be earlier than the moment Play was pressed
 * (Chromium stamps a frame when it begins, and the click may be handled inside it), so a
 * negative interval is read as none: the clock never runs backwards, and never before month 0
 * (month −1 has no date: that was the `reading 'slice'` error playing a story step).
 */
export function advanceClock(t: number, elapsedMs: number, monthsPerSecond: number, months: number): number {
  const next = t + (Math.max(0, elapsedMs) / 1000) * monthsPerSecond;
  return Math.min(Math.max(next, 0), months);
}

/** The whole month shown at time `t`, within the run (figures are read at its start). */
export function wholeMonth(t: number, months: number): number {
  return Math.min(Math.max(Math.floor(t + 1e-9), 0), months);
}

/** The simulated day at time `t` (months from the start, fractional while playing). */
export function dayAt(run: MovementRun, t: number): number {
  const last = monthCount(run);
  const clamped = Math.min(Math.max(t, 0), last);
  const month = Math.min(Math.floor(clamped), last - 1);
  const start = run.monthStarts[month]!;
  const end = run.monthStarts[month + 1]!;
  return start + (clamped - month) * (end - start);
}

/** Where a child is in one region on `day`, and the move in progress if it moved in the last `TWEEN_DAYS`. */
export interface DotPlace {
  readonly state: string;
  /** The state it is moving from, and how far along (0–1), while a move is in progress. */
  readonly from?: string;
  readonly progress?: number;
}

/**
 * The child's place in `region` on `day`, or `undefined` before it enters the model. As in
 * the engine's monthly counts, a move on `day` itself has not happened yet.
 */
export function placeOn(
  child: SampledChild,
  region: string,
  day: number,
  tween: boolean,
): DotPlace | undefined {
  if (child.arrival && child.enteredDay >= day) return undefined;
  let state = child.start[region];
  if (state === undefined) return undefined;
  let last: { from: string; day: number } | undefined;
  for (const move of child.moves) {
    if (move.day >= day) break;
    if (move.region !== region) continue;
    state = move.to;
    last = { from: move.from, day: move.day };
  }
  if (tween && last !== undefined && day - last.day < TWEEN_DAYS) {
    return { state, from: last.from, progress: (day - last.day) / TWEEN_DAYS };
  }
  return { state };
}

/**
 * Money spent from the start up to month start `month` (whole months), pounds by payer, public
 * spending (`public`: every payer but families) and public spending plus cost to families (`total`).
 */
export function cumulativeCosts(run: MovementRun, month: number): Record<CostKey, number> {
  const out = { public: 0, total: 0 } as Record<CostKey, number>;
  for (const payer of PAYERS) {
    let pounds = 0;
    const row = run.costsByMonth[payer];
    for (let m = 0; m < month && m < row.length; m++) pounds += row[m]!;
    out[payer] = pounds;
    if (payer !== 'family') out.public += pounds;
    out.total += pounds;
  }
  return out;
}

/** Children in each state of `region` at month start `month` (weighted to England). */
export function countsAt(run: MovementRun, region: string, month: number): Record<string, number> {
  const leaves = run.stateCounts[region] ?? {};
  return Object.fromEntries(Object.entries(leaves).map(([leaf, row]) => [leaf, row[month] ?? 0]));
}

/** Moves into each state of `region` from the start up to month start `month` (weighted): running totals. */
export function totalsAt(run: MovementRun, region: string, month: number): Record<string, number> {
  const leaves = run.entriesSoFar[region] ?? {};
  return Object.fromEntries(Object.entries(leaves).map(([leaf, row]) => [leaf, row[month] ?? 0]));
}

/** A whole-number position in [0, 1) from a child id, so each dot keeps its place in a box. */
export function scatter(id: number, salt: number): number {
  // An integer hash (from "xorshift-multiply"), not a random stream: positions must not change between frames.
  let h = (id * 0x9e3779b1 + salt * 0x85ebca6b) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}
