import { defineLever } from '../define-lever.js';
import { SETTING } from '../parameter-change.js';

/** The `earlyHelpInvestment` lever. */
export const earlyHelpInvestment = defineLever({
  id: 'earlyHelpInvestment',
  title: 'Early help investment',
  description:
    'Fund early help (family support alongside SEN support in school) at a multiple of its current capacity.',
  settings: { kind: 'number', min: 1, max: 4, unit: 'x current capacity', default: 1 },
  mechanism:
    '{earlyHelp.capacity}, so fewer families wait for early help. ' +
    '{earlyHelp.referralProbability}: with more capacity, ' +
    'schools refer more of the families whose need is escalating on SEN support. The effect on need ' +
    'then comes from the model: families helped sooner escalate less, so fewer reach crisis or a request for assessment.',
  evidence:
    'Supporting Families evaluation 2015 to 2020 (MHCLG, 2022): about £2,300 per family and a 32% lower ' +
    'likelihood of a child becoming looked after; IFS 2024 (Cattan et al.): Sure Start cut the probability ' +
    'of an EHCP at 16 by 9%. Assumption: that referrals rise in proportion to capacity.',
  effects: [
    { key: 'earlyHelp.capacity', multiply: SETTING },
    { key: 'earlyHelp.referralProbability', multiply: SETTING, atMost: 1 },
  ],
  deliveryCostNote:
    'Already costed: every early help episode the extra capacity delivers is booked to children’s social care and early help at cost.earlyHelpEpisode, so a further cost for the capacity would count the same pound twice (idle capacity is not costed: assumption that services flex to the families referred).',
  serves: ['nnpcf-review-listen-to-families', 'nnpcf-review-enough-money'],
});
