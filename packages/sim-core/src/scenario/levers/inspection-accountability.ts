import { defineLever } from '../define-lever.js';

/** The `inspectionAccountability` lever. */
export const inspectionAccountability = defineLever({
  id: 'inspectionAccountability',
  title: 'Inspection of local SEND services',
  description:
    'Stronger Ofsted/CQC local area SEND inspection with consequences for failure: LAs that refuse lawful ' +
    'requests, miss statutory deadlines or ignore tribunal orders are found out and must improve (NNPCF ' +
    'accountability asks).',
  settings: { kind: 'choice', values: ['current', 'strong'], default: 'current' },
  mechanism:
    'strong: {la.decisionCompliance} (late decisions are found out); {la.assessProbability}: fewer ' +
    'unlawful refusals to assess; {tribunal.orderCompliance}; {redress.laConcedes}: LAs concede weak ' +
    'cases before a hearing. A baseline value already above a floor is left as it is.',
  evidence:
    'Special Needs Jungle, analysis of local area SEND inspections: 59 of 116 areas inspected in 2016–21 needed a Written Statement of ' +
    'Action, about two-thirds in 2021–22; NAO (2024): systemic failings in 31% of 35 areas inspected under the ' +
    '2023 framework; NNPCF, "NNPCF working to improve accountability in the SEND system" (2020, seeds): local ' +
    'area inspections "have been a force for good". There is no causal evidence that inspection improves ' +
    'outcomes (costs-and-effects.md §6). Assumptions: every size in the changes ' +
    'listed.',
  effects: {
    strong: [
      { key: 'la.decisionCompliance', atLeast: 0.97 },
      { key: 'la.assessProbability', add: 0.05, atMost: 0.98, neverLower: true },
      { key: 'tribunal.orderCompliance', atLeast: 0.95 },
      {
        key: 'redress.laConcedes',
        multiply: 1.2,
        atMost: { oneMinus: 'redress.familyWithdraws' },
        neverLower: true,
      },
    ],
  },
  deliveryCosts: [
    {
      what: 'A strengthened Ofsted/CQC local area SEND inspection programme (delivery.inspectionProgramme a year)',
      payer: 'dfe',
      cost: 'delivery.inspectionProgramme',
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'More assessments agreed and more concessions are costed per event; the inspection programme itself is booked here.',
  serves: [
    'nnpcf-2020-inspections-continue',
    'nnpcf-2020-inspection-listening-early',
    'nnpcf-review-accountability',
  ],
});
