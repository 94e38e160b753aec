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
  /* The confirming button of an action that takes money or access away. */
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* A button that reads as a link: disclosures such as "Details". */
  button.link {
    background: none;
    border: none;
    padding: 0.25em 0;
    color: var(--_accent);
    text-decoration: underline;
    justify-self: start;
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.6em;
  }
  select:focus-visible,
  textarea:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
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
  /* An action's outcome, shown where it happened (ActionController.renderOutcome). */
  .outcome {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 2) 0;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
  }
  .outcome.success {
    color: var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, var(--_bg));
  }
  .outcome.error {
    color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
  }
  .outcome .dismiss {
    color: inherit;
    flex: none;
  }
  [part~='session-ended'] {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
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

/**
 * The look the resource elements share: headings, card lists, badges, actions, dialogs, term
 * lists, skeletons and page navigation (see states.ts).
 */
export const resource = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    align-items: baseline;
  }
  .name {
    font-weight: 600;
  }
  .badge {
    font-size: 0.85em;
    border-radius: 999px;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  /* The dialog's surface is <portal-dialog>'s own; what the owner slots into it is styled here. */
  portal-dialog form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  portal-dialog fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.25em;
  }
  portal-dialog fieldset label {
    font-weight: 400;
  }
  dl {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    margin: 0;
  }
  dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .consent {
    font-weight: 400;
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
  [aria-busy='true'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton {
    height: 4.5em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_border), transparent, var(--_border));
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .detail {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
    display: grid;
    gap: 0.5em;
  }
  .detail p {
    margin: 0;
  }
  .comment {
    white-space: pre-line;
    text-align: start;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: end;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  th:first-child {
    text-align: start;
  }
  nav {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-top: var(--_space);
  }
`;
