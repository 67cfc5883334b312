/**
 * `<cost-by-payer>`: who pays, over the whole run: each payer's baseline and reform cost and
 * the paired change with its 95% interval, at 2025/26 prices, so transfers between payers are
 * as visible as the net change. The nine public payers come first with their subtotal, public
 * spending; the cost to families is its own row below it, never folded in; the last row adds the
 * two and says so ("public spending plus cost to families"). Each figure is rounded by sim-core's precision rule (£bn, £m or
 * £, as precise as its interval), as the headline quotes it. Each change says whether it is fit
 * to quote (sim-core's `fitToQuote`); on the printed briefing (`compact`) a change that is not is
 * not quoted at all, only named as such. Below the table, the reform's value for money:
 * public spending per child-year of unmet need avoided, by sim-core's rule (`valueForMoney`),
 * or "not defined" when the reform does not clearly reduce unmet need.
 */
import {
  COST_TABLE_ORDER,
  type Comparison,
  type CostKey,
  costLabel,
  fitToQuote,
  PRICE_BASE,
  PUBLIC_SPENDING_LABEL,
  quoteWords,
  VFM_LABEL,
  valueForMoneyWords,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import {
  figureTableStyles,
  ruledTableStyles,
  stackedTableStyles,
  tableStyles,
} from '../app/shared-styles.js';
import { formatChangeWithInterval, formatPair, TYPESET } from '../text/format.js';

export class CostByPayer extends LitElement {
  static override properties = {
    comparison: { attribute: false },
    period: { type: String },
    compact: { type: Boolean, reflect: true },
  };

  declare comparison: Comparison | undefined;
  /** The years covered, e.g. `2023–2032`. */
  declare period: string;
  /** Tight rows for the printed briefing. */
  declare compact: boolean;

  constructor() {
    super();
    this.comparison = undefined;
    this.period = '';
    this.compact = false;
  }

  static override styles = [
    tableStyles,
    ruledTableStyles,
    figureTableStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      th,
      td {
        padding: 0.35rem 0.6rem;
      }
      td.quote {
        text-align: left;
        font-size: 0.85rem;
        max-width: 22rem;
      }
      tr.total th,
      tr.total td {
        font-weight: 700;
        border-top: 2px solid #0b0c0c;
      }
      tr.combined th,
      tr.combined td {
        font-weight: 400;
        border-top: 2px solid #0b0c0c;
      }
      /* On the one-page briefing: tight rows, and each change with its interval on one line. */
      :host([compact]) th,
      :host([compact]) td {
        padding: 0.25mm 1.2mm;
      }
      :host([compact]) td {
        white-space: nowrap;
      }
      :host([compact]) caption {
        padding-bottom: 0.8mm;
      }
      p.vfm {
        margin: 0.5rem 0 0;
      }
      :host([compact]) p.vfm {
        margin: 0.8mm 0 0;
      }
    `,
    stackedTableStyles,
    css`
      /* Stacked on a phone: the combined row's rule above its whole block, as for the totals. */
      @media screen and (max-width: 40rem) {
        tr.combined th,
        tr.combined td {
          border-top: 0;
        }
        tr.combined {
          border-top: 2px solid #0b0c0c;
        }
      }
    `,
  ];

  override render() {
    const comparison = this.comparison;
    if (comparison === undefined) return null;
    const byMetric = new Map(comparison.differences.map((d) => [d.metric, d]));
    const scale = comparison.reform.scale;
    // Public spending and the cost to families are the two figures that matter: each in bold.
    const rowClass = (payer: CostKey) =>
      payer === 'public' || payer === 'family' ? 'total' : payer === 'total' ? 'combined' : '';
    const rowLabel = (payer: CostKey) =>
      payer === 'public' ? `${PUBLIC_SPENDING_LABEL} (the nine public payers above)` : costLabel(payer);
    const row = (payer: CostKey) => {
      const d = byMetric.get(`cost_${payer}`);
      if (d === undefined) return null;
      const [baseline, reform] = formatPair('money', d.baseline, d.reform, scale);
      const quote = fitToQuote(comparison, d.metric);
      const change =
        this.compact && !quote.fit
          ? 'Not fit to quote'
          : formatChangeWithInterval('money', d.difference, scale);
      return html`<tr
        class=${rowClass(payer)}
        data-payer=${payer}
        data-fit-to-quote=${quote.fit ? 'yes' : 'no'}
      >
        <th scope="row">${rowLabel(payer)}</th>
        <td data-label="Baseline">${baseline}</td>
        <td data-label="Reform">${reform}</td>
        <td data-label="Change">${change}</td>
        ${
          this.compact
            ? null
            : html`<td data-label="Fit to quote" class="quote">
                ${quote.fit ? 'Yes' : quoteWords(quote, TYPESET).text.replace(/^Not fit to quote: /, 'No: ')}
              </td>`
        }
      </tr>`;
    };
    return html`<table>
      <caption>
        Cost by payer over ${this.period},
        ${this.comparison?.reform.prices === 'cash' ? 'in cash (each year’s own prices)' : `at ${PRICE_BASE} prices`}:
        public spending, then the cost to
        families
      </caption>
      <thead>
        <tr>
          <th scope="col">Payer</th>
          <th scope="col">Baseline</th>
          <th scope="col">Reform</th>
          <th scope="col">Change (reform − baseline)</th>
          ${this.compact ? null : html`<th scope="col">Fit to quote?</th>`}
        </tr>
      </thead>
      <tbody>
        ${COST_TABLE_ORDER.map(row)}
      </tbody>
    </table>
    ${
      comparison.valueForMoney === undefined
        ? null
        : html`<p class="vfm" data-vfm>
            <strong>${VFM_LABEL}:</strong>
            ${valueForMoneyWords(comparison.valueForMoney, TYPESET).perChildYearAvoided}
          </p>`
    }`;
  }
}

customElements.define('cost-by-payer', CostByPayer);

declare global {
  interface HTMLElementTagNameMap {
    'cost-by-payer': CostByPayer;
  }
}
