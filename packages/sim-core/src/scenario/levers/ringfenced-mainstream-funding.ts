import type { LeverDefinition } from '../levers.js';
import { raiseSenSupport } from './lever-arithmetic.js';

/** The `ringfencedMainstreamFunding` lever. */
export const ringfencedMainstreamFunding: LeverDefinition = {
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
    'ringfenced and ringfencedNewMoney: provision.senSupport rises by 0.05 on the severity scale (capped at provision.earlyHelp): money ' +
    'that reaches the child buys better SEN support. identification.schoolMeanDays is multiplied by 0.75: a school ' +
    'that no longer bears the first £6,000 unfunded notices and records need sooner. Requests for assessment ' +
    'made by schools fall by 30% (the funding incentive to seek a plan to unlock top-up money weakens) while ' +
    "families' requests are unchanged: the model draws one chance of a request and splits it between schools and " +
    'families by request.schoolShare, so request.schoolShare s becomes 0.7s ÷ (1 − 0.3s) and ' +
    'request.probabilityAtFullSeverity is multiplied by (1 − 0.3s) (cutting the share alone would only relabel ' +
    "school requests as families'). cost.senSupportRingfenced becomes 0.15 × cost.senSupportSchool: the " +
    'ringfenced money per pupil on SEN support in a mainstream school, booked to schools. ringfenced (the default ' +
    'way to ringfence) re-allocates existing money: ringfence.movedFromHighNeeds stays 1, so every pound schools ' +
    'book from the ringfence is taken off the LA high-needs budget for the same pupil, and public spending is ' +
    'unchanged by the move itself. ringfencedNewMoney adds the money instead: ringfence.movedFromHighNeeds ' +
    'becomes 0, and public spending rises by what schools book. The DSG account and councils’ budget pressure see ' +
    'the high-needs block’s spending gross of the money moved (the block still pays it, passed to schools), so ' +
    'the move itself changes neither the DSG deficit nor what councils decide.',
  evidence:
    'IFS (December 2024) analysis of SEND funding (via lasen.co.uk) and DfE answer to PQ 228579: the school ' +
    'meets the first £6,000 of additional SEN cost from its notional SEN budget, a threshold not uprated for ' +
    'over 10 years, an incentive to seek a plan; NNPCF presentation on the SEND review (2021, seeds): ' +
    '"schools aren\'t incentivised to be inclusive", "make sure there is enough money and spend it well"; ' +
    'NNPCF, "NNPCF work to improve accountability in the SEND system" (2021, seeds): "more transparency on how ' +
    'money is spent". No effect size exists (costs-and-effects.md §6). Assumptions: +0.05 SEN support, ×0.75 ' +
    'identification time, −30% school requests, ringfenced money 15% of school SEN support spend, moved from ' +
    'high needs unless the scenario adds new money.',
  changes: [
    'provision.senSupport',
    'identification.schoolMeanDays',
    'request.schoolShare',
    'request.probabilityAtFullSeverity',
    'cost.senSupportRingfenced',
    'ringfence.movedFromHighNeeds',
  ],
  deliveryCostNote:
    'No delivery cost: the ringfenced money is booked per pupil on SEN support to schools (cost.senSupportRingfenced) ' +
    'and, unless the scenario adds new money, taken off LA high needs for the same pupil.',
  apply(params, setting) {
    if (setting === 'off') return;
    raiseSenSupport(params, 0.05);
    params['identification.schoolMeanDays'] *= 0.75;
    const s = params['request.schoolShare'];
    const remaining = 1 - 0.3 * s;
    params['request.schoolShare'] = (0.7 * s) / remaining;
    params['request.probabilityAtFullSeverity'] *= remaining;
    params['cost.senSupportRingfenced'] = 0.15 * params['cost.senSupportSchool'];
    if (setting === 'ringfencedNewMoney') params['ringfence.movedFromHighNeeds'] = 0;
  },
};
