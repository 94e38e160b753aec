import type { payment as en } from '../../locales/en/payment.js';
import { plural } from './plural.js';

/** Arabic terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `دفع ${amount} الآن؟`,
  retryWithCard: (amount: string, card: string) => `سنخصم ${amount} من ${card}.`,
  retryNoCard: 'أضف طريقة دفع إلى حسابك أولًا.',
  cardEnding: (brand: string, last4: string) => `بطاقتك ${brand} المنتهية بـ ${last4}`,
  retryConfirm: 'ادفع الآن',
  retrying: 'جارٍ الدفع…',
  retryKeep: 'ليس الآن',
  retryNeedsAction:
    'يطلب بنكك تأكيد هذه الدفعة على صفحته الخاصة، ولا يمكن فتحها هنا. استخدم بطاقة أخرى، أو انتظر المحاولة التالية.',
  retryDeclined: 'لم تتم عملية الدفع.',
  paidAnnouncement: (amount: string) => `شكرًا لك: تم دفع ${amount}.`,
  retryAuthenticating: 'أكّد الدفعة في النافذة التي فتحها بنكك…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'بانتظار رد بنكك…'
      : `بانتظار رد بنكك… (${plural(seconds, {
          zero: `${seconds} ثانية`,
          one: 'ثانية واحدة',
          two: 'ثانيتان',
          few: `${seconds} ثوانٍ`,
          many: `${seconds} ثانية`,
          other: `${seconds} ثانية`,
        })})`,
  retryTooLong:
    'يستغرق تأكيد الدفع وقتًا أطول من المتوقع، وقد تكون دفعتك لا تزال قيد المعالجة: راجع هذا الطلب مرة أخرى بعد بضع دقائق قبل أن تعيد الدفع.',
  retryAuthenticationFailed: 'لم يؤكد بنكك الدفعة. لم يُدفع أي مبلغ.',
  retryLimitReached:
    'لم يعد بالإمكان دفع هذا الطلب من هنا: فقد بلغت الحد الأقصى وهو خمس محاولات. سنواصل محاولة الخصم من بطاقتك في التاريخ المعروض، ويمكنك أيضًا التواصل مع البائع.',
  retryClose: 'إغلاق',
};
