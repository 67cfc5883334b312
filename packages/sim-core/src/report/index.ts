/**
 * Writing results for people and files: the number formats the CLI and the web app share, the
 * plain-English headline, which results are fit to quote (and settings that would make them so),
 * and the CSV formats of `sendsim run/compare/sensitivity/sweep` and the web app's downloads.
 */
export {
  type FigureKind,
  type FigureOptions,
  figureKind,
  type WrittenEstimate,
  writeEstimate,
  writeFigure,
  writeSideBySide,
  writeWithInterval,
} from './figures.js';
export {
  FIT_TO_QUOTE_RULE,
  type QuoteWords,
  quoteWords,
  tooFewReplicationsReason,
  tooFewReplicationsWords,
  whyNotFit,
} from './fit-to-quote-words.js';
export {
  type Headline,
  type HeadlineClaim,
  type HeadlineDirection,
  type HeadlineOptions,
  LEAD_OUTCOME_IDS,
  writeHeadline,
} from './headline.js';
export {
  FAMILY_LEAD_OUTCOMES,
  HEADLINE_OUTCOMES,
  LEAD_OUTCOMES,
  type OutcomeWords,
  PAYER_WORDS,
} from './headline-words.js';
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
export { sensitivityCsv, sweepCsv } from './one-way-csv.js';
export {
  childWeight,
  finestStep,
  type MoneyUnit,
  type Quantity,
  quantityOf,
  quantityOfUnit,
  type Rounding,
  roundingFor,
} from './precision.js';
export { psaCsv } from './psa-csv.js';
export {
  COMPARE_CSV_HEADER,
  type CsvCell,
  compareCsv,
  csvField,
  type ResultSeries,
  RUN_CSV_HEADER,
  runCsv,
  runCsvRows,
  scenariosCsv,
  toCsv,
} from './results-csv.js';
export {
  type CentralQuoteWords,
  centralQuoteWords,
  centralSettingsToQuote,
  rowsQuoteWords,
} from './sensitivity-quote.js';
export {
  type QuoteSettings,
  type SettingsLimits,
  type SettingsToQuote,
  settingsToQuote,
} from './settings-to-quote.js';
export {
  VALUE_FOR_MONEY_RULE,
  type ValueForMoneyWords,
  VFM_LABEL,
  VFM_MEASURE_ID,
  valueForMoneyWords,
} from './value-for-money-words.js';
export { type VerdictWords, verdictWords } from './verdict-words.js';
