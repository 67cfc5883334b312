/**
 * `<trainer-view>`: a run played back on the statechart. Children move as dots between the
 * states, month by month, with Play, Pause, Step (one month) and a speed; a date readout;
 * what is true now (children in some states, in words) apart from the running totals since
 * the start (crises, children who left, disputes ended, the money spent by each payer), which
 * tick up as the months pass; screen readers hear the words now when playback stops. Space plays and pauses and → steps while
 * focus is in the view. With reduced motion preferred, dots jump a month at a time.
 *
 * Properties in: `run` (a movement log from the worker), `layout`, and for the story
 * `startMonth` and `highlight`. Time is kept here as months from the start (fractional while
 * playing); every number shown is read from the run for the current whole month.
 */
import type { MovementRun } from '@send-sim/sim-core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { fitStyles, sharedStyles } from '../app/shared-styles.js';
import { formatCount, formatMoney, formatNumber } from '../text/format.js';
import { type ChartLayout, DRAWN_REGIONS } from './statechart-layout.js';
import { placeDots } from './trainer-dots.js';
import {
  advanceClock,
  countsAt,
  cumulativeCosts,
  dayAt,
  monthCount,
  monthName,
  totalsAt,
  wholeMonth,
} from './trainer-playback.js';
import './running-cost.js';
import './statechart-view.js';

/** Playback speeds: simulated months per second of real time. */
export const SPEEDS = [
  { id: '1', label: '1×', monthsPerSecond: 0.5 },
  { id: '4', label: '4×', monthsPerSecond: 2 },
  { id: '16', label: '16×', monthsPerSecond: 8 },
  // A ten-year run takes 15 seconds at 16×; at 64× under four, to show the whole run at a glance.
  { id: '64', label: '64×', monthsPerSecond: 32 },
] as const;

export class TrainerView extends LitElement {
  static override properties = {
    run: { attribute: false },
    layout: { attribute: false },
    startMonth: { type: Number },
    highlight: { attribute: false },
    t: { state: true },
    playing: { state: true },
    speed: { state: true },
  };

  declare run: MovementRun | undefined;
  declare layout: ChartLayout | undefined;
  declare startMonth: number;
  declare highlight: readonly string[];
  /** Months from the start of the run. */
  declare t: number;
  declare playing: boolean;
  declare speed: (typeof SPEEDS)[number]['id'];

  private frame = 0;
  private lastFrame = 0;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    this.run = undefined;
    this.layout = undefined;
    this.startMonth = 0;
    this.highlight = [];
    this.t = 0;
    this.playing = false;
    this.speed = '1';
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0.5rem 0;
      }
      button {
        font: inherit;
        padding: 0.35rem 0.9rem;
        border: 2px solid #0b0c0c;
        border-radius: 4px;
        background: #f3f2f1;
        cursor: pointer;
      }
      button.primary {
        background: #00703c;
        border-color: #00703c;
        color: #fff;
        min-width: 5.5rem;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        gap: 0.6rem;
        align-items: center;
      }
      legend {
        float: left;
        margin-right: 0.4rem;
        font-weight: 600;
      }
      .date {
        font-size: 1.25rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .summary {
        margin: 0.25rem 0;
      }
      .readouts {
        display: grid;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      .readout {
        padding-left: 0.75rem;
        border-left: 5px solid #1d70b8;
        min-width: 0;
      }
      /* Dashed, like the boxes of the totals on the chart: running totals, not counts now. */
      .readout.so-far {
        border-left: 5px dashed #505a5f;
      }
      h3 {
        margin: 0;
        font-size: 1rem;
      }
      .meta {
        color: #505a5f;
        font-size: 0.85rem;
      }
    `,
  ];

  /** The whole month shown (figures are read at its start). */
  get month(): number {
    return this.run === undefined ? 0 : wholeMonth(this.t, monthCount(this.run));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('run') || changed.has('startMonth')) {
      this.pause();
      this.t = this.run === undefined ? 0 : Math.min(this.startMonth, monthCount(this.run));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
  }

  play(): void {
    const run = this.run;
    if (run === undefined || this.playing) return;
    if (this.month >= monthCount(run)) this.t = 0;
    this.playing = true;
    this.lastFrame = performance.now();
    this.frame = requestAnimationFrame((now) => this.tick(now));
  }

  pause(): void {
    cancelAnimationFrame(this.frame);
    this.playing = false;
    this.t = this.month;
  }

  /** One month on (pausing first). */
  step(): void {
    if (this.run === undefined) return;
    this.pause();
    this.t = Math.min(this.month + 1, monthCount(this.run));
  }

  private tick(now: number): void {
    const run = this.run;
    if (run === undefined || !this.playing) return;
    const perSecond = SPEEDS.find((s) => s.id === this.speed)!.monthsPerSecond;
    this.t = advanceClock(this.t, now - this.lastFrame, perSecond, monthCount(run));
    this.lastFrame = Math.max(this.lastFrame, now);
    if (this.t >= monthCount(run)) {
      this.pause();
      return;
    }
    this.frame = requestAnimationFrame((next) => this.tick(next));
  }

  override render() {
    const run = this.run;
    if (run === undefined || this.layout === undefined) return null;
    const month = this.month;
    const months = monthCount(run);
    const date = monthName(run.monthDates[month]!);
    const counts = Object.fromEntries(DRAWN_REGIONS.map((r) => [r, countsAt(run, r, month)]));
    const totals = Object.fromEntries(DRAWN_REGIONS.map((r) => [r, totalsAt(run, r, month)]));
    const costs = cumulativeCosts(run, month);
    const start = monthName(run.monthDates[0]!);
    // Dots glide only while playing; paused, or with reduced motion, they sit at the month start.
    const tween = this.playing && !this.reducedMotion.matches;
    return html`<div class="view" @keydown=${this.onKeydown}>
      <div class="toolbar" role="group" aria-label="Playback">
        <button class="primary" id="play" @click=${() => (this.playing ? this.pause() : this.play())}>
          ${this.playing ? 'Pause' : 'Play'}
        </button>
        <button id="step" @click=${() => this.step()} ?disabled=${month >= months}>Step one month</button>
        <fieldset>
          <legend>Speed</legend>
          ${SPEEDS.map(
            (s) => html`<label
              ><input type="radio" name="speed" value=${s.id} .checked=${this.speed === s.id}
                @change=${() => (this.speed = s.id)} />
              ${s.label}</label
            >`,
          )}
        </fieldset>
        <span class="date" id="date" data-month=${month}>${date}</span>
        <span>(month ${month} of ${months})</span>
      </div>
      <div class="readouts">
        <div class="readout now">
          <h3 id="now-title">Now: ${date}</h3>
          <p class="summary" id="summary" aria-live=${this.playing ? 'off' : 'polite'}>
            ${this.summary(date, counts)}
          </p>
        </div>
        <div class="readout so-far">
          <h3 id="so-far-title">Running totals since ${start}</h3>
          <p class="summary" id="so-far">${this.soFar(start, totals, costs.public, costs.family)}</p>
          <running-cost .costs=${costs} .from=${run.monthDates[0]!} .to=${run.monthDates[month]!}></running-cost>
        </div>
      </div>
      <statechart-view
        tabindex="0"
        aria-label="Statechart. Press Space to play or pause, the right arrow to step one month."
        .layout=${this.layout}
        .counts=${counts}
        .totals=${totals}
        .dots=${placeDots(run, this.layout, tween ? dayAt(run, this.t) : run.monthStarts[month]!, tween)}
        .highlight=${this.highlight}
        .scale=${run.scale}
      ></statechart-view>
      <p class="meta" id="trainer-meta">
        ${run.scenarioName}: seed ${run.seed}, replication ${run.replication + 1}, ${run.years} years from
        ${run.startDate}, scale ${run.scale} (${formatNumber(run.childrenSimulated)} children simulated, each
        standing for ${formatNumber(1 / run.scale)} in England), model version ${run.modelVersion}. Counts are all
        children in each state, weighted to England; each dot is one simulated child (${run.children.length}
        chosen evenly), larger, red and ringed in black while it moves. Dashed boxes below a dashed line show
        totals since the start of the run instead.
      </p>
    </div>`;
  }

  /** Children in some states now, in words (the running totals are apart, in `soFar`). */
  private summary(date: string, counts: Record<string, Record<string, number>>): string {
    const need = counts.need ?? {};
    const s = counts.support ?? {};
    const r = counts.redress ?? {};
    const n = (x: number | undefined) => formatCount(x ?? 0, this.run?.scale ?? 1);
    return (
      `${date}: ${n(s.senSupport)} children on SEN support, ${n(s['earlyHelp.waiting'])} waiting for early help, ` +
      `${n(s['statutory.assessing.waitingForEP'])} waiting for an educational psychologist, ` +
      `${n(s['statutory.plan'])} with an EHC plan, ${n(r['awaitingHearing.queued'])} appeals waiting for a hearing; ` +
      `${n(need.unmet)} with a need not met and ${n(need.crisis)} in crisis.`
    );
  }

  /** What has happened since the start of the run, in words: totals that only grow. */
  private soFar(
    start: string,
    totals: Record<string, Record<string, number>>,
    publicSpending: number,
    families: number,
  ): string {
    const n = (x: number | undefined) => formatCount(x ?? 0, this.run?.scale ?? 1);
    const r = totals.redress ?? {};
    return (
      `Since ${start}: ${n(totals.need?.crisis)} crises, ${n(totals.support?.ended)} children have left the system, ` +
      `${n(r.decided)} appeals decided by the tribunal, ${n(r.conceded)} conceded by the local authority and ` +
      `${n(r.withdrawn)} withdrawn; ${formatMoney(publicSpending)} of public spending, and ${formatMoney(families)} of cost to families.`
    );
  }

  private onKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    const control =
      target instanceof HTMLElement && /^(BUTTON|INPUT|SELECT|TEXTAREA|A)$/.test(target.tagName);
    if (event.key === ' ' && !control) {
      event.preventDefault();
      if (this.playing) this.pause();
      else this.play();
    } else if (event.key === 'ArrowRight' && !(target instanceof HTMLInputElement)) {
      event.preventDefault();
      this.step();
    }
  }
}

customElements.define('trainer-view', TrainerView);

declare global {
  interface HTMLElementTagNameMap {
    'trainer-view': TrainerView;
  }
}
