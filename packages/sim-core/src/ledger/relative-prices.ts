/**
 * Relative prices for one run (issue 11, requirement 4): each money parameter's relative price
 * factor in each financial year of the run (`price-indices.ts`), worked out once when the run
 * starts, so the engine only looks factors up. The ledger stays in real price-base prices; a
 * cost whose index outruns the GDP deflator costs more in later years.
 *
 * The engine re-prices once a year, on 1 April (`Partition.startMonth`): it multiplies the money
 * parameters by that year's factors (one small object a year, never one per event) and, only if
 * a factor changed, moves every child in the model to its state's new running-cost vector.
 */
import { MONEY_PARAMETERS, priceIndexOf } from '../scenario/money-indices.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { PRICE_INDEX_DEFINITIONS, relativePriceFactor } from '../scenario/price-indices.js';

/** Factors already worked out, by the parameters they came from and their years (see `RelativePrices.of`). */
const worked = new WeakMap<Params, Map<string, RelativePrices>>();

export class RelativePrices {
  /**
   * The factors for `params` over these years, worked out once for each parameter object and
   * span in this thread: every partition of a run asks for the same ones (otherwise ten tables of
   * the same numbers, about 1% of a 1% run's CPU). The factors never change once worked out.
   */
  static of(params: Params, firstYear: number, lastYear: number, enabled = true): RelativePrices {
    let bySpan = worked.get(params);
    if (bySpan === undefined) {
      bySpan = new Map();
      worked.set(params, bySpan);
    }
    const key = `${firstYear} ${lastYear} ${enabled}`;
    let prices = bySpan.get(key);
    if (prices === undefined) {
      prices = new RelativePrices(params, firstYear, lastYear, enabled);
      bySpan.set(key, prices);
    }
    return prices;
  }

  /** Factor of each money parameter (`MONEY_PARAMETERS` order), year by year from `firstYear`. */
  private readonly factors: Float64Array;
  private readonly years: number;

  /**
   * Factors for the financial years `firstYear` to `lastYear` (years outside take the nearest),
   * with each index's real growth as `params` has it. `enabled: false` gives factors of 1: every
   * cost follows the GDP deflator, as before prices moved.
   */
  constructor(
    params: Params,
    readonly firstYear: number,
    lastYear: number,
    enabled = true,
  ) {
    this.years = Math.max(1, lastYear - firstYear + 1);
    const n = MONEY_PARAMETERS.length;
    this.factors = new Float64Array(this.years * n).fill(1);
    if (!enabled) return;
    for (let y = 0; y < this.years; y++) {
      for (let k = 0; k < n; k++) {
        const index = priceIndexOf(MONEY_PARAMETERS[k]!);
        const growthKey = PRICE_INDEX_DEFINITIONS[index].growth;
        const growth = growthKey === undefined ? 0 : params[growthKey];
        this.factors[y * n + k] = relativePriceFactor(index, firstYear + y, growth);
      }
    }
  }

  private row(year: number): number {
    return Math.min(this.years - 1, Math.max(0, year - this.firstYear)) * MONEY_PARAMETERS.length;
  }

  /** The relative price factor of the `k`th money parameter in the financial year starting in `year`. */
  factorAt(k: number, year: number): number {
    return this.factors[this.row(year) + k]!;
  }

  /** Whether every money parameter's factor is the same in the financial years starting in `a` and `b`. */
  same(a: number, b: number): boolean {
    const ra = this.row(a);
    const rb = this.row(b);
    for (let k = 0; k < MONEY_PARAMETERS.length; k++)
      if (this.factors[ra + k] !== this.factors[rb + k]) return false;
    return true;
  }

  /** `params` with each money parameter times its factor in the financial year starting in `year` (`params` itself when all are 1). */
  apply(params: Params, year: number): Params {
    const r = this.row(year);
    // Every partition of a thread re-prices on the same day with the same parameters: the last
    // answer is kept, so they share one priced object rather than make ten copies a year.
    const last = this.lastApplied;
    if (last !== undefined && last.params === params && last.row === r) return last.priced;
    let out: Record<string, number> | undefined;
    for (let k = 0; k < MONEY_PARAMETERS.length; k++) {
      const f = this.factors[r + k]!;
      if (f === 1) continue;
      out ??= { ...params };
      const key = MONEY_PARAMETERS[k]!;
      out[key] = params[key] * f;
    }
    const priced = (out ?? params) as Params;
    this.lastApplied = { params, row: r, priced };
    return priced;
  }

  /** The last `apply`: its parameters, their year's row and the answer. */
  private lastApplied: { params: Params; row: number; priced: Params } | undefined;
}
