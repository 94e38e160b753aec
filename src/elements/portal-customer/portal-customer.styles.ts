import { css } from 'lit';

/** The account's three blocks and the default badge. */
export const customerStyles = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .block {
    display: grid;
    gap: 0.5em;
  }
  .block > button,
  .pending > button {
    justify-self: start;
  }
  .pending {
    display: grid;
    gap: 0.5em;
  }
  .pending p {
    margin: 0;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  h3:focus-visible,
  li[tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .badge.default {
    color: var(--_accent);
  }
  form {
    max-width: 32rem;
  }
`;
