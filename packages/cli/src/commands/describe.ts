/**
 * `sendsim describe`: the model's description (`describeModel`) as JSON, or as one Markdown
 * document in the ODD protocol's order (purpose, entities, process, design, initialisation,
 * input, submodels, parameters, calibration, limits, what the seed documents ask), for the
 * baseline or for a local area, with a calibration report read from a file if given.
 *
 * Over 500 lines because the Markdown is one document: a function per section, each reading
 * the same description and sharing the table and number formatting at the end of the file.
 */
import { resolve } from 'node:path';
import {
  type AreaSummary,
  type CalibrationReport,
  describeModel,
  type ModelDescription,
  type ParameterGroup,
  type ParameterRow,
  plausibleSetsText,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { areaLines, withAreaJson } from '../format/area.js';
import { toJson } from '../format/json.js';
import { bulletList, code, link, markdownTable } from '../format/markdown.js';
import { formatNumber } from '../format/numbers.js';
import { readInputFile } from '../input-file.js';
import { type CliIo, type CommandOutput, loadArea, loadScenario } from './context.js';

export function describeCommand(args: readonly string[], options: CliOptions, io: CliIo): CommandOutput {
  if (options.format === 'csv') {
    throw new UsageError('describe supports markdown (table) and json, not csv', 'describe');
  }
  // For an area, the description is of the national baseline made the area's (its parameters and their evidence).
  const area = options.area === undefined ? undefined : loadArea(options.area, io.cwd);
  const scenario = loadScenario(args[0]!, io.cwd, area);
  const calibration =
    options.calibration === undefined ? undefined : readCalibrationReport(options.calibration, io.cwd);
  const description = describeModel(scenario.resolved, calibration === undefined ? {} : { calibration });
  if (options.format === 'json')
    return { text: withAreaJson(toJson(description), scenario.area), exitCode: 0 };
  const local =
    area === undefined || scenario.area === undefined
      ? undefined
      : { summary: scenario.area, file: area.display };
  return { text: renderMarkdown(description, local), exitCode: 0 };
}

/** Read a report written by `sendsim calibrate --format json --out FILE`, checking its shape. */
function readCalibrationReport(file: string, cwd: string): CalibrationReport {
  const path = resolve(cwd, file);
  const text = readInputFile(path, `--calibration file ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`--calibration file ${file}: expected valid JSON (${detail})`);
  }
  const problem = calibrationProblem(data);
  if (problem !== undefined) {
    throw new InputError(
      `--calibration file ${file}: ${problem} (expected a report written by 'sendsim calibrate --format json --out FILE')`,
    );
  }
  return data as CalibrationReport;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const found = (x: unknown): string =>
  x === undefined ? 'nothing' : Array.isArray(x) ? 'an array' : x === null ? 'null' : typeof x;

/** What is wrong with a calibration report, as `path: expected …, found …`; undefined when it will do. */
function calibrationProblem(data: unknown): string | undefined {
  if (!isObject(data)) return `expected an object with rows, summary and meta, found ${found(data)}`;
  if (!Array.isArray(data.rows)) return `rows: expected an array of targets, found ${found(data.rows)}`;
  const summary = data.summary;
  if (!isObject(summary)) return `summary: expected an object, found ${found(summary)}`;
  for (const key of ['targets', 'evaluated', 'passed'] as const) {
    if (typeof summary[key] !== 'number')
      return `summary.${key}: expected a number, found ${found(summary[key])}`;
  }
  const meta = data.meta;
  if (!isObject(meta)) return `meta: expected an object, found ${found(meta)}`;
  for (const key of ['scenario', 'modelVersion', 'startDate', 'targetsFile'] as const) {
    if (typeof meta[key] !== 'string') return `meta.${key}: expected a string, found ${found(meta[key])}`;
  }
  for (const key of ['seed', 'reps', 'years', 'scale'] as const) {
    if (typeof meta[key] !== 'number') return `meta.${key}: expected a number, found ${found(meta[key])}`;
  }
  for (const [i, row] of data.rows.entries()) {
    const at = `rows[${i}]`;
    if (!isObject(row)) return `${at}: expected an object, found ${found(row)}`;
    const target = row.target;
    if (!isObject(target)) return `${at}.target: expected an object, found ${found(target)}`;
    for (const key of ['metric', 'period', 'unit', 'source', 'status'] as const) {
      if (typeof target[key] !== 'string')
        return `${at}.target.${key}: expected a string, found ${found(target[key])}`;
    }
    for (const key of ['value', 'tolerance'] as const) {
      if (typeof target[key] !== 'number')
        return `${at}.target.${key}: expected a number, found ${found(target[key])}`;
    }
    for (const key of ['status', 'note'] as const) {
      if (typeof row[key] !== 'string') return `${at}.${key}: expected a string, found ${found(row[key])}`;
    }
    if (row.error !== null && typeof row.error !== 'number') {
      return `${at}.error: expected a number or null, found ${found(row.error)}`;
    }
    if (row.model !== null && !(isObject(row.model) && typeof row.model.mean === 'number')) {
      return `${at}.model: expected null or { mean, lo, hi }, found ${found(row.model)}`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const ODD_SECTIONS = [
  'Purpose and users',
  'Entities, state variables and scales',
  'Process overview and scheduling',
  'Design concepts',
  'Initialisation',
  'Input data',
  'Submodels',
  'Parameters with sources',
  'Calibration',
  'Known limits',
  'What the founding documents ask for',
] as const;

/**
 * The description as one markdown document, sections in ODD order; for a local area (`--area`),
 * with a section saying which of its parameters came from the area's file and which were derived.
 */
export function renderMarkdown(d: ModelDescription, area?: { summary: AreaSummary; file: string }): string {
  const s = d.overview.scenario;
  const kind = s.kind === 'baseline' ? 'a baseline' : `a reform of ${code(s.baselineId)}`;
  const command = `sendsim describe ${s.id}${area === undefined ? '' : ` --area ${area.file}`}`;
  const blocks: string[] = [
    // An area's baseline is already named for it (`Staffordshire: England today`).
    `# ${s.name}: model description`,
    `Scenario ${code(s.id)} (${kind}), starting ${s.startDate}; model version ${d.overview.modelVersion}. ` +
      `Generated by ${code(command)} from the model's code and the scenario files: regenerate it rather than editing it.`,
    ...(area === undefined
      ? []
      : [
          `## Local area: ${area.summary.name}`,
          `From the local-area file ${code(area.file)}. Every parameter below is the area's; section 8 gives each one's evidence: the area's file, or "Assumption" with the national value × the area's share.`,
          bulletList(areaLines(area.summary)),
        ]),
    '## How to read this',
    'This document follows the ODD protocol (Overview, Design concepts, Details) for describing individual-based ' +
      'models: sections 1 to 3 give the overview, section 4 the design concepts, and sections 5 to 7 the details; ' +
      'then every parameter with its source (8), the fit to published statistics (9) and what the model does not do (10). ' +
      "Every number comes from the scenario file or the model's code. A parameter with a source shows the source's status: " +
      'V (seen in the named source), V2 (an official statistic quoted by a secondary page) or D (derived by arithmetic ' +
      'from V or V2 figures, with the arithmetic in its note). A parameter without a source says "Assumption" and why. ' +
      'Results are the model’s answer under these assumptions: read section 10 before quoting a number. ' +
      'Section 11 lists every concrete ask in the founding documents with the lever, mechanism or outcome that represents it, or why it is not modelled.',
  ];
  const sections = [
    purposeSection(d),
    entitiesSection(d),
    processSection(d),
    designSection(d),
    initialisationSection(d),
    inputSection(d),
    submodelsSection(d),
    parametersSection(d),
    calibrationSection(d),
    limitsSection(d),
    seedAsksSection(d),
  ];
  sections.forEach((body, i) => {
    blocks.push(`## ${i + 1}. ${ODD_SECTIONS[i]}`, ...body);
  });
  return `${blocks.map((b) => b.replace(/\n+$/, '')).join('\n\n')}\n`;
}

function purposeSection(d: ModelDescription): string[] {
  return [
    `**The question:** ${d.purpose.question}`,
    d.purpose.summary,
    'Users:',
    bulletList(d.purpose.users.map((u) => `**${u.name}** ${u.need}`)),
  ];
}

function entitiesSection(d: ModelDescription): string[] {
  const e = d.entities;
  const fieldTable = (rows: typeof e.childAttributes) =>
    markdownTable(
      [{ header: 'Field' }, { header: 'Meaning' }, { header: 'Values' }],
      rows.map((f) => [code(f.name), f.meaning, f.scale]),
    );
  return [
    '### 2.1 Children and families',
    'Each child is plain data, not an actor: attributes fixed when the child enters the model (the same in every scenario), and a journey context the statechart updates.',
    fieldTable(e.childAttributes),
    'Journey context (state variables):',
    fieldTable(e.journeyContext),
    '### 2.2 Payers',
    'Every pound is booked to exactly one payer. The unit costs each payer bears, as the cost model books them:',
    markdownTable(
      [{ header: 'Payer' }, { header: 'Id' }, { header: 'Unit costs booked to it' }],
      e.payers.map((p) => [p.label, code(p.id), p.costParameters.map(code).join(', ') || '–']),
    ),
    'Results report public spending (`cost_public`: every payer but families) and the cost to families (`cost_family`) apart; where their sum is given (`cost_total`) it is called public spending plus cost to families.',
    '### 2.3 Services',
    e.serviceRule,
    markdownTable(
      [
        { header: 'Service' },
        { header: 'A slot is' },
        { header: 'Capacity' },
        { header: 'Slots, all England', align: 'right' },
        { header: 'Wait reported as' },
      ],
      e.services.map((sv) => [
        `${sv.title}: ${code(sv.id)}`,
        sv.slot,
        sv.capacity,
        formatNumber(sv.nationalSlots, 0),
        code(sv.waitMetric),
      ]),
    ),
    '### 2.4 The journey statechart',
    `Each child's journey is one statechart with ${e.regions.length} parallel regions (states and the events they react to: section 7.1):`,
    bulletList(
      e.regions.map(
        (r) =>
          `${code(r.name)}: ${r.states.map((st) => (st.initial ? `${st.path} (initial)` : st.path)).join(', ')}`,
      ),
    ),
    '### 2.5 Scales',
    bulletList([
      `**Time:** ${e.scales.time}`,
      `**Space:** ${e.scales.space}`,
      `**Population:** ${e.scales.population}`,
    ]),
  ];
}

function processSection(d: ModelDescription): string[] {
  const p = d.processOverview;
  const scheduling = p.steps.find((st) => st.id === 'scheduling');
  return [
    '### 3.1 Process steps',
    `${p.steps.map((st, i) => `${i + 1}. **${st.title}.** ${st.summary}`).join('\n')}\n`,
    'Each step is detailed, with the parameters it reads, in section 7.2.',
    '### 3.2 Scheduling',
    scheduling?.rule ?? '',
    '### 3.3 Statutory clocks',
    markdownTable(
      [{ header: 'Clock' }, { header: 'Days', align: 'right' }, { header: 'Meaning' }],
      p.statutoryClocks.map((c) => [code(c.id), String(c.days), c.meaning]),
    ),
    '### 3.4 Events',
    markdownTable(
      [{ header: 'Event' }, { header: 'Meaning' }, { header: 'Regions that react' }],
      p.events.map((ev) => [code(ev.type), ev.meaning, ev.regions.join(', ') || '–']),
    ),
  ];
}

function designSection(d: ModelDescription): string[] {
  const items = d.designConcepts.map((c) => {
    const metrics =
      c.id === 'equity' && d.equityMetrics.length > 0
        ? ` Equity metrics: ${d.equityMetrics.map(code).join(', ')}.`
        : '';
    return `**${c.title}.** ${c.text}${metrics}`;
  });
  return [
    bulletList(items),
    '### 4.1 Observation: what the model reports',
    markdownTable(
      [{ header: 'Metric' }, { header: 'Label' }, { header: 'Kind' }, { header: 'Higher is better' }],
      d.metrics.map((m) => [code(m.id), m.label, m.kind, m.higherIsBetter ? 'yes' : 'no']),
    ),
  ];
}

function initialisationSection(d: ModelDescription): string[] {
  const rows = allRows(d);
  const population = d.initialisation.parameters
    .map((key) => rows.get(key))
    .filter((row): row is ParameterRow => row !== undefined);
  return [
    d.initialisation.text,
    `Start date: ${d.initialisation.startDate}. The population at that date (sources in section 8):`,
    markdownTable(
      [
        { header: 'Parameter' },
        { header: 'Meaning' },
        { header: 'Value', align: 'right' },
        { header: 'Unit' },
      ],
      population.map((row) => [code(row.key), row.meaning, formatValue(row.value), row.unit]),
    ),
  ];
}

function inputSection(d: ModelDescription): string[] {
  const o = d.overview;
  const s = o.scenario;
  const blocks = [
    d.inputData.text,
    '### 6.1 The scenario',
    markdownTable(
      [{ header: 'Field' }, { header: 'Value' }],
      [
        ['Id', code(s.id)],
        ['Name', s.name],
        ['Kind', s.kind],
        ['Baseline', code(s.baselineId)],
        ['Start date', s.startDate],
      ],
    ),
    s.description,
  ];
  if (o.expectedEffects.length > 0)
    blocks.push('Expected effects, stated before running the model:', bulletList(o.expectedEffects));
  if (o.phases.length > 0) {
    blocks.push(
      'Phased in during the run (from each date, on top of what is in force by then):',
      bulletList(o.phases.map((p) => `From ${p.startDate}: ${p.starts.join(' ')}`)),
    );
  }
  blocks.push(
    '### 6.2 Levers',
    'A lever at its default means "as the baseline says". Each lever changes only the parameters it names.',
    markdownTable(
      [
        { header: 'Lever' },
        { header: 'Setting' },
        { header: 'Default' },
        { header: 'Differs from default' },
        { header: 'Parameters it changes' },
      ],
      o.levers.map((l) => [
        `${l.title} (${code(l.id)})`,
        code(JSON.stringify(l.setting)),
        code(JSON.stringify(l.default)),
        l.differsFromDefault ? `yes: ${l.changed.map(code).join(', ') || 'no value changed'}` : 'no',
        l.changes.map(code).join(', '),
      ]),
    ),
  );
  for (const l of o.levers) {
    blocks.push(
      `#### ${l.title} (${code(l.id)})`,
      bulletList([
        `**Policy:** ${l.description}`,
        `**Settings:** ${l.settings}; default ${code(JSON.stringify(l.default))}; this scenario ${code(JSON.stringify(l.setting))}.`,
        `**Mechanism:** ${l.mechanism}`,
        `**Evidence:** ${l.evidence}`,
        `**Cost to deliver:** ${l.deliveryCosts}`,
      ]),
    );
  }
  return blocks;
}

function submodelsSection(d: ModelDescription): string[] {
  const blocks = [
    '### 7.1 The statechart',
    'The regions run in parallel; in each, the child is in exactly one state. The events each state reacts to include those its enclosing states react to. The engine runs a compiled form of this statechart that a differential test checks against xstate step by step.',
  ];
  for (const r of d.entities.regions) {
    blocks.push(
      `#### Region ${code(r.name)} (starts in ${code(r.initial)})`,
      markdownTable(
        [{ header: 'State' }, { header: 'Reacts to' }],
        r.states.map((st) => [code(st.path), st.events.map(code).join(', ') || '– (final)']),
      ),
    );
  }
  blocks.push('### 7.2 The rules');
  for (const step of d.processOverview.steps) {
    blocks.push(`#### ${step.title}`, step.rule);
    if (step.parameters.length > 0) blocks.push(`Parameters: ${step.parameters.map(code).join(', ')}.`);
  }
  return blocks;
}

function parametersSection(d: ModelDescription): string[] {
  const c = d.parameters.counts;
  const changed =
    d.overview.scenario.kind === 'reform' ? ` ${c.changed} changed from the baseline by this scenario.` : '';
  const unstated = c.byStatus.unstated > 0 ? `, no status ${c.byStatus.unstated}` : '';
  const blocks = [
    `${c.total} parameters: ${c.sourced} with a source (V ${c.byStatus.V}, V2 ${c.byStatus.V2}, D ${c.byStatus.D}${unstated}) and ${c.assumptions} assumptions.${changed} ` +
      'The range is the plausible low and high used for sensitivity analysis. Money is recorded in the cash ' +
      `prices of its price year and uprated to ${d.overview.priceBase} prices (GDP deflator) before the model reads it.`,
  ];
  const withChanges = c.changed > 0;
  d.parameters.groups.forEach((group, i) => {
    blocks.push(
      `### 8.${i + 1} ${group.title} (${code(group.id)})`,
      parameterTable(group, withChanges, d.overview.priceBase),
    );
  });
  return blocks;
}

/** The unit, with the price year of money and the value the model reads at the price base. */
function unitText(row: ParameterRow, priceBase: string): string {
  if (row.priceYear === null) return row.unit;
  const uprated =
    row.modelValue === row.value
      ? ''
      : `; the model reads ${formatNumber(row.modelValue, Math.abs(row.modelValue) >= 100 ? 0 : 2)} at ${priceBase} prices`;
  return `${row.unit} (${row.priceYear} prices${uprated})`;
}

function parameterTable(group: ParameterGroup, withChanges: boolean, priceBase: string): string {
  const columns = [
    { header: 'Parameter' },
    { header: 'Meaning' },
    { header: 'Value', align: 'right' as const },
    { header: 'Range' },
    { header: 'Unit' },
    ...(withChanges ? [{ header: 'Changed by' }] : []),
    { header: 'Source or assumption' },
  ];
  const rows = group.rows.map((row) => [
    code(row.key),
    row.meaning,
    formatValue(row.value),
    `${formatValue(row.range[0])} to ${formatValue(row.range[1])}`,
    unitText(row, priceBase),
    ...(withChanges ? [changedByText(row.changedBy)] : []),
    evidenceText(row),
  ]);
  return markdownTable(columns, rows);
}

function changedByText(changedBy: string | null): string {
  if (changedBy === null) return '–';
  if (changedBy.startsWith('lever:')) return `lever ${code(changedBy.slice('lever:'.length))}`;
  return changedBy === 'override' ? 'override in the scenario file' : changedBy;
}

function evidenceText(row: ParameterRow): string {
  const prefix = row.changedBy?.startsWith('lever:')
    ? "Baseline's evidence (the lever sets the value): "
    : '';
  if (row.source === null) return `${prefix}Assumption: ${row.assumption ?? '(no reason given)'}`;
  const src = row.source;
  const status = src.status === null ? 'status not stated' : src.status;
  const note = src.note === null ? '' : ` Note: ${src.note}`;
  return `${prefix}${link(src.title, src.url)}, ${src.publisher}, ${src.year} (${status}).${note}`;
}

function calibrationSection(d: ModelDescription): string[] {
  const cal = d.calibration;
  const fit =
    cal.fit === null
      ? []
      : [
          `**How the free parameters were fitted.** ${cal.fit.method} Objective: ${cal.fit.objective} ` +
            `It fell from ${cal.fit.objectiveBefore} to ${cal.fit.objectiveAfter} over ${cal.fit.evaluations} backtest runs ` +
            `(${cal.fit.backtest}, seed ${cal.fit.run.seed}, ${cal.fit.run.replications} replications, scale ${cal.fit.run.scale}, model ${cal.fit.modelVersion}); ` +
            `checked with ${cal.fit.result.checkedWith.replications} replications at scale ${cal.fit.result.checkedWith.scale}: ` +
            `${cal.fit.result.passed} of ${cal.fit.result.targets} targets pass (${cal.fit.result.evaluated} could be evaluated). ` +
            `Free parameters: ${cal.fit.fitted.map(code).join(', ')}. ${plausibleSetsText(cal.fit)}`.trimEnd(),
        ];
  if (cal.rows === null) return [...fit, cal.note];
  return [
    ...fit,
    cal.note,
    markdownTable(
      [
        { header: 'Target' },
        { header: 'Period' },
        { header: 'Published', align: 'right' },
        { header: 'Tolerance' },
        { header: 'Model (95% interval)', align: 'right' },
        { header: 'Error', align: 'right' },
        { header: 'Result' },
        { header: 'Source' },
        { header: 'Note' },
      ],
      cal.rows.map((row) => {
        const t = row.target;
        const tolerance =
          t.toleranceIsAbsolute === true
            ? `±${formatValue(t.tolerance)}`
            : `±${formatValue(t.tolerance * 100)}%`;
        const model =
          row.model === null
            ? '–'
            : `${formatValue(row.model.mean)} (${formatValue(row.model.lo)} to ${formatValue(row.model.hi)})`;
        return [
          code(t.metric),
          t.period,
          `${formatValue(t.value)} ${t.unit}`,
          tolerance,
          model,
          row.error === null ? '–' : formatValue(row.error),
          row.status,
          `${t.source} (${t.status})`,
          row.note,
        ];
      }),
    ),
  ];
}

function limitsSection(d: ModelDescription): string[] {
  return [bulletList(d.limits.map((l) => `**${l.topic}.** ${l.text}`))];
}

/** The seed coverage table: each ask, where it comes from, and what represents it or why nothing does. */
function seedAsksSection(d: ModelDescription): string[] {
  const c = d.seedAsks;
  return [
    'The documents the simulator was built to test:',
    bulletList(c.documents.map((doc) => `${code(doc.id)}: ${doc.title} (${doc.year})`)),
    `Each concrete ask in them (${c.asks.length}): ${c.counts.lever} represented by a lever, ` +
      `${c.counts.mechanism} by a mechanism of the model, ${c.counts.outcome} by the outcomes it reports, and ` +
      `${c.counts.notModelled} not modelled, with the reason. Written from the levers' own declarations ` +
      '(each lever names the asks it serves), so the table stays true as levers change.',
    markdownTable(
      [
        { header: 'Ask' },
        { header: 'From' },
        { header: 'Represented by' },
        { header: 'Not modelled, or how far it goes' },
      ],
      c.asks.map((a) => [
        `${a.ask} (${code(a.id)})`,
        a.seeds.map((s) => code(s)).join(', ') || '–',
        [
          ...a.levers.map((l) => `lever ${l.title} (${code(l.id)})`),
          ...a.mechanisms.map((m) => `mechanism: ${m}`),
          ...(a.outcomes.length > 0 ? [`outcomes: ${a.outcomes.map(code).join(', ')}`] : []),
        ].join('; ') || 'not modelled',
        a.notModelled ?? a.note ?? '',
      ]),
    ),
  ];
}

function allRows(d: ModelDescription): Map<string, ParameterRow> {
  return new Map(d.parameters.groups.flatMap((g) => g.rows.map((row) => [row.key, row] as const)));
}

/** A parameter value: whole numbers with separators, others to six significant figures. */
export function formatValue(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  const rounded = Number(n.toPrecision(6));
  const text = String(rounded);
  if (text.includes('e')) return text;
  const decimals = text.split('.')[1]?.length ?? 0;
  return formatNumber(rounded, decimals);
}
