import { css } from 'lit';

/** Groups, the license key's monospace, the files list and the seller's notes. */
export const benefitsStyles = css`
  .group {
    display: grid;
    gap: 0.5em;
    margin-bottom: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  h4 {
    margin: 0.5em 0 0;
    font-size: 1em;
  }
  .license-key {
    display: grid;
    gap: 0.35em;
  }
  code {
    font-family: var(--portal-font-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
    font-size: 0.95em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .activations li,
  .files li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
    justify-content: space-between;
    padding: 0.5em;
  }
  a {
    color: var(--_accent);
  }
  .note {
    white-space: pre-line;
    margin: 0;
  }
  .claim {
    align-items: end;
  }
  .connect-step {
    display: grid;
    gap: 0.5em;
  }
  .connect-step p {
    margin: 0;
  }
  li[tabindex='-1']:focus-visible,
  div[tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
`;
