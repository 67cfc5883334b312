/**
 * What the model's entities hold, in one line each: the child's fixed attributes, the journey
 * context the statechart updates, and what each service's capacity means. Kept next to the
 * code it describes and typed against it, so a new field or service without a description is a
 * compile error, and the CLI's `describe` and the UI's assumptions page read the same words.
 */
import {
  APPEAL_TYPES,
  type ChildAttributes,
  type JourneyContext,
  PRIMARY_NEEDS,
} from '../journey/journey-context.js';
import type { ServiceName } from '../journey/journey-events.js';
import type { ParameterKey } from '../scenario/parameter-catalogue.js';

/** One field of the child's record: what it means and how it is measured. */
export interface FieldDoc {
  readonly meaning: string;
  /** Values or units, e.g. `0–1`, `days from the start date`, `yes / no`. */
  readonly scale: string;
}

/** Attributes drawn once when a child enters the model; identical in every scenario. */
export const CHILD_ATTRIBUTE_DOCS: Readonly<Record<keyof ChildAttributes, FieldDoc>> = {
  id: {
    meaning: 'Stable identifier: the same id is the same child, with the same attributes, in every scenario.',
    scale: 'whole number from 0',
  },
  birthDay: {
    meaning: 'Day of birth relative to the start date (negative for children already born).',
    scale: 'days from the start date',
  },
  sex: { meaning: 'Sex, as the school census records it.', scale: 'female, male' },
  primaryNeed: {
    meaning:
      'Primary type of need, as SEN2 and the school census record it. Complex needs (SLD, PMLD, MSI, PD, VI, HI) arise before school and start between the specialist threshold and 1; a share of other needs starts severe, the rest at the general onset severity.',
    scale: PRIMARY_NEEDS.join(', '),
  },
  deprived: {
    meaning: 'Eligible for free school meals: the deprivation marker the statistics use.',
    scale: 'yes / no',
  },
  advocacy: {
    meaning:
      'Family advocacy capacity: the time, money and knowledge to navigate the system (its mean differs for deprived families).',
    scale: '0–1',
  },
};

/** The journey context: what the statechart's updates change as the child moves through the system. */
export const JOURNEY_CONTEXT_DOCS: Readonly<
  Record<Exclude<keyof JourneyContext, keyof ChildAttributes>, FieldDoc>
> = {
  severity: { meaning: 'Severity of need: rises while need is unmet, eases while it is met.', scale: '0–1' },
  trust: {
    meaning: 'Family trust in the system: falls with refusals and crises, rises when need is met.',
    scale: '0–1',
  },
  supportLevel: {
    meaning: 'The support the child now receives; with the setting it fixes how much need is met.',
    scale: 'universal, senSupport, earlyHelp, plan',
  },
  specialistSetting: {
    meaning: 'Placed in a specialist setting (state or independent special school).',
    scale: 'yes / no',
  },
  planDelivered: {
    meaning: "Whether the plan's provision is currently delivered in full.",
    scale: 'yes / no',
  },
  seeksSpecialist: {
    meaning: 'Whether the plan names (or the family seeks) a specialist setting.',
    scale: 'yes / no',
  },
  outOfEducation: {
    meaning:
      'Left education at 16 or later while holding a plan (not in education, employment or training, or educated elsewhere): from 18 a review may cease the plan.',
    scale: 'yes / no',
  },
  requestedBy: {
    meaning: 'Who made the current or last request for assessment.',
    scale: 'family, school, none',
  },
  requests: { meaning: 'Requests for statutory assessment made so far.', scale: 'count' },
  refusals: { meaning: 'Refusals to assess or to issue a plan so far.', scale: 'count' },
  requestedOn: {
    meaning: 'Day the current request reached the LA (-1 when none): the statutory clocks run from it.',
    scale: 'days from the start date',
  },
  planIssuedOn: {
    meaning: 'Day the current plan was issued (-1 when none).',
    scale: 'days from the start date',
  },
  lateDecision: {
    meaning: 'The 6-week limit to decide whether to assess passed before the LA decided.',
    scale: 'yes / no',
  },
  lateIssue: {
    meaning: 'The 20-week limit to issue the final plan passed before it was issued.',
    scale: 'yes / no',
  },
  appealType: { meaning: 'What the open dispute is about.', scale: `${APPEAL_TYPES.join(', ')}, none` },
  appeals: { meaning: 'Tribunal appeals registered so far.', scale: 'count' },
  mediations: { meaning: 'Mediations held so far.', scale: 'count' },
  crises: {
    meaning: 'Crises so far (exclusion, placement or family breakdown, mental-health crisis).',
    scale: 'count',
  },
  exclusions: { meaning: 'Exclusions to alternative provision so far.', scale: 'count' },
};

/** A capacity-limited service: what one slot is, and how the scenario's parameters size it. */
export interface ServiceDoc {
  readonly title: string;
  /** What holding one slot means. */
  readonly slot: string;
  /** How the number of slots follows from the parameters (see `services/service-capacity.ts`). */
  readonly capacity: string;
  /** The parameters that size it. */
  readonly parameters: readonly ParameterKey[];
}

export const SERVICE_DOCS: Readonly<Record<ServiceName, ServiceDoc>> = {
  educationalPsychology: {
    title: 'Educational psychologists (statutory assessment)',
    slot: 'A child holds a slot for the weeks an educational psychologist works on their assessment.',
    capacity:
      'Slots = ep.workforceFte × ep.assessmentsPerFtePerYear × ep.assessmentDays ÷ 365.25 (yearly throughput × time each assessment holds a slot), shared out across ten local area groups (tenths of England’s children) in proportions spread by ep.localCapacitySpread; each group has its own queue. The workforce grows by ep.traineeNetGrowthFte each September from ep.traineeGrowthFromYear (trainees qualifying, net of leavers), and each month a group whose queue exceeds ep.locumTriggerWeeks of its own EPs’ work buys locum slots to clear the excess, up to ep.locumMaxShare of an average group’s slots.',
    parameters: [
      'ep.workforceFte',
      'ep.assessmentsPerFtePerYear',
      'ep.assessmentDays',
      'ep.localCapacitySpread',
      'ep.traineeNetGrowthFte',
      'ep.traineeGrowthFromYear',
      'ep.locumTriggerWeeks',
      'ep.locumMaxShare',
    ],
  },
  earlyHelp: {
    title: 'Early help',
    slot: 'A family holds a slot for the length of its early help episode.',
    capacity: 'Slots = earlyHelp.capacity (families early help can work with at once).',
    parameters: ['earlyHelp.capacity'],
  },
  specialSchool: {
    title: 'State special school places',
    slot: 'A child holds a place from admission until they leave the school (at 19, on leaving the area, or when their support ends).',
    capacity: 'Slots = placement.specialSchoolPlaces.',
    parameters: ['placement.specialSchoolPlaces'],
  },
  tribunal: {
    title: 'SEND Tribunal hearings',
    slot: 'A registered appeal holds a hearing slot from listing to decision.',
    capacity:
      'Slots = tribunal.hearingsPerYear × tribunal.listingToDecisionDays ÷ 365.25 (yearly hearings × time each occupies a slot).',
    parameters: ['tribunal.hearingsPerYear', 'tribunal.listingToDecisionDays'],
  },
};

/** What every service shares. */
export const SERVICE_RULE =
  "Each service has a fixed number of slots and one first-come-first-served queue; national slots are multiplied by the run's scale (at least one slot), and waiting time is an output, never an input.";
