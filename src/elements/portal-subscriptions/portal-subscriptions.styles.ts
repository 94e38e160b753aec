import { css } from 'lit';

export const subscriptionsStyles = css`
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
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
  .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    max-width: min(32rem, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  dialog fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.25em;
  }
  dialog fieldset label {
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
  nav {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-top: var(--_space);
  }
`;
