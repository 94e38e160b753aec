import type { login as en } from '../../locales/en/login.js';
import { plural } from './plural.js';

/** Arabic terms: login. */
export const login: typeof en = {
  signInHeading: 'تسجيل الدخول إلى حسابك',
  emailLabel: 'البريد الإلكتروني',
  emailHint: 'سنرسل إليك رمزًا عبر البريد الإلكتروني لتسجيل الدخول، دون الحاجة إلى كلمة مرور.',
  sendCode: 'إرسال الرمز',
  sending: 'جارٍ الإرسال…',
  chooseHeading: 'اختر حسابًا',
  chooseLegend: 'هذا البريد الإلكتروني مرتبط بعدة حسابات. أيّها تريد فتحه؟',
  unnamedAccount: 'حساب بلا اسم',
  continue: 'متابعة',
  codeHeading: 'تحقّق من بريدك الإلكتروني',
  codeSentTo: (email: string) => `أرسلنا رمزًا إلى ${email}.`,
  codeLabel: 'رمز تسجيل الدخول',
  codeHint: 'أدخل الرمز المكوّن من 6 خانات الوارد في الرسالة.',
  verify: 'تسجيل الدخول',
  verifying: 'جارٍ تسجيل الدخول…',
  resendCode: 'إرسال رمز جديد',
  resendIn: (seconds: number) =>
    `إرسال رمز جديد بعد ${plural(seconds, {
      zero: `${seconds} ثانية`,
      one: 'ثانية واحدة',
      two: 'ثانيتين',
      few: `${seconds} ثوانٍ`,
      many: `${seconds} ثانية`,
      other: `${seconds} ثانية`,
    })}`,
  newCodeSent: (email: string) => `رمز جديد في طريقه إلى ${email}.`,
  useAnotherEmail: 'استخدام بريد إلكتروني آخر',
  signedInAs: (name: string) => `تم تسجيل الدخول باسم ${name}`,
  signOut: 'تسجيل الخروج',
  signedOut: 'تم تسجيل خروجك.',
  errorWrongCode: 'الرمز غير صحيح أو انتهت صلاحيته. تحقّق من أحدث رسالة وصلتك، أو اطلب رمزًا جديدًا.',
  errorInvalidEmail: 'أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.',
  tryAgainIn: (time: string) => `إعادة المحاولة بعد ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `محاولات تسجيل دخول كثيرة جدًا. قد يُحظر تسجيل الدخول لمدة تصل إلى ${plural(minutes, {
      zero: `${minutes} دقيقة`,
      one: 'دقيقة واحدة',
      two: 'دقيقتين',
      few: `${minutes} دقائق`,
      many: `${minutes} دقيقة`,
      other: `${minutes} دقيقة`,
    })}.`,
};
