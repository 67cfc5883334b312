/**
 * A description of the model and one scenario, in the order of the ODD protocol (overview,
 * design concepts, details), as plain data: the CLI renders it as markdown (`sendsim describe`)
 * and the UI's assumptions page will render it as HTML. Everything is derived from the code and
 * the scenario: the parameter catalogue and the scenario's records, the lever registry, the
 * compiled statechart, the payers and the cost model, the services, the metrics, and the short
 * texts kept next to the code in `entities.ts`, `process.ts` and `known-limits.ts`.
 *
 * Longer than most modules because most of it is the description's types, which the UI will
 * render too; the derivations below them are short.
 */

import type { CalibrationReport, CalibrationRow } from '../calibration/calibration-types.js';
import { PAYER_LABELS, PAYERS, type Payer } from '../foundation/payers.js';
import { type CompiledRegion, compileJourney } from '../journey/compile-journey.js';
import { SUPPORT_LEVELS } from '../journey/journey-context.js';
import {
  JOURNEY_EVENT_TYPES,
  type JourneyEventType,
  ONE_OFF_COSTS,
  SERVICE_START_EVENT,
  SERVICES,
  type ServiceName,
} from '../journey/journey-events.js';
import { createJourneyMachine, type JourneyMachine } from '../journey/journey-machine.js';
import type { SettingName } from '../journey/setting-name.js';
import { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import { oneOffCosts, runningCosts } from '../ledger/cost-model.js';
import { LEDGER_COLUMNS, PAYER_INDEX } from '../ledger/ledger.js';
import { PLACEMENT_DISTANCES } from '../ledger/placement-distance.js';
import { METRICS, type MetricKind } from '../metrics/metric-definitions.js';
import type { LeverDefinition, LeverSetting } from '../scenario/levers.js';
import { LEVERS } from '../scenario/levers.js';
import {
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  type ParameterKey,
  type Params,
} from '../scenario/parameter-catalogue.js';
import type { ResolvedParameterRecord, ResolvedScenario } from '../scenario/resolve-scenario.js';
import type { CalibrationRecord, SourceStatus } from '../scenario/scenario-file.js';
import { LOCUM_PREMIUM } from '../services/locum-psychology.js';
import { PLACE_CAPITAL } from '../services/place-commissioning.js';
import { createServices, SERVICE_WAIT_METRIC } from '../services/service-capacity.js';
import { MODEL_VERSION } from '../version.js';
import {
  CHILD_ATTRIBUTE_DOCS,
  type FieldDoc,
  JOURNEY_CONTEXT_DOCS,
  SERVICE_DOCS,
  SERVICE_RULE,
} from './entities.js';
import { KNOWN_LIMITS, type KnownLimit } from './known-limits.js';
import {
  DESIGN_CONCEPTS,
  type DesignConceptDoc,
  EVENT_DOCS,
  INITIALISATION,
  INPUT_DATA,
  PROCESS_STEPS,
  type ProcessStepDoc,
  STATUTORY_CLOCK_DOCS,
} from './process.js';
import { type SeedCoverage, seedCoverage } from './seed-coverage.js';

/** Why the model exists and for whom (DESIGN 1). */
const PURPOSE = {
  question:
    'If policy X changes, what happens to families, waiting, disputes, outcomes and money, and who pays?',
  summary:
    "England's SEND system moves children and families through identification, SEN support, early help, " +
    'requests for statutory assessment, EHC plans, mediation and the SEND Tribunal. Its costs are rising ' +
    'fast and reform is contested. The simulator is event-driven: each child is a statechart, time advances ' +
    'from event to event, services have limited capacity, and every pound is booked to the body that pays it.',
  users: [
    {
      name: 'Policy teams (DfE, local authorities, think tanks)',
      need: 'compare reform scenarios side by side, with uncertainty, and take numbers into papers.',
    },
    {
      name: 'Trainers',
      need: 'show why early intervention saves money: the same child, in two systems, diverging.',
    },
    {
      name: 'Parent carer forums (NNPCF)',
      need: 'build briefings for the DfE: a plain-language headline, a chart, the assumptions and their sources, printable.',
    },
  ],
} as const;

/** Scales of time, space and population (ODD: entities, state variables and scales). */
const SCALES = {
  time: 'Continuous time in days from the start date; stocks are counted on the first of each month, and results are reported by month and calendar year.',
  space:
    'England, with national figures. Educational psychology capacity is shared out across ten local area groups (tenths of England’s children, ordered by capacity relative to demand), each with its own queue; every other service is one national queue, and single local authorities are not modelled.',
  population:
    'National stocks; a run simulates a share (scale) of the children and weights its results back to national figures.',
} as const;

/** Titles of the parameter groups (the key's prefix before the first dot); unknown prefixes show as themselves. */
const GROUP_TITLES: Readonly<Record<string, string>> = {
  population: 'Population at the start date',
  need: 'Need: arising, escalation and easing',
  provision: 'Provision: the need each level of support meets',
  identification: 'Identification',
  earlyHelp: 'Early help',
  request: 'Requests for statutory assessment',
  la: 'LA decisions',
  ep: 'Educational psychologists',
  plan: 'Plans: reviews and ending',
  placement: 'Placement',
  redress: 'Redress: mediation and appeals',
  tribunal: 'The tribunal',
  trust: 'Trust',
  cost: 'Unit costs',
  dsg: 'High-needs money: income and the DSG deficit',
  ringfence: 'Ringfenced SEN money',
  delivery: 'What reforms cost to deliver',
};

export interface DescribeOptions {
  /** A calibration report (`sendsim calibrate`) to include. */
  readonly calibration?: CalibrationReport;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'baseline' | 'reform';
  readonly baselineId: string;
  readonly startDate: string;
}

export interface LeverDescription {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly mechanism: string;
  readonly evidence: string;
  /** What its non-default settings cost to deliver (each with its payer), then why nothing else is added. */
  readonly deliveryCosts: string;
  /** The legal settings in words, e.g. `a number from 1 to 4 (x current capacity)`. */
  readonly settings: string;
  readonly default: LeverSetting;
  /** The scenario's setting. */
  readonly setting: LeverSetting;
  readonly differsFromDefault: boolean;
  /** Every parameter the lever may change. */
  readonly changes: readonly ParameterKey[];
  /**
   * The parameters this scenario's setting did change, from the start and in its phases, read
   * from the patches resolution recorded (`leverChanges`, `phases[].starts[].changes`).
   */
  readonly changed: readonly ParameterKey[];
}

export interface FieldDescription extends FieldDoc {
  readonly name: string;
}

export interface PayerDescription {
  readonly id: Payer;
  readonly label: string;
  /** The unit-cost parameters the cost model books to this payer. */
  readonly costParameters: readonly ParameterKey[];
}

export interface ServiceDescription {
  readonly id: ServiceName;
  readonly title: string;
  readonly slot: string;
  readonly capacity: string;
  readonly parameters: readonly ParameterKey[];
  /** Slots for all of England with this scenario's parameters (a run multiplies them by its scale). */
  readonly nationalSlots: number;
  /** The event a child receives when a slot becomes theirs. */
  readonly startEvent: JourneyEventType;
  /** The metric that reports the mean wait. */
  readonly waitMetric: string;
}

export interface StateDescription {
  /** Dotted path below the region, e.g. `statutory.assessing.withEP`. */
  readonly path: string;
  readonly initial: boolean;
  /** The events this state (or an enclosing one) reacts to, in event order. */
  readonly events: readonly JourneyEventType[];
}

export interface RegionDescription {
  readonly name: string;
  readonly initial: string;
  readonly states: readonly StateDescription[];
}

export interface EventDescription {
  readonly type: JourneyEventType;
  readonly meaning: string;
  /** The regions with a state that reacts to the event. */
  readonly regions: readonly string[];
}

export interface StatutoryClockDescription {
  readonly id: string;
  readonly days: number;
  readonly meaning: string;
}

export interface SourceDescription {
  readonly title: string;
  readonly publisher: string;
  readonly year: string;
  readonly url: string | null;
  readonly status: SourceStatus | null;
  readonly note: string | null;
}

/** How a parameter's value is backed: a source of status V, V2 or D, a source without a status, or an assumption. */
export type EvidenceKind = SourceStatus | 'unstated' | 'assumption';

export interface ParameterRow {
  readonly key: ParameterKey;
  readonly meaning: string;
  /** The value as the scenario records it (money in cash prices of `priceYear`). */
  readonly value: number;
  /** The value the model reads: money uprated to the price base, anything else as recorded. */
  readonly modelValue: number;
  readonly range: readonly [number, number];
  readonly unit: string;
  /** The legal bounds validation enforces. */
  readonly bounds: readonly [number, number];
  readonly priceYear: string | null;
  readonly source: SourceDescription | null;
  readonly assumption: string | null;
  readonly evidence: EvidenceKind;
  /** `lever:<id>` or `override` when the scenario changed the baseline's value. */
  readonly changedBy: string | null;
}

export interface ParameterGroup {
  /** The keys' prefix, e.g. `population`. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ParameterRow[];
}

export interface ParameterCounts {
  readonly total: number;
  /** Parameters with a source, by status (`unstated`: the source gives no status). */
  readonly sourced: number;
  readonly byStatus: Readonly<Record<SourceStatus | 'unstated', number>>;
  readonly assumptions: number;
  /** Parameters whose value this scenario changed from its baseline's. */
  readonly changed: number;
}

export interface MetricDescription {
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind;
  readonly higherIsBetter: boolean;
}

export interface CalibrationDescription {
  readonly meta: CalibrationReport['meta'] | null;
  readonly summary: CalibrationReport['summary'] | null;
  readonly rows: readonly CalibrationRow[] | null;
  /** How the free parameters were fitted (the baseline file's record), when they were. */
  readonly fit: CalibrationRecord | null;
  /** What the report covers (and any mismatch with this scenario or model version), or how to produce one. */
  readonly note: string;
}

/** The model and one scenario described in ODD order; plain data, ready for JSON. */
export interface ModelDescription {
  readonly overview: {
    readonly modelVersion: string;
    /** The price base every money value is uprated to before the model reads it. */
    readonly priceBase: string;
    readonly scenario: ScenarioSummary;
    readonly expectedEffects: readonly string[];
    readonly levers: readonly LeverDescription[];
    /** Changes that start part-way through a run, by date. */
    readonly phases: ReadonlyArray<{ readonly startDate: string; readonly starts: readonly string[] }>;
  };
  readonly purpose: {
    readonly question: string;
    readonly summary: string;
    /** Who the model is for, and what each needs from it (`need` continues the sentence `name` begins). */
    readonly users: ReadonlyArray<{ readonly name: string; readonly need: string }>;
  };
  readonly entities: {
    readonly childAttributes: readonly FieldDescription[];
    readonly journeyContext: readonly FieldDescription[];
    readonly payers: readonly PayerDescription[];
    readonly serviceRule: string;
    readonly services: readonly ServiceDescription[];
    readonly regions: readonly RegionDescription[];
    readonly scales: { readonly time: string; readonly space: string; readonly population: string };
  };
  readonly processOverview: {
    readonly steps: readonly ProcessStepDoc[];
    readonly events: readonly EventDescription[];
    readonly statutoryClocks: readonly StatutoryClockDescription[];
  };
  readonly designConcepts: readonly DesignConceptDoc[];
  readonly initialisation: {
    readonly text: string;
    readonly startDate: string;
    /** The parameters that set the starting population (the `population` group). */
    readonly parameters: readonly ParameterKey[];
  };
  readonly inputData: { readonly text: string };
  readonly parameters: {
    readonly counts: ParameterCounts;
    readonly groups: readonly ParameterGroup[];
  };
  readonly metrics: readonly MetricDescription[];
  /** The metrics that measure equity (by deprivation or advocacy capacity). */
  readonly equityMetrics: readonly string[];
  readonly calibration: CalibrationDescription;
  readonly limits: readonly KnownLimit[];
  /** Every concrete ask in the founding documents and what represents it (issue 15, requirement 6). */
  readonly seedAsks: SeedCoverage;
}

/**
 * Describe the model as it runs `scenario`, with a calibration report when one is given.
 *
 * @example
 * const description = describeModel(resolveScenario(baselineFile));
 * description.parameters.counts.assumptions; // how many parameters have no source
 */
export function describeModel(scenario: ResolvedScenario, options: DescribeOptions = {}): ModelDescription {
  const params = scenario.params;
  const machine = createJourneyMachine(params);
  const regions = describeRegions(compileJourney(machine, params).regions, machine);
  const rows = PARAMETER_KEYS.map((key) => parameterRow(key, scenario.records[key], params[key]));
  const settingRegion = regions.find((r) => r.name === 'setting');
  const settings = (settingRegion?.states ?? []).map((s) => s.path as SettingName);

  return {
    overview: {
      modelVersion: MODEL_VERSION,
      priceBase: scenario.priceBase,
      scenario: {
        id: scenario.id,
        name: scenario.name,
        description: scenario.description,
        kind: scenario.kind,
        baselineId: scenario.baselineId,
        startDate: scenario.startDate,
      },
      expectedEffects: [...scenario.expectedEffects],
      levers: LEVERS.map((lever) => describeLever(lever, scenario)),
      phases: scenario.phases.map((p) => ({
        startDate: p.startDate,
        starts: p.starts.map((s) => s.description),
      })),
    },
    purpose: {
      question: PURPOSE.question,
      summary: PURPOSE.summary,
      users: PURPOSE.users.map((u) => ({ ...u })),
    },
    entities: {
      childAttributes: fields(CHILD_ATTRIBUTE_DOCS),
      journeyContext: fields(JOURNEY_CONTEXT_DOCS),
      payers: describePayers(settings),
      serviceRule: SERVICE_RULE,
      services: describeServices(params),
      regions,
      scales: { ...SCALES },
    },
    processOverview: {
      steps: PROCESS_STEPS.map((step) => ({ ...step, parameters: [...step.parameters] })),
      events: JOURNEY_EVENT_TYPES.map((type) => ({
        type,
        meaning: EVENT_DOCS[type],
        regions: regions.filter((r) => r.states.some((s) => s.events.includes(type))).map((r) => r.name),
      })),
      statutoryClocks: (Object.keys(STATUTORY_DAYS) as Array<keyof typeof STATUTORY_DAYS>).map((id) => ({
        id,
        days: STATUTORY_DAYS[id],
        meaning: STATUTORY_CLOCK_DOCS[id],
      })),
    },
    designConcepts: DESIGN_CONCEPTS.map((c) => ({ ...c })),
    initialisation: {
      text: INITIALISATION,
      startDate: scenario.startDate,
      parameters: PARAMETER_KEYS.filter((key) => groupOf(key) === 'population'),
    },
    inputData: { text: INPUT_DATA },
    parameters: { counts: countEvidence(rows), groups: groupRows(rows) },
    metrics: METRICS.map((m) => ({
      id: m.id,
      label: m.label,
      kind: m.kind,
      higherIsBetter: m.higherIsBetter,
    })),
    equityMetrics: METRICS.map((m) => m.id).filter((id) =>
      /_(deprived|not_deprived|low_advocacy|high_advocacy)$/.test(id),
    ),
    calibration: describeCalibration(scenario, options.calibration),
    limits: KNOWN_LIMITS.map((limit) => ({ ...limit })),
    seedAsks: seedCoverage(),
  };
}

/** The prefix of a parameter key before its first dot: its group. */
function groupOf(key: string): string {
  const dot = key.indexOf('.');
  return dot === -1 ? key : key.slice(0, dot);
}

function fields(docs: Readonly<Record<string, FieldDoc>>): FieldDescription[] {
  return Object.entries(docs).map(([name, doc]) => ({ name, meaning: doc.meaning, scale: doc.scale }));
}

/** A lever's delivery costs in words: each cost and its payer, then the lever's note. */
export function leverDeliveryCostWords(lever: LeverDefinition): string {
  const costs = (lever.deliveryCosts ?? []).map((c) => `${c.what}, paid by ${PAYER_LABELS[c.payer]}`);
  return costs.length === 0
    ? `None. ${lever.deliveryCostNote}`
    : `${costs.join('; ')}. ${lever.deliveryCostNote}`;
}

/** The parameters lever `id` changed in `scenario` (its patches), in catalogue order. */
function changedByLever(scenario: ResolvedScenario, id: string): ParameterKey[] {
  const keys = new Set<ParameterKey>();
  for (const entry of scenario.leverChanges)
    if (entry.lever === id) for (const c of entry.changes) keys.add(c.key);
  for (const phase of scenario.phases) {
    for (const start of phase.starts) if (start.lever === id) for (const c of start.changes) keys.add(c.key);
  }
  return PARAMETER_KEYS.filter((key) => keys.has(key));
}

function describeLever(lever: LeverDefinition, scenario: ResolvedScenario): LeverDescription {
  const s = lever.settings;
  const settings =
    s.kind === 'number'
      ? `a number from ${s.min} to ${s.max} (${s.unit})`
      : `one of ${s.values.map((v) => JSON.stringify(v)).join(', ')}`;
  const setting = scenario.levers[lever.id] ?? s.default;
  return {
    id: lever.id,
    title: lever.title,
    description: lever.description,
    mechanism: lever.mechanism,
    evidence: lever.evidence,
    deliveryCosts: leverDeliveryCostWords(lever),
    settings,
    default: s.default,
    setting,
    differsFromDefault: setting !== s.default,
    changes: [...lever.changes],
    changed: changedByLever(scenario, lever.id),
  };
}

/**
 * Which unit costs each payer bears, found by asking the cost model: each `cost.*` parameter in
 * turn is set to 1 (all others 0) and every support level, setting, delivery and need state is
 * costed, with every one-off cost.
 */
/** Shares that split a residential placement three ways, so every payer of it is found. */
const RESIDENTIAL_SPLIT: Partial<Record<ParameterKey, number>> = {
  'placement.residentialCareShare': 0.25,
  'placement.residentialHealthShare': 0.25,
};

function describePayers(settings: readonly SettingName[]): PayerDescription[] {
  const byPayer = new Map<Payer, ParameterKey[]>(PAYERS.map((p) => [p, []]));
  const rates = new Float64Array(LEDGER_COLUMNS);
  for (const key of PARAMETER_KEYS.filter((k) => groupOf(k) === 'cost')) {
    const params = Object.fromEntries(
      PARAMETER_KEYS.map((k) => [k, k === key ? 1 : (RESIDENTIAL_SPLIT[k] ?? 0)]),
    ) as Params;
    const payers = new Set<Payer>();
    for (const level of SUPPORT_LEVELS) {
      for (const setting of settings) {
        for (const delivered of [false, true]) {
          for (const unmet of [false, true]) {
            for (let distance = 0; distance < PLACEMENT_DISTANCES.length; distance++) {
              runningCosts(level, delivered, setting, unmet, true, params, rates, distance);
              for (const payer of PAYERS) if (rates[PAYER_INDEX[payer]] !== 0) payers.add(payer);
            }
          }
        }
      }
    }
    for (const cost of ONE_OFF_COSTS) {
      for (const [payer, amount] of oneOffCosts(cost, params)) if (amount !== 0) payers.add(payer);
    }
    if (key === PLACE_CAPITAL.cost) payers.add(PLACE_CAPITAL.payer);
    if (key === LOCUM_PREMIUM.cost) payers.add(LOCUM_PREMIUM.payer);
    for (const payer of payers) byPayer.get(payer)!.push(key);
  }
  return PAYERS.map((id) => ({ id, label: PAYER_LABELS[id], costParameters: byPayer.get(id)! }));
}

function describeServices(params: Params): ServiceDescription[] {
  const national = createServices(params, 1);
  return SERVICES.map((id) => ({
    id,
    title: SERVICE_DOCS[id].title,
    slot: SERVICE_DOCS[id].slot,
    capacity: SERVICE_DOCS[id].capacity,
    parameters: [...SERVICE_DOCS[id].parameters],
    nationalSlots: national[id].capacity,
    startEvent: SERVICE_START_EVENT[id],
    waitMetric: SERVICE_WAIT_METRIC[id],
  }));
}

/** The structural part of xstate's StateNode this module reads. */
interface StateNodeView {
  readonly states: Readonly<Record<string, StateNodeView>>;
  readonly on: Readonly<Record<string, unknown>>;
}

/**
 * Regions and leaf states as the compiled machine has them, with the events each leaf reacts to
 * read from the xstate definition (the leaf's own transitions and its ancestors' within the region).
 */
function describeRegions(compiled: readonly CompiledRegion[], machine: JourneyMachine): RegionDescription[] {
  const root = machine.root as unknown as StateNodeView;
  const eventOrder = new Map<string, number>(JOURNEY_EVENT_TYPES.map((type, i) => [type, i]));
  return compiled.map((region) => {
    const regionNode = root.states[region.name];
    const states = region.leaves.map((path, i) => {
      const handled = new Set<string>();
      let node: StateNodeView | undefined = regionNode;
      const chain: StateNodeView[] = node === undefined ? [] : [node];
      for (const key of path.split('.')) {
        node = node?.states[key];
        if (node !== undefined) chain.push(node);
      }
      for (const n of chain) for (const type of Object.keys(n.on)) handled.add(type);
      const events = [...handled]
        .filter((type): type is JourneyEventType => eventOrder.has(type))
        .sort((a, b) => eventOrder.get(a)! - eventOrder.get(b)!);
      return { path, initial: i === region.initialLeaf, events };
    });
    return { name: region.name, initial: region.leaves[region.initialLeaf] ?? '', states };
  });
}

function parameterRow(key: ParameterKey, record: ResolvedParameterRecord, modelValue: number): ParameterRow {
  const spec = PARAMETER_CATALOGUE[key];
  const source = record.source;
  return {
    key,
    meaning: spec.meaning,
    value: record.value,
    modelValue,
    range: [record.range[0], record.range[1]],
    unit: record.unit,
    bounds: [spec.min, spec.max],
    priceYear: record.priceYear ?? null,
    source:
      source === undefined
        ? null
        : {
            title: source.title,
            publisher: source.publisher,
            year: source.year,
            url: source.url ?? null,
            status: source.status ?? null,
            note: source.note ?? null,
          },
    assumption: record.assumption ?? null,
    evidence: source === undefined ? 'assumption' : (source.status ?? 'unstated'),
    changedBy: record.changedBy ?? null,
  };
}

function countEvidence(rows: readonly ParameterRow[]): ParameterCounts {
  const byStatus = { V: 0, V2: 0, D: 0, unstated: 0 };
  let assumptions = 0;
  for (const row of rows) {
    if (row.evidence === 'assumption') assumptions++;
    else byStatus[row.evidence]++;
  }
  return {
    total: rows.length,
    sourced: rows.length - assumptions,
    byStatus,
    assumptions,
    changed: rows.filter((r) => r.changedBy !== null).length,
  };
}

function groupRows(rows: readonly ParameterRow[]): ParameterGroup[] {
  const groups = new Map<string, ParameterRow[]>();
  for (const row of rows) {
    const id = groupOf(row.key);
    const group = groups.get(id) ?? [];
    group.push(row);
    groups.set(id, group);
  }
  return [...groups].map(([id, groupRows]) => ({ id, title: GROUP_TITLES[id] ?? id, rows: groupRows }));
}

function describeCalibration(
  scenario: ResolvedScenario,
  report: CalibrationReport | undefined,
): CalibrationDescription {
  const fit = scenario.calibration ?? null;
  if (report === undefined) {
    return {
      meta: null,
      summary: null,
      rows: null,
      fit,
      note:
        'No calibration report was given. Produce one with `sendsim calibrate` (save it with --format json --out FILE) ' +
        'and describe the scenario with --calibration FILE to include each target, the model value and pass or miss.',
    };
  }
  const { meta, summary } = report;
  const parts = [
    `${summary.passed} of ${summary.targets} targets pass; ${summary.evaluated} of them could be evaluated.`,
    `Run: scenario ${meta.scenario}, seed ${meta.seed}, ${meta.reps} replications, ${meta.years} years from ${meta.startDate}, scale ${meta.scale}, model ${meta.modelVersion}; targets from ${meta.targetsFile}.`,
  ];
  if (meta.modelVersion !== MODEL_VERSION) {
    parts.push(
      `Warning: the report was made with model ${meta.modelVersion}, not this model (${MODEL_VERSION}); run the calibration again.`,
    );
  }
  if (meta.scenario !== scenario.id && meta.scenario !== fit?.backtest) {
    parts.push(`Warning: the report is for scenario ${meta.scenario}, not ${scenario.id}.`);
  }
  return { meta: { ...meta }, summary: { ...summary }, rows: [...report.rows], fit, note: parts.join(' ') };
}
