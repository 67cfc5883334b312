/** The founding documents, their asks, and what in the model represents each (the seed coverage table). */
export { SEED_ASKS, type SeedAsk, type SeedAskId } from './seed-asks.js';
export {
  type SeedAskCoverage,
  type SeedAskStatus,
  type SeedCoverage,
  seedCoverage,
  seedCoverageProblems,
} from './seed-coverage.js';
export { SEED_DOCUMENTS, type SeedDocument, type SeedDocumentId } from './seed-documents.js';
