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
    '{trust.lossOnRefusal} and {request.distrustWeight} (a decision made with the family ' +
    'loses less trust, and fewer requests are sought as a legal guarantee because trust was lost); ' +
    '{cost.planSocialCareProvision} (£ a year per plan at the price base: short breaks paid by ' +
    'social care; the model books this cost on plans only).',
  evidence:
    'Contact, "Counting the Costs 2021": 61% of parent carers gave up paid work to care, average family ' +
    'income loss £21,270; Lenehan, "Good intentions, good enough?" (DfE, 2017, seeds): LAs should offer ' +
    'sufficient short breaks; NNPCF (seeds): "coproduction not confrontation", families lose trust and seek ' +
    'EHCPs and tribunals. Assumptions: the 0.8 factor on crises, the 0.7 factors on trust lost and on the ' +
    'distrust weight, and £1,000 a year per plan.',
  effects: [
    { key: 'need.crisisProbabilityAtFullSeverity', multiply: 0.8 },
    { key: 'trust.lossOnRefusal', multiply: 0.7 },
    { key: 'request.distrustWeight', multiply: 0.7 },
    { key: 'cost.planSocialCareProvision', add: 1000 },
  ],
  deliveryCostNote:
    'Already costed: the short breaks are booked to social care through cost.planSocialCareProvision; co-production is assumed to cost nothing extra.',
});
