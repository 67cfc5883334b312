/**
 * The seed coverage table (issue 15, requirement 6): every concrete ask in the founding
 * documents, joined to the levers that declare they serve it (`LeverDefinition.serves`) and the
 * mechanisms and outcomes the ask's own row names, or the reason it is not modelled. Written
 * from data each time it is asked for, so it cannot drift from the levers.
 */
import { METRICS } from '../metrics/metric-definitions.js';
import { LEVERS, type LeverDefinition } from '../scenario/levers.js';
import { SEED_ASKS, type SeedAsk } from '../scenario/seed-asks.js';
import { SEED_DOCUMENTS, type SeedDocumentId } from '../scenario/seed-documents.js';

/** How an ask is represented: by a lever, only by a mechanism or outcomes, or not at all. */
export type SeedAskStatus = 'lever' | 'mechanism' | 'outcome' | 'notModelled';

/** One row of the coverage table. */
export interface SeedAskCoverage {
  readonly id: string;
  readonly seeds: readonly SeedDocumentId[];
  readonly ask: string;
  readonly status: SeedAskStatus;
  /** The levers that declare they serve it, by id and title. */
  readonly levers: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly mechanisms: readonly string[];
  readonly outcomes: readonly string[];
  /** Why it is not modelled, or what the representation leaves out (`note`). */
  readonly notModelled?: string;
  readonly note?: string;
}

/** The whole table, with the documents it reads from. */
export interface SeedCoverage {
  readonly documents: ReadonlyArray<{
    readonly id: SeedDocumentId;
    readonly title: string;
    readonly short: string;
    readonly year: string;
  }>;
  readonly asks: readonly SeedAskCoverage[];
  readonly counts: Readonly<Record<SeedAskStatus, number>>;
}

/**
 * The coverage of every seed ask by `levers` (default: every lever).
 *
 * @example
 * seedCoverage().asks.filter((a) => a.status === 'notModelled') // asks the model leaves out, with reasons
 */
export function seedCoverage(levers: readonly LeverDefinition[] = LEVERS): SeedCoverage {
  const asks = (SEED_ASKS as readonly SeedAsk[]).map((ask): SeedAskCoverage => {
    const serving = levers
      .filter((l) => (l.serves as readonly string[]).includes(ask.id))
      .map((l) => ({ id: l.id, title: l.title }));
    const mechanisms = ask.mechanisms ?? [];
    const outcomes = ask.outcomes ?? [];
    const status: SeedAskStatus =
      serving.length > 0
        ? 'lever'
        : ask.notModelled !== undefined
          ? 'notModelled'
          : mechanisms.length > 0
            ? 'mechanism'
            : 'outcome';
    return {
      id: ask.id,
      seeds: ask.seeds,
      ask: ask.ask,
      status,
      levers: serving,
      mechanisms,
      outcomes,
      ...(ask.notModelled !== undefined ? { notModelled: ask.notModelled } : {}),
      ...(ask.note !== undefined ? { note: ask.note } : {}),
    };
  });
  const counts = { lever: 0, mechanism: 0, outcome: 0, notModelled: 0 };
  for (const a of asks) counts[a.status]++;
  return {
    documents: SEED_DOCUMENTS.map((d) => ({ id: d.id, title: d.title, short: d.short, year: d.year })),
    asks,
    counts,
  };
}

/**
 * What is wrong with the table, one sentence each (empty when nothing is): a lever serving an
 * ask that is not listed, an ask with neither a representation nor a reason, an ask marked not
 * modelled that a lever serves (its reason is stale), an outcome that is not a metric, or two
 * asks with one id.
 */
export function seedCoverageProblems(levers: readonly LeverDefinition[] = LEVERS): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const ask of SEED_ASKS as readonly SeedAsk[]) {
    if (ids.has(ask.id)) problems.push(`seed ask ${ask.id} is listed twice`);
    ids.add(ask.id);
  }
  for (const lever of levers) {
    for (const id of lever.serves) {
      if (!ids.has(id))
        problems.push(`lever ${lever.id} serves ${id}, which is not a seed ask (scenario/seed-asks.ts)`);
    }
  }
  const metricIds = new Set<string>(METRICS.map((m) => m.id));
  for (const row of seedCoverage(levers).asks) {
    const represented = row.levers.length > 0 || row.mechanisms.length > 0 || row.outcomes.length > 0;
    if (!represented && row.notModelled === undefined) {
      problems.push(
        `seed ask ${row.id}: no lever serves it, it names no mechanism or outcome, and it gives no reason it is not modelled`,
      );
    }
    if (row.levers.length > 0 && row.notModelled !== undefined) {
      problems.push(
        `seed ask ${row.id}: says it is not modelled, but ${row.levers.map((l) => l.id).join(', ')} serve it`,
      );
    }
    for (const metric of row.outcomes) {
      if (!metricIds.has(metric))
        problems.push(`seed ask ${row.id}: outcome ${metric} is not a metric the model reports`);
    }
  }
  return problems;
}
