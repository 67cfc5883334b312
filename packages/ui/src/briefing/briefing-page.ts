/**
 * `<briefing-page>`: the printable one-page A4 briefing for one reform, for a parent carer
 * forum to hand to the Department: the generated headline, the headline outcomes (the cards'
 * figures, so every number the headline quotes is on the page, written the same way), the key
 * chart (the outcome the headline leads with), the cost-by-payer table, the key assumptions and their sources, the
 * known limits, and everything needed to reproduce the run (seed, replications, scale, years,
 * model version, the CLI command). It quotes only results fit to quote (sim-core's
 * `fitToQuote`, whose rule it states): a change that is not is named "Not fit to quote", never
 * given. `<send-app>` renders it only while printing, and its print
 * stylesheet then shows only this (off screen and hidden from assistive technology otherwise). The only date is "printed
 * on": results never depend on the clock.
 *
 * One page whatever the reform: the briefing is laid out identically on screen (off screen)
 * and on paper, so after each render it is measured and, if taller than an A4 page inside
 * its margins, zoomed to fit (a package of many levers has a lot of evidence to cite).
 */
import {
  type Comparison,
  FIT_TO_QUOTE_RULE,
  fitToQuote,
  METRICS,
  verdictWords,
  writeHeadline,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { HEADLINE_METRICS } from '../comparison/headline-metrics.js';
import { formatChangeWithInterval, formatPair } from '../text/format.js';
import { evidenceText, formatParameterValue, STATUS_KEY } from '../text/parameter-text.js';
import { scaleWords } from '../text/scale-words.js';
import type { SimulationResults } from '../worker/worker-protocol.js';
import { type KeyAssumptions, keyAssumptions, type ParameterChange } from './key-assumptions.js';
import '../comparison/cost-by-payer.js';
import '../app/known-limits.js';
import '../comparison/reform-headline.js';
import '../charts/series-chart.js';

/** The height inside A4's margins (297 mm − 2 × 12 mm, as `@page` in index.html sets), in CSS pixels. */
const PAGE_HEIGHT_PX = ((297 - 2 * 12) * 96) / 25.4;

/** Changed parameters listed on the page; the rest are on the assumptions page. */
const MAX_CHANGES = 4;

export class BriefingPage extends LitElement {
  static override properties = {
    results: { attribute: false },
    reformIndex: { type: Number },
    lead: { attribute: false },
  };

  declare results: SimulationResults | undefined;
  declare reformIndex: number;
  /** The outcome the headline names first and the chart shows (`writeHeadline`'s `lead`), if chosen. */
  declare lead: string | undefined;

  private assumptionsFor: { key: string; value: KeyAssumptions | undefined } | undefined;

  constructor() {
    super();
    this.results = undefined;
    this.reformIndex = 0;
    this.lead = undefined;
  }

  static override styles = css`
    :host {
      display: block;
      /* Laid out (so the chart has a size) but off screen until printed. */
      position: absolute;
      left: -10000px;
      top: 0;
      width: 186mm;
      visibility: hidden;
      font-size: 7.5pt;
      line-height: 1.25;
      color: #0b0c0c;
    }
    @media print {
      :host {
        position: static;
        visibility: visible;
      }
    }
    h1 {
      font-size: 13pt;
      margin: 0 0 0.5mm;
    }
    h2 {
      font-size: 9pt;
      margin: 1.5mm 0 0.5mm;
    }
    .run {
      margin: 0 0 2mm;
      color: #505a5f;
    }
    cost-by-payer {
      font-size: 7pt;
    }
    ul.levers {
      margin: 0;
      padding-left: 4mm;
      font-size: 7pt;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 6.5pt;
      margin-top: 0.8mm;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.3mm 1.2mm;
      border-bottom: 0.5pt solid #b1b4b6;
    }
    td.num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    caption.small {
      text-align: left;
    }
    .small {
      font-size: 6.5pt;
      color: #505a5f;
      margin: 1mm 0 0;
    }
    footer {
      margin-top: 2mm;
      padding-top: 1mm;
      border-top: 1pt solid #0b0c0c;
      font-size: 6.5pt;
    }
    code {
      font-size: 6.5pt;
    }
  `;

  override render() {
    const results = this.results;
    const comparison = results?.comparisons[this.reformIndex];
    const reform = results?.reforms[this.reformIndex];
    if (results === undefined || comparison === undefined || reform === undefined) return null;
    const m = results.baseline.meta;
    const years = results.baseline.years;
    const period = `${years[0]}–${years[years.length - 1]}`;
    const lead = this.lead === undefined ? {} : { lead: this.lead };
    const keyMetric = writeHeadline(comparison, undefined, lead).outcomes[0]?.metric ?? 'ehcp_stock_all_ages';
    const keyLabel = METRICS.find((d) => d.id === keyMetric)?.label ?? keyMetric;
    const percent = Number((m.scale * 100).toPrecision(3));
    const printedOn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    return html`<article aria-hidden="true" data-reform=${reform.meta.scenario}>
      <h1>${reform.meta.scenarioName}: a simulator briefing</h1>
      <p class="run">
        Compared with ${m.scenarioName}, ${period}. Seed ${m.seed}, ${m.reps} replications, ${m.years} years
        from ${m.startDate}, scale ${m.scale} (${percent}% of England, ${scaleWords(m.scale)}; results weighted to
        England), model version ${m.modelVersion}. Changes are paired replication by replication, each with its
        95% interval, and given only where fit to quote: ${FIT_TO_QUOTE_RULE}
      </p>
      <reform-headline compact .comparison=${comparison} .lead=${this.lead}></reform-headline>
      ${this.renderOutcomes(comparison, period)}
      <h2>${keyLabel}</h2>
      <series-chart compact .baseline=${results.baseline} .reforms=${[reform]} .metric=${keyMetric}></series-chart>
      <cost-by-payer compact .comparison=${comparison} .period=${period}></cost-by-payer>
      ${this.renderAssumptions(comparison)}
      <known-limits compact></known-limits>
      <footer>
        Reproduce: <code>sendsim compare ${m.scenario} ${reform.meta.scenario} --seed ${m.seed} --reps ${m.reps}
        --years ${m.years} --scale ${m.scale}</code> (SEND system simulator, model version ${m.modelVersion}). Every
        parameter, its source and the calibration table: the app's assumptions page, or
        <code>sendsim describe ${reform.meta.scenario}</code>. Printed on ${printedOn}.
      </footer>
    </article>`;
  }

  /** Settles when the page has been laid out and zoomed to fit after the latest render. */
  fitted: Promise<void> = Promise.resolve();

  override updated(): void {
    const children = [...this.renderRoot.querySelectorAll('*')].filter((e) => e instanceof LitElement);
    this.fitted = Promise.all(children.map((child) => child.updateComplete)).then(() => this.fitToPage());
  }

  /** Zoom the article so it fits one page (never enlarge it). */
  private fitToPage(): void {
    const article = this.renderRoot.querySelector('article');
    if (article === null) return;
    article.style.zoom = '';
    const height = article.getBoundingClientRect().height;
    const zoom = height > PAGE_HEIGHT_PX ? Math.floor((PAGE_HEIGHT_PX / height) * 100) / 100 : 1;
    article.style.zoom = zoom < 1 ? String(zoom) : '';
    article.dataset.zoom = String(zoom);
  }

  /** The headline cards as one table (public spending and the cost to families are in the cost table below). */
  private renderOutcomes(comparison: Comparison, period: string) {
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    const scale = comparison.reform.scale;
    const endYear = Number(comparison.reform.startDate.slice(0, 4)) + comparison.reform.years;
    const rows = HEADLINE_METRICS.filter((m) => m.kind !== 'money').flatMap((m) => {
      const d = byMetric.get(m.id);
      return d === undefined ? [] : [{ m, d }];
    });
    const verdict = { better: 'Better', worse: 'Worse', unclear: 'No clear change' } as const;
    return html`<table class="outcomes">
      <caption class="small">
        Headline outcomes, ${period} (plans in force in January ${endYear}; the others over the run): mean of
        ${comparison.reform.reps} replications, and the paired change with its 95% interval.
      </caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col">Baseline</th>
          <th scope="col">Reform</th>
          <th scope="col">Change (reform − baseline)</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ m, d }) => {
          const fit = fitToQuote(comparison, m.id).fit;
          return html`<tr data-metric=${m.id} data-fit-to-quote=${fit ? 'yes' : 'no'}>
            <td>${m.label}</td>
            ${formatPair(m.kind, d.baseline, d.reform, scale).map((f) => html`<td class="num">${f}</td>`)}
            <td class="num change">${fit ? formatChangeWithInterval(m.kind, d.difference, scale) : 'Not fit to quote'}</td>
            <td>${fit ? verdict[verdictWords(d, comparison.reform).verdict] : 'Not quoted'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderAssumptions(comparison: Comparison) {
    const key = `${comparison.baseline.scenario} ${comparison.reform.scenario}`;
    if (this.assumptionsFor?.key !== key) {
      // describeModel compiles the statechart: do it once per reform, not on every render.
      this.assumptionsFor = {
        key,
        value: keyAssumptions(comparison.baseline.scenario, comparison.reform.scenario),
      };
    }
    const a = this.assumptionsFor.value;
    if (a === undefined) {
      return html`<h2>Key assumptions and sources</h2>
        <p>This scenario is not in the app's library; see its file for its assumptions.</p>`;
    }
    const shown = a.changes.slice(0, MAX_CHANGES);
    const fit = a.calibration;
    return html`<h2>Key assumptions and sources</h2>
      <ul class="levers">
        ${a.levers.map((l) => html`<li><strong>${l.title}</strong> (${l.setting}). Evidence: ${l.evidence}</li>`)}
      </ul>
      ${shown.length === 0 ? null : this.renderChanges(shown)}
      <p class="small">
        ${a.changes.length > shown.length ? `${a.changes.length - shown.length} more changed parameters are on the assumptions page. ` : ''}Of
        the model's ${a.counts.total} parameters, ${a.counts.sourced} have a published source and ${a.counts.assumptions}
        are stated assumptions. ${STATUS_KEY}
        ${
          fit === null
            ? 'The baseline has not been calibrated.'
            : `Calibration: in its backtest (${fit.backtest}), ${fit.result.passed} of ${fit.result.targets} published targets are within tolerance and ${fit.result.evaluated - fit.result.passed} are missed (${fit.result.targets - fit.result.evaluated} cannot be evaluated).`
        }
      </p>`;
  }

  /** The changed parameters; when a lever set them all, its evidence (above) is their source. */
  private renderChanges(shown: readonly ParameterChange[]) {
    const byLever = shown.every((c) => c.reform.changedBy?.startsWith('lever:'));
    return html`<table>
      <caption class="small">
        ${byLever ? 'Parameters the reform changes; the lever above sets them, so its evidence is their source.' : 'Parameters the reform changes.'}
      </caption>
      <thead>
        <tr>
          <th scope="col">What the reform changes</th>
          <th scope="col">Baseline</th>
          <th scope="col">Reform</th>
          ${byLever ? null : html`<th scope="col">Source of the reform's value</th>`}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (c) => html`<tr>
            <td>${c.reform.meaning} <code>${c.reform.key}</code></td>
            <td class="num">${formatParameterValue(c.baseline.value)}</td>
            <td class="num">${formatParameterValue(c.reform.value)} ${c.reform.unit}</td>
            ${
              byLever
                ? null
                : html`<td>
                  ${c.reform.changedBy?.startsWith('lever:') ? 'Set by the lever above (its evidence applies).' : evidenceText(c.reform)}
                </td>`
            }
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('briefing-page', BriefingPage);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-page': BriefingPage;
  }
}
