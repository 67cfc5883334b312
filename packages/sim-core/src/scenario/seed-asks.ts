/**
 * Every concrete ask in the five founding documents (`seed-documents.ts`), as data: a short
 * quotation or paraphrase, the documents that make it, and what in the model represents it
 * other than a lever (a mechanism, or the outcomes that report it), or why it is not modelled.
 * Which levers serve an ask is not written here: each lever declares the asks it serves
 * (`LeverDefinition.serves`), and the coverage table joins the two (`describe/seed-coverage.ts`), so
 * adding or removing a lever keeps the table true.
 *
 * An ask repeated in several documents is one row naming them all. Concerns that ask for
 * nothing ("we are concerned that…") are left out; an ask that something not be done (keep the
 * tribunal's placement orders) is represented by the lever that would do it, so a run shows
 * what the ask protects.
 *
 * Long by design: it is one table read from the documents.
 */
import type { SeedDocumentId } from './seed-documents.js';

/** One concrete ask in the founding documents. */
export interface SeedAsk {
  /** Stable id, prefixed by the document it first appears in. */
  readonly id: string;
  /** The documents that make it. */
  readonly seeds: readonly SeedDocumentId[];
  /** A short quotation (in quotation marks) or paraphrase. */
  readonly ask: string;
  /** Model mechanisms (not levers) that represent it, in words naming their parameters or files. */
  readonly mechanisms?: readonly string[];
  /** Metric ids that report it (a measure the ask calls for, or the outcome it aims at). */
  readonly outcomes?: readonly string[];
  /** Why the model does not represent it (absent when a lever, mechanism or outcome does). */
  readonly notModelled?: string;
  /** How far the representation goes, where it is partial. */
  readonly note?: string;
}

export const SEED_ASKS = [
  // NNPCF on accountability (2020 and 2021).
  {
    id: 'nnpcf-2020-srr-permanent',
    seeds: ['nnpcf-accountability-2020', 'nnpcf-accountability-2021'],
    ask: 'Make the single route of redress national trial permanent: the tribunal hears health and social care alongside education.',
    note: "Today's non-binding powers are the baseline; the lever's 'none' setting shows what ending them would do.",
  },
  {
    id: 'nnpcf-2020-srr-binding',
    seeds: ['nnpcf-accountability-2020', 'nnpcf-accountability-2021'],
    ask: 'Extend the tribunal’s powers to make binding recommendations on health and social care.',
  },
  {
    id: 'nnpcf-2020-inspections-continue',
    seeds: ['nnpcf-accountability-2020'],
    ask: '"Local area inspections have been a force for good and must continue."',
  },
  {
    id: 'nnpcf-2020-inspection-listening-early',
    seeds: ['nnpcf-accountability-2020', 'nnpcf-accountability-2021'],
    ask: 'Inspections that judge how well local areas meet needs and improve outcomes, with more emphasis on listening to parents, early intervention, inclusion, how SEND money is spent and co-production.',
    note: 'The inspection lever acts on LAs refusing lawful requests, missing deadlines and ignoring orders; what inspectors look at is not itself modelled.',
  },
  {
    id: 'nnpcf-2020-lifelong-outcomes',
    seeds: ['nnpcf-accountability-2020', 'nnpcf-send-review'],
    ask: 'A greater focus on lifelong outcomes: preparing young people for "a happy, healthy, independent and meaningful life", not just school.',
    outcomes: ['outcome_at_25_eet', 'outcome_at_25_neet', 'outcome_at_25_adult_social_care'],
    note: 'Outcomes at 25 for young people who had a plan (education, employment or training; NEET; adult social care as a proxy for not living independently).',
  },
  {
    id: 'nnpcf-2020-inspection-meetings-coproduced',
    seeds: ['nnpcf-accountability-2020'],
    ask: 'More co-production around the timing and accessibility of inspection meetings for parents.',
    notModelled:
      'The model represents inspection by its effect on LA decisions, not the conduct of inspection visits.',
  },
  {
    id: 'nnpcf-2020-forums-in-inspections',
    seeds: ['nnpcf-accountability-2020'],
    ask: 'Forums invited to every inspection meeting, a private meeting with inspectors in every area, a direct route to share evidence, and inspectors checking the forum helped draft the area’s response.',
    notModelled:
      'The model has no inspection process or forum role within it; the inspection lever acts only through LA behaviour.',
  },
  {
    id: 'nnpcf-2020-wsoa-forum-funding',
    seeds: ['nnpcf-accountability-2020'],
    ask: 'Extra funding for forums in areas with a Written Statement of Action: "the workload exploded".',
    note: 'The advice lever funds a second grant for every forum, not only in areas under a Written Statement of Action (the model has no areas under one).',
  },
  {
    id: 'nnpcf-2021-minimum-standards',
    seeds: ['nnpcf-accountability-2021', 'nnpcf-send-review'],
    ask: 'A consistent national definition of SEND and of the services available to families, with minimum standards and a set of reasonable adjustments families can expect.',
  },
  {
    id: 'nnpcf-2021-time-limits',
    seeds: ['nnpcf-accountability-2021', 'nnpcf-send-review'],
    ask: 'Time limits for the delivery of services.',
    outcomes: ['share_decisions_within_6_weeks', 'share_new_plans_within_20_weeks'],
  },
  {
    id: 'nnpcf-2021-who-pays',
    seeds: ['nnpcf-accountability-2021', 'nnpcf-send-review'],
    ask: 'National guidance on "who pays for what" across education, health and social care, including what should be jointly commissioned.',
  },
  {
    id: 'nnpcf-2021-transparency-money',
    seeds: ['nnpcf-accountability-2021', 'nnpcf-send-review'],
    ask: '"More transparency on how money is spent."',
  },
  {
    id: 'nnpcf-2021-smarter-statistics',
    seeds: ['nnpcf-accountability-2021'],
    ask: '"Gather smarter statistics to show where services are not meeting standards."',
    outcomes: [
      'share_decisions_within_6_weeks',
      'share_new_plans_within_20_weeks',
      'ehcp_provision_delivered',
      'unmet_need_child_years',
    ],
    note: 'The model reports these measures for every run; it does not model the collection of statistics itself.',
  },

  // NNPCF on the SEND review.
  {
    id: 'nnpcf-review-enough-money',
    seeds: ['nnpcf-send-review'],
    ask: '"Make sure there is enough money and spend it well": proper funding for SEND services.',
    mechanisms: [
      'High-needs budget pressure (la.pressure*): councils spending above their funding gatekeep more',
    ],
  },
  {
    id: 'nnpcf-review-cross-government-strategy',
    seeds: ['nnpcf-send-review'],
    ask: 'A cross-governmental strategy to address the issues in the system.',
    notModelled:
      'Government departments are payers, not actors that coordinate; a strategy would act through the levers it chose.',
  },
  {
    id: 'nnpcf-review-listen-to-families',
    seeds: ['nnpcf-send-review'],
    ask: '"Listen to families and intervene early."',
  },
  {
    id: 'nnpcf-review-incentives',
    seeds: ['nnpcf-send-review', 'nnpcf-isos-2024'],
    ask: '"Align incentives for school and system leaders": no school should lose out financially because it supports children with SEND well; accountability (league tables, inspection) realigned to reward inclusion.',
    note: 'Represented by what schools are paid (ringfenced funding) and can provide (inclusive mainstream); league tables and school inspection are not modelled.',
  },
  {
    id: 'nnpcf-review-accountability',
    seeds: ['nnpcf-send-review'],
    ask: '"Increased accountability": clarity and alignment of the responsibilities, powers and accountability of LAs, schools and health services.',
  },
  {
    id: 'nnpcf-review-workforce',
    seeds: ['nnpcf-send-review', 'nnpcf-isos-2024'],
    ask: '"Right people, right knowledge, right skills": a programme of workforce development, and a national workforce strategy that also retains staff and recruits in rural areas.',
    note: 'The workforce lever adds educational psychologists and trains teachers; retention and rural recruitment are not modelled separately.',
  },
  {
    id: 'nnpcf-review-coproduction',
    seeds: ['nnpcf-send-review'],
    ask: '"Coproduction not confrontation", at both individual and strategic level.',
  },
  {
    id: 'nnpcf-review-coproduction-culture',
    seeds: ['nnpcf-send-review'],
    ask: 'Change the culture and embed co-production: a clear definition of co-production, a leadership narrative, a "how to" guide and workforce development for a culture of co-production, early intervention and inclusion.',
    note: 'Represented by its effect on decisions (co-produced decisions lose less trust and draw fewer appeals), not by the guidance itself.',
  },
  {
    id: 'nnpcf-review-forum-funding',
    seeds: ['nnpcf-send-review'],
    ask: '"Proper funding and support for parent carer forums", jointly funded by local authorities and health.',
    note: 'Booked to the DfE, which pays the forum grant today.',
  },
  {
    id: 'nnpcf-review-money-follows-child',
    seeds: ['nnpcf-send-review'],
    ask: 'SEND funding in mainstream where some money follows the child, is ringfenced, is spent in co-production with families and with improved transparency.',
  },
  {
    id: 'nnpcf-review-money-transparency-families',
    seeds: ['nnpcf-send-review'],
    ask: 'Greater involvement and transparency for families around how the money assigned to their child’s setting is spent.',
  },
  {
    id: 'nnpcf-review-school-budget-data',
    seeds: ['nnpcf-send-review', 'nnpcf-isos-2024'],
    ask: 'Gather and publish data on schools’ use of SEND budgets, like the pupil premium, with annual reporting of expenditure.',
    notModelled:
      'Schools are not individual actors in the model, so what one publishes changes nothing it does; the ringfenced lever assumes its money is spent as published.',
  },
  {
    id: 'nnpcf-review-early-help-statistics',
    seeds: ['nnpcf-send-review'],
    ask: 'Collate statistics on requests for early help, how long the response takes and the support finally offered.',
    outcomes: ['early_help_started', 'early_help_wait_days', 'waiting_for_early_help'],
  },
  {
    id: 'nnpcf-review-school-statistics-exclusions',
    seeds: ['nnpcf-send-review'],
    ask: 'Scrutinise schools’ SEND statistics against local and regional norms, and gather data on unofficial exclusions.',
    outcomes: ['exclusions', 'suspensions', 'exclusion_rate_sen_support', 'suspension_rate_sen_support'],
    note: 'The model counts permanent exclusions and suspensions nationally, with rates by SEN status and SEMH pupils’ share of them checked against DfE’s published ones; it has no school-level statistics and no unofficial exclusions (off-rolling).',
  },
  {
    id: 'nnpcf-review-school-inspection-identification',
    seeds: ['nnpcf-send-review'],
    ask: 'School inspections continue to increase their focus on early identification and help.',
    notModelled:
      'School (as opposed to local area) inspection is not represented; earlier identification by schools is the workforce lever’s change to identification.schoolMeanDays.',
  },
  {
    id: 'nnpcf-review-coproduction-metrics',
    seeds: ['nnpcf-send-review'],
    ask: 'Gather metrics about the quality of individual and strategic co-production in an area.',
    notModelled:
      'Co-production is an input the levers set (coproduction.decisionShare), not a quality the model measures.',
  },
  {
    id: 'nnpcf-review-mythbusting',
    seeds: ['nnpcf-send-review'],
    ask: '"Mythbusting": admitting a young person has SEND does not cost more in the medium and long term.',
    mechanisms: [
      'Costs by payer over the whole run, to age 25, for any lever that identifies or meets need earlier',
    ],
    note: 'A belief to be tested, not a policy: compare the costs of a run with earlier identification (workforce strategy, early help) with the baseline.',
  },
  {
    id: 'nnpcf-review-parental-rights',
    seeds: ['nnpcf-send-review', 'nnpcf-isos-2024'],
    ask: 'No dilution of parental rights: do not lower expectations, limit rights or "clip the powers of the tribunal"; no pivot away from "individual legally enforceable entitlements".',
    note: 'Represented by the levers that would dilute them, so a run shows what the ask protects.',
  },
  {
    id: 'nnpcf-review-implementation-plan',
    seeds: ['nnpcf-send-review', 'nnpcf-isos-2024'],
    ask: 'A clear implementation plan focused on culture change and outcomes, with realistic timelines and full co-production.',
    notModelled:
      'Implementation is not modelled: a lever acts in full from its start date, or from the dates of its phases.',
  },

  // Lenehan (2017), Good intentions, good enough?
  {
    id: 'lenehan-challenging-behaviour',
    seeds: ['lenehan-2017'],
    ask: 'Improve the mainstream workforce’s understanding of the reasons for challenging behaviour, and proactive steps to reduce it, for children with autism and SEMH.',
    note: 'Teacher SEND training raises what SEN support meets for all needs, not autism and SEMH alone.',
  },
  {
    id: 'lenehan-mainstream-strategy',
    seeds: ['lenehan-2017'],
    ask: 'A DfE strategy so mainstream schools and colleges meet the needs of children with SEND, with greater incentives for schools and leaders with the skills and vision to do it.',
  },
  {
    id: 'lenehan-short-breaks',
    seeds: ['lenehan-2017'],
    ask: 'DfE to ensure LAs offer sufficient short breaks to the families of children with SEND.',
  },
  {
    id: 'lenehan-forecast-and-create-provision',
    seeds: ['lenehan-2017', 'nnpcf-isos-2024'],
    ask: 'LAs, with health and providers, use data to forecast need and plan and commission provision strategically, locally where possible, with a route to create new provision; robust place planning so children are not placed far from home.',
    mechanisms: [
      'Special school places and their waiting list (placement.specialSchoolPlaces, special_place_wait_days)',
      'Placements out of area and residential, with their transport (ledger/placement-distance.ts)',
    ],
    note: 'Councils forecast the demand for state special places to the end of the first year new ones would be open, from its growth over the last three years (services/place-commissioning.ts); the Lenehan recommendations lever commissions more of the gap and adds regional places. Forecasting by need, age or area is not modelled.',
  },
  {
    id: 'lenehan-contesting-placements',
    seeds: ['lenehan-2017'],
    ask: 'Improve LAs’ understanding of when it is and is not appropriate to contest a family’s choice of placement, and a regular tribunal digest of significant cases.',
    outcomes: ['appeals_placement', 'share_decisions_for_appellant'],
    note: 'The placement preference lever has councils contest fewer of the placements families ask for; the tribunal digest itself is not modelled.',
  },
  {
    id: 'lenehan-visiting-guidance',
    seeds: ['lenehan-2017'],
    ask: 'Publish guidance on when LAs should visit children in residential special schools and colleges.',
    note: 'The visits are costed (delivery.residentialVisits); their effect on placements is not (no evidence found).',
  },
  {
    id: 'lenehan-procurement',
    seeds: ['lenehan-2017'],
    ask: 'Clarify how the Public Contracts Regulations apply to independent and non-maintained special schools.',
    notModelled:
      'Procurement law is not represented; its effect on fees would act through the independent sector lever’s fee cap.',
  },
  {
    id: 'lenehan-quality-standards',
    seeds: ['lenehan-2017'],
    ask: 'Replace the national minimum standards for residential special schools with national quality standards requiring ambitious outcomes and progress in the four Preparing for Adulthood domains.',
    note: 'The standards are costed (delivery.residentialQualityStandards); the quality of individual schools is not represented, and outcomes at 25 are reported for all young people who had a plan.',
  },
  {
    id: 'lenehan-safeguarding-out-of-area',
    seeds: ['lenehan-2017'],
    ask: 'Clarify who is responsible for safeguarding children placed in an area by another LA.',
    notModelled: 'The model is national, with no LA boundaries or safeguarding.',
  },
  {
    id: 'lenehan-special-school-improvement',
    seeds: ['lenehan-2017'],
    ask: 'Promote school improvement in special schools, links between mainstream and special schools, a supply of quality leaders, and members knowing where to find school improvement expertise (NASS and Natspec).',
    notModelled:
      'School quality and leadership are not represented: a special school place meets a fixed level of need (provision.specialistSettingBonus).',
  },
  {
    id: 'lenehan-census-destinations',
    seeds: ['lenehan-2017'],
    ask: 'Require independent schools to complete the school census for state-funded pupils, and publish destinations data for pupils of residential special schools and colleges.',
    outcomes: ['independent_placements', 'outcome_at_25_eet', 'outcome_at_25_neet'],
    notModelled:
      'Data collection is not modelled; the model reports placements in independent schools and destinations at 25, not by residential school.',
  },
  {
    id: 'lenehan-leadership-board',
    seeds: ['lenehan-2017'],
    ask: 'A national leadership board for children and young people with high needs, reporting to the Minister for Children and Families.',
    notModelled: 'Governance bodies are not actors in the model.',
  },
  {
    id: 'lenehan-mental-health',
    seeds: ['lenehan-2017'],
    ask: 'DfE and DH to set out how mental health support will be delivered for children and young people with SEND.',
    notModelled:
      'Mental health services are not represented apart from health provision in plans (cost.planHealthProvision) and crises.',
  },
  {
    id: 'lenehan-accountable-care',
    seeds: ['lenehan-2017'],
    ask: 'Pilot accountable care systems for more coherence across education, health and care.',
    note: 'Represented by clarity on who pays for what (health provision in plans delivered) and the single route of redress; accountable care systems themselves are not.',
  },
  {
    id: 'lenehan-average-costs',
    seeds: ['lenehan-2017'],
    ask: 'Establish, through research, the average costs of services for children and young people with high needs, as an evidence base for fees.',
    mechanisms: ['Sourced unit costs (cost.* parameters in scenarios/baseline.json), booked by payer'],
  },
  {
    id: 'lenehan-fees-open-book',
    seeds: ['lenehan-2017'],
    ask: 'NASS and Natspec to encourage members to be flexible on fees and develop open-book accounting.',
    note: 'Represented by a cap on independent school fees; open-book accounting itself is not modelled.',
  },

  // NNPCF on the LGA/CCN/Isos report (2024).
  {
    id: 'nnpcf-isos-coproduction',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Full co-production and decision-making with those affected: co-production "is also essential for families to have confidence in the SEND system".',
  },
  {
    id: 'nnpcf-isos-inclusive-mainstream',
    seeds: ['nnpcf-isos-2024'],
    ask: 'An inclusive local mainstream school system where the needs of pupils with SEND are consistently met, with school buildings that include quiet rooms and spaces for targeted teaching.',
  },
  {
    id: 'nnpcf-isos-coproduce-funding-model',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Co-produce the model of additional needs funding for schools.',
    notModelled:
      'How a funding formula is designed is not modelled; the ringfenced funding lever represents its result.',
  },
  {
    id: 'nnpcf-isos-keep-sen-definition',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Do not change the legislated definition of SEND now; build confidence first, then co-produce a clear definition with families.',
    notModelled:
      'The model has no legal definition of SEND: need is a severity scale, and a narrower definition would act through the LA’s threshold to assess (as the 2026 White Paper lever does).',
  },
  {
    id: 'nnpcf-isos-learner-records',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Clarity on how accountability for support in the proposed learner records would work and how they would be quality assured.',
    notModelled:
      'Learner records are not represented: SEN support meets a fixed level of need (provision.senSupport).',
  },
  {
    id: 'nnpcf-isos-school-choice-placement-appeals',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Keep families’ right to choose their child’s school and to appeal a placement decision, and keep a judicial body able to order a placement until confidence in the system is built.',
    note: 'Represented by the tribunal powers lever (no placement orders, a non-judicial route), so a run shows what the ask protects.',
  },
  {
    id: 'nnpcf-isos-independent-disputes',
    seeds: ['nnpcf-isos-2024'],
    ask: 'A dispute resolution process with clear timelines and independent conflict resolution.',
    mechanisms: ['Mediation before appeal (redress.mediationTakeUp, redress.mediationAgreement)'],
  },
  {
    id: 'nnpcf-isos-diagnosis-adult-services',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Recognise that a diagnosis is needed to access many adult services and benefits.',
    notModelled:
      'Diagnosis is not represented; adult social care and DWP costs follow from post-plan pathways.',
  },
  {
    id: 'nnpcf-isos-employers',
    seeds: ['nnpcf-isos-2024'],
    ask: 'More collaboration with employers in preparation for adulthood.',
    outcomes: ['outcome_at_25_eet'],
    notModelled:
      'Employers are not represented; the model reports young people in education, employment or training at 25.',
  },
  {
    id: 'nnpcf-isos-transition-age',
    seeds: ['nnpcf-isos-2024'],
    ask: 'A standardised age of transition to adult services across education, health and social care, with rights to 25 (such as the EHC plan) protected.',
    note: 'The plan upper age lever shows what ending plans at 18 or 20 would do; a common transition age across health and care is not modelled.',
  },
  {
    id: 'nnpcf-isos-mainstream-pfa',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Preparation for adulthood support for the mainstream SEND cohort without plans.',
    notModelled:
      'Post-16 pathways are followed only for young people who had a plan; pupils on SEN support leave the model when their need eases or they leave school.',
  },
  {
    id: 'nnpcf-isos-local-inclusion-partnerships',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Parent carer forums and the voice of children and young people in the proposed Local Inclusion Partnership boards, and a local inclusion fund commissioned in co-production.',
    notModelled:
      'Local governance boards are not actors in the model; strategic co-production acts through the co-production levers.',
  },
  {
    id: 'nnpcf-isos-sendiass-forums-commissioning',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Clarity on commissioning parent carer forums and SENDIASS, both kept independent and consistently jointly commissioned by LAs and ICBs.',
    note: 'The model funds more advisers and forum grants; joint commissioning with ICBs would move part of the cost to health.',
  },
  {
    id: 'nnpcf-isos-no-profit',
    seeds: ['nnpcf-isos-2024'],
    ask: 'Independent settings should not be able to profit from SEND provision.',
  },
] as const satisfies readonly SeedAsk[];

/** The id of an ask in the founding documents. */
export type SeedAskId = (typeof SEED_ASKS)[number]['id'];
