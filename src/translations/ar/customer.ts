import type { customer as en } from '../../locales/en/customer.js';

/** Arabic terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'الحساب',
  accountSignIn: 'سجّل الدخول لعرض حسابك.',
  accountLoading: 'جارٍ تحميل حسابك…',
  profileHeading: 'الملف الشخصي',
  profileEmail: 'البريد الإلكتروني',
  profileName: 'الاسم',
  changeEmail: 'تغيير البريد الإلكتروني',
  newEmailLabel: 'عنوان البريد الإلكتروني الجديد',
  sendConfirmation: 'إرسال رابط التأكيد',
  emailChangeSent: (email: string) =>
    `أرسلنا رابطًا إلى ${email}. افتحه للتأكيد، إذ لن يتغير بريدك الإلكتروني إلا بعد ذلك. أي طلب جديد يُلغي هذا الرابط.`,
  resendEmailLink: 'إرسال رابط جديد',
  emailLinkResent: (email: string) =>
    `أرسلنا رابطًا جديدًا إلى ${email}. لم يعد الرابط المرسل سابقًا صالحًا.`,
  emailChangeCancelsPending: (email: string) =>
    `سيؤدي الإرسال إلى إلغاء الرابط المرسل إلى ${email}.`,
  billingHeading: 'بيانات الفوترة',
  billingReadOnly: 'لا يمكن تغيير بيانات الفوترة إلا لمالك الحساب أو مسؤول الفوترة.',
  taxId: 'الرقم الضريبي (اختياري)',
  taxIdHint: 'مثل DE123456789. يتم التحقق منه وفقًا للدولة.',
  billingSavedAnnouncement: 'تم حفظ بيانات الفوترة.',
  paymentMethodsHeading: 'طرق الدفع',
  paymentMethodsEmpty: 'لا توجد طريقة دفع بعد.',
  paymentMethodsForOwners: 'يتولى مالك الحساب ومسؤولو الفوترة إدارة طرق الدفع.',
  cardLabel: (brand: string, last4: string) => `${brand} المنتهية بـ ${last4}`,
  cardExpires: (date: string) => `تاريخ الانتهاء: ${date}`,
  defaultBadge: 'افتراضية',
  makeDefault: 'تعيين كافتراضية',
  makingDefault: 'جارٍ الحفظ…',
  defaultChanged: (card: string) => `أصبحت ${card} طريقة الدفع الافتراضية لديك.`,
  deleteMethod: 'حذف',
  deleteHeading: (card: string) => `حذف ${card}؟`,
  deleteConsequence: (card: string) =>
    `لن يتم الخصم منها بعد الآن. وستنتقل الاشتراكات التي لا تزال تحتاج إلى بطاقة إلى ${card}.`,
  deleteDefaultConsequence:
    'هذه طريقة الدفع الافتراضية لديك: بعد حذفها لن تكون لديك طريقة دفع افتراضية حتى تختار واحدة.',
  deleteOnlyCard:
    'هذه طريقة الدفع الوحيدة لديك. إذا كان أحد الاشتراكات لا يزال يحتاج إليها للتجديد، فلا يمكن حذفها: أضف بطاقة أخرى أولًا، أو ألغِ الاشتراك.',
  deleteRefusedInUse:
    'لا تزال هذه البطاقة مطلوبة لفوترة أحد الاشتراكات. أضف طريقة دفع أخرى، أو ألغِ الاشتراك أولًا.',
  noDefaultMethod: 'ليست لديك طريقة دفع افتراضية: اختر واحدة عبر «تعيين كافتراضية».',
  deleteConfirm: 'حذف طريقة الدفع',
  deleting: 'جارٍ الحذف…',
  keepMethod: 'الإبقاء عليها',
  deletedAnnouncement: (card: string) => `تم حذف ${card}.`,
  addMethod: 'إضافة طريقة دفع',
  addedAnnouncement: (card: string) => `تمت إضافة ${card}.`,
  addNeeds3ds: 'تتطلب هذه البطاقة التحقق عبر 3-D Secure، وهو ما لا يمكن عرضه في هذه الصفحة.',
  savingCard: 'جارٍ حفظ البطاقة…',
};
