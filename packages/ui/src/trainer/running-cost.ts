/**
 * `<running-cost>`: the money spent since the start of the run, by public payer, then public
 * spending and the cost to families side by side (never added), as one row of figures that stays
 * above the statechart while it ticks month by month. Each cell
 * carries the exact pounds in `data-pounds` (what the tests compare with sim-core in Node).
 */
import {
  type CostKey,
  costLabel,
  FAMILY_COST_LABEL,
  PUBLIC_PAYERS,
  PUBLIC_SPENDING_LABEL,
} from '@send-sim/sim-core';
import { css, html, LitElement } from 'lit';
import { stackedTableStyles, tableStyles } from '../app/shared-styles.js';
import { formatMoney } from '../text/format.js';
import { monthName } from './trainer-playback.js';

const COLUMNS: readonly CostKey[] = [...PUBLIC_PAYERS, 'public', 'family'];

/** A payer's name without its parenthesis (the full name is the column's tooltip). */
const shortName = (p: CostKey) =>
  p === 'public'
    ? PUBLIC_SPENDING_LABEL
    : p === 'family'
      ? FAMILY_COST_LABEL
      : costLabel(p).replace(/ \(.*\)$/, '');

/** A column's tooltip: the payer's full name, or what public spending adds up. */
const fullName = (p: CostKey) =>
  p === 'public'
    ? `${PUBLIC_SPENDING_LABEL}: the ${PUBLIC_PAYERS.length} public payers before it`
    : p === 'family'
      ? `${FAMILY_COST_LABEL}: lost earnings, legal costs and private reports`
      : costLabel(p);

export class RunningCost extends LitElement {
  static override properties = {
    costs: { attribute: false },
    from: { type: String },
    to: { type: String },
  };

  /** Pounds spent so far, by payer and in sums (`cumulativeCosts`). */
  declare costs: Readonly<Record<CostKey, number>> | undefined;
  /** ISO dates: the start of the run and the month start reached. */
  declare from: string;
  declare to: string;

  constructor() {
    super();
    this.costs = undefined;
    this.from = '';
    this.to = '';
  }

  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        font-variant-numeric: tabular-nums;
        margin: 0.25rem 0 0.5rem;
      }
      caption {
        padding-bottom: 0.2rem;
      }
      th,
      td {
        padding: 0.1rem 0.2rem;
        text-align: right;
        vertical-align: bottom;
      }
      th {
        font-weight: 400;
        font-size: 0.8rem;
        color: #505a5f;
      }
      /* Ten years of spending reach £100,000m a payer: sized so eleven columns fit a laptop's width. */
      td {
        font-size: 0.9rem;
        font-weight: 600;
      }
      .total {
        border-left: 2px solid #0b0c0c;
        font-weight: 700;
        color: #0b0c0c;
      }
      .total + .total {
        border-left-width: 1px;
      }
    `,
    // Eleven payers side by side are about 970 px: on a phone, one payer a line.
    stackedTableStyles,
    css`
      @media screen and (max-width: 40rem) {
        tr {
          border-bottom: 0;
        }
        td {
          font-size: 1rem;
          padding: 0.2rem 0;
          border-bottom: 1px solid #b1b4b6;
        }
        td::before {
          font-weight: 400;
        }
        td.total {
          border-left: 0;
          border-top: 2px solid #0b0c0c;
        }
      }
    `,
  ];

  override render() {
    const costs = this.costs;
    if (costs === undefined) return null;
    const cls = (p: CostKey) => (p === 'public' || p === 'family' ? 'total' : '');
    return html`<table id="running-cost">
      <caption>
        Spent from ${monthName(this.from)} to the start of ${monthName(this.to)}, by public payer, then public
        spending and the cost to families
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map(
            (p) => html`<th scope="col" class=${cls(p)} title=${fullName(p)}>
              ${shortName(p)}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          ${COLUMNS.map(
            (p) =>
              html`<td data-payer=${p} data-pounds=${costs[p]} data-label=${shortName(p)} class=${cls(p)}>
                ${formatMoney(costs[p])}
              </td>`,
          )}
        </tr>
      </tbody>
    </table>`;
  }
}

customElements.define('running-cost', RunningCost);

declare global {
  interface HTMLElementTagNameMap {
    'running-cost': RunningCost;
  }
}
