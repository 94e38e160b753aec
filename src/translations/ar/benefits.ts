import type { benefits as en } from '../../locales/en/benefits.js';
import { plural } from './plural.js';

/** Arabic terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'المزايا',
  benefitsSignIn: 'سجّل الدخول لعرض مزاياك.',
  benefitsLoading: 'جارٍ تحميل مزاياك…',
  benefitsEmpty: 'لا توجد لديك مزايا بعد.',
  group_license_keys: 'مفاتيح الترخيص',
  group_downloadables: 'التنزيلات',
  group_github_repository: 'مستودعات GitHub',
  group_discord: 'Discord',
  group_custom: 'ملاحظات من البائع',
  group_meter_credit: 'الأرصدة',
  group_feature_flag: 'الميزات',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'ملغاة',
  grantPending: 'جارٍ منح الوصول…',
  licenseKeyLabel: 'مفتاح الترخيص',
  revealKey: 'إظهار المفتاح',
  copyKey: 'نسخ',
  keyCopied: 'تم نسخ مفتاح الترخيص.',
  copyFailed: 'تعذّر النسخ هنا. أظهِر المفتاح وانسخه يدويًا.',
  keyExpires: (date: string) => `تنتهي صلاحيته في ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? plural(used, {
          zero: 'لا توجد عمليات تفعيل',
          one: 'عملية تفعيل واحدة',
          two: 'عمليتا تفعيل',
          few: `${used} عمليات تفعيل`,
          many: `${used} عملية تفعيل`,
          other: `${used} عملية تفعيل`,
        })
      : `عمليات التفعيل: ${used} من ${limit}`,
  keyUsage: (used: number, limit: number) => `مرات الاستخدام: ${used} من ${limit}`,
  activationsHeading: 'الأجهزة المفعّلة',
  activatedOn: (date: string) => `تاريخ التفعيل: ${date}`,
  deactivate: 'إلغاء التفعيل',
  deactivateHeading: (label: string) => `إلغاء تفعيل ${label}؟`,
  deactivateConsequence: 'سيتوقف المفتاح عن العمل على ذلك الجهاز، ويصبح التفعيل متاحًا لجهاز آخر.',
  deactivateConfirm: 'إلغاء التفعيل',
  deactivating: 'جارٍ إلغاء التفعيل…',
  keepActivation: 'الإبقاء عليه',
  deactivatedAnnouncement: (label: string) => `تم إلغاء تفعيل ${label}.`,
  download: (name: string) => `تنزيل ${name}`,
  noFiles: 'لا توجد ملفات بعد.',
  connectAccount: (platform: string) => `ربط حساب ${platform}`,
  connecting: 'جارٍ الفتح…',
  waitingFor: (platform: string) =>
    `بانتظار ${platform}… أكمل الخطوات في النافذة التي فُتحت، ثم أغلقها.`,
  showWindow: (platform: string) => `إظهار نافذة ${platform}`,
  cancelConnect: 'إلغاء',
  connectCanceled: (platform: string) => `تم إلغاء ربط حساب ${platform}.`,
  accountConnected: (platform: string, account: string) =>
    `تم ربط الحساب ${account} على ${platform}.`,
  nothingConnected: (platform: string) =>
    `لم يتم ربط أي حساب على ${platform}. يمكنك المحاولة مرة أخرى متى شئت.`,
  popupBlocked: (platform: string) =>
    `حظر متصفحك نافذة ${platform}. يمكنك الربط من هذه الصفحة بدلًا من ذلك، لكنك ستغادرها، وقد لا يعيدك Polar إلى هنا.`,
  continueInPage: (platform: string) => `المتابعة إلى ${platform} في هذه الصفحة`,
  chooseAccount: (platform: string) => `حساب ${platform}`,
  claim: 'الحصول على الوصول',
  claiming: 'جارٍ منح الوصول…',
  claimedAnnouncement: (name: string) => `تم منح الوصول: ${name}.`,
  grantedTo: (account: string) => `ممنوح للحساب ${account}`,
  repository: (name: string) => `المستودع ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `المتبقي في هذه الفترة: ${balance} من ${credited}`,
  featureOn: 'مفعّلة',
};
