import type { benefits as en } from '../../locales/en/benefits.js';

/** Spanish terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Ventajas',
  benefitsSignIn: 'Inicia sesión para ver tus ventajas.',
  benefitsLoading: 'Cargando tus ventajas…',
  benefitsEmpty: 'Todavía no tienes ventajas.',
  group_license_keys: 'Claves de licencia',
  group_downloadables: 'Descargas',
  group_github_repository: 'Repositorios de GitHub',
  group_discord: 'Discord',
  group_custom: 'Notas del vendedor',
  group_meter_credit: 'Créditos',
  group_feature_flag: 'Funciones',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Retirada',
  grantPending: 'Concediendo…',
  licenseKeyLabel: 'Clave de licencia',
  revealKey: 'Mostrar clave',
  copyKey: 'Copiar',
  keyCopied: 'Clave de licencia copiada.',
  copyFailed: 'No se pudo copiar aquí. Muestra la clave y cópiala a mano.',
  keyExpires: (date: string) => `Caduca el ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null ? `${used} activaciones` : `${used} de ${limit} activaciones`,
  keyUsage: (used: number, limit: number) => `${used} de ${limit} usos`,
  activationsHeading: 'Dispositivos activados',
  activatedOn: (date: string) => `Activado el ${date}`,
  deactivate: 'Desactivar',
  deactivateHeading: (label: string) => `¿Desactivar ${label}?`,
  deactivateConsequence:
    'La clave deja de funcionar allí y la activación queda libre para otro dispositivo.',
  deactivateConfirm: 'Desactivar',
  deactivating: 'Desactivando…',
  keepActivation: 'Mantenerlo',
  deactivatedAnnouncement: (label: string) => `${label} se desactivó.`,
  download: (name: string) => `Descargar ${name}`,
  noFiles: 'Todavía no hay archivos.',
  connectAccount: (platform: string) => `Conectar ${platform}`,
  connecting: 'Abriendo…',
  waitingFor: (platform: string) =>
    `Esperando a ${platform}… Termine en la ventana que se abrió y luego ciérrela.`,
  showWindow: (platform: string) => `Mostrar la ventana de ${platform}`,
  cancelConnect: 'Cancelar',
  connectCanceled: (platform: string) => `Se canceló la conexión con ${platform}.`,
  accountConnected: (platform: string, account: string) =>
    `Cuenta de ${platform} ${account} conectada.`,
  nothingConnected: (platform: string) =>
    `No se conectó ninguna cuenta de ${platform}. Inténtelo de nuevo cuando quiera.`,
  popupBlocked: (platform: string) =>
    `Su navegador bloqueó la ventana de ${platform}. Puede conectarse en esta página, pero saldrá de ella y es posible que Polar no le traiga de vuelta aquí.`,
  continueInPage: (platform: string) => `Continuar a ${platform} en esta página`,
  chooseAccount: (platform: string) => `Cuenta de ${platform}`,
  claim: 'Obtener acceso',
  claiming: 'Obteniendo acceso…',
  claimedAnnouncement: (name: string) => `Acceso concedido: ${name}.`,
  grantedTo: (account: string) => `Concedido a ${account}`,
  repository: (name: string) => `Repositorio ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Quedan ${balance} de ${credited} en este periodo`,
  featureOn: 'Desbloqueada',
};
