/**
 * The stages of a child's pathway through the SEND system, identification → support →
 * assessment → plan → redress, each with the flow metrics sim-core measures for it (counted
 * over the whole run) and what is not measured. Labels come from sim-core's METRICS, so a
 * renamed or removed metric fails loudly here rather than showing a blank row.
 */
import { METRICS } from '@send-sim/sim-core';

export interface PathwayMeasure {
  readonly id: string;
  readonly label: string;
}

export interface PathwayStage {
  readonly id: string;
  readonly title: string;
  readonly measures: readonly PathwayMeasure[];
  /** What the model does not count at this stage, in plain words (empty when nothing is missing). */
  readonly notMeasured: string;
}

const measure = (id: string): PathwayMeasure => {
  const def = METRICS.find((m) => m.id === id);
  if (def === undefined) throw new Error(`pathway stages: unknown metric ${id}`);
  if (def.kind !== 'flow') throw new Error(`pathway stages: ${id} is a ${def.kind}, not a flow`);
  return { id, label: def.label };
};

/** The stages in pathway order. */
export const PATHWAY_STAGES: readonly PathwayStage[] = [
  {
    id: 'identification',
    title: 'Identification',
    measures: [measure('new_needs'), measure('identified_sen_support')],
    notMeasured:
      'Needs that are never identified are not events, so they are not counted here; they show as unmet need in the headline cards.',
  },
  {
    id: 'support',
    title: 'Support before a plan',
    measures: [measure('early_help_started')],
    notMeasured:
      'Being on SEN support is not an event, so it is counted as pupils on SEN support on a date (the chart over time), not here; referrals to early help still waiting at the end of the run are not counted.',
  },
  {
    id: 'assessment',
    title: 'Statutory assessment',
    measures: [
      measure('assessment_requests'),
      measure('requests_withdrawn'),
      measure('requests_refused'),
      measure('assessments_completed'),
    ],
    notMeasured: '',
  },
  {
    id: 'plan',
    title: 'EHC plan',
    measures: [measure('new_plans_issued'), measure('assessed_not_issued'), measure('plans_ceased')],
    notMeasured:
      'Whether a plan’s provision is delivered is counted on a date (plans delivered in full), not as an event, so not here.',
  },
  {
    id: 'redress',
    title: 'Redress: mediation and tribunal',
    measures: [
      measure('mediations_held'),
      measure('appeals_registered'),
      measure('appeals_conceded'),
      measure('appeals_withdrawn'),
      measure('appeals_decided'),
      measure('decisions_for_family'),
    ],
    notMeasured:
      'Disagreements settled without mediation or an appeal (for example at an annual review) are not modelled.',
  },
];

/**
 * Why the flows are bars and not a Sankey diagram: the model counts events at each stage, not
 * which children moved from one stage to the next, so links between stages would be invented.
 */
export const PATHWAY_CAVEAT =
  'Counts are events over the whole run, weighted to England, not distinct children: a child can be refused, ask again and be assessed, so each stage is not a share of the one before. The model counts events at each stage rather than which children moved from one stage to the next, so the stages are shown side by side rather than as links between them.';
