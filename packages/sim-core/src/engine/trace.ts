/**
 * One child's timeline: every event the child's statechart acted on, the state before and
 * after, what was scheduled (and when it falls due), and the money booked by payer so far.
 * Recorded only for the children asked for (one for `sendsim trace`, a sample for the
 * trainer view), so tracing costs nothing in ordinary runs: the engine holds no recorder.
 */

import type { Calendar } from '../foundation/calendar.js';
import { PAYERS, type Payer } from '../foundation/payers.js';
import type { CompiledJourney } from '../journey/compile-journey.js';
import type { JourneyContext } from '../journey/journey-context.js';
import {
  type JourneyEffect,
  type JourneyEvent,
  SERVICE_START_EVENT,
  SERVICES,
  type ServiceName,
} from '../journey/journey-events.js';
import type { Ledger } from '../ledger/ledger.js';
import { LOCAL_AREA_GROUPS, localAreaOf } from '../services/local-areas.js';

/** One step of a child's journey. */
export interface TraceStep {
  readonly day: number;
  readonly date: string;
  readonly event: string;
  /** Leaf per region before and after, e.g. `{ support: 'statutory.requested' }`; only regions that changed. */
  readonly from: Readonly<Record<string, string>>;
  readonly to: Readonly<Record<string, string>>;
  /** Effects the step asked for, in plain words, e.g. `schedule LA_DECIDES (laDecision)`. */
  readonly effects: readonly string[];
  /** When the step is a service taking the child on: which service, and how long the child waited. */
  readonly wait?: { readonly service: ServiceName; readonly days: number };
  /** Money spent on this child up to this step (one-off and running costs), pounds by payer. */
  readonly costsToDate: Readonly<Record<Payer, number>>;
  readonly severity: number;
  readonly trust: number;
}

export interface ChildTrace {
  readonly childId: number;
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
  readonly steps: readonly TraceStep[];
  /** Final state (leaf per region) and total cost by payer at the end of the run. */
  readonly finalState: Readonly<Record<string, string>>;
  readonly totalCosts: Readonly<Record<Payer, number>>;
}

/** What the recorder keeps for each traced child while the run goes on. */
interface OpenTrace {
  readonly steps: TraceStep[];
  /** Day the child joined each service's queue. */
  readonly joinedAt: Map<ServiceName, number>;
}

const newTrace = (): OpenTrace => ({ steps: [], joinedAt: new Map() });

/** A child as the recorder reads it: its id, its row in the ledger, its leaves and its context. */
export interface TracedChild {
  readonly id: number;
  readonly row: number;
  readonly leaves: readonly number[];
  readonly context: JourneyContext;
}

/**
 * Records the timelines of a set of children (or of all). Each child's record depends only on its own
 * steps, so a child traced among many has exactly the timeline it has when traced alone.
 */
export class TraceRecorder {
  private readonly open = new Map<number, OpenTrace>();
  /** Trace every child, each from its first step (the ids are not known before the run). */
  private readonly everyone: boolean;

  constructor(
    childIds: Iterable<number> | 'all',
    private readonly journey: CompiledJourney,
    private readonly calendar: Calendar,
    private readonly ledger: Ledger,
  ) {
    this.everyone = childIds === 'all';
    if (childIds !== 'all') for (const id of childIds) this.open.set(id, newTrace());
  }

  /** Record a step of `child` once its effects and costs are booked (`before` = leaves before the step). */
  record(
    child: TracedChild,
    event: JourneyEvent,
    before: readonly number[],
    effects: readonly JourneyEffect[],
  ): void {
    let open = this.open.get(child.id);
    if (open === undefined) {
      if (!this.everyone) return;
      open = newTrace();
      this.open.set(child.id, open);
    }
    const { steps, joinedAt } = open;
    const from: Record<string, string> = {};
    const to: Record<string, string> = {};
    this.journey.regions.forEach((region, r) => {
      if (before[r] !== child.leaves[r]) {
        from[region.name] = region.leaves[before[r]!]!;
        to[region.name] = region.leaves[child.leaves[r]!]!;
      }
    });
    const service = SERVICES.find((name) => SERVICE_START_EVENT[name] === event.type);
    const joined = service === undefined ? undefined : joinedAt.get(service);
    for (const effect of effects)
      if (effect.type === 'joinQueue') joinedAt.set(effect.params.service, event.day);
    steps.push({
      ...(service !== undefined && joined !== undefined
        ? { wait: { service, days: Math.round(event.day - joined) } }
        : {}),
      day: event.day,
      date: this.calendar.dateOf(event.day),
      event:
        event.type +
        (event.age !== undefined ? ` (age ${event.age})` : '') +
        (event.appealType ? ` (${event.appealType})` : ''),
      from,
      to,
      effects: effects.map(describeEffect),
      costsToDate: this.costs(child.row, event.day),
      severity: round3(child.context.severity),
      trust: round3(child.context.trust),
    });
  }

  /** The finished timeline of `child`, or `undefined` when it does not exist or was not traced. */
  result(child: TracedChild | undefined): ChildTrace | undefined {
    if (child === undefined) return undefined;
    // Tracing everyone, a child with no steps (none happened to it) still has a timeline.
    const open = this.open.get(child.id) ?? (this.everyone ? newTrace() : undefined);
    if (open === undefined) return undefined;
    const c = child.context;
    const finalState: Record<string, string> = {};
    this.journey.regions.forEach((region, r) => {
      finalState[region.name] = region.leaves[child.leaves[r]!]!;
    });
    return {
      childId: child.id,
      attributes: {
        birthDate: this.calendar.dateOf(c.birthDay),
        sex: c.sex,
        primaryNeed: c.primaryNeed,
        freeSchoolMeals: c.deprived,
        advocacy: round3(c.advocacy),
        // 1 = the tenth of England with the least educational psychology capacity for its demand.
        localAreaGroup: localAreaOf(child.id, LOCAL_AREA_GROUPS) + 1,
      },
      steps: open.steps,
      finalState,
      totalCosts: this.costs(child.row),
    };
  }

  private costs(row: number, day?: number): Record<Payer, number> {
    const pence = day === undefined ? this.ledger.childPence(row) : this.ledger.childPenceAt(row, day);
    return Object.fromEntries(PAYERS.map((p, i) => [p, Math.round(pence[i]!) / 100])) as Record<
      Payer,
      number
    >;
  }
}

function describeEffect(effect: JourneyEffect): string {
  switch (effect.type) {
    case 'schedule':
      return `schedule ${effect.params.event} (${effect.params.delay})`;
    case 'cancel':
      return `cancel ${effect.params.timer}`;
    case 'joinQueue':
      return `join ${effect.params.service} queue`;
    case 'leaveService':
      return `leave ${effect.params.service}`;
    case 'book':
      return `book ${effect.params.cost}`;
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
