import { css } from 'lit';

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkPalette = css`
  --_bg: var(--portal-color-background, #16161a);
  --_fg: var(--portal-color-text, #f2f2f5);
  --_muted: var(--portal-color-text-muted, #a9a9b5);
  --_border: var(--portal-color-border, #3a3a44);
  --_accent: var(--portal-color-accent, #5b9bff);
  --_accent-fg: var(--portal-color-accent-text, #0b0b0e);
  --_danger: var(--portal-color-danger, #ff8a7a);
  --_success: var(--portal-color-success, #6fdba8);
`;

/**
 * The theming surface every element shares: public `--portal-*` custom properties (a merchant
 * may set them), private `--_*` ones (derived here), light and dark through `theme`.
 */
export const tokens = css`
  :host {
    --_bg: var(--portal-color-background, #ffffff);
    --_fg: var(--portal-color-text, #1b1b1f);
    --_muted: var(--portal-color-text-muted, #5b5b66);
    --_border: var(--portal-color-border, #d6d6de);
    --_accent: var(--portal-color-accent, #0062ff);
    --_accent-fg: var(--portal-color-accent-text, #ffffff);
    --_danger: var(--portal-color-danger, #b42318);
    --_success: var(--portal-color-success, #067647);
    --_radius: var(--portal-radius, 0.5rem);
    --_space: var(--portal-spacing, 1rem);
    --_font: var(--portal-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_focus: var(
      --portal-focus-ring,
      0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent)
    );
    display: block;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;

/** Forms, buttons and messages, the same in every element. */
export const controls = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 0.75em;
  }
  input:focus-visible,
  button:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.6em 1em;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
