import type { benefits as en } from '../../locales/en/benefits.js';

/** Dutch terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Voordelen',
  benefitsSignIn: 'Log in om je voordelen te bekijken.',
  benefitsLoading: 'Je voordelen worden geladen…',
  benefitsEmpty: 'Je hebt nog geen voordelen.',
  group_license_keys: 'Licentiesleutels',
  group_downloadables: 'Downloads',
  group_github_repository: 'GitHub-repository’s',
  group_discord: 'Discord',
  group_custom: 'Berichten van de verkoper',
  group_meter_credit: 'Tegoed',
  group_feature_flag: 'Functies',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Ingetrokken',
  grantPending: 'Wordt toegekend…',
  licenseKeyLabel: 'Licentiesleutel',
  revealKey: 'Sleutel tonen',
  copyKey: 'Kopiëren',
  keyCopied: 'Licentiesleutel gekopieerd.',
  copyFailed: 'Kopiëren lukte hier niet. Toon de sleutel en kopieer hem handmatig.',
  keyExpires: (date: string) => `Verloopt op ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${used === 1 ? 'activatie' : 'activaties'}`
      : `${used} van ${limit} activaties`,
  keyUsage: (used: number, limit: number) => `${used} van ${limit} keer gebruikt`,
  activationsHeading: 'Geactiveerde apparaten',
  activatedOn: (date: string) => `Geactiveerd op ${date}`,
  deactivate: 'Deactiveren',
  deactivateHeading: (label: string) => `${label} deactiveren?`,
  deactivateConsequence:
    'De sleutel werkt daar niet meer, en de activatie komt vrij voor een ander apparaat.',
  deactivateConfirm: 'Deactiveren',
  deactivating: 'Deactiveren…',
  keepActivation: 'Behouden',
  deactivatedAnnouncement: (label: string) => `${label} is gedeactiveerd.`,
  download: (name: string) => `${name} downloaden`,
  noFiles: 'Nog geen bestanden.',
  connectAccount: (platform: string) => `${platform} koppelen`,
  connecting: 'Openen…',
  waitingFor: (platform: string) =>
    `Wachten op ${platform}… Rond het af in het venster dat is geopend en sluit het daarna.`,
  showWindow: (platform: string) => `${platform}-venster tonen`,
  cancelConnect: 'Annuleren',
  connectCanceled: (platform: string) => `Het koppelen van ${platform} is geannuleerd.`,
  accountConnected: (platform: string, account: string) =>
    `${platform}-account ${account} gekoppeld.`,
  nothingConnected: (platform: string) =>
    `Er is geen ${platform}-account gekoppeld. Probeer het opnieuw wanneer je zover bent.`,
  popupBlocked: (platform: string) =>
    `Je browser heeft het ${platform}-venster geblokkeerd. Je kunt in plaats daarvan via deze pagina koppelen, maar dan verlaat je deze pagina en brengt Polar je mogelijk niet hierheen terug.`,
  continueInPage: (platform: string) => `Op deze pagina doorgaan naar ${platform}`,
  chooseAccount: (platform: string) => `${platform}-account`,
  claim: 'Toegang krijgen',
  claiming: 'Toegang wordt verleend…',
  claimedAnnouncement: (name: string) => `Toegang verleend: ${name}.`,
  grantedTo: (account: string) => `Toegekend aan ${account}`,
  repository: (name: string) => `Repository ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `${balance} van ${credited} over in deze periode`,
  featureOn: 'Ontgrendeld',
};
