/**
 * The money side of one partition: what its costs are priced at, its councils' decision
 * parameters, and its DSG account closed month by month.
 *
 * Prices: each money parameter moves with its own price index relative to the GDP deflator
 * (`relative-prices.ts`), so every 1 April the running costs of every child still in the model
 * are restated at the new year's prices and the one-off costs are worked out again. Councils:
 * the journey reads the policy in force, in this calendar year, as councils under this
 * partition's high-needs pressure apply it (`council-decisions.ts`). DSG: each month start
 * closes the last month's high-needs spending against income and records the flows.
 *
 * Kept out of the hot loop (`partition.ts`) because all of this runs once a month, a year or a
 * policy phase, never per event; the loop reads only the current one-off costs and locum
 * premium from here.
 */

import { financialYearStartOf } from '../foundation/calendar.js';
import { councilParams } from '../journey/council-decisions.js';
import { ONE_OFF_COSTS } from '../journey/journey-events.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { oneOffCosts } from '../ledger/cost-model.js';
import {
  HOME_TO_SCHOOL_TRANSPORT,
  type Ledger,
  MOVED_FROM_HIGH_NEEDS,
  PAYER_INDEX,
  RESIDENTIAL_HEALTH,
  RESIDENTIAL_SOCIAL_CARE,
} from '../ledger/ledger.js';
import { RelativePrices } from '../ledger/relative-prices.js';
import type { MetricsCollector } from '../metrics/metrics-collector.js';
import { paramsInYear } from '../population/demand-trends.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { DsgAccount } from '../services/dsg-account.js';
import { HighNeedsPressure } from '../services/high-needs-pressure.js';
import { LOCUM_PREMIUM } from '../services/locum-psychology.js';
import { ChildAccounts } from './child-accounts.js';
import type { ChildContext, ChildTable } from './child-table.js';
import type { PartitionSettings } from './partition.js';

/** The ledger's memo columns reported as money metrics, each month (money within a payer's row). */
const MEMO_METRICS = [
  ['home_to_school_transport', HOME_TO_SCHOOL_TRANSPORT],
  ['residential_placement_social_care', RESIDENTIAL_SOCIAL_CARE],
  ['residential_placement_health', RESIDENTIAL_HEALTH],
] as const;

/** One-off costs of each `ONE_OFF_COSTS` entry: [payer index, pounds] pairs. */
export type OneOffTable = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

export class PartitionMoney {
  /** Each child's running costs (the loop keeps its own reference: it updates them on state changes). */
  readonly accounts: ChildAccounts;
  /** One-off costs of each `ONE_OFF_COSTS` entry under the current prices. */
  oneOff: OneOffTable;
  /** The locum EP premium under the current prices. */
  locumPremium: number;
  /** The financial year (its start year) whose relative prices the costs are in. */
  priceYear: number;
  /** Each money parameter's relative price factor in each financial year of the run. */
  private readonly prices: RelativePrices;
  /** The parameters costs were last worked out from (before relative prices). */
  private costBase: Params;
  /** The group's high-needs budget pressure, reset each April. */
  private readonly pressure: HighNeedsPressure;
  /** The group's DSG account: high-needs income, spending and the cumulative deficit. */
  private readonly dsg: DsgAccount;
  private readonly layout: JourneyLayout;
  /** `paramsInYear` of the policy in force and the year, as last worked out. */
  private readonly inYear: { phase: Params | undefined; year: number; params: Params } = {
    phase: undefined,
    year: Number.NaN,
    params: {} as Params,
  };

  constructor(
    settings: PartitionSettings,
    private readonly table: ChildTable,
    private readonly context: ChildContext,
    private readonly ledger: Ledger,
    private readonly metrics: MetricsCollector,
  ) {
    this.pressure = new HighNeedsPressure(
      (m) => Number(settings.calendar.dateOf(settings.monthStarts[m]!).slice(5, 7)) - 1,
      settings.startParams['la.highNeedsExcessAtStart'],
    );
    this.dsg = new DsgAccount(
      (m) => {
        const date = settings.calendar.dateOf(settings.monthStarts[m]!);
        return { year: Number(date.slice(0, 4)), month0: Number(date.slice(5, 7)) - 1 };
      },
      settings.scale / settings.partitions,
      settings.startParams,
    );
    this.layout = settings.layout;
    const endDay = settings.monthStarts[settings.monthStarts.length - 1]!;
    this.priceYear = financialYearStartOf(settings.calendar.dateOf(0));
    this.prices = RelativePrices.of(
      settings.params,
      this.priceYear,
      financialYearStartOf(settings.calendar.dateOf(endDay)),
      settings.relativePrices ?? true,
    );
    this.costBase = settings.params;
    const priced = this.prices.apply(settings.params, this.priceYear);
    this.locumPremium = priced[LOCUM_PREMIUM.cost];
    this.accounts = new ChildAccounts(settings.layout, priced, ledger, metrics);
    this.oneOff = oneOffTable(priced);
  }

  /**
   * What the journey reads now: the policy in force (`phase`), in calendar year `year`, as
   * councils under this pressure apply it. The DSG deficit adds to the pressure only without the
   * statutory override or under a Safety Valve agreement; otherwise the excess is the proxy's own.
   */
  decisionParams(phase: Params, year: number): Params {
    const extra = this.dsg.extraExcess(phase);
    const excess = extra > 0 ? this.pressure.excess + extra : this.pressure.excess;
    // The year's parameters change once a year, the pressure most months: copy them once a year.
    const inYear = this.inYear;
    if (inYear.phase !== phase || inYear.year !== year) {
      inYear.phase = phase;
      inYear.year = year;
      inYear.params = paramsInYear(phase, year);
    }
    return councilParams(inYear.params, excess);
  }

  /**
   * A policy starts: costs are worked out from `params` (what the journey reads) from now on.
   * Children already in the model are re-priced as each next changes state.
   */
  startPhase(params: Params): void {
    this.costBase = params;
    this.setPrices();
  }

  /**
   * Month start `month`: councils weigh their high-needs spending against funding
   * (`high-needs-pressure.ts`) and the DSG account closes the last month. Returns whether
   * councils' pressure changed (so their decisions must be worked out again).
   */
  startMonth(month: number, phase: Params, last: boolean): boolean {
    const pressed = this.pressure.update(month, (k) => this.highNeedsBlockPence(k), phase);
    const dsgChanged = this.closeDsgMonth(month, phase, last);
    this.metrics.setStock('high_needs_over_funding', month, this.pressure.overFundingPence / 100);
    return pressed || dsgChanged;
  }

  /**
   * 1 April: a new financial year's relative prices. When any factor changed, every child in the
   * model moves to its state's running costs at the new prices from `day` (once a year: O(children)).
   */
  startPriceYear(priceYear: number, day: number): void {
    const previous = this.priceYear;
    this.priceYear = priceYear;
    if (this.prices.same(previous, priceYear)) return;
    this.setPrices();
    this.restateAccounts(true, day);
  }

  /**
   * Bring every child still in the model to its running costs from `day`, counted as in the model
   * (`active`: a new year's prices) or not (the run's end, when every child stops accruing).
   */
  restateAccounts(active: boolean, day: number): void {
    const { table, layout } = this;
    for (let row = 0; row < table.count; row++) {
      if (!table.isActive(row)) continue;
      this.accounts.update(
        table,
        this.context.at(row),
        active,
        table.leaf(row, layout.need),
        table.leaf(row, layout.setting),
        table.unmet(row),
        day,
      );
    }
  }

  /** Work out running and one-off costs from `costBase` at `priceYear`'s relative prices. */
  private setPrices(): void {
    const priced = this.prices.apply(this.costBase, this.priceYear);
    this.accounts.setParams(priced);
    this.oneOff = oneOffTable(priced);
    this.locumPremium = priced[LOCUM_PREMIUM.cost];
  }

  /**
   * Close the last month in the DSG account (its high-needs spending against income), record
   * the flows and the deficit, and say whether councils' pressure from it changed (each 1 April).
   */
  private closeDsgMonth(month: number, phase: Params, last: boolean): boolean {
    if (month === 0) {
      this.metrics.setStock('dsg_deficit_cumulative', 0, this.dsg.deficitPence / 100);
      return false;
    }
    const spent = this.highNeedsBlockPence(month - 1);
    const step = this.dsg.startMonth(month, spent, phase, last);
    this.metrics.addMoney('high_needs_spending', month - 1, spent / 100);
    for (const [metric, column] of MEMO_METRICS)
      this.metrics.addMoney(metric, month - 1, this.ledger.monthPence(month - 1, column) / 100);
    this.metrics.addMoney('high_needs_income', month - 1, step.incomePence / 100);
    if (step.paidByDfePence !== 0)
      this.metrics.addMoney('dsg_deficit_paid_by_dfe', month, step.paidByDfePence / 100);
    this.metrics.setStock('dsg_deficit_cumulative', month, this.dsg.deficitPence / 100);
    return step.pressureChanged;
  }

  /**
   * What the high-needs block spent in month `m`: the ledger's LA high needs plus any ringfenced
   * SEN money moved from it to schools (booked to schools, taken off LA high needs), because the
   * block still pays it. So moving money changes neither the DSG deficit nor councils' pressure.
   */
  private highNeedsBlockPence(m: number): number {
    return (
      this.ledger.monthPence(m, PAYER_INDEX.laHighNeeds) + this.ledger.monthPence(m, MOVED_FROM_HIGH_NEEDS)
    );
  }
}

/** Each one-off cost's (payer index, pounds) pairs under `params`. */
function oneOffTable(params: Params): OneOffTable {
  return ONE_OFF_COSTS.map((cost) =>
    oneOffCosts(cost, params).map(([payer, pounds]) => [PAYER_INDEX[payer], pounds] as const),
  );
}
