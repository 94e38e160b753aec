import type { login as en } from '../../locales/en/login.js';

/** Swedish terms: login. */
export const login: typeof en = {
  signInHeading: 'Logga in på ditt konto',
  emailLabel: 'E-post',
  emailHint: 'Vi mejlar dig en kod för att logga in. Inget lösenord behövs.',
  sendCode: 'Skicka kod',
  sending: 'Skickar…',
  chooseHeading: 'Välj ett konto',
  chooseLegend: 'Den här e-postadressen hör till flera konton. Vilket vill du öppna?',
  unnamedAccount: 'Namnlöst konto',
  continue: 'Fortsätt',
  codeHeading: 'Kolla din e-post',
  codeSentTo: (email: string) => `Vi har skickat en kod till ${email}.`,
  codeLabel: 'Inloggningskod',
  codeHint: 'Ange koden på 6 tecken från mejlet.',
  verify: 'Logga in',
  verifying: 'Loggar in…',
  resendCode: 'Skicka en ny kod',
  resendIn: (seconds: number) => `Skicka en ny kod om ${seconds} s`,
  newCodeSent: (email: string) => `En ny kod är på väg till ${email}.`,
  useAnotherEmail: 'Använd en annan e-postadress',
  signedInAs: (name: string) => `Inloggad som ${name}`,
  signOut: 'Logga ut',
  signedOut: 'Du är utloggad.',
  errorWrongCode:
    'Koden är fel eller har gått ut. Kontrollera det senaste mejlet eller skicka en ny kod.',
  errorInvalidEmail: 'Ange en giltig e-postadress, till exempel namn@example.com.',
  tryAgainIn: (time: string) => `Försök igen om ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `För många inloggningsförsök. Inloggningen kan vara spärrad i upp till ${minutes} minuter.`,
};
