/**
 * `<trainer-mode>`: the trainer's page. The statechart, read from the xstate machine, is on
 * screen at once; "Prepare the animation" runs one replication of a chosen scenario in the
 * worker and plays it back (`<trainer-view>`); "Prepare the story" runs the baseline and the
 * story's reform with their paired comparison and walks through it (`<story-mode>`).
 *
 * The defaults are chosen for the story: 10 years, because early help costs money at once and
 * saves it only years later (a 3-year run shows only the cost), and scale 0.0025 with 12
 * replications, the smallest run at which the story's whole-run changes in cost and crises are
 * clear by the project's rule (`judgeChange`) for the seeds tried (1 to 3), while the animation,
 * which traces every child, stays quick (the whole story took 14 to 18 s in Chromium on two cores).
 */
import { createJourneyMachine, journeyGraph, MOVEMENT_MAX_SCALE } from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { BASELINE_ID, REFORM_OPTIONS, resolveScenarioById } from '../app/scenarios.js';
import { fitStyles, sharedStyles } from '../app/shared-styles.js';
import { STORY_REFORM } from '../story/story-content.js';
import { StoryController } from '../story/story-controller.js';
import type { TrainerRequest } from '../worker/worker-protocol.js';
import { layoutStatechart } from './statechart-layout.js';
import { TrainerController } from './trainer-controller.js';
import '../app/run-progress.js';
import './statechart-view.js';
import '../story/story-mode.js';
import './trainer-view.js';

/** Children drawn as dots: enough to see flows, few enough to draw every frame. */
const SAMPLE_SIZE = 200;

interface Field {
  readonly key: 'seed' | 'years' | 'scale' | 'replications';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

const FIELDS: readonly Field[] = [
  { key: 'seed', label: 'Seed', min: 0, max: 999_999, whole: true },
  { key: 'years', label: 'Years', min: 1, max: 10, whole: true },
  { key: 'scale', label: 'Scale', min: 0.0005, max: MOVEMENT_MAX_SCALE, whole: false },
  { key: 'replications', label: 'Replications (story)', min: 2, max: 20, whole: true },
];

export class TrainerMode extends LitElement {
  static override properties = {
    scenario: { state: true },
    values: { state: true },
    problem: { state: true },
  };

  declare scenario: string;
  declare values: Record<Field['key'], string>;
  declare problem: string;

  private readonly animation = new TrainerController(this);
  private readonly story = new StoryController(this);
  /** Drawn from the machine itself; the structure does not depend on the scenario's parameters. */
  private readonly layout = layoutStatechart(
    journeyGraph(createJourneyMachine(resolveScenarioById(BASELINE_ID).params)),
  );

  constructor() {
    super();
    this.scenario = BASELINE_ID;
    this.values = { seed: '1', years: '10', scale: '0.0025', replications: '12' };
    this.problem = '';
  }

  static override styles = [
    sharedStyles,
    fitStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: end;
        margin: 0.5rem 0 1rem;
      }
      label {
        display: flex;
        flex-direction: column;
        font-weight: 600;
        gap: 0.2rem;
      }
      input,
      select,
      button {
        font: inherit;
      }
      input {
        width: 7rem;
      }
      button {
        padding: 0.35rem 0.9rem;
        border: 2px solid #00703c;
        border-radius: 4px;
        background: #00703c;
        color: #fff;
        cursor: pointer;
      }
      section {
        border-top: 3px solid #0b0c0c;
        margin-top: 1.25rem;
      }
      h2 {
        font-size: 1.4rem;
        margin: 0.5rem 0;
      }
      .status {
        font-weight: 600;
      }
      [role='alert'] {
        border-left: 5px solid #d4351c;
        padding-left: 0.75rem;
      }
    `,
  ];

  override render() {
    const a = this.animation;
    const s = this.story;
    const story = s.result;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Trainer run options">
        <label
          >Scenario to animate
          <select id="scenario" .value=${this.scenario} @change=${this.onScenario}>
            <option value=${BASELINE_ID}>Baseline (today's system)</option>
            ${REFORM_OPTIONS.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
          </select>
        </label>
        ${FIELDS.map(
          (f) => html`<label
            >${f.label}
            <input name=${f.key} inputmode="decimal" .value=${this.values[f.key]} @input=${this.onInput} />
          </label>`,
        )}
        <button id="prepare" @click=${this.onPrepare}>Prepare the animation</button>
        <button id="prepare-story" @click=${this.onPrepareStory}>Prepare the story</button>
      </form>
      ${this.problem === '' ? null : html`<p role="alert">${this.problem}</p>`}
      <section aria-labelledby="animation-title">
        <h2 id="animation-title">Children moving through the system</h2>
        <p class="status" id="trainer-status" role="status" data-state=${a.state}>
          ${this.statusText(a.state, a.error, 'Press “Prepare the animation” to simulate the children shown here.')}
        </p>
        ${a.state === 'running' ? html`<run-progress .value=${a.progress} label="Animation progress"></run-progress>` : null}
        ${
          a.result !== undefined
            ? html`<trainer-view .run=${a.result} .layout=${this.layout}></trainer-view>`
            : s.state === 'done'
              ? null // the story below shows the chart; one empty copy above it would only add length
              : html`<statechart-view .layout=${this.layout}></statechart-view>`
        }
      </section>
      <section aria-labelledby="story-heading">
        <h2 id="story-heading">Story: does early help pay for itself?</h2>
        <p class="status" id="story-status" role="status" data-state=${s.state}>
          ${this.statusText(
            s.state,
            s.error,
            'Press “Prepare the story” to run today’s system and the reform, replication by replication, ' +
              'and follow every child in one replication of each.',
          )}
        </p>
        ${s.state === 'running' ? html`<run-progress .value=${s.progress} label="Story progress"></run-progress>` : null}
        ${
          story !== undefined
            ? html`<story-mode
                .data=${{ baseline: story.baseline, reform: story.reform, ...story.story }}
                .layout=${this.layout}
              ></story-mode>`
            : null
        }
      </section>
    `;
  }

  private statusText(state: string, error: string | undefined, idle: string): string {
    if (state === 'running') return 'Simulating… the page stays usable.';
    if (state === 'error') return `The run failed: ${error ?? 'unknown error'}`;
    if (state === 'done') return 'Ready.';
    return idle;
  }

  private onScenario(event: Event): void {
    this.scenario = (event.target as HTMLSelectElement).value;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, [input.name]: input.value };
  }

  /** The options as a request, or `undefined` with a message naming each bad value. */
  private request(): (Omit<TrainerRequest, 'scenario'> & { replications: number }) | undefined {
    const problems: string[] = [];
    const numbers = {} as Record<Field['key'], number>;
    for (const f of FIELDS) {
      const n = Number(this.values[f.key]);
      const ok = this.values[f.key].trim() !== '' && Number.isFinite(n) && n >= f.min && n <= f.max;
      if (!ok || (f.whole && !Number.isInteger(n))) {
        problems.push(
          `${f.label}: enter ${f.whole ? 'a whole number' : 'a number'} from ${f.min} to ${f.max}`,
        );
      }
      numbers[f.key] = n;
    }
    this.problem = problems.join('. ');
    if (problems.length > 0) return undefined;
    return { ...numbers, sampleSize: SAMPLE_SIZE };
  }

  private onPrepare(): void {
    const request = this.request();
    if (request !== undefined) this.animation.run({ ...request, scenario: this.scenario });
  }

  private onPrepareStory(): void {
    const request = this.request();
    if (request !== undefined) this.story.run(BASELINE_ID, STORY_REFORM, request);
  }
}

customElements.define('trainer-mode', TrainerMode);

declare global {
  interface HTMLElementTagNameMap {
    'trainer-mode': TrainerMode;
  }
}
