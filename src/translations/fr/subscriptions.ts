import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');
const seatWord = (n: number) => (plural.select(n) === 'one' ? 'siège' : 'sièges');

/**
 * French terms: subscriptions.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Abonnements',
  subscriptionsEmpty: 'Vous n’avez pas encore d’abonnement.',
  subscriptionsLoading: 'Chargement de vos abonnements…',
  subscriptionsLoaded: (count: number) =>
    plural.select(count) === 'one'
      ? `${count}\u00a0abonnement chargé.`
      : `${count}\u00a0abonnements chargés.`,
  signInToSee: 'Connectez-vous pour voir vos abonnements.',
  statusActive: 'Actif',
  statusTrialing: 'Essai',
  statusPastDue: 'Impayé',
  statusCanceled: 'Résilié',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Prend fin le ${date}`,
  trialEndsOn: (date: string) => `Fin de l’essai le ${date}`,
  renewsOn: (date: string) => `Renouvellement le ${date}`,
  endedOn: (date: string) => `Terminé le ${date}`,
  cancelSubscription: 'Résilier l’abonnement',
  cancelHeading: (name: string) => `Résilier ${name}\u202f?`,
  cancelConsequence: (date: string) =>
    `Vous conservez l’accès jusqu’au ${date}. Aucun autre paiement ne sera prélevé.`,
  cancelTrialConsequence: (date: string) =>
    `Votre essai prend fin le ${date} et rien ne vous sera facturé. Vous conservez l’accès jusque-là.`,
  cancelReasonLegend: 'Pourquoi résiliez-vous\u202f? (facultatif)',
  reason_too_expensive: 'Trop cher',
  reason_missing_features: 'Il manque des fonctionnalités',
  reason_switched_service: 'Je passe à un autre service',
  reason_unused: 'Je ne l’utilise pas assez',
  reason_customer_service: 'Service client',
  reason_low_quality: 'Qualité inférieure à mes attentes',
  reason_too_complex: 'Trop compliqué',
  reason_other: 'Autre raison',
  cancelComment: 'Souhaitez-vous ajouter quelque chose\u202f? (facultatif)',
  keepSubscription: 'Conserver l’abonnement',
  confirmCancel: 'Résilier l’abonnement',
  cancelling: 'Résiliation…',
  canceledAnnouncement: (name: string, date: string) => `${name} prendra fin le ${date}.`,
  resumeSubscription: 'Réactiver l’abonnement',
  resuming: 'Réactivation…',
  resumedAnnouncement: (name: string) => `${name} sera renouvelé normalement.`,
  changePlan: 'Changer de formule',
  changePlanHeading: (name: string) => `Modifier ${name}`,
  choosePlanLegend: 'Choisissez une formule',
  currentPlan: '(formule actuelle)',
  previewLoading: 'Calcul du prix…',
  previewTax: 'TVA',
  previewTotal: 'Total',
  confirmChange: 'Changer de formule',
  changing: 'Changement en cours…',
  changedAnnouncement: (name: string) => `Votre formule est désormais ${name}.`,
  changeSeats: 'Modifier les sièges',
  changeSeatsHeading: (name: string) => `Sièges de ${name}`,
  seatsField: 'Nombre de sièges',
  seatsAtLeast: (min: number) => `Au moins ${min}.`,
  seatsBetween: (min: number, max: number) => `Entre ${min} et ${max}.`,
  confirmSeats: 'Modifier les sièges',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} compte désormais ${seats}\u00a0${seatWord(seats)}.`,
  startedOn: 'Début',
  currentPeriod: 'Période en cours',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Prochain paiement',
  nextChargeOn: (amount: string, date: string) => `${amount} le ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} le ${date}, après une remise de ${discount}`,
  noFurtherCharges: 'Aucun autre paiement',
  pendingChange: 'Modification prévue',
  pendingSeats: (seats: number, date: string) =>
    `${seats}\u00a0${seatWord(seats)} à partir du ${date}`,
  pendingPlan: (date: string) => `Nouvelle formule à partir du ${date}`,
  cancellationReason: 'Motif de la résiliation',
  cancellationComment: 'Votre commentaire',
  usageHeading: 'Consommation sur la période',
  usageMeter: 'Compteur',
  usageConsumed: 'Consommé',
  usageCredited: 'Inclus',
  usageAmount: 'Montant',
  statusCancelsOn: (date: string) => `Prend fin le ${date}`,
  statusTrialEndsOn: (date: string) => `Essai jusqu’au ${date}`,
  statusPausedUntil: (date: string) => `Suspendu jusqu’au ${date}`,
  statusPaused: 'Suspendu',
  statusChangesTo: (what: string, date: string) => `Passe à ${what} le ${date}`,
  changeSeatsWhat: (seats: number) => `${seats}\u00a0${seatWord(seats)}`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats}\u00a0${seatWord(seats)}`,
  cancelScheduledChange: 'Annuler la modification prévue',
  cancellingScheduledChange: 'Annulation de la modification…',
  scheduledChangeCancelled: (name: string) =>
    `La modification prévue a été annulée\u00a0: ${name} reste inchangé.`,
  trialNoCard: (date: string) =>
    `Ajoutez une carte avant la fin de votre essai, le ${date}, pour conserver votre abonnement.`,
  addCard: 'Ajouter une carte',
  updatePaymentMethod: 'Mettre à jour le moyen de paiement',
  paymentDeclined: (card: string) =>
    `Votre ${card} a été refusée\u00a0: rien n’a donc été modifié. Mettez à jour votre moyen de paiement, puis réessayez.`,
  paymentNeedsAuthentication: (card: string) =>
    `Votre banque demande à confirmer ce paiement sur votre ${card}, ce qui n’est pas possible lors d’un changement de formule\u00a0: rien n’a donc été modifié. Utilisez une autre carte, puis réessayez.`,
  yourCard: 'carte',
  paymentMissing:
    'Aucune carte ne peut être débitée\u00a0: rien n’a donc été modifié. Ajoutez un moyen de paiement, puis réessayez.',
  cardName: (brand: string, last4: string) => `carte ${brand} se terminant par ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, première période`,
  previewSubtotal: 'Sous-total',
  previewDiscount: 'Remise',
  previewBalanceUsed: 'Déduit de votre solde',
  previewBalanceOwed: 'Solde dû',
  previewDueToday: 'À payer aujourd’hui',
  previewAddedToNext: 'Ajouté à votre prochaine facture',
  previewCreditToBalance: (amount: string) =>
    `${amount} est crédité sur votre solde et sera déduit de vos prochaines factures.`,
  previewNothingToday: (date: string) =>
    `Rien n’est débité aujourd’hui\u00a0: ce montant sera ajouté à votre facture du ${date}.`,
  previewScheduled: (date: string) =>
    `La modification prendra effet le ${date}. Rien n’est débité pour l’instant.`,
  previewTrialContinues: (date: string) =>
    `Votre essai se poursuit jusqu’au ${date}. Rien ne sera débité avant cette date.`,
  previewTrialEnds: (name: string) =>
    `Cette modification met fin à votre essai dès maintenant et active ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Prochaine facture le ${date}\u00a0: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Prochaine facture le ${date}\u00a0: ${amount} HT`,
  consentNow: (amount: string) => `J’accepte le débit immédiat de ${amount}.`,
  consentNoCharge: 'J’accepte cette modification. Rien n’est débité pour l’instant.',
  consentCredit: (amount: string) =>
    `J’accepte cette modification. Rien n’est débité pour l’instant\u202f; ${amount} est crédité sur mon solde.`,
  consentNextInvoice: (amount: string, date: string) =>
    `J’accepte que ${amount} soit ajouté à ma prochaine facture, le ${date}. Rien n’est débité aujourd’hui.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `J’accepte cette modification\u00a0: ${amount} sera déduit de ma prochaine facture, le ${date}. Rien n’est débité aujourd’hui.`,
  consentScheduled: (date: string) =>
    `J’accepte la modification à partir du ${date}. Rien n’est débité pour l’instant.`,
  consentTrialContinues: (date: string) =>
    `J’accepte la modification. Mon essai se poursuit jusqu’au ${date}\u202f; rien n’est débité d’ici là.`,
  consentTrialEnds: (amount: string, name: string) =>
    `J’accepte que cette modification mette fin à mon essai et que ${amount} soit débité dès maintenant pour ${name}.`,
  confirmEndTrial: 'Changer de formule et terminer l’essai',
  changePlanNew: 'une nouvelle formule',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `La modification de ${name} prendra effet le ${date}. Rien n’a été débité.`,
  statusPausesOn: (date: string) => `Suspendu à partir du ${date}`,
  pausesOn: (date: string) => `Suspendu à partir du ${date}, jusqu’à ce que vous le repreniez`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Suspendu à partir du ${date}, reprise le ${resumes}`,
  resumesOn: (date: string) => `Reprise le ${date}`,
  pausedUntilResumed: 'Suspendu jusqu’à ce que vous le repreniez',
  pauseSubscription: 'Suspendre l’abonnement',
  pauseHeading: (name: string) => `Suspendre ${name}\u202f?`,
  pauseConsequence: (date: string) =>
    `Il reste actif jusqu’au ${date}. Il est ensuite suspendu\u00a0: rien ne vous est facturé et ses avantages sont interrompus jusqu’à sa reprise.`,
  resumeDateField: 'Date de reprise (facultatif)',
  resumeDateHint: (date: string) =>
    `Une date postérieure au ${date}. Laissez ce champ vide pour que l’abonnement reste suspendu jusqu’à ce que vous le repreniez vous-même.`,
  resumeAfter: (date: string) => `Choisissez une date postérieure au ${date}.`,
  keepSubscriptionRunning: 'Le garder actif',
  confirmPause: 'Suspendre l’abonnement',
  pausing: 'Suspension…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} sera suspendu à partir du ${date}, jusqu’à ce que vous le repreniez.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} sera suspendu à partir du ${date} et reprendra le ${resumes}.`,
  cancelScheduledPause: 'Annuler la suspension prévue',
  cancellingPause: 'Annulation de la suspension…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} ne sera pas suspendu\u00a0: il se renouvellera normalement.`,
  resumePause: 'Reprendre maintenant',
  resumePauseHeading: (name: string) => `Reprendre ${name} maintenant\u202f?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Une nouvelle période commence aujourd’hui et est facturée immédiatement\u00a0: ${price}, taxes applicables en sus. Renouvellement le ${date}.`,
  confirmResumePause: 'Reprendre et payer',
  keepPaused: 'Laisser suspendu',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} est de nouveau actif et sera renouvelé le ${date}.`,
  resumeNeedsCard: 'Ajoutez un moyen de paiement avant de reprendre cet abonnement.',
  cancelChangeHeading: 'Annuler la modification prévue\u202f?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} sera renouvelé le ${date} sans modification.`,
  keepScheduledChange: 'Conserver la modification',
  pastDueSince: (date: string) => `Paiement en retard depuis le ${date}`,
  pastDueNotice: (amount: string) =>
    `Votre dernier paiement de ${amount} a échoué. Réglez-le maintenant ou mettez à jour votre carte pour conserver votre abonnement.`,
  pastDueNoticeNoAmount:
    'Votre dernier paiement a échoué. Mettez à jour votre carte pour conserver votre abonnement.',
  pastDueNextCharge: 'En retard\u00a0: réglez d’abord le paiement échoué',
  payNow: 'Payer maintenant',
  cancelPastDue:
    'Votre dernier paiement n’a pas abouti. Si vous résiliez maintenant, votre abonnement prend fin immédiatement et aucune nouvelle tentative de paiement ne sera effectuée.',
  cancelPastDueOutstanding: (amount: string) =>
    `Votre dernier paiement n’a pas abouti. Si vous résiliez maintenant, votre abonnement prend fin immédiatement\u00a0: le montant restant dû de ${amount} ne sera pas prélevé.`,
  confirmCancelNow: 'Résilier maintenant',
  canceledNowAnnouncement: (name: string) => `${name} a pris fin.`,
};
