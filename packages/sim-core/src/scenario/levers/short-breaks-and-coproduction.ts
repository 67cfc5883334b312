import { defineLever } from '../define-lever.js';

/** The `shortBreaksAndCoproduction` lever. */
export const shortBreaksAndCoproduction = defineLever({
  id: 'shortBreaksAndCoproduction',
  title: 'Short breaks and co-production',
  description:
    'Sufficient short breaks (respite) for families of disabled children, and decisions about support made ' +
    'in co-production with families, so trust is kept and fewer disputes arise (Lenehan review; NNPCF: ' +
    '"coproduction not confrontation").',
  settings: { kind: 'choice', values: ['current', 'expanded'], default: 'current' },
  mechanism:
    'expanded: {need.crisisProbabilityAtFullSeverity} (respite prevents family breakdown); ' +
    '{coproduction.decisionShare} (decisions about support made with the family: a co-produced refusal loses ' +
    'coproduction.trustLossAvoided less trust, so fewer requests are sought as a legal guarantee because trust ' +
    'was lost, and coproduction.appealsAvoided of its appeals are not made; journey/coproduction.ts); ' +
    '{cost.planSocialCareProvision} (£ a year per plan at the price base: short breaks paid by ' +
    'social care; the model books this cost on plans only).',
  evidence:
    'Contact, "Counting the Costs 2021": 61% of parent carers gave up paid work to care, average family ' +
    'income loss £21,270; Lenehan, "Good intentions, good enough?" (DfE, 2017, seeds): LAs should offer ' +
    'sufficient short breaks; NNPCF (seeds): "coproduction not confrontation", families lose trust and seek ' +
    'EHCPs and tribunals. Assumptions: the 0.8 factor on crises, the share of decisions co-produced (0.6: with ' +
    'coproduction.trustLossAvoided 0.5 a refusal costs 30% less trust, as this lever assumed before the mechanism ' +
    'was explicit), and £1,000 a year per plan.',
  effects: [
    { key: 'need.crisisProbabilityAtFullSeverity', multiply: 0.8 },
    { key: 'coproduction.decisionShare', atLeast: 0.6 },
    { key: 'cost.planSocialCareProvision', add: 1000 },
  ],
  deliveryCosts: [
    {
      what: 'LA officer time to co-produce decisions (delivery.coproductionAllDecisions a year × the rise in coproduction.decisionShare)',
      payer: 'laOther',
      cost: 'delivery.coproductionAllDecisions',
      units: { riseIn: 'coproduction.decisionShare' },
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'The short breaks are booked to social care through cost.planSocialCareProvision (plans only: short breaks for families without a plan are not costed); co-production is LA staff time.',
  serves: ['lenehan-short-breaks', 'nnpcf-review-coproduction', 'nnpcf-isos-coproduction'],
});
