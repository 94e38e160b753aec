import type { orders as en } from '../../locales/en/orders.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');

/**
 * French terms: orders.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const orders: typeof en = {
  ordersHeading: 'Commandes',
  ordersSignIn: 'Connectez-vous pour voir vos commandes et vos factures.',
  ordersLoading: 'Chargement de vos commandes…',
  ordersEmpty: 'Vous n’avez pas encore de commande.',
  ordersLoaded: (count: number) =>
    plural.select(count) === 'one'
      ? `${count}\u00a0commande chargée.`
      : `${count}\u00a0commandes chargées.`,
  ordersForMembers:
    'Les commandes et les factures sont réservées au propriétaire de l’équipe et aux gestionnaires de la facturation.',
  orderStatusPaid: 'Payée',
  orderStatusPending: 'En attente de paiement',
  orderStatusFailed: 'Échec du paiement',
  orderStatusRefunded: 'Remboursée',
  orderStatusPartiallyRefunded: 'Partiellement remboursée',
  orderStatusVoid: 'Annulée',
  orderStatusDraft: 'Brouillon',
  orderRefunded: (amount: string) => `Remboursement de ${amount}`,
  orderSubtotal: 'Sous-total',
  orderDiscount: 'Remise',
  orderTax: 'TVA',
  orderTotal: 'Total',
  orderRefundedTotal: 'Remboursé',
  orderItem: 'Article',
  orderAmount: 'Montant',
  orderBilledTo: 'Facturé à',
  orderNoBillingDetails: 'Aucune information de facturation pour le moment.',
  downloadInvoice: 'Télécharger la facture',
  preparingInvoice: 'Préparation de la facture…',
  invoiceOpened: (number: string) => `Facture ${number} ouverte dans un nouvel onglet.`,
  invoiceReady: 'La facture est prête\u00a0: ouvrez-la à l’aide du lien.',
  openInvoice: 'Ouvrir la facture',
  invoiceNeedsDetails: 'Ajoutez un nom et une adresse de facturation pour obtenir une facture.',
  downloadReceipt: 'Télécharger le reçu',
  receiptOpened: 'Reçu ouvert dans un nouvel onglet.',
  receiptReady: 'Le reçu est prêt\u00a0: ouvrez-le à l’aide du lien.',
  openReceipt: 'Ouvrir le reçu',
  editBillingDetails: 'Modifier les informations de facturation',
  billingDetailsLegend: 'Informations de facturation de la facture',
  billingSaved: 'Informations de facturation enregistrées.',
  retryPayment: 'Payer maintenant',
  retryProcessing:
    'Votre banque traite encore le paiement. Cette page se mettra à jour dès que ce sera terminé.',
  nextAttempt: (date: string) => `Nouvelle tentative le ${date}.`,
  preparingReceipt: 'Préparation du reçu…',
  receiptTooLong: 'Le reçu est toujours en préparation. Réessayez dans une minute.',
  walletCredit: (amount: string) =>
    `Vous disposez d’un crédit de ${amount}\u00a0: il sera déduit de vos prochaines factures.`,
  walletDebt: (amount: string) =>
    `Vous devez ${amount}\u00a0: ce montant sera ajouté à votre prochaine facture.`,
};
