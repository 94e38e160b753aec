import { css } from 'lit';

/**
 * The surface takes the owner's palette: the `--_*` tokens are set on the owner's host
 * (styles.ts `tokens`, light or dark by `theme`) and inherit into this shadow root, top layer
 * or not. No fallbacks: the dialog only lives inside an element that sets them, and every byte
 * counts against the script tag's budget. The grid's gap spaces heading, description and body,
 * so the slotted heading and paragraph lose their own margins.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    max-inline-size: min(32rem, 90vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog[open] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  dialog:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  #heading ::slotted(*),
  #description ::slotted(*) {
    margin: 0;
  }
`;
