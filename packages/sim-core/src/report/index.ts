/** Writing results for people: the number formats the CLI and the web app share, and the plain-English headline. */
export {
  clearDirection,
  type Headline,
  type HeadlineClaim,
  type HeadlineDirection,
  writeHeadline,
} from './headline.js';
export { HEADLINE_OUTCOMES, type OutcomeWords, PAYER_WORDS, roughly } from './headline-words.js';
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
