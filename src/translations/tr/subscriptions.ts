import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** Turkish terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Abonelikler',
  subscriptionsEmpty: 'Henüz aboneliğiniz yok.',
  subscriptionsLoading: 'Abonelikleriniz yükleniyor…',
  subscriptionsLoaded: (count: number) => `${count} abonelik yüklendi.`,
  signInToSee: 'Aboneliklerinizi görmek için giriş yapın.',
  statusActive: 'Aktif',
  statusTrialing: 'Deneme',
  statusPastDue: 'Ödemesi gecikmiş',
  statusCanceled: 'İptal edildi',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `${date} tarihinde iptal edilecek`,
  trialEndsOn: (date: string) => `Deneme süresi ${date} tarihinde bitiyor`,
  renewsOn: (date: string) => `${date} tarihinde yenilenecek`,
  endedOn: (date: string) => `${date} tarihinde sona erdi`,
  cancelSubscription: 'Aboneliği iptal et',
  cancelHeading: (name: string) => `${name} aboneliği iptal edilsin mi?`,
  cancelConsequence: (date: string) =>
    `${date} tarihine kadar erişiminiz devam eder. Sizden tekrar ücret alınmaz.`,
  cancelTrialConsequence: (date: string) =>
    `Deneme süreniz ${date} tarihinde sona erer ve sizden ücret alınmaz. O tarihe kadar erişiminiz devam eder.`,
  cancelReasonLegend: 'Neden iptal ediyorsunuz? (isteğe bağlı)',
  reason_too_expensive: 'Çok pahalı',
  reason_missing_features: 'Eksik özellikler',
  reason_switched_service: 'Başka bir hizmete geçtim',
  reason_unused: 'Yeterince kullanmıyorum',
  reason_customer_service: 'Müşteri hizmetleri',
  reason_low_quality: 'Kalite beklediğimden düşüktü',
  reason_too_complex: 'Çok karmaşık',
  reason_other: 'Başka bir neden',
  cancelComment: 'Eklemek istediğiniz başka bir şey var mı? (isteğe bağlı)',
  keepSubscription: 'Aboneliği koru',
  confirmCancel: 'Aboneliği iptal et',
  cancelling: 'İptal ediliyor…',
  canceledAnnouncement: (name: string, date: string) =>
    `${name} aboneliği ${date} tarihinde sona erecek.`,
  resumeSubscription: 'Aboneliği sürdür',
  resuming: 'Sürdürülüyor…',
  resumedAnnouncement: (name: string) => `${name} aboneliği her zamanki gibi yenilenecek.`,
  changePlan: 'Planı değiştir',
  changePlanHeading: (name: string) => `${name} planını değiştir`,
  choosePlanLegend: 'Bir plan seçin',
  currentPlan: '(mevcut plan)',
  previewLoading: 'Fiyat hesaplanıyor…',
  previewTax: 'KDV',
  previewTotal: 'Toplam',
  confirmChange: 'Planı değiştir',
  changing: 'Değiştiriliyor…',
  changedAnnouncement: (name: string) => `Yeni planınız: ${name}.`,
  changeSeats: 'Koltuk sayısını değiştir',
  changeSeatsHeading: (name: string) => `${name} koltuk sayısı`,
  seatsField: 'Koltuk sayısı',
  seatsAtLeast: (min: number) => `En az ${min}.`,
  seatsBetween: (min: number, max: number) => `${min} ile ${max} arasında.`,
  confirmSeats: 'Koltuk sayısını değiştir',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} aboneliğinde artık ${seats} koltuk var.`,
  startedOn: 'Başlangıç',
  currentPeriod: 'Geçerli dönem',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Sonraki tahsilat',
  nextChargeOn: (amount: string, date: string) => `${date} tarihinde ${amount}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${date} tarihinde ${amount} (${discount} indirimli)`,
  noFurtherCharges: 'Başka tahsilat yok',
  pendingChange: 'Planlanmış değişiklik',
  pendingSeats: (seats: number, date: string) => `${date} tarihinden itibaren ${seats} koltuk`,
  pendingPlan: (date: string) => `${date} tarihinden itibaren yeni plan`,
  cancellationReason: 'İptal nedeni',
  cancellationComment: 'Yorumunuz',
  usageHeading: 'Bu dönemdeki kullanım',
  usageMeter: 'Ölçüm',
  usageConsumed: 'Kullanılan',
  usageCredited: 'Dahil olan',
  usageAmount: 'Ücret',
  statusCancelsOn: (date: string) => `${date} tarihinde iptal edilecek`,
  statusTrialEndsOn: (date: string) => `Deneme ${date} tarihinde bitiyor`,
  statusPausedUntil: (date: string) => `${date} tarihine kadar duraklatıldı`,
  statusPaused: 'Duraklatıldı',
  statusChangesTo: (what: string, date: string) => `${date} tarihinde değişecek: ${what}`,
  changeSeatsWhat: (seats: number) => `${seats} koltuk`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} koltuk`,
  cancelScheduledChange: 'Planlanmış değişikliği iptal et',
  cancellingScheduledChange: 'Değişiklik iptal ediliyor…',
  scheduledChangeCancelled: (name: string) =>
    `Planlanmış değişiklik iptal edildi: ${name} aboneliği olduğu gibi kalacak.`,
  trialNoCard: (date: string) =>
    `Aboneliğinizin devam etmesi için deneme süreniz ${date} tarihinde bitmeden önce bir kart ekleyin.`,
  addCard: 'Kart ekle',
  updatePaymentMethod: 'Ödeme yöntemini güncelle',
  paymentDeclined: (card: string) =>
    `${card} reddedildi, bu nedenle hiçbir değişiklik yapılmadı. Ödeme yönteminizi güncelleyip tekrar deneyin.`,
  paymentNeedsAuthentication: (card: string) =>
    `Bankanız, ${card} ile yapılacak bu ödemeyi onaylamak istiyor. Plan değişikliğinde bu mümkün olmadığından hiçbir değişiklik yapılmadı. Başka bir kart kullanıp tekrar deneyin.`,
  yourCard: 'kartınız',
  paymentMissing:
    'Ödeme alınacak bir kart olmadığından hiçbir değişiklik yapılmadı. Bir ödeme yöntemi ekleyip tekrar deneyin.',
  cardName: (brand: string, last4: string) => `${last4} ile biten ${brand} kartınız`,
  previewFirstPeriod: (name: string) => `${name}, ilk dönem`,
  previewSubtotal: 'Ara toplam',
  previewDiscount: 'İndirim',
  previewBalanceUsed: 'Bakiyenizden',
  previewBalanceOwed: 'Ödenmemiş bakiye',
  previewDueToday: 'Bugün ödenecek',
  previewAddedToNext: 'Sonraki faturanıza eklenecek',
  previewCreditToBalance: (amount: string) =>
    `${amount} bakiyenize eklenir ve sonraki faturalarınızdan düşülür.`,
  previewNothingToday: (date: string) =>
    `Bugün ücret alınmaz: bu tutar ${date} tarihli faturanıza eklenir.`,
  previewScheduled: (date: string) =>
    `Değişiklik ${date} tarihinde geçerli olur. Şu anda ücret alınmaz.`,
  previewTrialContinues: (date: string) =>
    `Deneme süreniz ${date} tarihine kadar devam eder. O zamana kadar sizden ücret alınmaz.`,
  previewTrialEnds: (name: string) =>
    `Bu işlem deneme sürenizi hemen sonlandırır ve ${name} planını başlatır.`,
  nextInvoiceOn: (date: string, amount: string) => `${date} tarihli sonraki fatura: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `${date} tarihli sonraki fatura: ${amount} (KDV hariç)`,
  consentNow: (amount: string) => `Şimdi ${amount} tahsil edilmesini kabul ediyorum.`,
  consentNoCharge: 'Bu değişikliği kabul ediyorum. Şu anda ücret alınmaz.',
  consentCredit: (amount: string) =>
    `Bu değişikliği kabul ediyorum. Şu anda ücret alınmaz; ${amount} bakiyeme eklenir.`,
  consentNextInvoice: (amount: string, date: string) =>
    `${amount} tutarının ${date} tarihli sonraki faturama eklenmesini kabul ediyorum. Bugün ücret alınmaz.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Bu değişikliği kabul ediyorum: ${amount}, ${date} tarihli sonraki faturamdan düşülür. Bugün ücret alınmaz.`,
  consentScheduled: (date: string) =>
    `${date} tarihinden itibaren geçerli olacak değişikliği kabul ediyorum. Şu anda ücret alınmaz.`,
  consentTrialContinues: (date: string) =>
    `Değişikliği kabul ediyorum. Deneme sürem ${date} tarihine kadar devam eder; o zamana kadar ücret alınmaz.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Bu işlemin deneme süremi sonlandırmasını ve ${name} için şimdi ${amount} tahsil edilmesini kabul ediyorum.`,
  confirmEndTrial: 'Planı değiştir ve denemeyi bitir',
  changePlanNew: 'yeni plan',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} aboneliği ${date} tarihinde değişecek. Ücret alınmadı.`,
  statusPausesOn: (date: string) => `${date} tarihinde duraklatılacak`,
  pausesOn: (date: string) => `${date} tarihinde duraklatılacak (siz devam ettirene kadar)`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `${date} tarihinde duraklatılacak, ${resumes} tarihinde devam edecek`,
  resumesOn: (date: string) => `${date} tarihinde devam edecek`,
  pausedUntilResumed: 'Siz devam ettirene kadar duraklatıldı',
  pauseSubscription: 'Aboneliği duraklat',
  pauseHeading: (name: string) => `${name} aboneliği duraklatılsın mı?`,
  pauseConsequence: (date: string) =>
    `Abonelik ${date} tarihine kadar aktif kalır. Ardından duraklatılır: sizden ücret alınmaz ve abonelik devam ettirilene kadar avantajları durur.`,
  resumeDateField: 'Devam tarihi (isteğe bağlı)',
  resumeDateHint: (date: string) =>
    `${date} tarihinden sonraki bir gün. Siz devam ettirene kadar duraklatılmış kalması için boş bırakın.`,
  resumeAfter: (date: string) => `${date} tarihinden sonraki bir gün seçin.`,
  keepSubscriptionRunning: 'Aktif kalsın',
  confirmPause: 'Aboneliği duraklat',
  pausing: 'Duraklatılıyor…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} aboneliği ${date} tarihinde duraklatılacak ve siz devam ettirene kadar duraklatılmış kalacak.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} aboneliği ${date} tarihinde duraklatılacak ve ${resumes} tarihinde devam edecek.`,
  cancelScheduledPause: 'Planlanmış duraklatmayı iptal et',
  cancellingPause: 'Duraklatma iptal ediliyor…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} aboneliği duraklatılmayacak: her zamanki gibi yenilenecek.`,
  resumePause: 'Şimdi devam ettir',
  resumePauseHeading: (name: string) => `${name} aboneliği şimdi devam ettirilsin mi?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Bugün yeni bir dönem başlar ve ücreti şimdi tahsil edilir: ${price} (geçerliyse KDV ayrıca eklenir). Abonelik ${date} tarihinde yenilenir.`,
  confirmResumePause: 'Devam ettir ve öde',
  keepPaused: 'Duraklatılmış kalsın',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} aboneliği yeniden aktif ve ${date} tarihinde yenilenecek.`,
  resumeNeedsCard: 'Bu aboneliği devam ettirmeden önce bir ödeme yöntemi ekleyin.',
  cancelChangeHeading: 'Planlanmış değişiklik iptal edilsin mi?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} aboneliği ${date} tarihinde değişmeden yenilenir.`,
  keepScheduledChange: 'Değişiklik kalsın',
  pastDueSince: (date: string) => `${date} tarihinden beri ödeme gecikmede`,
  pastDueNotice: (amount: string) =>
    `${amount} tutarındaki son ödemeniz başarısız oldu. Aboneliğinizi korumak için şimdi ödeyin veya kartınızı güncelleyin.`,
  pastDueNoticeNoAmount:
    'Son ödemeniz başarısız oldu. Aboneliğinizi korumak için kartınızı güncelleyin.',
  pastDueNextCharge: 'Gecikmede: önce başarısız ödemeyi tamamlayın',
  payNow: 'Şimdi öde',
  cancelPastDue:
    'Son ödemeniz gerçekleşmedi. Şimdi iptal ederseniz aboneliğiniz hemen sona erer ve başka ödeme denemesi yapılmaz.',
  cancelPastDueOutstanding: (amount: string) =>
    `Son ödemeniz gerçekleşmedi. Şimdi iptal ederseniz aboneliğiniz hemen sona erer: hâlâ ödenmemiş olan ${amount} tahsil edilmez.`,
  confirmCancelNow: 'Şimdi iptal et',
  canceledNowAnnouncement: (name: string) => `${name} aboneliği sona erdi.`,
};
