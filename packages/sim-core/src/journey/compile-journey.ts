/**
 * Compiles the xstate journey machine into transition tables for the hot loop.
 *
 * Why: xstate's pure `transition()` costs ~25 µs an event, which would make a national run
 * take hours. Families are plain data instead, and this compiler walks the machine's own
 * state nodes once at start-up to build, for every region, leaf state and event type, the
 * ordered list of candidate transitions (the leaf's own, then each ancestor's, as xstate
 * tries them). A step then costs a table lookup, the guards, and in-place context updates,
 * calling the very same guard and update functions the machine was built from.
 *
 * Semantics reproduced (and proven against xstate by the differential test):
 * - In each region, the first enabled transition from the active leaf upwards is taken.
 * - All guards see the context as it was before the event (xstate selects every
 *   transition of a microstep before running any action).
 * - Actions run region by region in document order; updates apply in sequence.
 * - Effects come back as the same `{ type, params }` objects xstate returns.
 *
 * Anything the compiled form cannot reproduce (entry/exit actions, `always`, `after`,
 * `invoke`, history, final states, transitions across regions, inline functions) is
 * rejected here with an error, so the machine cannot drift from what the engine runs.
 *
 * A little over 400 lines, kept in one file: the tables the compiler builds and the step that
 * reads them share one layout, and what the compiler rejects is what the step could not run.
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import type { JourneyContext } from './journey-context.js';
import { JOURNEY_DELAYS, type JourneyDelay } from './journey-delays.js';
import {
  eventCode,
  JOURNEY_EVENT_TYPES,
  type JourneyEffect,
  type JourneyEvent,
  type JourneyEventType,
  ONE_OFF_COSTS,
  payloadCode,
  SERVICES,
  TIMERS,
} from './journey-events.js';
import { JOURNEY_GUARDS, type JourneyGuard } from './journey-guards.js';
import type { JourneyMachine } from './journey-machine.js';
import { JOURNEY_UPDATES, type JourneyUpdate } from './journey-updates.js';

const EFFECT_TYPES = new Set(['schedule', 'cancel', 'joinQueue', 'leaveService', 'book']);

/** What an effect asks the engine to do, as `EffectOp.kind`. */
export const EFFECT_KIND = { schedule: 0, cancel: 1, joinQueue: 2, leaveService: 3, book: 4 } as const;

/**
 * An effect compiled for the engine: names resolved to indices once, at start-up, so carrying
 * it out costs no string comparison or map lookup. Every op has every field (one object shape).
 */
export interface EffectOp {
  readonly kind: (typeof EFFECT_KIND)[keyof typeof EFFECT_KIND];
  /** Index in `TIMERS` (schedule, cancel), else −1. */
  readonly timer: number;
  /** Event code to schedule (`eventCode`), else −1. */
  readonly event: number;
  readonly delay: JourneyDelay | null;
  /** Whether the event is scheduled for now (delay `now`): it follows on at once from the step. */
  readonly now: boolean;
  /** The scheduled event's payload as `payloadCode` gives it. */
  readonly payload: number;
  /** Index in `SERVICES` (joinQueue, leaveService), else −1. */
  readonly service: number;
  /** Index in `ONE_OFF_COSTS` (book), else −1. */
  readonly cost: number;
}

const compiledEffects = new WeakMap<JourneyEffect, EffectOp>();

/**
 * Compile one effect (as the statechart or the starting population states it) for the engine.
 * Effects are static objects, so each is compiled once and the op is shared.
 */
export function compileEffect(effect: JourneyEffect): EffectOp {
  let op = compiledEffects.get(effect);
  if (op === undefined) {
    op = compileNewEffect(effect);
    compiledEffects.set(effect, op);
  }
  return op;
}

function compileNewEffect(effect: JourneyEffect): EffectOp {
  const op = {
    kind: EFFECT_KIND[effect.type],
    timer: -1,
    event: -1,
    delay: null,
    now: false,
    payload: 0,
    service: -1,
    cost: -1,
  };
  switch (effect.type) {
    case 'schedule':
      return {
        ...op,
        timer: indexIn(TIMERS, effect.params.timer, 'timer'),
        event: eventCode(effect.params.event),
        delay: JOURNEY_DELAYS[effect.params.delay],
        now: effect.params.delay === 'now',
        payload: payloadCode(effect.params.event, effect.params.payload),
      };
    case 'cancel':
      return { ...op, timer: indexIn(TIMERS, effect.params.timer, 'timer') };
    case 'joinQueue':
    case 'leaveService':
      return { ...op, service: indexIn(SERVICES, effect.params.service, 'service') };
    case 'book':
      return { ...op, cost: indexIn(ONE_OFF_COSTS, effect.params.cost, 'one-off cost') };
  }
}

function indexIn(names: readonly string[], name: string, what: string): number {
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`compileJourney: unknown ${what} '${name}'`);
  return i;
}

/** One candidate transition, ready to run. */
export interface CompiledTransition {
  readonly guard: JourneyGuard | null;
  /** Leaf index in the same region, or -1 for a targetless transition. */
  readonly target: number;
  readonly updates: readonly JourneyUpdate[];
  /** The effects as xstate returns them, and as the engine carries them out. */
  readonly effects: readonly JourneyEffect[];
  readonly ops: readonly EffectOp[];
}

/** One parallel region: its leaves (atomic states) and their transition lists. */
export interface CompiledRegion {
  readonly name: string;
  /** Dotted path of each leaf below the region, e.g. `'statutory.assessing.withEP'`. */
  readonly leaves: readonly string[];
  readonly initialLeaf: number;
}

/** Nested state value as xstate reports it, e.g. `{ need: 'unmet', support: { statutory: 'plan' } }`. */
export type JourneyStateValue = { [region: string]: string | JourneyStateValue };

// Structural views of xstate's StateNode and TransitionDefinition: only what the compiler reads.
interface NodeView {
  readonly key: string;
  readonly type: string;
  readonly path: readonly string[];
  readonly parent?: NodeView | undefined;
  readonly states: Readonly<Record<string, NodeView>>;
  readonly transitions: ReadonlyMap<string, readonly TransitionView[]>;
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly always?: readonly unknown[] | undefined;
  readonly after: readonly unknown[];
  readonly invoke: readonly unknown[];
  readonly initial?: { readonly target: readonly NodeView[] } | undefined;
}
interface TransitionView {
  readonly guard?: unknown;
  readonly target?: readonly NodeView[] | undefined;
  readonly actions: readonly unknown[];
}

const EVENT_COUNT = JOURNEY_EVENT_TYPES.length;

/**
 * The journey statechart as transition tables over plain data.
 *
 * @example
 * const journey = compileJourney(createJourneyMachine(params), params);
 * const leaves = journey.initialLeaves();
 * const effects: JourneyEffect[] = [];
 * journey.step(leaves, context, event, effects);
 */
export class CompiledJourney {
  readonly regions: readonly CompiledRegion[];
  /** `table[region][leaf * EVENT_COUNT + eventIndex]`: candidates in the order xstate tries them. */
  private readonly table: ReadonlyArray<ReadonlyArray<readonly CompiledTransition[] | undefined>>;
  private readonly leafValues: ReadonlyArray<ReadonlyArray<string | JourneyStateValue>>;
  private readonly params: Params;
  /** The transition each region took in the last step (null where none did), until the next step. */
  readonly taken: Array<CompiledTransition | null>;

  constructor(machine: JourneyMachine, params: Params) {
    this.params = params;
    const root = machine.root as unknown as NodeView;
    if (root.type !== 'parallel')
      throw new Error('compileJourney: the journey machine must be a parallel state');
    const regions: CompiledRegion[] = [];
    const table: Array<Array<CompiledTransition[] | undefined>> = [];
    const leafValues: Array<Array<string | JourneyStateValue>> = [];
    for (const region of Object.values(root.states)) {
      rejectUnsupported(region);
      const leafNodes = collectLeaves(region);
      const leafIndex = new Map(leafNodes.map((node, i) => [node, i]));
      const rows: Array<CompiledTransition[] | undefined> = new Array(leafNodes.length * EVENT_COUNT);
      leafNodes.forEach((leaf, i) => {
        for (let node: NodeView | undefined = leaf; node !== undefined && node !== root; node = node.parent) {
          for (const [eventType, transitions] of node.transitions) {
            if (!(JOURNEY_EVENT_TYPES as readonly string[]).includes(eventType))
              throw new Error(`compileJourney: ${node.path.join('.')} handles unknown event '${eventType}'`);
            const e = eventCode(eventType);
            const cell = rows[i * EVENT_COUNT + e] ?? [];
            rows[i * EVENT_COUNT + e] = cell;
            for (const t of transitions) cell.push(this.compileTransition(t, region, leafIndex));
          }
        }
      });
      regions.push({
        name: region.key,
        leaves: leafNodes.map((n) => n.path.slice(1).join('.')),
        initialLeaf: leafIndex.get(initialLeafOf(region))!,
      });
      table.push(rows);
      leafValues.push(leafNodes.map((n) => nestedValue(n.path.slice(1))));
    }
    this.regions = regions;
    this.table = table;
    this.leafValues = leafValues;
    this.taken = new Array(regions.length).fill(null);
  }

  /** Leaf indices of the machine's initial state, one per region. */
  initialLeaves(): number[] {
    return this.regions.map((r) => r.initialLeaf);
  }

  /** Index of the leaf at `path` (e.g. `'statutory.plan'`) in region `region`. */
  leafIndex(region: number, path: string): number {
    const i = this.regions[region]?.leaves.indexOf(path) ?? -1;
    if (i < 0) throw new Error(`No state '${path}' in region ${this.regions[region]?.name ?? region}`);
    return i;
  }

  /** Region index by name (`'need'`, `'support'`, `'redress'`, `'setting'`). */
  regionIndex(name: string): number {
    const i = this.regions.findIndex((r) => r.name === name);
    if (i < 0) throw new Error(`No region '${name}'`);
    return i;
  }

  /**
   * Deliver `event` to a child: updates `leaves` and `context` in place and appends the
   * effects to `effects`. Returns whether any transition was taken.
   */
  step(leaves: number[], context: JourneyContext, event: JourneyEvent, effects: JourneyEffect[]): boolean {
    if (!this.stepCode(eventCode(event.type), leaves, context, event, this.params)) return false;
    for (const t of this.taken) if (t !== null) for (const effect of t.effects) effects.push(effect);
    return true;
  }

  /**
   * `step` for the engine: the event's type given as its code, the parameters in force (a
   * policy may have changed them part-way through a run; the tables stay the same), and the
   * effects left in `taken` (region by region, in the order `step` would list them) rather
   * than copied out.
   */
  stepCode(
    e: number,
    leaves: number[],
    context: JourneyContext,
    event: JourneyEvent,
    params: Params,
  ): boolean {
    const { table, taken } = this;
    let any = false;
    // Select first, with the context as it was before the event, as xstate does.
    for (let r = 0; r < table.length; r++) {
      taken[r] = null;
      const candidates = table[r]![leaves[r]! * EVENT_COUNT + e];
      if (candidates === undefined) continue;
      for (const t of candidates) {
        if (t.guard === null || t.guard(context, event, params)) {
          taken[r] = t;
          any = true;
          break;
        }
      }
    }
    if (!any) return false;
    for (let r = 0; r < table.length; r++) {
      const t = taken[r];
      if (t === null || t === undefined) continue;
      for (const update of t.updates) update(context, event, params);
      if (t.target >= 0) leaves[r] = t.target;
    }
    return true;
  }

  /** Whether some transition handles event code `e` from these leaves (guards not evaluated). */
  handles(leaves: readonly number[], e: number): boolean {
    for (let r = 0; r < this.table.length; r++)
      if (this.table[r]![leaves[r]! * EVENT_COUNT + e] !== undefined) return true;
    return false;
  }

  /** Event types that some transition handles from these leaves (guards not evaluated). */
  eventsHandled(leaves: readonly number[]): JourneyEventType[] {
    const handled: JourneyEventType[] = [];
    JOURNEY_EVENT_TYPES.forEach((type, e) => {
      if (this.table.some((rows, r) => rows[leaves[r]! * EVENT_COUNT + e] !== undefined)) handled.push(type);
    });
    return handled;
  }

  /**
   * Every candidate transition from `leaf` of `region`, in the order they are tried: its
   * event type and target leaf (−1 when the state does not change). Guards are not
   * evaluated. For tools that draw the statechart and for tests that it matches this table.
   */
  candidates(region: number, leaf: number): Array<{ event: JourneyEventType; target: number }> {
    const rows = this.table[region];
    if (rows === undefined) throw new Error(`No region ${region}`);
    const out: Array<{ event: JourneyEventType; target: number }> = [];
    JOURNEY_EVENT_TYPES.forEach((event, e) => {
      for (const t of rows[leaf * EVENT_COUNT + e] ?? []) out.push({ event, target: t.target });
    });
    return out;
  }

  /** The xstate-shaped state value of these leaves. */
  stateValue(leaves: readonly number[]): JourneyStateValue {
    const value: JourneyStateValue = {};
    this.regions.forEach((region, r) => {
      value[region.name] = this.leafValues[r]![leaves[r]!]!;
    });
    return value;
  }

  /** Dotted leaf name in one region, e.g. `'statutory.plan'`. */
  leafName(region: number, leaf: number): string {
    return this.regions[region]!.leaves[leaf]!;
  }

  private compileTransition(
    t: TransitionView,
    region: NodeView,
    leafIndex: Map<NodeView, number>,
  ): CompiledTransition {
    const guardName = nameOf(t.guard, 'guard');
    const guard = guardName === null ? null : JOURNEY_GUARDS[guardName as keyof typeof JOURNEY_GUARDS];
    if (guard === undefined) throw new Error(`compileJourney: unknown guard '${guardName}'`);
    let target = -1;
    if (t.target !== undefined && t.target.length > 0) {
      if (t.target.length > 1) throw new Error('compileJourney: multiple targets are not supported');
      const leaf = initialLeafOf(t.target[0]!);
      const index = leafIndex.get(leaf);
      if (index === undefined || !isWithin(leaf, region)) {
        throw new Error(`compileJourney: transition to ${leaf.path.join('.')} leaves region ${region.key}`);
      }
      target = index;
    }
    const updates: JourneyUpdate[] = [];
    const effects: JourneyEffect[] = [];
    for (const action of t.actions) {
      const name = nameOf(action, 'action');
      if (name === null) continue;
      if (EFFECT_TYPES.has(name)) {
        effects.push({ type: name, params: (action as { params: unknown }).params } as JourneyEffect);
        continue;
      }
      const update = JOURNEY_UPDATES[name as keyof typeof JOURNEY_UPDATES];
      if (update === undefined) throw new Error(`compileJourney: unknown action '${name}'`);
      updates.push(update);
    }
    return { guard, target, updates, effects, ops: effects.map(compileEffect) };
  }
}

/** Compile `machine` for the hot loop, with its guards and updates bound to `params`. */
export function compileJourney(machine: JourneyMachine, params: Params): CompiledJourney {
  return new CompiledJourney(machine, params);
}

function nameOf(ref: unknown, what: string): string | null {
  if (ref === undefined || ref === null) return null;
  if (typeof ref === 'string') return ref;
  if (typeof ref === 'object' && typeof (ref as { type?: unknown }).type === 'string') {
    return (ref as { type: string }).type;
  }
  throw new Error(`compileJourney: inline ${what} functions are not supported; name them in setup()`);
}

function rejectUnsupported(node: NodeView): void {
  const where = node.path.join('.');
  if (node.entry.length > 0 || node.exit.length > 0)
    throw new Error(`compileJourney: ${where} has entry/exit actions`);
  if ((node.always?.length ?? 0) > 0 || node.after.length > 0) {
    throw new Error(`compileJourney: ${where} has eventless or delayed transitions`);
  }
  if (node.invoke.length > 0) throw new Error(`compileJourney: ${where} invokes actors`);
  if (node.type === 'history' || node.type === 'final' || node.type === 'parallel') {
    throw new Error(`compileJourney: ${where} is a ${node.type} state inside a region`);
  }
  for (const child of Object.values(node.states)) rejectUnsupported(child);
}

function collectLeaves(node: NodeView): NodeView[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(collectLeaves);
}

function initialLeafOf(node: NodeView): NodeView {
  let current = node;
  while (Object.keys(current.states).length > 0) {
    const next = current.initial?.target[0];
    if (next === undefined) throw new Error(`compileJourney: ${current.path.join('.')} has no initial state`);
    current = next;
  }
  return current;
}

function isWithin(node: NodeView, ancestor: NodeView): boolean {
  for (let n: NodeView | undefined = node; n !== undefined; n = n.parent) if (n === ancestor) return true;
  return false;
}

function nestedValue(path: readonly string[]): string | JourneyStateValue {
  const [head, ...rest] = path;
  if (head === undefined) throw new Error('compileJourney: empty state path');
  return rest.length === 0 ? head : { [head]: nestedValue(rest) };
}
