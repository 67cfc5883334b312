/**
 * Seeded random streams for common random numbers.
 *
 * Every stream is derived from (master seed, replication, child id, purpose), so the same
 * child draws the same numbers for the same purpose in every scenario: a reform changes a
 * child's path only where its policy changes the child's circumstances, and paired
 * differences between scenarios carry far less noise.
 *
 * The generator is Baagoe's Alea, stepped exactly as `seedrandom.alea` steps it (a test holds
 * the two to the same numbers from the same state). Its state (s0, s1, s2, multiples of 2^-32,
 * and a carry below 2^21) lives in four 32-bit words of a typed array, so every step is exact
 * in doubles and a stream costs 16 bytes. A stream's starting state is a hash of its four
 * keys: a chain of MurmurHash3's 32-bit finaliser, which is a bijection, so for fixed seed,
 * replication and purpose no two ids share a state, and every input bit reaches every word.
 * (Seeding with seedrandom's string hash cost 3.5 µs a stream; this costs a few nanoseconds.)
 */
import { log } from './portable-math.js';

/** A source of uniform numbers in [0, 1). */
export type RandomStream = () => number;

/** What a stream is used for; each purpose is its own stream so one use cannot shift another. */
export type StreamPurpose =
  | 'attributes'
  | 'events'
  | 'timing'
  | 'arrivals'
  | 'history'
  | 'calibration'
  | 'psa';

const PURPOSE_KEY: Readonly<Record<StreamPurpose, number>> = {
  attributes: 0x6a09e667,
  events: 0xbb67ae85,
  timing: 0x3c6ef372,
  arrivals: 0xa54ff53a,
  history: 0x510e527f,
  // The calibration search's own draws (candidate parameter sets), never a child's.
  calibration: 0x9b05688c,
  // Probabilistic sensitivity analysis: the Latin hypercube of parameter draws, never a child's.
  psa: 0x5be0cd19,
};

/** Alea's multiplier, 2^32 and 2^-32, as in seedrandom's `lib/alea.js`. */
const MULTIPLIER = 2091639;
const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit words with full avalanche. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Low and high 32-bit words of a whole number (seeds may exceed 2^32). */
function low(n: number): number {
  return n >>> 0;
}
function high(n: number): number {
  return Math.floor(n / TWO_POW_32) >>> 0;
}

/**
 * Write the starting state of the stream for (seed, replication, id, purpose) into
 * `state[at … at + 3]`: s0, s1, s2 in units of 2^-32 and the carry (1, as Alea starts).
 */
export function seedAlea(
  state: Uint32Array,
  at: number,
  seed: number,
  replication: number,
  id: number,
  purpose: StreamPurpose,
): void {
  let h = mix(PURPOSE_KEY[purpose]);
  h = mix(h ^ low(seed));
  h = mix(h ^ high(seed));
  h = mix(h ^ low(replication));
  h = mix(h ^ low(id));
  h = mix(h ^ high(id));
  state[at] = mix(h ^ 0x510e527f);
  state[at + 1] = mix(h ^ 0x9b05688c);
  state[at + 2] = mix(h ^ 0x1f83d9ab);
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

  /** Seed stream `index` as `randomStream(seed, replication, id, purpose)` is seeded. */
  seed(index: number, seed: number, replication: number, id: number, purpose: StreamPurpose): void {
    if (4 * index + 4 > this.state.length) this.grow(index);
    seedAlea(this.state, 4 * index, seed, replication, id, purpose);
  }

  /** The next number of stream `index`. */
  next(index: number): number {
    return stepAlea(this.state, 4 * index);
  }

  /** Stream `index`'s state in seedrandom's form (`seedrandom.alea('', { state })` continues it). */
  aleaState(index: number): { s0: number; s1: number; s2: number; c: number } {
    const at = 4 * index;
    return {
      s0: this.state[at]! * TWO_POW_MINUS_32,
      s1: this.state[at + 1]! * TWO_POW_MINUS_32,
      s2: this.state[at + 2]! * TWO_POW_MINUS_32,
      c: this.state[at + 3]!,
    };
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

/** A stream of its own for (seed, replication, id, purpose). */
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
