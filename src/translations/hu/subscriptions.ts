import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/**
 * Hungarian terms: subscriptions. Inserted values are never suffixed: dates are written
 * "2025. márc. 15." and take "napján" / "napjáig" / "napjától" after them, or stand after a
 * colon; their own final period ends a sentence. Nouns stay singular after a number.
 */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Előfizetések',
  subscriptionsEmpty: 'Még nincsenek előfizetései.',
  subscriptionsLoading: 'Előfizetések betöltése…',
  subscriptionsLoaded: (count: number) => `${count} előfizetés betöltve.`,
  signInToSee: 'Jelentkezzen be az előfizetései megtekintéséhez.',
  statusActive: 'Aktív',
  statusTrialing: 'Próbaidőszak',
  statusPastDue: 'Fizetési hátralék',
  statusCanceled: 'Lemondva',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Megszűnik: ${date}`,
  trialEndsOn: (date: string) => `Próbaidőszak vége: ${date}`,
  renewsOn: (date: string) => `Megújul: ${date}`,
  endedOn: (date: string) => `Megszűnt: ${date}`,
  cancelSubscription: 'Előfizetés lemondása',
  cancelHeading: (name: string) => `Lemondja ezt az előfizetést: ${name}?`,
  cancelConsequence: (date: string) =>
    `A hozzáférése ${date} napjáig megmarad. További terhelés nem lesz.`,
  cancelTrialConsequence: (date: string) =>
    `A próbaidőszaka ${date} napján véget ér, és nem terheljük meg. Addig megmarad a hozzáférése.`,
  cancelReasonLegend: 'Miért mondja le? (nem kötelező)',
  reason_too_expensive: 'Túl drága',
  reason_missing_features: 'Hiányoznak funkciók',
  reason_switched_service: 'Másik szolgáltatásra váltottam',
  reason_unused: 'Nem használom eleget',
  reason_customer_service: 'Ügyfélszolgálat',
  reason_low_quality: 'A minőség elmaradt a várttól',
  reason_too_complex: 'Túl bonyolult',
  reason_other: 'Egyéb ok',
  cancelComment: 'Szeretne még valamit üzenni nekünk? (nem kötelező)',
  keepSubscription: 'Előfizetés megtartása',
  confirmCancel: 'Előfizetés lemondása',
  cancelling: 'Lemondás…',
  canceledAnnouncement: (name: string, date: string) =>
    `${name}: az előfizetés ${date} napján megszűnik.`,
  resumeSubscription: 'Előfizetés folytatása',
  resuming: 'Folytatás…',
  resumedAnnouncement: (name: string) => `${name}: az előfizetés a szokásos módon megújul.`,
  changePlan: 'Csomagváltás',
  changePlanHeading: (name: string) => `Csomagváltás: ${name}`,
  choosePlanLegend: 'Válasszon csomagot',
  currentPlan: '(jelenlegi csomag)',
  previewLoading: 'Az ár kiszámítása…',
  previewTax: 'Adó',
  previewTotal: 'Végösszeg',
  confirmChange: 'Csomag váltása',
  changing: 'Váltás…',
  changedAnnouncement: (name: string) => `Az új csomagja: ${name}.`,
  changeSeats: 'Felhasználói helyek módosítása',
  changeSeatsHeading: (name: string) => `Felhasználói helyek: ${name}`,
  seatsField: 'Felhasználói helyek száma',
  seatsAtLeast: (min: number) => `Legalább ${min}.`,
  seatsBetween: (min: number, max: number) => `${min} és ${max} között.`,
  confirmSeats: 'Felhasználói helyek módosítása',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name}: mostantól ${seats} felhasználói hely.`,
  startedOn: 'Kezdete',
  currentPeriod: 'Aktuális időszak',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Következő terhelés',
  nextChargeOn: (amount: string, date: string) => `${amount}, ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount}, ${date} (${discount} kedvezménnyel)`,
  noFurtherCharges: 'Nincs további terhelés',
  pendingChange: 'Ütemezett módosítás',
  pendingSeats: (seats: number, date: string) => `${seats} felhasználói hely ${date} napjától`,
  pendingPlan: (date: string) => `Új csomag ${date} napjától`,
  cancellationReason: 'Lemondás oka',
  cancellationComment: 'Megjegyzése',
  usageHeading: 'Felhasználás ebben az időszakban',
  usageMeter: 'Mérő',
  usageConsumed: 'Felhasznált',
  usageCredited: 'Díjban foglalt',
  usageAmount: 'Díj',
  statusCancelsOn: (date: string) => `Megszűnik: ${date}`,
  statusTrialEndsOn: (date: string) => `Próbaidőszak vége: ${date}`,
  statusPausedUntil: (date: string) => `Szünetel eddig: ${date}`,
  statusPaused: 'Szünetel',
  statusChangesTo: (what: string, date: string) => `Változás ${date} napjától: ${what}`,
  changeSeatsWhat: (seats: number) => `${seats} felhasználói hely`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} felhasználói hely`,
  cancelScheduledChange: 'Ütemezett módosítás visszavonása',
  cancellingScheduledChange: 'A módosítás visszavonása…',
  scheduledChangeCancelled: (name: string) =>
    `Az ütemezett módosítást visszavontuk: ${name} változatlan marad.`,
  trialNoCard: (date: string) =>
    `Adjon meg egy kártyát a próbaidőszak vége (${date}) előtt, hogy megtartsa az előfizetését.`,
  addCard: 'Kártya hozzáadása',
  updatePaymentMethod: 'Fizetési mód frissítése',
  // `card` is `cardName` or `yourCard` below, both already in the accusative (kártyáját).
  paymentDeclined: (card: string) =>
    `A bank elutasította az Ön ${card}, ezért semmi sem változott. Frissítse a fizetési módját, majd próbálja újra.`,
  paymentNeedsAuthentication: (card: string) =>
    `A bankja megerősítést kér, mielőtt megterhelnénk az Ön ${card}. Csomagváltáskor ez nem lehetséges, ezért semmi sem változott. Használjon másik kártyát, majd próbálja újra.`,
  yourCard: 'kártyáját',
  paymentMissing:
    'Nincs megterhelhető kártya, ezért semmi sem változott. Adjon meg egy fizetési módot, majd próbálja újra.',
  cardName: (brand: string, last4: string) => `${last4} végű ${brand} kártyáját`,
  previewFirstPeriod: (name: string) => `${name}, első időszak`,
  previewSubtotal: 'Részösszeg',
  previewDiscount: 'Kedvezmény',
  previewBalanceUsed: 'Az egyenlegéből',
  previewBalanceOwed: 'Tartozás',
  previewDueToday: 'Ma fizetendő',
  previewAddedToNext: 'A következő számlához adva',
  previewCreditToBalance: (amount: string) =>
    `Egyenlegén ${amount} összeget írunk jóvá, és ezt levonjuk a következő számláiból.`,
  previewNothingToday: (date: string) =>
    `Ma nem terhelünk semmit: az összeg a ${date} napján kiállított számlára kerül.`,
  previewScheduled: (date: string) =>
    `A módosítás ${date} napján lép életbe. Most nem terhelünk semmit.`,
  previewTrialContinues: (date: string) =>
    `A próbaidőszaka ${date} napjáig tart. Addig nem terheljük meg.`,
  previewTrialEnds: (name: string) =>
    `Ezzel a próbaidőszaka most véget ér, és elindul az új csomag: ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Következő számla (${date}): ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Következő számla (${date}): ${amount} adó nélkül`,
  consentNow: (amount: string) => `Hozzájárulok, hogy most ${amount} összeggel megterheljenek.`,
  consentNoCharge: 'Elfogadom a módosítást. Most nem történik terhelés.',
  consentCredit: (amount: string) =>
    `Elfogadom a módosítást. Most nem történik terhelés, az egyenlegemen pedig ${amount} összeget írnak jóvá.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Hozzájárulok, hogy a következő, ${date} napján kiállított számlámhoz hozzáadják ezt az összeget: ${amount}. Ma nem történik terhelés.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Elfogadom a módosítást. A következő, ${date} napján kiállított számlámból levonják ezt az összeget: ${amount}. Ma nem történik terhelés.`,
  consentScheduled: (date: string) =>
    `Elfogadom a ${date} napjától érvényes módosítást. Most nem történik terhelés.`,
  consentTrialContinues: (date: string) =>
    `Elfogadom a módosítást. A próbaidőszakom ${date} napjáig tart, addig nem történik terhelés.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Hozzájárulok, hogy ezzel véget érjen a próbaidőszakom, és most ${amount} összeggel megterheljenek a következőért: ${name}.`,
  confirmEndTrial: 'Csomagváltás és a próbaidőszak befejezése',
  changePlanNew: 'új csomag',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name}: a módosítás ${date} napján lép életbe. Nem történt terhelés.`,
  statusPausesOn: (date: string) => `Szünetel ${date} napjától`,
  pausesOn: (date: string) => `Szünetel ${date} napjától, amíg újra nem indítja`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Szünetel ${date} napjától, folytatás: ${resumes}`,
  resumesOn: (date: string) => `Folytatás: ${date}`,
  pausedUntilResumed: 'Szünetel, amíg újra nem indítja',
  pauseSubscription: 'Előfizetés szüneteltetése',
  pauseHeading: (name: string) => `Szünetelteti ezt az előfizetést: ${name}?`,
  pauseConsequence: (date: string) =>
    `Az előfizetés ${date} napjáig aktív marad. Ezután szünetel: nem terheljük meg, és az előnyei sem érhetők el, amíg újra nem indul.`,
  resumeDateField: 'Folytatás napja (nem kötelező)',
  resumeDateHint: (date: string) =>
    `Egy ${date} utáni nap. Hagyja üresen, ha addig szeretné szüneteltetni, amíg Ön újra nem indítja.`,
  resumeAfter: (date: string) => `Válasszon egy ${date} utáni napot.`,
  keepSubscriptionRunning: 'Maradjon aktív',
  confirmPause: 'Előfizetés szüneteltetése',
  pausing: 'Szüneteltetés…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name}: az előfizetés ${date} napjától szünetel, amíg újra nem indítja.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name}: az előfizetés ${date} napjától szünetel, és ${resumes} napján folytatódik.`,
  cancelScheduledPause: 'Ütemezett szüneteltetés visszavonása',
  cancellingPause: 'A szüneteltetés visszavonása…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name}: az előfizetés nem szünetel, hanem a szokásos módon megújul.`,
  resumePause: 'Folytatás most',
  resumePauseHeading: (name: string) => `Most folytatja ezt az előfizetést: ${name}?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Ma új időszak kezdődik, amelyet azonnal kiszámlázunk: ${price}, plusz az esetleges adó. Az előfizetés ${date} napján újul meg.`,
  confirmResumePause: 'Folytatás és fizetés',
  keepPaused: 'Maradjon szüneteltetve',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name}: az előfizetés újra aktív, és ${date} napján megújul.`,
  resumeNeedsCard: 'Az előfizetés folytatása előtt adjon meg egy fizetési módot.',
  cancelChangeHeading: 'Visszavonja az ütemezett módosítást?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name}: az előfizetés ${date} napján változatlanul megújul.`,
  keepScheduledChange: 'Módosítás megtartása',
  pastDueSince: (date: string) => `Fizetési hátralék ${date} óta`,
  pastDueNotice: (amount: string) =>
    `A legutóbbi fizetése (${amount}) nem sikerült. Fizessen most, vagy frissítse a kártyáját, hogy megtartsa az előfizetését.`,
  pastDueNoticeNoAmount:
    'A legutóbbi fizetése nem sikerült. Frissítse a kártyáját, hogy megtartsa az előfizetését.',
  pastDueNextCharge: 'Hátralék: előbb rendezze a sikertelen fizetést',
  payNow: 'Fizetés most',
  cancelPastDue:
    'A legutóbbi fizetése nem sikerült. Ha most lemondja, az előfizetése azonnal megszűnik, és nem próbálkozunk további terheléssel.',
  cancelPastDueOutstanding: (amount: string) =>
    `A legutóbbi fizetése nem sikerült. Ha most lemondja, az előfizetése azonnal megszűnik: a fennálló tartozást (${amount}) nem szedjük be.`,
  confirmCancelNow: 'Lemondás most',
  canceledNowAnnouncement: (name: string) => `${name}: az előfizetés megszűnt.`,
};
