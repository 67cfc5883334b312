import type { LeverDefinition } from '../levers.js';

/** The `tribunalPowers` lever. */
export const tribunalPowers: LeverDefinition = {
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
    'noPlacementOrders: redress.placementOrders becomes 0, so the tribunal can no longer order a named ' +
    'placement and families cannot appeal the placement; la.tribunalDeterrence becomes ' +
    'la.deterrenceNoPlacementOrders, so councils concede fewer appeals before a hearing and name cheaper, ' +
    'non-specialist placements for some children whose need calls for a specialist one ' +
    '(services/council-decisions.ts). nonJudicialRoute: as noPlacementOrders, with la.tribunalDeterrence ' +
    'set to la.deterrenceNonJudicialRoute, and ' +
    'redress.familyWins is multiplied by 0.6 (a non-judicial panel upholds fewer appeals), and ' +
    'cost.tribunalLaHearing and cost.familyPerAppeal are halved (less legal representation on both sides).',
  evidence:
    'Isos for LGA and CCN (July 2024), "Towards an effective and financially sustainable approach to SEND ' +
    'in England": proposes new independent, non-judicial mechanisms for disagreements. Assumptions: ' +
    'the 0.6 factor on appeals upheld and the halving of legal costs under a non-judicial route; the ' +
    'deterrence factors and councils’ response to them (declared in the baseline with ranges).',
  changes: [
    'redress.placementOrders',
    'redress.familyWins',
    'cost.tribunalLaHearing',
    'cost.familyPerAppeal',
    'la.tribunalDeterrence',
  ],
  deliveryCostNote:
    'Nothing added: appeals are costed per appeal (LA, HMCTS, families) whichever route hears them; the cost of setting up a non-judicial route is not costed (no published estimate).',
  apply(params, setting) {
    if (setting === 'current') return;
    params['redress.placementOrders'] = 0;
    params['la.tribunalDeterrence'] = params['la.deterrenceNoPlacementOrders'];
    if (setting === 'nonJudicialRoute') {
      params['la.tribunalDeterrence'] = params['la.deterrenceNonJudicialRoute'];
      params['redress.familyWins'] *= 0.6;
      params['cost.tribunalLaHearing'] *= 0.5;
      params['cost.familyPerAppeal'] *= 0.5;
    }
  },
};
