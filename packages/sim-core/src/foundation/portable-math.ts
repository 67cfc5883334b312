/**
 * Natural logarithm, exponential and cosine that give the same bits on every JavaScript engine.
 *
 * ECMAScript leaves `Math.log`, `Math.exp`, `Math.cos` and the other transcendental functions
 * "implementation-approximated", and V8 has changed them between versions: Node 20 (V8 11.3)
 * and Chromium 156 disagree in the last bit for some inputs, which broke the rule that a
 * scenario, seed and model version give byte-identical results in Node and in the browser
 * (DESIGN 3.1). The functions here use only what IEEE 754 specifies exactly (+ − × ÷,
 * comparisons, and integer operations on the bits of a double), so every engine computes them
 * alike. sim-core must call these, never `Math.log`/`Math.exp`/`Math.cos`/…; a test enforces it.
 *
 * They are faithful ports of fdlibm 5.3 (`e_log.c`, `e_exp.c`, `s_cos.c`, `k_cos.c`, `k_sin.c`,
 * `e_rem_pio2.c`, `k_rem_pio2.c`) in the form V8 ships in `src/base/ieee754.cc` (which adds
 * `exp(1) = E` exactly and scales by 2^k with a multiplication), so they return what Node 20's
 * `Math.log`/`Math.exp`/`Math.cos` return, bit for bit (`test/sim-core/portable-math.test.ts`
 * counts it). Unlike C, JavaScript never fuses a multiply and an add, so there is no
 * contraction to worry about. Nothing is allocated per call: the bit view and the scratch
 * arrays of the argument reduction are made once.
 *
 * The file is longer than most because the large-argument reduction of `cos` (k_rem_pio2) is
 * one algorithm that is clearer kept whole beside its caller.
 *
 * Licence notice (fdlibm), kept as its licence requires:
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */

// One 8-byte buffer seen as a double and as two 32-bit words. Typed arrays use the platform's
// byte order, so find once which word holds the sign and exponent (1.0 is 0x3FF00000_00000000).
const bits = new ArrayBuffer(8);
const asDouble = new Float64Array(bits);
const asWords = new Uint32Array(bits);
asDouble[0] = 1;
const HI = asWords[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The high word (sign, exponent, top 20 bits of the fraction) of `x`, as a signed int32. */
function highWord(x: number): number {
  asDouble[0] = x;
  return asWords[HI]! | 0;
}

/** The low 32 bits of the fraction of `x`, unsigned. */
function lowWord(x: number): number {
  asDouble[0] = x;
  return asWords[LO]!;
}

/** The double with these words. */
function fromWords(hi: number, lo: number): number {
  asWords[HI] = hi;
  asWords[LO] = lo;
  return asDouble[0]!;
}

/**
 * `POWERS_OF_TWO[n + 1024]` = 2^n for −1024 ≤ n ≤ 1023, built by exact doubling and halving.
 * The hot paths (log's normalisation, exp's final scaling) multiply by these instead of writing
 * exponent bits: the product is exact, so the bits are fdlibm's, and a double assembled from
 * two 32-bit writes and read back at once stalls the CPU (no store forwarding), which made
 * `log` about 3× slower than `Math.log`.
 */
const POWERS_OF_TWO = new Float64Array(2048);
for (let n = 0, p = 1; n <= 1023; n++, p *= 2) POWERS_OF_TWO[1024 + n] = p;
for (let n = 1, p = 0.5; n <= 1024; n++, p /= 2) POWERS_OF_TWO[1024 - n] = p;

// ---------------------------------------------------------------------------------------------
// log (e_log.c)
// ---------------------------------------------------------------------------------------------

const LN2_HI = 6.931471803691238e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const TWO54 = 1.8014398509481984e16; // 0x43500000 00000000
const LG1 = 6.666666666666735e-1; // 0x3FE55555 55555593
const LG2 = 3.999999999940942e-1; // 0x3FD99999 9997FA04
const LG3 = 2.857142874366239e-1; // 0x3FD24924 94229359
const LG4 = 2.2222198432149784e-1; // 0x3FCC71C5 1D8E78AF
const LG5 = 1.818357216161805e-1; // 0x3FC74664 96CB03DE
const LG6 = 1.5313837699209373e-1; // 0x3FC39A09 D078C69F
const LG7 = 1.4798198605116586e-1; // 0x3FC2F112 DF3E5244
const ONE_THIRD = 3.333333333333333e-1; // 0x3FD55555 55555555, fdlibm writes 0.33333333333333333

/**
 * The natural logarithm of `x`, identical on every engine (fdlibm's `__ieee754_log`, error < 1 ulp).
 *
 * Reduces x = 2^k (1 + f) with √2/2 < 1 + f < √2, then log(1 + f) = 2s + s·R(s²) with
 * s = f / (2 + f) and R a degree-14 minimax polynomial, and adds k·ln 2 in two parts.
 * log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞, log(NaN) = NaN, log(1) = +0.
 *
 * @example log(2) // 0.6931471805599453
 */
export function log(x: number): number {
  asDouble[0] = x;
  let hx = asWords[HI]! | 0;
  const lx = asWords[LO]!;
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative, or subnormal.
    if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54; // scale a subnormal up
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  const exponent = (hx >> 20) - 1023;
  k += exponent;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  // fdlibm sets the high word to hx | (i ^ 0x3ff00000): x or x/2 scaled into [√2/2, √2).
  // Multiplying by that power of two gives the same bits (exact), faster.
  const normal = x * POWERS_OF_TWO[1024 - exponent - (i >> 20)]!;
  k += i >> 20;
  const f = normal - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^-20 ≤ f < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const r = f * f * (0.5 - ONE_THIRD * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

// ---------------------------------------------------------------------------------------------
// exp (e_exp.c)
// ---------------------------------------------------------------------------------------------

const O_THRESHOLD = 7.09782712893384e2; // 0x40862E42 FEFA39EF
const U_THRESHOLD = -7.451332191019411e2; // 0xC0874910 D52D3051
const INV_LN2 = Math.LOG2E; // 0x3FF71547 652B82FE (a constant, exactly specified)
const P1 = 1.6666666666666602e-1; // 0x3FC55555 5555553E
const P2 = -2.7777777777015593e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.613756321437934e-5; // 0x3F11566A AF25DE2C
const P4 = -1.6533902205465252e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.1381367970572385e-8; // 0x3E663769 72BEA4D0
const E = Math.E; // 0x4005BF0A 8B145769 (a constant, exactly specified)
const HUGE = 1e300;
const TWO_M1000 = 9.332636185032189e-302; // 2^-1000
const TWO_1023 = 8.98846567431158e307; // 2^1023

/**
 * e to the power `x`, identical on every engine (fdlibm's `__ieee754_exp` as V8 ships it, error < 1 ulp).
 *
 * Reduces x = k·ln 2 + r with |r| ≤ ln 2 / 2 (r held as hi − lo), approximates exp(r) with a
 * degree-5 rational form, and scales by 2^k. exp(1) returns E exactly, as V8 does.
 * exp(±0) = 1, exp(+∞) = +∞, exp(−∞) = +0, exp(NaN) = NaN; overflows to +∞ above about
 * 709.78 and underflows to +0 below about −745.13.
 *
 * @example exp(1) // 2.718281828459045
 */
export function exp(x: number): number {
  asDouble[0] = x;
  let hx = asWords[HI]!;
  const xsb = hx >>> 31; // sign bit
  hx &= 0x7fffffff; // high word of |x|
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…: not finite, or overflow / underflow
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | asWords[LO]!) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // exp(+∞) = +∞, exp(−∞) = 0
    }
    if (x > O_THRESHOLD) return HUGE * HUGE; // +∞
    if (x < U_THRESHOLD) return TWO_M1000 * TWO_M1000; // +0
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln 2 / 2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln 2: k = ±1. V8 returns E for exp(1) (the formula below is 1 ulp off there).
      if (x === 1) return E;
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = (INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0; // truncation, as C's (int)
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    if (HUGE + x > 1) return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  // Scale by 2^k (in two steps when 2^k would be subnormal), as V8's fdlibm does.
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_1023;
    return y * POWERS_OF_TWO[1024 + k]!;
  }
  return y * POWERS_OF_TWO[1024 + k + 1000]! * TWO_M1000;
}

// ---------------------------------------------------------------------------------------------
// cos (s_cos.c, k_cos.c, k_sin.c, e_rem_pio2.c, k_rem_pio2.c)
// ---------------------------------------------------------------------------------------------

const C1 = 4.16666666666666e-2; // 0x3FA55555 5555554C
const C2 = -1.388888888887411e-3; // 0xBF56C16C 16C15177
const C3 = 2.480158728947673e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.7557314351390663e-7; // 0xBE927E4F 809C52AD
const C5 = 2.087572321298175e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.1359647557788195e-11; // 0xBDA8FAE9 BE8838D4

/** cos(x + y) for |x| ≤ ~π/4, y the tail of x (k_cos.c). */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // 1 − qx and x²/2 − qx are exact, which keeps the rounding error of the subtraction small.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // |x| / 4, chopped
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

const S1 = -1.6666666666666632e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332249e-3; // 0x3F811111 1110F8A6
const S3 = -1.984126982985795e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.7557313707070068e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.5050760253406863e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155e-10; // 0x3DE5D93A 5ACFD57C

/** sin(x + y) for |x| ≤ ~π/4, y the tail of x (k_sin.c with iy = 1). */
function kernelSin(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** 396 hex digits of 2/π, 24 bits an entry (k_rem_pio2's ipio2). */
// biome-ignore format: a table, kept as fdlibm lays it out
const TWO_OVER_PI = Int32Array.of(
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb,
  0xc561b7, 0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5,
  0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
  0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d,
  0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b,
  0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
  0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
);

/** High words of n·π/2 for n = 1 … 32 (a quick check that the medium reduction lost no bits). */
// biome-ignore format: a table, kept as fdlibm lays it out
const NPIO2_HW = Int32Array.of(
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
  0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
  0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
  0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
);

const INV_PIO2 = 6.366197723675814e-1; // 0x3FE45F30 6DC9C883: 53 bits of 2/π
const PIO2_1 = 1.5707963267341256; // 0x3FF921FB 54400000: first 33 bits of π/2
const PIO2_1T = 6.077100506506192e-11; // 0x3DD0B461 1A626331: π/2 − PIO2_1
const PIO2_2 = 6.077100506303966e-11; // 0x3DD0B461 1A600000: second 33 bits of π/2
const PIO2_2T = 2.0222662487959506e-21; // 0x3BA3198A 2E037073: π/2 − (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111665e-21; // 0x3BA3198A 2E000000: third 33 bits of π/2
const PIO2_3T = 8.4784276603689e-32; // 0x397B839A 252049C1: π/2 − (PIO2_1 + PIO2_2 + PIO2_3)
const TWO24 = 1.6777216e7; // 2^24
const TWON24 = 5.9604644775390625e-8; // 2^-24

/** Where `remPio2` leaves x − n·π/2 as a head and a tail. */
const reduced = new Float64Array(2);
const tx = new Float64Array(3);

/** x − n·π/2 into `reduced` (head, tail) with |head| ≤ ~π/4; returns n (e_rem_pio2.c). */
function remPio2(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≤ ~π/4: nothing to do
    reduced[0] = x;
    reduced[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3π/4: n = ±1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        reduced[0] = z - PIO2_1T; // 33 + 53 bits of π/2 are enough
        reduced[1] = z - reduced[0]! - PIO2_1T;
      } else {
        z -= PIO2_2; // near π/2: 33 + 33 + 53 bits
        reduced[0] = z - PIO2_2T;
        reduced[1] = z - reduced[0]! - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      reduced[0] = z + PIO2_1T;
      reduced[1] = z - reduced[0]! + PIO2_1T;
    } else {
      z += PIO2_2;
      reduced[0] = z + PIO2_2T;
      reduced[1] = z - reduced[0]! + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| ≤ ~2^19·π/2: medium size, Cody–Waite with up to three parts of π/2
    const t = Math.abs(x);
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T; // first round good to 85 bits
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      reduced[0] = r - w; // no cancellation
    } else {
      const j = ix >> 20;
      reduced[0] = r - w;
      let i = j - ((highWord(reduced[0]!) >> 20) & 0x7ff);
      if (i > 16) {
        // second round, good to 118 bits
        let u = r;
        w = fn * PIO2_2;
        r = u - w;
        w = fn * PIO2_2T - (u - r - w);
        reduced[0] = r - w;
        i = j - ((highWord(reduced[0]!) >> 20) & 0x7ff);
        if (i > 49) {
          // third round, 151 bits: covers every case
          u = r;
          w = fn * PIO2_3;
          r = u - w;
          w = fn * PIO2_3T - (u - r - w);
          reduced[0] = r - w;
        }
      }
    }
    reduced[1] = r - reduced[0]! - w;
    if (hx < 0) {
      reduced[0] = -reduced[0]!;
      reduced[1] = -reduced[1]!;
      return -n;
    }
    return n;
  }
  if (ix >= 0x7ff00000) {
    // ∞ or NaN
    reduced[0] = x - x;
    reduced[1] = reduced[0]!;
    return 0;
  }
  // Large: split |x| scaled by 2^-e0 into three 24-bit pieces and reduce with many bits of 2/π.
  const e0 = (ix >> 20) - 1046; // ilogb(x) − 23
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]!) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0) nx--; // skip zero terms
  const n = kernelRemPio2(e0, nx);
  if (hx < 0) {
    reduced[0] = -reduced[0]!;
    reduced[1] = -reduced[1]!;
    return -n;
  }
  return n;
}

/** π/2 in 24-bit pieces (k_rem_pio2's PIo2). */
const PIO2_PARTS = Float64Array.of(
  1.570796251296997, // 0x3FF921FB 40000000
  7.549789415861596e-8, // 0x3E74442D 00000000
  5.390302529957765e-15, // 0x3CF84698 80000000
  3.282003415807913e-22, // 0x3B78CC51 60000000
  1.270655753080676e-29, // 0x39F01B83 80000000
  1.2293330898111133e-36, // 0x387A2520 40000000
  2.7337005381646456e-44, // 0x36E38222 80000000
  2.1674168387780482e-51, // 0x3569F31D 00000000
);

// Scratch arrays of kernelRemPio2 (fdlibm sizes them 20).
const iq = new Int32Array(20);
const fPieces = new Float64Array(20);
const fq = new Float64Array(20);
const q = new Float64Array(20);

/** x·2^n for the exponents k_rem_pio2 scales by (its scalbn), exactly. */
function scale(x: number, n: number): number {
  return x * POWERS_OF_TWO[1024 + n]!;
}

/**
 * The last three bits of N and x·2^e0 − N·π/2 into `reduced`, for x in `tx[0 … nx−1]`
 * (24-bit pieces). k_rem_pio2.c with prec = 2 (jk = 4), as V8 calls it.
 */
function kernelRemPio2(e0: number, nx: number): number {
  const jk = 4;
  const jp = jk;
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  // f[0 … jx + jk] = ipio2[jv − jx … jv + jk]
  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) fPieces[i] = j < 0 ? 0 : TWO_OVER_PI[j]!;

  // q[0 … jk]
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (let k = 0; k <= jx; k++) fw += tx[k]! * fPieces[jx + i - k]!;
    q[i] = fw;
  }

  let jz = jk;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // Distil q[] into 24-bit integers iq[], in reverse.
    z = q[jz]!;
    for (let i = 0, k = jz; k > 0; i++, k--) {
      const fw = (TWON24 * z) | 0;
      iq[i] = (z - TWO24 * fw) | 0;
      z = q[k - 1]! + fw;
    }
    // n, the integer part mod 8
    z = scale(z, q0);
    z -= 8 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz − 1] holds bits of n
      const i = iq[jz - 1]! >> (24 - q0);
      n += i;
      iq[jz - 1] = iq[jz - 1]! - (i << (24 - q0));
      ih = iq[jz - 1]! >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1]! >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // the fraction is ≥ 0.5: take 1 − fraction and round n up
      n += 1;
      let carry = 0;
      for (let i = 0; i < jz; i++) {
        const v = iq[i]!;
        if (carry === 0) {
          if (v !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - v;
          }
        } else {
          iq[i] = 0xffffff - v;
        }
      }
      if (q0 === 1) iq[jz - 1] = iq[jz - 1]! & 0x7fffff;
      else if (q0 === 2) iq[jz - 1] = iq[jz - 1]! & 0x3fffff;
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scale(1, q0);
      }
    }
    // Recompute with more terms of 2/π when the fraction cancelled to zero.
    if (z !== 0) break;
    let any = 0;
    for (let i = jz - 1; i >= jk; i--) any |= iq[i]!;
    if (any !== 0) break;
    let k = 1;
    while (jk >= k && iq[jk - k] === 0) k++; // terms needed
    for (let i = jz + 1; i <= jz + k; i++) {
      fPieces[jx + i] = TWO_OVER_PI[jv + i]!;
      let fw = 0;
      for (let t = 0; t <= jx; t++) fw += tx[t]! * fPieces[jx + i - t]!;
      q[i] = fw;
    }
    jz += k;
  }

  // Chop off zero terms, or split z into 24-bit pieces.
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = scale(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = z | 0;
    }
  }

  // The 24-bit pieces as doubles.
  let fw = scale(1, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i]!;
    fw *= TWON24;
  }

  // fq = π/2 pieces × q
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2_PARTS[k]! * q[i + k]!;
    fq[jz - i] = fw;
  }

  // Compress fq[] into head and tail.
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i]!;
  reduced[0] = ih === 0 ? fw : -fw;
  fw = fq[0]! - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i]!;
  reduced[1] = ih === 0 ? fw : -fw;
  return n & 7;
}

/**
 * The cosine of `x` (radians), identical on every engine (fdlibm's `cos`, error < 1 ulp).
 *
 * Reduces x to r = x − n·π/2 with |r| ≤ π/4 (exactly enough for any finite x), then evaluates
 * the cosine or sine kernel polynomial by n mod 4. cos(±∞) = cos(NaN) = NaN.
 *
 * @example cos(0) // 1
 */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0); // |x| ≤ ~π/4
  if (ix >= 0x7ff00000) return x - x; // ∞ or NaN
  const n = remPio2(x);
  const y0 = reduced[0]!;
  const y1 = reduced[1]!;
  switch (n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1);
  }
}
