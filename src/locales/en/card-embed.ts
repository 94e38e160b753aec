/** English terms: adding a card through Polar's card embed. */
export const cardEmbed = {
  cardEmbedHeading: 'Add a card',
  cardEmbedTitle: 'Polar’s secure card form',
  cardEmbedDefaultNote: 'The new card becomes your default payment method.',
  cardEmbedLoading: 'Loading the secure card form…',
  cardEmbedSaving: 'Saving your card…',
  cardEmbedOpening: 'Opening the card form…',
  cardEmbedCancel: 'Cancel',
  cardEmbedRetry: 'Try again',
  cardEmbedAdded: 'Your card was added.',
  cardEmbedRedirectFailed: 'Your card could not be added. Nothing was saved; try again.',
  cardEmbedProcessingFailed:
    'The card could not be saved. Check the details in the form, or try another card.',
  cardEmbedUnauthorized: 'Your session has ended, so the card form cannot open. Sign in again.',
  cardEmbedInvalid: 'The card form could not be opened. Try again in a moment.',
  cardEmbedUnknown: 'Something went wrong in the card form. Nothing was saved; try again.',
  cardEmbedTimeout:
    'The card form did not load. Check your connection and try again (the page may block frames from Polar).',
  cardEmbedBadOrigin: 'Cards cannot be added here: the card form’s address is not a secure origin.',
};
