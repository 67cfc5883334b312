/** Money: the ledger and who pays for what (the payers themselves are in `foundation/`). */
export { oneOffCosts, runningCosts } from './cost-model.js';
export { deliveryPenceByMonth } from './delivery-costs.js';
export { LEDGER_COLUMNS, Ledger, MOVED_FROM_HIGH_NEEDS, PAYER_COUNT, PAYER_INDEX } from './ledger.js';
export { RelativePrices } from './relative-prices.js';
