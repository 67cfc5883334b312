import { defineLever } from '../define-lever.js';

/** The `safetyValve` lever. */
export const safetyValve = defineLever({
  id: 'safetyValve',
  title: 'Deficit help for tighter spending',
  description:
    'Safety Valve style agreements for every group of areas in deficit: councils commit to reduce high-needs ' +
    'spending growth in exchange for DfE payments towards their historic DSG deficit.',
  settings: { kind: 'choice', values: ['none', 'agreements'], default: 'none' },
  mechanism:
    'agreements: {dsg.safetyValve}. On 1 April of dsg.safetyValveFromYear each group of areas in ' +
    'deficit signs: the DfE pays dsg.safetyValveSupportShare of that deficit in dsg.safetyValveYears equal ' +
    'instalments, one each 1 April (reported as dsg_deficit_paid_by_dfe, a transfer not added to the cost ' +
    'totals), and while the agreement runs councils act as if spending were dsg.safetyValveExtraExcess further ' +
    'above funding, through the budget-pressure responses (journey/council-decisions.ts): more refusals to ' +
    'assess and to issue, cheaper placements named. Payments are not made conditional on meeting the targets.',
  evidence:
    'DfE, Dedicated schools grant: very high deficit intervention (first published 19 March 2021; 5 agreements ' +
    'in 2020/21 and 9 in 2021/22): agreements set high-needs reforms and savings targets, with DfE funding ' +
    'towards the historic deficit over several years. IPSEA FOIs found targets to cut assessments, plans and ' +
    'special placements (costs-and-effects.md §4). The support share, length and extra pressure are ' +
    'assumptions declared in the baseline with ranges.',
  effects: { agreements: [{ key: 'dsg.safetyValve', set: 1 }] },
  deliveryCostNote:
    'DfE payments towards deficits are transfers (dsg_deficit_paid_by_dfe), not new spending; councils’ savings come through their decisions, so nothing to deliver.',
  serves: [],
});
