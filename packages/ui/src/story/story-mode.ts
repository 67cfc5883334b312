/**
 * `<story-mode>`: walks an audience through the prepared comparison (`story-content.ts`) one
 * step at a time, with Back and Next and "Step 2 of 6". Each step's narration is filled from
 * the runs (`story-facts.ts`) and the animation below shows the step's run at its moment,
 * with the states it talks about outlined; the last step adds the change in cost by payer
 * with its 95% intervals. Properties in: `data` (the two runs and their comparison), `layout`.
 */
import { css, html, LitElement } from 'lit';
import type { ChartLayout } from '../trainer/statechart-layout.js';
import { STORY } from './story-content.js';
import { fillStory, type StoryData, storyMonth } from './story-facts.js';
import '../comparison/cost-by-payer.js';
import { sharedStyles } from '../app/shared-styles.js';
import '../trainer/trainer-view.js';

export class StoryMode extends LitElement {
  static override properties = {
    data: { attribute: false },
    layout: { attribute: false },
    index: { state: true },
  };

  declare data: StoryData | undefined;
  declare layout: ChartLayout | undefined;
  declare index: number;

  constructor() {
    super();
    this.data = undefined;
    this.layout = undefined;
    this.index = 0;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .nav {
        display: flex;
        align-items: center;
        gap: 1rem;
        margin: 0.5rem 0;
      }
      button {
        font: inherit;
        padding: 0.35rem 1rem;
        border: 2px solid #0b0c0c;
        border-radius: 4px;
        background: #f3f2f1;
        cursor: pointer;
      }
      button:disabled {
        opacity: 0.45;
        cursor: default;
      }
      .narration {
        font-size: 1.15rem;
        max-width: 52rem;
        border-left: 5px solid #1d70b8;
        padding-left: 0.9rem;
        margin: 0.5rem 0 1rem;
      }
      h3 {
        margin: 0.25rem 0;
        font-size: 1.3rem;
      }
    `,
  ];

  override render() {
    const data = this.data;
    if (data === undefined || this.layout === undefined) return null;
    const step = STORY[this.index]!;
    const run = step.scenario === 'baseline' ? data.baseline : data.reform;
    const years = `${run.startDate.slice(0, 4)}–${Number(run.startDate.slice(0, 4)) + run.years - 1}`;
    return html`<section aria-labelledby="story-title">
      <div class="nav">
        <button id="back" @click=${() => this.go(-1)} ?disabled=${this.index === 0}>Back</button>
        <span id="story-position" aria-live="polite">Step ${this.index + 1} of ${STORY.length}</span>
        <button id="next" @click=${() => this.go(1)} ?disabled=${this.index === STORY.length - 1}>Next</button>
      </div>
      <h3 id="story-title" tabindex="-1">${fillStory(step.title, step, data)}</h3>
      <p class="narration" id="narration">${fillStory(step.narration, step, data)}</p>
      ${
        step.showCostByPayer
          ? html`<cost-by-payer .comparison=${data.comparison} .period=${years}></cost-by-payer>
              <p>
                ${data.comparison.reform.reps} replications, seed ${data.comparison.reform.seed}, scale
                ${data.comparison.reform.scale}.
              </p>`
          : null
      }
      <trainer-view
        .run=${run}
        .layout=${this.layout}
        .startMonth=${storyMonth(step, run)}
        .highlight=${step.highlight}
      ></trainer-view>
    </section>`;
  }

  private go(delta: number): void {
    this.index = Math.min(Math.max(this.index + delta, 0), STORY.length - 1);
  }
}

customElements.define('story-mode', StoryMode);

declare global {
  interface HTMLElementTagNameMap {
    'story-mode': StoryMode;
  }
}
