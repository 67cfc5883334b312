/**
 * The precision rule: a mean and its 95% interval rounded to one step set by the interval's
 * half-width, never finer than one simulated child for a count, written the same way every time.
 * Examples from the issue, then properties over any estimate.
 */
import {
  type Estimate,
  type FigureKind,
  figureKind,
  finestStep,
  type NumberStyle,
  type Quantity,
  roundingFor,
  writeEstimate,
  writeFigure,
  writeSideBySide,
  writeWithInterval,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const PAGE: NumberStyle = { minus: '\u2212', signJoiner: '\u2060', unitSpace: '\u00a0' };
const count = (weight: number): FigureKind => ({ quantity: 'count', weight });
const money: FigureKind = { quantity: 'money', weight: 1 };
const share: FigureKind = { quantity: 'share', weight: 1 };

/** A written figure read back as a number in the figure's own units (pounds, a share 0–1, a count). */
function readBack(text: string, quantity: Quantity): number {
  const negative = /^[\u2212-]/.test(text);
  const unit = text.endsWith('bn') ? 1e9 : text.endsWith('m') ? 1e6 : quantity === 'share' ? 0.01 : 1;
  const digits = text.replace(/[^0-9.]/g, '');
  return (negative ? -1 : 1) * Number(digits) * unit;
}

describe('the precision rule, on the issue’s examples', () => {
  it('rounds to the half-width: £4.1bn (£3.6bn to £4.6bn), about 12,000 (11,000 to 13,000)', () => {
    expect(writeWithInterval({ mean: 4.1e9, lo: 3.6e9, hi: 4.6e9 }, money)).toBe(
      '£4.1bn (95% interval £3.6bn to £4.6bn)',
    );
    expect(writeWithInterval({ mean: 12_000, lo: 11_000, hi: 13_000 }, count(200))).toBe(
      '12,000 (95% interval 11,000 to 13,000)',
    );
  });

  it('never writes a count finer than one simulated child (each stands for 200: thousands)', () => {
    expect(writeWithInterval({ mean: 266_800, lo: 249_405, hi: 284_195 }, count(200))).toBe(
      '267,000 (95% interval 249,000 to 284,000)',
    );
    // One replication: no interval, so the weight of one simulated child sets the step.
    expect(writeEstimate({ mean: 1_203_133, lo: 1_203_133, hi: 1_203_133 }, count(200)).mean).toBe(
      '1,203,000',
    );
    expect(writeWithInterval({ mean: 1_203_133, lo: 1_203_133, hi: 1_203_133 }, count(200))).toBe(
      '1,203,000 (no interval)',
    );
    expect(finestStep('count', 1 / 0.01)).toBe(100);
    expect(finestStep('count', 1 / 0.005)).toBe(1000);
    expect(finestStep('count', 1 / 0.003)).toBe(1000);
  });

  it('writes money in £bn, £m or pounds, one unit for a mean and its interval', () => {
    expect(writeWithInterval({ mean: 326_241.7e6, lo: 325.1e9, hi: 327.4e9 }, money)).toBe(
      '£326.2bn (95% interval £325.1bn to £327.4bn)',
    );
    expect(writeWithInterval({ mean: -1.3e9, lo: -1.7e9, hi: -0.82e9 }, money, { change: true })).toBe(
      '-£1.3bn (95% interval -£1.7bn to -£0.8bn)',
    );
    expect(writeWithInterval({ mean: 109.2e6, lo: 107e6, hi: 111.5e6 }, money)).toBe(
      '£109.2m (95% interval £107.0m to £111.5m)',
    );
    expect(writeWithInterval({ mean: 45_321, lo: 40_100, hi: 50_900 }, money)).toBe(
      '£45,000 (95% interval £40,000 to £51,000)',
    );
    // No interval: two significant figures.
    expect(writeWithInterval({ mean: 326_241.7e6, lo: 326_241.7e6, hi: 326_241.7e6 }, money)).toBe(
      '£330bn (no interval)',
    );
    // Public spending and the cost to families are money, rounded as every payer's cost is.
    for (const id of ['cost_public', 'cost_family', 'cost_total', 'cost_school']) {
      expect(figureKind(id, 0.01), id).toEqual(figureKind('cost_school', 0.01));
      expect(figureKind(id, 0.01).quantity, id).toBe('money');
    }
  });

  it('writes shares as percentages and their changes in percentage points, precise as the interval', () => {
    expect(writeWithInterval({ mean: 0.4772, lo: 0.4721, hi: 0.4826 }, share)).toBe(
      '47.7% (95% interval 47.2% to 48.3%)',
    );
    expect(writeWithInterval({ mean: 0.598, lo: 0.35, hi: 0.81 }, share)).toBe(
      '60% (95% interval 35% to 81%)',
    );
    expect(writeWithInterval({ mean: 0.0083, lo: 0.003, hi: 0.0141 }, share, { change: true })).toBe(
      '+0.8 pp (95% interval +0.3 pp to +1.4 pp)',
    );
  });

  it('on the page: a true minus sign, joined to the £, and "pp" held to its figure', () => {
    expect(writeWithInterval({ mean: -1.88e9, lo: -2.2e9, hi: -1.56e9 }, money, { change: true }, PAGE)).toBe(
      '\u2212\u2060£1.9bn (95% interval \u2212\u2060£2.2bn to \u2212\u2060£1.6bn)',
    );
    expect(writeEstimate({ mean: -0.083, lo: -0.09, hi: -0.076 }, share, { change: true }, PAGE).mean).toBe(
      '\u22128.3\u00a0pp',
    );
    expect(
      writeEstimate({ mean: -10_840, lo: -13_142, hi: -8_538 }, count(100), { change: true }, PAGE),
    ).toMatchObject({
      mean: '\u221210,800',
      lo: '\u221213,100',
      hi: '\u22128,500',
    });
  });

  it('rounds a figure half-way between two steps away from zero, alike for either sign', () => {
    expect(writeWithInterval({ mean: 10_850, lo: 9_000, hi: 12_700 }, count(1), { change: true })).toBe(
      '+10,900 (95% interval +9,000 to +12,700)',
    );
    expect(writeWithInterval({ mean: -10_850, lo: -12_700, hi: -9_000 }, count(1), { change: true })).toBe(
      '-10,900 (95% interval -12,700 to -9,000)',
    );
  });

  it('writes a baseline and a reform side by side at the coarser step, in one unit', () => {
    expect(
      writeSideBySide(
        [
          { mean: 0.81e9, lo: 0.75e9, hi: 1.02e9 },
          { mean: 0.77e9, lo: 0.72e9, hi: 0.82e9 },
        ],
        money,
      ),
    ).toEqual(['£0.81bn', '£0.77bn']);
    expect(
      writeSideBySide(
        [
          { mean: 135.7e9, lo: 135.2e9, hi: 136.2e9 },
          { mean: 134.2e9, lo: 131e9, hi: 137.5e9 },
        ],
        money,
      ),
    ).toEqual(['£136bn', '£134bn']);
  });

  it('writes a level above zero that rounds to zero side by side as the bound it is under, not as 0', () => {
    // The app's area-of-need cards at 0.2%: a baseline of "0" beside a change of −2,000 read as a contradiction.
    expect(
      writeSideBySide(
        [
          { mean: 1_200, lo: 0, hi: 6_000 },
          { mean: 300, lo: 0, hi: 600 },
        ],
        count(500),
      ),
    ).toEqual(['1,000', '<500']);
    expect(
      writeSideBySide(
        [
          { mean: 0, lo: 0, hi: 0 },
          { mean: 0, lo: 0, hi: 0 },
        ],
        count(500),
      ),
    ).toEqual(['0', '0']);
    expect(
      writeSideBySide(
        [
          { mean: 3e6, lo: 0, hi: 9e7 },
          { mean: 0.5e6, lo: 0, hi: 4e7 },
        ],
        money,
      ),
    ).toEqual(['<£5m', '<£5m']);
    expect(
      writeSideBySide([{ mean: 300, lo: 0, hi: 600 }], count(500), { ...PAGE, below: 'under ' }),
    ).toEqual(['under 500']);
  });

  it('writes a figure that rounds to zero without a sign', () => {
    expect(writeWithInterval({ mean: -40, lo: -300, hi: 220 }, count(100), { change: true })).toBe(
      '0 (95% interval -300 to +200)',
    );
  });
});

/** Any estimate: a mean inside an interval of any width (possibly none), of any size and sign. */
const anyEstimate = fc
  .tuple(
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e11, noNaN: true })),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([lo, width, at]): Estimate => ({ lo, hi: lo + width, mean: lo + width * at }))
  .filter((e) => e.lo <= e.mean && e.mean <= e.hi);
const anyShare = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .chain(([a, b]) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return fc.double({ min: lo, max: hi, noNaN: true }).map((mean): Estimate => ({ mean, lo, hi }));
  });
const anyKind: fc.Arbitrary<FigureKind> = fc.oneof(
  fc.constantFrom(0.0001, 0.002, 0.003, 0.005, 0.01, 0.1, 1).map((scale) => count(1 / scale)),
  fc.constant(money),
  fc.constant<FigureKind>({ quantity: 'days', weight: 1 }),
);
/** Estimates on a grid of 50s, so a figure often sits exactly half-way between two steps. */
const gridEstimate = fc
  .tuple(
    fc.integer({ min: -400, max: 400 }),
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 400 }),
  )
  .map(
    ([lo, width, at]): Estimate => ({
      lo: lo * 50,
      hi: (lo + width) * 50,
      mean: (lo + Math.min(at, width)) * 50,
    }),
  );
const anyCase = fc.oneof(
  fc.tuple(anyEstimate, anyKind),
  fc.tuple(gridEstimate, anyKind),
  fc.tuple(anyShare, fc.constant(share)),
);

describe('the precision rule, for any estimate (property)', () => {
  it('keeps the rounded mean inside the rounded interval', () => {
    fc.assert(
      fc.property(anyCase, fc.boolean(), ([e, kind], change) => {
        const w = writeEstimate(e, kind, { change });
        const [lo, mean, hi] = [w.lo, w.mean, w.hi].map((t) => readBack(t, kind.quantity));
        expect(lo).toBeLessThanOrEqual(mean!);
        expect(mean).toBeLessThanOrEqual(hi!);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows no digit finer than the half-width supports, and moves no figure by more than half a step', () => {
    fc.assert(
      fc.property(anyCase, ([e, kind]) => {
        const w = writeEstimate(e, kind);
        const { step } = w.rounding;
        const half = (e.hi - e.lo) / 2;
        // Finer than a thirtieth of the half-width would be a digit the interval cannot support.
        if (half > 0) expect(step * 30).toBeGreaterThan(half);
        // At most a third of the half-width, unless the floor for the quantity is coarser.
        if (half > 0)
          expect(step).toBeLessThanOrEqual(Math.max(half / 3, finestStep(kind.quantity, kind.weight)));
        for (const [x, text] of [
          [e.mean, w.mean],
          [e.lo, w.lo],
          [e.hi, w.hi],
        ] as const) {
          expect(Math.abs(readBack(text, kind.quantity) - x)).toBeLessThanOrEqual(
            step / 2 + Math.abs(x) * 1e-9,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes a count finer than one simulated child: every figure a whole number of steps of at least 1/scale', () => {
    fc.assert(
      fc.property(anyEstimate, fc.constantFrom(0.0001, 0.002, 0.003, 0.005, 0.01, 1), (e, scale) => {
        const w = writeEstimate(e, count(1 / scale));
        expect(w.rounding.step).toBeGreaterThanOrEqual((1 / scale) * (1 - 1e-9));
        for (const text of [w.mean, w.lo, w.hi]) {
          const n = readBack(text, 'count');
          expect(Number.isInteger(n / w.rounding.step)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('writes figures side by side no finer than either one alone', () => {
    fc.assert(
      fc.property(anyEstimate, anyEstimate, anyKind, (a, b, kind) => {
        const [x, y] = writeSideBySide([a, b], kind);
        const step = Math.max(
          roundingFor(a, kind.quantity, kind.weight).step,
          roundingFor(b, kind.quantity, kind.weight).step,
        );
        for (const [e, text] of [
          [a, x!],
          [b, y!],
        ] as const) {
          if (text.startsWith('<')) {
            // A level above zero that rounds to zero: the bound it is under, half the step.
            expect(e.mean).toBeGreaterThan(0);
            expect(readBack(text, kind.quantity)).toBeCloseTo(step / 2, 6);
            expect(e.mean).toBeLessThan(step / 2 + step * 1e-9);
            continue;
          }
          const n = readBack(text, kind.quantity);
          expect(Math.abs(n - e.mean)).toBeLessThanOrEqual(step / 2 + Math.abs(e.mean) * 1e-9);
          // A whole number of the shared step (read back through the unit written).
          expect(Math.abs(n / step - Math.round(n / step))).toBeLessThan(1e-6 + Math.abs(n / step) * 1e-12);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is stable: the same text every time, a mirror image for the opposite change, unchanged by rounding again', () => {
    fc.assert(
      fc.property(anyCase, ([e, kind]) => {
        const once = writeEstimate(e, kind, { change: true }, PAGE);
        expect(writeEstimate({ ...e }, kind, { change: true }, PAGE)).toEqual(once);
        const mirror = writeEstimate({ mean: -e.mean, lo: -e.hi, hi: -e.lo }, kind, { change: true }, PAGE);
        const flip = (t: string) =>
          t.startsWith('\u2212') ? `+${t.slice(1)}` : t.startsWith('+') ? `\u2212${t.slice(1)}` : t;
        expect([mirror.mean, mirror.hi, mirror.lo]).toEqual([once.mean, once.lo, once.hi].map(flip));
        // The written figure, rounded again by the same rule, reads the same.
        const mean = readBack(writeFigure(e.mean, once.rounding), kind.quantity);
        expect(writeFigure(mean, once.rounding, { change: true }, PAGE)).toBe(once.mean);
        expect(roundingFor(e, kind.quantity, kind.weight)).toEqual(once.rounding);
      }),
      { numRuns: 1000 },
    );
  });
});
