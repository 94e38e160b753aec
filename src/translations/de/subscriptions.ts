import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** German terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Abonnements',
  subscriptionsEmpty: 'Sie haben noch keine Abonnements.',
  subscriptionsLoading: 'Ihre Abonnements werden geladen…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 Abonnement geladen.' : `${count} Abonnements geladen.`,
  signInToSee: 'Melden Sie sich an, um Ihre Abonnements zu sehen.',
  statusActive: 'Aktiv',
  statusTrialing: 'Testphase',
  statusPastDue: 'Überfällig',
  statusCanceled: 'Gekündigt',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Endet am ${date}`,
  trialEndsOn: (date: string) => `Testphase endet am ${date}`,
  renewsOn: (date: string) => `Verlängert sich am ${date}`,
  endedOn: (date: string) => `Beendet am ${date}`,
  cancelSubscription: 'Abonnement kündigen',
  cancelHeading: (name: string) => `${name} kündigen?`,
  cancelConsequence: (date: string) =>
    `Sie behalten den Zugang bis ${date}. Es wird nichts mehr abgebucht.`,
  cancelReasonLegend: 'Warum kündigen Sie? (optional)',
  reason_too_expensive: 'Zu teuer',
  reason_missing_features: 'Fehlende Funktionen',
  reason_switched_service: 'Zu einem anderen Anbieter gewechselt',
  reason_unused: 'Ich nutze es zu selten',
  reason_customer_service: 'Kundenservice',
  reason_low_quality: 'Qualität schlechter als erwartet',
  reason_too_complex: 'Zu kompliziert',
  reason_other: 'Anderer Grund',
  cancelComment: 'Möchten Sie uns noch etwas sagen? (optional)',
  keepSubscription: 'Abonnement behalten',
  confirmCancel: 'Abonnement kündigen',
  cancelling: 'Wird gekündigt…',
  canceledAnnouncement: (name: string, date: string) => `${name} endet am ${date}.`,
  resumeSubscription: 'Abonnement fortsetzen',
  resuming: 'Wird fortgesetzt…',
  resumedAnnouncement: (name: string) => `${name} verlängert sich wie gewohnt.`,
  changePlan: 'Tarif wechseln',
  changePlanHeading: (name: string) => `${name} wechseln`,
  choosePlanLegend: 'Tarif auswählen',
  currentPlan: '(aktueller Tarif)',
  previewLoading: 'Der Preis wird berechnet…',
  previewTax: 'Steuer',
  previewTotal: 'Gesamt',
  confirmChange: 'Tarif wechseln',
  changing: 'Wird gewechselt…',
  changedAnnouncement: (name: string) => `Ihr Tarif ist jetzt ${name}.`,
  changeSeats: 'Plätze ändern',
  changeSeatsHeading: (name: string) => `Plätze von ${name}`,
  seatsField: 'Anzahl der Plätze',
  seatsAtLeast: (min: number) => `Mindestens ${min}.`,
  seatsBetween: (min: number, max: number) => `Zwischen ${min} und ${max}.`,
  confirmSeats: 'Plätze ändern',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} hat jetzt ${seats} ${seats === 1 ? 'Platz' : 'Plätze'}.`,
  startedOn: 'Begonnen',
  currentPeriod: 'Aktueller Zeitraum',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Nächste Abbuchung',
  nextChargeOn: (amount: string, date: string) => `${amount} am ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} am ${date}, nach ${discount} Rabatt`,
  noFurtherCharges: 'Keine weiteren Abbuchungen',
  pendingChange: 'Geplante Änderung',
  pendingSeats: (seats: number, date: string) => `${seats} Plätze ab ${date}`,
  pendingPlan: (date: string) => `Neuer Tarif ab ${date}`,
  cancellationReason: 'Kündigungsgrund',
  cancellationComment: 'Ihr Kommentar',
  usageHeading: 'Nutzung in diesem Zeitraum',
  usageMeter: 'Zähler',
  usageConsumed: 'Verbraucht',
  usageCredited: 'Inklusive',
  usageAmount: 'Betrag',
  statusCancelsOn: (date: string) => `Endet am ${date}`,
  statusTrialEndsOn: (date: string) => `Testphase endet am ${date}`,
  statusPausedUntil: (date: string) => `Pausiert bis ${date}`,
  statusPaused: 'Pausiert',
  statusChangesTo: (what: string, date: string) => `Wechsel zu ${what} am ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seats === 1 ? 'Platz' : 'Plätze'}`,
  changePlanWhat: (name: string, seats: number) =>
    `${name}, ${seats} ${seats === 1 ? 'Platz' : 'Plätze'}`,
  cancelScheduledChange: 'Geplante Änderung zurücknehmen',
  cancellingScheduledChange: 'Änderung wird zurückgenommen…',
  scheduledChangeCancelled: (name: string) =>
    `Die geplante Änderung wurde zurückgenommen: ${name} bleibt, wie es ist.`,
  trialNoCard: (date: string) =>
    `Hinterlegen Sie eine Karte, bevor Ihre Testphase am ${date} endet, damit Ihr Abonnement weiterläuft.`,
  addCard: 'Karte hinzufügen',
  updatePaymentMethod: 'Zahlungsmethode aktualisieren',
  paymentDeclined: (card: string) =>
    `Ihre ${card} wurde abgelehnt, daher wurde nichts geändert. Aktualisieren Sie Ihre Zahlungsmethode und versuchen Sie es erneut.`,
  paymentNeedsAuthentication: (card: string) =>
    `Ihre Bank möchte die Abbuchung von Ihrer ${card} bestätigen lassen, was bei einem Planwechsel nicht möglich ist. Es wurde nichts geändert. Nutzen Sie eine andere Karte und versuchen Sie es erneut.`,
  yourCard: 'Karte',
  paymentMissing:
    'Es ist keine Karte hinterlegt, daher wurde nichts geändert. Fügen Sie eine Zahlungsmethode hinzu und versuchen Sie es erneut.',
  cardName: (brand: string, last4: string) => `${brand}-Karte mit Endziffern ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, erster Zeitraum`,
  previewSubtotal: 'Zwischensumme',
  previewDiscount: 'Rabatt',
  previewBalanceUsed: 'Aus Ihrem Guthaben',
  previewBalanceOwed: 'Offener Betrag',
  previewDueToday: 'Heute fällig',
  previewAddedToNext: 'Auf Ihrer nächsten Rechnung',
  previewCreditToBalance: (amount: string) =>
    `${amount} werden Ihrem Guthaben gutgeschrieben und mit Ihren nächsten Rechnungen verrechnet.`,
  previewNothingToday: (date: string) =>
    `Heute wird nichts abgebucht: Der Betrag kommt auf Ihre Rechnung vom ${date}.`,
  previewScheduled: (date: string) => `Die Änderung gilt ab ${date}. Jetzt wird nichts abgebucht.`,
  previewTrialContinues: (date: string) =>
    `Ihre Testphase läuft bis ${date} weiter. Bis dahin wird nichts abgebucht.`,
  previewTrialEnds: (name: string) => `Damit endet Ihre Testphase jetzt und ${name} beginnt.`,
  nextInvoiceOn: (date: string, amount: string) => `Nächste Rechnung am ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Nächste Rechnung am ${date}: ${amount} zzgl. Steuern`,
  consentNow: (amount: string) => `Ich bin einverstanden, dass jetzt ${amount} abgebucht werden.`,
  consentNoCharge: 'Ich bin mit der Änderung einverstanden. Jetzt wird nichts abgebucht.',
  consentCredit: (amount: string) =>
    `Ich bin mit der Änderung einverstanden. Jetzt wird nichts abgebucht; ${amount} gehen auf mein Guthaben.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Ich bin einverstanden, dass ${amount} auf meine nächste Rechnung am ${date} kommen. Heute wird nichts abgebucht.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Ich bin mit der Änderung einverstanden: ${amount} werden von meiner nächsten Rechnung am ${date} abgezogen. Heute wird nichts abgebucht.`,
  consentScheduled: (date: string) =>
    `Ich bin mit der Änderung ab ${date} einverstanden. Jetzt wird nichts abgebucht.`,
  consentTrialContinues: (date: string) =>
    `Ich bin mit der Änderung einverstanden. Meine Testphase läuft bis ${date} weiter; bis dahin wird nichts abgebucht.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Ich bin einverstanden, dass meine Testphase damit endet und jetzt ${amount} für ${name} abgebucht werden.`,
  confirmEndTrial: 'Tarif wechseln und Testphase beenden',
  cancelTrialConsequence: (date: string) =>
    `Ihre Testphase endet am ${date}, und es wird nichts abgebucht. Bis dahin behalten Sie den Zugang.`,
  changePlanNew: 'einen neuen Tarif',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} ändert sich am ${date}. Es wurde nichts abgebucht.`,
  statusPausesOn: (date: string) => `Pausiert ab ${date}`,
  pausesOn: (date: string) => `Pausiert ab ${date}, bis Sie es fortsetzen`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Pausiert ab ${date}, läuft ab ${resumes} weiter`,
  resumesOn: (date: string) => `Läuft ab ${date} weiter`,
  pausedUntilResumed: 'Pausiert, bis Sie es fortsetzen',
  pauseSubscription: 'Abo pausieren',
  pauseHeading: (name: string) => `${name} pausieren?`,
  pauseConsequence: (date: string) =>
    `Es bleibt bis ${date} aktiv. Danach pausiert es: Sie zahlen nichts, und seine Vorteile ruhen, bis es weiterläuft.`,
  resumeDateField: 'Fortsetzen am (optional)',
  resumeDateHint: (date: string) =>
    `Ein Tag nach dem ${date}. Leer lassen, um pausiert zu bleiben, bis Sie es selbst fortsetzen.`,
  resumeAfter: (date: string) => `Wählen Sie einen Tag nach dem ${date}.`,
  keepSubscriptionRunning: 'Weiterlaufen lassen',
  confirmPause: 'Abo pausieren',
  pausing: 'Wird pausiert…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} pausiert ab ${date}, bis Sie es fortsetzen.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} pausiert ab ${date} und läuft ab ${resumes} weiter.`,
  cancelScheduledPause: 'Geplante Pause aufheben',
  cancellingPause: 'Pause wird aufgehoben…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} wird nicht pausiert: Es verlängert sich wie gewohnt.`,
  resumePause: 'Jetzt fortsetzen',
  resumePauseHeading: (name: string) => `${name} jetzt fortsetzen?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Heute beginnt ein neuer Zeitraum, der sofort berechnet wird: ${price}, zuzüglich anfallender Steuern. Es verlängert sich am ${date}.`,
  confirmResumePause: 'Fortsetzen und bezahlen',
  keepPaused: 'Pausiert lassen',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} ist wieder aktiv und verlängert sich am ${date}.`,
  resumeNeedsCard: 'Hinterlegen Sie eine Zahlungsmethode, bevor Sie dieses Abo fortsetzen.',
  cancelChangeHeading: 'Geplante Änderung aufheben?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} verlängert sich am ${date} unverändert.`,
  keepScheduledChange: 'Änderung behalten',
  pastDueSince: (date: string) => `Zahlung überfällig seit ${date}`,
  pastDueNotice: (amount: string) =>
    `Ihre letzte Zahlung über ${amount} ist fehlgeschlagen. Bezahlen Sie jetzt oder aktualisieren Sie Ihre Karte, um Ihr Abo zu behalten.`,
  pastDueNoticeNoAmount:
    'Ihre letzte Zahlung ist fehlgeschlagen. Aktualisieren Sie Ihre Karte, um Ihr Abo zu behalten.',
  pastDueNextCharge: 'Überfällig: Zuerst die fehlgeschlagene Zahlung begleichen',
  payNow: 'Jetzt bezahlen',
  cancelPastDue:
    'Ihre letzte Zahlung ist nicht durchgegangen. Wenn Sie jetzt kündigen, endet Ihr Abo sofort und es werden keine weiteren Zahlungsversuche unternommen.',
  cancelPastDueOutstanding: (amount: string) =>
    `Ihre letzte Zahlung ist nicht durchgegangen. Wenn Sie jetzt kündigen, endet Ihr Abo sofort: Die offenen ${amount} werden nicht eingezogen.`,
  confirmCancelNow: 'Jetzt kündigen',
  canceledNowAnnouncement: (name: string) => `${name} ist beendet.`,
};
