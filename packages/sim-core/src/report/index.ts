/** Writing results for people: the number formats the CLI and the web app share. */
export {
  formatMetricChange,
  formatMetricValue,
  formatMoneyMillions,
  formatNumber,
  formatSigned,
  NO_VALUE,
  type NumberStyle,
  PLAIN_NUMBERS,
} from './number-format.js';
