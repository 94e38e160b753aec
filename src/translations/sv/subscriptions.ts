import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** Swedish terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Prenumerationer',
  subscriptionsEmpty: 'Du har inga prenumerationer än.',
  subscriptionsLoading: 'Laddar dina prenumerationer…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 prenumeration inläst.' : `${count} prenumerationer inlästa.`,
  signInToSee: 'Logga in för att se dina prenumerationer.',
  statusActive: 'Aktiv',
  statusTrialing: 'Provperiod',
  statusPastDue: 'Förfallen',
  statusCanceled: 'Avslutad',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Avslutas den ${date}`,
  trialEndsOn: (date: string) => `Provperioden slutar den ${date}`,
  renewsOn: (date: string) => `Förnyas den ${date}`,
  endedOn: (date: string) => `Avslutades den ${date}`,
  cancelSubscription: 'Avsluta prenumeration',
  cancelHeading: (name: string) => `Avsluta ${name}?`,
  cancelConsequence: (date: string) =>
    `Du har kvar åtkomsten till och med ${date}. Du debiteras inte igen.`,
  cancelTrialConsequence: (date: string) =>
    `Din provperiod slutar den ${date} och du debiteras inte. Du har kvar åtkomsten fram till dess.`,
  cancelReasonLegend: 'Varför avslutar du? (valfritt)',
  reason_too_expensive: 'För dyrt',
  reason_missing_features: 'Saknar funktioner',
  reason_switched_service: 'Bytte till en annan tjänst',
  reason_unused: 'Jag använder det inte tillräckligt',
  reason_customer_service: 'Kundservice',
  reason_low_quality: 'Sämre kvalitet än väntat',
  reason_too_complex: 'För krångligt',
  reason_other: 'Annan anledning',
  cancelComment: 'Något mer du vill berätta? (valfritt)',
  keepSubscription: 'Behåll prenumerationen',
  confirmCancel: 'Avsluta prenumeration',
  cancelling: 'Avslutar…',
  canceledAnnouncement: (name: string, date: string) => `${name} avslutas den ${date}.`,
  resumeSubscription: 'Återuppta prenumeration',
  resuming: 'Återupptar…',
  resumedAnnouncement: (name: string) => `${name} förnyas som vanligt.`,
  changePlan: 'Byt plan',
  changePlanHeading: (name: string) => `Ändra ${name}`,
  choosePlanLegend: 'Välj en plan',
  currentPlan: '(nuvarande plan)',
  previewLoading: 'Beräknar priset…',
  previewTax: 'Moms',
  previewTotal: 'Totalt',
  confirmChange: 'Byt plan',
  changing: 'Byter…',
  changedAnnouncement: (name: string) => `Din plan är nu ${name}.`,
  changeSeats: 'Ändra antal platser',
  changeSeatsHeading: (name: string) => `Platser för ${name}`,
  seatsField: 'Antal platser',
  seatsAtLeast: (min: number) => `Minst ${min}.`,
  seatsBetween: (min: number, max: number) => `Mellan ${min} och ${max}.`,
  confirmSeats: 'Ändra antal platser',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} har nu ${seats} ${seats === 1 ? 'plats' : 'platser'}.`,
  startedOn: 'Startade',
  currentPeriod: 'Nuvarande period',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Nästa debitering',
  nextChargeOn: (amount: string, date: string) => `${amount} den ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} den ${date}, efter ${discount} i rabatt`,
  noFurtherCharges: 'Inga fler debiteringar',
  pendingChange: 'Planerad ändring',
  pendingSeats: (seats: number, date: string) =>
    `${seats} ${seats === 1 ? 'plats' : 'platser'} från och med ${date}`,
  pendingPlan: (date: string) => `Ny plan från och med ${date}`,
  cancellationReason: 'Anledning till avslut',
  cancellationComment: 'Din kommentar',
  usageHeading: 'Användning den här perioden',
  usageMeter: 'Mätare',
  usageConsumed: 'Förbrukat',
  usageCredited: 'Ingår',
  usageAmount: 'Avgift',
  statusCancelsOn: (date: string) => `Avslutas den ${date}`,
  statusTrialEndsOn: (date: string) => `Provperioden slutar den ${date}`,
  statusPausedUntil: (date: string) => `Pausad till ${date}`,
  statusPaused: 'Pausad',
  statusChangesTo: (what: string, date: string) => `Ändras till ${what} den ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seats === 1 ? 'plats' : 'platser'}`,
  changePlanWhat: (name: string, seats: number) =>
    `${name}, ${seats} ${seats === 1 ? 'plats' : 'platser'}`,
  cancelScheduledChange: 'Avbryt planerad ändring',
  cancellingScheduledChange: 'Avbryter ändringen…',
  scheduledChangeCancelled: (name: string) =>
    `Den planerade ändringen avbröts: ${name} förblir som den är.`,
  trialNoCard: (date: string) =>
    `Lägg till ett kort innan din provperiod slutar den ${date} för att behålla prenumerationen.`,
  addCard: 'Lägg till kort',
  updatePaymentMethod: 'Uppdatera betalningsmetod',
  paymentDeclined: (card: string) =>
    `Ditt ${card} nekades, så ingenting ändrades. Uppdatera din betalningsmetod och försök sedan igen.`,
  paymentNeedsAuthentication: (card: string) =>
    `Din bank vill bekräfta debiteringen av ditt ${card}, vilket inte går vid ett planbyte, så ingenting ändrades. Använd ett annat kort och försök sedan igen.`,
  yourCard: 'kort',
  paymentMissing:
    'Det finns inget kort att debitera, så ingenting ändrades. Lägg till en betalningsmetod och försök sedan igen.',
  cardName: (brand: string, last4: string) => `${brand}-kort som slutar på ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, första perioden`,
  previewSubtotal: 'Delsumma',
  previewDiscount: 'Rabatt',
  previewBalanceUsed: 'Från ditt saldo',
  previewBalanceOwed: 'Utestående saldo',
  previewDueToday: 'Att betala i dag',
  previewAddedToNext: 'Läggs till på din nästa faktura',
  previewCreditToBalance: (amount: string) =>
    `${amount} läggs till i ditt saldo och dras av från dina kommande fakturor.`,
  previewNothingToday: (date: string) =>
    `Inget debiteras i dag: beloppet läggs till på din faktura den ${date}.`,
  previewScheduled: (date: string) => `Ändringen gäller från och med ${date}. Inget debiteras nu.`,
  previewTrialContinues: (date: string) =>
    `Din provperiod fortsätter till och med ${date}. Du debiteras inte före dess.`,
  previewTrialEnds: (name: string) => `Det här avslutar din provperiod nu och startar ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Nästa faktura den ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Nästa faktura den ${date}: ${amount} exkl. moms`,
  consentNow: (amount: string) => `Jag godkänner att ${amount} debiteras nu.`,
  consentNoCharge: 'Jag godkänner ändringen. Inget debiteras nu.',
  consentCredit: (amount: string) =>
    `Jag godkänner ändringen. Inget debiteras nu; ${amount} läggs till i mitt saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Jag godkänner att ${amount} läggs till på min nästa faktura den ${date}. Inget debiteras i dag.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Jag godkänner ändringen: ${amount} dras av från min nästa faktura den ${date}. Inget debiteras i dag.`,
  consentScheduled: (date: string) =>
    `Jag godkänner ändringen från och med ${date}. Inget debiteras nu.`,
  consentTrialContinues: (date: string) =>
    `Jag godkänner ändringen. Min provperiod fortsätter till och med ${date}; inget debiteras före dess.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Jag godkänner att detta avslutar min provperiod och att jag debiteras ${amount} nu för ${name}.`,
  confirmEndTrial: 'Byt plan och avsluta provperioden',
  changePlanNew: 'en ny plan',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} ändras den ${date}. Inget har debiterats.`,
  statusPausesOn: (date: string) => `Pausas den ${date}`,
  pausesOn: (date: string) => `Pausas den ${date} tills du återupptar den`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Pausas den ${date}, återupptas den ${resumes}`,
  resumesOn: (date: string) => `Återupptas den ${date}`,
  pausedUntilResumed: 'Pausad tills du återupptar den',
  pauseSubscription: 'Pausa prenumeration',
  pauseHeading: (name: string) => `Pausa ${name}?`,
  pauseConsequence: (date: string) =>
    `Den är aktiv till och med ${date}. Sedan pausas den: du debiteras inte, och dess förmåner upphör tills den återupptas.`,
  resumeDateField: 'Återuppta den (valfritt)',
  resumeDateHint: (date: string) =>
    `En dag efter ${date}. Lämna tomt för att förbli pausad tills du själv återupptar den.`,
  resumeAfter: (date: string) => `Välj en dag efter ${date}.`,
  keepSubscriptionRunning: 'Låt den fortsätta',
  confirmPause: 'Pausa prenumeration',
  pausing: 'Pausar…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} pausas den ${date} tills du återupptar den.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} pausas den ${date} och återupptas den ${resumes}.`,
  cancelScheduledPause: 'Avbryt planerad paus',
  cancellingPause: 'Avbryter pausen…',
  pauseCancelledAnnouncement: (name: string) => `${name} pausas inte: den förnyas som vanligt.`,
  resumePause: 'Återuppta nu',
  resumePauseHeading: (name: string) => `Återuppta ${name} nu?`,
  resumePauseConsequence: (price: string, date: string) =>
    `En ny period börjar i dag och debiteras nu: ${price}, plus eventuell moms. Prenumerationen förnyas den ${date}.`,
  confirmResumePause: 'Återuppta och betala',
  keepPaused: 'Låt den vara pausad',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} är aktiv igen och förnyas den ${date}.`,
  resumeNeedsCard: 'Lägg till en betalningsmetod innan du återupptar prenumerationen.',
  cancelChangeHeading: 'Avbryta den planerade ändringen?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} förnyas oförändrad den ${date}.`,
  keepScheduledChange: 'Behåll ändringen',
  pastDueSince: (date: string) => `Betalningen förfallen sedan ${date}`,
  pastDueNotice: (amount: string) =>
    `Din senaste betalning på ${amount} misslyckades. Betala nu eller uppdatera ditt kort för att behålla prenumerationen.`,
  pastDueNoticeNoAmount:
    'Din senaste betalning misslyckades. Uppdatera ditt kort för att behålla prenumerationen.',
  pastDueNextCharge: 'Förfallen: betala den misslyckade betalningen först',
  payNow: 'Betala nu',
  cancelPastDue:
    'Din senaste betalning gick inte igenom. Om du avslutar nu upphör prenumerationen direkt och inga fler betalningsförsök görs.',
  cancelPastDueOutstanding: (amount: string) =>
    `Din senaste betalning gick inte igenom. Om du avslutar nu upphör prenumerationen direkt: det utestående beloppet på ${amount} drivs inte in.`,
  confirmCancelNow: 'Avsluta nu',
  canceledNowAnnouncement: (name: string) => `${name} har avslutats.`,
};
