/**
 * Collects the monthly metric series of one replication. Counts are of simulated children
 * (unweighted); the experiment layer weights them back to national figures.
 */
import { DAYS_PER_YEAR, monthOf } from '../engine/calendar.js';
import { DailyTotals } from './daily-totals.js';
import { METRIC_INDEX, METRICS, type MetricDefinition, type MetricId } from './metric-definitions.js';

/** A collector's contents as plain arrays (`MetricsCollector.state`). */
export interface MetricsState {
  readonly values: readonly Float64Array[];
  readonly waitCounts: readonly Float64Array[];
  readonly childDays: Float64Array;
}

/** What a metric that holds no monthly values of a kind holds (never written to). */
const NOTHING = new Float64Array(0);

/** The child-years metrics, in the order of their daily counts. */
const CHILD_YEAR_METRICS = METRICS.flatMap((def, i) => (def.kind === 'childYears' ? [i] : []));

export class MetricsCollector {
  private readonly monthStarts: readonly number[];
  /** `values[metric][m]`: month m's flow or wait sum, or the stock at the start of month m. */
  private readonly values: Float64Array[];
  /** Admissions counted in month m, for mean waits. */
  private readonly waitCounts: Float64Array[];
  /** Children in each child-years state, accrued day by day (child-days by month). */
  private readonly childDays: DailyTotals;

  constructor(monthStarts: readonly number[]) {
    this.monthStarts = monthStarts;
    // Stocks have one more point than flows: the snapshot at the end of the last month. Shares
    // are computed from other metrics and only mean waits count admissions, so the rest share an
    // empty array: a national run holds a collector per partition, and a 1% run is mostly these.
    const months = () => new Float64Array(monthStarts.length);
    this.values = METRICS.map((def: MetricDefinition) => (def.ratio === undefined ? months() : NOTHING));
    this.waitCounts = METRICS.map((def) => (def.kind === 'meanDays' ? months() : NOTHING));
    this.childDays = new DailyTotals(monthStarts, CHILD_YEAR_METRICS.length);
  }

  /** Count `n` events of `metric` on `day`. */
  count(metric: MetricId, day: number, n = 1): void {
    this.countAt(METRIC_INDEX[metric], monthOf(this.monthStarts, day), n);
  }

  /** Count `n` events of the metric with index `metric` (`METRIC_INDEX`) in month `month`. */
  countAt(metric: number, month: number, n = 1): void {
    this.values[metric]![month]! += n;
  }

  /** Record the stock of `metric` at the start of month `m`. */
  setStock(metric: MetricId, m: number, value: number): void {
    this.values[METRIC_INDEX[metric]]![m] = value;
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
      const values = this.values[metric]!;
      for (let m = 0; m + 1 < this.monthStarts.length; m++)
        values[m] = this.childDays.inMonth(m, series) / DAYS_PER_YEAR;
    });
  }

  /**
   * Add what `other` collected (another part of the same run, settled to the same day) to this
   * collector, which must then be settled again. Counts and child-days are whole numbers, so the
   * sum does not depend on the order parts are added in; sums of waits are added in call order.
   */
  absorb(other: MetricsCollector | MetricsState): void {
    const state = other instanceof MetricsCollector ? other.state() : other;
    this.values.forEach((values, metric) => {
      const from = state.values[metric]!;
      for (let m = 0; m < values.length; m++) values[m]! += from[m]!;
    });
    this.waitCounts.forEach((counts, metric) => {
      const from = state.waitCounts[metric]!;
      for (let m = 0; m < counts.length; m++) counts[m]! += from[m]!;
    });
    this.childDays.absorb(state.childDays);
  }

  /** What the collector holds, as plain arrays (to send from a worker thread to be absorbed). */
  state(): MetricsState {
    return { values: this.values, waitCounts: this.waitCounts, childDays: this.childDays.months() };
  }

  /** Record `count` admissions in month `month` whose waits add up to `sum` days. */
  addWaitTotal(metric: number, month: number, sum: number, count: number): void {
    this.values[metric]![month]! += sum;
    this.waitCounts[metric]![month]! += count;
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
      const series = this.values[i]!;
      const counts = this.waitCounts[i]!;
      const row: number[] = [];
      if (def.kind === 'stock') {
        for (let y = 0; y <= years; y++) row.push(series[y * 12] ?? 0);
      } else {
        for (let y = 0; y < years; y++) {
          let sum = 0;
          let n = 0;
          for (let m = y * 12; m < (y + 1) * 12; m++) {
            sum += series[m] ?? 0;
            n += counts[m] ?? 0;
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
      const series = Array.from(this.values[i]!);
      const counts = this.waitCounts[i]!;
      const id = def.id as MetricId;
      if (def.kind === 'meanDays')
        out[id] = series.map((s, m) => ((counts[m] ?? 0) > 0 ? s / counts[m]! : 0));
      else out[id] = def.kind === 'stock' ? series : series.slice(0, -1);
    });
    for (const def of shares) out[def.id as MetricId] = ratioOf(out, def);
    return out;
  }
}

/** A share metric's values: numerator ÷ denominator, period by period (NaN when nothing was counted). */
export function ratioOf(
  values: Readonly<Record<string, readonly number[]>>,
  def: MetricDefinition,
): number[] {
  const { numerator, denominator } = def.ratio!;
  const num = values[numerator] ?? [];
  const den = values[denominator] ?? [];
  return den.map((d, i) => (d > 0 ? (num[i] ?? 0) / d : Number.NaN));
}
