import { defineLever } from '../define-lever.js';

/** The `inclusiveMainstream` lever. */
export const inclusiveMainstream = defineLever({
  id: 'inclusiveMainstream',
  title: 'Inclusive schools and special places',
  description:
    'An inclusive mainstream offer (inclusion funding, inclusion bases and resourced provision in mainstream ' +
    'schools) with robust local planning of specialist places, so more children’s needs are met in a local ' +
    'mainstream school and those who need a special school find a state place (Isos 2024 recommendation 3; ' +
    'the 2026 White Paper’s Inclusive Mainstream Fund and capital).',
  settings: { kind: 'choice', values: ['current', 'inclusive'], default: 'current' },
  mechanism:
    'inclusive: {provision.senSupport} and {provision.planPartlyDelivered}: better mainstream provision ' +
    'meets more need with or without a plan. {placement.specialistSeverity}: needs that today go to special ' +
    'schools are met in mainstream. {placement.resourcedShare}: more inclusion bases. ' +
    '{placement.specialSchoolPlaces}: place planning adds state special places, so fewer children fall back to independent schools.',
  evidence:
    'DfE, "Every child achieving and thriving" (Schools White Paper, February 2026): £1.6bn Inclusive ' +
    'Mainstream Fund over 3 years and £3.7bn capital for inclusion bases and 60,000 specialist places over ' +
    'time; EPI (2021): the school attended explains more than half of the variation in SEN identification, ' +
    'so schools can change it. No effect sizes exist (costs-and-effects.md §6). Assumptions: every size in the ' +
    'changes listed.',
  effects: {
    inclusive: [
      { key: 'provision.senSupport', add: 0.05, atMost: { param: 'provision.earlyHelp' }, neverLower: true },
      {
        key: 'provision.planPartlyDelivered',
        add: 0.05,
        atMost: { param: 'provision.planDelivered' },
        neverLower: true,
      },
      { key: 'placement.specialistSeverity', add: 0.05, atMost: 0.95, neverLower: true },
      { key: 'placement.resourcedShare', multiply: 1.5, atMost: 1 },
      { key: 'placement.specialSchoolPlaces', multiply: 1.1 },
    ],
  },
  deliveryCosts: [
    {
      what: 'Inclusion funding for mainstream schools (delivery.inclusiveMainstreamFund a year)',
      payer: 'school',
      cost: 'delivery.inclusiveMainstreamFund',
      timing: 'perYear',
    },
    {
      what: 'Capital for the extra state special places (cost.specialPlaceCapital for each place placement.specialSchoolPlaces rises by)',
      payer: 'dfe',
      cost: 'cost.specialPlaceCapital',
      units: { riseIn: 'placement.specialSchoolPlaces' },
      timing: 'oneOff',
    },
  ],
  deliveryCostNote:
    'Resourced provision places are costed per child (cost.resourcedProvision) and places commissioned later book ' +
    'their own capital; the better SEN support and plan delivery are paid by the inclusion funding, and the extra ' +
    'places present from the start book their capital in the first month. Capital for inclusion bases is within ' +
    'cost.specialPlaceCapital’s range (the £3.7bn buys both).',
  serves: [
    'nnpcf-review-incentives',
    'lenehan-mainstream-strategy',
    'lenehan-forecast-and-create-provision',
    'nnpcf-isos-inclusive-mainstream',
  ],
});
