/**
 * Collects the monthly metric series of one replication. Counts are of simulated children
 * (unweighted); the experiment layer weights them back to national figures.
 */
import { DAYS_PER_YEAR, monthOf } from '../foundation/calendar.js';
import { DailyTotals } from './daily-totals.js';
import { METRIC_INDEX, METRICS, type MetricDefinition, type MetricId } from './metric-definitions.js';

/**
 * A collector's contents as plain arrays (`MetricsCollector.state`): each kept metric's months
 * side by side in one array of its kind, in the order of `kept`.
 */
export interface MetricsState {
  /** The metrics kept (indices in METRICS, ascending). */
  readonly kept: readonly number[];
  /** Months of the kept metrics that count children or events (whole numbers; 16 bits until one needs more). */
  readonly whole: Uint16Array | Int32Array;
  /** Months of the others: waits' sums, child-years, money. */
  readonly real: Float64Array;
  /** Admissions by month of the kept mean waits. */
  readonly admissions: Int32Array;
  readonly childDays: Float64Array;
}

/** The metrics a collector can keep: every one but the shares (computed from others). */
const RECORDED = METRICS.flatMap((def: MetricDefinition, i) => (def.ratio === undefined ? [i] : []));

/** The child-years metrics, in the order of their daily counts. */
const CHILD_YEAR_METRICS = METRICS.flatMap((def, i) => (def.kind === 'childYears' ? [i] : []));

/**
 * Whether a metric's values are whole numbers: stocks and flows count children, events or
 * places, except a balance (money) or a sum of fractions (`fractional`). Those are kept in
 * 16-bit integers while every one is from 0 to 65,535 (a partition's month of a 1% run counts
 * a few thousand at most), and in 32-bit ones from the first that is not (a partition's month
 * never counts 2^31 of anything): a quarter or half the bytes of a double and exactly the same
 * numbers. Setting one to anything but a whole number throws rather than rounding.
 */
function isWhole(def: MetricDefinition): boolean {
  return (
    (def.kind === 'stock' || def.kind === 'flow') &&
    def.signed !== true &&
    def.money !== true &&
    def.fractional !== true
  );
}

/** Where each metric's months start in its kind's array, or −1 where the collector does not keep it. */
interface Layout {
  readonly wholeAt: Int32Array;
  readonly realAt: Int32Array;
  readonly admissionsAt: Int32Array;
  readonly whole: number;
  readonly real: number;
  readonly admissions: number;
}

function layoutOf(kept: readonly number[], months: number): Layout {
  const wholeAt = new Int32Array(METRICS.length).fill(-1);
  const realAt = new Int32Array(METRICS.length).fill(-1);
  const admissionsAt = new Int32Array(METRICS.length).fill(-1);
  let whole = 0;
  let real = 0;
  let admissions = 0;
  for (const metric of kept) {
    const def: MetricDefinition = METRICS[metric]!;
    if (def.ratio !== undefined)
      throw new Error(`MetricsCollector: ${def.id} is a share, computed from others`);
    if (isWhole(def)) {
      wholeAt[metric] = whole;
      whole += months;
    } else {
      realAt[metric] = real;
      real += months;
    }
    if (def.kind === 'meanDays') {
      admissionsAt[metric] = admissions;
      admissions += months;
    }
  }
  return { wholeAt, realAt, admissionsAt, whole, real, admissions };
}

export class MetricsCollector {
  private readonly monthStarts: readonly number[];
  /** The metrics this collector keeps (indices in METRICS, ascending). */
  private readonly kept: readonly number[];
  private readonly layout: Layout;
  /**
   * Month m of each kept metric (`[at + m]`, `at` from the layout): its flow or wait sum, or its
   * stock at the start of month m. Stocks have one more point than flows, the snapshot at the
   * end of the last month, so every metric has `monthStarts.length` months.
   */
  private whole: Uint16Array | Int32Array;
  /** Whether `whole` is still the 16-bit array (see `isWhole`). */
  private narrow = true;
  private readonly real: Float64Array;
  /** Admissions counted in month m, for mean waits. */
  private readonly admissions: Int32Array;
  /** Children in each child-years state, accrued day by day (child-days by month). */
  private readonly childDays: DailyTotals;

  /**
   * A collector for the months starting on `monthStarts`, keeping the metrics `kept` (indices
   * in METRICS; by default every one that is not a share). A part of a run keeps only what it
   * records (a partition does not record the shared services' waits, nor they its flows): a
   * national run holds a collector per partition, and a small run is mostly these.
   */
  constructor(monthStarts: readonly number[], kept: readonly number[] = RECORDED) {
    this.monthStarts = monthStarts;
    this.kept = [...new Set(kept)].sort((a, b) => a - b);
    this.layout = layoutOf(this.kept, monthStarts.length);
    this.whole = new Uint16Array(this.layout.whole);
    this.real = new Float64Array(this.layout.real);
    this.admissions = new Int32Array(this.layout.admissions);
    this.childDays = new DailyTotals(monthStarts, CHILD_YEAR_METRICS.length);
  }

  /** Count `n` events of `metric` on `day`. */
  count(metric: MetricId, day: number, n = 1): void {
    this.countAt(METRIC_INDEX[metric], monthOf(this.monthStarts, day), n);
  }

  /** Count `n` (a whole number) events of the metric with index `metric` (`METRIC_INDEX`) in month `month`. */
  countAt(metric: number, month: number, n = 1): void {
    const at = this.layout.wholeAt[metric]!;
    if (at < 0 || !Number.isInteger(n)) throw this.cannotSet(metric, n);
    this.setWhole(at + month, this.whole[at + month]! + n);
  }

  /** Set `whole[i]` to `value` (a whole number), widening to 32 bits first if 16 cannot hold it. */
  private setWhole(i: number, value: number): void {
    if (this.narrow && (value > 0xffff || value < 0)) {
      this.whole = Int32Array.from(this.whole);
      this.narrow = false;
    }
    this.whole[i] = value;
  }

  /** Add `pounds` to a money flow `metric` in month `month`. */
  addMoney(metric: MetricId, month: number, pounds: number): void {
    const index = METRIC_INDEX[metric];
    const at = this.layout.realAt[index]!;
    if (at < 0 || (METRICS[index] as MetricDefinition).money !== true) throw this.cannotSet(index, pounds);
    this.real[at + month]! += pounds;
  }

  /** Record the stock of `metric` at the start of month `m`. */
  setStock(metric: MetricId, m: number, value: number): void {
    const index = METRIC_INDEX[metric];
    const { wholeAt, realAt } = this.layout;
    if (wholeAt[index]! >= 0 && (value | 0) === value) this.setWhole(wholeAt[index]! + m, value);
    else if (realAt[index]! >= 0) this.real[realAt[index]! + m] = value;
    else throw this.cannotSet(index, value);
  }

  /**
   * One more (`delta` = 1) or one fewer (−1) child in the state the child-years metric with
   * index `metric` counts, from the first midnight at or after `time` (whole days, as costs accrue).
   */
  changeChildren(metric: number, delta: number, time: number): void {
    const series = CHILD_YEAR_METRICS.indexOf(metric);
    if (series < 0) throw new Error(`MetricsCollector: ${METRICS[metric]?.id} is not a child-years metric`);
    this.childDays.change(series, delta, time);
  }

  /** Accrue child-years up to `day` (the end of the run), before the series are read. */
  settle(day: number): void {
    this.childDays.accrueTo(Math.ceil(day));
    CHILD_YEAR_METRICS.forEach((metric, series) => {
      const at = this.layout.realAt[metric]!;
      if (at < 0) return;
      for (let m = 0; m + 1 < this.monthStarts.length; m++)
        this.real[at + m] = this.childDays.inMonth(m, series) / DAYS_PER_YEAR;
    });
  }

  /**
   * Add what `other` collected (another part of the same run, settled to the same day) to this
   * collector, which must keep every metric `other` keeps and must then be settled again.
   * Counts and child-days are whole numbers, so the sum does not depend on the order parts are
   * added in; sums of waits are added in call order.
   */
  absorb(other: MetricsCollector | MetricsState): void {
    const state = other instanceof MetricsCollector ? other.state() : other;
    const from = layoutOf(state.kept, this.monthStarts.length);
    const months = this.monthStarts.length;
    const add = (
      source: ArrayLike<number>,
      sourceAt: number,
      target: Int32Array | Float64Array,
      at: number,
    ) => {
      for (let m = 0; m < months; m++) target[at + m]! += source[sourceAt + m]!;
    };
    for (const metric of state.kept) {
      const { wholeAt, realAt, admissionsAt } = this.layout;
      if (from.wholeAt[metric]! >= 0) {
        if (wholeAt[metric]! < 0) throw this.cannotSet(metric, 'its counts');
        const fromAt = from.wholeAt[metric]!;
        const at = wholeAt[metric]!;
        for (let m = 0; m < months; m++)
          this.setWhole(at + m, this.whole[at + m]! + state.whole[fromAt + m]!);
      } else {
        if (realAt[metric]! < 0) throw this.cannotSet(metric, 'its values');
        add(state.real, from.realAt[metric]!, this.real, realAt[metric]!);
      }
      if (from.admissionsAt[metric]! >= 0)
        add(state.admissions, from.admissionsAt[metric]!, this.admissions, admissionsAt[metric]!);
    }
    this.childDays.absorb(state.childDays);
  }

  /** What the collector holds, as plain arrays (to send from a worker thread to be absorbed). */
  state(): MetricsState {
    return {
      kept: this.kept,
      whole: this.whole,
      real: this.real,
      admissions: this.admissions,
      childDays: this.childDays.months(),
    };
  }

  /** Record `count` admissions in month `month` whose waits add up to `sum` days. */
  addWaitTotal(metric: number, month: number, sum: number, count: number): void {
    const at = this.layout.realAt[metric]!;
    const admissionsAt = this.layout.admissionsAt[metric]!;
    if (at < 0 || admissionsAt < 0 || !Number.isInteger(count)) throw this.cannotSet(metric, sum);
    this.real[at + month]! += sum;
    this.admissions[admissionsAt + month]! += count;
  }

  /** Bytes the collector's months hold. */
  get bytes(): number {
    return (
      this.whole.byteLength +
      this.real.byteLength +
      this.admissions.byteLength +
      this.childDays.months().byteLength
    );
  }

  /** Month `m` of metric `metric` (0 for a metric not kept). */
  private valueAt(metric: number, m: number): number {
    const { wholeAt, realAt } = this.layout;
    if (wholeAt[metric]! >= 0) return this.whole[wholeAt[metric]! + m]!;
    if (realAt[metric]! >= 0) return this.real[realAt[metric]! + m]!;
    return 0;
  }

  /** Admissions in month `m` of mean wait `metric` (0 when not kept). */
  private admissionsIn(metric: number, m: number): number {
    const at = this.layout.admissionsAt[metric]!;
    return at < 0 ? 0 : this.admissions[at + m]!;
  }

  private cannotSet(metric: number, value: unknown): Error {
    const def = METRICS[metric];
    return new Error(
      this.kept.includes(metric)
        ? `MetricsCollector: ${def?.id} cannot take ${String(value)}`
        : `MetricsCollector: this collector does not keep ${def?.id ?? metric}`,
    );
  }

  /**
   * Yearly values (unweighted) for `years` years: stocks at the first month of each year
   * (years + 1 points, the last at the run's end), flows and child-years summed per year,
   * waits averaged over the year's admissions.
   */
  yearly(years: number): Record<MetricId, number[]> {
    const out = {} as Record<MetricId, number[]>;
    const shares: MetricDefinition[] = [];
    METRICS.forEach((def: MetricDefinition, i) => {
      if (def.ratio !== undefined) {
        shares.push(def);
        return;
      }
      const months = this.monthStarts.length;
      const row: number[] = [];
      if (def.kind === 'stock') {
        for (let y = 0; y <= years; y++) row.push(y * 12 < months ? this.valueAt(i, y * 12) : 0);
      } else {
        for (let y = 0; y < years; y++) {
          let sum = 0;
          let n = 0;
          for (let m = y * 12; m < (y + 1) * 12 && m < months; m++) {
            sum += this.valueAt(i, m);
            n += this.admissionsIn(i, m);
          }
          row.push(def.kind === 'meanDays' ? (n > 0 ? sum / n : 0) : sum);
        }
      }
      out[def.id as MetricId] = row;
    });
    for (const def of shares) out[def.id as MetricId] = ratioOf(out, def);
    return out;
  }

  /** Monthly values (unweighted): stocks at each month start, flows per month, mean waits per month. */
  monthly(): Record<MetricId, number[]> {
    const out = {} as Record<MetricId, number[]>;
    const shares: MetricDefinition[] = [];
    METRICS.forEach((def: MetricDefinition, i) => {
      if (def.ratio !== undefined) {
        shares.push(def);
        return;
      }
      const series = Array.from({ length: this.monthStarts.length }, (_, m) => this.valueAt(i, m));
      const id = def.id as MetricId;
      if (def.kind === 'meanDays')
        out[id] = series.map((s, m) => {
          const n = this.admissionsIn(i, m);
          return n > 0 ? s / n : 0;
        });
      else out[id] = def.kind === 'stock' ? series : series.slice(0, -1);
    });
    for (const def of shares) out[def.id as MetricId] = ratioOf(out, def);
    return out;
  }
}

/**
 * A share metric's values: numerator ÷ denominator, period by period (NaN when nothing was
 * counted). A flow over a stock (exclusions a year per pupil) divides each period's flow by the
 * stock at its start: a stock has one point more than a flow, the run's end, which has no flow.
 */
export function ratioOf(
  values: Readonly<Record<string, readonly number[]>>,
  def: MetricDefinition,
): number[] {
  const { numerator, denominator } = def.ratio!;
  const num = values[numerator] ?? [];
  const den = periodsOf(values[denominator] ?? [], num);
  return den.map((d, i) => (d > 0 ? (num[i] ?? 0) / d : Number.NaN));
}

/** The denominator's periods that a numerator counts: all of them, but a stock's end point under a flow. */
export function periodsOf(den: readonly number[], num: readonly number[]): readonly number[] {
  return num.length > 0 && num.length < den.length ? den.slice(0, num.length) : den;
}
