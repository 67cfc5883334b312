/** Styles every component shares: the visually hidden helper and focus rings. */
import { css } from 'lit';

export const sharedStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid #ffbf47;
    outline-offset: 2px;
  }
`;
