/** Money: the ledger, the payers, and who pays for what. */
export { oneOffCosts, runningCosts, type SettingName } from './cost-model.js';
export { Ledger, PAYER_COUNT, PAYER_INDEX } from './ledger.js';
export { PAYER_LABELS, PAYERS, type Payer } from './payers.js';
