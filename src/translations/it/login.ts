import type { login as en } from '../../locales/en/login.js';

/** Italian terms: login. */
export const login: typeof en = {
  signInHeading: 'Accesso all’account',
  emailLabel: 'Email',
  emailHint: 'Per accedere verrà inviato un codice via email. Nessuna password necessaria.',
  sendCode: 'Invia codice',
  sending: 'Invio in corso…',
  chooseHeading: 'Scegliere un account',
  chooseLegend: 'Questo indirizzo email è associato a più account. Quale aprire?',
  unnamedAccount: 'Account senza nome',
  continue: 'Continua',
  codeHeading: 'Controllare la posta',
  codeSentTo: (email: string) => `È stato inviato un codice a ${email}.`,
  codeLabel: 'Codice di accesso',
  codeHint: 'Inserire il codice di 6 caratteri ricevuto via email.',
  verify: 'Accedi',
  verifying: 'Accesso in corso…',
  resendCode: 'Invia un nuovo codice',
  resendIn: (seconds: number) => `Invia un nuovo codice tra ${seconds} s`,
  newCodeSent: (email: string) => `Un nuovo codice è in arrivo a ${email}.`,
  useAnotherEmail: 'Usa un altro indirizzo email',
  signedInAs: (name: string) => `Accesso effettuato come ${name}`,
  signOut: 'Esci',
  signedOut: 'Disconnessione effettuata.',
  errorWrongCode:
    'Il codice è errato o scaduto. Controllare l’ultima email ricevuta o richiedere un nuovo codice.',
  errorInvalidEmail: 'Inserire un indirizzo email valido, ad esempio nome@example.com.',
  tryAgainIn: (time: string) => `Riprovare tra ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Troppi tentativi di accesso. L’accesso potrebbe essere bloccato per un massimo di ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
};
