import type { benefits as en } from '../../locales/en/benefits.js';

/** Swedish terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Förmåner',
  benefitsSignIn: 'Logga in för att se dina förmåner.',
  benefitsLoading: 'Laddar dina förmåner…',
  benefitsEmpty: 'Du har inga förmåner än.',
  group_license_keys: 'Licensnycklar',
  group_downloadables: 'Nedladdningar',
  group_github_repository: 'GitHub-repositorier',
  group_discord: 'Discord',
  group_custom: 'Meddelanden från säljaren',
  group_meter_credit: 'Krediter',
  group_feature_flag: 'Funktioner',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Återkallad',
  grantPending: 'Tilldelas…',
  licenseKeyLabel: 'Licensnyckel',
  revealKey: 'Visa nyckel',
  copyKey: 'Kopiera',
  keyCopied: 'Licensnyckeln har kopierats.',
  copyFailed: 'Det gick inte att kopiera här. Visa nyckeln och kopiera den manuellt.',
  keyExpires: (date: string) => `Går ut den ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${used === 1 ? 'aktivering' : 'aktiveringar'}`
      : `${used} av ${limit} aktiveringar`,
  keyUsage: (used: number, limit: number) => `${used} av ${limit} användningar`,
  activationsHeading: 'Aktiverade enheter',
  activatedOn: (date: string) => `Aktiverad den ${date}`,
  deactivate: 'Avaktivera',
  deactivateHeading: (label: string) => `Avaktivera ${label}?`,
  deactivateConsequence:
    'Nyckeln slutar fungera där, och aktiveringen blir ledig för en annan enhet.',
  deactivateConfirm: 'Avaktivera',
  deactivating: 'Avaktiverar…',
  keepActivation: 'Behåll',
  deactivatedAnnouncement: (label: string) => `${label} har avaktiverats.`,
  download: (name: string) => `Ladda ned ${name}`,
  noFiles: 'Inga filer än.',
  connectAccount: (platform: string) => `Anslut ${platform}`,
  connecting: 'Öppnar…',
  waitingFor: (platform: string) =>
    `Väntar på ${platform}… Slutför i fönstret som öppnades och stäng det sedan.`,
  showWindow: (platform: string) => `Visa ${platform}-fönstret`,
  cancelConnect: 'Avbryt',
  connectCanceled: (platform: string) => `Anslutningen till ${platform} avbröts.`,
  accountConnected: (platform: string, account: string) =>
    `${platform}-kontot ${account} har anslutits.`,
  nothingConnected: (platform: string) =>
    `Inget ${platform}-konto anslöts. Försök igen när du är redo.`,
  popupBlocked: (platform: string) =>
    `Din webbläsare blockerade ${platform}-fönstret. Du kan ansluta på den här sidan i stället, men då lämnar du sidan, och Polar kanske inte tar dig tillbaka hit.`,
  continueInPage: (platform: string) => `Fortsätt till ${platform} på den här sidan`,
  chooseAccount: (platform: string) => `${platform}-konto`,
  claim: 'Få åtkomst',
  claiming: 'Ordnar åtkomst…',
  claimedAnnouncement: (name: string) => `Åtkomst beviljad: ${name}.`,
  grantedTo: (account: string) => `Tilldelad ${account}`,
  repository: (name: string) => `Repository ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `${balance} kvar av ${credited} den här perioden`,
  featureOn: 'Upplåst',
};
