/**
 * The views of `<customer-portal>` and the parts it forwards from each (its `exportparts`), so
 * a page styles them through the portal: `customer-portal::part(confirm-button)`. One list per
 * view: the parts that view documents with `@csspart`. A test compares every list with the
 * custom-elements manifest, so a part a view documents cannot be left unforwarded.
 */

export const PORTAL_VIEWS = ['subscriptions', 'seats', 'orders', 'benefits', 'customer'] as const;
export type PortalView = (typeof PORTAL_VIEWS)[number];

/** What every view shows the same way: signed out or ended, loading, outcomes of actions. */
const EVERY_VIEW = [
  'signed-out',
  'session-ended',
  'sign-in-again-button',
  'loading',
  'error',
  'outcome',
  'outcome-success',
  'outcome-error',
  'dismiss-button',
  'announcement',
] as const;

/** Each view's own parts, and the sign-in's (forwarded from the `<portal-login>` on top). */
export const VIEW_PARTS = {
  login: [
    'form',
    'heading',
    'email-input',
    'code-input',
    'customer-choice',
    'submit-button',
    'secondary-button',
    'session-ended',
    'outcome',
    'outcome-success',
    'outcome-error',
    'dismiss-button',
    'announcement',
    'signed-in',
  ],
  subscriptions: [
    ...EVERY_VIEW,
    'empty',
    'list',
    'subscription',
    'status',
    'pagination',
    'details-button',
    'detail',
    'next-charge',
    'usage',
    'cancel-button',
    'resume-button',
    'change-button',
    'seats-button',
    'preview',
    'dialog',
    'confirm-button',
  ],
  seats: [
    ...EVERY_VIEW,
    'empty',
    'usage',
    'list',
    'seat',
    'status',
    'pagination',
    'assign-form',
    'dialog',
    'confirm-button',
    'resend-button',
    'revoke-button',
    'assign-button',
  ],
  orders: [
    ...EVERY_VIEW,
    'forbidden',
    'empty',
    'list',
    'order',
    'status',
    'details-button',
    'detail',
    'items',
    'totals',
    'invoice-button',
    'invoice-link',
    'receipt-button',
    'receipt-link',
    'edit-billing-button',
    'billing-form',
    'retry-button',
    'dialog',
    'confirm-button',
    'pagination',
    'save-billing',
  ],
  benefits: [
    ...EVERY_VIEW,
    'empty',
    'group',
    'grant',
    'license-key',
    'reveal-button',
    'copy-button',
    'deactivate-button',
    'download-link',
    'download-refused',
    'connect-button',
    'claim-button',
    'note',
    'credits',
    'pagination',
    'dialog',
    'confirm-button',
    'status',
    'granted',
  ],
  customer: [
    ...EVERY_VIEW,
    'profile',
    'email-form',
    'billing-details',
    'billing-form',
    'save-billing',
    'payment-methods',
    'payment-method',
    'default-badge',
    'add-button',
    'dialog',
    'confirm-button',
    'change-email',
    'empty',
    'default-button',
    'delete-button',
    'add-unavailable',
  ],
} as const satisfies Record<PortalView | 'login', readonly string[]>;

/** The tag of each view. */
export const VIEW_TAGS = {
  login: 'portal-login',
  subscriptions: 'portal-subscriptions',
  seats: 'portal-seats',
  orders: 'portal-orders',
  benefits: 'portal-benefits',
  customer: 'portal-customer',
} as const satisfies Record<keyof typeof VIEW_PARTS, string>;

/** The `exportparts` value of a view: its parts under their own names. */
export const exportParts = (view: keyof typeof VIEW_PARTS): string => VIEW_PARTS[view].join(', ');
