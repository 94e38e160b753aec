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
  .badge.canceled {
    color: var(--_muted);
  }
`;
