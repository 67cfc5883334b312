/**
 * The mix of primary needs: the baseline's pupils with SEN in school by primary need against the
 * school census, and its plans by primary need against SEN2, at the projection's start and end.
 *
 * Not a fit to calibration-targets.json: the parameters that set the mix (`need.arisingShare.*`,
 * the share of new needs of each kind, and `provision.senSupportByNeed.*`, how well SEN support
 * meets each) were estimated so that both mixes come out as published (until model 0.23.0 every
 * new need arose in the plans' mix, and the model's pupils with SEN held three times the census's
 * share of autism). This check says whether the baseline still reproduces them, and whether its
 * plans keep SEN2's mix as the plans at the start give way to the ones the run issues. `sendsim
 * calibrate` reports it after the projection.
 *
 * Only the shares our evidence gives are checked: of pupils with SEN, autism, SLCN, SEMH, MLD and
 * SpLD (82.5% of them between them); the other needs' shares of pupils reached us only as plans.
 */
import type { ExperimentResult } from '../experiment/experiment-types.js';
import { PRIMARY_NEEDS } from '../journey/journey-context.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { PRIMARY_NEED_SHARES } from '../population/primary-need-draw.js';
import { seriesMean } from './series-mean.js';

export interface PublishedNeedShare {
  /** The group the share is of: pupils with SEN in school, or plans. */
  readonly of: 'pupilsWithSen' | 'plans';
  /** The stock whose share of its group is published. */
  readonly metric: MetricId;
  readonly label: string;
  readonly share: number;
  readonly evidence: string;
}

/** The stocks a share is taken of: all pupils with SEN in school, and all plans. */
const GROUPS: Readonly<Record<PublishedNeedShare['of'], readonly MetricId[]>> = {
  pupilsWithSen: [
    'pupils_with_sen_communication',
    'pupils_with_sen_cognition',
    'pupils_with_sen_semh',
    'pupils_with_sen_sensory_physical',
    'pupils_with_sen_other_need',
  ],
  plans: PRIMARY_NEEDS.map((need): MetricId => `ehcp_need_${need}`),
};

/**
 * A model share is within when it is within a tenth of the published share or one percentage
 * point of it, whichever is wider (assumption: the census shares are rounded and come from two
 * years, and a share of 2% moves by a fifth between seeds at 1% of England).
 */
export const NEED_SHARE_TOLERANCE = { relative: 0.1, absolute: 0.01 } as const;

/** A share of all pupils in January 2020, over the 15.45% of pupils who had SEN then. */
const CENSUS_2020 = (figure: string) =>
  `${figure} of all pupils in January 2020, when 15.45% had SEN (DfE, Special educational needs in England 2020, via mimeconsulting.co.uk/send-incidence-and-need-type)`;
/** A share of pupils with SEN in January 2019. */
const CENSUS_2019 = (figure: string) =>
  `${figure} of pupils with SEN in January 2019 (DfE, Special educational needs in England 2019, via nasen.org.uk, 5 July 2019)`;

const SEN2_2025 =
  'SEN2 2025 data catalogue (calibration-targets.json → structure; unknown 0.8% folded into other)';

export const PUBLISHED_NEED_SHARES: readonly PublishedNeedShare[] = [
  ...(
    [
      ['pupils_with_sen_ASD', 'autism (ASD)', 0.0181 / 0.1545, CENSUS_2020('autism 1.81%')],
      [
        'pupils_with_sen_SLCN',
        'speech, language and communication (SLCN)',
        0.22,
        CENSUS_2019('speech, language and communication needs 22%'),
      ],
      [
        'pupils_with_sen_semh',
        'social, emotional and mental health (SEMH)',
        0.027 / 0.1545,
        CENSUS_2020('SEMH 2.70%'),
      ],
      [
        'pupils_with_sen_MLD',
        'moderate learning difficulty (MLD)',
        0.0291 / 0.1545,
        CENSUS_2020('moderate learning difficulty 2.91%'),
      ],
      [
        'pupils_with_sen_SpLD',
        'specific learning difficulty (SpLD)',
        0.125,
        CENSUS_2019('specific learning difficulty about 12.5%'),
      ],
    ] as const
  ).map(
    ([metric, words, share, evidence]): PublishedNeedShare => ({
      of: 'pupilsWithSen',
      metric,
      label: `Pupils with SEN in school: ${words}`,
      share,
      evidence,
    }),
  ),
  ...(
    [
      ['ASD', 'autism'],
      ['SLCN', 'speech, language and communication'],
      ['SEMH', 'social, emotional and mental health'],
      ['MLD', 'moderate learning difficulty'],
      ['SpLD', 'specific learning difficulty'],
      ['OTH', 'another difficulty or disability'],
    ] as const
  ).map(
    ([need, words]): PublishedNeedShare => ({
      of: 'plans',
      metric: `ehcp_need_${need}`,
      label: `Plans: ${words} (${need})`,
      // The same SEN2 shares the start draws plan holders' needs from.
      share: PRIMARY_NEED_SHARES[need],
      evidence: SEN2_2025,
    }),
  ),
];

export interface NeedShareRow extends PublishedNeedShare {
  /** The Januaries the model's share is read in: the projection's start and end. */
  readonly years: readonly [number, number];
  /** The model's share in each of those Januaries (of the means over replications). */
  readonly model: readonly [number, number];
  /** Whether both are within the tolerance (`NEED_SHARE_TOLERANCE`) of the published share. */
  readonly within: boolean;
}

/** Whether `model` is within the tolerance of the published `share`. */
export function withinNeedShareTolerance(model: number, share: number): boolean {
  const { relative, absolute } = NEED_SHARE_TOLERANCE;
  return Math.abs(model - share) <= Math.max(relative * share, absolute);
}

/** The published shares against the run's first and last Januaries, one row each. */
export function needMixCheck(result: Pick<ExperimentResult, 'series'>): NeedShareRow[] {
  const mean = (metric: MetricId, year: number) => seriesMean(result, metric, year, 'needMixCheck');
  const years = result.series.filter((r) => r.metric === 'ehcp_need_ASD').map((r) => r.year);
  const span: [number, number] = [Math.min(...years), Math.max(...years)];
  return PUBLISHED_NEED_SHARES.map((published) => {
    const shareIn = (year: number) =>
      mean(published.metric, year) /
      GROUPS[published.of].reduce((sum, metric) => sum + mean(metric, year), 0);
    const model: [number, number] = [shareIn(span[0]), shareIn(span[1])];
    return {
      ...published,
      years: span,
      model,
      within: model.every((m) => withinNeedShareTolerance(m, published.share)),
    };
  });
}
