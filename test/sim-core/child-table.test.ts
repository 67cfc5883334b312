import {
  ChildTable,
  createJourneyContext,
  MAX_TIMERS,
  ROW_BYTES,
  resetJourneyContext,
  timerGenerationLimit,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const context = (id: number) =>
  createJourneyContext(
    { id, birthDay: -1000.5, sex: 'male', primaryNeed: 'SEMH', deprived: true, advocacy: 0.3 },
    0.7,
    0.4,
  );

describe('ChildTable', () => {
  it('keeps every timer’s generation apart, for every child (two 12-bit generations share three bytes)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.nat(MAX_TIMERS - 1)), { maxLength: 400 }), (bumps) => {
        const table = new ChildTable(3);
        for (let id = 0; id < 3; id++) table.add(context(id));
        const model = new Map<string, number>();
        for (const [id, timer] of bumps) {
          const key = `${id}/${timer}`;
          const next = (model.get(key) ?? 0) + 1;
          model.set(key, next);
          expect(table.nextTimerGeneration(id, timer)).toBe(next);
        }
        for (let id = 0; id < 3; id++)
          for (let timer = 0; timer < MAX_TIMERS; timer++)
            expect(table.timerGeneration(id, timer)).toBe(model.get(`${id}/${timer}`) ?? 0);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('refuses to reuse a timer generation rather than risk delivering a stale event', () => {
    const table = new ChildTable(1);
    table.add(context(0));
    for (const timer of [0, 1, 5]) {
      const limit = timerGenerationLimit(timer);
      for (let g = 1; g < limit; g++) table.nextTimerGeneration(0, timer);
      expect(() => table.nextTimerGeneration(0, timer)).toThrow(
        `timer ${timer} was scheduled ${limit} times`,
      );
    }
    expect(timerGenerationLimit(0)).toBe(4096);
    expect(timerGenerationLimit(5)).toBe(256);
    for (const other of [2, 4, 6, 21]) expect(table.timerGeneration(0, other)).toBe(0);
  });

  it('gives back the context it was given, through the journey’s own interface', () => {
    const table = new ChildTable(1);
    const c = {
      ...context(0),
      requestedOn: 12.5,
      planIssuedOn: 40.25,
      supportLevel: 'plan' as const,
      appealType: 'placement' as const,
      crises: 3,
      requestedBy: 'school' as const,
      lateIssue: true,
    };
    table.add(c);
    expect(table.contextOf(0)).toEqual(c);
  });

  it('makes room for exactly the rows reserved, keeping every row it holds', () => {
    const table = new ChildTable(2);
    for (let id = 0; id < 2; id++) table.add(context(id * 3));
    table.setLeaf(1, 2, 7);
    table.reserve(5);
    expect(table.capacity).toBe(5);
    expect(table.bytes).toBe(5 * ROW_BYTES);
    table.reserve(3);
    expect(table.capacity).toBe(5);
    for (let id = 2; id < 5; id++) table.add(context(id * 3));
    expect(table.capacity).toBe(5);
    expect([0, 1, 2, 3, 4].map((row) => table.idOf(row))).toEqual([0, 3, 6, 9, 12]);
    expect(table.rowOf(9)).toBe(3);
    expect(table.leaf(1, 2)).toBe(7);
    expect(table.contextOf(1)).toEqual(context(3));
  });

  it('finds the row of every id it holds, and no row for one it does not, however the ids are spread', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(5_000_000), { maxLength: 300 }),
        fc.array(fc.nat(5_000_000), { maxLength: 50 }),
        (ids, probes) => {
          const sorted = [...ids].sort((a, b) => a - b);
          const table = new ChildTable(4);
          for (const id of sorted) table.add(context(id));
          for (const [row, id] of sorted.entries()) expect(table.rowOf(id)).toBe(row);
          for (const id of probes) expect(table.rowOf(id)).toBe(sorted.indexOf(id));
          expect(table.rowOf(-1)).toBe(-1);
        },
      ),
      { numRuns: 300, seed: 21 },
    );
  });

  it('keeps every field of the context through its packed row, each independently of the others', () => {
    const requesters = ['none', 'family', 'school'] as const;
    const appeals = [
      'none',
      'refusalToAssess',
      'refusalToIssue',
      'planContents',
      'placement',
      'healthAndSocialCare',
    ] as const;
    fc.assert(
      fc.property(
        fc.record({
          sex: fc.constantFrom('female' as const, 'male' as const),
          deprived: fc.boolean(),
          requestedBy: fc.constantFrom(...requesters),
          appealType: fc.constantFrom(...appeals),
          counts: fc.array(fc.nat(255), { minLength: 6, maxLength: 6 }),
          flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          shared: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          unmet: fc.boolean(),
          band: fc.nat(4),
        }),
        (f) => {
          const table = new ChildTable(1);
          const c = {
            ...createJourneyContext(
              { id: 7, birthDay: -3.25, sex: f.sex, primaryNeed: 'HI', deprived: f.deprived, advocacy: 0.61 },
              0.2,
              0.9,
            ),
            requestedBy: f.requestedBy,
            appealType: f.appealType,
            requests: f.counts[0]!,
            refusals: f.counts[1]!,
            appeals: f.counts[2]!,
            mediations: f.counts[3]!,
            crises: f.counts[4]!,
            exclusions: f.counts[5]!,
            specialistSetting: f.flags[0]!,
            planDelivered: f.flags[1]!,
            seeksSpecialist: f.flags[2]!,
            lateDecision: f.flags[3]!,
            lateIssue: f.flags[4]!,
            outOfEducation: f.flags[5]!,
          };
          const row = table.add(c);
          for (const [s, on] of f.shared.entries()) table.setInSharedService(row, s, on);
          table.setUnmet(row, f.unmet);
          table.setAgeBand(row, f.band);
          expect(table.contextOf(row)).toEqual(c);
          expect(table.isActive(row)).toBe(true);
          expect(table.unmet(row)).toBe(f.unmet);
          expect(table.ageBand(row)).toBe(f.band);
          for (const [s, on] of f.shared.entries()) expect(table.inSharedService(row, s)).toBe(on);
          table.retire(row);
          expect(table.isActive(row)).toBe(false);
          expect(table.unmet(row)).toBe(f.unmet);
          for (const [s, on] of f.shared.entries()) expect(table.inSharedService(row, s)).toBe(on);
          expect(table.idOf(row)).toBe(7);
        },
      ),
      { numRuns: 300, seed: 22 },
    );
  });

  it('refuses a count past a byte rather than wrap it', () => {
    const table = new ChildTable(1);
    expect(() => table.add({ ...context(0), crises: 256 })).toThrow('crises of child 0 cannot be 256');
  });
});

describe('resetJourneyContext', () => {
  it('sets every field exactly as createJourneyContext does, whatever the object held before', () => {
    const attributes = {
      id: 9,
      birthDay: -2000.25,
      sex: 'female',
      primaryNeed: 'ASD',
      deprived: false,
      advocacy: 0.8,
    } as const;
    const used = {
      ...createJourneyContext(attributes, 0.1, 0.2),
      requests: 4,
      appealType: 'placement' as const,
      lateIssue: true,
    };
    resetJourneyContext(used, attributes, 0.55, 0.35);
    expect(used).toEqual(createJourneyContext(attributes, 0.55, 0.35));
    expect(Object.keys(used)).toEqual(Object.keys(createJourneyContext(attributes, 0.55, 0.35)));
  });
});
