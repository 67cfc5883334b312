/**
 * Rules that tie parameters together, which no single parameter record can check: groups of
 * shares that must sum to 1, appeals in progress that cannot outnumber the plans in force, and
 * pairs of chances or shares of one whole that cannot exceed 1 together. The scenario schema
 * applies them to a baseline's records; `resolveScenario` applies them again once levers and
 * overrides have acted.
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

/**
 * Pairs of chances or shares of one whole, so at most 1 together; a broken pair is reported at
 * the parameter `named`.
 */
const AT_MOST_ONE: ReadonlyArray<{
  readonly parts: readonly [ParameterKey, ParameterKey];
  readonly named: ParameterKey;
  readonly why: string;
}> = [
  {
    parts: ['redress.laConcedes', 'redress.familyWithdraws'],
    named: 'redress.laConcedes',
    why: 'shares of the same registered appeals',
  },
  // Plan holders under 5 at the start: early years settings hold what the special schools do not.
  {
    parts: [
      'population.under5PlanSetting.maintainedSpecial',
      'population.under5PlanSetting.independentSpecial',
    ],
    named: 'population.under5PlanSetting.independentSpecial',
    why: 'shares of the same plan holders under 5; early years settings hold the rest',
  },
  // Leaving further education and moving on are bands of one draw a birthday (journey-guards.ts).
  {
    parts: ['placement.leavesEducationProbability', 'placement.movesOnProbability'],
    named: 'placement.movesOnProbability',
    why: 'chances of the same birthday in further education',
  },
  // A residential placement's extra cost is split three ways; education's share is what care and health do not pay.
  {
    parts: ['placement.residentialCareShare', 'placement.residentialHealthShare'],
    named: 'placement.residentialCareShare',
    why: 'shares of the same residential cost; education pays the rest',
  },
];

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
  for (const { parts, named, why } of AT_MOST_ONE) {
    const sum = values[parts[0]] + values[parts[1]];
    if (sum > 1) {
      problems.push({
        key: named,
        path: `parameters["${named}"]`,
        expected: `${parts[0]} + ${parts[1]} at most 1 (${why})`,
        found: `a sum of ${round(sum)}`,
      });
    }
  }
  return problems;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
