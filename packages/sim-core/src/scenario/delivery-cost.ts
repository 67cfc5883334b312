/**
 * What a lever's delivery costs are, as data (issue 11, requirement 2): the lever declares them
 * (`DeliveryCost`), resolution schedules them (`ScheduledDeliveryCost`), and the ledger books the
 * schedule month by month (`ledger/delivery-costs.ts`). The types live with the levers, below the
 * ledger, so a scenario never imports the ledger.
 */
import type { PublicPayer } from '../foundation/payers.js';
import type { ParameterKey } from './parameter-catalogue.js';

/** One cost a lever's non-default setting brings, as the lever declares it. */
export interface DeliveryCost {
  /** What is bought, in plain English (shown in `describe` and the app). */
  readonly what: string;
  /** The public body that pays it. */
  readonly payer: PublicPayer;
  /** The parameter holding the money: a yearly or one-off sum, or a unit cost when `units` is given. */
  readonly cost: ParameterKey;
  /**
   * How many units `cost` is paid for: a fixed count, or the rise the lever makes in a parameter
   * (extra FTE, extra places: the lever's value minus the baseline's). Default 1.
   */
  readonly units?: number | { readonly riseIn: ParameterKey };
  /** `perYear`: a twelfth each month from `from`; `oneOff`: all in the month of `from`. */
  readonly timing: 'perYear' | 'oneOff';
  /** First day, `YYYY-MM-DD`; default the run's start (a date before the start books from the start). */
  readonly from?: string;
  /** For `perYear`: how many years it is paid (default: to the end of the run). */
  readonly years?: number;
  /** The settings that pay it (default: every setting but the default). */
  readonly settings?: readonly string[];
}

/** A delivery cost with its units resolved, as a scenario runs it. */
export interface ScheduledDeliveryCost {
  /** The lever that brings it. */
  readonly lever: string;
  readonly what: string;
  readonly payer: PublicPayer;
  readonly cost: ParameterKey;
  readonly units: number;
  readonly timing: 'perYear' | 'oneOff';
  readonly from?: string;
  readonly years?: number;
}
