import { defineLever } from '../define-lever.js';

/** State special places regional commissioning adds when they open (assumption; see `evidence`). */
const REGIONAL_PLACES = 5_000;

/**
 * The `lenehanRecommendations` lever: the review of residential special schools and colleges
 * (Lenehan and Geraghty, "Good intentions, good enough?", November 2017) as a package. Its
 * open-book fees recommendation is the independent sector lever's (`independentSectorReform`),
 * which the reform file sets beside this one.
 */
export const lenehanRecommendations = defineLever({
  id: 'lenehanRecommendations',
  title: 'Residential special schools (Lenehan review)',
  description:
    'The Lenehan review of residential special schools and colleges (2017): councils plan and commission ' +
    'specialist provision strategically and regionally, locally where possible, so fewer children are placed ' +
    'far from home; national quality standards replace the national minimum standards for residential ' +
    'special schools; councils visit the children they place residentially (LA visiting guidance).',
  settings: { kind: 'choice', values: ['current', 'implemented'], default: 'current' },
  mechanism:
    'implemented: {placement.commissioningShare}: councils commissioning regionally meet more of the gap ' +
    'they see each September between the demand for state special places they forecast and the places they ' +
    'have or have coming (the places open placement.commissioningLagYears later); and the specialist provision they plan together from the start opens after the same lag (the phase ' +
    'below). With more local places fewer children wait for a state place past the fallback wait and go to ' +
    'independent special schools, so fewer are placed out of area or residentially (placement-distance.ts), ' +
    'and their transport and residential care cost less. Quality standards and LA visits are costed below; ' +
    'they change no placement in the model (no evidence that they reduce placement breakdown; assumption, ' +
    'see the delivery cost note).',
  evidence:
    'Lenehan and Geraghty (2017), recommendations for local authorities (regional strategic commissioning, ' +
    'locally where possible), for DfE (LA visiting guidance; national quality standards) and for NASS and ' +
    'Natspec (open-book accounting: set independentSectorReform beside this lever). About 6,000 children and ' +
    'young people in 334 residential special schools and colleges at ≈£500m a year. Assumption: commissioning ' +
    'half again as much of that gap (×1.5, at most all of it; range ×1.2–×2), since no evaluation ' +
    'of regional commissioning has been published; 5,000 regional places (range 2,500–10,000), about as many ' +
    'as the children the review found in residential special schools and colleges, opening two years after ' +
    'planning starts (placement.commissioningLagYears in the baseline).',
  effects: {
    implemented: [{ key: 'placement.commissioningShare', multiply: 1.5, atMost: 1, neverLower: true }],
  },
  phases: [
    {
      from: '2025-09-01',
      description: 'Regional specialist provision planned from 2023 opens: {placement.specialSchoolPlaces}.',
      effects: [
        {
          key: 'placement.specialSchoolPlaces',
          add: REGIONAL_PLACES,
          why: 'assumption: regional places about as many as children in residential special schools and colleges',
        },
      ],
    },
  ],
  serves: [
    'lenehan-forecast-and-create-provision',
    'lenehan-visiting-guidance',
    'lenehan-quality-standards',
    'lenehan-fees-open-book',
  ],
  deliveryCosts: [
    {
      what: `Capital for the ${REGIONAL_PLACES.toLocaleString('en-GB')} regional specialist places opening in September 2025 (cost.specialPlaceCapital each)`,
      payer: 'dfe',
      cost: 'cost.specialPlaceCapital',
      units: REGIONAL_PLACES,
      timing: 'oneOff',
      from: '2025-09-01',
    },
    {
      what: 'Councils’ visits to children placed in residential special schools (delivery.residentialVisits a year)',
      payer: 'laOther',
      cost: 'delivery.residentialVisits',
      timing: 'perYear',
    },
    {
      what: 'National quality standards for residential special schools (delivery.residentialQualityStandards a year)',
      payer: 'dfe',
      cost: 'delivery.residentialQualityStandards',
      timing: 'perYear',
    },
  ],
  deliveryCostNote:
    'Capital: the regional places are booked here; the places commissioned each September are booked by the ' +
    'model as they are commissioned (cost.specialPlaceCapital, DfE). Visits and quality standards are booked here; their effect on ' +
    'placement breakdown, safeguarding and outcomes is not modelled (assumption: none, for want of evidence; ' +
    'a plausible range is none to a few per cent fewer crises among children placed residentially).',
});
