/** Styles components share: the visually hidden helper, focus rings, buttons, fields in error and tables. */
import { css } from 'lit';

/**
 * The focus ring, as GOV.UK draws it: yellow with a black edge. Yellow alone is too pale on
 * white (about 1.5:1); the black edge gives at least 3:1 against white, grey and the green
 * buttons alike (WCAG 1.4.11), and the yellow stands out against black text.
 */
export const focusRing = css`
  outline: 3px solid #ffdd00;
  outline-offset: 0;
  box-shadow: 0 0 0 6px #0b0c0c;
`;

/**
 * `.visually-hidden`: read by screen readers, not drawn. Put it on a block (a `div` around a
 * table, not the table: a table is never narrower than its content and ignores `overflow`, so
 * a hidden 1,300 px table still widened the page), inside a positioned host, so the clipped
 * box sits within the component rather than wherever the page's edge is.
 */
export const sharedStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    ${focusRing}
  }
`;

/**
 * Controls that fit their column: a select is as wide as its longest option and a fieldset
 * as wide as its widest content unless told otherwise, which pushed the page sideways on a
 * phone (a 956 px "Outcome to chart" at 390 px).
 */
export const fitStyles = css`
  label {
    max-width: 100%;
  }
  select {
    max-width: 100%;
    min-width: 0;
  }
  fieldset {
    min-width: 0;
  }
`;

/**
 * Tables on screen: full width, collapsed borders, the caption above on the left. Each
 * component adds its own cell padding and alignment after it (a later rule with the same
 * selector wins).
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.4rem;
  }
`;

/**
 * Tables on a phone: a table is never narrower than its widest figures or words, and four or
 * more columns of them (480 px and up) do not fit 390 px, so below 40rem each row is stacked:
 * its heading on top, then each cell on a line of its own after its column's name
 * (`data-label` on the `td`; a cell without one heads its row). The column heads stay
 * for screen readers; the table's structure is unchanged.
 */
export const stackedTableStyles = css`
  @media screen and (max-width: 40rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      padding: 0.35rem 0;
      border-bottom: 1px solid #b1b4b6;
    }
    th,
    td {
      border: 0;
      padding: 0.1rem 0;
      text-align: left;
    }
    /* A figure kept on one line, or to the right, in a column reads from the left here. */
    td[data-label] {
      white-space: normal;
      text-align: left;
    }
    th[scope='row'] {
      font-weight: 600;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: #505a5f;
      font-weight: 400;
    }
    /* A totals row keeps its rule above the whole stacked block, not above each cell. */
    tr.total th,
    tr.total td {
      border-top: 0;
    }
    tr.total {
      border-top: 2px solid #0b0c0c;
    }
  }
`;

/** A plain button, GOV.UK's secondary style: grey with a black edge. */
export const buttonStyles = css`
  button {
    font: inherit;
    padding: 0.35rem 0.8rem;
    border: 2px solid #0b0c0c;
    border-radius: 4px;
    background: #f3f2f1;
    cursor: pointer;
  }
`;

/**
 * A field in error and the words that say why, as GOV.UK marks them: a thick red edge and
 * bold red text.
 */
export const fieldErrorStyles = css`
  [aria-invalid='true'] {
    border-color: #d4351c;
    border-width: 3px;
  }
  .problem {
    color: #d4351c;
    font-weight: 700;
  }
`;

/** A rule under every row of a table, and a heavier one under its head. */
export const ruledTableStyles = css`
  th,
  td {
    border-bottom: 1px solid #b1b4b6;
  }
  thead th {
    border-bottom: 2px solid #0b0c0c;
  }
`;

/**
 * Tables of figures: digits of equal width, and figures to the right so they line up, with
 * the row headings (and the head of their column) on the left.
 */
export const figureTableStyles = css`
  table {
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: right;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: left;
    font-weight: 400;
  }
`;

/**
 * The analysis panels under a comparison ("What drives this result?", "How sure is this?"): a
 * one-column form of labelled fields and choices, the run and cancel buttons, the hint, problem
 * and finding boxes, and compact tables. Each panel adds what is its own after these.
 */
export const analysisPanelStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: 1.25rem 0 0.4rem;
    font-size: 1.1rem;
  }
  form {
    display: grid;
    /* One column no wider than the page: by default it grows to the widest select. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    max-width: 48rem;
  }
  label.field {
    display: flex;
    flex-direction: column;
    font-weight: 600;
  }
  select,
  input[type='number'] {
    font: inherit;
    margin-top: 0.25rem;
    padding: 0.25rem 0.4rem;
    border: 2px solid #0b0c0c;
  }
  fieldset {
    border: 1px solid #b1b4b6;
    border-radius: 4px;
    padding: 0.5rem 1rem 0.75rem;
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: block;
    margin: 0.3rem 0;
  }
  code {
    font-size: 0.85em;
    color: #0b0c0c;
    background: #f3f2f1;
    padding: 0 0.2em;
    /* Parameter keys are long single words: break them rather than the page. */
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button.primary {
    background: #00703c;
    border-color: #00703c;
    color: #fff;
    font-weight: 600;
  }
  .hint,
  .note {
    color: #505a5f;
    font-size: 0.9rem;
    margin: 0.25rem 0;
  }
  .problem {
    border-left: 5px solid #d4351c;
    background: #fdf0ee;
    padding: 0.5rem 1rem;
    font-weight: 600;
  }
  .finding {
    border-left: 5px solid #1d70b8;
    padding-left: 0.75rem;
    margin: 0.5rem 0;
    max-width: 60rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    vertical-align: top;
    font-size: 0.92rem;
  }
  th[scope='row'] span {
    display: block;
  }
  details summary {
    cursor: pointer;
  }
`;
