import { defineLever } from '../define-lever.js';

/** The `independentAdvice` lever: SENDIASS and parent carer forums funded to reach families with least capacity. */
export const independentAdvice = defineLever({
  id: 'independentAdvice',
  title: 'Independent advice and parent carer forums',
  description:
    'Independent information, advice and support services (SENDIASS) funded to reach the families least able to ' +
    'navigate the system alone, and parent carer forums properly funded, as the NNPCF asks ("proper funding and ' +
    'support for parent carer forums"; SENDIASS and forums kept independent and jointly commissioned). Family ' +
    'advocacy capacity drives noticing need, requests and appeals; advice narrows the gap between families with ' +
    'most and least capacity.',
  settings: { kind: 'choice', values: ['current', 'expanded'], default: 'current' },
  mechanism:
    'expanded: the share of families with below-average advocacy capacity that the extra advisers and forums ' +
    'reach, {advice.reachBelowAverage}. Each reached family closes advice.gapClosedWhenAdvised of the gap between ' +
    'its capacity and the average wherever advocacy is read: raising a concern, asking for an assessment, appealing ' +
    '(journey/effective-advocacy.ts). Families at or above the average are unchanged, so requests and appeals ' +
    'rise among families with least capacity and the gap narrows (equity outputs: appeals_low_advocacy and ' +
    'appeals_high_advocacy, unmet need by free school meals).',
  evidence:
    'Children and Families Act 2014 s.32 and the SEND Code of Practice ch. 2: every LA must provide impartial ' +
    'information, advice and support (SENDIASS); Contact (2024): a DfE grant of up to £17,500 a year to one ' +
    'parent carer forum in each LA area; NNPCF (seeds): forums need "proper funding and support", SENDIASS and ' +
    'forums should be independent and jointly commissioned by LAs and ICBs. Assumptions: the reach (half of ' +
    'families below average advocacy, for 3 more advisers in each of 153 LAs, about 150 families each a year, ' +
    'at the points where advocacy matters), the gap each adviser closes (advice.gapClosedWhenAdvised, 0.5, ' +
    'range 0.25–0.75) and the adviser cost (delivery.sendiassFte); no study measures the effect of SENDIASS on ' +
    'requests or appeals.',
  effects: [
    {
      key: 'advice.reachBelowAverage',
      atLeast: 0.5,
      why: '3 more advisers in each of 153 LAs at about 150 families a year each ≈ 69,000 families, about half of those below average advocacy at a request or dispute (assumption)',
    },
  ],
  deliveryCosts: [
    {
      what: 'SENDIASS advisers: 3 more FTE in each of 153 LAs (459 FTE at delivery.sendiassFte a year), commissioned by the LA',
      payer: 'laOther',
      cost: 'delivery.sendiassFte',
      units: 459,
      timing: 'perYear',
    },
    {
      what: 'A second parent carer forum grant for each of 153 forums (delivery.parentCarerForumGrant a year each), paid by the DfE',
      payer: 'dfe',
      cost: 'delivery.parentCarerForumGrant',
      units: 153,
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'The NNPCF asks that SENDIASS and forums be jointly commissioned by LAs and ICBs: the model books the advisers to LA ' +
    'other and the forum grants to the DfE, which pays them today; an ICB share would move part of the advisers’ cost to health.',
  serves: [
    'nnpcf-isos-sendiass-forums-commissioning',
    'nnpcf-review-forum-funding',
    'nnpcf-review-listen-to-families',
    'nnpcf-2020-wsoa-forum-funding',
  ],
});
