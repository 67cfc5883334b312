import { defineLever } from '../define-lever.js';
import { SETTING } from '../parameter-change.js';

/** The `planUpperAge` lever. */
export const planUpperAge = defineLever({
  id: 'planUpperAge',
  title: 'Age EHC plans end',
  description:
    'The age at which EHC plans end: 25 today, or 20 or 18 (the end of the academic year the young person reaches it).',
  settings: { kind: 'choice', values: ['25', '20', '18'], default: '25' },
  mechanism:
    '{plan.upperAge} (the chosen age), so plans end sooner and young people leave plan-funded ' +
    'provision; their costs move to adult services and families.',
  evidence:
    'Children and Families Act 2014 s.45 (plans may continue to 25); Policy Exchange proposal to end ' +
    'EHCPs at the end of the academic year a young person turns 18 (via Natspec). No costing of an age change exists.',
  effects: [{ key: 'plan.upperAge', set: SETTING }],
  deliveryCostNote:
    'Nothing to deliver: ending plans sooner removes provision; what follows is costed by the post-plan pathway (DWP, adult social care).',
  serves: ['nnpcf-isos-transition-age'],
});
