/** Styles of `<scenario-editor>`, kept apart so the component file stays about behaviour. */
import { css } from 'lit';
import { fieldErrorStyles, fitStyles, sharedStyles } from '../app/shared-styles.js';

export const editorStyles = [
  sharedStyles,
  fitStyles,
  fieldErrorStyles,
  css`
    :host {
      display: block;
      margin: 0 0 1rem;
    }
    h2 {
      font-size: 1.3rem;
      margin: 0.5rem 0 0.25rem;
    }
    details {
      border: 1px solid #b1b4b6;
      border-radius: 4px;
      padding: 0.5rem 1rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: #1d70b8;
      text-decoration: underline;
    }
    .lede,
    .note {
      max-width: 52rem;
    }
    .note {
      font-size: 0.9rem;
      color: #505a5f;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      align-items: flex-end;
      margin: 0.5rem 0;
    }
    .row > label {
      display: flex;
      flex-direction: column;
      font-weight: 600;
      gap: 0.25rem;
    }
    fieldset {
      border: 1px solid #b1b4b6;
      border-radius: 4px;
      margin: 0.75rem 0;
      padding: 0.75rem 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      margin: 0 0 0.75rem;
      max-width: 48rem;
    }
    .field label {
      font-weight: 600;
    }
    .hint {
      font-size: 0.85rem;
      color: #505a5f;
    }
    /* No specificity (:where), so a field in error (aria-invalid) gets its red edge over this one. */
    :where(input[type='text'], textarea, select) {
      font: inherit;
      padding: 0.25rem 0.4rem;
      border: 2px solid #0b0c0c;
      margin-top: 0.25rem;
    }
    .problem {
      margin: 0.25rem 0 0;
    }
    .levers {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(22rem, 100%), 1fr));
      gap: 0.75rem;
    }
    .problems {
      border-left: 5px solid #d4351c;
      padding: 0.5rem 1rem;
      margin: 0.75rem 0;
      background: #fdf0ee;
    }
    .problems p {
      margin: 0;
      font-weight: 600;
    }
    .problems pre {
      white-space: pre-wrap;
      font: inherit;
      margin: 0.25rem 0 0;
    }
    .actions {
      justify-content: space-between;
      align-items: center;
    }
    label.check {
      flex-direction: row;
      align-items: center;
      gap: 0.5rem;
    }
    label.check input {
      width: 1.25rem;
      height: 1.25rem;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.45rem 1.2rem;
      border-radius: 4px;
      border: 2px solid #0b0c0c;
      background: #f3f2f1;
      color: #0b0c0c;
      cursor: pointer;
    }
  `,
];
