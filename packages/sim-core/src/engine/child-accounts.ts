/**
 * What a child's state costs and whether its need is unmet, kept up to date after each step:
 * its running costs by payer go to the ledger, and the count of children with unmet need
 * (overall, by deprivation and family advocacy for equity, and by the broad area of the primary need) to the
 * metrics, both accruing day by day.
 *
 * Running costs depend on six things only (support level, whether the plan is delivered,
 * setting, whether need is unmet, whether the child is in the model, and how far from home a
 * special school placement is), so each combination's rate vector is worked out once per set of
 * prices and looked up after every step. The distance is a fixed hash of the child's id
 * (ledger/placement-distance.ts), kept in the child's row as counted, and the children in each
 * distance are counted for the placement stocks (`recordPlacements`).
 */

import { type PrimaryNeed, SUPPORT_LEVELS } from '../journey/journey-context.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { AREA_OF_NEED, type AreaOfNeed } from '../journey/primary-need.js';
import { runningCosts } from '../ledger/cost-model.js';
import { LEDGER_COLUMNS, type Ledger } from '../ledger/ledger.js';
import {
  type DistanceShares,
  distanceShares,
  LOCAL,
  mayBeAwayFromHome,
  OUT_OF_AREA_DAY,
  PLACEMENT_DISTANCES,
  placementDistanceOf,
  RESIDENTIAL_52_WEEK,
  RESIDENTIAL_WEEKLY,
} from '../ledger/placement-distance.js';
import { METRIC_INDEX } from '../metrics/metric-definitions.js';
import type { MetricsCollector } from '../metrics/metrics-collector.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { ChildContext, ChildTable } from './child-table.js';

const UNMET = METRIC_INDEX.unmet_need_child_years;
const UNMET_DEPRIVED = METRIC_INDEX.unmet_need_child_years_deprived;
const UNMET_NOT_DEPRIVED = METRIC_INDEX.unmet_need_child_years_not_deprived;
const UNMET_LOW_ADVOCACY = METRIC_INDEX.unmet_need_child_years_low_advocacy;
const UNMET_HIGH_ADVOCACY = METRIC_INDEX.unmet_need_child_years_high_advocacy;
const UNMET_BY_AREA: Readonly<Record<AreaOfNeed, number>> = {
  communication: METRIC_INDEX.unmet_need_child_years_communication,
  cognition: METRIC_INDEX.unmet_need_child_years_cognition,
  semh: METRIC_INDEX.unmet_need_child_years_semh,
  sensoryPhysical: METRIC_INDEX.unmet_need_child_years_sensory_physical,
  other: METRIC_INDEX.unmet_need_child_years_other_need,
};
const unmetMetricOf = (need: PrimaryNeed) => UNMET_BY_AREA[AREA_OF_NEED[need]];
const PLAN = SUPPORT_LEVELS.indexOf('plan');
const DISTANCES = PLACEMENT_DISTANCES.length;

export class ChildAccounts {
  /** Ledger rate vector of each cost class under the current prices (see `classOf`). */
  private rates: Uint16Array;
  /** The out-of-area and residential shares in force (they place children as they next change state). */
  private shares: DistanceShares;
  /** Children in the model holding a plan, by distance code; `LOCAL` is not counted. */
  private readonly byDistance = new Int32Array(DISTANCES);

  constructor(
    private readonly layout: JourneyLayout,
    params: Params,
    private readonly ledger: Ledger,
    private readonly metrics: MetricsCollector,
  ) {
    this.rates = this.rateTable(params);
    this.shares = distanceShares(params);
  }

  /** Cost with `params` from now on (a policy that starts part-way through a run). */
  setParams(params: Params): void {
    this.rates = this.rateTable(params);
    this.shares = distanceShares(params);
  }

  /**
   * Record the placement stocks at the start of month `month`: children in residential special
   * schools, and children in special schools outside their home LA (residential included).
   */
  recordPlacements(month: number): void {
    const residential = this.byDistance[RESIDENTIAL_WEEKLY]! + this.byDistance[RESIDENTIAL_52_WEEK]!;
    this.metrics.setStock('residential_placements', month, residential);
    this.metrics.setStock('residential_placements_52_week', month, this.byDistance[RESIDENTIAL_52_WEEK]!);
    this.metrics.setStock('placements_out_of_area', month, residential + this.byDistance[OUT_OF_AREA_DAY]!);
  }

  /**
   * Bring the accounts of the child `context` points at up to date on `day`: `active`, its need
   * and setting leaves now, and `wasUnmet`, whether its need was counted as unmet until now.
   * Returns whether its need is counted as unmet from now on.
   */
  update(
    table: ChildTable,
    context: ChildContext,
    active: boolean,
    needLeaf: number,
    settingLeaf: number,
    wasUnmet: boolean,
    day: number,
  ): boolean {
    const unmet = active && this.layout.unmetNeed[needLeaf] === true;
    if (unmet !== wasUnmet) {
      const delta = unmet ? 1 : -1;
      this.metrics.changeChildren(UNMET, delta, day);
      this.metrics.changeChildren(context.deprived ? UNMET_DEPRIVED : UNMET_NOT_DEPRIVED, delta, day);
      this.metrics.changeChildren(unmetMetricOf(context.primaryNeed), delta, day);
      // Advocacy split at 0.5, as appeals by advocacy are (journey-metrics.ts).
      this.metrics.changeChildren(
        context.advocacy < 0.5 ? UNMET_LOW_ADVOCACY : UNMET_HIGH_ADVOCACY,
        delta,
        day,
      );
    }
    const row = context.row;
    const distance =
      active && context.supportCode === PLAN
        ? placementDistanceOf(table.idOf(row), this.layout.settingName[settingLeaf]!, true, this.shares)
        : LOCAL;
    const counted = table.placementDistance(row);
    if (distance !== counted) {
      if (counted !== LOCAL) this.byDistance[counted]!--;
      if (distance !== LOCAL) this.byDistance[distance]!++;
      table.setPlacementDistance(row, distance);
    }
    const cls = this.classOf(
      context.supportCode,
      context.planDelivered,
      settingLeaf,
      unmet,
      active,
      distance,
    );
    const rate = this.rates[cls]!;
    const old = table.rate(row);
    if (rate !== old) {
      this.ledger.changeRate(row, old, rate, day);
      table.setRate(row, rate);
    }
    return unmet;
  }

  private classOf(
    support: number,
    delivered: boolean,
    setting: number,
    unmet: boolean,
    active: boolean,
    distance: number,
  ): number {
    const settings = this.layout.settingName.length;
    return (
      ((((support * 2 + (delivered ? 1 : 0)) * settings + setting) * 2 + (unmet ? 1 : 0)) * 2 +
        (active ? 1 : 0)) *
        DISTANCES +
      distance
    );
  }
  private rateTable(params: Params): Uint16Array {
    const { settingName } = this.layout;
    const table = new Uint16Array(SUPPORT_LEVELS.length * 2 * settingName.length * 2 * 2 * DISTANCES);
    const out = new Float64Array(LEDGER_COLUMNS);
    SUPPORT_LEVELS.forEach((level, support) => {
      for (const delivered of [false, true])
        settingName.forEach((setting, s) => {
          for (const unmet of [false, true])
            for (const active of [false, true])
              for (let distance = 0; distance < DISTANCES; distance++) {
                // A class no child can be in away from home keeps the local vector, so the ledger
                // does not hold four times the vectors each year's prices make.
                if (distance !== LOCAL && !(active && mayBeAwayFromHome(setting, support === PLAN))) {
                  table[this.classOf(support, delivered, s, unmet, active, distance)] =
                    table[this.classOf(support, delivered, s, unmet, active, LOCAL)]!;
                  continue;
                }
                runningCosts(level, delivered, setting, unmet, active, params, out, distance);
                table[this.classOf(support, delivered, s, unmet, active, distance)] =
                  this.ledger.rateVector(out);
              }
        });
    });
    return table;
  }
}
