/**
 * CSV output (RFC 4180): sim-core's writer, shared with the web app's downloads so both give
 * the same files. A header row, then one row per record; fields with a comma, quote or line
 * break are quoted; numbers at full precision; non-finite numbers and missing values are empty.
 */
export { type CsvCell, csvField, toCsv } from '@send-sim/sim-core';
