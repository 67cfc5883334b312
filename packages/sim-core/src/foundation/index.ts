/**
 * The foundation: dependency-free helpers that every other folder may import (the calendar,
 * random streams, portable maths, and who pays). It imports no other sim-core folder, so nothing
 * below the engine has to import back up into it (test/sim-core/layering.test.ts).
 */
export {
  Calendar,
  DAYS_PER_YEAR,
  financialYearOf as financialYearStarting,
  financialYearStartOf,
  monthOf,
} from './calendar.js';
export { cholesky, solveLower } from './cholesky.js';
export { apportionCapped } from './largest-remainder.js';
export { latinHypercube } from './latin-hypercube.js';
export { normalQuantile } from './normal-quantile.js';
export {
  COMBINED_COST_LABEL,
  COST_KEYS,
  COST_SUMS,
  COST_TABLE_ORDER,
  type CostKey,
  type CostSum,
  costLabel,
  FAMILY_COST_LABEL,
  isPayer,
  PAYER_LABELS,
  PAYERS,
  type Payer,
  PUBLIC_PAYERS,
  PUBLIC_SPENDING_LABEL,
  type PublicPayer,
} from './payers.js';
/** `log`, `exp` and `cos` with the same bits on every engine; sim-core uses these, never `Math.log` & co. */
export * as portableMath from './portable-math.js';
export {
  cumulate,
  exponential,
  pickIndex,
  type RandomStream,
  ReusableStream,
  randomStream,
  type StreamPurpose,
  StreamTable,
} from './random-streams.js';
