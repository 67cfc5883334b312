/**
 * `sendsim bench`: how fast and how lean the engine is, on a stated workload (the baseline
 * scenario, seed 1, one replication, 10 years) at scales 0.01 and 0.1, or at `--scale X` alone.
 * Not a test: it reads the wall clock and the process's memory.
 *
 * Memory: RSS and heap are sampled from the progress callback (every 32,768 events) and at the
 * end of the run; `maxRSS` is the operating system's peak for the whole process. Bytes per
 * child = heap growth ÷ children simulated, where the growth is measured after a forced full
 * garbage collection at the end of the run while the simulation is still live (gc is exposed
 * at run time through V8's flags; if that fails the figure is marked approximate).
 */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MODEL_VERSION, runReplication } from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { formatNumber } from '../format/numbers.js';
import { ProgressBar } from '../format/progress.js';
import { renderTable } from '../format/table.js';
import { type CliIo, type CommandOutput, loadScenario } from './context.js';

const WORKLOAD = { scenario: 'baseline', seed: 1, replications: 1, years: 10 } as const;
const DEFAULT_SCALES = [0.01, 0.1] as const;

/** One measured run. Times in seconds, memory in bytes. */
export interface BenchResult {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
  readonly scale: number;
  readonly childrenSimulated: number;
  readonly eventsProcessed: number;
  readonly wallSeconds: number;
  readonly eventsPerSecond: number;
  readonly childrenPerSecond: number;
  /** Highest RSS seen in the samples taken during the run. */
  readonly peakRssBytes: number;
  /** Highest heap used seen in the samples taken during the run. */
  readonly peakHeapUsedBytes: number;
  /** `process.resourceUsage().maxRSS` after the run: the process's peak so far (all runs before it included). */
  readonly processMaxRssBytes: number;
  /** Heap used with the simulation live minus heap used before it started. */
  readonly heapGrowthBytes: number;
  readonly bytesPerChild: number;
  /** Whether the heap was measured after a forced full GC (otherwise the figures are approximate). */
  readonly gcForced: boolean;
}

export function benchCommand(options: CliOptions, io: CliIo): CommandOutput {
  const scenario = loadScenario(WORKLOAD.scenario, io.cwd);
  const scales = options.given.includes('scale') ? [options.scale] : [...DEFAULT_SCALES];
  const gc = exposeGc();
  const results = scales.map((scale) => benchOne(scenario.resolved, scale, gc, io));
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    modelVersion: MODEL_VERSION,
  };
  switch (options.format) {
    case 'json':
      return { text: toJson({ environment, results }), exitCode: 0 };
    case 'csv': {
      const header = Object.keys(results[0]!) as Array<keyof BenchResult>;
      return {
        text: toCsv(
          header,
          results.map((r) => header.map((k) => r[k])),
        ),
        exitCode: 0,
      };
    }
    case 'table':
      return { text: benchTable(environment, results), exitCode: 0 };
  }
}

function benchOne(
  scenario: Parameters<typeof runReplication>[0],
  scale: number,
  gc: (() => void) | undefined,
  io: CliIo,
): BenchResult {
  const options = { seed: WORKLOAD.seed, replications: WORKLOAD.replications, years: WORKLOAD.years, scale };
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = 0;
  let peakHeap = 0;
  let heapLive = 0;
  let gcSeconds = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    return m;
  };
  sample();
  const bar = new ProgressBar(io.stderr, `bench scale ${scale}`);
  const started = performance.now();
  let out: ReturnType<typeof runReplication>;
  try {
    out = runReplication(scenario, options, 0, (done) => {
      const m = sample();
      bar.update(done);
      if (done >= 1) {
        // The end of the run, with every child still reachable: measure the live heap.
        if (gc !== undefined) {
          const t = performance.now();
          gc();
          gcSeconds += (performance.now() - t) / 1000;
          heapLive = process.memoryUsage().heapUsed;
        } else {
          heapLive = m.heapUsed;
        }
      }
    });
  } finally {
    bar.finish();
  }
  const wallSeconds = (performance.now() - started) / 1000 - gcSeconds;
  sample();
  const growth = heapLive - heapBefore;
  return {
    scenario: scenario.id,
    seed: WORKLOAD.seed,
    replications: WORKLOAD.replications,
    years: WORKLOAD.years,
    scale,
    childrenSimulated: out.childrenSimulated,
    eventsProcessed: out.eventsProcessed,
    wallSeconds: round(wallSeconds, 3),
    eventsPerSecond: Math.round(out.eventsProcessed / wallSeconds),
    childrenPerSecond: Math.round(out.childrenSimulated / wallSeconds),
    peakRssBytes: peakRss,
    peakHeapUsedBytes: peakHeap,
    processMaxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapGrowthBytes: growth,
    bytesPerChild: out.childrenSimulated > 0 ? Math.round(growth / out.childrenSimulated) : 0,
    gcForced: gc !== undefined,
  };
}

/** A function that forces a full GC: `global.gc` under --expose-gc, or exposed through V8 flags now. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

function benchTable(
  env: { node: string; platform: string; cpus: number; cpuModel: string; modelVersion: string },
  results: readonly BenchResult[],
): string {
  const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  const gcNote = results.every((r) => r.gcForced)
    ? 'Heap growth measured after a forced full GC at the end of each run, with the simulation still live.'
    : 'Heap growth is approximate: no forced GC was available (run node with --expose-gc).';
  const rows: Array<[string, (r: BenchResult) => string]> = [
    ['Children simulated', (r) => formatNumber(r.childrenSimulated)],
    ['Events processed', (r) => formatNumber(r.eventsProcessed)],
    ['Wall time', (r) => `${formatNumber(r.wallSeconds, 2)} s`],
    ['Events per second', (r) => formatNumber(r.eventsPerSecond)],
    ['Children per second', (r) => formatNumber(r.childrenPerSecond)],
    ['Peak RSS (sampled)', (r) => mb(r.peakRssBytes)],
    ['Peak heap used (sampled)', (r) => mb(r.peakHeapUsedBytes)],
    ['Process max RSS so far', (r) => mb(r.processMaxRssBytes)],
    ['Heap growth, simulation live', (r) => mb(r.heapGrowthBytes)],
    ['Bytes per child', (r) => formatNumber(r.bytesPerChild)],
  ];
  const first = results[0]!;
  return [
    `sendsim bench: scenario ${first.scenario}, seed ${first.seed}, ${first.replications} replication, ${first.years} years, model ${env.modelVersion}`,
    `Node ${env.node} on ${env.platform}, ${env.cpus} CPUs (${env.cpuModel})`,
    '',
    renderTable(
      [
        { header: 'Measure' },
        ...results.map((r) => ({ header: `scale ${r.scale}`, align: 'right' as const })),
      ],
      rows.map(([label, value]) => [label, ...results.map(value)]),
    ).trimEnd(),
    '',
    'Wall time excludes the forced GC. RSS and heap are sampled every 32,768 events and at the end;',
    '"process max RSS" is getrusage\'s peak for the whole process, earlier runs included.',
    gcNote,
    '',
  ].join('\n');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
