/**
 * Councils' decisions as the journey reads them: the LA's decision parameters of the scenario,
 * adjusted for what councils face, so each response is a mechanism on explicit parameters
 * rather than a label.
 *
 * - Tribunal deterrence (`la.tribunalDeterrence`, 1 under today's powers): a council that
 *   expects the tribunal to overturn a weak decision, and to order the placement the need calls
 *   for, concedes before a hearing and names that placement in the first place. Where the
 *   tribunal's powers are weaker (the `tribunalPowers` lever sets the factor), councils concede
 *   in proportion to it (`redress.laConcedes` × deterrence), name the independent school a
 *   family prefers in proportion to it too (`la.namesIndependentPreference` × deterrence: with
 *   no appeal to lose, there is less reason to agree), and name a cheaper, non-specialist
 *   placement for a child whose need calls for a specialist one with chance
 *   `la.cheaperPlacementWithoutDeterrence` × (1 − deterrence).
 * - High-needs budget pressure (`high-needs-pressure.ts`): spending beyond the funded level
 *   raises refusals to assess (log-odds down by `la.pressureRefusalToAssess` per unit of excess),
 *   refusals to issue (`la.issueProbability` × (1 − `la.pressureRefusalToIssue` × excess)) and
 *   cheaper placements named (+ `la.pressureCheaperPlacement` × excess).
 *
 * With today's powers and spending within funding the scenario's parameters are returned as
 * they are, so the calibrated baseline is where these responses start from.
 */

import type { ParameterKey, Params } from '../scenario/parameter-catalogue.js';
import { clamp01, logistic, logit } from './journey-rules.js';

/**
 * The parameters of councils' responses (to backlogs, tribunal powers and budget pressure):
 * declared assumptions the calibration does not fit, so the sensitivity analysis varies them by
 * default alongside the calibration's free parameters (`sendsim sensitivity --params councils`).
 */
export const COUNCIL_RESPONSE_PARAMETERS: readonly ParameterKey[] = [
  'ep.locumTriggerWeeks',
  'ep.locumMaxShare',
  'cost.epLocumPremium',
  'ep.traineeNetGrowthFte',
  'ep.traineeGrowthFromYear',
  'la.tribunalDeterrence',
  'la.deterrenceNoPlacementOrders',
  'la.deterrenceNonJudicialRoute',
  'la.cheaperPlacementShare',
  'la.cheaperPlacementWithoutDeterrence',
  'la.namesIndependentPreference',
  'la.highNeedsFundingGrowth',
  'la.highNeedsExcessAtStart',
  'la.pressureRefusalToAssess',
  'la.pressureRefusalToIssue',
  'la.pressureCheaperPlacement',
];

/**
 * The parameters the journey's LA decisions read, given budget pressure `excess` (spending beyond
 * funding, as a share of it). Always a copy, even when nothing changes: V8 gives a scenario's own
 * parameter object a different hidden class from any copy of it, so handing the journey the
 * original at some times and copies at others deoptimises every guard that reads them once and
 * leaves them reading two shapes; copies alone are one shape.
 */
export function councilParams(p: Params, excess: number): Params {
  const deterrence = p['la.tribunalDeterrence'];
  if (deterrence >= 1 && !(excess > 0)) return { ...p };
  const undeterred = 1 - deterrence;
  return {
    ...p,
    'redress.laConcedes': p['redress.laConcedes'] * deterrence,
    'la.namesIndependentPreference': p['la.namesIndependentPreference'] * deterrence,
    'la.cheaperPlacementShare': clamp01(
      p['la.cheaperPlacementShare'] +
        p['la.cheaperPlacementWithoutDeterrence'] * undeterred +
        p['la.pressureCheaperPlacement'] * excess,
    ),
    'la.assessProbability': logistic(
      logit(p['la.assessProbability']) - p['la.pressureRefusalToAssess'] * excess,
    ),
    'la.issueProbability': p['la.issueProbability'] * clamp01(1 - p['la.pressureRefusalToIssue'] * excess),
  };
}
