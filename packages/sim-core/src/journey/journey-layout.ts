/**
 * Named positions in the compiled journey: region indices and the leaf indices the engine,
 * the cost model and the metrics test against. Resolved once per run, so the hot loop
 * compares small integers instead of strings.
 */

import type { CompiledJourney } from './compile-journey.js';
import type { SettingName } from './setting-name.js';

export class JourneyLayout {
  readonly need: number;
  readonly support: number;
  readonly redress: number;
  readonly setting: number;
  /** Per need leaf: whether it counts as unmet need (emerging, unmet, crisis). */
  readonly unmetNeed: readonly boolean[];
  readonly needLeaf: Readonly<Record<'none' | 'emerging' | 'met' | 'unmet' | 'crisis', number>>;
  readonly supportLeaf: Readonly<
    Record<
      | 'universal'
      | 'senSupport'
      | 'earlyHelpWaiting'
      | 'earlyHelpReceiving'
      | 'requested'
      | 'refused'
      | 'waitingForEP'
      | 'withEP'
      | 'decidingToIssue'
      | 'notIssued'
      | 'drafting'
      | 'plan'
      | 'postPlanStarting'
      | 'postPlanEET'
      | 'postPlanNEET'
      | 'postPlanAdultSocialCare'
      | 'ended',
      number
    >
  >;
  readonly redressLeaf: Readonly<
    Record<
      'idle' | 'mediation' | 'appealLodged' | 'queued' | 'listed' | 'conceded' | 'withdrawn' | 'decided',
      number
    >
  >;
  /** Per support leaf: whether it is on a post-plan pathway (`postPlan.*`). */
  readonly onPathway: readonly boolean[];
  /** Setting name of each setting leaf. */
  readonly settingName: readonly SettingName[];
  readonly settingLeaf: Readonly<Record<SettingName, number>>;

  constructor(journey: CompiledJourney) {
    this.need = journey.regionIndex('need');
    this.support = journey.regionIndex('support');
    this.redress = journey.regionIndex('redress');
    this.setting = journey.regionIndex('setting');
    const n = (path: string) => journey.leafIndex(this.need, path);
    const s = (path: string) => journey.leafIndex(this.support, path);
    const r = (path: string) => journey.leafIndex(this.redress, path);
    this.needLeaf = {
      none: n('none'),
      emerging: n('emerging'),
      met: n('met'),
      unmet: n('unmet'),
      crisis: n('crisis'),
    };
    const unmet = [this.needLeaf.emerging, this.needLeaf.unmet, this.needLeaf.crisis];
    this.unmetNeed = journey.regions[this.need]!.leaves.map((_, i) => unmet.includes(i));
    this.supportLeaf = {
      universal: s('universal'),
      senSupport: s('senSupport'),
      earlyHelpWaiting: s('earlyHelp.waiting'),
      earlyHelpReceiving: s('earlyHelp.receiving'),
      requested: s('statutory.requested'),
      refused: s('statutory.refused'),
      waitingForEP: s('statutory.assessing.waitingForEP'),
      withEP: s('statutory.assessing.withEP'),
      decidingToIssue: s('statutory.decidingToIssue'),
      notIssued: s('statutory.notIssued'),
      drafting: s('statutory.drafting'),
      plan: s('statutory.plan'),
      postPlanStarting: s('postPlan.starting'),
      postPlanEET: s('postPlan.eet'),
      postPlanNEET: s('postPlan.neet'),
      postPlanAdultSocialCare: s('postPlan.adultSocialCare'),
      ended: s('ended'),
    };
    this.onPathway = journey.regions[this.support]!.leaves.map((leaf) => leaf.startsWith('postPlan.'));
    this.redressLeaf = {
      idle: r('idle'),
      mediation: r('mediation'),
      appealLodged: r('appealLodged'),
      queued: r('awaitingHearing.queued'),
      listed: r('awaitingHearing.listed'),
      conceded: r('conceded'),
      withdrawn: r('withdrawn'),
      decided: r('decided'),
    };
    this.settingName = journey.regions[this.setting]!.leaves as SettingName[];
    this.settingLeaf = Object.fromEntries(this.settingName.map((name, i) => [name, i])) as Record<
      SettingName,
      number
    >;
  }
}
