/**
 * What one replication runs on (`SimulationInput`), and the one way to make it from a resolved
 * scenario and the run's options (`simulationInput`): every caller (experiments, traces,
 * samples, calibration, the CLI's threads, the web app's workers) builds it here, so no copy
 * can forget a field such as the policy phases or the delivery costs.
 */
import type { JourneyContext } from '../journey/journey-context.js';
import type { JourneyEvent } from '../journey/journey-events.js';
import type { ScheduledDeliveryCost } from '../scenario/delivery-cost.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';

/** What a simulation needs: a scenario's parameters, its start date, and the run options. */
export interface SimulationInput {
  readonly params: Params;
  /** The world the starting population is drawn from, before any policy (default `params`; see `ResolvedScenario.startParams`). */
  readonly startParams?: Params;
  readonly startDate: string;
  readonly seed: number;
  readonly replication: number;
  readonly years: number;
  readonly scale: number;
  /** What the scenario's levers cost to deliver, booked by month to their payers (national money × scale). */
  readonly deliveryCosts?: readonly ScheduledDeliveryCost[];
  /** Parameters that take over on a later date (policies that start part-way through the run), in date order. */
  readonly phases?: ReadonlyArray<{ readonly startDate: string; readonly params: Params }>;
  /** Record the full timeline of this child (`SimulationOutput.trace`). */
  readonly traceChildId?: number;
  /** Record the full timelines of these children too (`SimulationOutput.traces`, in this order), or of all. */
  readonly traceChildIds?: readonly number[] | 'all';
  /** Keep each child's cost by payer (`childCosts`); implied by tracing. */
  readonly childCosts?: boolean;
  /** Whether unit costs move with their own price indices (default true; see `PartitionSettings.relativePrices`). */
  readonly relativePrices?: boolean;
  /** Called now and then with the share of simulated time done (0–1). */
  readonly onProgress?: (done: number) => void;
  /** Called at each month start after its stocks are recorded (for tools and tests that look at every child). */
  readonly onMonthStart?: (month: number, day: number) => void;
  /** Called with each event the journey is about to act on (see `PartitionSettings.onStep`). */
  readonly onStep?: (leaves: readonly number[], context: JourneyContext, event: JourneyEvent) => void;
}

/** The run options a replication needs: the seed, the years simulated and the scale. */
export interface SimulationSettings {
  readonly seed: number;
  readonly years: number;
  readonly scale: number;
}

/**
 * What the engine runs for replication `replication` of `scenario` with `options`: the
 * scenario's parameters, starting world, start date, policy phases and delivery costs. Tools add
 * what they watch (`traceChildId`, `onStep`, `onProgress` …) by spreading it.
 *
 * @example
 * const out = new Simulation({ ...simulationInput(scenario, { seed: 1, years: 10, scale: 0.01 }, 0), traceChildId: 7 }).run();
 */
export function simulationInput(
  scenario: ResolvedScenario,
  options: SimulationSettings,
  replication: number,
): SimulationInput {
  return {
    params: scenario.params,
    startParams: scenario.startParams,
    startDate: scenario.startDate,
    seed: options.seed,
    replication,
    years: options.years,
    scale: options.scale,
    phases: scenario.phases,
    deliveryCosts: scenario.deliveryCosts,
  };
}
