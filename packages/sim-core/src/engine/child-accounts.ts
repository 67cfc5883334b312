/**
 * What a child's state costs and how long their need goes unmet, kept up to date after each
 * step: running costs by payer go to the ledger (which accrues them month by month), and
 * spells of unmet need go to the metrics as child-years, split by deprivation for equity.
 */
import type { JourneyLayout } from '../journey/journey-layout.js';
import { runningCosts } from '../ledger/cost-model.js';
import { type Ledger, PAYER_COUNT } from '../ledger/ledger.js';
import type { MetricsCollector } from '../metrics/metrics-collector.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** The fields of a child record the accounts read and write. */
export interface AccountableChild {
  readonly id: number;
  readonly context: { readonly deprived: boolean } & Parameters<typeof runningCosts>[0];
  readonly leaves: readonly number[];
  readonly active: boolean;
  /** Day the current spell of unmet need began, or -1. */
  unmetSince: number;
}

export class ChildAccounts {
  private readonly rates = new Float64Array(PAYER_COUNT);

  constructor(
    private readonly layout: JourneyLayout,
    private params: Params,
    private readonly ledger: Ledger,
    private readonly metrics: MetricsCollector,
  ) {}

  /** Cost with `params` from now on (a policy that starts part-way through a run). */
  setParams(params: Params): void {
    this.params = params;
  }

  /** Reset running costs and the unmet-need spell after `child`'s state changed on `day`. */
  update(child: AccountableChild, day: number): void {
    const { layout } = this;
    const unmet = child.active && layout.unmetNeed[child.leaves[layout.need]!] === true;
    if (unmet && child.unmetSince < 0) child.unmetSince = day;
    else if (!unmet && child.unmetSince >= 0) this.endSpell(child, day);
    const setting = layout.settingName[child.leaves[layout.setting]!]!;
    runningCosts(child.context, setting, unmet, child.active, this.params, this.rates);
    this.ledger.setRunningCosts(child.id, this.rates, day);
  }

  /** Close `child`'s accounts on `day` (retirement, or the end of the run). */
  close(child: AccountableChild, day: number): void {
    if (child.unmetSince >= 0) this.endSpell(child, day);
    this.ledger.close(child.id, day);
  }

  private endSpell(child: AccountableChild, day: number): void {
    const from = child.unmetSince;
    child.unmetSince = -1;
    this.metrics.addChildYears('unmet_need_child_years', from, day);
    this.metrics.addChildYears(
      child.context.deprived ? 'unmet_need_child_years_deprived' : 'unmet_need_child_years_not_deprived',
      from,
      day,
    );
  }
}
