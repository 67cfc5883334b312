/**
 * The portable log, exp and cos (fdlibm ports) against the engine's own Math functions.
 *
 * They must be within 1 ulp of Node's Math.log/exp/cos everywhere (both are fdlibm-accurate),
 * and, as faithful ports of the fdlibm V8 ships, bit-identical to them almost always: a count
 * over a million deterministic inputs per function reports the rate (100% on Node 20).
 */
import { exponential, portableMath } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const { cos, exp, log } = portableMath;

const view = new DataView(new ArrayBuffer(8));

/** A double's bits as a signed 64-bit integer ordered like the doubles (−0 and +0 both map to 0). */
function ordered(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Distance in ulps (representable doubles between a and b); 0 for two NaNs; Infinity for NaN vs a number. */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b))
    return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

/** Same value and, for zeros, same sign (Object.is), NaN equal to NaN. */
function identical(a: number, b: number): boolean {
  return Object.is(a, b);
}

const subnormal = fc.double({ min: Number.MIN_VALUE, max: 2 ** -1022, noNaN: true });
const tiny = fc.double({ min: Number.MIN_VALUE, max: 1e-290, noNaN: true });
const huge = fc.double({ min: 1e290, max: Number.MAX_VALUE, noNaN: true });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const nearOne = fc.double({ min: 1 - 2 ** -18, max: 1 + 2 ** -18, noNaN: true });
const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const anyDouble = fc.double();

const WITHIN_ONE_ULP = { numRuns: 20_000, seed: 1 };

describe('portable log', () => {
  it.each([
    ['any double', anyDouble],
    ['positive', positive],
    ['subnormal', subnormal],
    ['tiny', tiny],
    ['huge', huge],
    ['near 1', nearOne],
    ['in [0, 1) (exponential draws)', unit],
  ])('is within 1 ulp of Math.log: %s', (_range, inputs) => {
    fc.assert(
      fc.property(inputs, (x) => ulps(log(x), Math.log(x)) <= 1),
      WITHIN_ONE_ULP,
    );
  });

  it('handles the special cases as fdlibm does', () => {
    expect(log(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-1)).toBeNaN();
    expect(log(-Number.MIN_VALUE)).toBeNaN();
    expect(log(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(log(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(log(Number.NaN)).toBeNaN();
    expect(Object.is(log(1), 0)).toBe(true);
  });

  it('gives known values', () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the reference value, written out on purpose
    expect(log(2)).toBe(0.6931471805599453);
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the reference value, written out on purpose
    expect(log(10)).toBe(2.302585092994046);
    expect(log(Math.E)).toBe(1);
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the reference value, written out on purpose
    expect(log(0.5)).toBe(-0.6931471805599453);
    expect(log(Number.MIN_VALUE)).toBe(-744.4400719213812);
    expect(log(2 ** -1022)).toBe(-708.3964185322641);
    expect(log(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(log(1 + 2 ** -52)).toBe(2.2204460492503128e-16);
  });
});

describe('portable exp', () => {
  it.each([
    ['any double', anyDouble],
    ['the finite range', fc.double({ min: -746, max: 710, noNaN: true })],
    ['near overflow', fc.double({ min: 709, max: 710, noNaN: true })],
    ['near underflow (subnormal results)', fc.double({ min: -746, max: -708, noNaN: true })],
    ['tiny', fc.double({ min: -(2 ** -20), max: 2 ** -20, noNaN: true })],
    ['[−1.5 ln 2, 1.5 ln 2]', fc.double({ min: -1.04, max: 1.04, noNaN: true })],
  ])('is within 1 ulp of Math.exp: %s', (_range, inputs) => {
    fc.assert(
      fc.property(inputs, (x) => ulps(exp(x), Math.exp(x)) <= 1),
      WITHIN_ONE_ULP,
    );
  });

  it('handles the special cases as fdlibm does', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(exp(Number.NEGATIVE_INFINITY), 0)).toBe(true);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(709.8)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(exp(-745.2), 0)).toBe(true);
    expect(exp(-745)).toBe(Number.MIN_VALUE); // the smallest subnormal
  });

  it('gives known values', () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the reference value, written out on purpose
    expect(exp(1)).toBe(2.718281828459045);
    expect(exp(-1)).toBe(0.36787944117144233);
    expect(exp(Math.LN2)).toBe(2);
    expect(exp(10)).toBe(22026.465794806718);
    expect(exp(709.782712893384)).toBe(1.7976931348622732e308);
    expect(exp(-708.3964185322641)).toBe(2.2250738585072626e-308);
  });
});

describe('portable cos', () => {
  it.each([
    ['any double', anyDouble],
    ['[0, 2π) (Box–Muller)', fc.double({ min: 0, max: 2 * Math.PI, maxExcluded: true, noNaN: true })],
    ['near multiples of π/2', fc.integer({ min: -1000, max: 1000 }).map((n) => (n * Math.PI) / 2)],
    ['medium (|x| < 2^20 π/2)', fc.double({ min: -1.6e6, max: 1.6e6, noNaN: true })],
    ['huge (k_rem_pio2)', huge],
  ])('is within 1 ulp of Math.cos: %s', (_range, inputs) => {
    fc.assert(
      fc.property(inputs, (x) => ulps(cos(x), Math.cos(x)) <= 1),
      WITHIN_ONE_ULP,
    );
  });

  it('handles the special cases as fdlibm does', () => {
    expect(cos(0)).toBe(1);
    expect(cos(-0)).toBe(1);
    expect(cos(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(cos(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(cos(Number.NaN)).toBeNaN();
  });

  it('gives known values', () => {
    expect(cos(Math.PI)).toBe(-1);
    expect(cos(Math.PI / 2)).toBe(6.123233995736766e-17);
    expect(cos(1)).toBe(0.5403023058681398);
    expect(cos(1e22)).toBe(0.523214785395139);
    expect(cos(Number.MAX_VALUE)).toBe(-0.9999876894265599);
  });
});

/** A fixed sequence of doubles with uniformly random bits (xorshift32 words), for the counts. */
function* randomBits(count: number, seed: number): Generator<number> {
  let s = seed >>> 0 || 1;
  const word = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < count; i++) {
    view.setUint32(0, word());
    view.setUint32(4, word());
    yield view.getFloat64(0);
  }
}

/** The same sequence mapped into [lo, hi). */
function* uniform(count: number, seed: number, lo: number, hi: number): Generator<number> {
  for (const x of randomBits(count, seed)) {
    view.setFloat64(0, x);
    yield lo + (view.getUint32(4) / 2 ** 32) * (hi - lo);
  }
}

/** Share of inputs where `f` and `g` give identical bits. */
function identicalRate(f: (x: number) => number, g: (x: number) => number, inputs: Iterable<number>): number {
  let same = 0;
  let all = 0;
  for (const x of inputs) {
    all++;
    if (identical(f(x), g(x))) same++;
  }
  return same / all;
}

describe('bit-identical to Node’s Math functions', () => {
  const N = 250_000;
  it.each([
    ['log, random bits', log, Math.log, () => randomBits(N, 11)],
    ['log, [0, 1)', log, Math.log, () => uniform(N, 12, 0, 1)],
    ['log, near 1', log, Math.log, () => uniform(N, 13, 1 - 2 ** -18, 1 + 2 ** -18)],
    ['log, [1e-300, 1e300] by exponent', log, Math.log, () => uniform(N, 14, -690, 690)],
    ['exp, random bits', exp, Math.exp, () => randomBits(N, 21)],
    ['exp, [−746, 710]', exp, Math.exp, () => uniform(N, 22, -746, 710)],
    ['exp, [−2, 2]', exp, Math.exp, () => uniform(N, 23, -2, 2)],
    ['cos, random bits', cos, Math.cos, () => randomBits(N, 31)],
    ['cos, [0, 2π)', cos, Math.cos, () => uniform(N, 32, 0, 2 * Math.PI)],
    ['cos, [−1e6, 1e6]', cos, Math.cos, () => uniform(N, 33, -1e6, 1e6)],
  ])('%s', (name, f, g, inputs) => {
    const source = name.includes('by exponent') ? [...inputs()].map((e) => exp(e)) : inputs();
    const rate = identicalRate(f, g, source);
    // Reported, so a change of engine shows up as a number rather than only as a failure.
    console.log(`portable ${name}: ${(100 * rate).toFixed(4)}% bit-identical to Math (${N} inputs)`);
    expect(rate).toBeGreaterThanOrEqual(0.999);
  });
});

describe('the engine uses them', () => {
  it('draws exponential waits with the portable log', () => {
    fc.assert(
      fc.property(unit, fc.double({ min: 0.01, max: 10_000, noNaN: true }), (u, mean) => {
        expect(
          Object.is(
            exponential(() => u, mean),
            -mean * log(1 - u),
          ),
        ).toBe(true);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
