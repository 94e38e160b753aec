import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Arabic terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'إضافة بطاقة',
  cardEmbedTitle: 'نموذج البطاقة الآمن من Polar',
  cardEmbedDefaultNote: 'ستصبح البطاقة الجديدة طريقة الدفع الافتراضية لديك.',
  cardEmbedLoading: 'جارٍ تحميل نموذج البطاقة الآمن…',
  cardEmbedSaving: 'جارٍ حفظ بطاقتك…',
  cardEmbedOpening: 'جارٍ فتح نموذج البطاقة…',
  cardEmbedCancel: 'إلغاء',
  cardEmbedRetry: 'إعادة المحاولة',
  cardEmbedAdded: 'تمت إضافة بطاقتك.',
  cardEmbedRedirectFailed: 'تعذّرت إضافة بطاقتك. لم يُحفظ أي شيء؛ يُرجى المحاولة مرة أخرى.',
  cardEmbedProcessingFailed:
    'تعذّر حفظ البطاقة. تحقّق من البيانات المدخلة في النموذج، أو جرّب بطاقة أخرى.',
  cardEmbedUnauthorized: 'انتهت جلستك، لذا يتعذّر فتح نموذج البطاقة. يُرجى تسجيل الدخول مجددًا.',
  cardEmbedInvalid: 'تعذّر فتح نموذج البطاقة. يُرجى المحاولة بعد قليل.',
  cardEmbedUnknown: 'حدث خطأ في نموذج البطاقة. لم يُحفظ أي شيء؛ يُرجى المحاولة مرة أخرى.',
  cardEmbedTimeout:
    'لم يكتمل تحميل نموذج البطاقة. تحقّق من اتصالك وأعد المحاولة (قد تكون الصفحة تحظر الإطارات الواردة من Polar).',
  cardEmbedBadOrigin: 'لا يمكن إضافة بطاقات هنا: عنوان نموذج البطاقة ليس مصدرًا آمنًا.',
};
