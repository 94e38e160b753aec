import { css } from 'lit';

/** The tab strip; the views bring their own look. */
export const customerPortalStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    background: none;
    color: var(--_fg);
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0.6em 1em;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  [role='tab']:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
`;
