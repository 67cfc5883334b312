/**
 * `<calibration-check>`: the target-by-target calibration table, made in the browser. The
 * baseline file records how its parameters were fitted and how many targets pass; this runs
 * the backtest again in a worker (as `sendsim calibrate` does) and lists every published
 * target with the model's value and its 95% interval, the tolerance, and pass or MISS in
 * words, so a miss is never hidden in a count. Cancel stops the worker. Periods and units are
 * said in plain words ("school year 2021/22", "£ a year", per cent), not the targets file's codes.
 */
import {
  type CalibrationReport,
  type CalibrationRow,
  childWeight,
  type Estimate,
  quantityOfUnit,
  writeEstimate,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import {
  buttonStyles,
  focusRing,
  ruledTableStyles,
  stackedTableStyles,
  tableStyles,
} from '../app/shared-styles.js';
import { formatNumber, TYPESET } from '../text/format.js';
import { scaleWords } from '../text/scale-words.js';
import { startSimulationWorker } from '../worker/worker-job.js';
import type { BacktestAnswer, BacktestMessage, BacktestOptions } from '../worker/worker-protocol.js';
import { targetLabel } from './calibration-labels.js';
import { CALIBRATION_TARGETS_TEXT } from './calibration-targets.js';
import '../app/run-progress.js';

/** A quick look, in seconds: not the fit's own check, so a few more misses are expected. */
const QUICK: BacktestOptions = { seed: 1, replications: 2, scale: 0.002 };

export class CalibrationCheck extends LitElement {
  static override properties = {
    asFitted: { attribute: false },
    state: { state: true },
    progress: { state: true },
    report: { state: true },
    error: { state: true },
  };

  /** The options the fit was checked with (from the baseline's calibration record). */
  declare asFitted: BacktestOptions | undefined;
  declare state: 'idle' | 'running' | 'done' | 'error';
  declare progress: number;
  declare report: CalibrationReport | undefined;
  declare error: string;

  private worker: Worker | undefined;
  private runId = 0;

  constructor() {
    super();
    this.asFitted = undefined;
    this.state = 'idle';
    this.progress = 0;
    this.report = undefined;
    this.error = '';
  }

  static override styles = [
    tableStyles,
    ruledTableStyles,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      button:focus-visible {
        ${focusRing}
      }
      table {
        font-size: 0.9rem;
        margin-top: 0.5rem;
      }
      caption {
        padding-bottom: 0.3rem;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.25rem 0.5rem;
      }
      .num {
        text-align: right;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      /* Headings and the allowed difference are words: they wrap, so the table fits a laptop. */
      th.num,
      td.tolerance {
        white-space: normal;
      }
      td.tolerance {
        min-width: 7rem;
      }
      td.period {
        min-width: 6rem;
      }
      td.result {
        min-width: 9rem;
      }
      tr.miss td.result {
        font-weight: 700;
        color: #d4351c;
      }
      .note {
        color: #505a5f;
        font-size: 0.85rem;
      }
    `,
    stackedTableStyles,
  ];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    if (CALIBRATION_TARGETS_TEXT === undefined) {
      return html`<p>
        The published targets were not bundled with this copy of the app; <code>sendsim calibrate</code> prints
        the target-by-target table.
      </p>`;
    }
    const fitted = this.asFitted;
    return html`
      <p>
        See every published target, the model's value and pass or miss by running the backtest here (in the
        background; the page stays usable).
      </p>
      <div class="buttons">
        ${
          fitted === undefined
            ? null
            : html`<button type="button" id="backtest-as-fitted" ?disabled=${this.state === 'running'} @click=${() => this.start(fitted)}>
                Run the backtest as the fit was checked (seed ${fitted.seed}, ${fitted.replications} replications,
                scale ${fitted.scale}: ${scaleWords(fitted.scale)}; up to a minute or two)
              </button>`
        }
        <button type="button" id="backtest-quick" ?disabled=${this.state === 'running'} @click=${() => this.start(QUICK)}>
          Quick check (${QUICK.replications} replications, scale ${QUICK.scale}: ${scaleWords(QUICK.scale)}; a few
          seconds, less precise)
        </button>
        ${this.state === 'running' ? html`<button type="button" id="backtest-cancel" @click=${this.cancel}>Cancel</button>` : null}
      </div>
      ${this.state === 'running' ? html`<run-progress .value=${this.progress} label="Backtest progress"></run-progress>` : null}
      ${this.state === 'error' ? html`<p role="alert">The backtest failed: ${this.error}</p>` : null}
      ${this.state === 'done' && this.report !== undefined ? this.renderReport(this.report) : null}
    `;
  }

  private renderReport(report: CalibrationReport) {
    const { meta, summary } = report;
    const missed = summary.evaluated - summary.passed;
    return html`<table id="calibration-targets">
      <caption>
        ${summary.passed} of ${summary.targets} published targets pass, ${missed} are missed and
        ${summary.targets - summary.evaluated} cannot be evaluated (backtest from ${meta.startDate}, seed ${meta.seed},
        ${meta.reps} replications, scale ${meta.scale}: ${scaleWords(meta.scale)}, model version ${meta.modelVersion})
      </caption>
      <thead>
        <tr>
          <th scope="col">Published figure</th>
          <th scope="col">When</th>
          <th scope="col" class="num">Published value</th>
          <th scope="col" class="num">Model's value (95% interval)</th>
          <th scope="col" class="num">Allowed difference</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        ${report.rows.map((row) => this.renderRow(row, report.meta.scale))}
      </tbody>
    </table>`;
  }

  private renderRow(row: CalibrationRow, scale: number) {
    const t = row.target;
    const fmt = (x: number) => targetValue(x, t.unit);
    const label = targetLabel(t.metric);
    const tolerance =
      t.toleranceIsAbsolute !== true
        ? `±${Math.round(t.tolerance * 100)}% of the published value`
        : t.unit.startsWith('share')
          ? `±${formatNumber(t.tolerance * 100, 1)} percentage points`
          : `±${fmt(t.tolerance)}`;
    const model = row.model === null ? '–' : modelValue(row.model, t.unit, scale);
    return html`<tr class=${row.status === 'miss' ? 'miss' : row.status === 'pass' ? 'pass' : 'not-evaluated'} data-metric=${t.metric} data-period=${t.period}>
      <td>${label}<br /><span class="note">${plainTargetUnit(t.unit)}; source: ${t.source}</span></td>
      <td class="period" data-label="When">${plainPeriod(t.period)}</td>
      <td class="num" data-label="Published value">${fmt(t.value)}</td>
      <td class="num" data-label="Model's value (95% interval)">${model}</td>
      <td class="num tolerance" data-label="Allowed difference">${tolerance}</td>
      <td class="result" data-label="Result">
        ${row.status === 'miss' ? 'MISS: outside the allowed difference' : row.status === 'pass' ? 'pass' : 'not evaluated'}${
          row.note === '' ? null : html`<br /><span class="note">${row.note}</span>`
        }
      </td>
    </tr>`;
  }

  private start(options: BacktestOptions): void {
    const targets = CALIBRATION_TARGETS_TEXT;
    if (targets === undefined) return;
    this.stop();
    this.runId += 1;
    this.state = 'running';
    this.progress = 0;
    this.report = undefined;
    const worker = startSimulationWorker();
    worker.addEventListener('message', (event: MessageEvent<BacktestAnswer>) => this.receive(event.data));
    worker.addEventListener('error', (event) =>
      this.fail(event.message || 'the backtest worker failed to start'),
    );
    this.worker = worker;
    const message: BacktestMessage = { type: 'backtest', runId: this.runId, options, targets };
    worker.postMessage(message);
  }

  private cancel(): void {
    this.stop();
    this.state = 'idle';
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(reply: BacktestAnswer): void {
    if (reply.runId !== this.runId || this.state !== 'running') return;
    if (reply.type === 'backtest-progress') {
      this.progress = reply.done;
    } else if (reply.type === 'backtest-done') {
      this.stop();
      this.report = reply.report;
      this.state = 'done';
    } else {
      this.fail(reply.message);
    }
  }

  private fail(message: string): void {
    this.stop();
    this.error = message;
    this.state = 'error';
  }
}

/** The model's value with its 95% interval, rounded by sim-core's precision rule (as `sendsim calibrate` writes it). */
function modelValue(e: Estimate, unit: string, scale: number): string {
  const w = writeEstimate(e, { quantity: quantityOfUnit(unit), weight: childWeight(scale) }, {}, TYPESET);
  return e.lo < e.hi ? `${w.mean} (${w.lo} to ${w.hi})` : `${w.mean} (no interval)`;
}

/** A target's value as `sendsim calibrate` writes it: shares in per cent, small numbers to one decimal. */
function targetValue(x: number, unit: string): string {
  if (unit.startsWith('share')) return `${formatNumber(x * 100, 1)}%`;
  return formatNumber(x, Math.abs(x) < 100 && !Number.isInteger(x) ? 1 : 0);
}

/** A target's period in words: `AY 2021/22` → `school year 2021/22`, `CY 2019` → `calendar year 2019`. */
export function plainPeriod(period: string): string {
  const [code, rest = ''] = period.split(' ', 2);
  switch (code) {
    case 'AY':
      return `school year ${rest}`;
    case 'CY':
      return `calendar year ${rest}`;
    case 'FY':
      return `financial year ${rest}`;
    case 'Jan':
      return `January ${rest}`;
    default:
      return period;
  }
}

/** A target's unit in words: `£` for GBP, per cent for a share (`share of all plans` → `per cent of all plans`). */
export function plainTargetUnit(unit: string): string {
  if (unit === 'share') return 'per cent';
  return unit
    .replace(/^share\b/, 'per cent')
    .replace(/^GBP per EHCP pupil per year$/, '£ per pupil with an EHC plan, a year')
    .replace(/^GBP per year$/, '£ a year')
    .replace(/^GBP\b/, '£');
}

customElements.define('calibration-check', CalibrationCheck);

declare global {
  interface HTMLElementTagNameMap {
    'calibration-check': CalibrationCheck;
  }
}
