import type { login as en } from '../../locales/en/login.js';

const plural = new Intl.PluralRules('pl');
/** The noun after a count: 1 minutę, 2 minuty, 5 minut. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};

/** Polish terms: login. */
export const login: typeof en = {
  signInHeading: 'Zaloguj się na swoje konto',
  emailLabel: 'E-mail',
  emailHint: 'Wyślemy Ci e-mailem kod do logowania. Hasło nie jest potrzebne.',
  sendCode: 'Wyślij kod',
  sending: 'Wysyłanie…',
  chooseHeading: 'Wybierz konto',
  chooseLegend: 'Ten adres e-mail należy do kilku kont. Które chcesz otworzyć?',
  unnamedAccount: 'Konto bez nazwy',
  continue: 'Dalej',
  codeHeading: 'Sprawdź skrzynkę e-mail',
  codeSentTo: (email: string) => `Wysłaliśmy kod na adres ${email}.`,
  codeLabel: 'Kod logowania',
  codeHint: 'Wpisz 6-znakowy kod z wiadomości e-mail.',
  verify: 'Zaloguj się',
  verifying: 'Logowanie…',
  resendCode: 'Wyślij nowy kod',
  resendIn: (seconds: number) => `Wyślij nowy kod za ${seconds} s`,
  newCodeSent: (email: string) => `Nowy kod jest już w drodze na adres ${email}.`,
  useAnotherEmail: 'Użyj innego adresu e-mail',
  signedInAs: (name: string) => `Zalogowano jako ${name}`,
  signOut: 'Wyloguj się',
  signedOut: 'Wylogowano.',
  errorWrongCode:
    'Ten kod jest nieprawidłowy lub wygasł. Sprawdź najnowszą wiadomość albo wyślij nowy kod.',
  errorInvalidEmail: 'Podaj prawidłowy adres e-mail, np. imie@example.com.',
  tryAgainIn: (time: string) => `Spróbuj ponownie za ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Zbyt wiele prób logowania. Logowanie może zostać zablokowane nawet na ${minutes} ${forms(minutes, 'minutę', 'minuty', 'minut')}.`,
};
