import type { benefits as en } from '../../locales/en/benefits.js';

/** "il 3 mar 2025", but "l’8 mar 2025" and "l’11 mar 2025": the article elides before a vowel. */
const il = (date: string) => (/^(8|11)(?!\d)/.test(date) ? `l’${date}` : `il ${date}`);

/** Italian terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Vantaggi',
  benefitsSignIn: 'Accedere per visualizzare i vantaggi.',
  benefitsLoading: 'Caricamento dei vantaggi…',
  benefitsEmpty: 'Non ci sono ancora vantaggi.',
  group_license_keys: 'Chiavi di licenza',
  group_downloadables: 'File scaricabili',
  group_github_repository: 'Repository GitHub',
  group_discord: 'Discord',
  group_custom: 'Note del venditore',
  group_meter_credit: 'Crediti',
  group_feature_flag: 'Funzionalità',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Revocato',
  grantPending: 'Assegnazione in corso…',
  licenseKeyLabel: 'Chiave di licenza',
  revealKey: 'Mostra chiave',
  copyKey: 'Copia',
  keyCopied: 'Chiave di licenza copiata.',
  copyFailed: 'Non è stato possibile copiare qui. Mostrare la chiave e copiarla manualmente.',
  keyExpires: (date: string) => `Scade ${il(date)}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${used === 1 ? 'attivazione' : 'attivazioni'}`
      : `${used} ${used === 1 ? 'attivazione' : 'attivazioni'} su ${limit}`,
  keyUsage: (used: number, limit: number) =>
    `${used} ${used === 1 ? 'utilizzo' : 'utilizzi'} su ${limit}`,
  activationsHeading: 'Dispositivi attivati',
  activatedOn: (date: string) => `Attivato ${il(date)}`,
  deactivate: 'Disattiva',
  deactivateHeading: (label: string) => `Disattivare ${label}?`,
  deactivateConsequence:
    'La chiave smetterà di funzionare su quel dispositivo e l’attivazione potrà essere usata per un altro.',
  deactivateConfirm: 'Disattiva',
  deactivating: 'Disattivazione…',
  keepActivation: 'Mantieni',
  deactivatedAnnouncement: (label: string) => `${label} è stato disattivato.`,
  download: (name: string) => `Scarica ${name}`,
  noFiles: 'Nessun file disponibile.',
  connectAccount: (platform: string) => `Collega account ${platform}`,
  connecting: 'Apertura…',
  waitingFor: (platform: string) =>
    `In attesa di ${platform}… Completare la procedura nella finestra che si è aperta, poi chiuderla.`,
  showWindow: (platform: string) => `Mostra la finestra di ${platform}`,
  cancelConnect: 'Annulla',
  connectCanceled: (platform: string) => `Il collegamento a ${platform} è stato annullato.`,
  accountConnected: (platform: string, account: string) =>
    `Account ${platform} ${account} collegato.`,
  nothingConnected: (platform: string) =>
    `Nessun account ${platform} è stato collegato. Riprovare quando si desidera.`,
  popupBlocked: (platform: string) =>
    `Il browser ha bloccato la finestra di ${platform}. È possibile collegarsi direttamente da questa pagina, ma si uscirà da qui e Polar potrebbe non reindirizzare di nuovo a questa pagina.`,
  continueInPage: (platform: string) => `Continua su ${platform} in questa pagina`,
  chooseAccount: (platform: string) => `Account ${platform}`,
  claim: 'Ottieni accesso',
  claiming: 'Richiesta di accesso…',
  claimedAnnouncement: (name: string) => `Accesso concesso: ${name}.`,
  grantedTo: (account: string) => `Concesso a ${account}`,
  repository: (name: string) => `Repository ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Saldo: ${balance} su ${credited} in questo periodo`,
  featureOn: 'Sbloccato',
};
