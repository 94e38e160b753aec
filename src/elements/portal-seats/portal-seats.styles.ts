import { css } from 'lit';

/** The seat meter, status colours and the list of problems under the invite field. */
export const seatsStyles = css`
  .usage {
    display: grid;
    gap: 0.25em;
    margin-bottom: var(--_space);
  }
  meter {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_accent);
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
