/**
 * `sendsim bench`: how fast and how lean the engine is, on a stated workload (the baseline
 * scenario, seed 1, one replication, 10 years) at scales 0.01, 0.1 and 1 (all of England), or
 * at `--scale X` alone. Not a test: it reads the wall clock and the process's memory.
 *
 * - Time: wall seconds of the run (scenario loading excluded; the first run in a fresh process,
 *   so the JIT's warm-up is included) and CPU seconds of the whole process meanwhile (every
 *   thread: the run's own, worker threads, the garbage collector's and the JIT's).
 * - Threads: a replication of at least 5% of England is split across threads by partition
 *   (`--threads N` to choose; 1 runs it in this thread); results are the same either way.
 * - Memory: the bytes the run's tables hold per child simulated (children, events, ledgers,
 *   queues: what grows with the population), and the live memory gained per child (JavaScript
 *   heap and typed arrays after a forced full garbage collection at the end, while the run is
 *   still live: this thread's gain over the run, and all a worker thread holds, its own
 *   start-up included, as it exists only for the run); what is live beside the tables (code
 *   the JIT compiled, metrics, the compiled journey, worker threads: about the same for any
 *   number of children), per run; RSS peaks for the whole process.
 * - The compiled journey against xstate's own `transition()`: a stream of events sampled from
 *   a small run of the same scenario, replayed through each, events per second.
 */
import { cpus } from 'node:os';
import {
  compileJourney,
  createJourneyMachine,
  type JourneyEffect,
  MODEL_VERSION,
  type ResolvedScenario,
  Simulation,
  type SimulationOutput,
  sampleJourneySteps,
  simulationInput,
} from '@send-sim/sim-core';
import { transition } from 'xstate';
import type { CliOptions } from '../args.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { formatNumber } from '../format/numbers.js';
import { ProgressBar } from '../format/progress.js';
import { renderTable } from '../format/table.js';
import { exposeGc, liveBytes } from '../parallel/live-memory.js';
import { runPartitioned } from '../parallel/partitioned-run.js';
import { splitThreads } from '../parallel/worker-count.js';
import { type CliIo, type CommandOutput, loadScenario } from './context.js';

const WORKLOAD = { scenario: 'baseline', seed: 1, replications: 1, years: 10 } as const;
const DEFAULT_SCALES = [0.01, 0.1, 1] as const;
/** How often (ms of wall time) the run's RSS is sampled for its peak: RSS moves slowly, and reading it costs a system call. */
const RSS_SAMPLE_MS = 50;
/** The event stream for the xstate comparison: the first events of a small run of the workload's scenario. */
const JOURNEY_SAMPLE = { seed: 1, scale: 0.002, years: 3, events: 20_000 } as const;

/** One measured run. Times in seconds, memory in bytes. */
export interface BenchResult {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
  readonly scale: number;
  /** Threads the replication ran on (1: this thread). */
  readonly threads: number;
  readonly childrenSimulated: number;
  readonly eventsProcessed: number;
  readonly eventsStale: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly eventsPerSecond: number;
  readonly eventsPerCpuSecond: number;
  readonly childrenPerSecond: number;
  /** Highest RSS seen in samples taken during the run. */
  readonly peakRssBytes: number;
  /** `process.resourceUsage().maxRSS` after the run: the process's peak so far (earlier runs included). */
  readonly processMaxRssBytes: number;
  /** Bytes of the run's tables at its end ÷ children simulated. */
  readonly tableBytesPerChild: number;
  /** Live heap and typed-array growth, every thread's, ÷ children, after a forced full GC. */
  readonly heapBytesPerChild: number | undefined;
  /**
   * Of those live bytes, the ones beside the run's tables (the whole run's, not per child):
   * what does not grow with the children. Live bytes per child = table bytes per child + this
   * ÷ children, near enough.
   */
  readonly liveBytesBesideTables: number | undefined;
}

/** Compiled journey against xstate's `transition()` on the same events. */
export interface JourneyComparison {
  readonly events: number;
  readonly compiledEventsPerSecond: number;
  readonly xstateEventsPerSecond: number;
  /** Compiled ÷ xstate. */
  readonly ratio: number;
}

export async function benchCommand(options: CliOptions, io: CliIo): Promise<CommandOutput> {
  const scenario = loadScenario(WORKLOAD.scenario, io.cwd).resolved;
  const scales = options.given.includes('scale') ? [options.scale] : [...DEFAULT_SCALES];
  // Exposed before any worker starts, so workers can measure their live memory too.
  const measureMemory = exposeGc() !== undefined;
  const results: BenchResult[] = [];
  for (const scale of scales) {
    const threads = options.given.includes('threads') ? options.threads : splitThreads(1, { scale });
    results.push(await benchOne(scenario, scale, threads, measureMemory, io));
  }
  const journey = compareWithXstate(scenario);
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    modelVersion: MODEL_VERSION,
  };
  switch (options.format) {
    case 'json':
      return { text: toJson({ environment, results, journey }), exitCode: 0 };
    case 'csv': {
      const header = Object.keys(results[0]!) as Array<keyof BenchResult>;
      return {
        text: toCsv(
          header,
          results.map((r) => header.map((k) => r[k] ?? '')),
        ),
        exitCode: 0,
      };
    }
    case 'table':
      return { text: benchTable(environment, results, journey), exitCode: 0 };
  }
}

async function benchOne(
  scenario: ResolvedScenario,
  scale: number,
  threads: number,
  measureMemory: boolean,
  io: CliIo,
): Promise<BenchResult> {
  const before = measureMemory ? liveBytes() : undefined;
  // RSS sampled at most every RSS_SAMPLE_MS, and with `memoryUsage.rss()` (the resident set
  // alone; `memoryUsage()` also walks the heap's spaces): sampled at every progress step, the
  // sampling was 1.5 to 2% of a 1% run's measured CPU.
  let peakRss = process.memoryUsage.rss();
  let sampledAt = performance.now();
  let live: number | undefined;
  let gcSeconds = 0;
  const bar = new ProgressBar(io.stderr, `bench scale ${scale}`);
  const onProgress = (done: number) => {
    const now = performance.now();
    if (now - sampledAt >= RSS_SAMPLE_MS) {
      sampledAt = now;
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
    bar.update(done);
    if (done >= 1 && threads === 1 && before !== undefined) {
      // The end of the run, with every child still reachable: measure what is live.
      const t = performance.now();
      live = liveBytes()! - before;
      gcSeconds += (performance.now() - t) / 1000;
    }
  };
  const input = simulationInput(scenario, { seed: WORKLOAD.seed, years: WORKLOAD.years, scale }, 0);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let out: SimulationOutput;
  try {
    out =
      threads === 1
        ? new Simulation({ ...input, onProgress }).run()
        : await runPartitioned(input, {
            threads,
            onProgress,
            ...(before === undefined ? {} : { onLiveBytes: (bytes: number) => (live = bytes) }),
          });
  } finally {
    bar.finish();
  }
  const wallSeconds = (performance.now() - started) / 1000 - gcSeconds;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6 - gcSeconds;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const children = out.childrenSimulated;
  return {
    scenario: scenario.id,
    seed: WORKLOAD.seed,
    replications: WORKLOAD.replications,
    years: WORKLOAD.years,
    scale,
    threads,
    childrenSimulated: children,
    eventsProcessed: out.eventsProcessed,
    eventsStale: out.eventsStale,
    wallSeconds: round(wallSeconds, 3),
    cpuSeconds: round(cpuSeconds, 3),
    eventsPerSecond: Math.round(out.eventsProcessed / wallSeconds),
    eventsPerCpuSecond: Math.round(out.eventsProcessed / cpuSeconds),
    childrenPerSecond: Math.round(children / wallSeconds),
    peakRssBytes: peakRss,
    processMaxRssBytes: process.resourceUsage().maxRSS * 1024,
    tableBytesPerChild: Math.round(out.tableBytes / children),
    heapBytesPerChild: live === undefined ? undefined : Math.round(live / children),
    liveBytesBesideTables: live === undefined ? undefined : live - out.tableBytes,
  };
}

/** Replay a sample of the engine's own event stream through the compiled journey and through xstate. */
function compareWithXstate(scenario: ResolvedScenario): JourneyComparison {
  const steps = sampleJourneySteps(scenario, JOURNEY_SAMPLE, JOURNEY_SAMPLE.events);
  const machine = createJourneyMachine(scenario.params);
  const journey = compileJourney(machine, scenario.params);
  // Each event from its own child's state: copies for the compiled step (it changes them in
  // place), resolved snapshots for xstate; neither is timed.
  const leaves = steps.map((s) => [...s.leaves]);
  const contexts = steps.map((s) => ({ ...s.context }));
  const snapshots = steps.map((s) =>
    machine.resolveState({ value: journey.stateValue(s.leaves), context: { ...s.context } }),
  );
  const effects: JourneyEffect[] = [];
  let t = performance.now();
  for (let k = 0; k < steps.length; k++) {
    effects.length = 0;
    journey.step(leaves[k]!, contexts[k]!, steps[k]!.event, effects);
  }
  const compiledSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  for (let k = 0; k < steps.length; k++) transition(machine, snapshots[k]!, steps[k]!.event);
  const xstateSeconds = (performance.now() - t) / 1000;
  const compiled = steps.length / compiledSeconds;
  const xstate = steps.length / xstateSeconds;
  return {
    events: steps.length,
    compiledEventsPerSecond: Math.round(compiled),
    xstateEventsPerSecond: Math.round(xstate),
    ratio: round(compiled / xstate, 1),
  };
}

function benchTable(
  env: { node: string; platform: string; cpus: number; cpuModel: string; modelVersion: string },
  results: readonly BenchResult[],
  journey: JourneyComparison,
): string {
  const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  const rows: Array<[string, (r: BenchResult) => string]> = [
    ['Threads', (r) => String(r.threads)],
    ['Children simulated', (r) => formatNumber(r.childrenSimulated)],
    ['Events processed', (r) => formatNumber(r.eventsProcessed)],
    ['Events overtaken (not delivered)', (r) => formatNumber(r.eventsStale)],
    ['Wall time', (r) => `${formatNumber(r.wallSeconds, 2)} s`],
    ['CPU time (all threads)', (r) => `${formatNumber(r.cpuSeconds, 2)} s`],
    ['Events per second', (r) => formatNumber(r.eventsPerSecond)],
    ['Events per CPU-second', (r) => formatNumber(r.eventsPerCpuSecond)],
    ['Children per second', (r) => formatNumber(r.childrenPerSecond)],
    ['Peak RSS (sampled)', (r) => mb(r.peakRssBytes)],
    ['Process max RSS so far', (r) => mb(r.processMaxRssBytes)],
    ['Table bytes per child', (r) => formatNumber(r.tableBytesPerChild)],
    [
      'Live bytes per child',
      (r) => (r.heapBytesPerChild === undefined ? '–' : formatNumber(r.heapBytesPerChild)),
    ],
    [
      'Live beside the tables (per run)',
      (r) => (r.liveBytesBesideTables === undefined ? '–' : mb(r.liveBytesBesideTables)),
    ],
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
    'Each run is the first in this process (JIT warm-up included). Wall and CPU time exclude the forced',
    'GC (in this thread). CPU time counts every thread of the process. Table bytes: children, events,',
    'ledgers and queues held at the end ÷ children simulated. Live bytes: JavaScript heap and typed',
    'arrays gained over the run in this thread, plus all a worker thread holds (its start-up too), after',
    'a full GC at the end with the run still live, ÷ children simulated. Live beside the tables: the',
    'part of those that does not grow with the children (JIT-compiled code, metrics, the compiled',
    'journey, worker threads), for the whole run. "Process max RSS" is getrusage\'s peak for the whole',
    'process, earlier runs included.',
    '',
    `The compiled journey against xstate's own transition(), on the same ${formatNumber(journey.events)} events`,
    `(the first events of the baseline at scale ${JOURNEY_SAMPLE.scale}, each from its child's state): compiled`,
    `${formatNumber(journey.compiledEventsPerSecond)} events/s, xstate ${formatNumber(journey.xstateEventsPerSecond)} events/s: ${formatNumber(journey.ratio, 1)} times as fast.`,
    '',
  ].join('\n');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
