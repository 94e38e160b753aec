import type { login as en } from '../../locales/en/login.js';

/** German terms: login. */
export const login: typeof en = {
  signInHeading: 'Bei Ihrem Konto anmelden',
  emailLabel: 'E-Mail',
  emailHint: 'Wir senden Ihnen einen Code per E-Mail. Kein Passwort nötig.',
  sendCode: 'Code senden',
  sending: 'Wird gesendet…',
  chooseHeading: 'Konto auswählen',
  chooseLegend: 'Diese E-Mail gehört zu mehreren Konten. Welches möchten Sie öffnen?',
  unnamedAccount: 'Konto ohne Namen',
  continue: 'Weiter',
  codeHeading: 'Prüfen Sie Ihre E-Mails',
  codeSentTo: (email: string) => `Wir haben einen Code an ${email} gesendet.`,
  codeLabel: 'Anmeldecode',
  codeHint: 'Geben Sie den 6-stelligen Code aus der E-Mail ein.',
  verify: 'Anmelden',
  verifying: 'Anmeldung läuft…',
  resendCode: 'Neuen Code senden',
  resendIn: (seconds: number) => `Neuer Code in ${seconds} s`,
  newCodeSent: (email: string) => `Ein neuer Code ist unterwegs an ${email}.`,
  useAnotherEmail: 'Andere E-Mail verwenden',
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  signOut: 'Abmelden',
  signedOut: 'Sie sind abgemeldet.',
  errorWrongCode:
    'Der Code ist falsch oder abgelaufen. Prüfen Sie die neueste E-Mail oder fordern Sie einen neuen Code an.',
  errorInvalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  tryAgainIn: (time: string) => `Erneut versuchen in ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Zu viele Anmeldeversuche. Die Anmeldung kann bis zu ${minutes} Minuten gesperrt sein.`,
};
