/**
 * The compiled executor must behave exactly like xstate's own `transition()`: after every
 * step of many random journeys, the same state value, the same context and the same
 * effects. Journeys start from random states and contexts; events are drawn mostly from
 * those the current state handles, so the tables' deep corners are exercised.
 */
import {
  APPEAL_TYPES,
  compileJourney,
  createJourneyContext,
  createJourneyMachine,
  JOURNEY_EVENT_TYPES,
  type JourneyContext,
  type JourneyEffect,
  type JourneyEvent,
  PRIMARY_NEEDS,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { loadScenario } from './load-scenario.js';

const params = loadScenario('baseline').params;
const machine = createJourneyMachine(params);
const journey = compileJourney(machine, params);

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const contextArb = fc
  .record({
    id: fc.nat(1_000_000),
    birthDay: fc.integer({ min: -9500, max: 0 }),
    sex: fc.constantFrom('female', 'male' as const),
    primaryNeed: fc.constantFrom(...PRIMARY_NEEDS),
    deprived: fc.boolean(),
    advocacy: unit,
    severity: unit,
    trust: unit,
    supportLevel: fc.constantFrom('universal', 'senSupport', 'earlyHelp', 'plan' as const),
    specialistSetting: fc.boolean(),
    planDelivered: fc.boolean(),
    appealType: fc.constantFrom('none' as const, ...APPEAL_TYPES),
    requestedOn: fc.integer({ min: -1, max: 3000 }),
  })
  .map((r): JourneyContext => {
    const context = createJourneyContext(
      {
        id: r.id,
        birthDay: r.birthDay,
        sex: r.sex,
        primaryNeed: r.primaryNeed,
        deprived: r.deprived,
        advocacy: r.advocacy,
      },
      r.severity,
      r.trust,
    );
    context.supportLevel = r.supportLevel;
    context.specialistSetting = r.specialistSetting;
    context.planDelivered = r.planDelivered;
    context.appealType = r.appealType;
    context.requestedOn = r.requestedOn;
    return context;
  });

/** One step's raw choices; which event they become depends on the state reached. */
const stepArb = fc.record({
  handled: fc.double({ min: 0, max: 1, noNaN: true }),
  pick: fc.nat(),
  day: fc.integer({ min: 0, max: 4000 }),
  uNeed: unit,
  uSupport: unit,
  uRedress: unit,
  uSetting: unit,
  age: fc.integer({ min: 0, max: 26 }),
  by: fc.constantFrom('family', 'school' as const),
  appealType: fc.constantFrom(...APPEAL_TYPES),
});

const journeyArb = fc.record({
  leaves: fc.tuple(...journey.regions.map((r) => fc.nat(r.leaves.length - 1))),
  context: contextArb,
  steps: fc.array(stepArb, { minLength: 1, maxLength: 25 }),
});

function effectsOf(actions: ReadonlyArray<{ type: string; params?: unknown }>): JourneyEffect[] {
  return actions.map((a) => ({ type: a.type, params: a.params }) as JourneyEffect);
}

/**
 * Runs `numRuns` random journeys through xstate and through the compiled journey, for machines
 * built on `p`, and checks they agree after every step.
 */
function agreeOnRandomJourneys(p: typeof params, numRuns: number, seed: number): void {
  const machine = createJourneyMachine(p);
  const journey = compileJourney(machine, p);
  let steps = 0;
  let taken = 0;
  fc.assert(
    fc.property(journeyArb, ({ leaves, context, steps: choices }) => {
      const compiledLeaves = [...leaves];
      const compiledContext: JourneyContext = { ...context };
      let snapshot = machine.resolveState({
        value: journey.stateValue(compiledLeaves),
        context: { ...context },
      });
      expect(snapshot.value).toEqual(journey.stateValue(compiledLeaves));
      for (const choice of choices) {
        const handled = journey.eventsHandled(compiledLeaves);
        const pool = choice.handled < 0.85 && handled.length > 0 ? handled : JOURNEY_EVENT_TYPES;
        const type = pool[choice.pick % pool.length]!;
        const event: JourneyEvent = {
          type,
          day: choice.day,
          uNeed: choice.uNeed,
          uSupport: choice.uSupport,
          uRedress: choice.uRedress,
          uSetting: choice.uSetting,
          ...(type === 'BIRTHDAY' ? { age: choice.age } : {}),
          ...(type === 'REQUEST_ASSESSMENT' ? { by: choice.by } : {}),
          ...(type === 'APPEAL' ? { appealType: choice.appealType } : {}),
        };
        const [next, actions] = transition(machine, snapshot, event);
        const effects: JourneyEffect[] = [];
        if (journey.step(compiledLeaves, compiledContext, event, effects)) taken++;
        expect(journey.stateValue(compiledLeaves)).toEqual(next.value);
        expect(compiledContext).toEqual(next.context);
        expect(effects).toEqual(effectsOf(actions));
        snapshot = next;
        steps++;
      }
    }),
    { numRuns, seed },
  );
  // The test must exercise real transitions, not just unhandled events.
  expect(taken).toBeGreaterThan(steps * 0.5);
}

describe('compiled journey vs xstate transition()', () => {
  it('agrees on state value, context and effects after every step of 10,000 random journeys', () => {
    agreeOnRandomJourneys(params, 10_000, 20_230_101);
  });

  it('agrees too without tribunal placement orders (guards that only a reform makes true)', () => {
    agreeOnRandomJourneys({ ...params, 'redress.placementOrders': 0 }, 2_000, 20_230_102);
  });

  it('rejects a machine feature the compiled form cannot reproduce', async () => {
    const { setup } = await import('xstate');
    const withEntry = setup({}).createMachine({
      id: 'journey',
      type: 'parallel',
      states: { need: { initial: 'a', states: { a: { entry: () => {} } } } },
    });
    expect(() => compileJourney(withEntry as unknown as typeof machine, params)).toThrow(
      /entry\/exit actions/,
    );
  });
});
