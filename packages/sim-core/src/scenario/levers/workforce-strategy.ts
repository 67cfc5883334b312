import { defineLever } from '../define-lever.js';

/** The `workforceStrategy` lever. */
export const workforceStrategy = defineLever({
  id: 'workforceStrategy',
  title: 'SEND workforce strategy',
  description:
    'A national workforce strategy: the right people, with the right knowledge and skills: more educational ' +
    'psychologists, teachers trained to recognise and meet SEND, and trained teaching assistants delivering ' +
    'structured interventions (NNPCF; Isos 2024 recommendation 8).',
  settings: { kind: 'choice', values: ['current', 'expanded'], default: 'current' },
  mechanism:
    'expanded: {ep.workforceFte} (FTE: the trainee cohort funded from 2024 once qualified), so more ' +
    'statutory assessments run at once and the wait for an educational psychologist falls; ' +
    '{identification.schoolMeanDays} (teachers trained in SEND notice need sooner); ' +
    '{provision.senSupport} on the severity scale: trained staff ' +
    'and structured interventions meet more need in school.',
  evidence:
    'DfE answer to PQ HL3745 (2024): £21m to train 400 educational psychologists from 2024 ' +
    '(costs-and-effects.md §1c); DfE, "Every child achieving and thriving" (Schools White Paper, February ' +
    '2026): £200m for teacher SEND training; EEF (2015), teaching-assistant-led structured interventions: all ' +
    'six trials positive, typically +3–4 months’ progress. Assumptions: the changes listed to identification ' +
    'time and SEN support (beyond the extra FTE, which the PQ gives, no effect size exists).',
  effects: [
    { key: 'ep.workforceFte', add: 400 },
    { key: 'identification.schoolMeanDays', multiply: 0.8 },
    { key: 'provision.senSupport', add: 0.03, atMost: { param: 'provision.earlyHelp' }, neverLower: true },
  ],
  deliveryCosts: [
    {
      what: 'Salaries and on-costs of the extra educational psychologists (delivery.epFte a year for each FTE ep.workforceFte rises by)',
      payer: 'laOther',
      cost: 'delivery.epFte',
      units: { riseIn: 'ep.workforceFte' },
      timing: 'perYear',
    },
    {
      what: 'SEND training for teachers and teaching assistants (delivery.teacherSendTraining a year for 3 years)',
      payer: 'dfe',
      cost: 'delivery.teacherSendTraining',
      timing: 'perYear',
      years: 3,
    },
  ],
  deliveryCostNote:
    'The extra EPs’ salaries are not otherwise booked (assessments are costed per assessment at cost.epAssessment, ' +
    'which also covers the few extra assessments the added FTE make: a small overlap, noted). Training is a national programme.',
  serves: ['nnpcf-review-workforce', 'lenehan-challenging-behaviour'],
});
