/**
 * Seeded random streams for common random numbers.
 *
 * Every stream is derived from (master seed, replication, child id, purpose), so the same
 * child draws the same numbers for the same purpose in every scenario: a reform changes a
 * child's path only where its policy changes the child's circumstances, and paired
 * differences between scenarios carry far less noise.
 *
 * The generator is `seedrandom.alea`. Long-lived per-child streams keep only alea's four
 * state numbers in a `StreamTable` (32 bytes a stream instead of ~440 for a seedrandom
 * closure) and step them with alea's own recurrence; a test checks the two give identical
 * sequences.
 */
import seedrandom from 'seedrandom';
import { log } from './portable-math.js';

/** A source of uniform numbers in [0, 1). */
export type RandomStream = () => number;

/** What a stream is used for; each purpose is its own stream so one use cannot shift another. */
export type StreamPurpose = 'attributes' | 'events' | 'timing' | 'arrivals';

function streamSeed(seed: number, replication: number, id: number, purpose: StreamPurpose): string {
  return `${seed}/${replication}/${id}/${purpose}`;
}

/** A short-lived stream (a child's attributes, a year's arrivals), as a seedrandom alea function. */
export function randomStream(
  seed: number,
  replication: number,
  id: number,
  purpose: StreamPurpose,
): RandomStream {
  return seedrandom.alea(streamSeed(seed, replication, id, purpose)) as RandomStream;
}

/** Alea's multiplier and 2^-32, as in seedrandom's `lib/alea.js`. */
const MULTIPLIER = 2091639;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Many alea streams held as state in one typed array: 4 numbers (s0, s1, s2, c) each. */
export class StreamTable {
  private state = new Float64Array(4 * 1024);

  /** Seed stream `index` exactly as `randomStream(seed, replication, id, purpose)` would be. */
  seed(index: number, seed: number, replication: number, id: number, purpose: StreamPurpose): void {
    if (4 * index + 4 > this.state.length) this.grow(index);
    const alea = seedrandom.alea(streamSeed(seed, replication, id, purpose), { state: true });
    const { s0, s1, s2, c } = alea.state();
    const base = 4 * index;
    this.state[base] = s0;
    this.state[base + 1] = s1;
    this.state[base + 2] = s2;
    this.state[base + 3] = c;
  }

  /** The next number of stream `index` (alea's recurrence). */
  next(index: number): number {
    const s = this.state;
    const base = 4 * index;
    const t = MULTIPLIER * s[base]! + s[base + 3]! * TWO_POW_MINUS_32;
    s[base] = s[base + 1]!;
    s[base + 1] = s[base + 2]!;
    const c = t | 0;
    s[base + 3] = c;
    const u = t - c;
    s[base + 2] = u;
    return u;
  }

  private grow(index: number): void {
    let size = this.state.length;
    while (size < 4 * index + 4) size *= 2;
    const state = new Float64Array(size);
    state.set(this.state);
    this.state = state;
  }
}

/** Exponential waiting time with the given mean (by inversion, with the portable `log`: same bits on every engine). */
export function exponential(random: RandomStream, mean: number): number {
  return -mean * log(1 - random());
}

/** Index drawn from cumulative weights (`cumulative` ascending, last = total). */
export function pickIndex(random: RandomStream, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const u = random() * total;
  for (let i = 0; i < cumulative.length; i++) if (u < cumulative[i]!) return i;
  return cumulative.length - 1;
}

/** Cumulative sums of `weights`. */
export function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => {
    sum += w;
    return sum;
  });
}
