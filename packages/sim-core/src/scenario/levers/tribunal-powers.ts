import { defineLever } from '../define-lever.js';

/** The `tribunalPowers` lever. */
export const tribunalPowers = defineLever({
  id: 'tribunalPowers',
  title: 'Tribunal powers',
  description:
    'What the route of appeal can decide: the current SEND Tribunal; a tribunal that can no longer order ' +
    'a named placement; or a non-judicial disagreement route instead of the tribunal (Isos 2024, recommendations 4 and 7).',
  settings: {
    kind: 'choice',
    values: ['current', 'noPlacementOrders', 'nonJudicialRoute'],
    default: 'current',
  },
  mechanism:
    'noPlacementOrders: {noPlacementOrders:redress.placementOrders}, so the tribunal can no longer order a named ' +
    'placement and families cannot appeal the placement; {noPlacementOrders:la.tribunalDeterrence}, ' +
    'so councils concede fewer appeals before a hearing and name cheaper, ' +
    'non-specialist placements for some children whose need calls for a specialist one ' +
    '(journey/council-decisions.ts). nonJudicialRoute: as noPlacementOrders, but ' +
    '{nonJudicialRoute:la.tribunalDeterrence}, and ' +
    '{redress.familyWins} (a non-judicial panel upholds fewer appeals), and ' +
    '{cost.tribunalLaHearing} and {cost.familyPerAppeal} (less legal representation on both sides).',
  evidence:
    'Isos for LGA and CCN (July 2024), "Towards an effective and financially sustainable approach to SEND ' +
    'in England": proposes new independent, non-judicial mechanisms for disagreements. Assumptions: ' +
    'the 0.6 factor on appeals upheld and the halving of legal costs under a non-judicial route; the ' +
    'deterrence factors and councils’ response to them (declared in the baseline with ranges).',
  effects: {
    noPlacementOrders: [
      { key: 'redress.placementOrders', set: 0 },
      { key: 'la.tribunalDeterrence', set: { param: 'la.deterrenceNoPlacementOrders' } },
    ],
    nonJudicialRoute: [
      { key: 'redress.placementOrders', set: 0 },
      { key: 'la.tribunalDeterrence', set: { param: 'la.deterrenceNonJudicialRoute' } },
      { key: 'redress.familyWins', multiply: 0.6 },
      { key: 'cost.tribunalLaHearing', multiply: 0.5 },
      { key: 'cost.familyPerAppeal', multiply: 0.5 },
    ],
  },
  deliveryCostNote:
    'Nothing added: appeals are costed per appeal (LA, HMCTS, families) whichever route hears them; the cost of setting up a non-judicial route is not costed (no published estimate).',
  serves: ['nnpcf-review-parental-rights', 'nnpcf-isos-school-choice-placement-appeals'],
});
