/**
 * Rules that tie parameters together, which no single parameter record can check: groups of
 * shares that must sum to 1, appeals in progress that cannot outnumber the plans in force, and
 * chances of one event whose sum cannot exceed 1 (appeal outcomes, leaving or moving on from college). The scenario schema applies them to a
 * baseline's records; `resolveScenario` applies them again once levers and overrides have acted.
 */
import type { ParameterKey } from './parameter-catalogue.js';
import { PARAMETER_KEYS } from './parameter-catalogue.js';

/** How far a group of shares may stray from summing to 1 (rounding in published figures). */
const SHARE_SUM_TOLERANCE = 0.005;

const SHARE_GROUPS = [
  'population.ehcpAgeShare.',
  'population.schoolAgePlanSetting.',
  'population.post16PlanSetting.',
] as const;

/**
 * The group of shares that must sum to 1 that `key` belongs to (its prefix, e.g.
 * `population.ehcpAgeShare.`), or undefined: such a share cannot change alone.
 */
export function shareGroupOf(key: ParameterKey): string | undefined {
  return SHARE_GROUPS.find((prefix) => key.startsWith(prefix));
}

/** One broken rule: where to look, what was expected, what was found. */
export interface ParameterProblem {
  /** The parameter, or a group of them such as `population.ehcpAgeShare.*`. */
  readonly key: string;
  /** Where in a scenario file: `parameters["<key>"]`. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/** Every rule the values break, one problem each. */
export function parameterGroupProblems(values: Readonly<Record<ParameterKey, number>>): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  for (const prefix of SHARE_GROUPS) {
    const keys = PARAMETER_KEYS.filter((k) => k.startsWith(prefix));
    const sum = keys.reduce((total, k) => total + values[k], 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      problems.push({
        key: `${prefix}*`,
        path: `parameters["${prefix}*"]`,
        expected: `values summing to 1 (±${SHARE_SUM_TOLERANCE}): ${keys.join(', ')}`,
        found: `a sum of ${round(sum)}`,
      });
    }
  }
  // The starting population takes 70% of the appeals in progress from the plans in force
  // (synthetic-population.ts): more appeals than plans would leave fewer than no plans.
  const appeals = values['population.appealsInProgress'];
  const plans = values['population.ehcpStock'];
  if (appeals > plans) {
    problems.push({
      key: 'population.appealsInProgress',
      path: 'parameters["population.appealsInProgress"]',
      expected:
        'at most population.ehcpStock: most appeals in progress are against plans in force (the model takes 70%), so they cannot outnumber them',
      found: `${appeals} appeals and ${plans} plans`,
    });
  }
  const ended = values['redress.laConcedes'] + values['redress.familyWithdraws'];
  if (ended > 1) {
    problems.push({
      key: 'redress.laConcedes',
      path: 'parameters["redress.laConcedes"]',
      expected:
        'redress.laConcedes + redress.familyWithdraws at most 1 (shares of the same registered appeals)',
      found: `a sum of ${round(ended)}`,
    });
  }
  // Leaving further education and moving on are bands of one draw a birthday (journey-guards.ts).
  const leavesOrMovesOn =
    values['placement.leavesEducationProbability'] + values['placement.movesOnProbability'];
  if (leavesOrMovesOn > 1) {
    problems.push({
      key: 'placement.movesOnProbability',
      path: 'parameters["placement.movesOnProbability"]',
      expected:
        'placement.leavesEducationProbability + placement.movesOnProbability at most 1 (chances of the same birthday in further education)',
      found: `a sum of ${round(leavesOrMovesOn)}`,
    });
  }
  // A residential placement's extra cost is split three ways; education's share is what care and health do not pay.
  const paidElsewhere = values['placement.residentialCareShare'] + values['placement.residentialHealthShare'];
  if (paidElsewhere > 1) {
    problems.push({
      key: 'placement.residentialCareShare',
      path: 'parameters["placement.residentialCareShare"]',
      expected:
        'placement.residentialCareShare + placement.residentialHealthShare at most 1 (shares of the same residential cost; education pays the rest)',
      found: `a sum of ${round(paidElsewhere)}`,
    });
  }
  return problems;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
