import { defineLever } from '../define-lever.js';

/** The `statutoryOverride` lever. */
export const statutoryOverride = defineLever({
  id: 'statutoryOverride',
  title: 'Keeping SEND deficits off councils’ books',
  description:
    'The statutory override keeps councils’ dedicated schools grant (DSG) deficits off their balance sheets. ' +
    'Extended (today’s policy) or ended on 31 March 2028, after which deficits count against councils’ reserves.',
  settings: { kind: 'choice', values: ['extended', 'ends-2028'], default: 'extended' },
  mechanism:
    'extended: nothing changes (dsg.statutoryOverride stays 1; the deficit is reported but changes nothing ' +
    'councils do). ends-2028: from 1 April 2028 dsg.statutoryOverride becomes 0, and each group of areas ' +
    'then feels its cumulative DSG deficit as budget pressure: dsg.deficitPressure × (deficit ÷ the coming ' +
    'year’s high-needs income), fixed each 1 April, is added to the excess of spending over funding that ' +
    'drives gatekeeping (journey/council-decisions.ts: more refusals to assess and to issue, cheaper ' +
    'placements named). So the deficit grows more slowly, through fewer and cheaper plans, not by editing outputs.',
  evidence:
    'DLUHC, Local government finance policy statement 2023-24 to 2024-25 (12 December 2022): the override ' +
    'extended for three years to March 2026; the March 2028 end date is the project issue’s. How councils ' +
    'would respond once deficits count against reserves is an assumption (dsg.deficitPressure, declared in ' +
    'the baseline with a range).',
  effects: [],
  deliveryCostNote: 'An accounting rule, not a service: nothing to deliver.',
  phases: [
    {
      from: '2028-04-01',
      description:
        'The override ends: {dsg.statutoryOverride}, so councils feel their DSG deficit as budget pressure.',
      effects: { 'ends-2028': [{ key: 'dsg.statutoryOverride', set: 0 }] },
    },
  ],
  serves: [],
});
