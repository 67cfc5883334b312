/**
 * @send-sim/sim-core: an event-driven model of England's SEND system.
 *
 * The public API, by concept; nothing else is public. Deep imports across packages are not allowed.
 *
 * @example
 * import { parseScenarioFile, resolveScenario, runExperiment } from '@send-sim/sim-core';
 * const baseline = resolveScenario(parseScenarioFile(text, 'scenarios/baseline.json'));
 * const result = runExperiment(baseline, { seed: 1, replications: 5, years: 10, scale: 0.01 });
 */
export * from './calibration/index.js';
export * from './describe/index.js';
export * from './engine/index.js';
export * from './experiment/index.js';
export * from './foundation/index.js';
export * from './journey/index.js';
export * from './ledger/index.js';
export * from './local-area/index.js';
export * from './metrics/index.js';
export * from './population/index.js';
export * from './report/index.js';
export * from './scenario/index.js';
export * from './services/index.js';
export { MODEL_VERSION } from './version.js';
