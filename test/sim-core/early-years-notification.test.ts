/**
 * Needs noticed before school age may go straight to a request for assessment (health
 * services notify the LA: Children and Families Act 2014 s.23). The guard applies only under
 * 5 and rises with severity; in a run, switching it off leaves fewer plans held by under-5s.
 */
import {
  createJourneyContext,
  DAYS_PER_YEAR,
  JOURNEY_GUARDS,
  type JourneyEvent,
  runReplication,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const baseline = loadScenario('baseline');
const p = baseline.params;

function noticedAt(ageYears: number, severity: number, uSupport: number): boolean {
  const attributes = {
    id: 0,
    birthDay: 0,
    sex: 'female',
    primaryNeed: 'SLD',
    deprived: false,
    advocacy: 0.5,
  } as const;
  const context = createJourneyContext(attributes, severity, 0.5);
  const event: JourneyEvent = {
    type: 'SCHOOL_NOTICES',
    day: ageYears * DAYS_PER_YEAR,
    uNeed: 0.5,
    uSupport,
    uRedress: 0.5,
    uSetting: 0.5,
  };
  return JOURNEY_GUARDS.notifiedInEarlyYears(context, event, p);
}

describe('early years notification', () => {
  it('applies only before age 5, and more often to more severe needs', () => {
    const chance = p['request.earlyYearsAtFullSeverity'];
    expect(chance).toBeGreaterThan(0);
    const u = chance * 0.5 * 0.5 - 1e-9; // just inside the band at severity 0.5
    expect(noticedAt(3, 0.5, u)).toBe(true);
    expect(noticedAt(3, 0.4, u)).toBe(false);
    expect(noticedAt(5.01, 1, 0)).toBe(false);
    expect(noticedAt(4.99, 1, 0)).toBe(true);
  });

  it('switched off, fewer plans are held by under-5s two years on (same seed)', () => {
    const options = { seed: 3, replications: 1, years: 2, scale: 0.004 };
    const under5 = (chance: number) => {
      const scenario = { ...baseline, params: { ...p, 'request.earlyYearsAtFullSeverity': chance } };
      return runReplication(scenario, options, 0).monthly.ehcp_age_under_5!.at(-1)!;
    };
    expect(under5(0)).toBeLessThan(under5(p['request.earlyYearsAtFullSeverity']));
  });
});
