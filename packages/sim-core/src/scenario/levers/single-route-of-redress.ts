/**
 * The single route of redress lever: whether the SEND Tribunal can hear appeals over the
 * health and social care parts of a plan, and whether its recommendations bind.
 */
import { defineLever } from '../define-lever.js';

export const singleRouteOfRedress = defineLever({
  id: 'singleRouteOfRedress',
  title: 'Tribunal appeals on health and social care',
  description:
    'The single route of redress: whether families can take the health and social care parts of a plan to the SEND Tribunal with an ' +
    'education appeal: not at all; with recommendations the health body or LA may decline (today, since the ' +
    '2018–21 national trial); or with binding orders, as parent carer forums ask.',
  settings: { kind: 'choice', values: ['nonBinding', 'none', 'binding'], default: 'nonBinding' },
  mechanism:
    'none: {redress.appealProbability.healthAndSocialCare}, so no such appeals are made. binding: ' +
    '{redress.healthAndSocialCareFollowed} (tribunal.orderCompliance is the share of tribunal ' +
    'orders carried out), because a binding recommendation is an order; a plan whose health and social care ' +
    'parts are then carried out is delivered in full, and health and social care pay for that provision. ' +
    'binding also makes {provision.planDeliveryProbability}: health bodies and LAs ' +
    'deliver what plans specify more often when an order can follow, not only for families who appeal.',
  evidence:
    'National trial of the extended SEND Tribunal powers, April 2018 to August 2021: 2,561 appeals, ' +
    'recommendations non-binding, continued in July 2021 (IPSEA; IFF Research and Belmana evaluation). ' +
    'Sources conflict on how many recommendations were followed (evaluation: "most"; judicial lead: ' +
    '"virtually all health recommendations were rejected"), hence the wide range on the non-binding share. ' +
    'NNPCF asks for binding powers (seeds). Assumptions: binding recommendations are followed as often as other ' +
    'tribunal orders; the deterrent effect on delivery (in the changes listed) has no published estimate.',
  effects: {
    none: [{ key: 'redress.appealProbability.healthAndSocialCare', set: 0 }],
    binding: [
      { key: 'redress.healthAndSocialCareFollowed', atLeast: { param: 'tribunal.orderCompliance' } },
      { key: 'provision.planDeliveryProbability', add: 0.03, atMost: 0.98, neverLower: true },
    ],
  },
  deliveryCostNote:
    'Already costed: health and social care provision delivered under a plan is booked to health and social care per plan; extra appeals are costed per appeal.',
  serves: ['nnpcf-2020-srr-permanent', 'nnpcf-2020-srr-binding', 'lenehan-accountable-care'],
});
