/**
 * Co-production and transparency of LA decisions, as a mechanism on trust and on disputes.
 * A decision explained to the family with its evidence, made with them (the NNPCF's
 * "coproduction not confrontation") and set against a published local offer and published
 * spending, leaves less to dispute and less reason to stop trusting the system. Two pathways,
 * each with its own stated size (scenarios/baseline.json):
 *
 * - trust: a refusal to assess or to issue costs `trust.lossOnRefusal` of a family's trust;
 *   a co-produced refusal costs `coproduction.trustLossAvoided` less of it. Lower loss keeps
 *   trust higher, and lost trust is what drives requests made for a plan as a legal guarantee
 *   (`request.distrustWeight`), so fewer such requests follow without touching that weight;
 * - disputes: a share `coproduction.appealsAvoided` of the appeals a co-produced decision
 *   would have drawn are not made, the disagreement settled before the decision.
 *
 * Both act in proportion to `coproduction.decisionShare`, the share of decisions made this way
 * beyond today's practice (an expected value, not a draw, so no random stream moves). At its
 * baseline 0 both factors are exactly 1, so a scenario without the levers is bit-for-bit unchanged.
 */
import type { Params } from '../scenario/parameter-catalogue.js';

/** Trust a family loses when the LA refuses to assess or to issue, after co-production. */
export function trustLossOnRefusal(p: Params): number {
  return (
    p['trust.lossOnRefusal'] * (1 - p['coproduction.decisionShare'] * p['coproduction.trustLossAvoided'])
  );
}

/** The factor on the chance of appealing a decision: the appeals co-production leaves to be made. */
export function appealsLeftAfterCoproduction(p: Params): number {
  return 1 - p['coproduction.decisionShare'] * p['coproduction.appealsAvoided'];
}
