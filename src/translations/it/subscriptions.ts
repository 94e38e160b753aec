import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** Dates read "3 mar 2025"; before "8 …" and "11 …" the article elides ("l’8", "dall’11"). */
const elides = (date: string) => /^(8|11)(?!\d)/.test(date);
const il = (date: string) => (elides(date) ? `l’${date}` : `il ${date}`);
const al = (date: string) => (elides(date) ? `all’${date}` : `al ${date}`);
const dal = (date: string) => (elides(date) ? `dall’${date}` : `dal ${date}`);
const del = (date: string) => (elides(date) ? `dell’${date}` : `del ${date}`);
const seatWord = (n: number) => (n === 1 ? 'postazione' : 'postazioni');

/** Italian terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Abbonamenti',
  subscriptionsEmpty: 'Non ci sono ancora abbonamenti.',
  subscriptionsLoading: 'Caricamento degli abbonamenti…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 abbonamento caricato.' : `${count} abbonamenti caricati.`,
  signInToSee: 'Accedere per visualizzare gli abbonamenti.',
  statusActive: 'Attivo',
  statusTrialing: 'In prova',
  statusPastDue: 'Pagamento in ritardo',
  statusCanceled: 'Annullato',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Termina ${il(date)}`,
  trialEndsOn: (date: string) => `Il periodo di prova termina ${il(date)}`,
  renewsOn: (date: string) => `Si rinnova ${il(date)}`,
  endedOn: (date: string) => `Terminato ${il(date)}`,
  cancelSubscription: 'Annulla abbonamento',
  cancelHeading: (name: string) => `Annullare ${name}?`,
  cancelConsequence: (date: string) =>
    `L’accesso resta attivo fino ${al(date)}. Non verranno effettuati altri addebiti.`,
  cancelTrialConsequence: (date: string) =>
    `Il periodo di prova termina ${il(date)} e non verrà effettuato alcun addebito. L’accesso resta attivo fino ad allora.`,
  cancelReasonLegend: 'Motivo dell’annullamento (facoltativo)',
  reason_too_expensive: 'Troppo costoso',
  reason_missing_features: 'Mancano funzionalità importanti',
  reason_switched_service: 'Passaggio a un altro servizio',
  reason_unused: 'Non lo uso abbastanza',
  reason_customer_service: 'Servizio clienti',
  reason_low_quality: 'Qualità inferiore alle aspettative',
  reason_too_complex: 'Troppo complicato',
  reason_other: 'Altro motivo',
  cancelComment: 'Ulteriori commenti (facoltativo)',
  keepSubscription: 'Mantieni abbonamento',
  confirmCancel: 'Annulla abbonamento',
  cancelling: 'Annullamento in corso…',
  canceledAnnouncement: (name: string, date: string) => `${name} terminerà ${il(date)}.`,
  resumeSubscription: 'Riattiva abbonamento',
  resuming: 'Riattivazione in corso…',
  resumedAnnouncement: (name: string) => `${name} si rinnoverà regolarmente.`,
  changePlan: 'Cambia piano',
  changePlanHeading: (name: string) => `Cambio piano: ${name}`,
  choosePlanLegend: 'Scegliere un piano',
  currentPlan: '(piano attuale)',
  previewLoading: 'Calcolo del prezzo…',
  previewTax: 'IVA',
  previewTotal: 'Totale',
  confirmChange: 'Cambia piano',
  changing: 'Modifica in corso…',
  changedAnnouncement: (name: string) => `Piano aggiornato: ${name}.`,
  changeSeats: 'Modifica postazioni',
  changeSeatsHeading: (name: string) => `Postazioni di ${name}`,
  seatsField: 'Numero di postazioni',
  seatsAtLeast: (min: number) => `Almeno ${min}.`,
  seatsBetween: (min: number, max: number) => `Tra ${min} e ${max}.`,
  confirmSeats: 'Modifica postazioni',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} ha ora ${seats} ${seatWord(seats)}.`,
  startedOn: 'Data di inizio',
  currentPeriod: 'Periodo corrente',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Prossimo addebito',
  nextChargeOn: (amount: string, date: string) => `${amount} ${il(date)}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} ${il(date)}, con uno sconto di ${discount}`,
  noFurtherCharges: 'Nessun altro addebito',
  pendingChange: 'Modifica programmata',
  pendingSeats: (seats: number, date: string) => `${seats} ${seatWord(seats)} ${dal(date)}`,
  pendingPlan: (date: string) => `Nuovo piano ${dal(date)}`,
  cancellationReason: 'Motivo dell’annullamento',
  cancellationComment: 'Commento',
  usageHeading: 'Utilizzo nel periodo corrente',
  usageMeter: 'Contatore',
  usageConsumed: 'Utilizzato',
  usageCredited: 'Incluso',
  usageAmount: 'Importo',
  statusCancelsOn: (date: string) => `Termina ${il(date)}`,
  statusTrialEndsOn: (date: string) => `In prova fino ${al(date)}`,
  statusPausedUntil: (date: string) => `In pausa fino ${al(date)}`,
  statusPaused: 'In pausa',
  statusChangesTo: (what: string, date: string) => `Passa a ${what} ${il(date)}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seatWord(seats)}`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} ${seatWord(seats)}`,
  cancelScheduledChange: 'Annulla modifica programmata',
  cancellingScheduledChange: 'Annullamento della modifica…',
  scheduledChangeCancelled: (name: string) =>
    `La modifica programmata è stata annullata: ${name} resta invariato.`,
  trialNoCard: (date: string) =>
    `Per mantenere l’abbonamento, aggiungere una carta prima della fine del periodo di prova, prevista per ${il(date)}.`,
  addCard: 'Aggiungi carta',
  updatePaymentMethod: 'Aggiorna metodo di pagamento',
  paymentDeclined: (card: string) =>
    `La ${card} è stata rifiutata, quindi non è stato modificato nulla. Aggiornare il metodo di pagamento e riprovare.`,
  paymentNeedsAuthentication: (card: string) =>
    `La banca richiede di confermare questo addebito sulla ${card}, operazione non possibile per un cambio di piano: non è stato modificato nulla. Usare un’altra carta e riprovare.`,
  yourCard: 'carta',
  paymentMissing:
    'Non è presente alcuna carta su cui effettuare l’addebito, quindi non è stato modificato nulla. Aggiungere un metodo di pagamento e riprovare.',
  cardName: (brand: string, last4: string) => `carta ${brand} che termina con ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, primo periodo`,
  previewSubtotal: 'Subtotale',
  previewDiscount: 'Sconto',
  previewBalanceUsed: 'Dal saldo disponibile',
  previewBalanceOwed: 'Saldo dovuto',
  previewDueToday: 'Da pagare oggi',
  previewAddedToNext: 'Aggiunto alla prossima fattura',
  previewCreditToBalance: (amount: string) =>
    `${amount} viene accreditato sul saldo e scalato dalle prossime fatture.`,
  previewNothingToday: (date: string) =>
    `Oggi non viene addebitato nulla: l’importo sarà aggiunto alla fattura ${del(date)}.`,
  previewScheduled: (date: string) =>
    `La modifica avrà effetto ${dal(date)}. Per ora non viene addebitato nulla.`,
  previewTrialContinues: (date: string) =>
    `Il periodo di prova continua fino ${al(date)}. Nessun addebito prima di allora.`,
  previewTrialEnds: (name: string) =>
    `Questa modifica termina subito il periodo di prova e attiva ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Prossima fattura ${il(date)}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Prossima fattura ${il(date)}: ${amount} IVA esclusa`,
  consentNow: (amount: string) => `Accetto l’addebito immediato di ${amount}.`,
  consentNoCharge: 'Accetto questa modifica. Per ora non viene addebitato nulla.',
  consentCredit: (amount: string) =>
    `Accetto questa modifica. Per ora non viene addebitato nulla; ${amount} viene accreditato sul mio saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Accetto che ${amount} venga aggiunto alla mia prossima fattura ${del(date)}. Oggi non viene addebitato nulla.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Accetto questa modifica: ${amount} verrà scalato dalla mia prossima fattura ${del(date)}. Oggi non viene addebitato nulla.`,
  consentScheduled: (date: string) =>
    `Accetto la modifica con effetto ${dal(date)}. Per ora non viene addebitato nulla.`,
  consentTrialContinues: (date: string) =>
    `Accetto la modifica. Il mio periodo di prova continua fino ${al(date)}; nessun addebito prima di allora.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Accetto che questa modifica termini il mio periodo di prova e che mi venga addebitato subito l’importo di ${amount} per ${name}.`,
  confirmEndTrial: 'Cambia piano e termina la prova',
  changePlanNew: 'un nuovo piano',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `La modifica di ${name} avrà effetto ${dal(date)}. Non è stato addebitato nulla.`,
  statusPausesOn: (date: string) => `In pausa ${dal(date)}`,
  pausesOn: (date: string) => `In pausa ${dal(date)}, fino alla ripresa manuale`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `In pausa ${dal(date)}, riprende ${il(resumes)}`,
  resumesOn: (date: string) => `Riprende ${il(date)}`,
  pausedUntilResumed: 'In pausa fino alla ripresa manuale',
  pauseSubscription: 'Metti in pausa l’abbonamento',
  pauseHeading: (name: string) => `Mettere in pausa ${name}?`,
  pauseConsequence: (date: string) =>
    `Resta attivo fino ${al(date)}. Poi viene messo in pausa: non vengono effettuati addebiti e i vantaggi inclusi restano sospesi fino alla ripresa.`,
  resumeDateField: 'Data di ripresa (facoltativa)',
  resumeDateHint: (date: string) =>
    `Una data successiva ${al(date)}. Lasciare vuoto per restare in pausa fino alla ripresa manuale.`,
  resumeAfter: (date: string) => `Scegliere una data successiva ${al(date)}.`,
  keepSubscriptionRunning: 'Mantieni attivo',
  confirmPause: 'Metti in pausa',
  pausing: 'Messa in pausa…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} sarà in pausa ${dal(date)}, fino alla ripresa manuale.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} sarà in pausa ${dal(date)} e riprenderà ${il(resumes)}.`,
  cancelScheduledPause: 'Annulla pausa programmata',
  cancellingPause: 'Annullamento della pausa…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} non verrà messo in pausa: si rinnoverà regolarmente.`,
  resumePause: 'Riprendi ora',
  resumePauseHeading: (name: string) => `Riprendere ${name} ora?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Oggi inizia un nuovo periodo, addebitato subito: ${price}, più eventuali imposte applicabili. Il rinnovo successivo è previsto per ${il(date)}.`,
  confirmResumePause: 'Riprendi e paga',
  keepPaused: 'Lascia in pausa',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} è di nuovo attivo e si rinnoverà ${il(date)}.`,
  resumeNeedsCard: 'Aggiungere un metodo di pagamento prima di riprendere questo abbonamento.',
  cancelChangeHeading: 'Annullare la modifica programmata?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} si rinnoverà ${il(date)} senza modifiche.`,
  keepScheduledChange: 'Mantieni modifica',
  pastDueSince: (date: string) => `Pagamento in ritardo ${dal(date)}`,
  pastDueNotice: (amount: string) =>
    `L’ultimo pagamento di ${amount} non è andato a buon fine. Per mantenere l’abbonamento, pagare ora o aggiornare la carta.`,
  pastDueNoticeNoAmount:
    'L’ultimo pagamento non è andato a buon fine. Aggiornare la carta per mantenere l’abbonamento.',
  pastDueNextCharge: 'In ritardo: saldare prima il pagamento non riuscito',
  payNow: 'Paga ora',
  cancelPastDue:
    'L’ultimo pagamento non è andato a buon fine. Annullando ora, l’abbonamento termina immediatamente e non verranno effettuati altri tentativi di pagamento.',
  cancelPastDueOutstanding: (amount: string) =>
    `L’ultimo pagamento non è andato a buon fine. Annullando ora, l’abbonamento termina immediatamente: l’importo ancora dovuto di ${amount} non verrà riscosso.`,
  confirmCancelNow: 'Annulla ora',
  canceledNowAnnouncement: (name: string) => `${name} è terminato.`,
};
