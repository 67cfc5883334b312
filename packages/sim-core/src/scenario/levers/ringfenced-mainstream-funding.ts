import { defineLever } from '../define-lever.js';
import type { ParameterChange } from '../parameter-change.js';

/** Share of schools' requests for assessment that ringfencing removes (assumption: no effect size exists). */
const SCHOOL_REQUESTS_CUT = 0.3;
const KEEP = 1 - SCHOOL_REQUESTS_CUT;

/**
 * What both ringfenced settings change. The chance of a request (request.probabilityAtFullSeverity)
 * is cut first, by the share of requests that schools no longer make (1 − 0.3 s, with s the
 * school share before the lever), then the school share becomes what is left of it.
 */
const RINGFENCED: readonly ParameterChange[] = [
  { key: 'provision.senSupport', add: 0.05, atMost: { param: 'provision.earlyHelp' }, neverLower: true },
  { key: 'identification.schoolMeanDays', multiply: 0.75 },
  {
    key: 'request.probabilityAtFullSeverity',
    multiply: {
      formula: `(1 − ${SCHOOL_REQUESTS_CUT} × s)`,
      of: (p) => 1 - SCHOOL_REQUESTS_CUT * p['request.schoolShare'],
    },
  },
  {
    key: 'request.schoolShare',
    set: {
      formula: `${KEEP} × s ÷ (1 − ${SCHOOL_REQUESTS_CUT} × s)`,
      of: (p) => {
        const s = p['request.schoolShare'];
        return (KEEP * s) / (1 - SCHOOL_REQUESTS_CUT * s);
      },
    },
  },
  { key: 'cost.senSupportRingfenced', set: { param: 'cost.senSupportSchool', times: 0.15 } },
];

/** The `ringfencedMainstreamFunding` lever. */
export const ringfencedMainstreamFunding = defineLever({
  id: 'ringfencedMainstreamFunding',
  title: 'Ringfenced SEND funding in mainstream',
  description:
    "SEN money follows the child: mainstream schools' SEN funding is ringfenced, spent in co-production with " +
    'families and published, and schools no longer meet the first £6,000 of a child’s extra support from an ' +
    'un-ringfenced notional budget. "ringfenced" moves existing money from the LA high-needs budget to schools; ' +
    '"ringfencedNewMoney" adds new money (the parent carer forums’ ask: "make sure there is enough money and spend it ' +
    'well", "align incentives for school and system leaders").',
  settings: { kind: 'choice', values: ['off', 'ringfenced', 'ringfencedNewMoney'], default: 'off' },
  mechanism:
    'ringfenced and ringfencedNewMoney: {ringfenced:provision.senSupport} on the severity scale: money ' +
    'that reaches the child buys better SEN support. {ringfenced:identification.schoolMeanDays}: a school ' +
    'that no longer bears the first £6,000 unfunded notices and records need sooner. Requests for assessment ' +
    `made by schools fall by ${SCHOOL_REQUESTS_CUT * 100}% (the funding incentive to seek a plan to unlock top-up money weakens) while ` +
    "families' requests are unchanged: the model draws one chance of a request and splits it between schools and " +
    'families by request.schoolShare (s), so {ringfenced:request.probabilityAtFullSeverity} and ' +
    '{ringfenced:request.schoolShare} (cutting the share alone would only relabel ' +
    "school requests as families'). {ringfenced:cost.senSupportRingfenced}: the " +
    'ringfenced money per pupil on SEN support in a mainstream school, booked to schools. ringfenced (the default ' +
    'way to ringfence) re-allocates existing money: ringfence.movedFromHighNeeds stays 1, so every pound schools ' +
    'book from the ringfence is taken off the LA high-needs budget for the same pupil, and public spending is ' +
    'unchanged by the move itself. ringfencedNewMoney adds the money instead: ' +
    '{ringfence.movedFromHighNeeds}, and public spending rises by what schools book. The DSG account and councils’ budget pressure see ' +
    'the high-needs block’s spending gross of the money moved (the block still pays it, passed to schools), so ' +
    'the move itself changes neither the DSG deficit nor what councils decide.',
  evidence:
    'IFS (December 2024) analysis of SEND funding (via lasen.co.uk) and DfE answer to PQ 228579: the school ' +
    'meets the first £6,000 of additional SEN cost from its notional SEN budget, a threshold not uprated for ' +
    'over 10 years, an incentive to seek a plan; NNPCF presentation on the SEND review (2021, seeds): ' +
    '"schools aren\'t incentivised to be inclusive", "make sure there is enough money and spend it well"; ' +
    'NNPCF, "NNPCF work to improve accountability in the SEND system" (2021, seeds): "more transparency on how ' +
    'money is spent". No effect size exists (costs-and-effects.md §6). Assumptions: every size in the changes ' +
    'listed (the share of school requests removed, the ringfenced money as a share of school SEN support ' +
    'spend), moved from high needs unless the scenario adds new money.',
  effects: {
    ringfenced: RINGFENCED,
    ringfencedNewMoney: [...RINGFENCED, { key: 'ringfence.movedFromHighNeeds', set: 0 }],
  },
  deliveryCostNote:
    'No delivery cost: the ringfenced money is booked per pupil on SEN support to schools (cost.senSupportRingfenced) ' +
    'and, unless the scenario adds new money, taken off LA high needs for the same pupil.',
  serves: [
    'nnpcf-review-enough-money',
    'nnpcf-review-incentives',
    'nnpcf-review-money-follows-child',
    'nnpcf-review-money-transparency-families',
    'nnpcf-2021-transparency-money',
    'lenehan-mainstream-strategy',
  ],
});
