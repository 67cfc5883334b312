/** Money: the ledger, the payers, and who pays for what. */
export { oneOffCosts, runningCosts, type SettingName } from './cost-model.js';
export {
  type DeliveryCost,
  deliveryPenceByMonth,
  type ScheduledDeliveryCost,
} from './delivery-costs.js';
export { LEDGER_COLUMNS, Ledger, MOVED_FROM_HIGH_NEEDS, PAYER_COUNT, PAYER_INDEX } from './ledger.js';
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
export { financialYearStartOf, RelativePrices } from './relative-prices.js';
