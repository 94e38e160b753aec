import type { payment as en } from '../../locales/en/payment.js';

/**
 * French terms: paying an order Polar failed to charge (orders and past-due subscriptions).
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Payer ${amount} maintenant\u202f?`,
  retryWithCard: (amount: string, card: string) => `Nous allons débiter ${amount} sur ${card}.`,
  retryNoCard: 'Ajoutez d’abord un moyen de paiement dans votre compte.',
  cardEnding: (brand: string, last4: string) => `votre carte ${brand} se terminant par ${last4}`,
  retryConfirm: 'Payer maintenant',
  retrying: 'Paiement en cours…',
  retryKeep: 'Plus tard',
  retryNeedsAction:
    'Votre banque vous demande de confirmer ce paiement sur sa propre page, qui ne peut pas s’ouvrir ici. Utilisez une autre carte ou attendez la prochaine tentative.',
  retryDeclined: 'Le paiement n’a pas abouti.',
  paidAnnouncement: (amount: string) =>
    `Merci\u00a0: votre paiement de ${amount} a bien été effectué.`,
  retryAuthenticating: 'Confirmez le paiement dans la fenêtre ouverte par votre banque…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'En attente de la réponse de votre banque…'
      : `En attente de la réponse de votre banque… (${seconds}\u00a0s)`,
  retryTooLong:
    'La confirmation du paiement prend plus de temps que prévu. Votre paiement est peut-être encore en cours de traitement\u00a0: consultez à nouveau cette commande dans quelques minutes avant de payer une nouvelle fois.',
  retryAuthenticationFailed:
    'Votre banque n’a pas confirmé le paiement. Aucun montant n’a été prélevé.',
  retryLimitReached:
    'Cette commande ne peut plus être payée ici\u00a0: la limite de cinq tentatives est atteinte. Nous tenterons tout de même de débiter votre carte à la date indiquée\u202f; vous pouvez aussi contacter le vendeur.',
  retryClose: 'Fermer',
};
