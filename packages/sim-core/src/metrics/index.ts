/** What the model reports: metric definitions and the monthly collector. */
export {
  METRIC_INDEX,
  METRICS,
  type MetricDefinition,
  type MetricId,
  type MetricKind,
} from './metric-definitions.js';
export { MetricsCollector } from './metrics-collector.js';
