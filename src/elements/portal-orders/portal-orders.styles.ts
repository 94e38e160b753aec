import { css } from 'lit';

/** Order status colours and the amounts column. */
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
  [part='billing-form'] fieldset {
    display: grid;
    gap: 0.35em;
  }
`;
