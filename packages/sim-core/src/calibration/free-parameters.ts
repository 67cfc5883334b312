/**
 * The parameters the calibration may fit, each with the bounds the search keeps to. These are
 * the behavioural parameters no source measures directly (or measures only roughly); stocks,
 * unit costs and statutory rules are never fitted. The bounds are each parameter's plausible
 * range: a fit that wants to leave them is a sign the model's structure is wrong, not a licence.
 */
import type { ParameterKey } from '../scenario/parameter-catalogue.js';

export interface FreeParameter {
  readonly key: ParameterKey;
  readonly min: number;
  readonly max: number;
  /** Which targets mainly inform it. */
  readonly informedBy: string;
}

export const FREE_PARAMETERS: readonly FreeParameter[] = [
  { key: 'need.onsetRate.age0to4', min: 0.005, max: 0.04, informedBy: 'SEN support stock; plans under 5' },
  { key: 'need.onsetRate.age5to10', min: 0.01, max: 0.07, informedBy: 'SEN support stock' },
  { key: 'need.onsetRate.age11to15', min: 0.005, max: 0.04, informedBy: 'SEN support stock' },
  {
    key: 'need.onsetSeverityMean',
    min: 0.1,
    max: 0.4,
    informedBy: 'plans by age (how long a need takes to reach a plan)',
  },
  {
    key: 'need.onsetSeveritySpread',
    min: 0.2,
    max: 0.6,
    informedBy: 'plans by age (how many needs start severe enough for a plan soon)',
  },
  { key: 'need.earlyOnsetSeverityMean', min: 0.3, max: 0.6, informedBy: 'plans held by under-5s' },
  {
    // From 0.02: a complex stock of about 4,000 plans a year of age (SEN2's 11.7% of plans) is
    // about 4% of the needs the model has arise before 5.
    key: 'need.earlyComplexShare',
    min: 0.02,
    max: 0.5,
    informedBy: 'the complex needs’ share of plans at 5–10; plans by age; the special-school share of plans',
  },
  {
    key: 'need.severeOnsetSeverityMean',
    min: 0.65,
    max: 0.95,
    informedBy: 'the special-school share of plans; plans under 5',
  },
  {
    key: 'need.severeOnsetShare',
    min: 0,
    max: 0.3,
    informedBy: 'plans by age (how many plans are issued in primary school)',
  },
  {
    key: 'need.severeOnsetShareEarly',
    min: 0,
    max: 0.5,
    informedBy: 'plans under 5; the complex needs’ share of plans (with need.earlyComplexShare)',
  },
  {
    key: 'need.onsetGrowthPerYear',
    min: 0,
    max: 0.1,
    informedBy: 'growth of SEN support and of requests, 2019–2023',
  },
  { key: 'need.escalationRatePerYear', min: 1, max: 6, informedBy: 'requests; plan growth' },
  { key: 'request.probabilityAtFullSeverity', min: 0.05, max: 0.6, informedBy: 'assessment requests' },
  { key: 'request.growthPerYear', min: 0, max: 0.15, informedBy: 'growth of requests, 2019–2022' },
  {
    key: 'request.earlyYearsAtFullSeverity',
    min: 0.05,
    max: 1,
    informedBy: 'plans held by under-5s',
  },
  {
    key: 'request.withdrawnBeforeDecision',
    min: 0.02,
    max: 0.15,
    informedBy: 'assessment requests against the share refused and new plans issued',
  },
  { key: 'la.assessProbability', min: 0.4, max: 0.95, informedBy: 'share of requests refused' },
  { key: 'la.assessSeverityWeight', min: 0, max: 8, informedBy: 'share of requests refused; new plans' },
  { key: 'la.draftingMeanDays', min: 20, max: 120, informedBy: 'share of plans within 20 weeks' },
  { key: 'ep.assessmentsPerFtePerYear', min: 18, max: 50, informedBy: 'share of plans within 20 weeks' },
  {
    key: 'ep.localCapacitySpread',
    min: 0,
    max: 0.6,
    informedBy: 'share of plans within 20 weeks; new plans issued',
  },
  {
    key: 'placement.specialistSeverity',
    min: 0.55,
    max: 0.9,
    informedBy: 'share of plans in special schools',
  },
  {
    key: 'placement.commissioningShare',
    min: 0.1,
    max: 1,
    informedBy: 'share of plans in special schools; independent special school spending',
  },
  {
    key: 'placement.independentPreferenceShare',
    min: 0.1,
    max: 0.4,
    informedBy: 'independent special school spending; appeals registered',
  },
  {
    key: 'placement.specialistMoveAtSecondary',
    min: 0.02,
    max: 0.8,
    informedBy: 'share of plans in special schools and in mainstream',
  },
  {
    key: 'placement.neetAt16Probability',
    min: 0.005,
    max: 0.15,
    informedBy: 'plans held by young people not in education',
  },
  {
    key: 'placement.leavesEducationProbability',
    min: 0.05,
    max: 0.5,
    informedBy: 'plans ceased; plans at 20–25',
  },
  {
    key: 'plan.ceaseNotInEducationProbability',
    min: 0.2,
    max: 0.95,
    informedBy: 'plans held by young people not in education; plans ceased',
  },
  {
    key: 'redress.appealProbability.refusalToAssess',
    min: 0.05,
    max: 0.6,
    informedBy: 'share of appeals against refusal to assess',
  },
  { key: 'redress.appealProbability.planContents', min: 0.02, max: 0.3, informedBy: 'appeals registered' },
  {
    key: 'redress.appealProbability.placement',
    min: 0.04,
    max: 0.16,
    informedBy: 'share of appeals about plan contents',
  },
  {
    key: 'redress.mediationTakeUp',
    min: 0.2,
    max: 0.42,
    informedBy: 'mediations held',
  },
  { key: 'redress.laConcedes', min: 0.05, max: 0.5, informedBy: 'share of appeals reaching a decision' },
  { key: 'redress.familyWins', min: 0.85, max: 0.995, informedBy: 'share of decisions for the appellant' },
];
