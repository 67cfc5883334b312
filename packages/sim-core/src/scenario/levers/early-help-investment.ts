import type { LeverDefinition } from '../levers.js';

/** The `earlyHelpInvestment` lever. */
export const earlyHelpInvestment: LeverDefinition = {
  id: 'earlyHelpInvestment',
  title: 'Early help investment',
  description:
    'Fund early help (family support alongside SEN support in school) at a multiple of its current capacity.',
  settings: { kind: 'number', min: 1, max: 4, unit: 'x current capacity', default: 1 },
  mechanism:
    'earlyHelp.capacity is multiplied by the setting, so fewer families wait for early help. ' +
    'earlyHelp.referralProbability is multiplied by the same factor (capped at 1): with more capacity, ' +
    'schools refer more of the families whose need is escalating on SEN support. The effect on need ' +
    'then comes from the model: families helped sooner escalate less, so fewer reach crisis or a request for assessment.',
  evidence:
    'Supporting Families evaluation 2015 to 2020 (MHCLG, 2022): about £2,300 per family and a 32% lower ' +
    'likelihood of a child becoming looked after; IFS 2024 (Cattan et al.): Sure Start cut the probability ' +
    'of an EHCP at 16 by 9%. Assumption: that referrals rise in proportion to capacity.',
  changes: ['earlyHelp.capacity', 'earlyHelp.referralProbability'],
  deliveryCostNote:
    'Already costed: every early help episode the extra capacity delivers is booked to children’s social care and early help at cost.earlyHelpEpisode, so a further cost for the capacity would count the same pound twice (idle capacity is not costed: assumption that services flex to the families referred).',
  apply(params, setting) {
    const m = Number(setting);
    params['earlyHelp.capacity'] *= m;
    params['earlyHelp.referralProbability'] = Math.min(1, params['earlyHelp.referralProbability'] * m);
  },
};
