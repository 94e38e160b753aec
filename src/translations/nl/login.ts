import type { login as en } from '../../locales/en/login.js';

/** Dutch terms: login. */
export const login: typeof en = {
  signInHeading: 'Log in op je account',
  emailLabel: 'E-mailadres',
  emailHint: 'We sturen je een code per e-mail om in te loggen. Je hebt geen wachtwoord nodig.',
  sendCode: 'Code versturen',
  sending: 'Versturen…',
  chooseHeading: 'Kies een account',
  chooseLegend: 'Dit e-mailadres hoort bij meerdere accounts. Welk account wil je openen?',
  unnamedAccount: 'Account zonder naam',
  continue: 'Doorgaan',
  codeHeading: 'Controleer je e-mail',
  codeSentTo: (email: string) => `We hebben een code gestuurd naar ${email}.`,
  codeLabel: 'Inlogcode',
  codeHint: 'Vul de code van 6 tekens uit de e-mail in.',
  verify: 'Inloggen',
  verifying: 'Inloggen…',
  resendCode: 'Nieuwe code versturen',
  resendIn: (seconds: number) => `Nieuwe code versturen over ${seconds} s`,
  newCodeSent: (email: string) => `Er is een nieuwe code onderweg naar ${email}.`,
  useAnotherEmail: 'Ander e-mailadres gebruiken',
  signedInAs: (name: string) => `Ingelogd als ${name}`,
  signOut: 'Uitloggen',
  signedOut: 'Je bent uitgelogd.',
  errorWrongCode:
    'Die code is onjuist of verlopen. Controleer de meest recente e-mail of vraag een nieuwe code aan.',
  errorInvalidEmail: 'Vul een geldig e-mailadres in, zoals naam@example.com.',
  tryAgainIn: (time: string) => `Probeer het opnieuw over ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Te veel inlogpogingen. Inloggen kan tot ${minutes} minuten geblokkeerd zijn.`,
};
