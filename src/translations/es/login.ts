import type { login as en } from '../../locales/en/login.js';

/** Spanish terms: login. */
export const login: typeof en = {
  signInHeading: 'Inicia sesión en tu cuenta',
  emailLabel: 'Correo electrónico',
  emailHint: 'Te enviaremos un código por correo para entrar. Sin contraseña.',
  sendCode: 'Enviar código',
  sending: 'Enviando…',
  chooseHeading: 'Elige una cuenta',
  chooseLegend: 'Este correo pertenece a varias cuentas. ¿Cuál quieres abrir?',
  unnamedAccount: 'Cuenta sin nombre',
  continue: 'Continuar',
  codeHeading: 'Revisa tu correo',
  codeSentTo: (email: string) => `Enviamos un código a ${email}.`,
  codeLabel: 'Código de acceso',
  codeHint: 'Introduce el código de 6 caracteres del correo.',
  verify: 'Entrar',
  verifying: 'Entrando…',
  resendCode: 'Enviar un código nuevo',
  resendIn: (seconds: number) => `Enviar un código nuevo en ${seconds} s`,
  newCodeSent: (email: string) => `Un código nuevo va de camino a ${email}.`,
  useAnotherEmail: 'Usar otro correo',
  signedInAs: (name: string) => `Sesión iniciada como ${name}`,
  signOut: 'Cerrar sesión',
  signedOut: 'Has cerrado la sesión.',
  errorWrongCode:
    'Ese código no es válido o ha caducado. Revisa el último correo o pide un código nuevo.',
  errorInvalidEmail: 'Introduce un correo válido, como nombre@ejemplo.com.',
  tryAgainIn: (time: string) => `Vuelve a intentarlo en ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Demasiados intentos de inicio de sesión. El acceso puede quedar bloqueado hasta ${minutes} minutos.`,
};
