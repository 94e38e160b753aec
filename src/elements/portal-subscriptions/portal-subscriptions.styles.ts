import { css } from 'lit';

/** Status colours of the subscription badges; the rest is the shared `resource` look. */
export const subscriptionsStyles = css`
  .badge.active,
  .badge.trialing {
    color: var(--_success);
  }
  .badge.past_due,
  .badge.canceling {
    color: var(--_danger);
  }
  .badge.canceled,
  .badge.pausing,
  .badge.paused {
    color: var(--_muted);
  }
  .badge.scheduled {
    color: var(--_accent, currentColor);
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .notice {
    margin-block: 0.5rem;
  }
  /* A failed payment stands out from the row: it is the one thing the customer must act on. */
  [part='past-due'] {
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: 0.75rem;
  }
`;
