/**
 * `sendsim trace <scenario> --child <id>`: one child's journey, step by step: each event, the
 * state changes it caused, the effects it scheduled, severity and trust, and the money booked
 * for the child so far by payer. Ids are shared across scenarios, so tracing the same id under
 * a reform shows the same child in the other system.
 */
import {
  type ChildTrace,
  MODEL_VERSION,
  PAYERS,
  type Payer,
  PUBLIC_PAYERS,
  publicPounds,
  type ServiceName,
  traceChild,
} from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { UsageError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { PAYER_SHORT, payerKey } from '../format/labels.js';
import { formatPounds } from '../format/numbers.js';
import { wrap } from '../format/table.js';
import { type CliIo, type CommandOutput, loadScenario } from './context.js';

export function traceCommand(args: readonly string[], options: CliOptions, io: CliIo): CommandOutput {
  const scenario = loadScenario(args[0]!, io.cwd);
  const child = options.child!;
  let trace: ChildTrace;
  try {
    trace = traceChild(
      scenario.resolved,
      { seed: options.seed, years: options.years, scale: options.scale, replication: options.replication },
      child,
    );
  } catch (error) {
    if (error instanceof RangeError)
      throw new UsageError(`--child: ${error.message.replace(/^child \d+: /, '')}`, 'trace');
    throw error;
  }
  switch (options.format) {
    case 'json':
      return { text: toJson(trace), exitCode: 0 };
    case 'csv':
      return { text: traceCsv(trace), exitCode: 0 };
    case 'table': {
      const heading = [
        `Child ${trace.childId} in ${scenario.resolved.name} [${scenario.resolved.id}], replication ${options.replication}`,
        `seed ${options.seed}, ${options.years} years from ${scenario.resolved.startDate}, scale ${options.scale}, model ${MODEL_VERSION}`,
      ];
      return { text: traceTable(trace, heading), exitCode: 0 };
    }
  }
}

function traceTable(trace: ChildTrace, heading: readonly string[]): string {
  const out = [...heading];
  out.push(
    `Attributes: ${Object.entries(trace.attributes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `Starting state: ${stateText(startingState(trace))}`,
    '',
  );
  if (trace.steps.length === 0) out.push('(no events for this child during the run)');
  for (const step of trace.steps) {
    const parts = [`${step.date}  ${step.event}`];
    const changes = Object.keys(step.to).map(
      (region) => `${region}: ${step.from[region]} → ${step.to[region]}`,
    );
    if (changes.length > 0) parts.push(changes.join('; '));
    if (step.wait !== undefined)
      parts.push(`waited ${step.wait.days} days for ${SERVICE_NAMES[step.wait.service]}`);
    if (step.effects.length > 0) parts.push(step.effects.join(', '));
    parts.push(`severity ${step.severity}, trust ${step.trust}`);
    const costs = costText(step.costsToDate);
    if (costs !== '') parts.push(`costs to date: ${costs}`);
    out.push(parts.join(' | '));
  }
  out.push('', `Final state: ${stateText(trace.finalState)}`);
  // Public spending and the family's own costs apart, never added (DESIGN 2.5a).
  const costs = costText(trace.totalCosts, PUBLIC_PAYERS);
  out.push(
    `Public spending: £${formatPounds(publicPounds(trace.totalCosts))}${costs === '' ? '' : ` (${costs})`}; cost to the family: £${formatPounds(trace.totalCosts.family)}`,
  );
  out.push(
    `${trace.steps.length} steps. Costs are for this simulated child, in pounds, not weighted to national.`,
  );
  out.push(...wrap(`Payers: ${payerKey()}.`, 100));
  return `${out.join('\n')}\n`;
}

/** The state before the first step: the final state with every step's changes undone. */
function startingState(trace: ChildTrace): Record<string, string> {
  const state: Record<string, string> = { ...trace.finalState };
  for (let i = trace.steps.length - 1; i >= 0; i--) {
    const step = trace.steps[i]!;
    for (const [region, leaf] of Object.entries(step.from)) state[region] = leaf;
  }
  return state;
}

/** Services in plain words. */
const SERVICE_NAMES: Readonly<Record<ServiceName, string>> = {
  educationalPsychology: 'an educational psychologist',
  earlyHelp: 'early help',
  specialSchool: 'a special school place',
  tribunal: 'a tribunal hearing slot',
};

function stateText(state: Readonly<Record<string, string>>): string {
  return Object.entries(state)
    .map(([region, leaf]) => `${region}: ${leaf}`)
    .join('; ');
}

/** Non-zero costs by payer: `LA HN £1,234, Families £56`. */
function costText(costs: ChildTrace['totalCosts'], payers: readonly Payer[] = PAYERS): string {
  return payers
    .filter((p) => costs[p] !== 0)
    .map((p) => `${PAYER_SHORT[p]} £${formatPounds(costs[p])}`)
    .join(', ');
}

function traceCsv(trace: ChildTrace): string {
  const regionText = (r: Readonly<Record<string, string>>) =>
    Object.entries(r)
      .map(([region, leaf]) => `${region}:${leaf}`)
      .join(';');
  const rows = trace.steps.map((step, i) => [
    trace.childId,
    i,
    step.day,
    step.date,
    step.event,
    regionText(step.from),
    regionText(step.to),
    step.effects.join(';'),
    step.wait?.service ?? '',
    step.wait?.days ?? '',
    step.severity,
    step.trust,
    ...PAYERS.map((p) => step.costsToDate[p]),
  ]);
  return toCsv(
    [
      'child',
      'step',
      'day',
      'date',
      'event',
      'from',
      'to',
      'effects',
      'waited_for',
      'wait_days',
      'severity',
      'trust',
      ...PAYERS.map((p) => `cost_${p}`),
    ],
    rows,
  );
}
