import type { LeverDefinition } from '../levers.js';

/** The `independentSectorReform` lever. */
export const independentSectorReform: LeverDefinition = {
  id: 'independentSectorReform',
  title: 'Independent special schools',
  description:
    'A new relationship with independent special schools: a cap on fees, or independent provision run on a ' +
    'not-for-profit basis with LAs looking longer for a state place before placing independently (Isos 2024 ' +
    'recommendation 7; the NNPCF supports the end of profit from SEND provision).',
  settings: { kind: 'choice', values: ['current', 'feeCap', 'notForProfit'], default: 'current' },
  mechanism:
    'feeCap: cost.independentSpecial is multiplied by 0.85 (the same placements at lower fees). ' +
    'notForProfit: cost.independentSpecial is multiplied by 0.8 (no profit margin), and ' +
    'placement.independentFallbackDays is multiplied by 1.5 (LAs look longer for a state special place ' +
    'before placing independently, so fewer independent placements and longer waits for a place).',
  evidence:
    'Schools Week, "Soaring cost of private provision revealed as ministers plan curbs" (March 2026) and its ' +
    'earlier investigation: a place costs about £61,500 independent vs £23,900 state special; CCN/Isos ' +
    '(November 2025): independent places £60,800 rising to £72,000 by 2029; Isos for LGA and CCN (July 2024), ' +
    'recommendation 7. Assumptions: the 0.85 and 0.8 fee factors and the 1.5 factor on the fallback wait.',
  changes: ['cost.independentSpecial', 'placement.independentFallbackDays'],
  deliveryCostNote:
    'Nothing added: lower fees are booked through cost.independentSpecial; the cost of moving providers to a not-for-profit basis is not costed (no published estimate).',
  apply(params, setting) {
    if (setting === 'feeCap') {
      params['cost.independentSpecial'] *= 0.85;
    } else if (setting === 'notForProfit') {
      params['cost.independentSpecial'] *= 0.8;
      params['placement.independentFallbackDays'] *= 1.5;
    }
  },
};
