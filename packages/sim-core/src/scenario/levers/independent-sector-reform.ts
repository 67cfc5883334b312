import { defineLever } from '../define-lever.js';

/** The `independentSectorReform` lever. */
export const independentSectorReform = defineLever({
  id: 'independentSectorReform',
  title: 'Independent special schools',
  description:
    'A new relationship with independent special schools: a cap on fees, or independent provision run on a ' +
    'not-for-profit basis with LAs looking longer for a state place before placing independently (Isos 2024 ' +
    'recommendation 7; the NNPCF supports the end of profit from SEND provision).',
  settings: { kind: 'choice', values: ['current', 'feeCap', 'notForProfit'], default: 'current' },
  mechanism:
    'feeCap: {feeCap:cost.independentSpecial} (the same placements at lower fees). ' +
    'notForProfit: {notForProfit:cost.independentSpecial} (no profit margin), and ' +
    '{placement.independentFallbackDays} (LAs look longer for a state special place ' +
    'before placing independently, so fewer independent placements and longer waits for a place).',
  evidence:
    'Schools Week, "Soaring cost of private provision revealed as ministers plan curbs" (March 2026) and its ' +
    'earlier investigation: a place costs about £61,500 independent vs £23,900 state special; CCN/Isos ' +
    '(November 2025): independent places £60,800 rising to £72,000 by 2029; Isos for LGA and CCN (July 2024), ' +
    'recommendation 7. Assumptions: the 0.85 and 0.8 fee factors and the 1.5 factor on the fallback wait.',
  effects: {
    feeCap: [{ key: 'cost.independentSpecial', multiply: 0.85 }],
    notForProfit: [
      { key: 'cost.independentSpecial', multiply: 0.8 },
      { key: 'placement.independentFallbackDays', multiply: 1.5 },
    ],
  },
  deliveryCostNote:
    'Nothing added: lower fees are booked through cost.independentSpecial; the cost of moving providers to a not-for-profit basis is not costed (no published estimate).',
  serves: ['nnpcf-isos-no-profit', 'lenehan-fees-open-book'],
});
