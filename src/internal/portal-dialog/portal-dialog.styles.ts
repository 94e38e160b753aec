import { css } from 'lit';

/**
 * The surface takes the owner's palette: the `--_*` tokens are set on the owner's host
 * (styles.ts, light or dark by `theme`) and inherit into this shadow root, top layer or not.
 * The fallbacks are the public tokens, for a dialog used outside an element.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    max-inline-size: min(32rem, 90vw);
    border: 1px solid var(--_border, var(--portal-color-border, #d6d6de));
    border-radius: var(--_radius, var(--portal-radius, 0.5rem));
    background: var(--_bg, var(--portal-color-background, #ffffff));
    color: var(--_fg, var(--portal-color-text, #1b1b1f));
  }
  dialog[open] {
    display: grid;
    gap: calc(var(--_space, 1rem) * 0.75);
  }
  dialog:focus-visible {
    outline: none;
    box-shadow: var(--_focus, 0 0 0 3px currentColor);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  /* The grid's gap spaces heading, description and body; their own margins would add to it. */
  #heading ::slotted(*),
  #description ::slotted(*),
  h2,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.1em;
  }
`;
