import type { login as en } from '../../locales/en/login.js';

/** Hungarian terms: login. */
export const login: typeof en = {
  signInHeading: 'Bejelentkezés a fiókjába',
  emailLabel: 'E-mail-cím',
  emailHint: 'E-mailben küldünk egy kódot a bejelentkezéshez. Jelszóra nincs szükség.',
  sendCode: 'Kód küldése',
  sending: 'Küldés…',
  chooseHeading: 'Válasszon fiókot',
  chooseLegend: 'Ez az e-mail-cím több fiókhoz tartozik. Melyiket szeretné megnyitni?',
  unnamedAccount: 'Névtelen fiók',
  continue: 'Tovább',
  codeHeading: 'Nézze meg a postafiókját',
  codeSentTo: (email: string) => `Kódot küldtünk erre a címre: ${email}.`,
  codeLabel: 'Bejelentkezési kód',
  codeHint: 'Írja be az e-mailben kapott 6 karakteres kódot.',
  verify: 'Bejelentkezés',
  verifying: 'Bejelentkezés…',
  resendCode: 'Új kód küldése',
  resendIn: (seconds: number) => `Új kód küldése ${seconds} mp múlva`,
  newCodeSent: (email: string) => `Új kódot küldtünk erre a címre: ${email}.`,
  useAnotherEmail: 'Másik e-mail-cím használata',
  signedInAs: (name: string) => `Bejelentkezve: ${name}`,
  signOut: 'Kijelentkezés',
  signedOut: 'Kijelentkezett.',
  errorWrongCode: 'A kód hibás vagy lejárt. Nézze meg a legutóbbi e-mailt, vagy kérjen új kódot.',
  errorInvalidEmail: 'Adjon meg egy érvényes e-mail-címet, például nev@example.com.',
  tryAgainIn: (time: string) => `Próbálja újra ${time} múlva`,
  errorSignInBlocked: (minutes: number) =>
    `Túl sok bejelentkezési kísérlet. A bejelentkezést akár ${minutes} percre is letilthatjuk.`,
};
