import { defineLever } from '../define-lever.js';

/** The `transparencyAndCoproduction` lever: decisions explained and co-produced, spending and the local offer published. */
export const transparencyAndCoproduction = defineLever({
  id: 'transparencyAndCoproduction',
  title: 'Transparency and co-production',
  description:
    'LAs publish how SEND money is spent and co-produce their local offer with the parent carer forum, and explain ' +
    'each decision to the family with its evidence and make it with them ("coproduction not confrontation", NNPCF; ' +
    '"more transparency on how money is spent").',
  settings: { kind: 'choice', values: ['current', 'coproduced'], default: 'current' },
  mechanism:
    'coproduced: the share of decisions explained and made with the family, {coproduction.decisionShare}. A ' +
    'co-produced refusal loses coproduction.trustLossAvoided less of the trust a refusal costs (trust.lossOnRefusal), ' +
    'so trust stays higher and fewer requests are made for a plan as a legal guarantee (through ' +
    'request.distrustWeight, unchanged); and coproduction.appealsAvoided of the appeals a co-produced decision would ' +
    'draw are not made (journey/coproduction.ts).',
  evidence:
    'NNPCF (seeds): "coproduction not confrontation", "more transparency on how money is spent", "trust is lost", ' +
    'families "seek EHCPs and tribunals"; NNPCF on the 2024 Isos report: co-production is "essential for families to ' +
    'have confidence in the SEND system". Assumptions: the share of decisions (0.8), the trust loss avoided (0.5, ' +
    'range 0.25–0.75), the appeals avoided (0.2, range 0.1–0.4) and the staff cost (delivery.coproductionAllDecisions); ' +
    'no study measures co-production’s effect on trust or appeals.',
  effects: [
    {
      key: 'coproduction.decisionShare',
      atLeast: 0.8,
      why: 'most decisions, not all: some refusals will still be contested however they are made (assumption)',
    },
  ],
  deliveryCosts: [
    {
      what: 'LA officer time to explain and co-produce decisions and publish the local offer and spending (delivery.coproductionAllDecisions a year × the rise in coproduction.decisionShare)',
      payer: 'laOther',
      cost: 'delivery.coproductionAllDecisions',
      units: { riseIn: 'coproduction.decisionShare' },
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'Costed as LA staff time in proportion to the share of decisions co-produced; with short breaks and co-production ' +
    'also set, only the rise above that lever’s share is booked. Forums’ time is the independent advice lever’s grant.',
  serves: [
    'nnpcf-review-coproduction',
    'nnpcf-review-coproduction-culture',
    'nnpcf-2021-transparency-money',
    'nnpcf-review-money-transparency-families',
    'nnpcf-isos-coproduction',
  ],
});
