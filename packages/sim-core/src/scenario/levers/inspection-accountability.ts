import type { LeverDefinition } from '../levers.js';
import { atLeast, raiseCapped } from './lever-arithmetic.js';

/** The `inspectionAccountability` lever. */
export const inspectionAccountability: LeverDefinition = {
  id: 'inspectionAccountability',
  title: 'Inspection of local SEND services',
  description:
    'Stronger Ofsted/CQC local area SEND inspection with consequences for failure: LAs that refuse lawful ' +
    'requests, miss statutory deadlines or ignore tribunal orders are found out and must improve (NNPCF ' +
    'accountability asks).',
  settings: { kind: 'choice', values: ['current', 'strong'], default: 'current' },
  mechanism:
    'strong: la.decisionCompliance rises to at least 0.97 (late decisions are found out); la.assessProbability ' +
    'rises by 0.05 (capped at 0.98): fewer unlawful refusals to assess; tribunal.orderCompliance rises to at ' +
    'least 0.95; redress.laConcedes is multiplied by 1.2 (capped so that redress.laConcedes plus ' +
    'redress.familyWithdraws stays at most 1): LAs concede weak cases before a hearing. A baseline value ' +
    'already above a floor is left as it is.',
  evidence:
    'Special Needs Jungle, analysis of local area SEND inspections: 59 of 116 areas inspected in 2016–21 needed a Written Statement of ' +
    'Action, about two-thirds in 2021–22; NAO (2024): systemic failings in 31% of 35 areas inspected under the ' +
    '2023 framework; NNPCF, "NNPCF working to improve accountability in the SEND system" (2020, seeds): local ' +
    'area inspections "have been a force for good". There is no causal evidence that inspection improves ' +
    'outcomes (costs-and-effects.md §6). Assumptions: every size here (the 0.97 and 0.95 floors, +0.05 on ' +
    'agreeing to assess, ×1.2 on concessions).',
  changes: [
    'la.decisionCompliance',
    'la.assessProbability',
    'tribunal.orderCompliance',
    'redress.laConcedes',
  ],
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
  apply(params, setting) {
    if (setting !== 'strong') return;
    atLeast(params, 'la.decisionCompliance', 0.97);
    raiseCapped(params, 'la.assessProbability', 0.05, 0.98);
    atLeast(params, 'tribunal.orderCompliance', 0.95);
    const concedes = params['redress.laConcedes'];
    params['redress.laConcedes'] = Math.max(
      concedes,
      Math.min(concedes * 1.2, 1 - params['redress.familyWithdraws']),
    );
  },
};
