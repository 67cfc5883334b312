/**
 * The 2026 Schools White Paper package ("Every child achieving and thriving", DfE, 23 February
 * 2026), phased in on the dates it sets: support in mainstream first, then more specialist
 * places, then EHC plans for complex needs only, then current plan holders moving to
 * Individual Support Plans.
 */
import { defineLever } from '../define-lever.js';

const WHITE_PAPER =
  'DfE, "Every child achieving and thriving" (Schools White Paper, 23 February 2026), and its press release ' +
  '(via wired-gov.net): Individual Support Plans; EHCPs for complex needs only from 2029/30 at transition ' +
  'points, current plans kept until at least September 2029; Inclusive Mainstream Fund £1.6bn over 3 years; ' +
  'Experts at Hand £1.8bn; £200m teacher SEND training; £3.7bn capital for 60,000 specialist places over time; ' +
  'DfE projects about 1 in 8 current plan holders moving to Individual Support Plans in 2030–35 (Independent, 23 Feb 2026).';

export const whitePaper2026 = defineLever({
  id: 'whitePaper2026',
  title: '2026 Schools White Paper package',
  description:
    'Individual Support Plans and more money for inclusion in mainstream schools from September 2026, more ' +
    'specialist places from 2027, EHC plans for complex needs only from September 2029, and some current ' +
    'plan holders moving to Individual Support Plans from September 2030.',
  settings: { kind: 'choice', values: ['off', 'on'], default: 'off' },
  mechanism:
    'Nothing changes before September 2026; each phase changes the parameters it names, from its date. ' +
    'Individual Support Plans and the Inclusive Mainstream Fund raise what SEN support meets and the school ' +
    'spend on it; teacher training speeds identification; inclusion bases raise the share of mainstream ' +
    'plans in resourced provision. Capital adds specialist places. From 2029 the LA agrees to assess far ' +
    'fewer requests for needs that are not complex. From 2030 more plans end at review when needs are met, ' +
    'the move to Individual Support Plans.',
  evidence: `${WHITE_PAPER} The sizes of the effects on need, identification and LA decisions are assumptions; the funding sizes are in each phase.`,
  effects: [],
  deliveryCosts: [
    {
      what: 'Teacher SEND training (£200m over 3 years: delivery.teacherSendTraining a year from September 2026)',
      payer: 'dfe',
      cost: 'delivery.teacherSendTraining',
      timing: 'perYear',
      from: '2026-09-01',
      years: 3,
    },
    {
      what: 'Experts at Hand: specialist support for schools (£1.8bn over 3 years: delivery.expertsAtHand a year from September 2026)',
      payer: 'laOther',
      cost: 'delivery.expertsAtHand',
      timing: 'perYear',
      from: '2026-09-01',
      years: 3,
    },
    {
      what: 'Capital for the 20,000 specialist places added in September 2027 (cost.specialPlaceCapital each)',
      payer: 'dfe',
      cost: 'cost.specialPlaceCapital',
      units: 20_000,
      timing: 'oneOff',
      from: '2027-09-01',
    },
  ],
  deliveryCostNote:
    'The Inclusive Mainstream Fund is already booked through cost.senSupportSchool (15% higher, schools). Experts at ' +
    'Hand is booked with the SEN support it helps deliver; family hubs SEND outreach (£200m) and LA ' +
    'transformation (£200m) are not booked (no effect of their own in the model). Only the 20,000 places the ' +
    'package adds by 2027/28 book capital, not all 60,000.',
  phases: [
    {
      from: '2026-09-01',
      description:
        'Individual Support Plans and the Inclusive Mainstream Fund: {provision.senSupport}, ' +
        '{cost.senSupportSchool}, {identification.schoolMeanDays}, {placement.resourcedShare}.',
      effects: [
        { key: 'provision.senSupport', add: 0.05, atMost: { param: 'provision.earlyHelp' } },
        {
          key: 'cost.senSupportSchool',
          multiply: 1.15,
          why: '£1.6bn over 3 years ≈ £530m a year ≈ 15% of schools’ SEN support spend',
        },
        { key: 'identification.schoolMeanDays', multiply: 0.8, why: '£200m teacher SEND training' },
        { key: 'placement.resourcedShare', multiply: 1.5, atMost: 1, why: 'inclusion bases' },
      ],
    },
    {
      from: '2027-09-01',
      description: 'Specialist capital: {placement.specialSchoolPlaces}.',
      effects: [
        {
          key: 'placement.specialSchoolPlaces',
          add: 20_000,
          why: 'assumption: a third of the 60,000 places by 2027/28',
        },
      ],
    },
    {
      from: '2029-09-01',
      description:
        'EHC plans for complex needs only: {la.assessProbability} and {la.assessSeverityWeight}, so ' +
        'requests for less severe needs are refused far more often while complex needs are still assessed (assumption).',
      effects: [
        { key: 'la.assessProbability', multiply: 0.6 },
        { key: 'la.assessSeverityWeight', multiply: 1.5, atMost: 20 },
      ],
    },
    {
      from: '2030-09-01',
      description: 'Current plan holders move to Individual Support Plans: {plan.ceaseNeedsMetProbability}.',
      effects: [
        {
          key: 'plan.ceaseNeedsMetProbability',
          add: 0.027,
          atMost: 1,
          why: 'a year: 1 in 8 plan holders over 2030–35, DfE projection, as extra plans ending at review when needs are met',
        },
      ],
    },
  ],
  serves: ['nnpcf-review-parental-rights', 'lenehan-mainstream-strategy'],
});
