import { defineLever } from '../define-lever.js';

/** The `placementPreference` lever: how often councils name the school a family asks for. */
export const placementPreference = defineLever({
  id: 'placementPreference',
  title: 'Naming the school families ask for',
  description:
    'Whether councils contest fewer of the placements families ask for: they name the independent special ' +
    'school a family prefers more often at once, instead of seeking a state special place the family may ' +
    'contest at the tribunal (Lenehan review: councils should consider when it is and is not appropriate ' +
    'to contest a parent’s choice; NNPCF: "coproduction not confrontation").',
  settings: { kind: 'choice', values: ['current', 'contestLess'], default: 'current' },
  mechanism:
    'contestLess: {la.namesIndependentPreference}. Of the families whose child’s need calls for a ' +
    'specialist setting, those who prefer an independent school (placement.independentPreferenceShare, ' +
    'a fixed trait of the family) get it named more often, at the plan or at the review that finds the ' +
    'need; the others are offered a state special place, lose trust as for a refusal, and may appeal ' +
    'the placement (redress.appealProbability.placement), which the tribunal usually upholds. So fewer ' +
    'placement appeals, mediations and hearings, more independent placements at their fees (LA high ' +
    'needs), and state special places left for other children.',
  evidence:
    'Children and Families Act 2014 s.38–39 and the SEND Code of Practice 9.78–9.84 (a family may ask for ' +
    'a school to be named; the LA must name it unless it is unsuitable or an inefficient use of ' +
    'resources). Lenehan, "Good intentions, good enough?" (DfE, 2017, seeds). Tribunal Statistics ' +
    'Quarterly: the tribunal finds at least in part for families in about 96–98% of decided appeals ' +
    '(calibration targets). Assumption: 0.8 of preferences named at once under contestLess (baseline ' +
    '0.3, itself an assumption with range 0.1–0.5).',
  effects: { contestLess: [{ key: 'la.namesIndependentPreference', set: 0.8 }] },
  deliveryCostNote:
    'Nothing added: the independent placements named are costed at their fees to LA high needs, and fewer appeals save their per-appeal costs to the LA, HMCTS and families.',
  serves: ['lenehan-contesting-placements', 'nnpcf-isos-school-choice-placement-appeals'],
});
