/**
 * The seed coverage table (issue 15, requirement 6): every lever's declared asks exist in the
 * list of the founding documents' asks, every ask is represented by a lever, mechanism or
 * outcome or says why it is not modelled, and the table is written from the levers, so adding
 * or removing a lever's declaration changes it.
 */
import {
  LEVERS,
  METRICS,
  SEED_ASKS,
  SEED_DOCUMENTS,
  type SeedAskId,
  seedCoverage,
  seedCoverageProblems,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

describe('the seed coverage table', () => {
  it('has no problems: declared asks exist, every ask is represented or has a reason', () => {
    expect(seedCoverageProblems()).toEqual([]);
  });

  it('lists the founding documents’ concrete asks, each from a known document', () => {
    expect(SEED_ASKS.length).toBeGreaterThanOrEqual(30);
    const documents = new Set(SEED_DOCUMENTS.map((d) => d.id));
    expect(documents.size).toBe(5);
    for (const ask of SEED_ASKS) {
      expect(ask.seeds.length, ask.id).toBeGreaterThan(0);
      for (const seed of ask.seeds) expect(documents.has(seed), `${ask.id}: ${seed}`).toBe(true);
    }
    // Every document contributes asks.
    for (const id of documents)
      expect(
        SEED_ASKS.some((a) => (a.seeds as readonly string[]).includes(id)),
        id,
      ).toBe(true);
  });

  it('every lever declares the asks it serves, and each declared ask is in the list', () => {
    const ids = new Set<string>(SEED_ASKS.map((a) => a.id));
    for (const lever of LEVERS) {
      expect(Array.isArray(lever.serves), lever.id).toBe(true);
      for (const id of lever.serves) expect(ids.has(id), `${lever.id}: ${id}`).toBe(true);
    }
  });

  it('names only metrics the model reports as outcomes', () => {
    const metrics = new Set<string>(METRICS.map((m) => m.id));
    for (const row of seedCoverage().asks)
      for (const o of row.outcomes) expect(metrics.has(o), `${row.id}: ${o}`).toBe(true);
  });

  it('is written from the levers: the advice and co-production levers serve the forums’ and co-production asks', () => {
    const rows = new Map(seedCoverage().asks.map((a) => [a.id, a]));
    expect(rows.get('nnpcf-review-forum-funding')?.levers.map((l) => l.id)).toEqual(['independentAdvice']);
    expect(rows.get('nnpcf-review-coproduction')?.levers.map((l) => l.id)).toEqual([
      'shortBreaksAndCoproduction',
      'transparencyAndCoproduction',
    ]);
    // Without the levers that serve it, an ask with no mechanism, outcome or reason is a problem.
    const without = LEVERS.filter((l) => l.id !== 'independentAdvice' && l.id !== 'earlyHelpInvestment');
    expect(seedCoverageProblems(without)).toContain(
      'seed ask nnpcf-review-listen-to-families: no lever serves it, it names no mechanism or outcome, and it gives no reason it is not modelled',
    );
  });

  it('finds a lever serving an ask that is not listed, and an ask marked not modelled that a lever serves', () => {
    const base = LEVERS.find((l) => l.id === 'planUpperAge')!;
    const stray = {
      ...base,
      id: 'stray',
      serves: ['no-such-ask' as SeedAskId, 'lenehan-leadership-board' as const],
    };
    const problems = seedCoverageProblems([...LEVERS, stray]);
    expect(problems).toContain(
      'lever stray serves no-such-ask, which is not a seed ask (scenario/seed-asks.ts)',
    );
    expect(
      problems.some((p) => p.startsWith('seed ask lenehan-leadership-board: says it is not modelled')),
    ).toBe(true);
  });

  it('counts each ask once, by how it is represented', () => {
    const c = seedCoverage();
    const total = c.counts.lever + c.counts.mechanism + c.counts.outcome + c.counts.notModelled;
    expect(total).toBe(SEED_ASKS.length);
    expect(c.counts.lever).toBeGreaterThan(0);
    expect(c.counts.notModelled).toBeGreaterThan(0);
  });
});
