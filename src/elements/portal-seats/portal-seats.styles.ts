import { css } from 'lit';

/** The seat meter, status colours and the list of problems under the invite field. */
export const seatsStyles = css`
  .usage {
    display: grid;
    gap: 0.25em;
    margin-bottom: var(--_space);
  }
  /* The browser's meter is green on a light grey track whatever the theme: themed here. */
  meter {
    appearance: none;
    width: 100%;
    height: 0.75em;
    border: none;
    border-radius: 999px;
    background: var(--_border);
  }
  meter::-webkit-meter-bar {
    height: 0.75em;
    border: none;
    border-radius: 999px;
    background: var(--_border);
  }
  meter::-webkit-meter-optimum-value {
    border-radius: 999px;
    background: var(--_accent);
  }
  meter::-moz-meter-bar {
    border-radius: 999px;
    background: var(--_accent);
  }
  .badge.claimed {
    color: var(--_success);
  }
  .badge.pending {
    color: var(--_muted);
  }
  .badge.revoked {
    color: var(--_danger);
  }
  li[tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  ul.problems {
    display: grid;
    gap: 0.25em;
  }
  ul.problems li {
    border: none;
    padding: 0;
  }
  [part='assign-form'] {
    margin-top: var(--_space);
  }
`;
