/** What the model reports: metric definitions and the monthly collector. */

export { DailyTotals } from './daily-totals.js';
export {
  METRIC_INDEX,
  METRICS,
  type MetricDefinition,
  type MetricId,
  type MetricKind,
  metricBounds,
  type ValueBounds,
} from './metric-definitions.js';
export { MetricsCollector, type MetricsState } from './metrics-collector.js';
export { ageBand, StockCounts } from './stock-counts.js';
