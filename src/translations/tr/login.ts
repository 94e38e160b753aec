import type { login as en } from '../../locales/en/login.js';

/** Turkish terms: login. */
export const login: typeof en = {
  signInHeading: 'Hesabınıza giriş yapın',
  emailLabel: 'E-posta',
  emailHint: 'Giriş yapmanız için size e-postayla bir kod göndereceğiz. Şifre gerekmez.',
  sendCode: 'Kod gönder',
  sending: 'Gönderiliyor…',
  chooseHeading: 'Bir hesap seçin',
  chooseLegend: 'Bu e-posta birden fazla hesaba ait. Hangisini açmak istiyorsunuz?',
  unnamedAccount: 'Adsız hesap',
  continue: 'Devam et',
  codeHeading: 'E-postanızı kontrol edin',
  codeSentTo: (email: string) => `${email} adresine bir kod gönderdik.`,
  codeLabel: 'Giriş kodu',
  codeHint: 'E-postadaki 6 karakterli kodu girin.',
  verify: 'Giriş yap',
  verifying: 'Giriş yapılıyor…',
  resendCode: 'Yeni kod gönder',
  resendIn: (seconds: number) => `Yeni kod gönder (${seconds} sn)`,
  newCodeSent: (email: string) => `${email} adresine yeni bir kod gönderildi.`,
  useAnotherEmail: 'Başka bir e-posta kullan',
  signedInAs: (name: string) => `Giriş yapan: ${name}`,
  signOut: 'Çıkış yap',
  signedOut: 'Çıkış yaptınız.',
  errorWrongCode:
    'Bu kod yanlış veya süresi dolmuş. En son gelen e-postayı kontrol edin ya da yeni bir kod gönderin.',
  errorInvalidEmail: 'ad@example.com gibi geçerli bir e-posta adresi girin.',
  tryAgainIn: (time: string) => `${time} sonra tekrar deneyin`,
  errorSignInBlocked: (minutes: number) =>
    `Çok fazla giriş denemesi yapıldı. Giriş yapmanız ${minutes} dakikaya kadar engellenebilir.`,
};
