import type { subscriptions as en } from '../../locales/en/subscriptions.js';
import { plural } from './plural.js';

/** "5 مقاعد" after a preposition ("إلى", "من"): the dual in the genitive. */
const seatsAfterPreposition = (seats: number) =>
  plural(seats, {
    zero: `${seats} مقعد`,
    one: 'مقعد واحد',
    two: 'مقعدين',
    few: `${seats} مقاعد`,
    many: `${seats} مقعدًا`,
    other: `${seats} مقعد`,
  });

/** Arabic terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'الاشتراكات',
  subscriptionsEmpty: 'لا توجد لديك اشتراكات بعد.',
  subscriptionsLoading: 'جارٍ تحميل اشتراكاتك…',
  subscriptionsLoaded: (count: number) =>
    plural(count, {
      zero: 'لم يُحمَّل أي اشتراك.',
      one: 'تم تحميل اشتراك واحد.',
      two: 'تم تحميل اشتراكين.',
      few: `تم تحميل ${count} اشتراكات.`,
      many: `تم تحميل ${count} اشتراكًا.`,
      other: `تم تحميل ${count} اشتراك.`,
    }),
  signInToSee: 'سجّل الدخول لعرض اشتراكاتك.',
  statusActive: 'نشط',
  statusTrialing: 'فترة تجريبية',
  statusPastDue: 'متأخر السداد',
  statusCanceled: 'ملغى',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `يُلغى في ${date}`,
  trialEndsOn: (date: string) => `تنتهي الفترة التجريبية في ${date}`,
  renewsOn: (date: string) => `يتجدد في ${date}`,
  endedOn: (date: string) => `انتهى في ${date}`,
  cancelSubscription: 'إلغاء الاشتراك',
  cancelHeading: (name: string) => `إلغاء ${name}؟`,
  cancelConsequence: (date: string) =>
    `سيظل بإمكانك الوصول حتى ${date}، ولن يتم خصم أي مبلغ منك بعد ذلك.`,
  cancelTrialConsequence: (date: string) =>
    `تنتهي فترتك التجريبية في ${date} ولن يتم خصم أي مبلغ منك. سيظل بإمكانك الوصول حتى ذلك الحين.`,
  cancelReasonLegend: 'ما سبب الإلغاء؟ (اختياري)',
  reason_too_expensive: 'السعر مرتفع جدًا',
  reason_missing_features: 'ميزات غير متوفرة',
  reason_switched_service: 'انتقلت إلى خدمة أخرى',
  reason_unused: 'لا أستخدمه بالقدر الكافي',
  reason_customer_service: 'خدمة العملاء',
  reason_low_quality: 'الجودة أقل من المتوقع',
  reason_too_complex: 'معقد للغاية',
  reason_other: 'سبب آخر',
  cancelComment: 'هل هناك ما تودّ إخبارنا به؟ (اختياري)',
  keepSubscription: 'الإبقاء على الاشتراك',
  confirmCancel: 'إلغاء الاشتراك',
  cancelling: 'جارٍ الإلغاء…',
  canceledAnnouncement: (name: string, date: string) => `سينتهي ${name} في ${date}.`,
  resumeSubscription: 'استئناف الاشتراك',
  resuming: 'جارٍ الاستئناف…',
  resumedAnnouncement: (name: string) => `سيتجدد ${name} كالمعتاد.`,
  changePlan: 'تغيير الخطة',
  changePlanHeading: (name: string) => `تغيير ${name}`,
  choosePlanLegend: 'اختر خطة',
  currentPlan: '(الخطة الحالية)',
  previewLoading: 'جارٍ احتساب السعر…',
  previewTax: 'الضريبة',
  previewTotal: 'الإجمالي',
  confirmChange: 'تغيير الخطة',
  changing: 'جارٍ التغيير…',
  changedAnnouncement: (name: string) => `خطتك الآن هي ${name}.`,
  changeSeats: 'تغيير عدد المقاعد',
  changeSeatsHeading: (name: string) => `مقاعد ${name}`,
  seatsField: 'عدد المقاعد',
  seatsAtLeast: (min: number) => `${min} على الأقل.`,
  seatsBetween: (min: number, max: number) => `بين ${min} و${max}.`,
  confirmSeats: 'تغيير عدد المقاعد',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `يتضمن ${name} الآن ${plural(seats, {
      zero: 'صفر مقاعد',
      one: 'مقعدًا واحدًا',
      two: 'مقعدين',
      few: `${seats} مقاعد`,
      many: `${seats} مقعدًا`,
      other: `${seats} مقعد`,
    })}.`,
  startedOn: 'تاريخ البدء',
  currentPeriod: 'الفترة الحالية',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'الدفعة التالية',
  nextChargeOn: (amount: string, date: string) => `${amount} في ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} في ${date}، بعد خصم ${discount}`,
  noFurtherCharges: 'لا توجد دفعات أخرى',
  pendingChange: 'تغيير مجدول',
  pendingSeats: (seats: number, date: string) =>
    `${plural(seats, {
      zero: `${seats} مقعد`,
      one: 'مقعد واحد',
      two: 'مقعدان',
      few: `${seats} مقاعد`,
      many: `${seats} مقعدًا`,
      other: `${seats} مقعد`,
    })} اعتبارًا من ${date}`,
  pendingPlan: (date: string) => `خطة جديدة اعتبارًا من ${date}`,
  cancellationReason: 'سبب الإلغاء',
  cancellationComment: 'تعليقك',
  usageHeading: 'الاستخدام في هذه الفترة',
  usageMeter: 'العدّاد',
  usageConsumed: 'المستخدَم',
  usageCredited: 'المشمول',
  usageAmount: 'الرسوم',
  statusCancelsOn: (date: string) => `يُلغى في ${date}`,
  statusTrialEndsOn: (date: string) => `تنتهي الفترة التجريبية في ${date}`,
  statusPausedUntil: (date: string) => `متوقف مؤقتًا حتى ${date}`,
  statusPaused: 'متوقف مؤقتًا',
  statusChangesTo: (what: string, date: string) => `يتغير إلى ${what} في ${date}`,
  changeSeatsWhat: (seats: number) => seatsAfterPreposition(seats),
  changePlanWhat: (name: string, seats: number) => `${name}، ${seatsAfterPreposition(seats)}`,
  cancelScheduledChange: 'إلغاء التغيير المجدول',
  cancellingScheduledChange: 'جارٍ إلغاء التغيير…',
  scheduledChangeCancelled: (name: string) => `تم إلغاء التغيير المجدول: سيبقى ${name} كما هو.`,
  trialNoCard: (date: string) =>
    `أضف بطاقة قبل انتهاء فترتك التجريبية في ${date} للحفاظ على اشتراكك.`,
  addCard: 'إضافة بطاقة',
  updatePaymentMethod: 'تحديث طريقة الدفع',
  paymentDeclined: (card: string) =>
    `تم رفض ${card}، لذا لم يتم تغيير أي شيء. حدّث طريقة الدفع، ثم أعد المحاولة.`,
  paymentNeedsAuthentication: (card: string) =>
    `يطلب بنكك تأكيد هذا الخصم من ${card}، وهو ما لا يمكن إجراؤه عند تغيير الخطة، لذا لم يتم تغيير أي شيء. استخدم بطاقة أخرى، ثم أعد المحاولة.`,
  yourCard: 'بطاقتك',
  paymentMissing:
    'لا توجد بطاقة للخصم منها، لذا لم يتم تغيير أي شيء. أضف طريقة دفع، ثم أعد المحاولة.',
  cardName: (brand: string, last4: string) => `بطاقة ${brand} المنتهية بـ ${last4}`,
  previewFirstPeriod: (name: string) => `${name}، الفترة الأولى`,
  previewSubtotal: 'المجموع الفرعي',
  previewDiscount: 'الخصم',
  previewBalanceUsed: 'من رصيدك',
  previewBalanceOwed: 'الرصيد المستحق',
  previewDueToday: 'المستحق اليوم',
  previewAddedToNext: 'يُضاف إلى فاتورتك القادمة',
  previewCreditToBalance: (amount: string) => `يُضاف ${amount} إلى رصيدك ويُطرح من فواتيرك القادمة.`,
  previewNothingToday: (date: string) =>
    `لن يتم خصم أي مبلغ اليوم: سيُضاف هذا المبلغ إلى فاتورتك في ${date}.`,
  previewScheduled: (date: string) => `يسري التغيير في ${date}. لن يتم خصم أي مبلغ الآن.`,
  previewTrialContinues: (date: string) =>
    `تستمر فترتك التجريبية حتى ${date}. لن يتم خصم أي مبلغ منك قبل ذلك.`,
  previewTrialEnds: (name: string) => `سيؤدي هذا إلى إنهاء فترتك التجريبية الآن وبدء ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `الفاتورة القادمة في ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `الفاتورة القادمة في ${date}: ${amount} قبل الضريبة`,
  consentNow: (amount: string) => `أوافق على خصم ${amount} الآن.`,
  consentNoCharge: 'أوافق على هذا التغيير. لن يتم خصم أي مبلغ الآن.',
  consentCredit: (amount: string) =>
    `أوافق على هذا التغيير. لن يتم خصم أي مبلغ الآن؛ وسيُضاف ${amount} إلى رصيدي.`,
  consentNextInvoice: (amount: string, date: string) =>
    `أوافق على إضافة ${amount} إلى فاتورتي القادمة في ${date}. لن يتم خصم أي مبلغ اليوم.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `أوافق على هذا التغيير: سيُطرح ${amount} من فاتورتي القادمة في ${date}. لن يتم خصم أي مبلغ اليوم.`,
  consentScheduled: (date: string) =>
    `أوافق على التغيير اعتبارًا من ${date}. لن يتم خصم أي مبلغ الآن.`,
  consentTrialContinues: (date: string) =>
    `أوافق على التغيير. تستمر فترتي التجريبية حتى ${date}؛ ولن يتم خصم أي مبلغ قبل ذلك.`,
  consentTrialEnds: (amount: string, name: string) =>
    `أوافق على أن ينهي هذا التغيير فترتي التجريبية، وعلى خصم ${amount} الآن مقابل ${name}.`,
  confirmEndTrial: 'تغيير الخطة وإنهاء الفترة التجريبية',
  changePlanNew: 'خطة جديدة',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `سيتغير ${name} في ${date}. لم يتم خصم أي مبلغ.`,
  statusPausesOn: (date: string) => `يتوقف مؤقتًا في ${date}`,
  pausesOn: (date: string) => `يتوقف مؤقتًا في ${date} حتى تستأنفه`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `يتوقف مؤقتًا في ${date}، ويُستأنف في ${resumes}`,
  resumesOn: (date: string) => `يُستأنف في ${date}`,
  pausedUntilResumed: 'متوقف مؤقتًا حتى تستأنفه',
  pauseSubscription: 'إيقاف الاشتراك مؤقتًا',
  pauseHeading: (name: string) => `إيقاف ${name} مؤقتًا؟`,
  pauseConsequence: (date: string) =>
    `يظل الاشتراك نشطًا حتى ${date}، ثم يتوقف مؤقتًا: لن يتم خصم أي مبلغ منك، وتتوقف مزاياه حتى استئنافه.`,
  resumeDateField: 'تاريخ الاستئناف (اختياري)',
  resumeDateHint: (date: string) =>
    `أي يوم بعد ${date}. اتركه فارغًا ليظل الاشتراك متوقفًا حتى تستأنفه بنفسك.`,
  resumeAfter: (date: string) => `اختر يومًا بعد ${date}.`,
  keepSubscriptionRunning: 'الإبقاء عليه نشطًا',
  confirmPause: 'إيقاف الاشتراك مؤقتًا',
  pausing: 'جارٍ الإيقاف المؤقت…',
  pausedAnnouncement: (name: string, date: string) =>
    `سيتوقف ${name} مؤقتًا في ${date} حتى تستأنفه.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `سيتوقف ${name} مؤقتًا في ${date} ويُستأنف في ${resumes}.`,
  cancelScheduledPause: 'إلغاء الإيقاف المؤقت المجدول',
  cancellingPause: 'جارٍ إلغاء الإيقاف المؤقت…',
  pauseCancelledAnnouncement: (name: string) => `لن يتوقف ${name} مؤقتًا، وسيتجدد كالمعتاد.`,
  resumePause: 'الاستئناف الآن',
  resumePauseHeading: (name: string) => `استئناف ${name} الآن؟`,
  resumePauseConsequence: (price: string, date: string) =>
    `تبدأ فترة جديدة اليوم ويتم خصم رسومها الآن: ${price}، بالإضافة إلى الضريبة حيثما تنطبق. ويتجدد الاشتراك في ${date}.`,
  confirmResumePause: 'الاستئناف والدفع',
  keepPaused: 'الإبقاء عليه متوقفًا',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `أصبح ${name} نشطًا مجددًا، ويتجدد في ${date}.`,
  resumeNeedsCard: 'أضف طريقة دفع قبل استئناف هذا الاشتراك.',
  cancelChangeHeading: 'إلغاء التغيير المجدول؟',
  cancelChangeConsequence: (name: string, date: string) => `يتجدد ${name} في ${date} دون تغيير.`,
  keepScheduledChange: 'الإبقاء على التغيير',
  pastDueSince: (date: string) => `الدفعة متأخرة منذ ${date}`,
  pastDueNotice: (amount: string) =>
    `تعذّر تحصيل دفعتك الأخيرة البالغة ${amount}. ادفعها الآن أو حدّث بطاقتك للحفاظ على اشتراكك.`,
  pastDueNoticeNoAmount: 'تعذّر تحصيل دفعتك الأخيرة. حدّث بطاقتك للحفاظ على اشتراكك.',
  pastDueNextCharge: 'متأخر السداد: سدّد الدفعة المتعثرة أولًا',
  payNow: 'ادفع الآن',
  cancelPastDue:
    'لم تتم دفعتك الأخيرة. سيؤدي الإلغاء الآن إلى إنهاء اشتراكك فورًا وإيقاف أي محاولات دفع أخرى.',
  cancelPastDueOutstanding: (amount: string) =>
    `لم تتم دفعتك الأخيرة. سيؤدي الإلغاء الآن إلى إنهاء اشتراكك فورًا، ولن يتم تحصيل المبلغ المستحق البالغ ${amount}.`,
  confirmCancelNow: 'الإلغاء الآن',
  canceledNowAnnouncement: (name: string) => `انتهى ${name}.`,
};
