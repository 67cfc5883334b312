/**
 * Seeded random streams for common random numbers.
 *
 * Every stream is derived from (master seed, replication, child id, purpose), so the same
 * child draws the same numbers for the same purpose in every scenario: a reform changes a
 * child's path only where its policy changes the child's circumstances, and paired
 * differences between scenarios carry far less noise.
 *
 * The generator is Baagoe's Alea exactly as `seedrandom.alea` implements it, seeded with the
 * string `seed/replication/id/purpose`. seedrandom hashes that string with a closure per
 * stream (about 3.5 µs and 2 KB of garbage a child); here the same Mash hash runs over the
 * string's character codes in a reused buffer, and a stream's state lives in four 32-bit
 * words of a typed array (s0, s1, s2 are multiples of 2^-32 and the carry is below 2^21, so
 * every step is exact in doubles). A test holds both to seedrandom's own numbers.
 */
import { log } from './portable-math.js';

/** A source of uniform numbers in [0, 1). */
export type RandomStream = () => number;

/** What a stream is used for; each purpose is its own stream so one use cannot shift another. */
export type StreamPurpose = 'attributes' | 'events' | 'timing' | 'arrivals';

/** Alea's multiplier, 2^32 and 2^-32, as in seedrandom's `lib/alea.js`. */
const MULTIPLIER = 2091639;
const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Mash's state after hashing ' ' three times (Alea's first three seeds), and those three values. */
const MASH_START = 0xefc8249d;

/** Character codes of the seed string, built in place (a stream seed is short). */
const codes = new Int32Array(128);

function putText(text: string, at: number): number {
  for (let i = 0; i < text.length; i++) codes[at++] = text.charCodeAt(i);
  return at;
}

/** Append `String(n)`'s character codes; whole numbers are written digit by digit without a string. */
function putNumber(n: number, at: number): number {
  if (!(Number.isSafeInteger(n) && n >= 0)) return putText(String(n), at);
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  let x = n;
  for (let i = digits - 1; i >= 0; i--) {
    codes[at + i] = 48 + (x % 10);
    x = Math.floor(x / 10);
  }
  return at + digits;
}

/** One Mash pass over `codes[0, length)` from state `n`; returns the new state. */
function mash(n: number, length: number): number {
  for (let i = 0; i < length; i++) {
    n += codes[i]!;
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * TWO_POW_32;
  }
  return n;
}

/** The three Mash outputs for ' ', ' ', ' ' and the state after them (seed-independent). */
const SPACES = (() => {
  codes[0] = 32;
  let n = MASH_START;
  const out: number[] = [];
  for (let k = 0; k < 3; k++) {
    n = mash(n, 1);
    out.push(n >>> 0);
  }
  return { n, s: out as [number, number, number] };
})();

/**
 * Write Alea's state for `seed/replication/id/purpose` into `state[at … at + 3]` as whole
 * multiples of 2^-32 (s0, s1, s2) and the carry, exactly as `seedrandom.alea(thatString)`.
 */
export function seedAlea(
  state: Uint32Array,
  at: number,
  seed: number,
  replication: number,
  id: number,
  purpose: StreamPurpose,
): void {
  let length = putNumber(seed, 0);
  codes[length++] = 47; // '/'
  length = putNumber(replication, length);
  codes[length++] = 47;
  length = putNumber(id, length);
  codes[length++] = 47;
  length = putText(purpose, length);
  let n = SPACES.n;
  for (let k = 0; k < 3; k++) {
    n = mash(n, length);
    // s_k = mash(' ') − mash(seed), wrapped into [0, 1): in units of 2^-32, modulo 2^32.
    let s = SPACES.s[k]! - (n >>> 0);
    if (s < 0) s += TWO_POW_32;
    state[at + k] = s;
  }
  state[at + 3] = 1;
}

/** Alea's step on the state at `state[at … at + 3]`; returns the next number in [0, 1). */
export function stepAlea(state: Uint32Array, at: number): number {
  const t = MULTIPLIER * state[at]! + state[at + 3]!;
  const carry = Math.floor(t * TWO_POW_MINUS_32);
  const s2 = t - carry * TWO_POW_32;
  state[at] = state[at + 1]!;
  state[at + 1] = state[at + 2]!;
  state[at + 2] = s2;
  state[at + 3] = carry;
  return s2 * TWO_POW_MINUS_32;
}

/** Many long-lived streams (two per child in a run) held as state in one typed array: 16 bytes each. */
export class StreamTable {
  private state = new Uint32Array(4 * 1024);

  /** Seed stream `index` exactly as `randomStream(seed, replication, id, purpose)` would be. */
  seed(index: number, seed: number, replication: number, id: number, purpose: StreamPurpose): void {
    if (4 * index + 4 > this.state.length) this.grow(index);
    seedAlea(this.state, 4 * index, seed, replication, id, purpose);
  }

  /** The next number of stream `index`. */
  next(index: number): number {
    return stepAlea(this.state, 4 * index);
  }

  /** Bytes held (for memory accounting). */
  get bytes(): number {
    return this.state.byteLength;
  }

  private grow(index: number): void {
    let size = this.state.length;
    while (size < 4 * index + 4) size = Math.ceil((size * 1.5) / 4) * 4;
    const state = new Uint32Array(size);
    state.set(this.state);
    this.state = state;
  }
}

/**
 * One stream that is seeded again and again (a child's attributes, a year's arrivals): `draw`
 * is one function, so a run of millions of short-lived streams allocates nothing.
 */
export class ReusableStream {
  private readonly state = new Uint32Array(4);
  readonly draw: RandomStream = () => stepAlea(this.state, 0);

  /** Start the stream for (seed, replication, id, purpose); returns `draw`. */
  reseed(seed: number, replication: number, id: number, purpose: StreamPurpose): RandomStream {
    seedAlea(this.state, 0, seed, replication, id, purpose);
    return this.draw;
  }
}

/** A stream of its own for (seed, replication, id, purpose), the same numbers as `seedrandom.alea` gives. */
export function randomStream(
  seed: number,
  replication: number,
  id: number,
  purpose: StreamPurpose,
): RandomStream {
  return new ReusableStream().reseed(seed, replication, id, purpose);
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
