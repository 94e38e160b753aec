/** English terms: the customer's account. English is the fallback for every other language. */
export const customer = {
  accountHeading: 'Account',
  accountSignIn: 'Sign in to see your account.',
  accountLoading: 'Loading your account…',
  profileHeading: 'Profile',
  profileEmail: 'Email',
  profileName: 'Name',
  changeEmail: 'Change email',
  newEmailLabel: 'New email address',
  sendConfirmation: 'Send confirmation link',
  emailChangeSent: (email: string) =>
    `We sent a link to ${email}. Open it to confirm: your email changes only once you do. A new request cancels this link.`,
  resendEmailLink: 'Send a new link',
  emailLinkResent: (email: string) =>
    `We sent a new link to ${email}. The link sent before no longer works.`,
  emailChangeCancelsPending: (email: string) => `Sending cancels the link sent to ${email}.`,
  billingHeading: 'Billing details',
  billingReadOnly: 'Only the account’s owner or a billing manager can change billing details.',
  taxId: 'Tax ID (optional)',
  taxIdHint: 'For example DE123456789. Checked against the country.',
  billingSavedAnnouncement: 'Billing details saved.',
  paymentMethodsHeading: 'Payment methods',
  paymentMethodsEmpty: 'No payment method yet.',
  paymentMethodsForOwners:
    'Payment methods are managed by the account’s owner and billing managers.',
  cardLabel: (brand: string, last4: string) => `${brand} ending in ${last4}`,
  cardExpires: (date: string) => `Expires ${date}`,
  defaultBadge: 'Default',
  makeDefault: 'Make default',
  makingDefault: 'Saving…',
  defaultChanged: (card: string) => `${card} is now your default payment method.`,
  deleteMethod: 'Delete',
  deleteHeading: (card: string) => `Delete ${card}?`,
  deleteConsequence: (card: string) =>
    `It will no longer be charged. Subscriptions that still need a card move to ${card}.`,
  deleteDefaultConsequence:
    'It is your default: afterwards you have no default payment method until you choose one.',
  deleteOnlyCard:
    'It is your only payment method. If a subscription still needs it to renew, it cannot be deleted: add another card first, or cancel the subscription.',
  deleteRefusedInUse:
    'This card is still needed to bill a subscription. Add another payment method, or cancel the subscription first.',
  noDefaultMethod: 'You have no default payment method: choose one with “Make default”.',
  deleteConfirm: 'Delete payment method',
  deleting: 'Deleting…',
  keepMethod: 'Keep it',
  deletedAnnouncement: (card: string) => `${card} was deleted.`,
  addMethod: 'Add a payment method',
  addedAnnouncement: (card: string) => `${card} was added.`,
  addNeeds3ds: 'This card needs 3-D Secure, which this page cannot show.',
  savingCard: 'Saving card…',
};
