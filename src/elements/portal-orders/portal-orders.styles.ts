import { css } from 'lit';

/** Order status colours, the amounts column and the document links. */
export const ordersStyles = css`
  .badge.paid {
    color: var(--_success);
  }
  .badge.failed {
    color: var(--_danger);
  }
  .badge.pending,
  .badge.refunded,
  .badge.partially_refunded,
  .badge.void,
  .badge.draft {
    color: var(--_muted);
  }
  .amount {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .actions {
    flex-wrap: wrap;
    align-items: center;
  }
  /* A document's link, in its button's place: it looks like the button it replaced. */
  a.button {
    display: inline-block;
    border-radius: var(--_radius);
    padding: 0.6em 1em;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    text-decoration: none;
  }
  a.button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  a.button:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  [part='billing-form'] fieldset {
    display: grid;
    gap: 0.35em;
  }
`;
