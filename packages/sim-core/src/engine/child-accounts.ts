/**
 * What a child's state costs and how long their need goes unmet, kept up to date after each
 * step: running costs by payer go to the ledger (which accrues them month by month), and
 * spells of unmet need go to the metrics as child-years, split by deprivation for equity.
 *
 * Running costs depend on five things only (support level, whether the plan is delivered,
 * setting, whether need is unmet, whether the child is in the model), so each combination's
 * rate vector is worked out once per set of prices and looked up after every step.
 */
import type { JourneyLayout } from '../journey/journey-layout.js';
import { runningCosts } from '../ledger/cost-model.js';
import { type Ledger, PAYER_COUNT } from '../ledger/ledger.js';
import { METRIC_INDEX } from '../metrics/metric-definitions.js';
import type { MetricsCollector } from '../metrics/metrics-collector.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { type ChildContext, SUPPORT_LEVELS } from './child-table.js';

const UNMET = METRIC_INDEX.unmet_need_child_years;
const UNMET_DEPRIVED = METRIC_INDEX.unmet_need_child_years_deprived;
const UNMET_NOT_DEPRIVED = METRIC_INDEX.unmet_need_child_years_not_deprived;

export class ChildAccounts {
  /** Ledger rate vector of each cost class under the current prices (see `classOf`). */
  private rates: Uint16Array;

  constructor(
    private readonly layout: JourneyLayout,
    params: Params,
    private readonly ledger: Ledger,
    private readonly metrics: MetricsCollector,
  ) {
    this.rates = this.rateTable(params);
  }

  /** Cost with `params` from now on (a policy that starts part-way through a run). */
  setParams(params: Params): void {
    this.rates = this.rateTable(params);
  }

  /**
   * Reset running costs and the unmet-need spell of the child `context` points at, after its
   * state changed on `day` (`needLeaf`, `settingLeaf`: its leaves now).
   */
  update(
    context: ChildContext,
    active: boolean,
    needLeaf: number,
    settingLeaf: number,
    unmetSince: number,
    day: number,
  ): number {
    const unmet = active && this.layout.unmetNeed[needLeaf] === true;
    let since = unmetSince;
    if (unmet && since < 0) since = day;
    else if (!unmet && since >= 0) {
      this.endSpell(since, context.deprived, day);
      since = -1;
    }
    const cls = this.classOf(context.supportCode, context.planDelivered, settingLeaf, unmet, active);
    this.ledger.setRate(context.id, this.rates[cls]!, day);
    return since;
  }

  /** Close a child's accounts on `day` (retirement, or the end of the run); `unmetSince` as `update` keeps it. */
  close(child: number, deprived: boolean, unmetSince: number, day: number): void {
    if (unmetSince >= 0) this.endSpell(unmetSince, deprived, day);
    this.ledger.close(child, day);
  }

  private endSpell(from: number, deprived: boolean, day: number): void {
    this.metrics.addChildYearsAt(UNMET, from, day);
    this.metrics.addChildYearsAt(deprived ? UNMET_DEPRIVED : UNMET_NOT_DEPRIVED, from, day);
  }

  private classOf(
    support: number,
    delivered: boolean,
    setting: number,
    unmet: boolean,
    active: boolean,
  ): number {
    const settings = this.layout.settingName.length;
    return (
      (((support * 2 + (delivered ? 1 : 0)) * settings + setting) * 2 + (unmet ? 1 : 0)) * 2 +
      (active ? 1 : 0)
    );
  }

  private rateTable(params: Params): Uint16Array {
    const { settingName } = this.layout;
    const table = new Uint16Array(SUPPORT_LEVELS.length * 2 * settingName.length * 2 * 2);
    const out = new Float64Array(PAYER_COUNT);
    SUPPORT_LEVELS.forEach((level, support) => {
      for (const delivered of [false, true])
        settingName.forEach((setting, s) => {
          for (const unmet of [false, true])
            for (const active of [false, true]) {
              runningCosts(level, delivered, setting, unmet, active, params, out);
              table[this.classOf(support, delivered, s, unmet, active)] = this.ledger.rateVector(out);
            }
        });
    });
    return table;
  }
}
