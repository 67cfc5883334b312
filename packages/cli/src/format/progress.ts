/**
 * A progress bar on standard error, e.g. `[#####-----] 45% replication 2/5`. Drawn only when
 * standard error is a terminal, and only once a run has taken more than a second; redrawn at
 * most ten times a second; erased when the run ends. Standard output is never touched, so
 * JSON and CSV output stay clean.
 */

/** Where progress goes: anything with `write`; `isTTY` decides whether a bar is drawn. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

const BAR_WIDTH = 20;
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

export class ProgressBar {
  private readonly enabled: boolean;
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    /** Printed before the bar, e.g. the scenario id. */
    private readonly label = '',
  ) {
    this.enabled = stream.isTTY === true;
  }

  /** Report progress: `done` is the share of the whole task done (0–1). */
  update(done: number, detail = ''): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\x1b[K${renderBar(done, detail, this.label)}`);
  }

  /** Erase the bar (if one was drawn). */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** The bar's text, e.g. `baseline [#####-----] 45% replication 2/5`. */
export function renderBar(done: number, detail = '', label = ''): string {
  const share = Math.min(1, Math.max(0, Number.isFinite(done) ? done : 0));
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
  return [label, bar, detail].filter((s) => s !== '').join(' ');
}
