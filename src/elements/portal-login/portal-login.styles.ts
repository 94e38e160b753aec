import { css } from 'lit';

export const loginStyles = css`
  .card {
    display: grid;
    gap: var(--_space);
    max-width: var(--portal-login-max-width, 24rem);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  h2:focus {
    outline: none;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
  }
  fieldset label {
    font-weight: 400;
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  input[autocomplete='one-time-code'] {
    font-size: 1.4em;
    letter-spacing: 0.3em;
    text-transform: uppercase;
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .signed-in {
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
`;
