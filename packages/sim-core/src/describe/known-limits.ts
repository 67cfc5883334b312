/**
 * What the model does not do, one sentence each (DESIGN 4: "the model's limits are written down
 * next to its results"). One list for the README, `sendsim describe` and the UI's assumptions
 * page: when a limit is lifted or found, change it here.
 */
import { FREE_PARAMETERS } from '../calibration/free-parameters.js';
import { LAST_ONSET_AGE } from '../population/arrivals.js';
import { PRICE_BASE } from '../scenario/price-base.js';

/** One known limit: a short topic and one sentence. */
export interface KnownLimit {
  readonly topic: string;
  readonly text: string;
}

export const KNOWN_LIMITS: readonly KnownLimit[] = [
  {
    topic: 'Calibration',
    text: `${FREE_PARAMETERS.length} behavioural parameters are fitted to published statistics on a backtest from January 2019 (sendsim calibrate --fit: history matching finds the parameter sets the figures do not rule out, and their spread is each fitted parameter’s range; CMA-ES then picks the single best set; method, objective, result and plausible sets are recorded in the baseline file); history matching here simulates every candidate (no emulator), so a few hundred runs find a few dozen plausible sets, and the ranges, their spread, may understate the whole plausible region; the backtest passes 57 of the 58 published targets it can evaluate (model 0.16.0: young people educated elsewhere or not in education in January 2022 are 11,000 against 16,300 ± 25%), and several sit near the edge of their tolerance (requests in 2020 and 2022, 13% and 7% off; tribunal appeals in AY 2022/23, 12,580 against 13,658 ± 15%), so read its table before quoting a level, and treat differences between scenarios as the main output.`,
  },
  {
    topic: 'Start',
    text: 'The start is in motion, not empty (pupils on SEN support replay their need histories, early help episodes and crises included, each past year at its own onset level and propensity to ask; requests, assessments and disputes of refusals in progress are sized by the model’s own stage times, and each is a pupil on SEN support whose need brought a request, drawn in proportion to the chance it does and to the LA’s decision at that need; agreed requests already wait for an educational psychologist; plan holders, in specialist settings and outside them, and young people on post-plan pathways take the severities the model’s own dynamics give, measured on the 2019 backtest to a fixed point; young people whose plans ended are on post-plan pathways in the numbers the start’s own thinning of plan holders from 18 implies, scaled to what the backtest holds; children under 5 on SEN support and needs nobody has noticed yet are added), state special schools start full, by the school census’s profile over ages (January 2015) and with as many sixth-formers as the model keeps to 19, with children waiting (measured on the backtest) and places commissioned before the start still to open (special-places-at-start.ts); a run started in January 2023 gives the same 2023 flows as one started in 2019 within noise and 5% (model 0.20.0, 30 replications at 1%: requests −3%, refusals −2%, assessments 0%, new plans +2%, plans ceased +5%, mediations +3%, appeals +0.5%: test/calibration/start-invariance.test.ts), but not all of it: crises are 5.6% ± 1.7% higher in the first year, new independent placements about a third higher (a flow that swings with each refit), the budget pressure councils start under, the waiting lists, the placement share of disputes and the severity shapes are values measured on the backtest rather than a run carried over (test/calibration/start-in-motion.test.ts and plan-severity-start.test.ts say when to measure them again), and a start in 2019 has no earlier run to be checked against.',
  },
  {
    topic: 'High-needs money',
    text: 'The DSG deficit is an accounting output, not a forecast to quote on its own: income is the published high-needs block to 2023/24 (the 2022 Autumn Statement’s extra, not yet allocated in our sources, is left out) grown at a declared rate after, of which only dsg.modelledShareOfBlock (72%, derived from the model’s own spending) is set against the spending the model books, the rest being assumed spent exactly; the deficit at the start is a declared £1.9bn (2021/22 prices, a 2022 survey extrapolated); the deficit is kept in constant prices (a cash deficit would be eroded by inflation); councils are ten equal groups, so one group’s surplus offsets another’s deficit and no single council’s deficit is modelled; so the baseline’s deficit path (about £2.3bn in January 2023 to about £12bn in 2028 and £25bn in 2032, 2025/26 prices) follows the model’s high-needs spending (about 35% real growth from 2023 to 2027) against income growing 3% a year, and the 2019 backtest reaches about £1.5bn by January 2023 against the survey’s £2.3bn for March 2022 in the same prices.',
  },
  {
    topic: 'Prices',
    text: `Unit costs are uprated from their sources' price years to ${PRICE_BASE} prices with the GDP deflator (general inflation; the latest year is an OBR forecast) and stay at that level through a run: no cost grows faster than inflation.`,
  },
  {
    topic: 'Geography',
    text: 'Local authorities are not modelled one by one (only educational psychology capacity varies by place, across ten groups of areas with a fitted spread; early help, special school places and LA decisions are national), nor are moves between them (the statechart knows leaving the area, but the engine never sends it); SEN2 counts a plan transferred to another LA as ceased, so the backtest adds transfers at SEN2’s 2022 rate when it compares plans ceased.',
  },
  {
    topic: 'Parental preference',
    text: 'Families state one preference that matters to the model: an independent special school rather than the state special place the LA seeks (a fixed trait of a declared share of families, the same in every scenario), asked at the plan and at the annual review that finds a specialist need, not at the move to secondary school; the LA names it at once with a declared chance (scaled by the tribunal’s deterrence), otherwise the family is offered a state place, loses trust as for a refusal and may appeal; preferences for a particular mainstream or state school, and preferences against a specialist setting, are not modelled, and the preference does not depend on primary need or advocacy (advocacy acts on the appeal).',
  },
  {
    topic: 'Post-16',
    text: 'Post-16 SEN support without a plan is not modelled: young people without a plan leave the model at 16.',
  },
  {
    topic: 'Phase transfer',
    text: 'Phase transfer happens on the birthday, not in September.',
  },
  {
    topic: 'New needs',
    text: `New needs arise only up to age ${LAST_ONSET_AGE}; older young people reach the model only through the starting population.`,
  },
  {
    topic: 'Life after the plan',
    text: 'A young person whose plan ends before 25 stays in the model on one of three pathways (education, employment or training; NEET; adult social care) whose shares and moves are assumptions informed by one IFS finding, not fitted to published statistics; the pathway does not depend on the young person’s history (unmet-need years, crises), only the need it meets does; and the young people on a pathway at the start date (about 67,000 in January 2023, since model 0.15.0) are the start’s own thinning of plan holders from 18, scaled to what the 2019 backtest holds four years in (population.postPlanAtStart, from model 0.19.0), on the pathway replayed since each plan ended, not a published count.',
  },
  {
    topic: 'Adult costs',
    text: 'After a plan, only adult social care (at the all-age average for adults with a learning disability), Universal Credit (standard allowance and, for three in four, the LCWRA element; also for plan holders out of education, even under 18) and families’ lost earnings are costed: college places without a plan, PIP, housing costs, health care and adult crises’ costs to adult services (booked as for children) are not.',
  },
  {
    topic: 'Outcomes at 25',
    text: 'Outcomes at 25 are counted only for young people who had a plan: the pathway they are on at 25, or, if still on a plan, education (or NEET if out of education); independent living is proxied by adult social care only, and a plan ending because needs are met (back to SEN support) is not followed beyond the next birthday from 16.',
  },
  {
    topic: 'Trust',
    text: 'Families’ trust in the system (mean_trust_sen_families, share_low_trust) is the model’s own index from 0 to 1, not a survey measure, and nothing published is there to check it against: it starts at population.initialTrust (0.5, the scale’s midpoint) with a declared spread of ±0.2 for families already in the system, falls by trust.lossOnRefusal at a refusal to assess or to issue, by trust.lossOnCrisis in a crisis and by trust.lossOnSuspension at a suspension, rises by trust.gainWhenMet each time need is found met, and acts only on the chance of a request (request.distrustWeight); a family below 0.3 (lower than any family starts with) has lost trust, about 2% of families of children on SEN support or a plan in January 2023 and 7% by 2032 in the baseline (2% scale, 4 replications, model 0.13.0), while the mean falls from 0.49 to 0.47.',
  },
  {
    topic: 'Exclusions',
    text: 'Permanent exclusions (to alternative provision, from mainstream or resourced provision) and suspensions (fixed-period exclusions, from any school) come only from escalations of unmet need, from one draw (suspension takes the band above exclusion’s), and their parameters were estimated from DfE’s published rates by SEN status and by primary need after each refit, not fitted with the other targets: in the baseline’s first year (sendsim calibrate, seed 1, 16 replications at 1%, model 0.23.0) there are about 3.5 permanent exclusions a year per 1,000 pupils on SEN support (DfE 2016/17: 3.5) and 1.6 per 1,000 with a plan in school (1.6 assumed: SEN support’s rate ÷ 2.2, as no plan-holders’ permanent rate for a year before COVID reached our evidence; plan holders have their own multiplier, need.exclusionPlanMultiplier, since 0.14.0), and 149 suspensions per 1,000 on SEN support (150 derived from 2016/17 and 2019/20) and 156 per 1,000 with a plan (DfE 2016/17: 159); pupils whose primary need is social, emotional and mental health (SEMH) escalate no more often than others, but from model 0.22.0 an escalation of theirs is an exclusion or a suspension more often (need.exclusionSemhMultiplier, need.suspensionSemhMultiplier), so they account for 61% of SEN pupils’ permanent exclusions and 50% of their suspensions (derived from DfE 2017/18’s rates by primary need and the census’s SEMH share: 61.5% and 54%; 23% each before 0.22.0, their share of pupils), and since model 0.23.0, whose SEMH pupils are the census’s 17.5% of pupils with SEN, per SEMH pupil the model has about 1.04 permanent exclusions and 43 suspensions a year per 100 against DfE’s 1.02 and 46 (the suspension multiplier saturates: nearly every escalation of an SEMH pupil above moderate severity is already a suspension, and the model has no repeat suspensions beyond its escalations); in model 0.13.0 suspensions with a plan fell from 160 per 1,000 in 2023 to 109 by 2032 as plans grow faster than the escalations of plan holders (the plan’s protection is the provision it brings, so more plans with met need means fewer suspensions each); sendsim calibrate prints the check; published totals are of all pupils, and the model holds only children with a need, so 97% of its exclusions are of pupils on SEN support or a plan against 46.7% (permanent) and 44.9% (fixed-period) published in 2016/17, and it has no unofficial exclusions (off-rolling, part-time timetables), no repeat exclusions beyond what escalations bring, no suspension length (a suspension sends the child home for DfE’s average 2.1 days, costed, not timed) and no permanent exclusions from special schools (0.06% in 2018/19).',
  },
  {
    topic: 'Not modelled for families',
    text: 'School attendance and persistent absence, and waits for health services (CAMHS, speech and language and occupational therapy) and children’s social care assessments are not modelled: none has a capacity, a queue or a behaviour in the model yet, and published rates by SEN status (DfE attendance statistics, NHS waiting-time data) would be needed to give them one; crises stand in for the harm of unmet need, and health and social care costs are booked at unit costs, not rationed by capacity.',
  },
  {
    topic: 'Tribunal',
    text: 'Tribunal hearings are a single national capacity with one queue at the model’s own pace (an appeal not conceded or withdrawn is decided about tribunal.listingToDecisionDays after a slot is free: about a quarter of a year after registration on average in the 2019 backtest’s 2022, where families waited about a year for a hearing by 2024), so outcomes of appeals come sooner than they do, and the start holds the appeals in progress that pace keeps (population.appealsInProgress, from model 0.17.0), a third of what the published wait implies.',
  },
  {
    topic: 'Single route of redress',
    text: 'Only families whose plan was not delivered in full at a review appeal over health and social care, at the rate seen in the 2018–21 trial; how often recommendations are followed is an assumption with a wide range, because sources conflict.',
  },
  {
    topic: 'LA behaviour',
    text: 'LA decisions depend on severity, on the tribunal’s deterrence (the tribunal powers lever) and on high-needs budget pressure, every response a declared assumption with a range (no published elasticity exists); budget pressure is measured against a declared proxy (each group of areas’ own high-needs spending in the run’s first year, grown at la.highNeedsFundingGrowth), not against the high-needs income the model now reports: the two agree in the first year by construction (dsg.modelledShareOfBlock is set so) but then grow apart (the proxy at 5.3% a year, income at the published allocations to 2023/24 and 3% a year after), and the deficit moves councils only under the statutory override and Safety Valve levers, and spending already above funding at the start is taken as normal (its gatekeeping is in the calibrated decision parameters); children named a cheaper placement do not appeal it separately unless their family prefers an independent school (the tribunal’s deterrent stands for that), and accountability and inspection act only through their lever.',
  },
  {
    topic: 'Provision delivery',
    text: 'Whether a plan is delivered is one probability per review; minimum standards, who-pays-for-what clarity and binding redress move that probability, but it does not depend on service capacity, and partly delivered health and social care provision is costed at half (assumption).',
  },
  {
    topic: 'Queues',
    text: 'Every queue is first come, first served (nobody is prioritised by severity or urgency) and special school places and educational psychology respond to their backlogs: councils commission more special places each September for the demand they forecast from the last three years’ trend, opening years later (so a steady growth in demand spills into independent schools for the two years before new places open), and buy locum EP time each month when their queue passes six weeks of their own EPs’ work, up to a declared cap (the locum market’s size is not published); the EP workforce grows only by the declared net intake of the funded trainee cohorts, and the EP wait stays bounded over 12 years with the central values, but not with the low end of the locum cap (sendsim sensitivity baseline --metric ep_wait_days --params councils).',
  },
  {
    topic: 'Age of plan holders',
    text: 'The age mix of plans drifts over a projection (model 0.9.0): the 2019 backtest arrives in 2023 at the age mix the 2023 start assumes (5- to 10-year-olds 31.5% against 33%), but 5- to 10-year-olds hold 33% of plans in 2023 and about 24% by 2035, 16- to 19-year-olds 21% and about 28% (model 0.23.0, seed 1, 5 replications at 1%), though new plans keep SEN2’s ages (sendsim calibrate: new plans by age; 5- to 10-year-olds receive 44.6% of the backtest’s new plans in 2021 against 46.2% published, and 44% and 46% of the baseline’s in 2023 and 2034 (model 0.24.0)): about two thirds of the drift is demand held at its 2023 level (need.growthUntilYear; new plans grow about 2% a year after 2023 against 8% in 2019–2022 while plans last to 18 or 25, so the stock ages; with the trends continued to 2034, 5- to 10-year-olds hold 30% of plans in 2035, not 24%) and the rest how long plans last from 11; read results by age, and long projections of age-dependent settings, with care (sendsim calibrate: start consistency).',
  },
  {
    topic: 'Special schools by age',
    text: 'Who holds the state special places, by age, is checked against one year of the school census (sendsim calibrate: special schools by age): in January 2015 about 37% of plan holders in state schools were in special schools at every age from 5 to 10 and 48% from 11 to 15 (1.31 times); both starts hold that profile for school ages, and from model 0.21.0 place plan holders under 5 in special schools at the share the journey itself keeps; model 0.23.0 has the 2019 backtest at 27% at 5–10 and 33% at 11–15 by 2023 (1.21 times) and the baseline at 29% and 31% by 2034 (1.08 times, outside the check’s ±15%; 1.22 in model 0.22; seed 1, 5 replications at 1%): its autistic plan holders reach a plan at lower severity than others, as SEN support fits autism poorly, and few reach a specialist setting at primary age; the move to secondary reopens their placement in a wider window (placement.secondaryMoveWindow ÷ the need’s fit, an assumption), which brings the backtest within (1.06 without it, before the refit) but not the 2034 baseline, and not because its plans drift towards secondary age (with the demand trends continued, which keeps plans younger, the ratio is 1.03 in 2035 against 1.06 with them held; model 0.23.1): complex needs, all in special schools, held the primary share up (model 0.24.0: without them the ratio was 2.85 in 2034), as the journey’s inflow of needs complex before school kept about 2.7 times the complex plans at 5–10 that the start holds; from model 0.25.0 the calibration holds that share (a start-consistency target), and the ratio is within in every row (model 0.26.0: 1.39 in the backtest’s 2023, 1.43 in the baseline’s 2034), though plans for complex needs at 5–10 still grow while demand is held flat (1.34 times from 2023 to 2031 in model 0.26.0, whose complex needs arise at the same rate per child in every year; 1.8 times in 0.25.0), as both starts hold half the complex plans under 5 that the journey keeps; councils forecast demand for places in total, not by age, so quote placements by age with care.',
  },
  {
    topic: 'Type of need',
    text: 'Primary need sets how a need starts (complex needs, SLD, PMLD, MSI, PD, VI and HI, arise before school at or above the specialist threshold; a share of the others starts as severe, one share before school and another after; the rest start mild), how often each other kind arises (need.arisingShare.*) and how well SEN support in a mainstream school fits it (provision.senSupportByNeed.*: the support it adds, how soon an unmet need brings a request, and the window in which the move to secondary reopens a plan holder’s placement), both estimated from model 0.23.0 so that pupils with SEN in school come out in the census’s mix (autism 11.7%, SLCN 22%, SEMH 17.5%, MLD 18.8%, SpLD 12.5%) and plans in SEN2’s (sendsim calibrate: primary needs); the fit is inferred from those two stocks, not measured, and carries every reason a plan follows one need more often than another (families’ readiness to ask, diagnosis, what schools can do); the census shares are of 2019–2020, and no breakdown of SEN support by need reached us for 2023; needs of every kind still share one escalation rate, one easing rate and the same costs, and onset ages do not differ by need (autism is diagnosed mostly at 2–9, SEMH rises in adolescence), so although the starts give plan holders in mainstream schools the census’s mix of needs by phase (from model 0.24.0), the journey drifts from it (sendsim calibrate: plans by phase; by 2034 SEMH is 22% of primary-age plans in mainstream schools against the census’s 13%, SLCN 26% of secondary-age ones against 17%, SpLD 2% against 7%, and autism 35% against 28%); complex needs are 10.8% of the backtest’s plans in 2023 and 9.1% of the baseline’s in 2035 (model 0.26.0; SEN2 11.7%), but 13% of plans at 5–10 in 2031 and 15% in 2035, they arise at the same rate per child in every year while the other needs carry the growth to 2023 (an assumption, from model 0.26.0), and a specific learning difficulty never starts severe (an assumption, from model 0.25.0), so quote plans by primary need, and unmet need by area of need, as where the model’s need falls, not as a measured difference between needs.',
  },
  {
    topic: 'Transport and residential placements',
    text: 'Home-to-school transport follows only a plan holder’s setting and its distance from home (local, out of area by day, residential), with unit costs from 2017/18 uprated by general inflation (SEND transport costs rose faster), and no transport for alternative provision, post-16 learners or pupils on SEN support; distance and residential status are a fixed share of placements per setting (assumptions, not published), with no residential colleges or residential places in state special schools; a residential placement costs its care and health shares but changes nothing else: its outcomes (crises, family contact, destinations), the safeguarding of children placed out of area, and what LA visits and national quality standards do (the Lenehan lever costs them but gives them no effect, for want of evidence) are not modelled.',
  },
  {
    topic: 'Levers',
    text: 'Each lever’s effect sizes are stated assumptions unless its evidence says otherwise; the 2026 White Paper is modelled from its announced dates, not from legislation.',
  },
];
