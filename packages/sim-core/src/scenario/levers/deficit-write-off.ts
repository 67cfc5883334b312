import { defineLever } from '../define-lever.js';
import { SETTING } from '../parameter-change.js';

/** The `deficitWriteOff` lever. */
export const deficitWriteOff = defineLever({
  id: 'deficitWriteOff',
  title: 'Writing off councils’ SEND deficits',
  description:
    'The DfE writes off a share of councils’ cumulative dedicated schools grant (DSG) deficits on 1 April of ' +
    'dsg.writeOffYear (2028 in the baseline, when the statutory override would end).',
  settings: { kind: 'number', min: 0, max: 1, unit: 'share of the deficit written off', default: 0 },
  mechanism:
    '{dsg.writeOffShare}: on 1 April of dsg.writeOffYear each group of areas in deficit ' +
    'has that share of its deficit paid off by the DfE. The deficit falls by exactly that amount, reported as ' +
    'dsg_deficit_paid_by_dfe: a transfer from the DfE for spending already booked to LA high needs, so it is ' +
    'not added to the cost totals (that would count the same pound twice). It changes behaviour only when ' +
    'the deficit does: with the statutory override in place not at all; if the override ends, a smaller ' +
    'deficit means less budget pressure (dsg.deficitPressure).',
  evidence:
    'Assumption: no write-off has been announced. The LGA called for all high-needs deficits to be written off ' +
    '(debate briefing, January 2024).',
  effects: [{ key: 'dsg.writeOffShare', set: SETTING }],
  deliveryCostNote:
    'A transfer from the DfE towards deficits already booked as LA high-needs spending (reported as dsg_deficit_paid_by_dfe, not a cost): nothing to deliver.',
  serves: [],
});
