import type { benefits as en } from '../../locales/en/benefits.js';

/** German terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Vorteile',
  benefitsSignIn: 'Melden Sie sich an, um Ihre Vorteile zu sehen.',
  benefitsLoading: 'Ihre Vorteile werden geladen…',
  benefitsEmpty: 'Sie haben noch keine Vorteile.',
  group_license_keys: 'Lizenzschlüssel',
  group_downloadables: 'Downloads',
  group_github_repository: 'GitHub-Repositorys',
  group_discord: 'Discord',
  group_custom: 'Hinweise des Anbieters',
  group_meter_credit: 'Guthaben',
  group_feature_flag: 'Funktionen',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Entzogen',
  grantPending: 'Wird freigeschaltet…',
  licenseKeyLabel: 'Lizenzschlüssel',
  revealKey: 'Schlüssel zeigen',
  copyKey: 'Kopieren',
  keyCopied: 'Lizenzschlüssel kopiert.',
  copyFailed: 'Kopieren ging hier nicht. Zeigen Sie den Schlüssel und kopieren Sie ihn von Hand.',
  keyExpires: (date: string) => `Gültig bis ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null ? `${used} Aktivierungen` : `${used} von ${limit} Aktivierungen`,
  keyUsage: (used: number, limit: number) => `${used} von ${limit} Nutzungen`,
  activationsHeading: 'Aktivierte Geräte',
  activatedOn: (date: string) => `Aktiviert am ${date}`,
  deactivate: 'Deaktivieren',
  deactivateHeading: (label: string) => `${label} deaktivieren?`,
  deactivateConsequence:
    'Der Schlüssel funktioniert dort nicht mehr, und die Aktivierung wird für ein anderes Gerät frei.',
  deactivateConfirm: 'Deaktivieren',
  deactivating: 'Wird deaktiviert…',
  keepActivation: 'Behalten',
  deactivatedAnnouncement: (label: string) => `${label} wurde deaktiviert.`,
  download: (name: string) => `${name} herunterladen`,
  noFiles: 'Noch keine Dateien.',
  connectAccount: (platform: string) => `${platform} verbinden`,
  connecting: 'Wird geöffnet…',
  waitingFor: (platform: string) =>
    `Warten auf ${platform}… Schließen Sie das geöffnete Fenster, wenn Sie dort fertig sind.`,
  showWindow: (platform: string) => `${platform}-Fenster zeigen`,
  cancelConnect: 'Abbrechen',
  connectCanceled: (platform: string) => `Verbinden mit ${platform} abgebrochen.`,
  accountConnected: (platform: string, account: string) =>
    `${platform}-Konto ${account} verbunden.`,
  nothingConnected: (platform: string) =>
    `Es wurde kein ${platform}-Konto verbunden. Versuchen Sie es erneut, wenn Sie bereit sind.`,
  popupBlocked: (platform: string) =>
    `Ihr Browser hat das ${platform}-Fenster blockiert. Sie können stattdessen auf dieser Seite verbinden, verlassen sie dabei aber, und Polar bringt Sie womöglich nicht hierher zurück.`,
  continueInPage: (platform: string) => `Auf dieser Seite weiter zu ${platform}`,
  chooseAccount: (platform: string) => `${platform}-Konto`,
  claim: 'Zugang erhalten',
  claiming: 'Zugang wird eingerichtet…',
  claimedAnnouncement: (name: string) => `Zugang gewährt: ${name}.`,
  grantedTo: (account: string) => `Freigegeben für ${account}`,
  repository: (name: string) => `Repository ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `${balance} von ${credited} in diesem Zeitraum übrig`,
  featureOn: 'Freigeschaltet',
};
