/**
 * The engine delivers only the birthdays in BIRTHDAY_AGES, and to a young person on a post-plan
 * pathway only the 25th. That is safe only if a birthday at any other age changes nothing:
 * delivered to any state and context, it takes no transition.
 */
import {
  BIRTHDAY_AGES,
  compileJourney,
  createJourneyContext,
  createJourneyMachine,
  type JourneyContext,
  type JourneyEffect,
  POST_PLAN_BIRTHDAY_AGE,
  PRIMARY_NEEDS,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('birthdays', () => {
  it('at an age below 26 not in BIRTHDAY_AGES change nothing, whatever the state, context, draws and upper age', () => {
    const baseline = loadScenario('baseline').params;
    const compiled = new Map<number, ReturnType<typeof compileJourney>>();
    const journeyWithUpperAge = (upperAge: number) => {
      const params = { ...baseline, 'plan.upperAge': upperAge };
      const journey = compiled.get(upperAge) ?? compileJourney(createJourneyMachine(params), params);
      compiled.set(upperAge, journey);
      return journey;
    };
    // Birthdays end with the last listed age (26): every young person has left the model by then.
    const last = BIRTHDAY_AGES[BIRTHDAY_AGES.length - 1]!;
    const otherAges = Array.from({ length: last }, (_, age) => age).filter(
      (age) => !BIRTHDAY_AGES.includes(age),
    );
    fc.assert(
      fc.property(
        // The plan's upper age is a lever (18, 20 or 25) and may be anything from 16 to 25.
        fc.integer({ min: 16, max: 25 }),
        fc.array(fc.nat(30), { minLength: 4, maxLength: 4 }),
        fc.record({
          severity: unit,
          trust: unit,
          advocacy: unit,
          supportLevel: fc.constantFrom('universal', 'senSupport', 'earlyHelp', 'plan' as const),
          specialistSetting: fc.boolean(),
          seeksSpecialist: fc.boolean(),
          planDelivered: fc.boolean(),
          outOfEducation: fc.boolean(),
        }),
        fc.constantFrom(...otherAges),
        fc.tuple(unit, unit, unit, unit),
        (upperAge, leafPicks, fields, age, [uNeed, uSupport, uRedress, uSetting]) => {
          const journey = journeyWithUpperAge(upperAge);
          const leaves = journey.regions.map((r, i) => leafPicks[i]! % r.leaves.length);
          const context: JourneyContext = {
            ...createJourneyContext(
              {
                id: 1,
                birthDay: -age * 365.25,
                sex: 'male',
                primaryNeed: PRIMARY_NEEDS[0],
                deprived: false,
                advocacy: fields.advocacy,
              },
              fields.severity,
              fields.trust,
            ),
            ...fields,
          };
          const event = { type: 'BIRTHDAY' as const, day: 0, age, uNeed, uSupport, uRedress, uSetting };
          const effects: JourneyEffect[] = [];
          expect(journey.step(leaves, context, event, effects)).toBe(false);
        },
      ),
      { numRuns: 3000, seed: 26 },
    );
  });

  it('before 25 change nothing for a young person on a post-plan pathway, whatever the other regions, draws and upper age', () => {
    const baseline = loadScenario('baseline').params;
    const pathways = [
      ['postPlan.eet', 'postPlanEET'],
      ['postPlan.neet', 'postPlanNEET'],
      ['postPlan.adultSocialCare', 'adultSocialCare'],
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 25 }),
        fc.constantFrom(...pathways),
        fc.array(fc.nat(30), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 16, max: POST_PLAN_BIRTHDAY_AGE - 1 }),
        fc.tuple(unit, unit, unit, unit),
        (upperAge, [leaf, level], leafPicks, age, [uNeed, uSupport, uRedress, uSetting]) => {
          const params = { ...baseline, 'plan.upperAge': upperAge };
          const journey = compileJourney(createJourneyMachine(params), params);
          const leaves = journey.regions.map((r, i) => leafPicks[i]! % r.leaves.length);
          const support = journey.regionIndex('support');
          const setting = journey.regionIndex('setting');
          leaves[support] = journey.leafIndex(support, leaf);
          leaves[setting] = journey.leafIndex(setting, 'adult');
          const context = createJourneyContext(
            {
              id: 1,
              birthDay: -age * 365.25,
              sex: 'female',
              primaryNeed: 'SLD',
              deprived: true,
              advocacy: 0.5,
            },
            0.7,
            0.5,
          );
          context.supportLevel = level;
          const event = { type: 'BIRTHDAY' as const, day: 0, age, uNeed, uSupport, uRedress, uSetting };
          expect(journey.step(leaves, context, event, [])).toBe(false);
        },
      ),
      { numRuns: 60, seed: 25 },
    );
  });

  it('at the ages in BIRTHDAY_AGES do change something for some state (none is listed for nothing)', () => {
    const params = loadScenario('baseline').params;
    const journey = compileJourney(createJourneyMachine(params), params);
    for (const age of BIRTHDAY_AGES) {
      let moved = false;
      for (let pick = 0; pick < 400 && !moved; pick++) {
        const leaves = journey.regions.map((r, i) => (pick * (7 + i * 13)) % r.leaves.length);
        const context = createJourneyContext(
          { id: 1, birthDay: 0, sex: 'male', primaryNeed: 'ASD', deprived: false, advocacy: 0.5 },
          0.9,
          0.5,
        );
        context.supportLevel = pick % 2 === 0 ? 'plan' : 'senSupport';
        const event = {
          type: 'BIRTHDAY' as const,
          day: 0,
          age,
          uNeed: 0.5,
          uSupport: 0.5,
          uRedress: 0.5,
          uSetting: 0.001,
        };
        moved = journey.step(leaves, context, event, []);
      }
      expect(moved, `age ${age}`).toBe(true);
    }
  });
});
