/** Styles every component shares: the visually hidden helper and focus rings. */
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
    ${focusRing}
  }
`;
