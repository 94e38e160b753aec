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
  /* Polar's inline card frame sits in the light DOM; the section gives it a frame of ours. */
  .card-entry {
    display: grid;
    gap: 0.5em;
    max-width: 32rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card-entry h4 {
    margin: 0;
    font-size: 1em;
  }
  .card-entry h4:focus-visible,
  .card-entry [part~='card-entry-error']:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  ::slotted([slot='card-embed']) {
    display: block;
    min-height: 2rem;
  }
`;
