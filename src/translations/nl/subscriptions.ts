import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** Dutch terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Abonnementen',
  subscriptionsEmpty: 'Je hebt nog geen abonnementen.',
  subscriptionsLoading: 'Je abonnementen worden geladen…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 abonnement geladen.' : `${count} abonnementen geladen.`,
  signInToSee: 'Log in om je abonnementen te bekijken.',
  statusActive: 'Actief',
  statusTrialing: 'Proefperiode',
  statusPastDue: 'Achterstallig',
  statusCanceled: 'Opgezegd',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Eindigt op ${date}`,
  trialEndsOn: (date: string) => `Proefperiode eindigt op ${date}`,
  renewsOn: (date: string) => `Wordt verlengd op ${date}`,
  endedOn: (date: string) => `Beëindigd op ${date}`,
  cancelSubscription: 'Abonnement opzeggen',
  cancelHeading: (name: string) => `${name} opzeggen?`,
  cancelConsequence: (date: string) =>
    `Je houdt toegang tot ${date}. Er wordt niets meer in rekening gebracht.`,
  cancelTrialConsequence: (date: string) =>
    `Je proefperiode eindigt op ${date} en er wordt niets in rekening gebracht. Tot die tijd houd je toegang.`,
  cancelReasonLegend: 'Waarom zeg je op? (optioneel)',
  reason_too_expensive: 'Te duur',
  reason_missing_features: 'Er ontbreken functies',
  reason_switched_service: 'Overgestapt naar een andere dienst',
  reason_unused: 'Ik gebruik het te weinig',
  reason_customer_service: 'Klantenservice',
  reason_low_quality: 'Kwaliteit viel tegen',
  reason_too_complex: 'Te ingewikkeld',
  reason_other: 'Andere reden',
  cancelComment: 'Wil je ons nog iets laten weten? (optioneel)',
  keepSubscription: 'Abonnement behouden',
  confirmCancel: 'Abonnement opzeggen',
  cancelling: 'Opzeggen…',
  canceledAnnouncement: (name: string, date: string) => `${name} eindigt op ${date}.`,
  resumeSubscription: 'Abonnement hervatten',
  resuming: 'Hervatten…',
  resumedAnnouncement: (name: string) => `${name} wordt gewoon verlengd.`,
  changePlan: 'Plan wijzigen',
  changePlanHeading: (name: string) => `${name} wijzigen`,
  choosePlanLegend: 'Kies een plan',
  currentPlan: '(huidig plan)',
  previewLoading: 'Prijs wordt berekend…',
  previewTax: 'Btw',
  previewTotal: 'Totaal',
  confirmChange: 'Plan wijzigen',
  changing: 'Wijzigen…',
  changedAnnouncement: (name: string) => `Je plan is nu ${name}.`,
  changeSeats: 'Plekken wijzigen',
  changeSeatsHeading: (name: string) => `Plekken van ${name}`,
  seatsField: 'Aantal plekken',
  seatsAtLeast: (min: number) => `Minimaal ${min}.`,
  seatsBetween: (min: number, max: number) => `Tussen ${min} en ${max}.`,
  confirmSeats: 'Plekken wijzigen',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} heeft nu ${seats} ${seats === 1 ? 'plek' : 'plekken'}.`,
  startedOn: 'Gestart',
  currentPeriod: 'Huidige periode',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Volgende afschrijving',
  nextChargeOn: (amount: string, date: string) => `${amount} op ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} op ${date}, na ${discount} korting`,
  noFurtherCharges: 'Geen verdere afschrijvingen',
  pendingChange: 'Geplande wijziging',
  pendingSeats: (seats: number, date: string) =>
    `${seats} ${seats === 1 ? 'plek' : 'plekken'} vanaf ${date}`,
  pendingPlan: (date: string) => `Nieuw plan vanaf ${date}`,
  cancellationReason: 'Reden van opzegging',
  cancellationComment: 'Je opmerking',
  usageHeading: 'Verbruik deze periode',
  usageMeter: 'Meter',
  usageConsumed: 'Verbruikt',
  usageCredited: 'Inbegrepen',
  usageAmount: 'Kosten',
  statusCancelsOn: (date: string) => `Eindigt op ${date}`,
  statusTrialEndsOn: (date: string) => `Proefperiode eindigt op ${date}`,
  statusPausedUntil: (date: string) => `Gepauzeerd tot ${date}`,
  statusPaused: 'Gepauzeerd',
  statusChangesTo: (what: string, date: string) => `Wijzigt op ${date} naar ${what}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seats === 1 ? 'plek' : 'plekken'}`,
  changePlanWhat: (name: string, seats: number) =>
    `${name}, ${seats} ${seats === 1 ? 'plek' : 'plekken'}`,
  cancelScheduledChange: 'Geplande wijziging annuleren',
  cancellingScheduledChange: 'Wijziging annuleren…',
  scheduledChangeCancelled: (name: string) =>
    `De geplande wijziging is geannuleerd: ${name} blijft zoals het is.`,
  trialNoCard: (date: string) =>
    `Voeg een kaart toe voordat je proefperiode op ${date} eindigt om je abonnement te behouden.`,
  addCard: 'Kaart toevoegen',
  updatePaymentMethod: 'Betaalmethode bijwerken',
  paymentDeclined: (card: string) =>
    `Je ${card} is geweigerd, dus er is niets gewijzigd. Werk je betaalmethode bij en probeer het opnieuw.`,
  paymentNeedsAuthentication: (card: string) =>
    `Je bank wil deze afschrijving van je ${card} laten bevestigen, en dat kan niet bij een planwijziging. Er is dus niets gewijzigd. Gebruik een andere kaart en probeer het opnieuw.`,
  yourCard: 'kaart',
  paymentMissing:
    'Er is geen kaart om te belasten, dus er is niets gewijzigd. Voeg een betaalmethode toe en probeer het opnieuw.',
  cardName: (brand: string, last4: string) => `${brand}-kaart eindigend op ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, eerste periode`,
  previewSubtotal: 'Subtotaal',
  previewDiscount: 'Korting',
  previewBalanceUsed: 'Van je tegoed',
  previewBalanceOwed: 'Openstaand saldo',
  previewDueToday: 'Vandaag te betalen',
  previewAddedToNext: 'Bij je volgende factuur',
  previewCreditToBalance: (amount: string) =>
    `${amount} gaat naar je tegoed en wordt verrekend met je volgende facturen.`,
  previewNothingToday: (date: string) =>
    `Vandaag wordt er niets in rekening gebracht: dit komt op je factuur van ${date}.`,
  previewScheduled: (date: string) =>
    `De wijziging gaat in op ${date}. Er wordt nu niets in rekening gebracht.`,
  previewTrialContinues: (date: string) =>
    `Je proefperiode loopt door tot ${date}. Tot die tijd betaal je niets.`,
  previewTrialEnds: (name: string) => `Hiermee eindigt je proefperiode nu en start ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Volgende factuur op ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Volgende factuur op ${date}: ${amount} excl. btw`,
  consentNow: (amount: string) =>
    `Ik ga ermee akkoord dat er nu ${amount} in rekening wordt gebracht.`,
  consentNoCharge: 'Ik ga akkoord met deze wijziging. Er wordt nu niets in rekening gebracht.',
  consentCredit: (amount: string) =>
    `Ik ga akkoord met deze wijziging. Er wordt nu niets in rekening gebracht; ${amount} gaat naar mijn tegoed.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Ik ga ermee akkoord dat ${amount} wordt toegevoegd aan mijn volgende factuur op ${date}. Vandaag wordt er niets in rekening gebracht.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Ik ga akkoord met deze wijziging: ${amount} wordt in mindering gebracht op mijn volgende factuur op ${date}. Vandaag wordt er niets in rekening gebracht.`,
  consentScheduled: (date: string) =>
    `Ik ga akkoord met de wijziging per ${date}. Er wordt nu niets in rekening gebracht.`,
  consentTrialContinues: (date: string) =>
    `Ik ga akkoord met de wijziging. Mijn proefperiode loopt door tot ${date}; tot die tijd wordt er niets in rekening gebracht.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Ik ga ermee akkoord dat mijn proefperiode hiermee eindigt en dat er nu ${amount} voor ${name} in rekening wordt gebracht.`,
  confirmEndTrial: 'Plan wijzigen en proefperiode beëindigen',
  changePlanNew: 'een nieuw plan',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} wijzigt op ${date}. Er is niets in rekening gebracht.`,
  statusPausesOn: (date: string) => `Pauzeert op ${date}`,
  pausesOn: (date: string) => `Pauzeert op ${date}, tot je het hervat`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Pauzeert op ${date}, wordt hervat op ${resumes}`,
  resumesOn: (date: string) => `Wordt hervat op ${date}`,
  pausedUntilResumed: 'Gepauzeerd tot je het hervat',
  pauseSubscription: 'Abonnement pauzeren',
  pauseHeading: (name: string) => `${name} pauzeren?`,
  pauseConsequence: (date: string) =>
    `Het blijft actief tot ${date}. Daarna wordt het gepauzeerd: je betaalt niets en de voordelen stoppen tot het wordt hervat.`,
  resumeDateField: 'Hervatten op (optioneel)',
  resumeDateHint: (date: string) =>
    `Een dag na ${date}. Laat leeg om gepauzeerd te blijven tot je het zelf hervat.`,
  resumeAfter: (date: string) => `Kies een dag na ${date}.`,
  keepSubscriptionRunning: 'Laten doorlopen',
  confirmPause: 'Abonnement pauzeren',
  pausing: 'Pauzeren…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} pauzeert op ${date}, tot je het hervat.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} pauzeert op ${date} en wordt hervat op ${resumes}.`,
  cancelScheduledPause: 'Geplande pauze annuleren',
  cancellingPause: 'Pauze annuleren…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} wordt niet gepauzeerd: het wordt gewoon verlengd.`,
  resumePause: 'Nu hervatten',
  resumePauseHeading: (name: string) => `${name} nu hervatten?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Vandaag begint een nieuwe periode, die direct in rekening wordt gebracht: ${price}, plus eventuele btw. Het abonnement wordt verlengd op ${date}.`,
  confirmResumePause: 'Hervatten en betalen',
  keepPaused: 'Gepauzeerd laten',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} is weer actief en wordt verlengd op ${date}.`,
  resumeNeedsCard: 'Voeg een betaalmethode toe voordat je dit abonnement hervat.',
  cancelChangeHeading: 'Geplande wijziging annuleren?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} wordt op ${date} ongewijzigd verlengd.`,
  keepScheduledChange: 'Wijziging behouden',
  pastDueSince: (date: string) => `Betaling achterstallig sinds ${date}`,
  pastDueNotice: (amount: string) =>
    `Je laatste betaling van ${amount} is mislukt. Betaal nu of werk je kaart bij om je abonnement te behouden.`,
  pastDueNoticeNoAmount:
    'Je laatste betaling is mislukt. Werk je kaart bij om je abonnement te behouden.',
  pastDueNextCharge: 'Achterstallig: betaal eerst de mislukte betaling',
  payNow: 'Nu betalen',
  cancelPastDue:
    'Je laatste betaling is niet gelukt. Als je nu opzegt, eindigt je abonnement direct en worden er geen nieuwe betalingspogingen meer gedaan.',
  cancelPastDueOutstanding: (amount: string) =>
    `Je laatste betaling is niet gelukt. Als je nu opzegt, eindigt je abonnement direct: het openstaande bedrag van ${amount} wordt niet geïnd.`,
  confirmCancelNow: 'Nu opzeggen',
  canceledNowAnnouncement: (name: string) => `${name} is beëindigd.`,
};
