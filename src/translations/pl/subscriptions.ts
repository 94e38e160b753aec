import type { subscriptions as en } from '../../locales/en/subscriptions.js';

const plural = new Intl.PluralRules('pl');
/** The noun after a count: 1 stanowisko, 2 stanowiska, 5 stanowisk. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};
const seatWord = (count: number) => forms(count, 'stanowisko', 'stanowiska', 'stanowisk');

/** Polish terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Subskrypcje',
  subscriptionsEmpty: 'Nie masz jeszcze żadnych subskrypcji.',
  subscriptionsLoading: 'Ładowanie subskrypcji…',
  subscriptionsLoaded: (count: number) =>
    `Wczytano ${count} ${forms(count, 'subskrypcję', 'subskrypcje', 'subskrypcji')}.`,
  signInToSee: 'Zaloguj się, aby zobaczyć swoje subskrypcje.',
  statusActive: 'Aktywna',
  statusTrialing: 'Okres próbny',
  statusPastDue: 'Zaległa płatność',
  statusCanceled: 'Anulowana',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Zakończy się ${date}`,
  trialEndsOn: (date: string) => `Okres próbny kończy się ${date}`,
  renewsOn: (date: string) => `Odnawia się ${date}`,
  endedOn: (date: string) => `Zakończyła się ${date}`,
  cancelSubscription: 'Anuluj subskrypcję',
  cancelHeading: (name: string) => `Anulować subskrypcję ${name}?`,
  cancelConsequence: (date: string) =>
    `Zachowasz dostęp do ${date}. Nie pobierzemy już żadnych opłat.`,
  cancelTrialConsequence: (date: string) =>
    `Twój okres próbny zakończy się ${date} i nie pobierzemy żadnej opłaty. Do tego czasu zachowasz dostęp.`,
  cancelReasonLegend: 'Dlaczego rezygnujesz? (opcjonalnie)',
  reason_too_expensive: 'Za drogo',
  reason_missing_features: 'Brakuje mi funkcji',
  reason_switched_service: 'Przechodzę do innej usługi',
  reason_unused: 'Za rzadko z tego korzystam',
  reason_customer_service: 'Obsługa klienta',
  reason_low_quality: 'Jakość poniżej oczekiwań',
  reason_too_complex: 'Zbyt skomplikowane',
  reason_other: 'Inny powód',
  cancelComment: 'Chcesz nam coś jeszcze przekazać? (opcjonalnie)',
  keepSubscription: 'Zachowaj subskrypcję',
  confirmCancel: 'Anuluj subskrypcję',
  cancelling: 'Anulowanie…',
  canceledAnnouncement: (name: string, date: string) => `Subskrypcja ${name} zakończy się ${date}.`,
  resumeSubscription: 'Wznów subskrypcję',
  resuming: 'Wznawianie…',
  resumedAnnouncement: (name: string) => `Subskrypcja ${name} będzie odnawiana jak zwykle.`,
  changePlan: 'Zmień plan',
  changePlanHeading: (name: string) => `Zmiana planu: ${name}`,
  choosePlanLegend: 'Wybierz plan',
  currentPlan: '(obecny plan)',
  previewLoading: 'Obliczanie ceny…',
  previewTax: 'Podatek',
  previewTotal: 'Razem',
  confirmChange: 'Zmień plan',
  changing: 'Zmiana planu…',
  changedAnnouncement: (name: string) => `Twój plan to teraz ${name}.`,
  changeSeats: 'Zmień liczbę stanowisk',
  changeSeatsHeading: (name: string) => `Stanowiska w subskrypcji ${name}`,
  seatsField: 'Liczba stanowisk',
  seatsAtLeast: (min: number) => `Co najmniej ${min}.`,
  seatsBetween: (min: number, max: number) => `Od ${min} do ${max}.`,
  confirmSeats: 'Zmień liczbę stanowisk',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `Subskrypcja ${name} ma teraz ${seats} ${seatWord(seats)}.`,
  startedOn: 'Data rozpoczęcia',
  currentPeriod: 'Bieżący okres',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Następna płatność',
  nextChargeOn: (amount: string, date: string) => `${amount} w dniu ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} w dniu ${date}, po rabacie ${discount}`,
  noFurtherCharges: 'Brak kolejnych płatności',
  pendingChange: 'Zaplanowana zmiana',
  pendingSeats: (seats: number, date: string) => `${seats} ${seatWord(seats)} od ${date}`,
  pendingPlan: (date: string) => `Nowy plan od ${date}`,
  cancellationReason: 'Powód rezygnacji',
  cancellationComment: 'Twój komentarz',
  usageHeading: 'Zużycie w tym okresie',
  usageMeter: 'Licznik',
  usageConsumed: 'Zużyto',
  usageCredited: 'W cenie',
  usageAmount: 'Opłata',
  statusCancelsOn: (date: string) => `Zakończy się ${date}`,
  statusTrialEndsOn: (date: string) => `Okres próbny do ${date}`,
  statusPausedUntil: (date: string) => `Wstrzymana do ${date}`,
  statusPaused: 'Wstrzymana',
  statusChangesTo: (what: string, date: string) => `Zmiana na ${what} od ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seatWord(seats)}`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} ${seatWord(seats)}`,
  cancelScheduledChange: 'Anuluj zaplanowaną zmianę',
  cancellingScheduledChange: 'Anulowanie zmiany…',
  scheduledChangeCancelled: (name: string) =>
    `Zaplanowana zmiana została anulowana: subskrypcja ${name} pozostaje bez zmian.`,
  trialNoCard: (date: string) =>
    `Dodaj kartę przed końcem okresu próbnego (${date}), aby zachować subskrypcję.`,
  addCard: 'Dodaj kartę',
  updatePaymentMethod: 'Zaktualizuj metodę płatności',
  paymentDeclined: (card: string) =>
    `Twoja ${card} została odrzucona, więc nic nie zostało zmienione. Zaktualizuj metodę płatności i spróbuj ponownie.`,
  paymentNeedsAuthentication: (card: string) =>
    `Twoja ${card} wymaga potwierdzenia tej płatności w banku, a przy zmianie planu nie jest to możliwe, więc nic nie zostało zmienione. Użyj innej karty i spróbuj ponownie.`,
  yourCard: 'karta',
  paymentMissing:
    'Brak karty do obciążenia, więc nic nie zostało zmienione. Dodaj metodę płatności i spróbuj ponownie.',
  cardName: (brand: string, last4: string) => `karta ${brand} z końcówką ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, pierwszy okres`,
  previewSubtotal: 'Suma częściowa',
  previewDiscount: 'Rabat',
  previewBalanceUsed: 'Z Twojego salda',
  previewBalanceOwed: 'Zaległe saldo',
  previewDueToday: 'Do zapłaty dzisiaj',
  previewAddedToNext: 'Doliczone do kolejnej faktury',
  previewCreditToBalance: (amount: string) =>
    `Kwota ${amount} trafi na Twoje saldo i zostanie odliczona od kolejnych faktur.`,
  previewNothingToday: (date: string) =>
    `Dzisiaj nic nie pobierzemy: kwota zostanie doliczona do faktury z dnia ${date}.`,
  previewScheduled: (date: string) =>
    `Zmiana zacznie obowiązywać ${date}. Teraz nic nie pobierzemy.`,
  previewTrialContinues: (date: string) =>
    `Twój okres próbny trwa do ${date}. Do tego czasu nie pobierzemy żadnej opłaty.`,
  previewTrialEnds: (name: string) =>
    `Spowoduje to natychmiastowe zakończenie okresu próbnego i rozpoczęcie planu ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Następna faktura ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Następna faktura ${date}: ${amount} netto`,
  consentNow: (amount: string) => `Wyrażam zgodę na pobranie teraz kwoty ${amount}.`,
  consentNoCharge: 'Akceptuję tę zmianę. Teraz nic nie zostanie pobrane.',
  consentCredit: (amount: string) =>
    `Akceptuję tę zmianę. Teraz nic nie zostanie pobrane, a kwota ${amount} trafi na moje saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Wyrażam zgodę na doliczenie kwoty ${amount} do mojej kolejnej faktury z dnia ${date}. Dzisiaj nic nie zostanie pobrane.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Akceptuję tę zmianę: kwota ${amount} zostanie odliczona od mojej kolejnej faktury z dnia ${date}. Dzisiaj nic nie zostanie pobrane.`,
  consentScheduled: (date: string) =>
    `Akceptuję zmianę od ${date}. Teraz nic nie zostanie pobrane.`,
  consentTrialContinues: (date: string) =>
    `Akceptuję tę zmianę. Mój okres próbny trwa do ${date}; do tego czasu nic nie zostanie pobrane.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Wyrażam zgodę na zakończenie mojego okresu próbnego i pobranie teraz kwoty ${amount} za plan ${name}.`,
  confirmEndTrial: 'Zmień plan i zakończ okres próbny',
  changePlanNew: 'nowy plan',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `Subskrypcja ${name} zmieni się ${date}. Nic nie zostało pobrane.`,
  statusPausesOn: (date: string) => `Wstrzymanie od ${date}`,
  pausesOn: (date: string) => `Wstrzymanie od ${date}, do czasu wznowienia`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Wstrzymanie od ${date}, wznowienie ${resumes}`,
  resumesOn: (date: string) => `Wznowienie ${date}`,
  pausedUntilResumed: 'Wstrzymana do czasu wznowienia',
  pauseSubscription: 'Wstrzymaj subskrypcję',
  pauseHeading: (name: string) => `Wstrzymać subskrypcję ${name}?`,
  pauseConsequence: (date: string) =>
    `Subskrypcja pozostanie aktywna do ${date}. Potem zostanie wstrzymana: nie pobierzemy opłat, a powiązane korzyści będą niedostępne do czasu wznowienia.`,
  resumeDateField: 'Data wznowienia (opcjonalnie)',
  resumeDateHint: (date: string) =>
    `Dowolny dzień po ${date}. Zostaw puste, aby subskrypcja pozostała wstrzymana, dopóki jej nie wznowisz.`,
  resumeAfter: (date: string) => `Wybierz dzień po ${date}.`,
  keepSubscriptionRunning: 'Nie wstrzymuj',
  confirmPause: 'Wstrzymaj subskrypcję',
  pausing: 'Wstrzymywanie…',
  pausedAnnouncement: (name: string, date: string) =>
    `Subskrypcja ${name} zostanie wstrzymana ${date}, do czasu wznowienia.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `Subskrypcja ${name} zostanie wstrzymana ${date} i wznowiona ${resumes}.`,
  cancelScheduledPause: 'Anuluj zaplanowane wstrzymanie',
  cancellingPause: 'Anulowanie wstrzymania…',
  pauseCancelledAnnouncement: (name: string) =>
    `Subskrypcja ${name} nie zostanie wstrzymana: będzie odnawiana jak zwykle.`,
  resumePause: 'Wznów teraz',
  resumePauseHeading: (name: string) => `Wznowić teraz subskrypcję ${name}?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Nowy okres zaczyna się dzisiaj i jest płatny od razu: ${price} plus podatek, jeśli ma zastosowanie. Subskrypcja odnowi się ${date}.`,
  confirmResumePause: 'Wznów i zapłać',
  keepPaused: 'Pozostaw wstrzymaną',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `Subskrypcja ${name} jest znowu aktywna i odnowi się ${date}.`,
  resumeNeedsCard: 'Przed wznowieniem tej subskrypcji dodaj metodę płatności.',
  cancelChangeHeading: 'Anulować zaplanowaną zmianę?',
  cancelChangeConsequence: (name: string, date: string) =>
    `Subskrypcja ${name} odnowi się ${date} bez zmian.`,
  keepScheduledChange: 'Zachowaj zmianę',
  pastDueSince: (date: string) => `Płatność zaległa od ${date}`,
  pastDueNotice: (amount: string) =>
    `Twoja ostatnia płatność w wysokości ${amount} nie powiodła się. Zapłać teraz lub zaktualizuj kartę, aby zachować subskrypcję.`,
  pastDueNoticeNoAmount:
    'Twoja ostatnia płatność nie powiodła się. Zaktualizuj kartę, aby zachować subskrypcję.',
  pastDueNextCharge: 'Zaległość: najpierw opłać nieudaną płatność',
  payNow: 'Zapłać teraz',
  cancelPastDue:
    'Twoja ostatnia płatność nie powiodła się. Anulowanie teraz natychmiast zakończy subskrypcję i zatrzyma dalsze próby obciążenia.',
  cancelPastDueOutstanding: (amount: string) =>
    `Twoja ostatnia płatność nie powiodła się. Anulowanie teraz natychmiast zakończy subskrypcję: zaległa kwota ${amount} nie zostanie pobrana.`,
  confirmCancelNow: 'Anuluj teraz',
  canceledNowAnnouncement: (name: string) => `Subskrypcja ${name} została zakończona.`,
};
