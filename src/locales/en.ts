import type { Translation } from '@shoelace-style/localize';

/** English, the fallback for every other language. Merchants may override any term. */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  signInHeading: 'Sign in to your account',
  emailLabel: 'Email',
  emailHint: 'We will email you a code to sign in. No password needed.',
  sendCode: 'Send code',
  sending: 'Sending…',
  chooseHeading: 'Choose an account',
  chooseLegend: 'This email belongs to several accounts. Which one do you want to open?',
  unnamedAccount: 'Unnamed account',
  continue: 'Continue',
  codeHeading: 'Check your email',
  codeSentTo: (email: string) => `We sent a code to ${email}.`,
  codeLabel: 'Sign-in code',
  codeHint: 'Enter the 6-character code from the email.',
  verify: 'Sign in',
  verifying: 'Signing in…',
  resendCode: 'Send a new code',
  resendIn: (seconds: number) => `Send a new code in ${seconds} s`,
  newCodeSent: (email: string) => `A new code is on its way to ${email}.`,
  useAnotherEmail: 'Use another email',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  signedOut: 'You are signed out.',
  errorWrongCode: 'That code is wrong or has expired. Check the latest email, or send a new code.',
  errorRateLimited: (minutes: number) => `Too many attempts. Try again in ${minutes} min.`,
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorInvalidEmail: 'Enter a valid email address, like name@example.com.',
  errorGeneric: (message: string) => `Something went wrong: ${message}`,
  retry: 'Try again',
  loading: 'Loading…',
} satisfies Translation & Record<string, unknown>;

export default en;
export type PortalTranslation = typeof en;
