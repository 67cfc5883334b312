import { defineLever } from '../define-lever.js';
import type { ParameterChange } from '../parameter-change.js';

/** What both settings with standards change. */
const STANDARDS: readonly ParameterChange[] = [
  { key: 'la.decisionCompliance', atLeast: 0.98 },
  { key: 'la.draftingMeanDays', multiply: 0.7 },
  { key: 'tribunal.orderCompliance', atLeast: 0.95 },
];

/** The `minimumServiceStandards` lever. */
export const minimumServiceStandards = defineLever({
  id: 'minimumServiceStandards',
  title: 'National minimum service standards',
  description:
    'National minimum standards for SEND services with time limits for delivery, enforced; optionally with ' +
    'national guidance on who pays for what across education, health and social care, so joint commissioning ' +
    'stops stalling on disputes between bodies (NNPCF accountability asks).',
  settings: { kind: 'choice', values: ['none', 'standards', 'standardsAndClarity'], default: 'none' },
  mechanism:
    'standards: {la.decisionCompliance} (decisions whether to assess within 6 weeks ' +
    'become the rule); {la.draftingMeanDays} (a time limit on drafting, so more plans are ' +
    'issued within 20 weeks); {tribunal.orderCompliance} (orders carried out by their ' +
    'deadline). standardsAndClarity: as standards, and {provision.planDeliveryProbability}: ' +
    'the health and social care parts of plans stop stalling when bodies no longer dispute who pays, ' +
    'so more plans are delivered in full. A baseline value already above a floor is left as it is.',
  evidence:
    'NNPCF, "NNPCF work to improve accountability in the SEND system" (2021, seeds): a consistent national ' +
    'definition of services with minimum standards, time limits for delivery, guidance on who pays for what. ' +
    'Calibration targets (DfE, Education, health and care plans statistics): 20-week compliance about 60% in ' +
    '2015–2021, falling after. There is no evidence on the effect of standards (costs-and-effects.md §6). ' +
    'Assumptions: every size in the changes listed.',
  effects: {
    standards: STANDARDS,
    standardsAndClarity: [
      ...STANDARDS,
      { key: 'provision.planDeliveryProbability', add: 0.15, atMost: 0.98, neverLower: true },
    ],
  },
  deliveryCosts: [
    {
      what: 'Extra LA SEND casework to meet the time limits (delivery.serviceStandardsCasework a year)',
      payer: 'laOther',
      cost: 'delivery.serviceStandardsCasework',
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'Casework per request is costed (cost.assessmentCasework); faster decisions and drafting need more caseworkers, ' +
    'booked here. Plans delivered in full under clarity are costed per plan (health, social care).',
  serves: [
    'nnpcf-2021-minimum-standards',
    'nnpcf-2021-time-limits',
    'nnpcf-2021-who-pays',
    'lenehan-accountable-care',
  ],
});
